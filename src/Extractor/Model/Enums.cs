using System.Text.Json.Serialization;

namespace Extractor.Model;

/// <summary>预算 (a budget, before the year) or 决算 (final accounts, after it).</summary>
public enum BudgetPhase
{
    [JsonStringEnumMemberName("budget")] Budget,
    [JsonStringEnumMemberName("final_accounts")] FinalAccounts,
}

/// <summary>The money unit printed on the tables (单位：万元 / 单位：元).</summary>
public enum MoneyUnit
{
    [JsonStringEnumMemberName("wan_yuan")] WanYuan,
    [JsonStringEnumMemberName("yuan")] Yuan,
}

/// <summary>What a finding's expected and printed figures are, so that a reader is told them as such.</summary>
public enum FindingFigures
{
    /// <summary>Money in yuan (a figure, a sum, a change or a difference told as an amount).</summary>
    [JsonStringEnumMemberName("amounts")] Amounts,

    /// <summary>Percentages as printed (a share, a change rate, a completion rate).</summary>
    [JsonStringEnumMemberName("rates")] Rates,

    /// <summary>Numbers of people, vehicles or projects.</summary>
    [JsonStringEnumMemberName("counts")] Counts,

    /// <summary>Multiples as printed (增长1.2倍, 是上年的2.2倍).</summary>
    [JsonStringEnumMemberName("multiples")] Multiples,

    /// <summary>An actual figure (printed) and its budget (expected), which the stated comparison (大于, 小于) contradicts.</summary>
    [JsonStringEnumMemberName("actual_against_budget")] ActualAgainstBudget,
}

public enum FindingSeverity
{
    [JsonStringEnumMemberName("error")] Error,
    [JsonStringEnumMemberName("warning")] Warning,
    [JsonStringEnumMemberName("info")] Info,
}

/// <summary>
/// How bad a diagnostic is. <c>Fatal</c> means nothing could be extracted from the document,
/// which makes it a failed document for the batch summary and the exit code.
/// </summary>
public enum DiagnosticSeverity
{
    [JsonStringEnumMemberName("fatal")] Fatal,
    [JsonStringEnumMemberName("error")] Error,
    [JsonStringEnumMemberName("warning")] Warning,
    [JsonStringEnumMemberName("info")] Info,
}

public static class MoneyUnitExtensions
{
    /// <summary>How many yuan one printed unit is worth.</summary>
    public static decimal YuanPerUnit(this MoneyUnit unit) => unit == MoneyUnit.WanYuan ? 10000m : 1m;
}
