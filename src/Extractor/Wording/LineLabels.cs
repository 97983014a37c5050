using System.Text.RegularExpressions;
using Extractor.Model;

namespace Extractor.Wording;

/// <summary>
/// How publications label the table lines the rules look up, matched against the label with spaces removed
/// ("合 计"). A new template's wording is a new alternative here, with its printed variant in the tests.
/// </summary>
public static partial class LineLabels
{
    /// <summary>
    /// The row labels of the standard template's two-sided summaries (Hubei's and the national template's 收入支出总表
    /// and 财政拨款收支总表, with the variants the template is printed in) and of its 三公 table by line, spaces removed
    /// and brackets half-width: what
    /// a label OCR garbled is taken for when it reads one of them alone (<c>MisreadLabels</c>).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> TemplateRows = new Dictionary<string, string[]>
    {
        [TableTypes.IncomeExpenditureSummary] =
        [
            "一、财政拨款(补助)", "(一)财政指标拨款(补助)", "(二)纳入金库非税收入安排的拨款", "(三)上级专项转移支付", "(三)上级专项转移支付资金",
            "二、其他自有资金", "(一)上级补助收入", "(二)附属单位上缴收入", "(三)事业单位经营收入", "(四)其他收入", "三、政府性基金",
            "四、纳入财政专户管理资金", "四、纳入财政专户管理资金(教卫专用)", "五、上年结转", "(一)财政拨款(补助)结转", "1、财政指标拨款(补助)结转",
            "2、金库非税收入安排的拨款结转", "(三)其他结转", "本年收入合计", "收入总计",
            "经济分类", "工资福利支出", "工资福利性支出", "商品和服务支出", "对个人和家庭补助支出", "对个人和家庭的补助支出", "债务利息及费用支出",
            "资本性支出(基本建设)", "资本性支出", "对企业补助(基本建设)", "对企业补助", "对社会保障基金支出", "其他支出", "政府经济分类",
            "基本支出", "一般资本性支出", "项目支出", "部门项目支出", "公共项目(专项资金)支出", "本年经济分类支出合计", "本年功能科目支出合计",
            "五、结转下年", "结转下年", "支出总计", "支出功能科目总计",
        ],
        [TableTypes.FiscalAppropriationSummary] =
        [
            "一、财政拨款(补助)", "(一)财政指标拨款(补助)", "(二)纳入金库非税收入安排的拨款", "(三)上级专项转移支付", "二、政府性基金", "三、上年结转",
            "本年收入合计", "收入总计",
            "经济分类", "工资福利支出", "工资福利性支出", "商品和服务支出", "对个人和家庭补助支出", "对个人和家庭的补助支出", "债务利息及费用支出",
            "资本性支出(基本建设)", "资本性支出", "对企业补助(基本建设)", "对企业补助", "对社会保障基金支出", "其他支出", "政府经济分类",
            "基本支出", "一般资本性支出", "项目支出", "部门项目支出", "公共项目(专项资金)支出", "本年经济分类支出合计", "本年功能科目支出合计",
            "结转下年", "支出总计", "支出功能科目总计",
        ],
        [TableTypes.ThreePublicExpenses] =
        [
            "合计", "1.因公出国(境)费", "1.因公出国(境)费用", "2.公务用车购置及运行维护费", "其中:(1)公务用车购置费", "其中:(1)公务用车购置",
            "(2)公务用车运行维护费", "3.公务接待费",
        ],
    };

