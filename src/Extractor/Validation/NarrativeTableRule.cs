using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// <c>narrative.table</c>: a figure the narrative states equals the table line it describes — 三公 and its
/// parts in the 三公 table, the procurement total in 政府采购表, total, basic and project expenditure in the
/// top line of 部门支出总表 and (一般公共预算) of 一般公共预算支出表, 财政拨款收支总预算 in its summary's 收入总计, the budget of the projects with performance targets in their forms. One printed value against another: any difference is an error, after rounding the
/// table's figure to the narrative's printed precision (a table in 元 described in 万元).
/// </summary>
public sealed class NarrativeTableRule : IConsistencyRule
{
    public string Id => RuleIds.NarrativeTable;

    /// <summary>
    /// Fact key → the table, the line (by name, or null for the table's top line) and the measure; where a key
    /// is paired with two tables, the first the document prints is used.
    /// </summary>
    private static readonly (string Fact, string TableType, Func<Regex>? Line, Func<string, bool> Measure)[] Pairs =
    [
        (FactKeys.ThreePublicTotal, TableTypes.ThreePublicExpenses, LineLabels.Total, _ => true),
        (FactKeys.ThreePublicOverseas, TableTypes.ThreePublicExpenses, LineLabels.Overseas, _ => true),
        (FactKeys.ThreePublicVehicle, TableTypes.ThreePublicExpenses, LineLabels.Vehicle, _ => true),
        (FactKeys.ThreePublicReception, TableTypes.ThreePublicExpenses, LineLabels.Reception, _ => true),
        (FactKeys.ProcurementTotal, TableTypes.GovernmentProcurement, LineLabels.Total, m => m == Measures.Total),
        (FactKeys.OperatingCosts, TableTypes.OperatingCosts, null, m => m == Measures.OperatingCosts),
        (FactKeys.ExpenditureTotal, TableTypes.ExpenditureSummary, null, m => m == Measures.Total),
        (FactKeys.ExpenditureBasic, TableTypes.ExpenditureSummary, null, m => m == Measures.BasicTotal),
        (FactKeys.ExpenditureProject, TableTypes.ExpenditureSummary, null, m => m == Measures.ProjectTotal),
        (FactKeys.GeneralBudgetTotal, TableTypes.GeneralBudgetExpenditure, null, m => m == Measures.Total),
        (FactKeys.GeneralBudgetBasic, TableTypes.GeneralBudgetExpenditure, null, m => m == Measures.BasicTotal),
        (FactKeys.GeneralBudgetBasic, TableTypes.GeneralBudgetExpenditureByFunction, null, m => m == Measures.BasicTotal),
        (FactKeys.GeneralBudgetProject, TableTypes.GeneralBudgetExpenditure, null, m => m == Measures.ProjectTotal),
        (FactKeys.FiscalAppropriationTotal, TableTypes.FiscalAppropriationSummary, LineLabels.GrandTotal, _ => true),
        (FactKeys.IncomeExpenditureTotal, TableTypes.IncomeExpenditureSummary, LineLabels.GrandTotal, _ => true),
    ];

