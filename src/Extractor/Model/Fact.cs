namespace Extractor.Model;

/// <summary>A figure stated in the narrative text, with the sentence it was read from.</summary>
public sealed record Fact
{
    /// <summary>A <see cref="FactKeys"/> id.</summary>
    public required string Key { get; init; }

    /// <summary>Yuan for money, a count for people and vehicles.</summary>
    public required decimal Value { get; init; }

    public string? ShareOf { get; init; }
    public decimal? SharePct { get; init; }
    public FactChange? Change { get; init; }
    public required int Page { get; init; }
    public required string Quote { get; init; }
}

/// <summary>A stated change against an earlier year ("比2022年预算增加95.54万元,增长1.78%").</summary>
public sealed record FactChange(int? ComparedYear, decimal? Amount, decimal? Pct, string Direction);
