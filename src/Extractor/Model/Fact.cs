using System.Text.Json.Serialization;

namespace Extractor.Model;

/// <summary>A figure stated in the narrative text, with the sentence it was read from.</summary>
public sealed record Fact
{
    /// <summary>A <see cref="FactKeys"/> id.</summary>
    public required string Key { get; init; }

    /// <summary>Yuan for money, a count for people and vehicles.</summary>
    public required decimal Value { get; init; }

    /// <summary>
    /// Yuan per unit the money figures were printed in (10000 for 万元, 1 for 元); with the decimals the
    /// printed figure kept (a decimal keeps its scale), how precisely the narrative states it. Null: not money.
    /// </summary>
    public decimal? PrintedUnit { get; init; }

    /// <summary>For a <see cref="FactKeys.FunctionItem"/>: the function code its 类/款/项 name (null when unresolved).</summary>
    public string? Code { get; init; }

    /// <summary>For a <see cref="FactKeys.FunctionItem"/>: the 类/款/项 names with their level marks: 公共安全支出（类）司法（款）基层司法业务（项）.</summary>
    public string? Name { get; init; }

    /// <summary>The amount restated as this year's 预算安排 (yuan), when the paragraph restates it.</summary>
    public decimal? Planned { get; init; }

    /// <summary>Last year's figure the stated change is computed against, when the paragraph states it.</summary>
    public PriorFigure? Prior { get; init; }

    public string? ShareOf { get; init; }
    public decimal? SharePct { get; init; }
    public FactChange? Change { get; init; }

    /// <summary>
    /// A second change stated right after the first against another base (Chongqing: "较2023年执行数减少6.18万元，下降8.75%；
    /// 较2023年预算数减少0.60万元，下降7.92%"): its rate is held to its amount as the first's is.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public FactChange? SecondChange { get; init; }

    /// <summary>A final account's budget against its actual figure (the fact's value), as the text states them.</summary>
    public BudgetExecution? Execution { get; init; }
    /// <summary>How the figure was read when OCR read it; null for a figure of the text layer.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public OcrReading? Reading { get; init; }

    public required int Page { get; init; }
    public required string Quote { get; init; }

    /// <summary>
    /// The budget unit whose figure this is, where the document prints its units' own sets of tables (<see cref="Table.Scope"/>)
    /// and the statement is on a page of the unit's (a note under its table, its own 单位预算情况说明); null for the department's.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Scope { get; init; }
}

/// <summary>
/// "2025年当年预算执行数为2149.45万元": last year's figure (yuan) and its kind — <c>execution</c> (预算执行数) or
/// <c>budget</c> (预算数).
/// </summary>
public sealed record PriorFigure(int Year, string Kind, decimal Amount)
{
    /// <summary>The money unit the amount was printed in, where it is not the fact's own ("3,054,884.26元，比2025年预算数290.44万元…"); else null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? PrintedUnit { get; init; }

    /// <summary>The kinds of last year's figure: its budget carried out (执行数), its final account (决算), its budget (预算数).</summary>
    public const string Execution = "execution", Actual = "actual", Budget = "budget";
}

/// <summary>A stated change against an earlier year ("比2022年预算增加95.54万元,增长1.78%").</summary>
public sealed record FactChange(int? ComparedYear, decimal? Amount, decimal? Pct, string Direction)
{
    /// <summary>
    /// The change stated as a multiple instead of a rate: "增长1.2倍", the increase as a multiple of last year's figure; or,
    /// with <see cref="MultipleOfFigure"/>, "是上年的2.2倍", this year's figure as a multiple of last year's. Null otherwise.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Multiple { get; init; }

    /// <summary>
    /// The money unit (yuan per printed unit) the amount was printed in, where it is not the fact's own: a figure in 元 may
    /// change by an amount in 万元 ("预算数为76,722.43元，比上年预算数减少0.63万元"), which rounding moves by 50元, not 0.005元. Null
    /// where the change is printed in the fact's unit.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? PrintedUnit { get; init; }

    /// <summary>Whether <see cref="Multiple"/> is this year's figure over last year's (是上年的2.2倍), not the increase's.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool MultipleOfFigure { get; init; }

    /// <summary>
    /// The direction the change's second word states where it contradicts <see cref="Direction"/>, the first's ("增加59.60万元，
    /// 下降10.08%": the amount an increase, the rate a decrease); null where the words agree or only one is printed.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ContradictingDirection { get; init; }

    /// <summary>The change as a signed amount (a decrease negative, 持平 zero); null when no amount is stated.</summary>
    public decimal? SignedAmount() => this switch
    {
        { Direction: "flat" } => 0m,
        { Amount: { } amount, Direction: "increase" } => amount,
        { Amount: { } amount, Direction: "decrease" } => -amount,
        _ => null,
    };
}

/// <summary>
/// "年初预算为1560.05万元，支出决算为1511.89万元，完成年初预算的96.91%。决算数小于预算数": the budget (yuan; the
/// 全年 budget where the text gives one, else the 年初), the completion rate and the comparison as stated —
/// <c>greater</c>, <c>less</c>, <c>equal</c> or <c>about_equal</c> (基本持平). The budget is null where the statement
/// gives only the rate ("公务接待费支出决算为0.39万元，完成预算的13.68%": the budget is the table's, or the actual less the
/// stated difference). The difference (yuan) and its rate are stated apart from the budget, the comparison then
/// holding its sign: "决算数大于预算数55.93万元", "比预算数减少1188万元，下降23.70%" (the rate against the budget).
/// </summary>
public sealed record BudgetExecution(decimal? Budget, decimal? CompletionPct, string? Stated)
{
    /// <summary>The stated difference between actual and budget (yuan, unsigned: <see cref="Stated"/> gives its sign).</summary>
    public decimal? Difference { get; init; }

    /// <summary>The rate stated with the difference, in percent of the budget.</summary>
    public decimal? DifferencePct { get; init; }

    /// <summary>
    /// The 年初 budget where the statement prints a 全年 (调整) one too, which is <see cref="Budget"/>; null otherwise. The
    /// budget a rate or comparison names is no sure guide to the one it is of: Putuo's "完成年初预算的95.89%" is of the 全年
    /// budget, Hainan's "年初预算为1030.81万元，调整预算为1095.31万元，…完成年初预算的121.89%" of the 年初 one.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public decimal? InitialBudget { get; init; }

    /// <summary>Whether <see cref="CompletionPct"/> names the 年初 budget (完成年初预算的…%) where a 全年 one is printed too.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool CompletionOfInitial { get; init; }

    /// <summary>Whether the stated comparison names the 年初 budget (决算数比年初预算增加…) where a 全年 one is printed too.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool ComparisonOfInitial { get; init; }

    /// <summary>A second completion rate, of the 全年 (调整) budget, stated after the 年初 one: "完成调整预算的96.46%" (Beijing).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public decimal? AdjustedCompletionPct { get; init; }
}
