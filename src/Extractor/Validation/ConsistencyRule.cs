using Extractor.Model;

namespace Extractor.Validation;

/// <summary>One arithmetic-consistency rule of the catalogue (consistency-rules.md), over a mapped document.</summary>
public interface IConsistencyRule
{
    /// <summary>The rule id findings carry, e.g. <c>sum.function_hierarchy</c>.</summary>
    string Id { get; }

    /// <summary>The rule's findings; none when the figures it needs are missing (a rule that cannot run is silent).</summary>
    IEnumerable<Finding> Check(ExtractedDocument document);
}
