using System.Text.RegularExpressions;
using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// <c>balance.carryover</c>, in a final account's two-sided summaries (收入支出决算总表, 财政拨款收入支出决算总表):
/// 年初结转和结余 + 本年收入合计 (+ 使用非财政拨款结余) = 本年支出合计 (+ 结余分配) + 年末结转和结余, in total
/// and, where the expenditure side has a column per fund, for each fund (the income side lists its funds
/// as rows, under 本年收入 and again under 年初结转和结余). The flagged figure is the closing balance.
/// </summary>
public sealed partial class CarryoverRule : IConsistencyRule
{
    public string Id => RuleIds.Carryover;

    [GeneratedRegex("^年初.*结转和结余$")] private static partial Regex Opening();
    [GeneratedRegex("^年末.*结转和结余$")] private static partial Regex Closing();
    [GeneratedRegex("^本年收入合计$")] private static partial Regex Income();
    [GeneratedRegex("^使用非财政拨款结余")] private static partial Regex UsedBalance();
    [GeneratedRegex("^本年支出合计$")] private static partial Regex Spent();
    [GeneratedRegex("^结余分配$")] private static partial Regex Distributed();

    private static readonly (string Name, string Measure)[] Funds =
    [
        ("一般公共预算", Measures.FundGeneralBudget), ("政府性基金", Measures.FundGovernmentFund), ("国有资本经营", Measures.FundStateCapital),
    ];

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        var summaries = document.LineItems.Where(i => i.TableType is TableTypes.IncomeExpenditureSummary or TableTypes.FiscalAppropriationSummary);
        foreach (var table in summaries.GroupBy(i => i.TableId))
        {
            var items = table.OrderBy(i => i.Row).ThenBy(i => i.Col).ToList();
            // Each side's total is its first amount column.
            if (items.FirstOrDefault(Income().Names) is not { } income || items.Where(Spent().Names).MinBy(i => i.Col) is not { } spent) continue;
            var left = items.Where(i => i.Col == income.Col).ToList();
            var right = items.Where(i => i.Col == spent.Col).ToList();
            if (left.FirstOrDefault(Opening().Names) is not { } opening || right.FirstOrDefault(Closing().Names) is not { } closing) continue;
            var inflow = new[] { opening, income, left.FirstOrDefault(UsedBalance().Names) }.OfType<LineItem>().ToList();
            var outflow = new[] { spent, right.FirstOrDefault(Distributed().Names) }.OfType<LineItem>().ToList();
            if (Balance(closing, inflow, outflow) is { } total) yield return total;

            foreach (var (fund, measure) in Funds)
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
        if (terms.All(t => t.AmountPrinted.Trim().Length == 0) && closing.AmountPrinted.Trim().Length == 0) return null;
        decimal expected = inflow.Sum(i => i.Amount) - outflow.Sum(o => o.Amount);
        if (expected == closing.Amount) return null;
        decimal tolerance = SumCheck.Tolerance([closing, .. terms], terms);
        var message = $"{closing.Name} [{closing.Measure}] != {string.Join(" + ", inflow.Select(i => i.Name))} - {string.Join(" - ", outflow.Select(o => o.Name))}";
        return SumCheck.Graded(Id, message, expected, closing.Amount, tolerance, [SumCheck.Ref(closing), .. terms.Select(SumCheck.Ref)]);
    }
}
