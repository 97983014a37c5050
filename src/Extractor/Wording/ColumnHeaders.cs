using System.Text.RegularExpressions;
using Extractor.Model;

namespace Extractor.Wording;

/// <summary>
/// The column headers publications print, and what each is: the canonical measure of an amount column
/// (<c>Mapping.MeasureMap</c> combines a leaf with its parents), or the kind of a label column (codes, names,
/// a unit's code). The measure tables are matched against a header as <c>MeasureMap</c> normalises it: no
/// spaces, ASCII brackets, no year before the name. A new template's header is a new alternative here, with its
/// printed variant in the tests.
/// </summary>
public static partial class ColumnHeaders
{
    /// <summary>Economic classes (支出经济分类, 类级) as printed in the columns of the function-classified table.</summary>
    public static readonly (Regex Name, string Code)[] EconomicClasses =
    [
        (new Regex("^工资福利支出$"), "301"), (new Regex("^商品和服务支出$"), "302"), (new Regex("^对个人和家庭的?补助(?:支出)?$"), "303"),
        (new Regex("^债务利息(?:及费用)?支出$"), "307"), (new Regex("^资本性支出\\(基本建设\\)$"), "309"), (new Regex("^资本性支出$"), "310"),
        (new Regex("^对企业补助\\(基本建设\\)$"), "311"), (new Regex("^对企业补助$"), "312"), (new Regex("^对社会保障基金补助$"), "313"),
        (new Regex("^其他支出$"), "399"),
    ];

    /// <summary>
    /// The economic class (301 工资福利支出, 302 商品和服务支出, 303 对个人和家庭的补助 …) a name is, or null for any other: a
    /// column's header, a narrative's class (Jiangsu explains its basic-expenditure tables item by item in the form of
    /// the function lines, "1、工资福利支出（类）2,097.51万元 （1）基本工资（款）支出737.94万元").
    /// </summary>
    public static string? EconomicClassCode(string name)
    {
        // A heading may print the class's code before its name (302 商品和服务支出): the name says which class it is.
        string named = ClassCodeBefore().Replace(name, "").Replace('（', '(').Replace('）', ')');
        return EconomicClasses.FirstOrDefault(c => c.Name.IsMatch(named)).Code;
    }

    [GeneratedRegex(@"^3\d\d\s*")]
    private static partial Regex ClassCodeBefore();

    /// <summary>A heading over economic classes' columns (按经济分类, 支出经济分类, 经济分类科目).</summary>
    [GeneratedRegex("^(?:按|支出)?经济分类(?:科目)?$")]
    public static partial Regex EconomicClassesHeading();

    /// <summary>A group's own measure: its 小计 / 合计 column, or the group printed as a single column.</summary>
    public static readonly (Regex Name, string Measure)[] Groups =
    [
        (new Regex("^基本支出$"), Measures.BasicTotal),
        // 专项业务经费: Guangdong's name for project spending.
        (new Regex("^项目支出$|^专项业务经费(?:支出)?$"), Measures.ProjectTotal),
        (new Regex("^部门项目$"), Measures.ProjectDepartment),
        (new Regex("^公共项目(?:\\(专项资金\\))?$"), Measures.ProjectPublic),
        (new Regex("^(?:本年)?财政拨款(?:\\(补助\\))?(?:收入)?$"), Measures.IncomeFiscalAppropriation),
        (new Regex("^其他自有资金$"), Measures.IncomeOtherOwn),
        // A school's 事业收入 over 小计 | 其中：教育收费.
        (new Regex("^事业收入$"), Measures.IncomePublicService),
        // The national template's income table: 上年结转结余; Beijing's 项目支出表: 本年财政拨款 | 上年财政拨款结转.
        (new Regex("^上年(?:财政拨款)?结转(?:和?结余)?$"), Measures.IncomeCarryover),
        (new Regex("^(?:本年)?政府性基金预算支出$|^(?:本年)?国有资本经营预算支出$|^资金来源$|^支出$|^本年(?:财政拨款)?支出$|^财政拨款支出$|^[“\"]?三公[”\"]?经费(?:合计)?(?:预算数|决算数)?$"), Measures.Total),
        (new Regex("^公务用车购置及运行(?:维护)?费$"), Measures.ThreePublicVehicle),
        // Over 小计 | 国内接待费 | 国（境）外接待费 (round GH's Zhejiang).
        (new Regex("^公务接待费$"), Measures.ThreePublicReception),
    ];

    /// <summary>
    /// A project list's column of each project's whole amount, beside its sources (round CW's county budgets: 项目金额; round CX's
    /// Beijing: 本年项目支出 | 财政拨款 … | 上年结转 | 其他资金).
    /// </summary>
    [GeneratedRegex("^(?:本年)?项目(?:支出)?(?:金额|预算(?:数|金额)?)$|^本年项目支出$")]
    public static partial Regex ProjectAmount();

    /// <summary>The basic-expenditure group, whose parts are read with <see cref="BasicParts"/>.</summary>
    public const string BasicExpenditure = "基本支出";

    /// <summary>The department-project group, whose parts are read with <see cref="ProjectKinds"/>.</summary>
    public const string DepartmentProjects = "部门项目";

