using Extractor.Model;
using Extractor.Tables;

namespace Extractor.Validation;

/// <summary>
/// <c>sum.change_columns</c>: a table printing two years' figures and their change (<see cref="ChangeColumns"/>) prints, on
/// each row, a change equal to this year's figure less last year's, and a rate equal to that change over last year's,
/// each within the rounding of the printed figures; so across rows where the years and the change are rows
/// (<see cref="ChangeColumns.Rows"/>). A change printed without its sign (45.54 for a fall) is not taken for a misprint, nor is
/// a rate, where its column prints no sign at all; one printed with the wrong sign is (round CL's Tianjin: -12.21 for a rise of
/// 12.21 %). A rate from nothing (last year 0) is not checked. Any table is read, a small table set
/// inside the narrative too (its type unknown); tables read by OCR are left to the rules on their typed figures.
/// </summary>
public sealed class ChangeColumnsRule : IConsistencyRule
{
    public string Id => RuleIds.ChangeColumns;

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        if (document.FiscalYear is not { } year) yield break;
        var ocrPages = Diagnostic.OcrPages(document.Diagnostics);
        foreach (var table in document.Tables.Where(t => !t.LiesOn(ocrPages)))
        {
            decimal perUnit = (table.Unit ?? document.Unit ?? MoneyUnit.Yuan).YuanPerUnit();
            foreach (var group in ChangeColumns.Of(table, year))
            {
                var rows = Enumerable.Range(0, table.Rows.Count);
                var changes = rows.Select(r => new At(r, group.Change)).ToList();
                foreach (var r in rows)
                    if (Checked(table, changes, new Cells(new(r, group.Change), new(r, group.Current), new(r, group.Prior)), group.IsRate, perUnit) is { } finding)
                        yield return finding;
            }
            foreach (var group in ChangeColumns.Rows(table, year))
            {
                var columns = Enumerable.Range(0, table.Rows[group.Change].Count);
                var changes = columns.Select(c => new At(group.Change, c)).ToList();
                foreach (var c in columns)
                    if (table.Columns.ElementAtOrDefault(c) is not null
                        && Checked(table, changes, new Cells(new(group.Change, c), new(group.Current, c), new(group.Prior, c)), group.IsRate, perUnit) is { } finding)
                        yield return finding;
            }
        }
    }

    /// <summary>The change or rate cell checked and the cells of this year's and last year's figures it compares.</summary>
    private sealed record Cells(At Change, At Current, At Prior);

    /// <summary>A cell's place in the table's rows.</summary>
    private readonly record struct At(int Row, int Column);

    /// <param name="changes">Every cell of the change's column (or row): a fall printed without its sign is taken as printed so
    /// only where none of them prints a sign (round CO's Guangdong: 4.38 for a fall of 4.38 % among −2.18 and −10.15).</param>
    private Finding? Checked(Table table, IReadOnlyList<At> changes, Cells cells, bool isRate, decimal perUnit)
    {
        if (Figure(table, cells.Current) is not { } current || Figure(table, cells.Prior) is not { } prior || Figure(table, cells.Change) is not { } change)
            return null;
        bool unsigned = change.Value >= 0 && !changes.Any(k => Figure(table, k) is { Value: < 0 });
        if (isRate)
        {
            if (prior.Value == 0) return null;
            var now = new PrintedRate.Rounded(current.Value, current.Half);
            var before = new PrintedRate.Rounded(prior.Value, prior.Half);
            if (PrintedRate.Admits(change.Value, Rate, now, before, out decimal expected)
                || unsigned && PrintedRate.Admits(-change.Value, Rate, now, before, out _)) return null;
            return Flagged("change rate", expected, change.Value, 0, FindingFigures.Rates);
        }
        decimal difference = current.Value - prior.Value;
        decimal tolerance = current.Half + prior.Half + change.Half;
        if (Math.Abs(change.Value - difference) <= tolerance || unsigned && Math.Abs(change.Value + difference) <= tolerance) return null;
        return Flagged("change", difference * perUnit, change.Value * perUnit, tolerance * perUnit, FindingFigures.Amounts);

        static decimal? Rate(decimal now, decimal before) => PrintedRate.Percent(now - before, before);
        // The cells are named only for a finding: the flagged change first, then the two years' figures.
        Finding Flagged(string what, decimal expected, decimal actual, decimal tolerance, FindingFigures figures)
        {
            FindingRef[] refs = [Ref(table, cells.Change), Ref(table, cells.Current), Ref(table, cells.Prior)];
            string label = refs[0].Code ?? refs[0].RowLabel ?? $"row {cells.Change.Row}";
            return SumCheck.Graded(Id, $"{label}: printed {what} vs its two years' figures", expected, actual, tolerance, refs, figures);
        }
    }

    private static (decimal Value, decimal Half)? Figure(Table table, At cell) =>
        cell.Row < table.Rows.Count && cell.Column < table.Rows[cell.Row].Count ? PrintedCells.Figure(table.Rows[cell.Row][cell.Column]) : null;

    private static FindingRef Ref(Table table, At cell) => PrintedCells.Ref(table, cell.Row, cell.Column);
}
