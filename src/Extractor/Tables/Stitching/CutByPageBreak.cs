using System.Text.RegularExpressions;

namespace Extractor.Tables.Stitching;

/// <summary>
/// A row cut by a page break though the page closes the table under it (a rule at its foot, the header printed again on the
/// next page): the part at the foot prints the row's code and the first line of its wrapped name and no figure, the part
/// opening the next page the rest of the name and the figures, no code (round KY's Gansu: "2100199 | 其他卫生健康管理事务" at
/// one page's foot, "| 支出 | 1,248,300.00 | …" at the next one's head). The two parts complement each other: only the name's
/// column holds words in both.
/// </summary>
internal static partial class CutByPageBreak
{
    public static bool Cuts(IReadOnlyList<GridCell> above, IReadOnlyList<GridCell> below)
    {
        if (above.Count != below.Count || above.FirstOrDefault(c => c.Text.Trim().Length > 0) is not { } opening || !Code().IsMatch(opening.Text.Trim())) return false;
        int named = 0, figures = 0;
        for (int c = 0; c < above.Count; c++)
        {
            string upper = above[c].Text.Trim(), lower = below[c].Text.Trim();
            bool upperFigure = upper.Length > 0 && PrintedNumber.Parse(upper) is not null, lowerFigure = lower.Length > 0 && PrintedNumber.Parse(lower) is not null;
            if (upper.Length > 0 && lower.Length > 0)
            {
                // The name runs on: words over words, in one column (or one merged cell's), not a line of its own (其中：…, 小计).
                if (upperFigure || lowerFigure || OwnLine().IsMatch(lower)) return false;
                named++;
                continue;
            }
            // The part above prints no figure but its code (the first cell it fills); the part below no code.
            if (upperFigure && !ReferenceEquals(above[c], opening)) return false;
            if (lower.Length > 0 && Code().IsMatch(lower)) return false;
            if (lowerFigure) figures++;
        }
        return named is 1 or 2 && figures > 0;
    }

    /// <summary>The words opening a line of its own rather than the rest of a name: 其中, 合计, 小计, 总计.</summary>
    [GeneratedRegex(@"^(?:其中|合\s*计|小\s*计|总\s*计)")]
    private static partial Regex OwnLine();

    /// <summary>A classification code, alone or before the name it is glued to (2100199, 2100199其他…).</summary>
    [GeneratedRegex(@"^\d{3,7}(?:$|\s|\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex Code();
}