    /// <summary>The fund split of a fiscal-appropriation summary's expenditure side.</summary>
    public static readonly (Regex Name, string Measure)[] Funds =
    [
        // Also "政府性基金预算拨款" (the national template's 财政拨款收支总表).
        (new Regex("^一般公共预算(?:财政)?(?:拨款)?$"), Measures.FundGeneralBudget), (new Regex("^政府性基金(?:预算)?(?:财政)?(?:拨款)?$"), Measures.FundGovernmentFund),
        (new Regex("^国有资本经营预算(?:财政)?(?:拨款)?$"), Measures.FundStateCapital),
    ];

    /// <summary>
    /// A heading naming a fund's spending (一般公共预算支出, 政府性基金预算支出), over a table's 合计 | 基本支出 | 项目支出 (round GW's
    /// Suzhou); <c>fund</c> names the fund (<see cref="FundSpent"/>).
    /// </summary>
    [GeneratedRegex(@"^(?:本年)?(?<fund>一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?)(?:财政)?(?:拨款)?支出(?:预算)?(?:数)?$")]
    public static partial Regex FundSpending();

    /// <summary>The fund a fund spending heading names (<see cref="FundSpending"/>), as its measure; null for any other heading.</summary>
    public static string? FundSpent(string heading) => FundSpending().Match(heading) is { Success: true } spending
        ? spending.Groups["fund"].Value[0] switch { '一' => Measures.FundGeneralBudget, '政' => Measures.FundGovernmentFund, _ => Measures.FundStateCapital }
        : null;

    /// <summary>
    /// An income summary's sources named by fund, each a column of its own beside the others (the national budget
    /// template: 一般公共预算 | 政府性基金预算 | …), read as the income by source.
    /// </summary>
    public static readonly (Regex Name, string Measure)[] IncomeFunds =
    [
        (new Regex("^一般公共预算(?:财政)?(?:拨款)?(?:收入)?$"), Measures.IncomeGeneralBudget),
        (new Regex("^政府性基金(?:预算)?(?:财政)?(?:拨款)?(?:收入)?$"), Measures.IncomeGovernmentFund),
        (new Regex("^国有资本经营(?:预算)?(?:财政)?(?:拨款)?(?:收入)?$"), Measures.IncomeStateCapital),
        // Yunnan's 部门收入预算表: the unit's own money beside the appropriations (本年收入 / … | 财政专户管理资金 | 单位资金); Jiangsu's
        // 收入总表: … | 单位资金收入 (round FL); its subtotal before its parts (round KZ's Shaanxi: 单位资金小计 | 其中：事业收入 | 其他收入).
        (new Regex("^单位资金(?:收入)?(?:小计)?$"), Measures.IncomeOtherOwn),
    ];

    /// <summary>Whether a column no canonical measure fits is headed as the year's income (other:本年收入): a summary by source's.</summary>
    public static bool HeadsYearsIncome(string measure) =>
        Measures.IsOther(measure) && YearsIncomeHeading().IsMatch(measure[Measures.OtherPrefix.Length..]);

    /// <summary>The heading over an income summary's sources of the year: 本年收入, 收入, 本年收入合计.</summary>
    [GeneratedRegex("^(?:本年)?收入(?:合计)?$")]
    public static partial Regex YearsIncomeHeading();

    /// <summary>A side's total where a row prints both sides (收入合计, 支出总计, 收入预算合计), or a side's heading over its 合计 (收入 / 合计).</summary>
    [GeneratedRegex("^(?<side>收入|支出)(?:预算|决算)?(?:合计|总计)?$")]
    public static partial Regex SideTotal();

    /// <summary>The two parts of 公务用车购置及运行费, printed short under it.</summary>
    public static readonly (Regex Name, string Measure)[] VehicleParts =
    [
        (new Regex("^(?:其中[:：])?购置费?$"), Measures.ThreePublicVehiclePurchase), (new Regex("^(?:其中[:：])?运行(?:维护)?费$"), Measures.ThreePublicVehicleOperation),
    ];

    /// <summary>The two parts of 公务接待费, printed under it or as columns of their own.</summary>
    public static readonly (Regex Name, string Measure)[] ReceptionParts =
    [
        (new Regex("^(?:其中[:：])?(?:国内|境内)(?:公务)?接待费?$"), Measures.ThreePublicReceptionDomestic),
        (new Regex("^(?:其中[:：])?(?:国\\(境\\)外|境外|国外)(?:公务)?接待费?$"), Measures.ThreePublicReceptionForeign),
    ];