    /// <summary>The table line a fact key describes (the first of its pairs the document prints), or null.</summary>
    public static LineItem? TableLine(ExtractedDocument document, string factKey) =>
        Pairs.Where(p => p.Fact == factKey).Select(p => p.Line is null
                ? LineNames.TopLine(document, p.TableType, p.Measure)
                : document.LineItems.Where(i => i.TableType == p.TableType && p.Measure(i.Measure)).Where(p.Line().Names).MinBy(i => (i.TableId, i.Row, i.Col)))
            .FirstOrDefault(i => i is not null && (i.IsPrinted || PrintedBlank(document, i.TableId)));

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        foreach (var pairs in Pairs.GroupBy(p => p.Fact))
        {
            var item = TableLine(document, pairs.Key);
            if (item is null) continue;
            // Each statement of the figure (a narrative may state it in two sections), once; a budget carried out
            // is compared column by column below.
            foreach (var fact in document.Facts.Where(f => f.Key == pairs.Key && f.Execution is null).DistinctBy(f => (f.Value, f.Page)))
            {
                if (RoundedAsStated(item.Amount, fact) == fact.Value) continue;
                yield return SumCheck.Graded(Id, $"narrative {pairs.Key} vs table", item.Amount, fact.Value, tolerance: 0, [SumCheck.Ref(fact), SumCheck.Ref(item)]);
            }
        }
        foreach (var finding in ThreePublicCarriedOut(document)) yield return finding;
        foreach (var finding in PerformanceProjectFunds(document)) yield return finding;
    }

    /// <summary>
    /// "编报绩效目标的项目5个，涉及项目预算资金3328.13万元" against the performance forms the document prints: where it prints
    /// a form for each of the projects it counts, their year's requests (年度资金申请总额, else the project's total)
    /// add up to the stated figure. A document that prints the forms of some projects only states nothing checkable.
    /// </summary>
    private IEnumerable<Finding> PerformanceProjectFunds(ExtractedDocument document)
    {
        var forms = document.LineItems.Where(i => i.TableType == TableTypes.ProjectPerformanceTargets)
            .GroupBy(i => (i.TableId, i.Name))
            .Select(form => form.FirstOrDefault(i => i.Measure == Measures.ProjectFundsAnnual) ?? form.FirstOrDefault(i => i.Measure == Measures.ProjectFundsTotal))
            .OfType<LineItem>().ToList();
        var counted = document.Facts.FirstOrDefault(f => f.Key == FactKeys.PerformanceProjects);
        if (forms.Count == 0 || counted?.Value != forms.Count) yield break;
        decimal sum = forms.Sum(i => i.Amount);
        foreach (var fact in document.Facts.Where(f => f.Key == FactKeys.PerformanceProjectFunds).DistinctBy(f => (f.Value, f.Page)))
        {
            if (RoundedAsStated(sum, fact) == fact.Value) continue;
            yield return SumCheck.Graded(Id, $"narrative {fact.Key} vs the {forms.Count} project performance forms", sum, fact.Value,
                tolerance: 0, [SumCheck.Ref(fact), .. forms.Select(SumCheck.Ref)]);
        }
    }

    /// <summary>
    /// A final account's 三公 statement ("“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.00万元") against the 三公
    /// table's top line: the actual figure against its 决算数 column, the budget against a 预算数 column (年初 or
    /// 全年). A table printed entirely blank states zero in every column.
    /// </summary>
    private IEnumerable<Finding> ThreePublicCarriedOut(ExtractedDocument document)
    {
        if (document.Tables.FirstOrDefault(t => t.Type == TableTypes.ThreePublicExpenses) is not { } table) yield break;
        var printed = document.LineItems.Where(i => i.TableId == table.Id && i.IsPrinted).ToList();
        var blankTable = new FindingRef { TableId = table.Id, TableType = table.Type, Page = table.Pages.FirstOrDefault() };
        List<(decimal Amount, FindingRef Ref)> Column(params string[] measures) => printed.Count == 0 ? [(0m, blankTable)]
            : [.. printed.Where(i => measures.Contains(i.Measure)).OrderBy(i => (i.Row, i.Col)).Take(1).Select(i => (i.Amount, SumCheck.Ref(i)))];
        var actual = Column($"{Measures.Actual}.{Measures.Total}");
        var budgets = Column($"{Measures.BudgetInitial}.{Measures.Total}", $"{Measures.BudgetAdjusted}.{Measures.Total}");
        foreach (var fact in document.Facts.Where(f => f.Key == FactKeys.ThreePublicTotal && f.Execution is not null))
        {
            foreach (var (figure, column) in new[] { (fact.Value, actual), (fact.Execution!.Budget, budgets) })
            {
                if (column.Count == 0 || column.Any(c => RoundedAsStated(c.Amount, fact) == figure)) continue;
                yield return SumCheck.Graded(Id, $"narrative {fact.Key} {(column == actual ? "actual" : "budget")} vs table", column[0].Amount, figure,
                    tolerance: 0, [SumCheck.Ref(fact), column[0].Ref]);
            }
        }
    }

    /// <summary>A table's figure rounded to the digit the narrative prints the fact to.</summary>
    private static decimal RoundedAsStated(decimal amount, Fact fact)
    {
        decimal digit = FactPrecision.LastDigitInYuan(fact);
        return Math.Round(amount / digit, MidpointRounding.AwayFromZero) * digit;
    }

    /// <summary>
    /// A table whose every figure is printed blank (a 三公 table left empty): it states zero, so a narrative that
    /// gives a figure for it disagrees with it. A table with any figure printed is read line by line instead.
    /// </summary>
    private static bool PrintedBlank(ExtractedDocument document, string tableId) =>
        document.LineItems.Where(i => i.TableId == tableId).All(i => !i.IsPrinted);
}
