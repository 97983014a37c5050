using Extractor.Model;
using Extractor.Tables;

namespace Extractor.Validation;

/// <summary>
/// <c>sum.change_columns</c>: a table printing two years' figures and their change (<see cref="ChangeColumns"/>) prints, on
/// each row, a change equal to this year's figure less last year's, and a rate equal to that change over last year's,
/// each within the rounding of the printed figures. A change printed without its sign (45.54 for a fall) is not taken
/// for a misprint, nor is a rate; one printed with the wrong sign is (round CL's Tianjin: -12.21 for a rise of 12.21 %). A rate
/// from nothing (last year 0) is not checked. Any table is read, a small table set
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
                for (int r = 0; r < table.Rows.Count; r++)
                    if (Checked(table, r, group, perUnit) is { } finding) yield return finding;
        }
    }

    private Finding? Checked(Table table, int r, ChangeColumns.Group group, decimal perUnit)
    {
        var row = table.Rows[r];
        if (Math.Max(group.Change, Math.Max(group.Current, group.Prior)) >= row.Count) return null;
        if (PrintedCells.Figure(row[group.Current]) is not { } current || PrintedCells.Figure(row[group.Prior]) is not { } prior || PrintedCells.Figure(row[group.Change]) is not { } change)
            return null;
        if (group.IsRate)
        {
            if (prior.Value == 0) return null;
            var now = new PrintedRate.Rounded(current.Value, current.Half);
            var before = new PrintedRate.Rounded(prior.Value, prior.Half);
            if (PrintedRate.Admits(change.Value, Rate, now, before, out decimal expected)
                || change.Value >= 0 && PrintedRate.Admits(-change.Value, Rate, now, before, out _)) return null;
            return Flagged("change rate", expected, change.Value, 0, FindingFigures.Rates);
        }
        decimal difference = current.Value - prior.Value;
        decimal tolerance = current.Half + prior.Half + change.Half;
        if (Math.Abs(change.Value - difference) <= tolerance || change.Value >= 0 && Math.Abs(change.Value + difference) <= tolerance) return null;
        return Flagged("change", difference * perUnit, change.Value * perUnit, tolerance * perUnit, FindingFigures.Amounts);

        static decimal? Rate(decimal now, decimal before) => PrintedRate.Percent(now - before, before);
        // The cells are named only for a finding: the flagged change first, then the two years' figures.
        Finding Flagged(string what, decimal expected, decimal actual, decimal tolerance, FindingFigures figures)
        {
            FindingRef[] refs = [PrintedCells.Ref(table, r, group.Change), PrintedCells.Ref(table, r, group.Current), PrintedCells.Ref(table, r, group.Prior)];
            string label = refs[0].Code ?? refs[0].RowLabel ?? $"row {r}";
            return SumCheck.Graded(Id, $"{label}: printed {what} vs its two years' figures", expected, actual, tolerance, refs, figures);
        }
    }

}
