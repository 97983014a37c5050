using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// <c>narrative.comparison</c>: a final account's stated comparison of a line's actual figure with its budget
/// (决算数大于 / 小于预算数, 持平) agrees with the two figures it states; and the completion rate it states
/// (完成年初预算的98.20%) is actual ÷ budget at the printed precision (<c>narrative.share</c>). 基本持平 is a
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
        foreach (var fact in document.Facts)
        {
            if (fact.Execution is not { } execution) continue;
            // A 三公 part's statement may give only its rate: its budget is the one the 三公 table prints.
            var tableBudget = execution.Budget is null ? NarrativeTableRule.ThreePublicLine(document, fact.Key, budget: true) : null;
            if ((execution.Budget ?? tableBudget?.Amount) is not { } budget) continue;
            decimal actual = fact.Value;
            bool agrees = execution.Stated switch
            {
                "greater" => actual > budget,
                "less" => actual < budget,
                "equal" => actual == budget,
                _ => true,
            };
            if (!agrees)
                yield return SumCheck.Graded(Id, $"stated: actual {Words[execution.Stated!]} budget", budget, actual, tolerance: 0, [SumCheck.Ref(fact)]);
            if (execution.CompletionPct is { } pct && budget != 0)
            {
                var budgetHalf = tableBudget is null ? FactPrecision.HalfDigitInYuan(fact, budget, decimals) : SumCheck.HalfLastDigitInYuan([tableBudget]);
                if (!PrintedRate.Admits(pct, PrintedRate.Percent, new(actual, FactPrecision.HalfDigitInYuan(fact, actual, decimals)),
                        new(budget, budgetHalf), out decimal rounded))
                    yield return SumCheck.Graded(Share, "stated completion of the budget", rounded, pct, tolerance: 0,
                        [SumCheck.Ref(fact), .. tableBudget is null ? Array.Empty<FindingRef>() : [SumCheck.Ref(tableBudget)]]);
            }
        }
    }
}
