using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// <c>sum.completion_columns</c>: a final account's table printing its completion rate beside its budget and its actual
/// figure (年初预算数 | 调整预算数 | 决算数 / 合计 … | 决算数为调整预算数的%) prints, on each row, the actual total over the budget
/// the heading names (the adjusted one where it names none and the table prints one), within the rounding of the printed
/// figures. A rate over a budget of nothing (blank, a dash, 0) is not checked; tables read by OCR are left to the rules on
/// their typed figures.
/// </summary>
public sealed class CompletionColumnsRule : IConsistencyRule
{
    public string Id => RuleIds.CompletionColumns;

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        var ocrPages = Diagnostic.OcrPages(document.Diagnostics);
        foreach (var table in document.Tables.Where(t => !t.LiesOn(ocrPages) && t.Header.Count > 0))
            foreach (var (rate, budget, actual) in Columns(table))
                for (int r = 0; r < table.Rows.Count; r++)
                    if (Checked(table, r, rate, budget, actual) is { } finding) yield return finding;
    }

    /// <summary>Each completion-rate column with the budget column it is of and the actual total.</summary>
    private static IEnumerable<(int Rate, int Budget, int Actual)> Columns(Table table)
    {
        // A phase's whole: its column alone (决算数), or its total where the phase is split (决算数 / 合计 | 基本支出 …).
        int Find(string phase) => table.Columns.ToList().FindIndex(m => m is not null && (m == phase || Measures.SplitPhase(m) == (phase, Measures.Total)));
        int actual = Find(Measures.Actual);
        if (actual < 0) yield break;
        int adjusted = Find(Measures.BudgetAdjusted);
        int initial = Find(Measures.BudgetInitial);
        int columns = table.Header.Max(row => row.Count);
        for (int c = 0; c < columns; c++)
        {
            if (c < table.Columns.Count && table.Columns[c] is not null) continue;
            var heading = PriorColumns.Path(table, c).Select(h => ColumnHeaders.CompletionHeading().Match(h)).FirstOrDefault(m => m.Success);
            if (heading is null) continue;
            int budget = heading.Groups["base"].Value switch
            {
                "年初" => initial,
                "" => adjusted >= 0 ? adjusted : initial,
                _ => adjusted,
            };
            if (budget >= 0) yield return (c, budget, actual);
        }
    }

    private Finding? Checked(Table table, int r, int rateColumn, int budgetColumn, int actualColumn)
    {
        var row = table.Rows[r];
        if (Math.Max(rateColumn, Math.Max(budgetColumn, actualColumn)) >= row.Count) return null;
        if (PrintedCells.Figure(row[rateColumn]) is not { } rate || PrintedCells.Figure(row[budgetColumn]) is not { } budget
            || PrintedCells.Figure(row[actualColumn]) is not { } actual || budget.Value <= 0) return null;
        if (PrintedRate.Admits(rate.Value, (spent, planned) => PrintedRate.Percent(spent, planned),
                new PrintedRate.Rounded(actual.Value, actual.Half), new PrintedRate.Rounded(budget.Value, budget.Half), out decimal expected)) return null;
        FindingRef[] refs = [PrintedCells.Ref(table, r, rateColumn), PrintedCells.Ref(table, r, actualColumn), PrintedCells.Ref(table, r, budgetColumn)];
        string label = refs[0].Code ?? refs[0].RowLabel ?? $"row {r}";
        return SumCheck.Graded(Id, $"{label}: printed completion rate vs its actual and budget figures", expected, rate.Value, 0, refs, FindingFigures.Rates);
    }
}