    /// <summary>Leaves whose meaning does not depend on their parents.</summary>
    public static readonly (Regex Name, string Measure)[] Leaves =
    [
        (new Regex("^(?:总计|合计|本年收入合计|本年支出合计)$"), Measures.Total),
        (new Regex("^人员经费$"), Measures.BasicPersonnel), (new Regex("^公用经费$"), Measures.BasicPublicFunds),
        // Zhejiang's classes of spending (round KD): 人员类 and 运转类 the basic spending's personnel and public funds, 特定目标类 the projects.
        (new Regex("^人员类(?:项目)?$"), Measures.BasicPersonnel), (new Regex("^运转类(?:项目)?$"), Measures.BasicPublicFunds),
        (new Regex("^特定目标类(?:项目)?$"), Measures.ProjectTotal),
        (new Regex("^财政指标拨款(?:\\(补助\\))?$"), Measures.IncomeFiscalIndicator),
        (new Regex("^纳入金库非税收入安排的拨款$"), Measures.IncomeTreasuryNontax),
        (new Regex("^上级专项转移支付(?:资金)?$"), Measures.IncomeHigherTransfer),
        // Also the national budget template's 收入总表: 财政专户管理资金(收入), 一般公共预算(财政)拨款收入, 政府性基金预算拨款收入.
        (new Regex("^(?:纳入)?财政专户管理(?:的)?资金"), Measures.IncomeSpecialAccount),
        (new Regex("^政府性基金(?:预算)?(?:财政)?(?:拨款)?(?:收入)?$"), Measures.IncomeGovernmentFund),
        (new Regex("^一般公共预算(?:财政)?拨款收入$"), Measures.IncomeGeneralBudget),
        (new Regex("^上级补助收入$"), Measures.IncomeHigherSubsidy), (new Regex("^附属单位上缴收入$"), Measures.IncomeSubordinateRemit),
        (new Regex("^(?:事业单位)?经营收入$"), Measures.IncomeBusiness), (new Regex("^其他收入$"), Measures.IncomeOther),
        (new Regex("^使用非财政拨款结余"), Measures.IncomeUseNonfiscalBalance),
        (new Regex("^预算内资金$"), Measures.SourceBudget), (new Regex("^纳入预算管理(?:的)?非税"), Measures.SourceNontax),
        (new Regex("^其他资金$"), Measures.SourceOther),
        (new Regex("^因公出国\\(境\\)费?(?:用)?$"), Measures.ThreePublicOverseas), (new Regex("^(?:其中[:：])?公务用车购置费?$"), Measures.ThreePublicVehiclePurchase),
        // Beside the vehicles' column as its parts (round FE's Hebei: 公务用车购置及运行费 | 其中：公务用车购置费 | 其中：公务用车运行费).
        (new Regex("^(?:其中[:：])?公务用车运行(?:维护)?费$"), Measures.ThreePublicVehicleOperation),
        (new Regex("^公务用车购置及运行(?:维护)?费$"), Measures.ThreePublicVehicle), (new Regex("^公务接待费$"), Measures.ThreePublicReception),
        (new Regex("^机关运行经费(?:支出)?(?:预算数|决算数)?$"), Measures.OperatingCosts),
        (new Regex("^会议费(?:支出)?$"), Measures.MeetingCosts), (new Regex("^培训费(?:支出)?$"), Measures.TrainingCosts),
        (new Regex("^上缴上级支出$"), Measures.ExpenditureRemitHigher), (new Regex("^(?:事业单位)?经营支出$"), Measures.ExpenditureBusiness),
        (new Regex("^对附属单位补助支出$"), Measures.ExpenditureSubsidySubordinate),
        // The national template's 财政拨款收入支出决算总表 by function line names them the appropriation's: 年初财政拨款结转和结余.
        (OpeningBalanceHeading(), Measures.CarryoverOpening), (ClosingBalanceHeading(), Measures.CarryoverClosing),
        // The fund columns of a final account's 财政拨款收入支出决算总表.
        // Also a project table's sources: 一般公共预算拨款 | 政府性基金预算拨款, or 一般公共预算 alone (Jiangxi's 项目支出表).
        (new Regex("^一般公共预算(?:财政)?(?:拨款)?$"), Measures.FundGeneralBudget), (new Regex("^政府性基金预算(?:财政)?拨款$"), Measures.FundGovernmentFund),
        (new Regex("^国有资本经营预算(?:财政)?拨款$"), Measures.FundStateCapital),
    ];

    /// <summary>
    /// A procurement table's group of the contracts awarded to small firms beside the procurement's own (Beijing: 政府采购合同金额 |
    /// 授予中小企业合同金额, each over 合计 | 货物 | 工程 | 服务, round KE).
    /// </summary>
    [GeneratedRegex("^(?:其中[:：]?)?授予(?:中小|小微|中小微)企业(?:的)?合同(?:金额)?$")]
    public static partial Regex ProcurementAwardedToSmallFirms();

    /// <summary>A procurement table's column of its budget printed as a heading of its own (政府采购预算, 采购预算金额).</summary>
    [GeneratedRegex("^(?:政府)?采购预算(?:金额|数)?$")]
    public static partial Regex ProcurementBudget();

    /// <summary>A procurement table's columns by kind, and the part of it reserved for small and medium enterprises.</summary>
    public static readonly (Regex Name, string Measure)[] ProcurementKinds =
    [
        (new Regex("^货物(?:类)?$"), Measures.ProcurementGoods), (new Regex("^工程(?:类)?$"), Measures.ProcurementWorks),
        (new Regex("^服务(?:类)?$"), Measures.ProcurementServices),
        (new Regex("^(?:其中[:：]?)?(?:面向)?中小企业预留(?:金额|份额|预算)?$"), Measures.ProcurementSmeReserved),
    ];

    // The economic classes a basic or project group splits into (declared before the splits built from them).
    private static readonly Regex WagesBenefits = new("^工资福利支出$"), GoodsServices = new("^商品和服务支出$"),
        HouseholdTransfers = new("^对个人和家庭的?补助(?:支出)?$"), Capital = new("^(?:一般)?资本性支出$");

    /// <summary>Leaves inside a basic-expenditure group (<see cref="BasicExpenditure"/>).</summary>
    public static readonly (Regex Name, string Measure)[] BasicParts =
    [
        (WagesBenefits, Measures.BasicWagesBenefits), (GoodsServices, Measures.BasicGoodsServices),
        (HouseholdTransfers, Measures.BasicHouseholdTransfers), (Capital, Measures.BasicCapital),
    ];

