using Extractor.Model;

namespace Extractor.Validation;

/// <summary>What a difference within the rounding bound (terms × half a unit of the last printed digit) becomes.</summary>
public enum RoundingPolicy
{
    /// <summary>A finding of severity info: the catalogue's default, so a reader sees it and knows why it is not an error.</summary>
    Info,
    /// <summary>An error like any other: for publications that claim exact figures.</summary>
    Exact,
    /// <summary>No finding at all.</summary>
    Ignore,
}

/// <summary>The validation section of pipeline.yaml.</summary>
public sealed record ValidationOptions
{
    public RoundingPolicy Rounding { get; init; } = RoundingPolicy.Info;

    /// <summary>Rule ids whose findings are not reported.</summary>
    public IReadOnlySet<string> DisabledRules { get; init; } = new HashSet<string>();

    /// <summary>Per rule id, the severity its findings beyond the rounding bound carry instead of error.</summary>
    public IReadOnlyDictionary<string, FindingSeverity> Severities { get; init; } = new Dictionary<string, FindingSeverity>();
}
