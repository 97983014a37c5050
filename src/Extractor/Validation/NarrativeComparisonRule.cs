using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// <c>narrative.comparison</c>: a final account's stated comparison of a line's actual figure with its budget
/// (决算数大于 / 小于预算数, 持平, 比预算数减少…) agrees with the two figures; a stated difference (决算数大于预算数55.93万元)
/// is the actual less the budget. The budget is the one stated, else the one the 三公 table prints, else the actual
/// less the stated difference; against it the stated completion rate (完成年初预算的98.20%) and the difference's rate
/// (比预算数减少1188万元，下降23.70%) are checked at the printed precision (<c>narrative.share</c>). 基本持平 is a
/// judgement, not arithmetic: it is not checked.
/// </summary>
public sealed class NarrativeComparisonRule : IConsistencyRule
{
    public string Id => RuleIds.NarrativeComparison;

    public IReadOnlyList<string> Emits => [RuleIds.NarrativeComparison, RuleIds.NarrativeShare];

    private const string Share = RuleIds.NarrativeShare;

    private static readonly Dictionary<string, string> Words = new()
    {
        ["greater"] = "greater than", ["less"] = "less than", ["equal"] = "equal to",
    };

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        int decimals = FactPrecision.NarrativeDecimals(document);
        var units = new Lazy<UnitBlocks>(() => new UnitBlocks(document.LineItems));
        var itemLines = new Lazy<Dictionary<string, List<LineItem>>>(() => FunctionItemRule.ItemLines(document, units.Value));
        foreach (var fact in document.Facts)
        {
            if (fact.Execution is not { } execution) continue;
            // A 三公 part's statement may give only its rate: its budget is the one the 三公 table prints.
            var tableBudget = execution.Budget is null ? NarrativeTableRule.ThreePublicLine(document, fact.Key, budget: true) : null;
            var actual = new PrintedRate.Rounded(fact.Value, FactPrecision.HalfDigitInYuan(fact, fact.Value, decimals));
            PrintedRate.Rounded? given = execution.Budget is { } stated ? new(stated, FactPrecision.HalfDigitInYuan(fact, stated, decimals))
                : tableBudget is not null ? Rounded(tableBudget) : null;
            FindingRef[] refs = [SumCheck.Ref(fact), .. tableBudget is null ? Array.Empty<FindingRef>() : [SumCheck.Ref(tableBudget)]];
            var difference = Difference(fact, execution, decimals);
            // An item's completion stated without its budget (Guangdong: "支出决算为811.60万元…。决算数为年初预算的94.87%"): of a budget the
            // function tables print for its code, the rate holding against any of them.
            if (given is null && difference is null && execution.CompletionPct is { } itemPct && fact.Key == FactKeys.FunctionItem && fact.Code is not null
                && FunctionItemRule.TableBudgets(document, fact, units.Value) is [var itemBudget, .. var otherBudgets])
            {
                var itemLine = itemLines.Value.GetValueOrDefault(fact.Code)?.FirstOrDefault();
                if (Completion(itemPct, actual, Rounded(itemBudget), [.. otherBudgets.Select(l => (PrintedRate.Rounded?)Rounded(l))],
                        itemLine is { } printed && printed.Amount != fact.Value ? Rounded(printed) : null,
                        "stated completion of the budget the tables print", [SumCheck.Ref(fact), SumCheck.Ref(itemBudget)]) is { } itemFinding)
                    yield return itemFinding;
                continue;
            }
            if (given is { } budget)
            {
                // With both budgets printed, a statement holding against either is not flagged, whichever it names.
                PrintedRate.Rounded? initial = execution.InitialBudget is { } i ? new(i, FactPrecision.HalfDigitInYuan(fact, i, decimals)) : null;
                // One that holds against neither is told against the budget it names (决算数比年初预算增加10.13万元: the 年初 one).
                bool comparedWithInitial = execution.ComparisonOfInitial && initial is { Value: not 0 };
                var (named, other) = comparedWithInitial ? (initial!.Value, (PrintedRate.Rounded?)budget) : (budget, initial);
                // An item's budget the tables print otherwise (round AX's Chongqing: "年初预算为48.21万元，比年初预算增加2.49万元，完成年初
                // 预算的105.27%" of a line printing 47.21) is the stated budget's misprint, which function_item reports: a difference
                // and a rate that hold against the table's budget are not flagged.
                // Not where the tables print the stated budget among theirs (round EG's Zhejiang: 年初 600.00 | 全年 700.00, "全年预算数为700.00
                // 万元…完成全年预算的114.04%", a rate of the 年初 one that the 全年 one names).
                var itemsTableBudgets = fact.Key == FactKeys.FunctionItem && fact.Code is not null ? FunctionItemRule.TableBudgets(document, fact, units.Value) : [];
                PrintedRate.Rounded? itemsTableBudget = execution.Budget is { } statedBudget && itemsTableBudgets.FirstOrDefault() is { } budgetLine
                    && !itemsTableBudgets.Any(l => FactPrecision.Restates(l, statedBudget, FactPrecision.LastDigitInYuan(fact with { Value = statedBudget })))
                    ? Rounded(budgetLine) : null;
                // So for a 年初预算 stated beside the 调整 one and printed otherwise (round GU's Chongqing: "年初预算为2040.00万元，调整预算为
                // 2420.00万元，…完成年初预算的95.37%" of a line printing 2400.00 as its 年初预算数).
                PrintedRate.Rounded? itemsTableInitial = execution.InitialBudget is { } statedInitial
                    && FunctionItemRule.InitialLines(itemsTableBudgets) is [var initialLine, ..] initialLines
                    && !initialLines.Any(l => FactPrecision.Restates(l, statedInitial, FactPrecision.LastDigitInYuan(fact with { Value = statedInitial })))
                    ? Rounded(initialLine) : null;
                // A rate computed from the table's figure where the narrative misprints the amount (round V's Heilongjiang: "“三公”经费
                // …决算18.05万元…年初预算18.22万元，完成预算的91.93%", the table's 16.75 of 18.22) is the amount's misprint, which
                // narrative.table reports, not the rate's.
                // So for an item's paragraph against its function line (round BE's Guangdong: "支出决算为898.5万元，完成年初预算的129.35%"
                // of a line printing 889.56), and for its comparison (round BM's Anhui: "支出决算为234.89万元…决算数大于年初预算数"
                // of a budget of 241.80 and a line printing 254.89).
                // So for a key project's (round FS's Guizhou: "预算安排…，实际支出…，预算执行率95.44%" of a 项目支出决算表 printing
                // another 实际支出).
                var tableLine = fact.Key == FactKeys.FunctionItem
                    ? fact.Code is null ? null : itemLines.Value.GetValueOrDefault(fact.Code)?.FirstOrDefault()
                    : NarrativeChangeRule.CurrentLine(document, fact);
                PrintedRate.Rounded? tabled = tableLine is { } line && line.Amount != fact.Value
                    ? Rounded(line) : null;
                var findings = AgainstGivenBudget(execution, actual, named, difference, refs).ToList();
                if (findings.Count > 0 && (new[] { other, itemsTableBudget, itemsTableInitial }.Any(b => b is { } either && !AgainstGivenBudget(execution, actual, either, difference, refs).Any())
                    || tabled is { } tableActual && !AgainstGivenBudget(execution, tableActual, named, difference, refs).Any()))
                    findings.Clear();
                foreach (var finding in findings) yield return finding;
                // A rate naming the 年初 budget is told against it, and a second one naming the 全年 budget against that; either
                // holding against the other budget is not flagged.
                // (Putuo's "年初预算为0万元，全年预算为321.02万元，…完成年初预算的95.89%" is of the 全年 one.)
                bool ofInitial = execution.CompletionOfInitial && initial is { Value: not 0 };
                if (execution.CompletionPct is { } pct
                    && Completion(pct, actual, ofInitial ? initial!.Value : budget, [ofInitial ? budget : initial, itemsTableBudget, itemsTableInitial], tabled, "stated completion of the budget", refs) is { } completionFinding)
                    yield return completionFinding;
                if (execution.AdjustedCompletionPct is { } adjustedPct
                    && Completion(adjustedPct, actual, budget, [initial, itemsTableBudget], tabled, "stated completion of the adjusted budget", refs) is { } adjustedFinding)
                    yield return adjustedFinding;
                continue;
            }
            // No budget printed: the actual less the signed difference is the budget both rates are computed against.
            if (difference is not { } signed) continue;
            if (execution.CompletionPct is { } completion
                && !PrintedRate.Admits(completion, (a, d) => PrintedRate.Percent(a, a - d), actual, signed, out decimal expectedCompletion))
                yield return SumCheck.Graded(Share, "stated completion of the budget (actual less the stated difference)", expectedCompletion, completion, tolerance: 0, refs, FindingFigures.Rates);
            if (execution.DifferencePct is { } differencePct
                && !PrintedRate.Admits(differencePct, (a, d) => PrintedRate.Percent(Math.Abs(d), a - d), actual, signed, out decimal expectedRate))
                yield return SumCheck.Graded(Share, "stated rate of the difference from the budget", expectedRate, differencePct, tolerance: 0, refs, FindingFigures.Rates);
        }
    }

    /// <summary>A table line's figure with what rounding to print may have moved it by.</summary>
    private static PrintedRate.Rounded Rounded(LineItem line) => new(line.Amount, SumCheck.HalfLastDigitInYuan([line]));

    /// <summary>
    /// A stated completion rate that is the actual's share of neither the budget it names nor any of the others (the other one
    /// printed, the table's budget of an item's kind where the paragraph misprints its own), nor the table's actual figure's
    /// (where the narrative misprints the amount) of the named budget: the finding, told against the named budget; null where
    /// it holds.
    /// </summary>
    private static Finding? Completion(decimal pct, PrintedRate.Rounded actual, PrintedRate.Rounded named, PrintedRate.Rounded?[] others,
        PrintedRate.Rounded? tabled, string what, FindingRef[] refs) =>
        named.Value != 0
            && !PrintedRate.Admits(pct, PrintedRate.Percent, actual, named, out decimal rounded)
            && !others.Any(other => other is { Value: not 0 } of && PrintedRate.Admits(pct, PrintedRate.Percent, actual, of, out _))
            && !(tabled is { } table && PrintedRate.Admits(pct, PrintedRate.Percent, table, named, out _))
            ? SumCheck.Graded(Share, what, rounded, pct, tolerance: 0, refs, FindingFigures.Rates)
            : null;

    /// <summary>The stated comparison and difference against a budget the text or the 三公 table prints.</summary>
    private IEnumerable<Finding> AgainstGivenBudget(BudgetExecution execution, PrintedRate.Rounded actual, PrintedRate.Rounded budget,
        PrintedRate.Rounded? difference, FindingRef[] refs)
    {
        // Within what rounding to print may have moved the two: 5.48万元 stated equal to a table's 54,812元 is.
        decimal rounding = actual.Half + budget.Half;
        bool agrees = execution.Stated switch
        {
            "greater" => actual.Value > budget.Value - rounding,
            "less" => actual.Value < budget.Value + rounding,
            "equal" => Math.Abs(actual.Value - budget.Value) <= rounding,
            _ => true,
        };
        if (!agrees)
        {
            yield return SumCheck.Graded(Id, $"stated: actual {Words[execution.Stated!]} budget", budget.Value, actual.Value, tolerance: 0, refs, FindingFigures.ActualAgainstBudget);
            yield break;
        }
        if (difference is { } signed && actual.Value - budget.Value != signed.Value)
            yield return SumCheck.Graded(Id, "stated difference from the budget", actual.Value - budget.Value, signed.Value,
                actual.Half + budget.Half + signed.Half, refs);
        if (execution.DifferencePct is { } pct && budget.Value != 0
            && !PrintedRate.Admits(pct, (a, b) => PrintedRate.Percent(Math.Abs(a - b), b), actual, budget, out decimal rounded))
            yield return SumCheck.Graded(Share, "stated rate of the difference from the budget", rounded, pct, tolerance: 0, refs, FindingFigures.Rates);
    }

    /// <summary>
    /// The stated difference signed as the actual less the budget (比预算数减少1188万元: −1188万元), with what rounding to
    /// print may have moved it by; null where none is stated or its direction is not.
    /// </summary>
    private static PrintedRate.Rounded? Difference(Fact fact, BudgetExecution execution, int decimals) =>
        SignedDifference(execution) is { } signed
            ? new(signed, signed == 0 ? 0m : FactPrecision.HalfDigitInYuan(fact, signed, decimals))
            : null;

    /// <summary>
    /// The stated difference as the actual less the budget: positive where the actual is stated greater, negative where
    /// less, zero where the two are stated equal; null where none is stated or its direction is not.
    /// </summary>
    internal static decimal? SignedDifference(BudgetExecution execution) => execution switch
    {
        { Stated: "equal" } => 0m,
        { Difference: { } amount, Stated: "greater" } => amount,
        { Difference: { } amount, Stated: "less" } => -amount,
        _ => null,
    };
}