    /// <summary>The project-expenditure group, whose parts by economic class are read with <see cref="ProjectParts"/>.</summary>
    public const string ProjectExpenditure = "项目支出";

    /// <summary>
    /// Leaves inside a project-expenditure group (<see cref="ProjectExpenditure"/>): a final account's 一般公共预算财政拨款支出决算明细表
    /// splits its projects by economic class as it does its basic expenditure.
    /// </summary>
    public static readonly (Regex Name, string Measure)[] ProjectParts =
    [
        (WagesBenefits, Measures.ProjectWagesBenefits), (GoodsServices, Measures.ProjectGoodsServices),
        (HouseholdTransfers, Measures.ProjectHouseholdTransfers), (Capital, Measures.ProjectCapital),
    ];

    /// <summary>The project kinds inside <see cref="DepartmentProjects"/>.</summary>
    public static readonly (Regex Name, string Measure)[] ProjectKinds =
    [
        (new Regex("^经常性项目$"), Measures.ProjectRecurring), (new Regex("^延续性项目$"), Measures.ProjectContinuing),
        (new Regex("^一次性项目$"), Measures.ProjectOneOff),
    ];

    /// <summary>
    /// Headers as the standard tables print them, spaces removed: what a header misread by OCR is taken for when
    /// it shares most of its characters with one of them alone (工福资和支出 → 工资福利支出).
    /// </summary>
    public static readonly string[] Printed =
    [
        "合计", "总计", "小计", "金额", "预算数", "决算数", "本年预算数",
        "基本支出", "项目支出", "人员经费", "公用经费", "部门项目", "公共项目(专项资金)", "经常性项目", "延续性项目", "一次性项目",
        "工资福利支出", "商品和服务支出", "对个人和家庭的补助", "债务利息及费用支出", "资本性支出(基本建设)", "资本性支出",
        "对企业补助(基本建设)", "对企业补助", "对社会保障基金补助", "其他支出", "一般资本性支出",
        "财政拨款(补助)", "财政拨款收入", "财政指标拨款(补助)", "纳入金库非税收入安排的拨款", "上级专项转移支付", "纳入财政专户管理资金",
        "政府性基金", "其他自有资金", "上年结转", "事业收入", "事业单位经营收入", "其他收入", "预算内资金", "纳入预算管理的非税收入", "其他资金",
        "因公出国(境)费", "公务用车购置及运行费", "公务用车购置费", "公务用车运行维护费", "公务接待费",
        "一般公共预算", "政府性基金预算", "国有资本经营预算", "机关运行经费",
    ];

    /// <summary>
    /// Measures the standard tables print side by side in this order: a run of misread headers between two read
    /// ones of a sequence, exactly as many as the sequence has between them, is those measures. (Declared after
    /// the tables it is built from: static fields are set in the order they are written.)
    /// </summary>
    public static readonly string[][] Sequences =
    [
        [.. EconomicClasses.Select(e => Measures.EconomicPrefix + e.Code)],
        [Measures.BasicTotal, Measures.BasicWagesBenefits, Measures.BasicGoodsServices, Measures.BasicHouseholdTransfers, Measures.BasicCapital],
        [Measures.ProjectDepartment, Measures.ProjectRecurring, Measures.ProjectContinuing, Measures.ProjectOneOff],
        // Zhejiang: 项目支出 小计, 部门项目, 公共项目（专项资金）.
        [Measures.ProjectTotal, Measures.ProjectDepartment, Measures.ProjectPublic],
        [Measures.Total, Measures.BasicTotal, Measures.BasicPersonnel, Measures.BasicPublicFunds, Measures.ProjectTotal],
        [Measures.ThreePublicOverseas, Measures.ThreePublicVehicle, Measures.ThreePublicVehiclePurchase, Measures.ThreePublicVehicleOperation, Measures.ThreePublicReception],
    ];

