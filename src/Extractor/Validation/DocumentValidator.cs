using Extractor.Model;

namespace Extractor.Validation;

/// <summary>The validation stage: runs every rule of the catalogue over a mapped document.</summary>
public static class DocumentValidator
{
    public static IReadOnlyList<IConsistencyRule> Rules { get; } =
    [
        HierarchyRule.Function(), HierarchyRule.Economic(), new RowComponentsRule(), new ColumnTotalRule(), new ThreePublicRule(),
        new BalanceRule(), new CrossTableRule(),
        new NarrativeShareRule(), new NarrativeChangeRule(),
    ];

    public static IReadOnlyList<Finding> Validate(ExtractedDocument document) =>
        Rules.SelectMany(rule => rule.Check(document)).ToList();
}
