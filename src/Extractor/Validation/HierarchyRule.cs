using Extractor.Mapping;
using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// <c>sum.function_hierarchy</c> and <c>sum.economic_hierarchy</c>: a classification row equals the sum of
/// the rows one level below it (a function class of its 款, a 款 of its 项; an economic 款 of its items), per
/// amount column and per budget unit, a blank cell of a filled row read as zero (<see cref="BlankCells"/>).
/// The rows below a parent are those after it that carry its code, up to its code printed again: a
/// two-sided table (人员经费 | 公用经费 side by side) interleaves 301, 302, 30101, 30201 in its rows. A row whose code another table
/// shows misprinted (<see cref="SubjectCodes.Misprinted"/>: 工程建设管理 printed 2120601 under 21201, 2120106 elsewhere; round HL's Beijing)
/// is read under the code it should have, as <c>cross.code</c> warns.
/// </summary>
public sealed class HierarchyRule(string id, IReadOnlyList<string> dimensions, IReadOnlyList<int> levels) : IConsistencyRule
{
    public static HierarchyRule Function() => new(RuleIds.FunctionHierarchy, [Dimensions.Function], [3, 5, 7]);

    /// <summary>Both economic classifications: the government's (301 / 30101) and the departments' (505 / 50501, round EK's Anhui).</summary>
    public static HierarchyRule Economic() => new(RuleIds.EconomicHierarchy, [Dimensions.Economic, Dimensions.GovEconomic], [3, 5]);

    public string Id => id;

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        var usual = SubjectCodes.Misprinted(document.LineItems);
        var columns = BlankCells.AsZeros(document)
            .Where(i => dimensions.Contains(i.Dimension) && i.Code is not null)
            .GroupBy(i => (i.TableId, i.Measure, i.EntityCode));
        foreach (var column in columns)
        {
            var items = column.OrderBy(i => i.Row).ToList();
            string[] printed = [.. items.Select(i => i.Code!)];
            string[] usualCodes = [.. items.Select(i => usual(i) ?? i.Code!)];
            bool anyMisprinted = !printed.SequenceEqual(usualCodes);
            for (int p = 0; p < items.Count; p++)
            {
                var parent = items[p];
                var codes = printed;
                if (Sum(items, p, codes) is not ({ } children, { } finding)) continue;
                // A row another table shows misprinted is read under the code it should have where the sum breaks as printed (round HL's
                // Beijing: 工程建设管理 printed 2120601 under 21201, 2120106 in the two other tables); where that reading holds, nothing is off.
                if (anyMisprinted && finding.Severity == FindingSeverity.Error && Sum(items, p, usualCodes) is ({ } usualChildren, var usualFinding))
                {
                    if (usualFinding is null or { Severity: not FindingSeverity.Error }) continue;
                    (children, finding, codes) = (usualChildren, usualFinding, usualCodes);
                }
                if (finding.Severity != FindingSeverity.Error || TotalAgreeing(document, parent, items) is not { } total)
                    yield return finding;
                else if (children is [var only] && OnlyPartOffItsOwnRows(items, only, parent, codes) is { } told)
                    yield return told with { MessageZh = ChineseMessage.OnlyPartOfAConfirmedClass(told.MessageZh, SumCheck.Ref(total)) };
                else
                    yield return finding with { MessageZh = ChineseMessage.ConfirmedByTheTotal(finding.MessageZh, SumCheck.Ref(total)), TotalConfirmed = true };
            }
        }
    }

    /// <summary>
    /// The rows one level below the row at <paramref name="at"/>: those after it carrying its code, up to its code printed again;
    /// none for a row of the last level or of no level.
    /// </summary>
    /// <param name="codes">The code each row of the column is read under.</param>
    private List<LineItem> RowsBelow(List<LineItem> column, int at, string[] codes)
    {
        string parent = codes[at];
        int level = levels.ToList().IndexOf(parent.Length);
        if (level < 0 || level + 1 >= levels.Count) return [];
        var children = new List<LineItem>();
        for (int c = at + 1; c < column.Count && codes[c] != parent; c++)
            if (codes[c].Length == levels[level + 1] && codes[c].StartsWith(parent, StringComparison.Ordinal))
                children.Add(column[c]);
        return children;
    }

    /// <summary>The rows below the row at <paramref name="at"/> read under <paramref name="codes"/>, and its sum's finding (null where it adds up); null where it has none.</summary>
    private (List<LineItem> Children, Finding? Finding)? Sum(List<LineItem> column, int at, string[] codes)
    {
        var parent = column[at];
        if (RowsBelow(column, at, codes) is not { Count: > 0 } children) return null;
        return (children, SumCheck.Compare(id, $"{parent.Name} [{parent.Measure}] != sum of {children.Count} rows below it", parent, children, blanksAreZeros: true));
    }

    /// <summary>
    /// A class's only part where the class is confirmed by its column's total and the part's own rows add up to the class (round
    /// FP's Jiangxi: 213 农林水支出 1752.6 as the classes' 合计 says, its one 款 21301 printed 1725.6 over items adding up to 1752.6):
    /// the finding told of the part, the class's figure the one it should be. Null otherwise.
    /// </summary>
    private Finding? OnlyPartOffItsOwnRows(List<LineItem> column, LineItem part, LineItem parent, string[] codes)
    {
        var own = RowsBelow(column, column.IndexOf(part), codes);
        if (own.Count == 0 || SumCheck.Compare(id, "", parent, own, blanksAreZeros: true) is { Severity: FindingSeverity.Error }) return null;
        return SumCheck.Graded(id, $"{part.Name} [{part.Measure}] != {parent.Name}, the confirmed class it is the only part of", parent.Amount, part.Amount,
            SumCheck.HalfLastDigitInYuan([part]) + SumCheck.HalfLastDigitInYuan([parent]), [SumCheck.Ref(part), SumCheck.Ref(parent)]);
    }

    /// <summary>
    /// The column's 合计 line where it is the sum of the top-level rows with <paramref name="parent"/>'s figure among them (round EB's
    /// Jilin: 302's 公用经费 103.73 over items adding up to 105.53, the 合计 of 301 and 302 right; a two-sided table's 公用经费合计 of 302
    /// and 310, round EN's Hunan; a side printed over two column groups, 302 in one and 310 with the side's 公用经费合计 in the next, round
    /// IB's Jilin): a total a department computes from its figures agrees with a class only where the class is right, so one of its items
    /// is the misprint. Null otherwise.
    /// </summary>
    private LineItem? TotalAgreeing(ExtractedDocument document, LineItem parent, List<LineItem> column)
    {
        if (parent.Code!.Length != levels[0]) return null;
        var totals = document.LineItems.Where(i => i.TableId == parent.TableId && i.Measure == parent.Measure && i.EntityCode == parent.EntityCode
            && i.Dimension == Dimensions.Summary && i.IsPrinted && (LineLabels.Total().Names(i) || LineLabels.BasicSplitTotal().Names(i))).ToList();
        // The foot of the parent's own column: a two-sided table's side prints its classes and its foot in one column of its own; a side
        // over several column groups, its one foot under the last.
        var total = totals.FirstOrDefault(i => i.Col == parent.Col);
        var tops = column.Where(i => i.Code!.Length == levels[0] && i.Col == parent.Col).ToList();
        if (total is null && totals is [var sides]) (total, tops) = (sides, [.. column.Where(i => i.Code!.Length == levels[0])]);
        return total is not null && tops.Count > 1 && SumCheck.Compare(id, "", total, tops, blanksAreZeros: true) is null or { Severity: FindingSeverity.Info } ? total : null;
    }
}