    /// <summary>
    /// The amount columns of the standard budget templates' tables (the national template and Hubei's, whose
    /// tables print the same columns), each as its header path, left to right. A table OCR garbled the headings
    /// of still shows how many amount columns it has and reads some headings whole: when those agree with a
    /// layout position by position, the garbled ones are that layout's.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[][][]> TemplateLayouts = new Dictionary<string, string[][][]>
    {
        [TableTypes.IncomeSummary] =
        [[
            ["总计"], ["财政拨款(补助)", "小计"], ["财政拨款(补助)", "财政指标拨款(补助)"], ["财政拨款(补助)", "纳入金库非税收入安排的拨款"],
            ["财政拨款(补助)", "上级专项转移支付"], ["纳入财政专户管理资金"], ["政府性基金"], ["其他自有资金", "小计"], ["其他自有资金", "上级补助收入"],
            ["其他自有资金", "附属单位上缴收入"], ["其他自有资金", "事业单位经营收入"], ["其他自有资金", "其他收入"], ["上年结转", "小计"],
            ["上年结转", "财政拨款(补助)结转", "小计"], ["上年结转", "财政拨款(补助)结转", "财政指标拨款(补助)结转"],
            ["上年结转", "财政拨款(补助)结转", "纳入金库非税收入安排的拨款结转"], ["上年结转", "其他结转"],
        ]],
        [TableTypes.ExpenditureSummary] =
        [[
            ["总计"], ["基本支出", "小计"], ["基本支出", "工资福利支出"], ["基本支出", "商品和服务支出"], ["基本支出", "对个人和家庭补助支出"],
            ["基本支出", "一般资本性支出"], ["项目支出", "小计"], ["项目支出", "部门项目", "小计"], ["项目支出", "部门项目", "经常性项目"],
            ["项目支出", "部门项目", "延续性项目"], ["项目支出", "部门项目", "一次性项目"], ["项目支出", "公共项目(专项资金)", "小计"],
            ["项目支出", "公共项目(专项资金)", "经常性项目"], ["项目支出", "公共项目(专项资金)", "延续性项目"], ["项目支出", "公共项目(专项资金)", "一次性项目"],
        ]],
        [TableTypes.GeneralBudgetExpenditure] =
        [[
            ["总计"], ["基本支出", "小计"], ["基本支出", "工资福利支出"], ["基本支出", "商品和服务支出"], ["基本支出", "对个人和家庭补助支出"],
            ["基本支出", "一般资本性支出"], ["项目支出", "小计"], ["项目支出", "部门项目"], ["项目支出", "公共项目(专项资金)"],
        ]],
        [TableTypes.GeneralBudgetExpenditureByFunction] =
        [
            [
                ["合计"], ["工资福利支出"], ["商品和服务支出"], ["对个人和家庭补助支出"], ["债务利息支出"], ["资本性支出(基本建设)"], ["资本性支出"],
                ["对企业补助(基本建设)"], ["对企业补助"], ["对社会保障基金补助"], ["其他支出"],
            ],
            [
                ["合计"], ["工资福利支出"], ["商品和服务支出"], ["对个人和家庭补助支出"], ["债务利息支出"], ["债务还本支出"], ["资本性支出(基本建设)"],
                ["资本性支出"], ["对企业补助(基本建设)"], ["对企业补助"], ["对社会保障基金补助"], ["其他支出"], ["政府经济分类支出"],
            ],
        ],
        [TableTypes.GovernmentFundExpenditure] = [[["本年政府性基金预算支出", "小计"], ["本年政府性基金预算支出", "基本支出"], ["本年政府性基金预算支出", "项目支出"]]],
        [TableTypes.StateCapitalExpenditure] = [[["本年国有资本经营预算支出", "小计"], ["本年国有资本经营预算支出", "基本支出"], ["本年国有资本经营预算支出", "项目支出"]]],
    };

    /// <summary>The column of a group's (or, with no parent, the table's) total: 小计 or 合计.</summary>
    public static bool IsSubtotal(string header) => header is "小计" or "合计";

    /// <summary>
    /// A heading over another year's figures or a comparison with them (2023年执行数, 上年预算数, 2024年预算数比2023年执行数
    /// 增减): the columns under it are not the document's own figures, whatever their names.
    /// </summary>
    [GeneratedRegex("(?<!本年)执行数|上年(?!度?(?:财政拨款)?(?:结转|结余))|增减|变动|比较?20\\d\\d年")]
    public static partial Regex OtherYearHeading();

    /// <summary>
    /// A heading naming one year's figures, matched against the heading without spaces: 上年预算数, 上年执行数, 2023年执行数,
    /// 本年预算数, 当年预算数 (Jiangsu), 2024年预算数 (its <c>year</c>, or 上年 / 本年); not a carry-over (上年结转).
    /// </summary>
    [GeneratedRegex(@"^(?:(?<last>上年度?|上一年度?)|(?<this>本年度?|当年度?)|(?<year>20\d\d)年度?)(?<word>预算|执行|决算)?(?:数)?$")]
    public static partial Regex YearFigures();

    /// <summary>Which kind of figure a heading of one year's figures (<see cref="YearFigures"/>) names, as <see cref="PriorFigure"/> names it; null for none.</summary>
    public static string? FiguresKind(string heading) => YearFigures().Match(heading).Groups["word"].Value switch
    {
        "执行" => PriorFigure.Execution, "决算" => PriorFigure.Actual, "预算" => PriorFigure.Budget, _ => null,
    };

    /// <summary>
    /// A heading over a change between two years' figures, matched without spaces and with ASCII brackets: 增减额, 增减,
    /// 增(减)额, 比上年增减, 当年比上年增减 (Jiangsu), 2024年预算数比2023年执行数增减, 增减变动, 增减变化情况 (Guizhou's group heading, round EL), and its rate: 增减率, 增减率(%), 增长率, 增幅, 增减幅度, 增减(%), 增减比例. The <c>rate</c> group says
    /// which.
    /// </summary>
    [GeneratedRegex(@"^(?:比上年|较上年|与上年相比|本年比上年|当年比上年|20\d\d年(?:预算|执行|决算)?数?比20\d\d年(?:预算|执行|决算)?数?)?(?:增减变动|增减变化|增减|增\(减\)|增长|变动|(?<rate>增幅))(?:(?<rate>率|幅度?|比例|百分比)|额|金额|数|情况)?(?:\((?:(?<rate>%)|万元|元)\)|(?<rate>%))?$")]
    public static partial Regex ChangeHeading();

