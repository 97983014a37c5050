using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// <c>balance.carryover</c>, in a final account's two-sided summaries (收入支出决算总表, 财政拨款收入支出决算总表):
/// 年初结转和结余 + 本年收入合计 (+ 使用非财政拨款结余, + 用事业基金弥补收支差额) = 本年支出合计 (+ 结余分配) + 年末结转和结余, in total
/// and, where the expenditure side has a column per fund, for each fund (the income side lists its funds
/// as rows, under 本年收入 and again under 年初结转和结余). The flagged figure is the closing balance. The national
/// template's 财政拨款收入支出决算总表 printed by function line holds the same on each row: 年初财政拨款结转和结余 + 本年财政拨款收入
/// − 本年财政拨款支出 = 年末财政拨款结转和结余, as does its 政府性基金预算财政拨款收入支出决算表 (本年收入 the fund's), and a
/// 收入支出决算总表 printed by source (a row for each under 年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余).
/// </summary>
public sealed class CarryoverRule : IConsistencyRule
{
    public string Id => RuleIds.Carryover;

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        var summaries = document.LineItems.Where(i => i.TableType is TableTypes.IncomeExpenditureSummary or TableTypes.FiscalAppropriationSummary);
        foreach (var table in summaries.GroupBy(i => i.TableId))
        {
            if (Sides(table) is not { } sides) continue;
            var (items, left, right, income, spent, opening, closing) = sides;
            var inflow = new[] { opening, income, left.FirstOrDefault(LineLabels.UsedNonfiscalBalance().Names), left.FirstOrDefault(LineLabels.ReserveDrawnOn().Names) }
                .OfType<LineItem>().ToList();
            var outflow = new[] { spent, right.FirstOrDefault(LineLabels.BalanceDistributed().Names) }.OfType<LineItem>().ToList();
            var totalBalance = Balance(closing, inflow, outflow);
            if (totalBalance is not null) yield return totalBalance;

            var funds = Funds(sides).ToList();
            foreach (var fund in funds)
                if (Balance(fund.Closing, [fund.Opening, fund.Income], [fund.Spent]) is { } byFund)
                    yield return totalBalance is { Severity: FindingSeverity.Error } ? byFund : OpeningOfItsFund(byFund, fund, funds, opening) ?? byFund;
        }
        foreach (var finding in RowBalances(document)) yield return finding;
        foreach (var finding in SplitBalances(document)) yield return finding;
        foreach (var finding in StatedFundBalances(document)) yield return finding;
    }

    /// <summary>
    /// A final account's fund paragraph (一般公共预算财政拨款：年初结转和结余…，本年收入…，本年支出…，年末结转和结余…) where neither the fiscal
    /// appropriation summary nor the fund's own table prints its lines to hold its figures to (<c>narrative.table</c> does where one does):
    /// its four figures balance.
    /// </summary>
    private IEnumerable<Finding> StatedFundBalances(ExtractedDocument document)
    {
        if (document.Phase != BudgetPhase.FinalAccounts) yield break;
        foreach (var (fund, _) in LineLabels.FundRows)
        {
            var (openingKey, incomeKey, spentKey, closingKey) = NarrativePhrasings.FundBalanceKeys(fund);
            // A fund whose lines a table prints (the summary's, or its own table's) is held to them by narrative.table.
            if (NarrativeTableRule.TableLine(document, closingKey) is not null) continue;
            if (document.Facts.FirstOrDefault(f => f.Key == closingKey) is not { } closing) continue;
            // The paragraph's other figures: read with it, or (its spending) read before it from within it.
            Fact? Stated(string key) => document.Facts.FirstOrDefault(f => f.Key == key && closing.Quote.Contains(f.Quote, StringComparison.Ordinal));
            if (Stated(openingKey) is not { } opening || Stated(incomeKey) is not { } income || Stated(spentKey) is not { } spent) continue;
            decimal expected = opening.Value + income.Value - spent.Value;
            if (expected == closing.Value) continue;
            decimal tolerance = new[] { opening, income, spent, closing }.Sum(FactPrecision.HalfLastDigitInYuan);
            yield return SumCheck.Graded(Id, $"{fund} paragraph: {closingKey} != {openingKey} + {incomeKey} - {spentKey}", expected, closing.Value, tolerance,
                [SumCheck.Ref(closing), SumCheck.Ref(opening), SumCheck.Ref(income), SumCheck.Ref(spent)]);
        }
    }

    /// <summary>
    /// A fund's balance broken where the summary's own balances: its opening row under the 年初 line is the misprint where the figure its
    /// balance needs makes the funds' openings add up to the 年初 line (round KT's Hebei: 一般公共预算财政拨款 printed 2,315.05 under 年初财政
    /// 拨款结转和结余 2,415.05, the fund's 年末 1,561.12 the summary's). Null where it does not.
    /// </summary>
    private Finding? OpeningOfItsFund(Finding byFund, FundLines fund, List<FundLines> funds, LineItem opening)
    {
        decimal needed = fund.Closing.Amount - fund.Income.Amount + fund.Spent.Amount;
        decimal others = funds.Where(f => f != fund).Sum(f => f.Opening.Amount);
        decimal tolerance = byFund.Tolerance ?? 0;
        if (Math.Abs(needed + others - opening.Amount) > tolerance + SumCheck.HalfLastDigitInYuan([opening])) return null;
        return SumCheck.Graded(Id, $"{fund.Opening.Name}: the fund's opening balance vs its closing balance, income and spending, and the 年初 line",
            needed, fund.Opening.Amount, tolerance, [SumCheck.Ref(fund.Opening), SumCheck.Ref(fund.Closing), SumCheck.Ref(fund.Income), SumCheck.Ref(fund.Spent), SumCheck.Ref(opening)]);
    }

    /// <summary>A two-sided summary's lines of the year and its balances, each side's column with them; null where it prints none of them.</summary>
    private sealed record SummarySides(List<LineItem> Items, List<LineItem> Left, List<LineItem> Right, LineItem Income, LineItem Spent, LineItem Opening, LineItem Closing);

    private static SummarySides? Sides(IEnumerable<LineItem> table)
    {
        var items = table.OrderBy(i => i.Row).ThenBy(i => i.Col).ToList();
        // Each side's total is its first amount column of the year's outcome: not a final account's budget printed before it (round
        // FS's Chongqing: 年初预算数 | 调整预算数 | 决算数, the carry-overs blank under the budgets).
        var outcome = items.Where(i => !Measures.IsBudgetPhase(i.Measure)).ToList();
        if (outcome.FirstOrDefault(LineLabels.IncomeOfYear().Names) is not { } income || outcome.Where(LineLabels.ExpenditureOfYear().Names).MinBy(i => i.Col) is not { } spent) return null;
        var left = items.Where(i => i.Col == income.Col).ToList();
        var right = items.Where(i => i.Col == spent.Col).ToList();
        return left.FirstOrDefault(LineLabels.OpeningBalance().Names) is { } opening && right.FirstOrDefault(LineLabels.ClosingBalance().Names) is { } closing
            ? new SummarySides(items, left, right, income, spent, opening, closing) : null;
    }

    /// <summary>One fund's lines of a fiscal appropriation summary: its income and opening balance as rows, its spending and closing balance in its column.</summary>
    internal sealed record FundLines(string Measure, LineItem Income, LineItem Opening, LineItem Spent, LineItem Closing);

    /// <summary>Each fund's lines where the summary prints all four (<see cref="LineLabels.FundRows"/>).</summary>
    private static IEnumerable<FundLines> Funds(SummarySides sides)
    {
        foreach (var (fund, measure) in LineLabels.FundRows)
        {
            var column = sides.Items.Where(i => i.Measure == measure).ToList();
            var fundRows = sides.Left.Where(i => i.Name.Contains(fund, StringComparison.Ordinal)).ToList();
            var fundIncome = fundRows.FirstOrDefault(i => i.Row < sides.Opening.Row);
            var fundOpening = fundRows.FirstOrDefault(i => i.Row > sides.Opening.Row);
            var fundSpent = column.FirstOrDefault(i => i.Row == sides.Spent.Row);
            var fundClosing = column.FirstOrDefault(i => i.Row == sides.Closing.Row);
            if (fundIncome is not null && fundOpening is not null && fundSpent is not null && fundClosing is not null)
                yield return new FundLines(measure, fundIncome, fundOpening, fundSpent, fundClosing);
        }
    }

    /// <summary>The first fiscal appropriation summary's lines of each fund it balances.</summary>
    internal static IReadOnlyList<FundLines> FundsOf(ExtractedDocument document) =>
        document.LineItems.Where(i => i.TableType == TableTypes.FiscalAppropriationSummary).GroupBy(i => i.TableId)
            .Select(Sides).OfType<SummarySides>().Select(sides => Funds(sides).ToList()).FirstOrDefault(funds => funds.Count > 0) ?? [];

    private IEnumerable<Finding> RowBalances(ExtractedDocument document)
    {
        foreach (var row in document.LineItems.Where(i => i.TableType is TableTypes.FiscalAppropriationSummary or TableTypes.GovernmentFundExpenditure
                         or TableTypes.IncomeExpenditureSummary)
                     .GroupBy(i => (i.TableId, i.Row)))
        {
            LineItem? Cell(string measure) => row.FirstOrDefault(i => i.Measure == measure);
            var incomeMeasure = row.First().TableType == TableTypes.GovernmentFundExpenditure ? Measures.IncomeGovernmentFund : Measures.IncomeFiscalAppropriation;
            // A summary by source (round EU's Sichuan: 项目 | 年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余, a row for each
            // source) heads its year's income so, whatever the source.
            var income = Cell(incomeMeasure) ?? row.FirstOrDefault(i => ColumnHeaders.HeadsYearsIncome(i.Measure));
            if (Cell(Measures.CarryoverOpening) is not { } opening || income is null
                || Cell(Measures.Total) is not { } spent || Cell(Measures.CarryoverClosing) is not { } closing) continue;
            if (Balance(closing, [opening, income], [spent], inRow: true) is { } finding) yield return finding;
        }
    }

    /// <summary>
    /// The national final-account template's 一般公共预算财政拨款收入支出决算表 (rounds IZ's Fujian, JB's Zhejiang): 年初结转和结余 | 本年收入 |
    /// 本年支出 | 年末结转和结余, each 小计 | 基本支出 | 项目支出. On each row, and for each of the three, the opening balance and the year's
    /// income less what was spent is the closing balance. The balances' and the income's columns fit no measure
    /// (other:年初结转和结余/基本支出); the spending's are the row's total, basic and project.
    /// </summary>
    private IEnumerable<Finding> SplitBalances(ExtractedDocument document)
    {
        foreach (var row in document.LineItems.Where(i => i.TableType == TableTypes.GeneralBudgetExpenditureByFunction).GroupBy(i => (i.TableId, i.Row)))
            foreach (var (isPart, spentMeasure) in SpendingSplit)
            {
                LineItem? Under(System.Text.RegularExpressions.Regex heading) =>
                    row.FirstOrDefault(i => Measures.OtherGroupAndLeaf(i.Measure) is var (group, leaf) && isPart(leaf) && heading.IsMatch(group));
                if (Under(ColumnHeaders.OpeningBalanceHeading()) is not { } opening || Under(ColumnHeaders.YearsIncomeHeading()) is not { } income
                    || row.FirstOrDefault(i => i.Measure == spentMeasure) is not { } spent || Under(ColumnHeaders.ClosingBalanceHeading()) is not { } closing) continue;
                if (Balance(closing, [opening, income], [spent], inRow: true) is { } finding) yield return finding;
            }
    }

    /// <summary>The split of each group of such a table: its 小计, its basic and its project part, with the spending's measure of each.</summary>
    private static readonly (Func<string, bool> IsPart, string Spent)[] SpendingSplit =
    [
        (ColumnHeaders.IsSubtotal, Measures.Total),
        (leaf => leaf == ColumnHeaders.BasicExpenditure, Measures.BasicTotal),
        (leaf => leaf == ColumnHeaders.ProjectExpenditure, Measures.ProjectTotal),
    ];

    /// <summary>The closing balance against opening and inflows less outflows, with the rounding bound of the terms.</summary>
    /// <param name="inRow">Whether the terms are one row's columns, named by their measures rather than their lines.</param>
    private Finding? Balance(LineItem closing, IReadOnlyList<LineItem> inflow, IReadOnlyList<LineItem> outflow, bool inRow = false)
    {
        var terms = inflow.Concat(outflow).ToList();
        if (terms.All(t => !t.IsPrinted) && !closing.IsPrinted) return null;
        decimal expected = inflow.Sum(i => i.Amount) - outflow.Sum(o => o.Amount);
        if (expected == closing.Amount) return null;
        decimal tolerance = SumCheck.Tolerance([closing, .. terms], terms);
        var message = inRow
            ? $"{closing.Name}: {closing.Measure} != {string.Join(" + ", inflow.Select(i => i.Measure))} - {string.Join(" - ", outflow.Select(o => o.Measure))}"
            : $"{closing.Name} [{closing.Measure}] != {string.Join(" + ", inflow.Select(i => i.Name))} - {string.Join(" - ", outflow.Select(o => o.Name))}";
        return SumCheck.Graded(Id, message, expected, closing.Amount, tolerance, [SumCheck.Ref(closing), .. terms.Select(SumCheck.Ref)]);
    }
}
