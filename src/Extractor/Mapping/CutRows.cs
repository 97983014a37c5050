using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Mapping;

/// <summary>
/// A summary's row OCR read as two lines a little apart, each a row of its own: the label with no figure, and right
/// under it, sharing its height, the figure with no label, or with only the class code the label lacks
/// ("四、纳入财政专户管理资金 |" over "| 0.00"; "城乡社区事务 |" over "212 | 1671.89").
/// </summary>
internal static class CutRows
{
    /// <summary>
    /// In each label group, the label of a row without figures is the label of the row under it, sharing its height, that
    /// has figures and no label of its own.
    /// </summary>
    public static void Join(Table table, List<Dictionary<LabelGroup, RowLabel>> labels, IReadOnlyList<LabelGroup> groups)
    {
        foreach (var group in groups)
        {
            var figures = Enumerable.Range(0, table.Columns.Count)
                .Where(c => table.Columns[c] is not null && ReferenceEquals(LabelGroup.Naming(groups, c), group)).ToList();
            bool HasFigure(int r) => figures.Any(c => c < table.Rows[r].Count && table.Rows[r][c].Value is not null);
            // Only a column of labels: most rows with figures under it name them (not a heading's pieces OCR set apart
            // among the amounts, whose rows the row's own label names).
            var withFigures = Enumerable.Range(0, labels.Count).Where(HasFigure).ToList();
            if (withFigures.Count(r => labels[r][group].Name.Length > 0) * 2 < withFigures.Count) continue;
            for (int r = 0; r + 1 < labels.Count; r++)
            {
                var (above, below) = (labels[r][group], labels[r + 1][group]);
                if (above.Name.Length == 0 || HasFigure(r) || !HasFigure(r + 1) || !Overlap(table.Rows[r], table.Rows[r + 1])) continue;
                if (below is { Code: null, Name: "" }) labels[r + 1][group] = above;
                // A class code alone under its name alone: 212 under 城乡社区事务.
                else if (above.Code is null && below.Code is null && below.Name is { Length: 3 } code && code.All(char.IsAsciiDigit)
                         && FunctionClasses.IsNameOf(code, above.Name))
                    labels[r + 1][group] = below with { Code = code, Name = code + above.Name, CodeInName = true };
            }
        }
    }

    /// <summary>
    /// Whether two rows share a line's height on the page: one printed row OCR read as two lines a little apart (211节能环保
    /// at 201–207, its 0.00 at 202–206), not two rows one under the other (a label printed with a blank figure, nothing spent,
    /// over a row whose label OCR lost).
    /// </summary>
    private static bool Overlap(IReadOnlyList<Cell> upper, IReadOnlyList<Cell> lower)
    {
        var above = upper.Select(c => c.Bbox).OfType<CellBox>().ToList();
        var below = lower.Select(c => c.Bbox).OfType<CellBox>().ToList();
        return above.Count > 0 && below.Count > 0 && below.Min(b => b.Top) < above.Max(b => b.Bottom);
    }
}
