using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// <c>balance.carryover</c>, in a final account's two-sided summaries (收入支出决算总表, 财政拨款收入支出决算总表):
/// 年初结转和结余 + 本年收入合计 (+ 使用非财政拨款结余) = 本年支出合计 (+ 结余分配) + 年末结转和结余, in total
/// and, where the expenditure side has a column per fund, for each fund (the income side lists its funds
/// as rows, under 本年收入 and again under 年初结转和结余). The flagged figure is the closing balance.
/// </summary>
public sealed class CarryoverRule : IConsistencyRule
{
    public string Id => RuleIds.Carryover;

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        var summaries = document.LineItems.Where(i => i.TableType is TableTypes.IncomeExpenditureSummary or TableTypes.FiscalAppropriationSummary);
        foreach (var table in summaries.GroupBy(i => i.TableId))
        {
            var items = table.OrderBy(i => i.Row).ThenBy(i => i.Col).ToList();
            // Each side's total is its first amount column.
            if (items.FirstOrDefault(LineLabels.IncomeOfYear().Names) is not { } income || items.Where(LineLabels.ExpenditureOfYear().Names).MinBy(i => i.Col) is not { } spent) continue;
            var left = items.Where(i => i.Col == income.Col).ToList();
            var right = items.Where(i => i.Col == spent.Col).ToList();
            if (left.FirstOrDefault(LineLabels.OpeningBalance().Names) is not { } opening || right.FirstOrDefault(LineLabels.ClosingBalance().Names) is not { } closing) continue;
            var inflow = new[] { opening, income, left.FirstOrDefault(LineLabels.UsedNonfiscalBalance().Names) }.OfType<LineItem>().ToList();
            var outflow = new[] { spent, right.FirstOrDefault(LineLabels.BalanceDistributed().Names) }.OfType<LineItem>().ToList();
            if (Balance(closing, inflow, outflow) is { } total) yield return total;

            foreach (var (fund, measure) in LineLabels.FundRows)
            {
                var column = items.Where(i => i.Measure == measure).ToList();
                var fundRows = left.Where(i => i.Name.Contains(fund, StringComparison.Ordinal)).ToList();
                var fundIncome = fundRows.FirstOrDefault(i => i.Row < opening.Row);
                var fundOpening = fundRows.FirstOrDefault(i => i.Row > opening.Row);
                var fundSpent = column.FirstOrDefault(i => i.Row == spent.Row);
                var fundClosing = column.FirstOrDefault(i => i.Row == closing.Row);
                if (fundIncome is null || fundOpening is null || fundSpent is null || fundClosing is null) continue;
                if (Balance(fundClosing, [fundOpening, fundIncome], [fundSpent]) is { } byFund) yield return byFund;
            }
        }
    }

    /// <summary>The closing balance against opening and inflows less outflows, with the rounding bound of the terms.</summary>
    private Finding? Balance(LineItem closing, IReadOnlyList<LineItem> inflow, IReadOnlyList<LineItem> outflow)
    {
        var terms = inflow.Concat(outflow).ToList();
        if (terms.All(t => !t.IsPrinted) && !closing.IsPrinted) return null;
        decimal expected = inflow.Sum(i => i.Amount) - outflow.Sum(o => o.Amount);
        if (expected == closing.Amount) return null;
        decimal tolerance = SumCheck.Tolerance([closing, .. terms], terms);
        var message = $"{closing.Name} [{closing.Measure}] != {string.Join(" + ", inflow.Select(i => i.Name))} - {string.Join(" - ", outflow.Select(o => o.Name))}";
        return SumCheck.Graded(Id, message, expected, closing.Amount, tolerance, [SumCheck.Ref(closing), .. terms.Select(SumCheck.Ref)]);
    }
}
