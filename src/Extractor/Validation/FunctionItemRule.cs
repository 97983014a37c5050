using Extractor.Mapping;
using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// <c>narrative.table</c> for the narrative's paragraphs on single function lines (<see cref="FactKeys.FunctionItem"/>):
/// the amount stated first, and the amount restated as 预算安排, each equal the function line the tables print
/// for that code, at the narrative's printed precision. A paragraph may describe the general-budget table, the
/// expenditure summary (Jiangsu's 支出预算总计 by class) or a final account's actuals, and its total, basic or
/// project column: a stated amount that equals any of those lines of its code is read as describing that
/// one; one that equals none is flagged against the general-budget line (or the first there is). Where no
/// table prints the code, the two amounts the paragraph states are compared with each other.
/// </summary>
public sealed class FunctionItemRule : IConsistencyRule
{
    public string Id => RuleIds.NarrativeTable;

    /// <summary>The tables whose function lines a paragraph may describe, the one it is flagged against first.</summary>
    private static readonly string[] Tables =
    [
        TableTypes.GeneralBudgetExpenditureByFunction, TableTypes.GeneralBudgetExpenditure, TableTypes.FiscalAppropriationExpenditure, TableTypes.ExpenditureSummary,
        TableTypes.FiscalAppropriationSummary, TableTypes.GovernmentFundExpenditure, TableTypes.StateCapitalExpenditure,
    ];

