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
            // A column the schema does not name may be no money at all (the national template's 行次).
            foreach (var column in table.Where(i => !Measures.IsOther(i.Measure)).GroupBy(i => i.Col))
                foreach (var side in SideBalance(column.Where(i => i.IsPrinted).OrderBy(i => i.Row).ToList()))
                    yield return side;
            // Each side's total is its first amount column; the expenditure side's further columns (basic,
            // project, by fund) break the total down and do not balance income on their own.
            var incomeTotal = LineNames.IncomeTotal(table);
            var expenditureTotal = LineNames.ExpenditureTotal(table);
            // A final account prints 总计 at the foot of both sides: the income side's is its first.
            if (incomeTotal is null && expenditureTotal is null
                && table.Where(LineLabels.Total().Names).Where(i => i.Measure is Measures.Amount or Measures.Total).DistinctBy(i => i.Col).OrderBy(i => i.Col).Take(2).ToList() is [var left, var right])
                (incomeTotal, expenditureTotal) = (left, right);
            if (incomeTotal is not null && expenditureTotal is not null
                && SumCheck.Compare(Id, $"{expenditureTotal.Name} != {incomeTotal.Name}", expenditureTotal, [incomeTotal]) is { } f3)
                yield return f3;
        }
        foreach (var finding in StatedBalance(document)) yield return finding;
    }

    /// <summary>
    /// A side's total against its year's total and what is carried between them: 收入总计 = 本年收入合计 + 上年结转
    /// (the standard template's 五、上年结转, Jiangsu's 上年结转资金), a final account's 总计 = 本年收入合计 + 使用非财政拨款结余
    /// + 年初结转和结余, 支出总计 = 本年支出合计 + 结转下年, 总计 = 本年支出合计 + 结余分配 + 年末结转和结余. Of the lines
    /// between, those without an enumerator are what is carried where there are any (年初财政拨款结转和结余 over its funds
    /// 一、… 二、…); else the shallowest enumerated ones (五、上年结转 over its （一）…). Only printed figures are read: a year's
    /// total left blank above a printed 支出总计 (the Hubei rebuild's 财政拨款收支总表) leaves nothing to add up, and a printed
    /// line between them that says no carrying (提取职工福利基金 listed under 结余分配) leaves the side unchecked.
    /// </summary>
    private IEnumerable<Finding> SideBalance(List<LineItem> column)
    {
        int year = column.FindIndex(LineLabels.AnyOfYear().Names);
        if (year < 0) yield break;
        int side = column.FindIndex(year + 1, i => LineLabels.SideTotal().Names(i));
        if (side < 0) yield break;
        var carried = column.Skip(year + 1).Take(side - year - 1).Where(i => !LineLabels.OfWhich().Names(i)).ToList();
        var funds = FundsOfCarrying(carried);
        foreach (var (carrying, parts) in funds)
            if (SumCheck.Compare(Id, $"{carrying.Name} != sum of its {parts.Count} funds", carrying, parts, blanksAreZeros: true) is { } byFund)
                yield return byFund;
        if (CarriedParts([.. carried.Except(funds.SelectMany(f => f.Parts))]) is not { } carriedParts) yield break;
        var total = column[side];
        if (SumCheck.Compare(Id, string.Join(" + ", [$"{total.Name} != {column[year].Name}", .. carriedParts.Select(p => p.Name)]), total, [column[year], .. carriedParts],
                blanksAreZeros: true) is { } balance)
            yield return balance;
    }

    /// <summary>
    /// A carrying line's funds printed under it without enumerators (a final account's 年初财政拨款结转和结余 over 一般公共预算财政拨款,
    /// 政府性基金预算财政拨款, 国有资本经营预算财政拨款, round LC's Inner Mongolia): its parts, not carryings of their own.
    /// </summary>
    private static List<(LineItem Carrying, List<LineItem> Parts)> FundsOfCarrying(List<LineItem> carried)
    {
        var found = new List<(LineItem, List<LineItem>)>();
        for (int k = 0; k < carried.Count; k++)
        {
            if (LineLabels.CarryKind(carried[k].Name) is null) continue;
            var parts = carried.Skip(k + 1).TakeWhile(i => IsFund(LineLabels.Bare(i.Name))).ToList();
            if (parts.Count > 0) found.Add((carried[k], parts));
        }
        return found;
    }

    private static bool IsFund(string label) =>
        LineLabels.GeneralBudgetIncome().IsMatch(label) || LineLabels.GovernmentFundIncome().IsMatch(label) || LineLabels.StateCapitalIncome().IsMatch(label);

    /// <summary>
    /// What is carried between a side's year total and its total, printed: the lines without an enumerator where there
    /// are any, each a different kind of carrying (年初财政拨款结转和结余 above the funds it lists as 一、… 二、…); else the
    /// shallowest enumerated ones (五、上年结转 above its （一）…). Null where the lines do not say it plainly: a line of
    /// another kind (a part of 结余分配 listed without its own 其中), two lines of one kind (上年结转 above 一般公共预算拨款
    /// 上年结转), an enumerated carrying beside unenumerated ones, or a part printed under a line left blank.
    /// </summary>
    private static List<LineItem>? CarriedParts(List<LineItem> carried)
    {
        var plain = carried.Where(i => LineLabels.EnumeratorDepth(i.Name) is null).ToList();
        var enumerated = carried.Where(i => LineLabels.EnumeratorDepth(i.Name) is not null).ToList();
        if (plain.Count > 0)
        {
            var kinds = plain.Select(i => LineLabels.CarryKind(i.Name)).ToList();
            if (kinds.Any(k => k is null) || kinds.Distinct().Count() < kinds.Count) return null;
            return enumerated.Any(i => LineLabels.CarryKind(i.Name) is not null) ? null : plain;
        }
        if (enumerated.Count == 0) return [];
        int shallowest = enumerated.Min(i => LineLabels.EnumeratorDepth(i.Name)!.Value);
        // A deeper line before the first at the shallowest depth sits under a line printed blank: its parts are not known.
        if (LineLabels.EnumeratorDepth(enumerated[0].Name) != shallowest) return null;
        return [.. enumerated.Where(i => LineLabels.EnumeratorDepth(i.Name) == shallowest)];
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
