using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// <c>cross.table</c>: a quantity printed in two tables agrees exactly — a function line's basic
/// expenditure in 部门支出总表 and 一般公共预算支出表, its total in 一般公共预算支出表 and the function table,
/// 收入总计 of the summary and the income table's total, the income table's general-budget 财政拨款 and the
/// totals of the general-budget expenditure tables. The second table's figure is checked against the first.
/// </summary>
public sealed class CrossTableRule : IConsistencyRule
{
    public string Id => "cross.table";

    private static readonly (string First, string Second, Func<string, bool> Measure)[] SameLines =
    [
        (TableTypes.ExpenditureSummary, TableTypes.GeneralBudgetExpenditure, m => m.StartsWith("basic.", StringComparison.Ordinal)),
        (TableTypes.GeneralBudgetExpenditure, TableTypes.GeneralBudgetExpenditureByFunction, m => m == Measures.Total),
    ];

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        foreach (var (first, second, measure) in SameLines)
        {
            var other = document.LineItems.Where(i => i.TableType == second && i.Dimension == Dimensions.Function && measure(i.Measure))
                .GroupBy(i => (i.EntityCode, i.Code, i.Measure)).ToDictionary(g => g.Key, g => g.First());
            foreach (var item in document.LineItems.Where(i => i.TableType == first && i.Dimension == Dimensions.Function && measure(i.Measure)))
                if (other.TryGetValue((item.EntityCode, item.Code, item.Measure), out var twin) && twin.Amount != item.Amount)
                    yield return Differ($"{item.Code} {item.Measure}: {first} vs {second}", twin, item);
        }

        var summaryIncome = document.LineItems.FirstOrDefault(i => i.TableType == TableTypes.IncomeExpenditureSummary && LineNames.IncomeTotal().Names(i));
        var incomeTable = document.LineItems.Where(i => i.TableType == TableTypes.IncomeSummary && i.Measure == Measures.Total).OrderBy(i => i.Row).FirstOrDefault();
        if (summaryIncome is not null && incomeTable is not null && summaryIncome.Amount != incomeTable.Amount)
            yield return Differ($"income total: {TableTypes.IncomeExpenditureSummary} vs {TableTypes.IncomeSummary}", incomeTable, summaryIncome);

        if (GeneralBudgetIncome(document) is { } appropriated)
            foreach (var spending in new[] { TableTypes.GeneralBudgetExpenditure, TableTypes.GeneralBudgetExpenditureByFunction })
                if (LineNames.TopLine(document, spending, Measures.Total) is { } spent && spent.Amount != appropriated.Amount)
                    yield return Differ($"general_budget.total: {TableTypes.IncomeSummary} vs {spending}", spent, appropriated);
    }

    /// <summary>
    /// The income table's 财政拨款 as general-budget money: where it prints 政府性基金 in a column of its own
    /// (the Hubei template), or where no fund or state-capital money shows anywhere in the document.
    /// </summary>
    private static LineItem? GeneralBudgetIncome(ExtractedDocument document)
    {
        if (LineNames.TopLine(document, TableTypes.IncomeSummary, Measures.IncomeFiscalAppropriation) is not { } fiscal) return null;
        bool fundColumn = LineNames.TopLine(document, TableTypes.IncomeSummary, Measures.IncomeGovernmentFund) is not null;
        bool otherFunds = document.LineItems.Any(i => i.Amount != 0
            && (i.TableType is TableTypes.GovernmentFundExpenditure or TableTypes.StateCapitalExpenditure || i.Measure == Measures.IncomeGovernmentFund));
        return fundColumn || !otherFunds ? fiscal : null;
    }

    private Finding Differ(string message, LineItem flagged, LineItem reference) =>
        SumCheck.Graded(Id, message, reference.Amount, flagged.Amount, tolerance: 0, [SumCheck.Ref(flagged), SumCheck.Ref(reference)]);
}
