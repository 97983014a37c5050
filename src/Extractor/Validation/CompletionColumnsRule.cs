using Extractor.Layout;
using Extractor.Model;
using Extractor.Tables;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// <c>sum.completion_columns</c>: a final account's table printing its completion rate beside its budget and its actual
/// figure (年初预算数 | 调整预算数 | 决算数 / 合计 … | 决算数为调整预算数的%) prints, on each row, the actual total over the budget
/// the heading names (the adjusted one where it names none and the table prints one), within the rounding of the printed
/// figures; so a self-evaluation form's 执行率, its 全年执行数 over its 全年预算数 (<see cref="FundBlocks"/>), and its 年度资金总额 the
/// sum of the fund lines under it in each column of money. A rate over a budget of nothing (blank, a dash, 0) is not checked;
/// tables read by OCR are left to the rules on their typed figures.
/// </summary>
public sealed class CompletionColumnsRule : IConsistencyRule
{
    public string Id => RuleIds.CompletionColumns;

    public IReadOnlyList<string> Emits => [RuleIds.CompletionColumns, RuleIds.ColumnTotal];

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
            decimal perUnit = (table.Unit ?? document.Unit ?? MoneyUnit.Yuan).YuanPerUnit();
            foreach (var block in FundBlocks(table))
                foreach (var finding in Checked(table, block, perUnit))
                    yield return finding;
        }
    }

    /// <summary>
    /// A fund block's rates, and its first line (年度资金总额) against the lines under it (其中：当年财政拨款, 上年结转资金, 其他资金) in each
    /// column of money, as <c>sum.column_total</c>. Where the total is off its lines in the budget or the actual column and its rate
    /// fits the lines' sums, the total is the misprint and its rate is not flagged (round KN's Hainan: 年度资金总额 全年预算数 printed
    /// 5,465.50 over lines of 5,365.50, its 执行率 97.18 % that of 5,213.97 over 5,365.50).
    /// </summary>
    private IEnumerable<Finding> Checked(Table table, FundBlock block, decimal perUnit)
    {
        int firstFigure = new[] { block.Budget, block.Actual, block.Rate }.Where(c => c >= 0).Min();
        Func<int, int, FindingRef> refOf = FormRef(table, block.Headings, firstFigure), moneyRef = FormRef(table, block.Headings, firstFigure, perUnit);
        int total = block.Rows[0];
        var lines = block.Rows.Skip(1).ToList();
        var sums = new Dictionary<int, (decimal Value, decimal Half)>();
        // Only a block of the form's own lines adds up: a line it does not name (其中：省级) may be part of another.
        int[] money = [.. new[] { block.Initial, block.Budget, block.Actual }.Where(c => c >= 0)];
        bool ownLines = lines.Where(r => money.Any(c => PrintedCells.Figure(table, r, c) is not null))
            .All(r => PerformanceFormLabels.NamesFundLine(LineLabels.Bare(refOf(r, block.Budget).RowLabel ?? "")));
        if (lines.Count >= 2 && ownLines && PerformanceFormLabels.SelfEvaluationTotal().IsMatch(refOf(total, block.Budget).RowLabel ?? ""))
            foreach (int column in money)
            {
                var printedLines = lines.Select(r => (Row: r, Figure: PrintedCells.Figure(table, r, column))).Where(l => l.Figure is not null).ToList();
                if (PrintedCells.Figure(table, total, column) is not { } printed || printedLines.Count == 0) continue;
                decimal sum = printedLines.Sum(l => l.Figure!.Value.Value), half = printedLines.Sum(l => l.Figure!.Value.Half);
                if (Math.Abs(printed.Value - sum) <= half + printed.Half) continue;
                sums[column] = (sum, half);
                yield return SumCheck.Graded(RuleIds.ColumnTotal, $"{refOf(total, column).RowLabel}: printed total vs the fund lines under it",
                    sum * perUnit, printed.Value * perUnit, (half + printed.Half) * perUnit,
                    [moneyRef(total, column), .. printedLines.Select(l => moneyRef(l.Row, column))]);
            }
        foreach (int r in block.Rows)
        {
            if (r == total && sums.Count > 0 && FitsTheLines(table, r, block, sums)) continue;
            if (Checked(table, r, block.Rate, block.Budget, block.Actual, refOf) is { } finding) yield return finding;
        }
    }

    /// <summary>Whether a block total's printed rate is that of its lines' sums, in the columns where the total is off them.</summary>
    private static bool FitsTheLines(Table table, int total, FundBlock block, Dictionary<int, (decimal Value, decimal Half)> sums)
    {
        if (PrintedCells.Figure(table, total, block.Rate) is not { } rate) return false;
        var actual = sums.TryGetValue(block.Actual, out var a) ? a : PrintedCells.Figure(table, total, block.Actual);
        var budget = sums.TryGetValue(block.Budget, out var b) ? b : PrintedCells.Figure(table, total, block.Budget);
        return actual is { } spent && budget is { Value: > 0 } planned
            && PrintedRate.Admits(rate.Value, PrintedRate.Percent, new(spent.Value, spent.Half), new(planned.Value, planned.Half), out _);
    }

    /// <summary>
    /// A self-evaluation form's fund block (绩效自评表: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 as a line of headings,
    /// then 年度资金总额 and its parts, round CK's Shandong and Henan): each row under the headings, with the columns of its rate,
    /// its 全年预算数 and its 全年执行数, up to a row printing words in those columns (the targets after the block). The headings may
    /// be the table's header or a line of its body, a form's lines being read as a table's.
    /// </summary>
    private static IEnumerable<FundBlock> FundBlocks(Table table)
    {
        var lines = table.Header.Concat(table.Rows.Select(row => (IReadOnlyList<string>)[.. row.Select(cell => cell.Text)])).ToList();
        for (int h = 0; h < lines.Count; h++)
        {
            var headings = lines[h].Select(PriorColumns.AsHeading).ToList();
            int budget = headings.FindIndex(ColumnHeaders.NamesFormsYearBudget);
            int actual = headings.FindIndex(ColumnHeaders.NamesExecution);
            int rate = headings.FindIndex(t => ColumnHeaders.CompletionHeading().IsMatch(t));
            if (budget < 0 || actual < 0 || rate < 0) continue;
            int initial = headings.FindIndex(t => ColumnHeaders.Phase(t) == Measures.BudgetInitial);
            var rows = new List<int>();
            for (int r = Math.Max(h + 1 - table.Header.Count, 0); r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                if (new[] { budget, actual }.Any(c => c < row.Count && CjkText.HasIdeograph(row[c].Text))) break;
                rows.Add(r);
            }
            if (rows.Count > 0) yield return new FundBlock(rows, rate, initial, budget, actual, lines[h]);
        }
    }

    /// <summary>A form's fund block: its rows under its line of headings, and the columns of its rate, 年初预算数 (−1 for none), 全年预算数 and 全年执行数.</summary>
    private sealed record FundBlock(IReadOnlyList<int> Rows, int Rate, int Initial, int Budget, int Actual, IReadOnlyList<string> Headings);

    /// <summary>
    /// A form's cell as a finding names it: its column by the block's line of headings rather than the table's header (the
    /// form's first line, 部门（单位）名称 | its name), its row by the last label before the figures (年度资金总额, not the
    /// 资金情况（万元） merged down the block's side).
    /// </summary>
    /// <param name="yuanPerUnit">Yuan per printed unit where the cells named hold money (<see cref="PrintedCells.Ref"/>).</param>
    private static Func<int, int, FindingRef> FormRef(Table table, IReadOnlyList<string> headings, int firstFigure, decimal? yuanPerUnit = null) => (r, c) =>
    {
        var row = table.Rows[r];
        string? label = row.Take(Math.Min(firstFigure, row.Count)).Select(cell => cell.Text.Trim()).LastOrDefault(t => t.Length > 0 && PrintedNumber.Parse(t) is null);
        var cell = PrintedCells.Ref(table, r, c, yuanPerUnit);
        return cell with
        {
            RowLabel = label ?? cell.RowLabel,
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
