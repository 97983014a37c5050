using Extractor.Model;

namespace Extractor.Validation;

/// <summary>The validation stage: runs every rule of the catalogue over a mapped document, under the configured policy.</summary>
public static class DocumentValidator
{
    public static IReadOnlyList<IConsistencyRule> Rules { get; } =
    [
        HierarchyRule.Function(), HierarchyRule.Economic(), new RowComponentsRule(), new ColumnTotalRule(), new ThreePublicRule(),
        new BalanceRule(), new CarryoverRule(), new CrossTableRule(),
        new NarrativeShareRule(), new NarrativeChangeRule(), new NarrativeComparisonRule(), new NarrativeTableRule(), new FunctionItemRule(), new PerformanceFundsRule(), NarrativeSumRule.Procurement(), NarrativeSumRule.ThreePublic(), new PersonnelPublicRule(),
    ];

    /// <summary>Every rule id of the catalogue (consistency-rules.md), implemented or not: what pipeline.yaml may name.</summary>
    public static IReadOnlyList<string> CatalogueIds { get; } =
    [
        "sum.function_hierarchy", "sum.economic_hierarchy", "sum.row_components", "sum.column_total", "balance.income_expenditure",
        "cross.table", "narrative.table", "narrative.share", "narrative.change", "sum.three_public", "sum.procurement",
        "sum.personnel_public", "balance.carryover", "narrative.comparison", "unit.consistency",
    ];

    public static IReadOnlyList<Finding> Validate(ExtractedDocument document, ValidationOptions? options = null)
    {
        options ??= new ValidationOptions();
        var findings = new List<Finding>();
        foreach (var finding in Rules.SelectMany(rule => rule.Check(document)))
        {
            if (options.DisabledRules.Contains(finding.Rule)) continue;
            var graded = Grade(finding, options);
            if (graded is not null) findings.Add(graded);
        }
        return findings;
    }

    /// <summary>A rule grades by the catalogue's bound; the policy decides what rounding is and what an error is called.</summary>
    private static Finding? Grade(Finding finding, ValidationOptions options)
    {
        bool rounding = finding.Severity == FindingSeverity.Info;
        if (rounding)
            return options.Rounding switch
            {
                RoundingPolicy.Ignore => null,
                RoundingPolicy.Exact => finding with { Severity = Beyond(finding.Rule, options) },
                _ => finding,
            };
        return finding with { Severity = Beyond(finding.Rule, options) };
    }

    private static FindingSeverity Beyond(string rule, ValidationOptions options) =>
        options.Severities.TryGetValue(rule, out var severity) ? severity : FindingSeverity.Error;
}
