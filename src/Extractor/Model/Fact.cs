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

    /// <summary>A final account's budget against its actual figure (the fact's value), as the text states them.</summary>
    public BudgetExecution? Execution { get; init; }
    public required int Page { get; init; }
    public required string Quote { get; init; }
}

/// <summary>A stated change against an earlier year ("比2022年预算增加95.54万元,增长1.78%").</summary>
public sealed record FactChange(int? ComparedYear, decimal? Amount, decimal? Pct, string Direction);

/// <summary>
/// "年初预算为1560.05万元，支出决算为1511.89万元，完成年初预算的96.91%。决算数小于预算数": the budget (yuan; the
/// 全年 budget where the text gives one, else the 年初), the completion rate and the comparison as stated —
/// <c>greater</c>, <c>less</c>, <c>equal</c> or <c>about_equal</c> (基本持平).
/// </summary>
public sealed record BudgetExecution(decimal Budget, decimal? CompletionPct, string? Stated);