    /// <summary>
    /// The columns: the general budget's part of a line split by fund first (a paragraph on the general budget's spending states
    /// it), the whole line, then its basic and project parts; a final account's 决算数 columns (actual.…) alike.
    /// </summary>
    private static readonly string[] Columns = [Measures.FundGeneralBudget, Measures.Total, Measures.Amount, Measures.BasicTotal, Measures.ProjectTotal];

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        // A code printed per unit holds one unit's figure on each line, not the department's the paragraph states.
        var units = new UnitBlocks(document.LineItems);
        var lines = ItemLines(document, units);
        // The summaries' class lines (over all funds), found once for the document.
        var classLines = new Lazy<List<(LineItem Line, string Code)>>(() =>
            [.. ClassLines.Of(document).Where(c => c.Line.TableType != TableTypes.FiscalAppropriationSummary)]);
        foreach (var fact in document.Facts.Where(f => f.Key == FactKeys.FunctionItem && f.PrintedUnit is not null))
        {
            var candidates = fact.Code is null ? null : lines.GetValueOrDefault(fact.Code);
            // A class listed with its share of the general budget describes the general-budget line only.
            if (candidates is not null && fact.Code!.Length == 3 && fact.ShareOf != FactKeys.GeneralBudgetTotal)
                candidates = [.. candidates, .. classLines.Value.Where(c => c.Code == fact.Code).Select(c => c.Line)];
            if (candidates is null)
            {
                if (fact.Planned is { } planned && planned != fact.Value)
                    yield return SumCheck.Graded(Id, $"narrative {fact.Name}: stated amount vs its 预算安排", planned, fact.Value, tolerance: 0, [SumCheck.Ref(fact)]);
                continue;
            }
            if (fact.Execution?.Budget is { } budget && BudgetMismatch(document, fact, budget, units) is { } unmet) yield return unmet;
            if (fact.Execution?.InitialBudget is { } initial && InitialBudgetMismatch(document, fact, initial, units) is { } unmetInitial) yield return unmetInitial;
            foreach (var part in StatedParts(document, fact, candidates)) yield return part;
            foreach (var stated in new[] { fact.Value, fact.Planned }.OfType<decimal>().Distinct())
            {
                // The figure keeps the decimals it was printed with (万元 × 10000 adds none).
                decimal digit = FactPrecision.LastDigitInYuan(fact with { Value = stated });
                if (candidates.Any(line => FactPrecision.Restates(line, stated, digit))) continue;
                if (fact.ShareOf != FactKeys.GeneralBudgetTotal && AppropriatedOverFunds(candidates) is { } overFunds
                    && FactPrecision.Restates(overFunds, stated, digit)) continue;
                var line = candidates[0];
                yield return SumCheck.Graded(Id, $"narrative {fact.Code} {fact.Name} vs table", line.Amount, stated, tolerance: 0,
                    [SumCheck.Ref(fact), SumCheck.Ref(line)]);
            }
        }
    }

    /// <summary>
    /// The code's appropriated spending over all funds: its general-budget line with its government-fund and state-capital lines
    /// added (round EI's Beijing: "财政拨款支出主要用于：…城乡社区支出14,581.24万元" of a class the general budget and the government
    /// funds each spend part of); null where no fund's table prints the code beside the general budget's. Not for a class stated
    /// as a share of the general budget, which is that budget's line alone.
    /// </summary>
    private static decimal? AppropriatedOverFunds(List<LineItem> candidates)
    {
        decimal? Whole(params string[] tableTypes) => candidates.FirstOrDefault(l => Array.IndexOf(tableTypes, l.TableType) >= 0
            && Measures.WithoutActual(l.Measure) is Measures.Total or Measures.Amount)?.Amount;
        var funds = new[] { Whole(TableTypes.GovernmentFundExpenditure), Whole(TableTypes.StateCapitalExpenditure) }.OfType<decimal>().ToList();
        return Whole(TableTypes.GeneralBudgetExpenditureByFunction, TableTypes.GeneralBudgetExpenditure) is { } general && funds.Count > 0 ? general + funds.Sum() : null;
    }

    /// <summary>
    /// The basic and project parts the item's paragraph states (<see cref="FactKeys.FunctionItemBasic"/>, <see cref="FactKeys.FunctionItemProject"/>)
    /// against the item's basic and project lines, the first table's printing them (rounds FC, FI: "其中：基本支出473.19万元" where
    /// 2110302's 基本支出 is 437.19).
    /// </summary>
    private IEnumerable<Finding> StatedParts(ExtractedDocument document, Fact item, List<LineItem> candidates)
    {
        // They follow the item's own fact, as its paragraph states them after it.
        foreach (var part in document.Facts.SkipWhile(f => !ReferenceEquals(f, item)).Skip(1)
                     .TakeWhile(f => f.Key is FactKeys.FunctionItemBasic or FactKeys.FunctionItemProject).Where(f => f.PrintedUnit is not null))
        {
            string measure = part.Key == FactKeys.FunctionItemBasic ? Measures.BasicTotal : Measures.ProjectTotal;
            var lines = candidates.Where(l => Measures.WithoutActual(l.Measure) == measure).ToList();
            decimal digit = FactPrecision.LastDigitInYuan(part);
            // As the item's own figure, a part may describe any table's line of its code (the general budget's, the department's).
            if (lines.Count == 0 || lines.Any(l => FactPrecision.Restates(l, part.Value, digit))) continue;
            var line = lines[0];
            yield return SumCheck.Graded(Id, $"narrative {item.Code} {item.Name} {measure} vs table", line.Amount, part.Value, tolerance: 0,
                [SumCheck.Ref(part), SumCheck.Ref(line)]);
        }
    }

    /// <summary>
    /// The lines the function tables print for each code, the department's own, in the order a paragraph's figure is held
    /// to them: by table (<see cref="Tables"/>), then the whole line before its basic and project parts.
    /// </summary>
    internal static Dictionary<string, List<LineItem>> ItemLines(ExtractedDocument document, UnitBlocks units)
    {
        // A line printing its subject under another code than the other tables do is that subject's (round EO's Guangdong: 耕地建设与利用
        // printed 2130135 in the general budget's table, 2130153 in the others).
        return document.LineItems
            .Where(i => i.Dimension == Dimensions.Function && i.Code is not null && Array.IndexOf(Tables, i.TableType) >= 0 && !units.PerUnit(i)
                && Array.IndexOf(Columns, Measures.WithoutActual(i.Measure)) >= 0 && i.IsPrinted)
            .GroupBy(units.SubjectCode).ToDictionary(g => g.Key, g => g.OrderBy(i => Array.IndexOf(Tables, i.TableType))
                .ThenBy(i => Array.IndexOf(Columns, Measures.WithoutActual(i.Measure))).ThenBy(i => (i.TableId, i.Row)).ToList());
    }

    /// <summary>
    /// A final account's paragraph states the item's budget beside its actual (年初预算为36.03万元，支出决算为35.72万元): where a
    /// table prints the code's budget (年初预算数 or 调整预算数 columns), the stated budget equals one of them, at its printed
    /// precision; null when it does, or when no table prints a budget for the code.
    /// </summary>
    private Finding? BudgetMismatch(ExtractedDocument document, Fact fact, decimal budget, UnitBlocks units)
    {
        var budgets = TableBudgets(document, fact, units);
        decimal digit = FactPrecision.LastDigitInYuan(fact with { Value = budget });
        if (budgets.Count == 0 || budgets.Any(line => FactPrecision.Restates(line, budget, digit))) return null;
        // A 年初预算数 stated nil where the tables print none for the code (the cell left blank beside a 调整预算数: round BE's
        // Guangdong, "年初预算为0万元" of a line printing 42.82 as its adjusted budget alone) is the blank cell.
        if (budget == 0 && fact.Execution?.InitialBudget is null && !budgets.Any(IsInitial)) return null;
        return SumCheck.Graded(Id, $"narrative {fact.Code} {fact.Name} budget vs table", budgets[0].Amount, budget, tolerance: 0,
            [SumCheck.Ref(fact), SumCheck.Ref(budgets[0])]);
    }

    /// <summary>
    /// A 年初预算 stated beside the 调整 one against the 年初预算数 the tables print for the code (round GU's Chongqing: "年初预算为2040.00万元，
    /// 调整预算为2420.00万元" of a line printing 2400.00 and 2420.00), which the check of the budget lets pass as long as either
    /// column holds the 调整 one; null where it is one of them, or where no table prints one beside an adjusted budget (a bare
    /// 预算数 beside the 决算数 may hold either).
    /// </summary>
    private Finding? InitialBudgetMismatch(ExtractedDocument document, Fact fact, decimal initial, UnitBlocks units)
    {
        var initials = InitialLines(TableBudgets(document, fact, units));
        decimal digit = FactPrecision.LastDigitInYuan(fact with { Value = initial });
        if (initials.Count == 0 || initials.Any(line => FactPrecision.Restates(line, initial, digit))) return null;
        return SumCheck.Graded(Id, $"narrative {fact.Code} {fact.Name} initial budget vs table", initials[0].Amount, initial, tolerance: 0,
            [SumCheck.Ref(fact), SumCheck.Ref(initials[0])]);
    }

    /// <summary>
    /// The 年初预算数 lines among an item's budget lines, where they print an adjusted budget beside them (none where the table prints
    /// a single budget column, which a bare 预算数 heads: it may hold the adjusted one).
    /// </summary>
    internal static List<LineItem> InitialLines(IReadOnlyList<LineItem> budgets) =>
        budgets.Any(line => !IsInitial(line)) ? [.. budgets.Where(IsInitial)] : [];

    private static bool IsInitial(LineItem line) => line.Measure.StartsWith(Measures.BudgetInitial, StringComparison.Ordinal);

    /// <summary>
    /// The budget lines the function tables print for an item's code, the department's own: 年初预算数 first, or 调整预算数 first
    /// where the paragraph states both budgets, its budget then the 调整 one (round BE's Zhejiang: "年初预算为1272.18万元，调整预算为
    /// 1182.22万元" of a line printing 1,188.22 as its 调整预算数).
    /// </summary>
    internal static List<LineItem> TableBudgets(ExtractedDocument document, Fact fact, UnitBlocks units)
    {
        bool adjustedStated = fact.Execution?.InitialBudget is not null;
        return [.. document.LineItems
            .Where(i => i.Dimension == Dimensions.Function && i.Code == fact.Code && Array.IndexOf(Tables, i.TableType) >= 0 && !units.PerUnit(i)
                && i.IsPrinted && IsWholeBudget(i.Measure))
            .OrderBy(i => Array.IndexOf(Tables, i.TableType))
            .ThenBy(i => IsInitial(i) != adjustedStated ? 0 : 1)];
    }

    /// <summary>A budget column of the whole line: 年初预算数 or 调整预算数 alone, or the total under either.</summary>
    private static bool IsWholeBudget(string measure) =>
        measure is Measures.BudgetInitial or Measures.BudgetAdjusted
        || Measures.SplitPhase(measure) is (Measures.BudgetInitial or Measures.BudgetAdjusted, Measures.Total);
}
