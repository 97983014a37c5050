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
            // The change and the rate of the same two years' columns are checked together, row by row.
            foreach (var years in ChangeColumns.Of(table, year).GroupBy(g => (g.Current, g.Prior)))
            {
                var rows = Enumerable.Range(0, table.Rows.Count).ToList();
                foreach (var r in rows)
                    foreach (var finding in CheckedTogether(table, [.. years.Select(g => new Checking(rows.Select(k => new At(k, g.Change)).ToList(),
                        new Cells(new(r, g.Change), new(r, g.Current), new(r, g.Prior)), g.IsRate))], perUnit))
                        yield return finding;
            }
            foreach (var years in ChangeColumns.Rows(table, year).GroupBy(g => (g.Current, g.Prior)))
            {
                var columns = Enumerable.Range(0, table.Rows[years.First().Change].Count).Where(c => table.Columns.ElementAtOrDefault(c) is not null).ToList();
                foreach (var c in columns)
                    foreach (var finding in CheckedTogether(table, [.. years.Select(g => new Checking(columns.Select(k => new At(g.Change, k)).ToList(),
                        new Cells(new(g.Change, c), new(g.Current, c), new(g.Prior, c)), g.IsRate))], perUnit))
                        yield return finding;
            }
        }
    }

    /// <summary>A change or rate cell to check, with every cell of its column (or row) for the signs it prints.</summary>
    private sealed record Checking(IReadOnlyList<At> Changes, Cells Cells, bool IsRate);

    /// <summary>
    /// A row's change and rate of the same two years' figures: where both are off those figures but agree with each other, the
    /// rate being the change over last year's figure (or over this year's less the change), one of the two years' figures is
    /// the misprint, and one finding names it at the figure the change gives (round DC's Yunnan: 公务接待费 printed 0.74 for 0.64,
    /// beside 2025's 0.78 and its printed 增减额 −0.14 and 增减率 −17.95 %). Otherwise each is its own finding.
    /// </summary>
    private IEnumerable<Finding> CheckedTogether(Table table, List<Checking> checks, decimal perUnit)
    {
        var flagged = checks.Select(c => (c.Cells, c.IsRate, Finding: Checked(table, c.Changes, c.Cells, c.IsRate, perUnit))).Where(c => c.Finding is not null).ToList();
        if (flagged is [var a, var b] && a.IsRate != b.IsRate
            && AYearOff(table, a.IsRate ? b.Cells : a.Cells, Figure(table, (a.IsRate ? a.Cells : b.Cells).Change), perUnit) is { } year)
            return [year];
        return flagged.Select(c => c.Finding!);
    }

    /// <summary>
    /// This year's figure (or last year's) flagged as off last year's (this year's) and the printed change, where the printed rate
    /// is that change over last year's figure so given: null where the rate agrees with neither.
    /// </summary>
    private Finding? AYearOff(Table table, Cells cells, (decimal Value, decimal Half)? rate, decimal perUnit)
    {
        if (rate is not { } printedRate || Figure(table, cells.Current) is not { } current || Figure(table, cells.Prior) is not { } prior
            || Figure(table, cells.Change) is not { } change) return null;
        static decimal? Rate(decimal now, decimal before) => PrintedRate.Percent(now - before, before);
        bool Agrees(PrintedRate.Rounded now, PrintedRate.Rounded before) => PrintedRate.Admits(printedRate.Value, Rate, now, before, out _);
        decimal tolerance = current.Half + prior.Half + change.Half;
        if (Agrees(new(prior.Value + change.Value, prior.Half + change.Half), new(prior.Value, prior.Half)))
            return Flagged(table, "this year's figure vs last year's and the change", [cells.Current, cells.Prior, cells.Change],
                (prior.Value + change.Value) * perUnit, current.Value * perUnit, tolerance * perUnit, FindingFigures.Amounts, perUnit);
        if (current.Value - change.Value > 0 && Agrees(new(current.Value, current.Half), new(current.Value - change.Value, current.Half + change.Half)))
            return Flagged(table, "last year's figure vs this year's and the change", [cells.Prior, cells.Current, cells.Change],
                (current.Value - change.Value) * perUnit, prior.Value * perUnit, tolerance * perUnit, FindingFigures.Amounts, perUnit);
        return null;
    }

    /// <summary>A finding on the first of the cells, the others named after it as what it is compared with.</summary>
    private Finding Flagged(Table table, string what, At[] cells, decimal expected, decimal actual, decimal tolerance, FindingFigures figures, decimal? perUnit = null)
    {
        FindingRef[] refs = [.. cells.Select(cell => PrintedCells.Ref(table, cell.Row, cell.Column, perUnit))];
        string label = refs[0].Code ?? refs[0].RowLabel ?? $"row {cells[0].Row}";
        return SumCheck.Graded(Id, $"{label}: printed {what}", expected, actual, tolerance, refs, figures);
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
            return Flagged(table, "change rate vs its two years' figures", [cells.Change, cells.Current, cells.Prior], expected, change.Value, 0, FindingFigures.Rates);
        }
        decimal difference = current.Value - prior.Value;
        decimal tolerance = current.Half + prior.Half + change.Half;
        if (Math.Abs(change.Value - difference) <= tolerance || unsigned && Math.Abs(change.Value + difference) <= tolerance) return null;
        return Flagged(table, "change vs its two years' figures", [cells.Change, cells.Current, cells.Prior],
            difference * perUnit, change.Value * perUnit, tolerance * perUnit, FindingFigures.Amounts, perUnit);

        static decimal? Rate(decimal now, decimal before) => PrintedRate.Percent(now - before, before);
    }

    private static (decimal Value, decimal Half)? Figure(Table table, At cell) => PrintedCells.Figure(table, cell.Row, cell.Column);
}
