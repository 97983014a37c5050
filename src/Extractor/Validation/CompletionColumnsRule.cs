using Extractor.Layout;
using Extractor.Model;
using Extractor.Tables;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// <c>sum.completion_columns</c>: a final account's table printing its completion rate beside its budget and its actual
/// figure (年初预算数 | 调整预算数 | 决算数 / 合计 … | 决算数为调整预算数的%) prints, on each row, the actual total over the budget
/// the heading names (the adjusted one where it names none and the table prints one), within the rounding of the printed
/// figures; so a self-evaluation form's 执行率, its 全年执行数 over its 全年预算数 (<see cref="FundBlockRows"/>). A rate over a budget of
/// nothing (blank, a dash, 0) is not checked; tables read by OCR are left to the rules on their typed figures.
/// </summary>
public sealed class CompletionColumnsRule : IConsistencyRule
{
    public string Id => RuleIds.CompletionColumns;

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        var ocrPages = Diagnostic.OcrPages(document.Diagnostics);
        foreach (var table in document.Tables.Where(t => !t.LiesOn(ocrPages)))
        {
            if (table.Header.Count > 0)
                foreach (var (rate, budget, actual) in Columns(table))
                    for (int r = 0; r < table.Rows.Count; r++)
                        if (Checked(table, r, rate, budget, actual, (row, column) => PrintedCells.Ref(table, row, column)) is { } finding)
                            yield return finding;
            foreach (var (r, rate, budget, actual, headings) in FundBlockRows(table))
                if (Checked(table, r, rate, budget, actual, FormRef(table, headings, Math.Min(budget, Math.Min(actual, rate)))) is { } finding)
                    yield return finding;
        }
    }

    /// <summary>
    /// A self-evaluation form's fund block (绩效自评表: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 as a line of headings,
    /// then 年度资金总额 and its parts, round CK's Shandong and Henan): each row under the headings, with the columns of its rate,
    /// its 全年预算数 and its 全年执行数, up to a row printing words in those columns (the targets after the block). The headings may
    /// be the table's header or a line of its body, a form's lines being read as a table's.
    /// </summary>
    private static IEnumerable<(int Row, int Rate, int Budget, int Actual, IReadOnlyList<string> Headings)> FundBlockRows(Table table)
    {
        var lines = table.Header.Concat(table.Rows.Select(row => (IReadOnlyList<string>)[.. row.Select(cell => cell.Text)])).ToList();
        for (int h = 0; h < lines.Count; h++)
        {
            var headings = lines[h].Select(PriorColumns.AsHeading).ToList();
            int budget = headings.FindIndex(t => ColumnHeaders.Phase(t) == Measures.BudgetAdjusted);
            int actual = headings.FindIndex(ColumnHeaders.NamesExecution);
            int rate = headings.FindIndex(t => ColumnHeaders.CompletionHeading().IsMatch(t));
            if (budget < 0 || actual < 0 || rate < 0) continue;
            for (int r = Math.Max(h + 1 - table.Header.Count, 0); r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                if (new[] { budget, actual }.Any(c => c < row.Count && CjkText.HasIdeograph(row[c].Text))) break;
                yield return (r, rate, budget, actual, lines[h]);
            }
        }
    }

    /// <summary>
    /// A form's cell as a finding names it: its column by the block's line of headings rather than the table's header (the
    /// form's first line, 部门（单位）名称 | its name), its row by the last label before the figures (年度资金总额, not the
    /// 资金情况（万元） merged down the block's side).
    /// </summary>
    private static Func<int, int, FindingRef> FormRef(Table table, IReadOnlyList<string> headings, int firstFigure) => (r, c) =>
    {
        var row = table.Rows[r];
        string? label = row.Take(Math.Min(firstFigure, row.Count)).Select(cell => cell.Text.Trim()).LastOrDefault(t => t.Length > 0 && PrintedNumber.Parse(t) is null);
        return PrintedCells.Ref(table, r, c) with
        {
            RowLabel = label ?? PrintedCells.Ref(table, r, c).RowLabel,
            Measure = c < headings.Count ? Measures.OtherPrefix + headings[c].Replace(" ", "") : null,
        };
    };

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

    private Finding? Checked(Table table, int r, int rateColumn, int budgetColumn, int actualColumn, Func<int, int, FindingRef> refOf)
    {
        var row = table.Rows[r];
        if (Math.Max(rateColumn, Math.Max(budgetColumn, actualColumn)) >= row.Count) return null;
        if (PrintedCells.Figure(row[rateColumn]) is not { } rate || PrintedCells.Figure(row[budgetColumn]) is not { } budget
            || PrintedCells.Figure(row[actualColumn]) is not { } actual || budget.Value <= 0) return null;
        if (PrintedRate.Admits(rate.Value, (spent, planned) => PrintedRate.Percent(spent, planned),
                new PrintedRate.Rounded(actual.Value, actual.Half), new PrintedRate.Rounded(budget.Value, budget.Half), out decimal expected)) return null;
        FindingRef[] refs = [refOf(r, rateColumn), refOf(r, actualColumn), refOf(r, budgetColumn)];
        string label = refs[0].Code ?? refs[0].RowLabel ?? $"row {r}";
        return SumCheck.Graded(Id, $"{label}: printed completion rate vs its actual and budget figures", expected, rate.Value, 0, refs, FindingFigures.Rates);
    }
}