    /// <summary>
    /// A final account's heading over its completion rates, matched without spaces and with ASCII brackets: 决算数为调整预算数的%,
    /// 决算数为全年预算数的%, 决算数占年初预算的比例(%), 完成率(%), 预算执行率, 完成年初预算(%). The <c>base</c> group names the budget it is of
    /// (年初, or 全年 / 调整 for the adjusted one); absent, the budget is the adjusted one where the table prints it.
    /// </summary>
    [GeneratedRegex(@"^(?:决算(?:数)?)?(?:为|占)(?<base>年初|全年|调整后?)?预算(?:数)?(?:的)?(?:%|\(%\)|百分比|比例(?:\(%\))?)$|^(?:预算)?(?:完成|执行)(?:率|比例|进度)(?:\(%\)|%)?$|^完成(?<base>年初|全年|调整后?)?预算(?:数)?(?:的)?(?:%|\(%\)|百分比|比例)?$")]
    public static partial Regex CompletionHeading();

    /// <summary>The opening and the closing balance heading their columns (年初结转和结余 / 小计 | 基本支出 | 项目支出).</summary>
    [GeneratedRegex("^年初(?:财政拨款)?结转和结余$")]
    public static partial Regex OpeningBalanceHeading();

    /// <inheritdoc cref="OpeningBalanceHeading"/>
    [GeneratedRegex("^年末(?:财政拨款)?结转和结余$")]
    public static partial Regex ClosingBalanceHeading();

    /// <summary>A label naming a code, not an amount, in the cell after it: 单位代码, 科目编码, 项目编号.</summary>
    [GeneratedRegex("(?:代码|编码|编号|序号)$")]
    public static partial Regex CodeHeading();

    /// <summary>A column headed as part of the one before it: 其中：财政拨款 (<c>part</c> the heading without 其中).</summary>
    [GeneratedRegex("^其中[:：]?(?<part>.+)$")]
    public static partial Regex OfWhichColumn();

    /// <summary>A heading over a carry-over's columns: 年初结转和结余, 年末结转和结余, 上年结转, 结转下年.</summary>
    [GeneratedRegex("结转|结余")]
    public static partial Regex CarryOverHeading();

    /// <summary>A two-sided summary's heading over one side's columns (收入 | 支出): the side, told apart by its labels, not a measure.</summary>
    public static bool IsSummarySide(string header) => header.Replace(" ", "") is IncomeSide or ExpenditureSide;

    private const string IncomeSide = "收入", ExpenditureSide = "支出";

    /// <summary>Whether a header row heads a whole table as one side of a summary: 收入 (or 支出) over every column.</summary>
    public static bool HeadsSide(IReadOnlyList<string> row, bool income) =>
        row.Count > 0 && row.All(cell => cell.Replace(" ", "") == (income ? IncomeSide : ExpenditureSide));

    /// <summary>A total column, read as the list's single amount when it is the table's only column of amounts.</summary>
    public static bool IsTotal(string header) => header is "合计" or "总计";

    /// <summary>
    /// A heading read as a list's single amount where its column is the table's only one of amounts: a total, the year's
    /// appropriation (本年拨款, Sichuan's 一般公共预算项目支出预算表), or the projects' spending as budgeted or spent (round GC's
    /// Xinjiang: 财政拨款项目支出决算数).
    /// </summary>
    public static bool NamesSoleAmount(string header) => IsTotal(header) || header is "本年拨款" || ProjectSpending().IsMatch(header);

    [GeneratedRegex("^(?:财政拨款|一般公共预算)?项目支出(?:预算|决算)(?:数|金额)?$")] private static partial Regex ProjectSpending();

    /// <summary>
    /// A heading of what was spent, the outcome where it stands beside a budget's columns (Inner Mongolia's final
    /// account: 年初预算数 | 本年支出 | 完成年初预算); a two-sided summary's 本年支出 is its side, no phase.
    /// </summary>
    public static bool NamesSpending(string header) => header.Replace(" ", "") is "本年支出" or "支出决算" or "支出决算数" or "实际支出" or "实际支出数";

    /// <summary>
    /// A heading of what was budgeted, the year's budget where it stands beside what was spent (rounds FC and FN: a final account's
    /// 项目支出决算表, 项目名称 | 预算安排 | 实际支出, its note saying 预算安排 is the 调整预算数).
    /// </summary>
    public static bool NamesArrangedBudget(string header) => header.Replace(" ", "") is "预算安排" or "预算安排数";

    /// <summary>A self-evaluation form's heading over the funds carried out (全年执行数, 执行数), beside its 全年预算数 and 执行率.</summary>
    public static bool NamesExecution(string header) => header.Replace(" ", "") is "全年执行数" or "全年执行" or "执行数";

    /// <summary>
    /// A self-evaluation form's heading over the year's budget its execution is of: 全年预算数 (<see cref="Phase"/>'s adjusted budget), or
    /// 年度预算数 (round IH's Henan: 年初预算数 | 年度预算数 | 执行数 | 执行率（%） | 得分).
    /// </summary>
    public static bool NamesFormsYearBudget(string header) => Phase(header) == Measures.BudgetAdjusted || header.Replace(" ", "") is "年度预算数" or "年度预算";

    /// <summary>
    /// The phase a final account's column prints (年初预算数 → <c>budget.initial</c>, 全年预算数, 调整预算数 or 调整后预算 →
    /// <c>budget.adjusted</c>, 决算数 → <c>actual</c>), or null for any other header. This year's named so beside last year's
    /// (Zhejiang's 三公 table: 上年决算数 | 本年预算数 | 本年决算数) are the same phases.
    /// </summary>
    public static string? Phase(string header) => ThreePublicPrefix().Replace(header, "") switch
    {
        "预算数" or "年初预算数" or "年初预算" or ThisYearsBudget => Measures.BudgetInitial,
        "全年预算数" or "调整预算数" or "全年预算" or "调整预算" or "调整后预算数" or "调整后预算" => Measures.BudgetAdjusted,
        "决算数" or "决算" or "本年决算数" => Measures.Actual,
        _ => null,
    };

