using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// The columns of a table printing a change between two years' figures (2023年执行数 | 2024年预算数 | 增减额 | 增减率（%）, or
/// 上年预算数 | 本年预算数 | 增减 over the same headings below): for each change or rate column, the two columns it compares,
/// found by their headings as <see cref="PriorColumns"/> finds last year's. A change is this year's figure less last year's,
/// its rate that change over last year's.
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
        var change = paths.Select(path => path.Select(h => ColumnHeaders.ChangeHeading().Match(h)).FirstOrDefault(m => m.Success)).ToList();
        bool Names(int c, bool last) => paths[c].Any(h => PriorColumns.NamesYear(h, year, last));
        // What a column holds whichever year or change it is of (合计 under 2024年预算数 and under 增减).
        var below = paths.Select(path => PriorColumns.Below(path, year)
            .Where(h => !ColumnHeaders.ChangeHeading().IsMatch(h) && h is not ("金额" or "%" or "(%)" or "比例")).ToList()).ToList();
        var groups = new List<Group>();
        for (int c = 0; c < columns; c++)
        {
            if (change[c] is not { } heading || Names(c, last: true) || Names(c, last: false)) continue;
            var current = Enumerable.Range(0, columns).Where(k => change[k] is null && Names(k, last: false) && !Names(k, last: true) && below[k].SequenceEqual(below[c])).ToList();
            var prior = Enumerable.Range(0, columns).Where(k => change[k] is null && Names(k, last: true) && !Names(k, last: false) && below[k].SequenceEqual(below[c])).ToList();
            if (current.Count == 1 && prior.Count == 1) groups.Add(new Group(c, heading.Groups["rate"].Success, current[0], prior[0]));
        }
        return groups;
    }
}
