using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// <c>balance.income_expenditure</c> in the two-sided summary tables: 收入总计 = 本年收入合计 + 上年结转;
/// 支出总计 = 本年支出合计 + 结转下年 (each expenditure column); 收入总计 = 支出总计.
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
                if (Find(LineLabels.IncomeTotal()) is { } income && Find(LineLabels.IncomeOfYear()) is { } current
                    && Find(LineLabels.CarriedOver()) is { } carryover
                    && SumCheck.Compare(Id, $"{income.Name} != {current.Name} + {carryover.Name}", income, [current, carryover]) is { } f1)
                    yield return f1;
                if (Find(LineLabels.ExpenditureOrFunctionTotal()) is { } spent && Find(LineLabels.AnyExpenditureOfYear()) is { } spentNow
                    && Find(LineLabels.CarriedForward()) is { } forward
                    && SumCheck.Compare(Id, $"{spent.Name} != {spentNow.Name} + {forward.Name}", spent, [spentNow, forward]) is { } f2)
                    yield return f2;
            }
            // Each side's total is its first amount column; the expenditure side's further columns (basic,
            // project, by fund) break the total down and do not balance income on their own.
            var incomeTotal = table.Where(LineLabels.IncomeTotal().Names).MinBy(i => i.Col);
            var expenditureTotal = table.Where(LineLabels.ExpenditureTotal().Names).MinBy(i => i.Col);
            if (incomeTotal is not null && expenditureTotal is not null
                && SumCheck.Compare(Id, $"{expenditureTotal.Name} != {incomeTotal.Name}", expenditureTotal, [incomeTotal]) is { } f3)
                yield return f3;
        }
    }
}