    /// <summary>
    /// A heading and the heading under it printed in one cell: a final account's phase (决算数合计, 年初预算数基本支出), or 基本支出 over
    /// its part where an unruled header sets the spanning heading over one column (round CG's Sichuan: "2026年基本支出人员经费"
    /// beside 合计 | 公用经费), its year left out as the heading's own words say no more.
    /// </summary>
    [GeneratedRegex("^(?<heading>年初预算数|调整预算数|全年预算数|决算数)(?<leaf>合计|小计|基本支出|项目支出)$|^(?:20\\d\\d年)?(?<heading>基本支出)(?<leaf>人员经费|公用经费)$")]
    public static partial Regex HeadingOverLeaf();

    /// <summary>This year's budget named beside another year's figures: a budget's own amount, a final account's budget phase.</summary>
    public const string ThisYearsBudget = "本年预算数";

    /// <summary>A final account's outcome, which a heading of what was spent beside a budget's columns stands for.</summary>
    public const string Outcome = "决算数";

    /// <summary>A final account's budget for the year, which a heading of what was budgeted beside what was spent stands for.</summary>
    public const string YearsBudget = "全年预算数";

    /// <summary>Whether a heading names the 三公 (“三公”经费, 三公经费合计).</summary>
    public static bool NamesThreePublic(string heading) => heading.Contains("三公", StringComparison.Ordinal);

    /// <summary>The 三公 named before a phase heading ("“三公”经费决算数"), no part of the phase.</summary>
    [GeneratedRegex(@"^[""“”]?三公[""“”]?经费[""“”]?")]
    private static partial Regex ThreePublicPrefix();

    /// <summary>
    /// Leaves that name the single amount of a list (预算数, 金额; 本年预算 beside 上年预算, Hubei; 数量/金额 of a table whose rows
    /// name their units): <c>amount</c>.
    /// </summary>
    [GeneratedRegex("^(?:本年)?(?:预算数|预算金额|金额|决算数|当年金额|本年预算数|数额)$|^本年预算$|^数量" + AmountAfterCount + "$")]
    public static partial Regex AmountLeaf();

    /// <summary>A year printed before a header's name ("2024年“三公”经费预算数"), no part of the name.</summary>
    [GeneratedRegex(@"^20\d\d年度?")]
    public static partial Regex LeadingYear();

    /// <summary>Whether a header (spaces removed) is a year alone: 2025年, 2025年度.</summary>
    public static bool IsYearAlone(string header) => LeadingYear().Match(header) is { Success: true } year && year.Length == header.Length;

    /// <summary>A header (spaces removed) without the year printed before its name; a year alone ("2022年") stays the header.</summary>
    public static string WithoutLeadingYear(string header) =>
        LeadingYear().Match(header) is { Success: true } year && year.Length < header.Length ? header[year.Length..] : header;

    /// <summary>Label columns that tell of a line rather than name it: how many, in what unit, bought how.</summary>
    [GeneratedRegex("数量|计量单位|形式|方式")]
    public static partial Regex DetailOfLine();

    /// <summary>
    /// The national final-account template's row numbering its columns under the headings ("栏次 | | 1 | 2 | 3 …"): cells
    /// of the words 栏次 or 行次, or of the column numbers counting up from 1 (two at least, or one after 栏次), and nothing else. It is part
    /// of the header, names no column and holds no amount; a number may carry the sum it stands for (1=2+3). A number set close before the next word is read apart from it
    /// (a two-sided summary's "栏次 … 1 栏次 … 2", Zhejiang).
    /// </summary>
    public static bool IsColumnNumbering(IEnumerable<string> cells)
    {
        int next = 1;
        bool named = false;
        foreach (var text in cells.SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (text is "栏次" or "行次")
            {
                named = true;
                continue;
            }
            if (ColumnNumber().Match(text) is not { Success: true } number || number.Groups["n"].Value != next.ToString(System.Globalization.CultureInfo.InvariantCulture)) return false;
            next++;
        }
        return next >= 3 || (named && next >= 2);
    }

    // A column's number, or its number with the sum it stands for (Inner Mongolia: 1=2+3+4+5+6+7, 3=4+5, 7=4/1).
    [GeneratedRegex(@"^(?<n>\d+)(?:=[\d+\-/×*()（）]+)?$")]
    private static partial Regex ColumnNumber();

    /// <summary>
    /// The national template's column of line numbers beside each label (项目 | 行次 | 金额), matched against a column's
    /// header rows run together (收入行次): it numbers the rows and names none of them.
    /// </summary>
    [GeneratedRegex("行次$")]
    public static partial Regex LineNumbers();

    /// <summary>
    /// The column naming each row's unit (计量单位: 万元, 辆, 台（套）) in a table mixing amounts with counts (the national final
    /// account's 机关运行经费及国有资产占用情况表: 项目 | 计量单位 | 数量/金额); a row it gives no money unit prints no amount.
    /// </summary>
    [GeneratedRegex("^计量单位$")]
    public static partial Regex UnitOfMeasure();

    /// <summary>What follows 数量 in the heading of a column of counts and amounts alike: 数量/金额.</summary>
    private const string AmountAfterCount = "[/／]金额";

