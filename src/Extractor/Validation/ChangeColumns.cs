using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// The columns of a table printing a change between two years' figures (2023年执行数 | 2024年预算数 | 增减额 | 增减率（%）, or
/// 上年预算数 | 本年预算数 | 增减 over the same headings below): for each change or rate column, the two columns it compares,
/// found by their headings as <see cref="PriorColumns"/> finds last year's; a lone change beside this year's total and
/// parts compares the total. A change is this year's figure less last year's, its rate that change over last year's.
/// </summary>
internal static class ChangeColumns
{
    /// <summary>A change column and the columns of the two years' figures under the same headings below.</summary>
    public sealed record Group(int Change, bool IsRate, int Current, int Prior);

    public static IReadOnlyList<Group> Of(Table table, int year)
    {
        if (table.Header.Count == 0) return [];
        int columns = table.Header.Max(row => row.Count);
        var paths = Enumerable.Range(0, columns).Select(c => PriorColumns.Path(table, c)).ToList();
        // A rate under a change heading (比上年增减 / 增减率(%)) is a rate: the heading naming one is taken first.
        var change = paths.Select(path => path.Select(h => ColumnHeaders.ChangeHeading().Match(h)).Where(m => m.Success)
            .OrderByDescending(m => m.Groups["rate"].Success).FirstOrDefault()).ToList();
        bool Names(int c, bool last) => paths[c].Any(h => PriorColumns.NamesYear(h, year, last));
        // A column of one year's figures: this year's, or with last, last year's.
        List<int> OfYear(bool last, Func<int, bool> holding) =>
            [.. Enumerable.Range(0, columns).Where(k => change[k] is null && Names(k, last) && !Names(k, !last) && holding(k))];
        // What a column holds whichever year or change it is of (合计 under 2024年预算数 and under 增减).
        var below = paths.Select(path => PriorColumns.Below(path, year)
            .Where(h => !ColumnHeaders.ChangeHeading().IsMatch(h) && h is not ("金额" or "%" or "(%)" or "比例")).ToList()).ToList();
        var groups = new List<Group>();
        for (int c = 0; c < columns; c++)
        {
            if (change[c] is not { } heading || Names(c, last: true) || Names(c, last: false)) continue;
            var current = OfYear(last: false, k => below[k].SequenceEqual(below[c]));
            var prior = OfYear(last: true, k => below[k].SequenceEqual(below[c]));
            // A lone change beside this year's figures split into their total and parts (本年预算 / 小计 | 基本支出 | 项目支出 |
            // 上年预算数 | 增减额, round AF's Hunan and Jiangsu): the change of the whole, this year's 小计 against last year's one column.
            // So against last year's 合计 where last year's figures are split as well (round CL's Tianjin 三公 table: 2025年预算数 and
            // 2026年预算数 each over 合计 | 因公出国（境）费 | …, then 增减额 | 增减率（%）).
            if (current.Count == 0 && below[c].Count == 0)
            {
                bool Subtotal(int k) => below[k] is [var only] && ColumnHeaders.IsSubtotal(only);
                current = OfYear(last: false, Subtotal);
                if (prior.Count == 0) prior = OfYear(last: true, Subtotal);
            }
            if (current.Count == 1 && prior.Count == 1) groups.Add(new Group(c, heading.Groups["rate"].Success, current[0], prior[0]));
        }
        return groups;
    }

    /// <summary>
    /// The same laid across rows (round CO's Guangdong 三公 table inside the narrative: rows 2025年预算数 | 2026年预算数 | 增减额 |
    /// 增减率（%） under the parts' columns): each change or rate row with the rows of the two years' figures, a row named by its
    /// label cell. Only where one row names each year.
    /// </summary>
    public static IReadOnlyList<Group> Rows(Table table, int year)
    {
        var labels = table.Rows.Select(row => Label(table, row)).ToList();
        bool Names(int r, bool last) => labels[r] is { } label && PriorColumns.NamesYear(label, year, last);
        var current = Enumerable.Range(0, labels.Count).Where(r => Names(r, last: false) && !Names(r, last: true)).ToList();
        var prior = Enumerable.Range(0, labels.Count).Where(r => Names(r, last: true) && !Names(r, last: false)).ToList();
        if (current.Count != 1 || prior.Count != 1) return [];
        var groups = new List<Group>();
        for (int r = 0; r < labels.Count; r++)
            if (labels[r] is { } label && !Names(r, last: true) && !Names(r, last: false) && ColumnHeaders.ChangeHeading().Match(label) is { Success: true } heading)
                groups.Add(new Group(r, heading.Groups["rate"].Success, current[0], prior[0]));
        return groups;
    }

    /// <summary>A row's label: its first label column's words, spaced and bracketed as headings are matched.</summary>
    private static string? Label(Table table, IReadOnlyList<Cell> row)
    {
        int k = Enumerable.Range(0, Math.Min(row.Count, table.Columns.Count)).FirstOrDefault(c => table.Columns[c] is null, -1);
        if (k < 0 || row[k].Text.Trim().Length == 0) return null;
        return PriorColumns.AsHeading(row[k].Text);
    }
}