    /// <summary>A label as these patterns read it: spaces removed, ASCII or ideographic ("合　计").</summary>
    public static string Bare(string label) => string.Concat(label.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>
    /// A row labelled with the year it holds (a 三公 table printing 2023年预算数 and 2024年预算数 as rows, or 上年预算数):
    /// the year, absent for 上年.
    /// </summary>
    [GeneratedRegex(@"^(?:(?<year>20\d\d)年度?|上年)")] public static partial Regex YearRow();

    /// <summary>Whether a row's label names another year than the document's (2023年预算数 in a 2024 budget, 上年…).</summary>
    public static bool NamesAnotherYear(string label, int? fiscalYear) =>
        YearRow().Match(label.Replace(" ", "")) is { Success: true } m
        && (!m.Groups["year"].Success || fiscalYear is { } year && m.Groups["year"].Value != year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A table's total line: 合计 or 总计; 部门合计 above the units' lines of a table by unit (round KO's Fujian).</summary>
    [GeneratedRegex("^(?:部门)?合计$|^总计$")] public static partial Regex Total();

    /// <summary>
    /// A 机关运行经费 table's total row: 合计, 总计, or 合计 naming what the table lists (机关运行经费合计, Yunnan; 机关运行经费支出合计,
    /// round DW's Zhejiang).
    /// </summary>
    [GeneratedRegex("^(?:机关运行经费(?:支出)?)?合计$|^总计$")] public static partial Regex OperatingCostsTotal();

    /// <summary>A 机关运行经费 table's heading over its items, no item itself: 商品和服务支出, 公用经费 (with or without 302 or an enumerator).</summary>
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、)?(?:30[12])?(?:商品和服务支出|公用经费|工资福利支出|人员经费)$")] public static partial Regex OperatingCostsClass();

    /// <summary>
    /// The foot of each side of a final account's basic-expenditure table printed in two (Shanghai: 人员经费合计 below 301
    /// and 303, 公用经费合计 below 302 and 310): a total of its column.
    /// </summary>
    [GeneratedRegex("^(?:人员经费|公用经费)合计$")] public static partial Regex BasicSplitTotal();

    /// <summary>
    /// 人员经费 or 公用经费 printed as a head over its economic classes in a basic-expenditure table listing both (round FY's
    /// Henan township budget: 人员经费, 301 …, 303 …, 公用经费, 302 …).
    /// </summary>
    [GeneratedRegex("^(?:人员经费|公用经费)$")] public static partial Regex BasicSplitHead();

    /// <summary>Whether a foot of <see cref="BasicSplitTotal"/> is the personnel side's (人员经费合计), not the public funds' (公用经费合计).</summary>
    public static bool IsPersonnelSide(string label) => Bare(label).StartsWith("人员经费", StringComparison.Ordinal);

    /// <summary>A summary's income total (budgets).</summary>
    [GeneratedRegex("^收入总计$")] public static partial Regex IncomeTotal();

    /// <summary>A summary's grand total: 收入总计 (budgets) or 总计 (final accounts, printed once for both sides).</summary>
    [GeneratedRegex("^(?:收入)?总计$")] public static partial Regex GrandTotal();

    /// <summary>The expenditure side's grand total of an income and expenditure summary, which balances the income side's.</summary>
    [GeneratedRegex("^支出总计$")] public static partial Regex ExpenditureTotal();

    /// <summary>A total or a group's subtotal as a row labels it (合计, 总 计, 小计), matched against the label trimmed.</summary>
    [GeneratedRegex(@"^(?:合\s*计|总\s*计|小\s*计)$")] public static partial Regex AnyTotal();

    /// <summary>
    /// A row naming a budget unit, not an item: a name ending in a unit's word (…局, …中心, …监测站, …执法支队, …公证处, …林场),
    /// or the department's own office (…局（本级）, round BJ's 吉林省农业农村厅机关).
    /// </summary>
    [GeneratedRegex(@"^(?:\d+[.、．]?)?\D{2,40}?" + UnitWord + @"(?:[（(](?:本级|机关)[）)]|机关|本级)?$|[（(]本级[）)]$")]
    public static partial Regex UnitName();

    /// <summary>
    /// A unit's row in a 单位名称 column, its code in square brackets before its name, as budget systems export them
    /// ("[304001]海南省林业局本级", "【215002】青海省科技信息研究所"); not a 项's code so bracketed ([2010301]行政运行).
    /// </summary>
    [GeneratedRegex(@"^[\[【［](?!2\d{6}[\]】］])(?<code>\d{6,9})[\]】］]\s*(?<name>\S.*)$")]
    public static partial Regex BracketedUnit();

    /// <summary>The word a budget unit's name ends in (…局, …中心, …监测站, …执法支队, …公证处, …林场, …学校, …中学: round FT's Anhui).</summary>
    public const string UnitWord = "(?:局|中心|站|所|处|院|队|馆|场|校|园|中学|小学|大学|办公室|委员会|办事处|厅)";

    /// <summary>
    /// A summary's income of the year (本年收入合计; Jiangsu: 当年收入小计), without what was carried over into it.
    /// </summary>
    [GeneratedRegex("^(?:本年收入合计|当年收入小计)$")] public static partial Regex IncomeOfYear();

    /// <summary>A summary's line of the year's expenditure over what it is spent on, its enumerator left out (一、本年支出).</summary>
    [GeneratedRegex("^(?:财政拨款)?本年支出$")] public static partial Regex YearsExpenditureHead();

    /// <summary>A summary's expenditure of the year (本年支出合计), without what is carried forward.</summary>
    [GeneratedRegex("^本年支出合计$")] public static partial Regex ExpenditureOfYear();

    /// <summary>
    /// Either side's total of the year, before what is carried over or forward: 本年收入合计, 本年…支出合计, 当年…小计 (rdbgt
    /// 2017 wraps 当年收入 | 小计 over two rows, the figure beside the first).
    /// </summary>
    [GeneratedRegex("^本年.*(?:收入|支出)合计$|^当年(?:收入|支出)(?:小计)?$")] public static partial Regex AnyOfYear();

    /// <summary>
    /// A summary side's closing total where it prints no year's total above it: 收入总计, 支出总计, 总计, and Jiangsu's
    /// 收入合计 / 支出合计 (the totals with what is carried, below 当年收入小计 where that is printed).
    /// </summary>
    [GeneratedRegex("^(?:收入|支出)?总计$|^支出功能科目总计$|^(?:收入|支出)?合计$")] public static partial Regex SideTotal();

    /// <summary>Whether a summary's total names its income side (本年收入合计, 收入总计), not its expenditure's.</summary>
    public static bool IncomeSide(string label) => label.Contains("收入", StringComparison.Ordinal);

    /// <summary>Jiangsu's grand totals, read as 收入总计 / 支出总计 where the table prints no 总计 line.</summary>
    [GeneratedRegex("^收入合计$")] public static partial Regex IncomeSum();
    [GeneratedRegex("^支出合计$")] public static partial Regex ExpenditureSum();

    /// <summary>
    /// Which amount carried between a summary side's year total and its total a line is — 上年结转 (结余, 资金), 结转下年, a
    /// final account's 年初 / 年末 (年终)…结转和结余, 使用非财政拨款结余, 结余分配, 用事业基金弥补收支差额 (over, forward, opening,
    /// closing, non-fiscal balance used,
    /// balance distributed, reserve drawn on), its enumerator set aside (二、年初结转和结余); null for another line. Two lines
    /// of one kind are a line and its part.
    /// </summary>
    public static int? CarryKind(string label)
    {
        var text = Enumerator().Replace(Bare(label), "");
        for (int kind = 0; kind < CarryKinds.Length; kind++)
            if (CarryKinds[kind].IsMatch(text)) return kind;
        return null;
    }

    private static readonly Regex[] CarryKinds =
    [
        new("上年结转"), new("结转下年"), new("^年初.*结转和?结余"), new("^年[末终].*结转和?结余"), new("^使用非财政拨款结余"), new("^结余分配$"),
        new("^用事业基金弥补"),
    ];

    /// <summary>The income side's whole carry-over (上年结转, 上年结转结余, 上年结转资金), its enumerator set aside.</summary>
    [GeneratedRegex(@"^(?:" + AnyEnumerator + @")?上年结转(?:结余|资金)?$")] public static partial Regex Carryover();

    /// <summary>Any line of money carried from last year (上年结转, 上年结余, 一般公共预算拨款上年结转…).</summary>
    [GeneratedRegex("上年结[转余]")] public static partial Regex LastYearsCarrying();

    /// <summary>The first enumerator of a run (一、, （一）, 1、, （1）): a second one in a column starts another breakdown.</summary>
    [GeneratedRegex(@"^(?:一[、．.]|[（(]一[）)]|1[、．.](?!\d)|[（(]1[）)])")] public static partial Regex FirstEnumerator();

    /// <summary>A group's subtotal as a part column labels it: 小计.</summary>
    [GeneratedRegex(@"^小计$")] public static partial Regex Subtotal();

    /// <summary>A line giving part of the line above it only: 其中：….</summary>
    [GeneratedRegex("^其中")] public static partial Regex OfWhich();

    /// <summary>A final account's opening balance (年初结转和结余, 年初财政拨款结转和结余).</summary>
    [GeneratedRegex("^年初.*结转和结余$")] public static partial Regex OpeningBalance();

    /// <summary>A final account's closing balance (年末结转和结余, 年末财政拨款结转和结余).</summary>
    [GeneratedRegex("^年末.*结转和结余$")] public static partial Regex ClosingBalance();

    /// <summary>A final account's income from the balance of non-appropriated funds (使用非财政拨款结余(含专用结余)).</summary>
    [GeneratedRegex("^使用非财政拨款结余")] public static partial Regex UsedNonfiscalBalance();

    /// <summary>A unit's reserve drawn on to cover the year's deficit: 用事业基金弥补收支差额.</summary>
    [GeneratedRegex("^用事业基金弥补")] public static partial Regex ReserveDrawnOn();

    /// <summary>A final account's distribution of the balance (结余分配), an outflow beside the year's expenditure.</summary>
    [GeneratedRegex("^结余分配$")] public static partial Regex BalanceDistributed();

    /// <summary>
    /// The word naming each fund in a summary's income rows ("一般公共预算财政拨款收入", "年初…政府性基金预算财政拨款"),
    /// with the measure of that fund's expenditure column.
    /// </summary>
    public static readonly (string Word, string Measure)[] FundRows =
    [
        ("一般公共预算", Measures.FundGeneralBudget), ("政府性基金", Measures.FundGovernmentFund), ("国有资本经营", Measures.FundStateCapital),
    ];

    /// <summary>
    /// The income lines of a fiscal appropriation summary by fund: "一、一般公共预算", "一、一般公共预算资金", "一般公共预算拨款收入",
    /// "（一）一般公共预算拨款" under 一、本年收入; "二、政府性基金预算", "政府性基金预算财政拨款".
    /// </summary>
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?一般公共预算(?:财政)?(?:资金|拨款)?(?:收入)?$")] public static partial Regex GeneralBudgetIncome();
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?政府性基金(?:预算)?(?:财政)?(?:资金|拨款)?(?:收入)?$")] public static partial Regex GovernmentFundIncome();
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?国有资本经营(?:预算)?(?:财政)?(?:资金|拨款)?(?:收入)?$")] public static partial Regex StateCapitalIncome();

    /// <summary>
    /// A unit's own income lines of a summary, beside the appropriations: "四、财政专户管理资金收入", "五、单位资金收入" (Jiangsu, round FL;
    /// Chongqing, round FO) and the parts listed under it, "（一）事业收入", "（二）经营收入".
    /// </summary>
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?(?:纳入)?财政专户管理(?:的)?资金(?:收入)?$")] public static partial Regex SpecialAccountIncome();
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?单位资金(?:收入)?$")] public static partial Regex UnitFundsIncome();
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?事业收入$")] public static partial Regex PublicServiceIncome();
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?(?:事业单位)?经营收入$")] public static partial Regex BusinessIncome();
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?其他收入$")] public static partial Regex OtherIncome();

    /// <summary>Jiangsu's expenditure line of a unit's contingency reserve in 收支预算总表: "三、单位预留机动经费".</summary>
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、)?(?:单位)?预留机动经费$")] public static partial Regex Reserve();

    /// <summary>
    /// The heads of a summary's economic side (Hubei's standard template, under the expenditure of its 收支总表): 经济分类
    /// over the department's economic classes, 政府经济分类 over 基本支出 (its classes under it) and 项目支出 (its kinds).
    /// </summary>
    [GeneratedRegex(@"^(?:部门)?(?:支出)?经济分类$")] public static partial Regex EconomicSideHead();

    [GeneratedRegex(@"^政府(?:预算)?(?:支出)?经济分类$")] public static partial Regex GovernmentEconomicHead();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、)?基本支出$")] public static partial Regex BasicExpenditureHead();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、)?项目支出$")] public static partial Regex ProjectExpenditureHead();

    /// <summary>An economic class as a summary's economic side lists it: 工资福利支出, 对个人和家庭补助支出, 一般资本性支出 ….</summary>
    [GeneratedRegex(@"^(?:工资福利支出|商品和服务支出|对个人和家庭的?补助(?:支出)?|债务利息(?:及费用)?支出|(?:一般|其他)?资本性支出(?:[（(]基本建设[)）])?|对企业补助(?:支出)?|对社会保障基金补助|其他支出)$")]
    public static partial Regex EconomicClassLine();

    /// <summary>A kind of project expenditure under 项目支出: 部门项目支出, 公共项目(专项资金)支出.</summary>
    [GeneratedRegex(@"^\S+项目(?:[（(][^）)]+[)）])?支出$")] public static partial Regex ProjectKindLine();

    /// <summary>
    /// A procurement table's lines by kind, each with the letter of its part of the procurement catalogue (Jiangsu:
    /// 一、货物 A, 二、工程 B, 三、服务 C), or as its subtotal over its items (round IO's Inner Mongolia: 货物小计).
    /// </summary>
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、)?货物(?:类)?(?:小计|合计)?\s*A?$")] public static partial Regex ProcurementGoods();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、)?工程(?:类)?(?:小计|合计)?\s*B?$")] public static partial Regex ProcurementWorks();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、)?服务(?:类)?(?:小计|合计)?\s*C?$")] public static partial Regex ProcurementServices();

    /// <summary>Whether a procurement table's line is one of its kinds (<see cref="ProcurementGoods"/>, 工程, 服务) saying it is the subtotal of the items under it (货物小计).</summary>
    public static bool IsProcurementKindSubtotal(string name) =>
        (name.EndsWith("小计", StringComparison.Ordinal) || name.EndsWith("合计", StringComparison.Ordinal))
        && (ProcurementGoods().IsMatch(name) || ProcurementWorks().IsMatch(name) || ProcurementServices().IsMatch(name));

    /// <summary>The fiscal appropriation line of a performance form's fund overview: 财政拨款, matched from the label's start.</summary>
    [GeneratedRegex("^财政拨款")] public static partial Regex FiscalAppropriation();

    /// <summary>
    /// The 三公 total line: 合计, or as the national template's 情况表 (项目 | 预算数 | 决算数) names it: "一、“三公”经费支出"
    /// printing the figures (round AL's Yunnan), or "（一）支出合计" under that heading (round AS's Tianjin).
    /// </summary>
    [GeneratedRegex(@"^合计$|^总计$|^(?:[一二三四五六七八九十]+[、．.])?[“""]?三公[”""]?经费(?:支出)?(?:合计)?$|^(?:[（(]一[）)])?支出合计$")]
    public static partial Regex ThreePublicTotal();

    /// <summary>
    /// 机关运行经费 as a line of the national template's 情况表 beside 三公: "二、行政参公单位机关运行经费", or "机关运行经费" alone.
    /// </summary>
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+[、．.])?(?:行政参公单位)?机关运行经费(?:支出)?$")]
    public static partial Regex OperatingCostsLine();

    /// <summary>
    /// A line counting, not spending (the 情况表's 相关统计数: 公务用车保有量（辆）, 国内公务接待批次（个）, 接待人次（人）):
    /// its figures are no amounts.
    /// </summary>
    [GeneratedRegex($@"[（(](?:{CountUnits})[）)]$")]
    public static partial Regex Counted();

    /// <summary>A cell naming a row's unit of count (辆, 台（套）, 个) in a table of counts beside amounts.</summary>
    [GeneratedRegex($@"^(?:{CountUnits})(?:[（(](?:{CountUnits})[）)])?$")]
    public static partial Regex CountUnit();

    private const string CountUnits = "个|辆|人|人次|次|批|批次|台|套|处|名|户|家|项";

    /// <summary>
    /// A line of rates under two years' lines (round CO's narrative 三公 table: 2025年预算数 | 2026年预算数 | 增减额 | 增减率（%）
    /// as rows), named as a column of rates is headed (<see cref="ColumnHeaders.ChangeHeading"/>'s rate): its figures are
    /// percentages, no amounts.
    /// </summary>
    public static bool IsRateLine(string label) =>
        ColumnHeaders.ChangeHeading().Match(Bare(label).Replace('（', '(').Replace('）', ')')) is { Success: true } m && m.Groups["rate"].Success;

    /// <summary>The 三公 lines: 因公出国(境)费, 公务用车购置及运行(维护)费, 公务接待费.</summary>
    [GeneratedRegex("因公出国")] public static partial Regex Overseas();
    [GeneratedRegex("公务用车购置及运行")] public static partial Regex Vehicle();
    [GeneratedRegex("(?<!国内|境内|国[(（]境[)）]外|境外|国外)公务接待")] public static partial Regex Reception();

    /// <summary>
    /// The reception line's two parts: 国内(公务)接待费, 国（境）外(公务)接待费; not their counts (国内公务接待批次), nor 外宾接待费, which
    /// is domestic reception.
    /// </summary>
    [GeneratedRegex("^(?:其中[:：]?)?(?:[(（][0-9][)）]|[0-9][.．、])?(?:国内|境内)(?:公务)?接待费")] public static partial Regex ReceptionDomestic();
    [GeneratedRegex("^(?:其中[:：]?)?(?:[(（][0-9][)）]|[0-9][.．、])?(?:国[(（]境[)）]外|境外|国外)(?:公务)?接待费")] public static partial Regex ReceptionForeign();

    /// <summary>The vehicle line's two parts: 公务用车购置费 ("其中：(1)公务用车购置"), 公务用车运行(维护)费 ("(2)…").</summary>
    [GeneratedRegex("公务用车购置费|^其中[:：]?[(（]1[)）]公务用车购置|^[(（]1[)）]公务用车购置")] public static partial Regex VehiclePurchase();
    [GeneratedRegex("公务用车运行(?:维护)?费|^[(（]2[)）]")] public static partial Regex VehicleOperation();

    /// <summary>A label opened by a Chinese enumerator (一、货物), grouping the lines after it.</summary>
    [GeneratedRegex(@"^[一二三四五六七八九十]+\s*、")] public static partial Regex Enumerated();

    /// <summary>
    /// How deep a summary line's enumerator sets it: 一、 1, （一） 2, 1、 or 1. 3, （1） 4; null for a line without one.
    /// Lines under a line of a lesser depth are its parts (一、财政拨款收入 over 1、一般公共预算资金, 2、政府性基金).
    /// </summary>
    public static int? EnumeratorDepth(string label)
    {
        var text = Bare(label);
        for (int depth = 0; depth < EnumeratorsByDepth.Length; depth++)
            if (EnumeratorsByDepth[depth].IsMatch(text)) return depth + 1;
        return null;
    }

    /// <summary>A summary line opened by its function class's code (the standard template's "208社会保障和就业"): a line of the first depth.</summary>
    [GeneratedRegex(@"^2[0-3]\d(?!\d)")] public static partial Regex ClassCoded();

    private static readonly Regex[] EnumeratorsByDepth =
    [
        new(@"^[一二三四五六七八九十]+[、．.]"), new(@"^[（(][一二三四五六七八九十]+[）)]"), new(@"^\d+[、．.](?!\d)"), new(@"^[（(]\d+[）)]"),
    ];

    /// <summary>Any enumerator opening a label (八、, 1., （二）), to be set aside when the label is read as a name.</summary>
    [GeneratedRegex(@"^\s*(?:" + AnyEnumerator + @")\s*")] public static partial Regex Enumerator();

    /// <summary>An enumerator of any depth: 八、, 1., （二）, (3).</summary>
    private const string AnyEnumerator = @"[一二三四五六七八九十]+[、．.]|\d+[、．.]|[（(][一二三四五六七八九十\d]+[）)]";
}