    /// <summary>
    /// The one column of such a table, holding counts and amounts alike (数量/金额). A table printing counts and amounts in
    /// columns of their own (a procurement list's 计量单位 | 数量 | 金额) needs no row's unit to tell them apart.
    /// </summary>
    [GeneratedRegex("^数量" + AmountAfterCount + "$")]
    public static partial Regex CountsOrAmounts();

    /// <summary>A row's unit naming money, in a <see cref="UnitOfMeasure"/> column.</summary>
    [GeneratedRegex("^(?:元|万元|千元|亿元)$")]
    public static partial Regex MoneyUnit();

    /// <summary>
    /// Headers of columns that hold labels, codes, counts or dates, not amounts (数量, but not 数量/金额, whose rows say by their
    /// unit which they print); the line numbers (行次, 栏次) the national final-account template prints beside each label; and a
    /// self-evaluation form's scores (分值, 得分, 权重: round LM's Hunan, 10 and 9.60 beside its fund block).
    /// </summary>
    [GeneratedRegex("编码|代码|编号|名称|^项目$|^项目\\(|科目|数量(?!" + AmountAfterCount + ")|计量单位|时间|日期|占比|比例|类别|类型|内容|主体|说明|级指标|指标值|绩效目标|^(?:类款项|类款|款项|[类款项])$|^行次$|^栏次$|^(?:分值|得分|权重)(?:[(（][^()（）]*[)）])?$")]
    public static partial Regex Label();

    /// <summary>
    /// A heading that names money (金额, 预算数, a year), matched against a column's header rows run together: such
    /// a column is one of amounts even where most of its cells are words.
    /// </summary>
    [GeneratedRegex("金额|预算数|决算数|^(?:前年|上年|20\\d\\d年)$")]
    public static partial Regex Money();

    /// <summary>
    /// A heading naming a rate or a share, not money: 增减率（%）, 增长率, 占比, 比重, 完成率, 百分比, a bare (%) or （%）, a
    /// heading closing with % (决算数为调整预算数的%).
    /// </summary>
    [GeneratedRegex("率|占比|比重|百分比|[(（]%[)）]|%$")]
    public static partial Regex Rate();

    /// <summary>
    /// A heading over each line's share of the table's total, matched without spaces and with ASCII brackets: 占比, 占比(%), 比重,
    /// 所占比例, 构成, 占总额比重, 占支出比例(%).
    /// </summary>
    [GeneratedRegex(@"^(?:占比|比重|所占比例|构成比?|占(?:总)?(?:收入|支出|预算)?(?:总额|合计|总计)?(?:的)?(?:比重|比例|百分比))(?:\([%％]\)|[%％])?$")]
    public static partial Regex ShareHeading();

    /// <summary>Whether a column's header rows, run together, name codes (编码, 代码, 编号).</summary>
    public static bool NamesCodes(string heading) => heading.Contains('码') || heading.Contains("编号");

    // The label columns of a group, matched against the header rows run together without spaces.

    /// <summary>The column of a unit's code (单位编码), which names the unit's rows rather than a classification.</summary>
    [GeneratedRegex("单位(?:编码|代码)")]
    public static partial Regex UnitCode();

    /// <summary>
    /// A column of classification codes: 科目编码, or the code split in 类, 款 and 项, bare or under a heading spanning the
    /// three (项目 | 科目编码 over 类 | 款 | 项: run together 项目类, 科目编码款); two of the parts' headings centred over
    /// narrow columns may be read as one (类款 over 201 38, or over the 款 column beside a class column headed by nothing); or under the
    /// classification's name (政府预算支出经济分类 over 类 | 款, round GN's Shenzhen).
    /// </summary>
    [GeneratedRegex("编码|代码|^经济科目$|^功能科目$|^(?:.{0,8}?(?:项目|科目|编码|分类))?(?:类款项|类款|款项|[类款项])$")]
    public static partial Regex Code();

    /// <summary>
    /// Whether a code column's heading ends in parts of the split code (类, 款项; under 科目编码 spanning them:
    /// 项目科目编码类款), not in a whole code (科目编码).
    /// </summary>
    public static bool NamesCodeParts(string heading) => heading.Length > 0 && heading[^1] is '类' or '款' or '项';

    /// <summary>A column naming what is bought (购买服务内容, 采购品目; some 政府采购表 only 规格要求): an item's name.</summary>
    [GeneratedRegex("购买服务内容|采购项目|采购品目|采购内容|规格要求")]
    public static partial Regex ItemName();

    /// <summary>A column naming a project (项目名称) — or the subject, where <see cref="IsSubjectNamedProject"/>.</summary>
    [GeneratedRegex("项目名称|^项目$|项目\\(")]
    public static partial Regex ProjectName();

    /// <summary>A summary's subject column printed as 项目(…) ("项目(按功能分类)"): it names lines, not projects.</summary>
    public static bool IsSubjectNamedProject(string header) => header.StartsWith("项目(");

    /// <summary>A column naming the subject (科目名称).</summary>
    [GeneratedRegex("科目名称|^科目$|名称\\(科目\\)")]
    public static partial Regex SubjectName();

    /// <summary>Whether a heading names what its rows are (名称: 单位名称, 科目名称, 项目名称).</summary>
    public static bool NamesSomething(string heading) => heading.Contains("名称", StringComparison.Ordinal);

    /// <summary>A column naming the unit (单位名称).</summary>
    [GeneratedRegex("单位名称")]
    public static partial Regex UnitName();
}
