using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Tables;

namespace Extractor.Validation;

/// <summary>
/// <c>sum.change_columns</c>: a table printing two years' figures and their change (<see cref="ChangeColumns"/>) prints, on
/// each row, a change equal to this year's figure less last year's, and a rate equal to that change over last year's,
/// each within the rounding of the printed figures. A change printed without its sign (45.54 for a fall) is not taken
/// for a misprint, nor is a rate; a rate from nothing (last year 0) is not checked. Any table is read, a small table set
/// inside the narrative too (its type unknown); tables read by OCR are left to the rules on their typed figures.
/// </summary>
public sealed partial class ChangeColumnsRule : IConsistencyRule
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
        if (Figure(row[group.Current]) is not { } current || Figure(row[group.Prior]) is not { } prior || Figure(row[group.Change]) is not { } change)
            return null;
        if (group.IsRate)
        {
            if (prior.Value == 0) return null;
            var now = new PrintedRate.Rounded(current.Value, current.Half);
            var before = new PrintedRate.Rounded(prior.Value, prior.Half);
            if (PrintedRate.Admits(change.Value, Rate, now, before, out decimal expected)
                || PrintedRate.Admits(-change.Value, Rate, now, before, out _)) return null;
            return Flagged("change rate", expected, change.Value, 0, FindingFigures.Rates);
        }
        decimal difference = current.Value - prior.Value;
        decimal tolerance = current.Half + prior.Half + change.Half;
        if (Math.Abs(change.Value - difference) <= tolerance || Math.Abs(change.Value + difference) <= tolerance) return null;
        return Flagged("change", difference * perUnit, change.Value * perUnit, tolerance * perUnit, FindingFigures.Amounts);

        static decimal? Rate(decimal now, decimal before) => PrintedRate.Percent(now - before, before);
        // The cells are named only for a finding: the flagged change first, then the two years' figures.
        Finding Flagged(string what, decimal expected, decimal actual, decimal tolerance, FindingFigures figures)
        {
            FindingRef[] refs = [Ref(table, r, group.Change), Ref(table, r, group.Current), Ref(table, r, group.Prior)];
            string label = refs[0].Code ?? refs[0].RowLabel ?? $"row {r}";
            return SumCheck.Graded(Id, $"{label}: printed {what} vs its two years' figures", expected, actual, tolerance, refs, figures);
        }
    }

    /// <summary>A cell's figure as printed and half a unit of its last digit; null for a blank, a dash or words.</summary>
    private static (decimal Value, decimal Half)? Figure(Cell cell)
    {
        var text = Percent().Replace(cell.Text.Trim(), "");
        if (PrintedNumber.Parse(text) is not { } value || !text.Any(char.IsAsciiDigit)) return null;
        return (value, PrintedPrecision.DigitUnit(PrintedPrecision.Decimals(value)) / 2);
    }

    [GeneratedRegex("[%％]$")]
    private static partial Regex Percent();

    /// <summary>A cell as a finding names it: its row's code and name, and its column's printed headings.</summary>
    private static FindingRef Ref(Table table, int r, int c)
    {
        var row = table.Rows[r];
        var labels = row.Where((cell, k) => k < table.Columns.Count && table.Columns[k] is null && PrintedNumber.Parse(cell.Text) is null && cell.Text.Trim().Length > 0)
            .Select(cell => cell.Text.Trim()).ToList();
        var codes = row.Where((cell, k) => k < table.Columns.Count && table.Columns[k] is null).Select(cell => cell.Text.Trim()).Where(t => CodeText().IsMatch(t)).ToList();
        string heading = string.Join("/", table.Header.Select(h => c < h.Count ? h[c].Replace(" ", "") : "").Where(h => h.Length > 0).Distinct());
        return new FindingRef
        {
            TableId = table.Id, TableType = table.Type, Page = row[c].Bbox?.Page ?? table.Pages.FirstOrDefault(),
            RowLabel = labels.FirstOrDefault(), Code = codes.FirstOrDefault(), Measure = Measures.OtherPrefix + heading, File = table.PrintedIn,
        };
    }

    [GeneratedRegex(@"^\d{3,7}$")]
    private static partial Regex CodeText();
}
