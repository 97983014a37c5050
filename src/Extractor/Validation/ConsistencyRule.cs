using Extractor.Model;

namespace Extractor.Validation;

/// <summary>One arithmetic-consistency rule of the catalogue (consistency-rules.md), over a mapped document.</summary>
public interface IConsistencyRule
{
    /// <summary>The rule id findings carry, e.g. <c>sum.function_hierarchy</c>.</summary>
    string Id { get; }

    /// <summary>Every id its findings may carry (<c>sum.column_total</c> reports inside 政府采购表 as <c>sum.procurement</c>).</summary>
    IReadOnlyList<string> Emits => [Id];

    /// <summary>The rule's findings; none when the figures it needs are missing (a rule that cannot run is silent).</summary>
    IEnumerable<Finding> Check(ExtractedDocument document);
}
