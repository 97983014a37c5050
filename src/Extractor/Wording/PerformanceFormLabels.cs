using System.Text.RegularExpressions;
using Extractor.Model;

namespace Extractor.Wording;

/// <summary>
/// The fund block of a project's performance form (财政项目支出绩效目标填报表, 项目支出绩效目标申报表), printed as
/// labels with their figures right of them: the project's total (项目资金总额, 中期资金总额) and its parts, the
/// year's request (年度资金申请总额, 年度资金总额) and its parts. 其他资金 (and 财政拨款) is printed under either total: which
/// one it belongs to is told by where it stands, not by its words.
/// </summary>
public static partial class PerformanceFormLabels
{
    /// <summary>The label whose figure names the form's project; a form starts at it.</summary>
    [GeneratedRegex("^项目名称[:：]?$")] public static partial Regex ProjectName();

    /// <summary>
    /// A list's column of each project's funds, one project a row (round GG's Sichuan: 项目名称 | 预算单位 | 项目资金 | 年度目标 |
    /// 绩效指标; round GJ's Guangxi: 预算资金), its unit in brackets where printed.
    /// </summary>
    [GeneratedRegex(@"^(?:项目资金|" + BudgetFundsWords + @"|资金金额|预算资金)(?:[(（](?<unit>万元|元)[)）])?$")] public static partial Regex ListedFunds();

    /// <summary>A project's funds named as its budget: a list's column of them, or a budget's form's year's funds (round JR's Hainan).</summary>
    private const string BudgetFundsWords = "预算金额|项目金额";

    /// <summary>The word the indicators' headings of a form share (一级指标 | 二级指标, 绩效指标): after the fund block.</summary>
    public const string IndicatorsWord = "指标";

    /// <summary>The unit the fund block states (项目资金（元）, 项目资金(万元), 资金总额（万元）, 预算金额（万元）).</summary>
    [GeneratedRegex(@"(?:资金(?:总额)?|^(?:" + BudgetFundsWords + @"))[(（](?<unit>万元|元)[)）]")] public static partial Regex FundsUnit();

    // Declared before the blocks that use it: static fields are initialised in order.
    private static readonly Regex OtherFunds = Label("其他资金");

    /// <summary>The two totals of a fund block, each with the parts that add up to it.</summary>
    public static readonly IReadOnlyList<FundBlock> Blocks =
    [
        // Tianjin's form: 资金总额（万元） | 88.60 (round EX).
        new(Measures.ProjectFundsTotal, Label("(?:项目资金总额|中期资金总额|资金总额(?:[(（](?:万元|元)[)）])?)"),
            // Beijing's form: 资金总额 | 其中：财政拨款 | 其他资金, no year's block (round HA).
            [(Measures.ProjectFundsFiscal, Label("(?:其中[:：])?(?:财政资金|财政拨款)")), (Measures.ProjectFundsOther, OtherFunds)]),
        // A budget's form naming the year's funds as its budget (Hainan: 预算金额（万元） | 1,500.00, round JR).
        new(Measures.ProjectFundsAnnual, Label("(?:年度资金(?:申请)?总额|(?:" + BudgetFundsWords + ")(?:[(（](?:万元|元)[)）])?)"),
            [
                (Measures.ProjectFundsAnnualAppropriation, Label("(?:其中[:：])?(?:当年)?财政拨款")),
                (Measures.ProjectFundsAnnualCarryover, Label("上年结转(?:资金)?")),
                (Measures.ProjectFundsAnnualOther, OtherFunds),
            ]),
    ];

    /// <summary>
    /// The label of a self-evaluation form's fund block's first line where it totals the lines under it: 年度资金总额, 资金总额, 合计
    /// (not a line of figures beside its parts, 其中：…).
    /// </summary>
    [GeneratedRegex("(?:资金总额|^合计)$")]
    public static partial Regex SelfEvaluationTotal();

    /// <summary>
    /// Whether a fund block's total (<see cref="Blocks"/>) is of all the form's funds for the year where the form prints no year's block:
    /// 资金总额 alone, not a 中期资金总额 or a 项目资金总额, which span more than the year.
    /// </summary>
    public static bool NamesAllTheFunds(string label) => label.StartsWith("资金总额", StringComparison.Ordinal);

    /// <summary>Whether a label (spaces removed) names a part of a fund block: 其中：财政拨款, 上年结转资金, 其他资金 ….</summary>
    public static bool NamesFundLine(string label) => Blocks.Any(b => b.Parts.Any(p => p.Label.IsMatch(label)));

    /// <summary>
    /// The overall form's fund overview (部门总体资金情况), its income by nature: 财政拨款, 财政专户管理资金, 单位资金 (and a fund
    /// or 其他资金 where a template names one).
    /// </summary>
    [GeneratedRegex("^(?:财政拨款(?:资金)?|财政专户(?:管理)?资金|财政专户|单位资金|单位自有资金|其他资金|政府性基金)$")]
    public static partial Regex OverviewIncomePart();

    /// <summary>The overview's basic expenditure: 人员类及运转类(基本支出), 基本支出, 基本支出（人员类及运转类） (Zhejiang).</summary>
    [GeneratedRegex(@"^(?:人员类(?:及|和|、)?运转类)?[(（]?基本支出[)）]?$|^人员类(?:及|和|、)?运转类$|^基本支出[(（]人员类(?:及|和|、)?运转类[)）]$")]
    public static partial Regex OverviewBasicPart();

    /// <summary>The overview's project expenditure: 项目支出, 特定目标类(项目支出), 项目支出（特定目标类）.</summary>
    [GeneratedRegex(@"^(?:特定目标类)?[(（]?项目支出[)）]?$|^特定目标类$|^项目支出[(（]特定目标类[)）]$")]
    public static partial Regex OverviewProjectPart();

    /// <summary>Whether a label names a line of the overall form's fund overview: a part of its income or expenditure, or a 合计.</summary>
    public static bool NamesOverviewLine(string label) =>
        label.Replace(" ", "") is var bare && (bare == "合计" || OverviewIncomePart().IsMatch(bare) || OverviewBasicPart().IsMatch(bare) || OverviewProjectPart().IsMatch(bare));

    /// <summary>A label as printed, spaces removed, with a colon or not, its figure in the next cell or in the same one.</summary>
    private static Regex Label(string words) => new($@"^{words}[:：]?(?<figure>-?[\d,]+(?:\.\d+)?)?$", RegexOptions.CultureInvariant);
}

/// <summary>A total of a performance form's fund block, its label, and its parts' measures and labels.</summary>
public sealed record FundBlock(string Total, Regex TotalLabel, IReadOnlyList<(string Measure, Regex Label)> Parts);
