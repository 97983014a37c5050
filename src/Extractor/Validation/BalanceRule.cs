using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// <c>balance.income_expenditure</c> in the two-sided summary tables: 收入总计 = 本年收入合计 + 上年结转;
/// 支出总计 = 本年支出合计 + 结转下年 (each expenditure column); 收入总计 = 支出总计 (Jiangsu: 收入合计 = 当年收入小计 +
/// 上年结转资金, and so on). A budget published as its
/// narrative alone is held to the last in its own words: 收入预算总计 = 支出预算总计.
/// </summary>
public sealed class BalanceRule : IConsistencyRule
{
    public string Id => RuleIds.IncomeExpenditure;

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        var summaries = document.LineItems.Where(i => i.TableType is TableTypes.IncomeExpenditureSummary or TableTypes.FiscalAppropriationSummary);
        foreach (var table in summaries.GroupBy(i => i.TableId))
        {
            foreach (var column in table.GroupBy(i => i.Col))
            {
                var items = column.ToList();
                LineItem? Find(Regex name) => items.LastOrDefault(name.Names);
                if ((Find(LineLabels.IncomeTotal()) ?? Find(LineLabels.IncomeSum())) is { } income && Find(LineLabels.IncomeOfYear()) is { } current
                    && Find(LineLabels.CarriedOver()) is { } carryover
                    && SumCheck.Compare(Id, $"{income.Name} != {current.Name} + {carryover.Name}", income, [current, carryover]) is { } f1)
                    yield return f1;
                if ((Find(LineLabels.ExpenditureOrFunctionTotal()) ?? Find(LineLabels.ExpenditureSum())) is { } spent && Find(LineLabels.AnyExpenditureOfYear()) is { } spentNow
                    && Find(LineLabels.CarriedForward()) is { } forward
                    && SumCheck.Compare(Id, $"{spent.Name} != {spentNow.Name} + {forward.Name}", spent, [spentNow, forward]) is { } f2)
                    yield return f2;
            }
            // Each side's total is its first amount column; the expenditure side's further columns (basic,
            // project, by fund) break the total down and do not balance income on their own.
            // Jiangsu prints 收入合计 / 支出合计 where other templates print 总计 (below 当年收入小计 where it has one).
            var incomeTotal = table.Where(LineLabels.IncomeTotal().Names).MinBy(i => i.Col) ?? table.Where(LineLabels.IncomeSum().Names).MinBy(i => i.Col);
            var expenditureTotal = table.Where(LineLabels.ExpenditureTotal().Names).MinBy(i => i.Col) ?? table.Where(LineLabels.ExpenditureSum().Names).MinBy(i => i.Col);
            if (incomeTotal is not null && expenditureTotal is not null
                && SumCheck.Compare(Id, $"{expenditureTotal.Name} != {incomeTotal.Name}", expenditureTotal, [incomeTotal]) is { } f3)
                yield return f3;
        }
        foreach (var finding in StatedBalance(document)) yield return finding;
    }

    /// <summary>
    /// The narrative's income and expenditure totals of a budget that prints no table (where tables are printed,
    /// each total is held to its table instead), at the coarser of the two printings.
    /// </summary>
    private IEnumerable<Finding> StatedBalance(ExtractedDocument document)
    {
        if (document.LineItems.Count > 0 || document.Phase != BudgetPhase.Budget) yield break;
        if (document.Facts.FirstOrDefault(f => f.Key == FactKeys.IncomeTotal && f.Execution is null) is not { } income) yield break;
        foreach (var spent in document.Facts.Where(f => f.Key == FactKeys.ExpenditureTotal && f.Execution is null).DistinctBy(f => (f.Value, f.Page)))
        {
            if (FactPrecision.AgreeAsPrinted(income, spent)) continue;
            yield return SumCheck.Graded(Id, "narrative expenditure.total != income.total", income.Value, spent.Value, tolerance: 0,
                [SumCheck.Ref(spent), SumCheck.Ref(income)]);
        }
    }
}
