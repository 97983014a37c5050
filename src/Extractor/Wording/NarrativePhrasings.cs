using System.Text.RegularExpressions;
using Extractor.Model;

namespace Extractor.Wording;

/// <summary>
/// How narratives state their figures — totals and parts with shares and changes, 三公, 机关运行经费, procurement,
/// staff and vehicles, final accounts' budgets carried out — in the Hubei, Shanghai and Jiangsu wordings. Each
/// phrasing names the fact key it reads; a new province's wording is a new alternative here, with its printed
/// variant in the tests. Amounts are read with the unit printed with them.
/// </summary>
public static partial class NarrativePhrasings
{
    internal const string Figure = @"\d[\d,]*(?:\.\d+)?";

    /// <summary>Where the parts of a basic expenditure are listed after it and 其中, each clause after a stop.</summary>
    // The basic expenditure's change may come before 其中, and a part's list of what it holds may end its sentence before the next
    // part (round JC's Guizhou: "一般公共预算基本支出2919.24万元，比上年减少493.62万元，下降14.46%。其中：人员经费2544.48万元，占87.76%，…
    // 主要包括：基本工资、…。公用经费364.76万元，占12.84%").
    private static string BasicPartsOf(string basic) =>
        @"(?<=" + basic + Figure + "(?:" + MoneyUnits + @")" + ChangeBeforeItsParts + @"[,，。]?其中[:：]?(?:[^。]{0,200}?[；;。])?)";

    /// <summary>A whole's change stated between its figure and 其中 (…1,000.00万元，比上年增加…，增长…%，其中：; Guangxi's …，同比减少…).</summary>
    private const string ChangeBeforeItsParts = @"(?:[,，](?:比|较|与|同比)[^。；;]{0,40}?)?";

    /// <summary>The general budget's basic expenditure, and a basic expenditure named bare (the department's).</summary>
    private const string GeneralBudgetBasicWords = @"一般公共预算(?:财政)?(?:拨款)?基本支出(?:预算)?(?:为)?",
        BasicWords = @"(?<!一般公共预算(?:财政)?(?:拨款)?)基本支出(?:预算)?(?:为)?";

    /// <summary>Where the funds of a budget's fiscal appropriation are listed after its 收支预算总计 and 其中.</summary>
    private const string FiscalAppropriationFunds = @"(?<=财政拨款收支预算(?:总计|总额)(?:为)?" + Figure + "(?:" + MoneyUnits + @")[^。]{0,80}[。]?其中[:：](?:[^。]{0,200}?[；;，,])?)";

    /// <summary>
    /// The words after 占 in a share printed "占比64.23%" or "占比为…" (Hunan, Shandong, Anhui), or after its whole in one printed
    /// "占支出预算的比重为34.06%" (round CR's Anhui and Jiangxi), dropped before the narrative is read so that every share
    /// phrasing, written for "占64.23%" and "占支出预算的34.06%", reads it.
    /// </summary>
    [GeneratedRegex(@"(?<=占)比(?:重)?[为达]?(?=\d)|(?<=占[^，。,；;%\d]{1,24})(?:比重|比例)[为达]?(?=\d)")]
    public static partial Regex ShareWordsAfterZhan();

    /// <summary>
    /// A remark in brackets between an amount and its share ("事业收入486.00万元（其中：教育收费412.50万元），占7.43%", round AN's
    /// schools and hospitals): read past, as if the share followed the amount.
    /// </summary>
    [GeneratedRegex(@"(?<=\d(?:亿元|万元|元))[(（]其中[:：][^()（）。；;]{1,40}[)）](?=[,，]占\d)")]
    public static partial Regex RemarkBeforeShare();

    /// <summary>
    /// The units a narrative prints money in (<see cref="Mapping.PrintedFigures.UnitFactor"/> converts them); 万 without 元 where
    /// punctuation follows it ("“三公”经费决算数合计为1000.86万，其中：…", Hubei), not a count (10万人次). A figure given as
    /// approximate, as a bound or as a range's end (35万元左右, 控制在50万元以内, 单价50万元以上, 1,000万元至1,200万元) states no
    /// amount to check.
    /// </summary>
    internal const string MoneyUnits = "(?:亿元|万元|万(?=[,，。；;、])|元)(?!左右|以内|以上|以下|至\\d|[-－~～]\\d)";
    internal const string Amount = $@"(?<amount>{Figure})(?<unit>{MoneyUnits})";
    // "比2022年预算增加95.54万元,增长1.78%", "与2022年预算持平", "与上年相比增加3,226.63万元，增长32.04%" (the year
    // before the document's), "与上年相比收、支预算总计各增加2214.39万元，增长10.06%", "与上年相比，财政拨款收、支总计各
    // 增加3,958.98万元", "与上年相比，财政拨款支出增加3,958.98万元"; a change may open the
    // sentence after its figure ("基本支出预算数为15,844.04万元。与上年相比增加1849.73万元，增长13.22%", "…收支总预算5456.16万元。
    // 比2022年预算增加95.54万元"); "比上年增加…",
    // "较2023年减少…" elsewhere; "同比增加8.25万元，同比增长2.8%" (Guangxi).
    // What a change states after its base: the direction, then the amount (with its rate) or the rate alone.
    // A template's unchosen alternative may stay beside the word ("减少（增加）0.15万元，下降（增长）27.78%"): the word
    // printed first is the direction. The rate may follow the amount in brackets: "较上年减少1.5万元（42.86%）", or come
    // first: "同比增长4.17%，增加1.00万元", "较上年下降4.08%（减少412.35万元）"; its word may carry 幅度 or 为: "减幅为10.47%". A
    // signed rate after the amount takes the amount's direction: "减少73.91万元，增减率-20.00%", "增加1,856.60万元（+2.9%）" (round AY).
    private const string ChangeFigures = $@"(?<direction>{ChangeDirection}){Alternative}了?(?:(?<camount>{Figure})(?<cunit>{MoneyUnits})(?:[,，](?:同比)?(?<second>增长|增加|上升|下降|减少|降低|降幅|增幅|减幅)(?:幅度)?(?:为)?{Alternative}了?(?<pct>\d+(?:\.\d+)?)%|[,，]增减(?:率|幅度?)(?:为)?[+\-－]?(?<pct>\d+(?:\.\d+)?)%|[(（][+\-－]?(?<pct>\d+(?:\.\d+)?)%[)）])?|(?<pct>\d+(?:\.\d+)?)%(?:[,，](?<second>增加|减少)(?<camount>{Figure})(?<cunit>{MoneyUnits})|[(（](?<second>增加|减少)(?<camount>{Figure})(?<cunit>{MoneyUnits})[)）])?)";

    /// <summary>A change stated as a multiple of last year's figure: "1.2倍" after 增长.</summary>
    internal const string Times = @"(?<times>\d+(?:\.\d+)?)倍";

    /// <summary>This year's figure as a multiple of last year's: "是上年的2.2倍", "为2024年预算数的3倍".</summary>
    internal const string RatioToLastYear = $@"(?:是|为|相当于){LastYear}(?:同期)?(?:预算|决算)?(?:执行)?(?:数)?的(?<ratio>\d+(?:\.\d+)?)倍";

    /// <summary>A multiple after a change's amount: "，增长1.2倍", "，较上年增长1.2倍", "，是上年的2.2倍".</summary>
    internal const string MultipleAfterAmount = $@"[,，](?:同比|(?:比|较)上年(?:度)?)?(?:增长|增加|上升)了?{Times}|[,，]{RatioToLastYear}";

    /// <summary>
    /// A change more than doubling its figure stated as a multiple right after the figure or its change, read apart from the
    /// figures' rules (whose every match would otherwise try it): "…增加3,709.84万元，是上年的2.6倍", "…增加5,213.86万元，增长1.2倍",
    /// "…9,558.74万元，比上年增长1.2倍", "…500万元，是上年的2.5倍".
    /// </summary>
    public static readonly Regex MultipleFollows = Rule($@"\G(?:[,，](?<base>{ChangeBase})(?<direction>增长|增加|上升)了?{Times}|{MultipleAfterAmount})");
    private const string Alternative = $@"(?:[(（](?:{ChangeDirection})[)）])?";

    internal const string Change = $@"(?:(?:{Apposition})?(?:{PriorClause})?(?:[,，]|{SoleFigureSentenceEnd}。(?=与上年|(?:比|较)(?:20\d\d年|上年|去年)))(?:(?<base>{ChangeBase}){ChangeFigures}|{RoughlyFlat}|{FlatChange}|{ChangeWithoutBase})|{DefinedThenChanged}" +
        $@"|{BracketedPrior}[,，](?:(?<base>{ChangeBase}){ChangeFigures}|{ChangeAgainstItsPrior}))?";

    // Last year's figure in brackets after this year's, then the change (Shaanxi's 部门综合预算, round KZ: "公务用车运行维护费46.20万元（上年
    // 45.80万元），减少3.20万元"): the change's base, the change told by its amount alone where it is against that figure.
    private const string BracketedPrior = $@"[(（](?:(?<pyear>20\d\d)年度?|上年度?)(?<pkind>决算数?|预算数?|执行数)?(?:为|是)?(?<prior>{Figure})(?<punit>{MoneyUnits})[)）]";

    private const string ChangeAgainstItsPrior = $@"{ChangeAmount}(?:{ChangeRate})?";

    // A balance's sentence naming one fund or the appropriated funds as its subject: not the department's balance.
    // (使用非财政拨款结余 before it names no subject.)
    private const string FundsBalance = @"(?:一般公共预算|政府性基金|国有资本经营|(?<!非)财政拨款)[^。；;]{0,80}";

    // "与上年预算基本持平（增加0.12万元）" (Guangxi): a change called flat in words, its amount in brackets.
    private const string RoughlyFlat = $@"(?<base>(?:与|比|较){LastYear}(?:预算|决算)?(?:执行)?(?:数)?(?:相比)?)[,，]?基本持平[(（]{ChangeFigures}[)）]";

    // Last year's figure stated as a clause of its own between the figure and its change (Hunan: "2023年度本部门机关运行经费支出
    // 159.21万元，2022年度为180.60万元，比上年减少21.39万元，下降11.84%"): the change's base.
    // The clause's year must be the one the change is against (read in FactReader), and it names a budget or not by its words.
    private const string PriorClause = $@"[,，](?:(?<pyear>20\d\d)年度?|上年度?)(?<pkind>决算数?|预算数?|执行数)?(?:为|是)(?<prior>{Figure})(?<punit>{MoneyUnits})(?=[,，](?:比|较|与))";

    // What a figure is all of, said between it and its change (Hebei: "2024年本单位收入预算1915.19万元，全部为一般公共预算拨款，
    // 比上年执行数减少122.24万元，下降6.00%"), or what it equals (round KO's Fujian: "…支出预算39742.40万元，与收入预算一致，比上年减少3273.75万元，下降7.61%").
    private const string Apposition = @"[,，](?:全部(?:为|是|来自)[^。；;,，]{2,30}|与(?:收入|支出)(?:预算|决算)?(?:总计|合计)?(?:一致|相等|持平))(?=[,，])";

    // A change stated without its base, as the parts of a sentence whose whole named it (Shanghai: "其中：因公出国（境）费0.00万元，
    // 与上年持平；公务接待费12.24万元，减少2.61万元，下降17.58%"): read only with both its amount and its rate, against last year.
    private const string ChangeWithoutBase = ChangeAmount + ChangeRate;

    /// <summary>A change told without its base: its direction and amount (减少2.61万元), and its rate after them (，下降17.58%).</summary>
    private const string ChangeAmount = $@"(?<direction>增加|减少)(?<camount>{Figure})(?<cunit>{MoneyUnits})";

    private const string ChangeRate = @"[,，](?:增长|下降)(?<pct>\d+(?:\.\d+)?)%";

    // A change opening the next sentence is the figure's only where no other figure is listed just before it: after
    // "…其中：基本支出600万元，占60%，项目支出400万元，占40%。比2023年预算增加100万元" the change is the whole's, not the
    // last part's, the parts parted by ； too ("…其中：因公出国（境）费0万元；公务接待费6.00万元；公务用车购置及运行费30.00万元。
    // 比上年减少4.00万元"). (Bounded: a sentence may run on from a heading or a chart's labels, which end in no stop.)
    private const string SoleFigureSentenceEnd = $@"(?<!(?:{MoneyUnits})[^。]{{0,40}}\d(?:{MoneyUnits})[^。；;]{{0,30}})";

    // Guangxi's final accounts say what a figure is before its change, which opens the next sentence without a subject:
    // "一般公共预算财政拨款收入382.17万元，为市本级财政当年拨付的资金。较2020年度决算数减少157.86万元，下降29.2%".
    private const string DefinedThenChanged = $@"[,，](?:为|是指|主要是|主要用于)[^。；;]{{0,150}}?。(?<base>{ChangeBase})[,，]?{ChangeFigures}";

    // The base a change is stated against: "比2022年预算", "较2023年度决算数", "与2021年度预算相比，", "与上年相比，",
    // "与上年预算数相比", "比上年年初预算", "比去年", "较上年同期", "同比", "(按)同口径比2018年", and last year's figure
    // named inside it (Sichuan, Shanxi and elsewhere): "较2024年的219万元减少22.1万元", "比上年累计支出43.3万元减少2万元",
    // "较上年2.08减少0.03万元" (the unit left out); the 三公 total's subject restated (Beijing: "比2023年“三公”经费财政拨款预算减少…").
    private const string LastYear = @"(?:(?<year>20\d\d)年(?:度)?|上年(?:度)?|去年)";
    /// <summary>Where a procurement total's list of kinds begins: "政府采购…万元，其中：" (the lookbehind of a kind named bare).</summary>
    private const string ProcurementList = @"(?<=政府采购[^。；;]{0,40}?(?:元|万元)[,，]?其中[:：，,]?(?:[^。；;]{0,100}?[、，,；;])?)";

    /// <summary>A change's base opening its sentence: "与2025年相比", "与2025年预算相比", "与上年决算数相比", "与上年执行数相比".</summary>
    private const string WithLastYear = $@"(?<base>与{LastYear}(?:预算|决算)?(?:执行)?(?:数)?(?:相比)?)";
    /// <summary>Both totals named in the base with last year's figure: "与2025年收支预算总计18420.56万元相比".</summary>
    private const string WithLastYearsTotals = $@"(?<base>与{LastYear}收、?支(?:预算)?总计{PriorInside}相比)";
    /// <summary>Last year's figure inside the base: "比2025年预算数20.80万元", or in brackets "比2025年预算（20.80万元）" (round BC's 三公).</summary>
    private const string PriorInside = $@"(?:的)?(?:(?<prior>{Figure})(?<punit>{MoneyUnits})?|[(（](?<prior>{Figure})(?<punit>{MoneyUnits})?[)）])";
    // Last year's figure may be named 当年 (round KX's Anhui: "比2024年当年预算执行数增加26.90万元", "与2024年当年预算执行数相比").
    private const string ChangeBase =
        $@"(?:(?:按)?同口径)?(?:(?:比|相?较(?:于)?){LastYear}(?:同期)?(?:的)?(?:{ThreePublicWord}(?:财政拨款)?)?(?:年初|当年)?(?:收入|支出|收支总)?(?:预算|决算)?(?:执行数|数|累计支出|支出)?(?:相比)?(?:{PriorInside})?" +
        $@"|(?:与{LastYear}(?:数)?(?:当年)?(?:预算|决算)?(?:执行)?(?:数)?(?:{PriorInside}(?=相比))?(?:相比)?[,，]?(?:(?:财政拨款)?收、?支(?:预算)?(?:总计|总额)[各均]|财政拨款支出|一般公共预算(?:财政拨款)?支出)?)|同比)";

    // No change: "与2022年预算持平", "与上年持平", "较上年无增减", "与上年无变化", "同比无增减变化", "与上年一致", "与2018年预算相同",
    // "同比持平".
    private const string FlatChange = $@"(?<flat>(?:与|比|较){LastYear}(?:预算|决算)?(?:数)?(?:相比)?(?:持平|无增减(?:变化)?|无变化|一致|相同)|同比(?:无增减(?:变化)?|持平))";
    // A share, bare ("占93.54%") or of a named whole ("占支出总预算的95.57%", "占本年收入合计的99.79%"), or in brackets
    // (Guangdong: "事业收入118.62万元（占0.92%）"); 占比 is read as 占 (ShareWordsAfterZhan).
    internal const string Share = @"(?:[,，]占(?:(?<sharebase>[^，。,；;%\d]{2,16}?)的?)?(?<share>\d+(?:\.\d+)?)%|[(（]占(?:(?<sharebase>[^，。,；;%\d（）()]{2,16}?)的?)?(?<share>\d+(?:\.\d+)?)%[)）])?";

    /// <summary>A basic expenditure named as the whole of its part's share (人员经费…，占基本支出的比重为96.12%).</summary>
    public static readonly Regex BasicWhole = Rule(@"^(?:一般公共预算(?:财政)?(?:拨款)?)?基本支出(?:预算)?$");

    /// <summary>The year's income named bare as a share's whole (占本年收入…), which <see cref="ShareWholes"/> leaves out.</summary>
    public const string YearsIncome = "本年收入";

    /// <summary>
    /// An entity named where a sentence or heading opens, before the year it speaks of: a unit's own 单位预算情况说明
    /// ("北京市通州区应急管理事务中心2026年收入预算…", "一、…中心 2026年单位预算"), or the department's. Matched against a
    /// page's text with its whitespace taken out within lines, each line on a line of its own (a line may open the sentence,
    /// and the name and its year may be set on two).
    /// </summary>
    public static Regex NamedWithYear(string name) =>
        new(@"(?:^|(?<=[。；;：:、）)\n]))" + Regex.Escape(name) + @"\n?(?:[(（]?本级[)）]?)?\n?20\d\d年", RegexOptions.CultureInvariant);

    /// <summary>A clause naming the department's own figure (本部门…, 本单位…), though its sentence opens on a wider scope.</summary>
    public static readonly Regex OwnScope = new("本(?:部门|单位)", RegexOptions.CultureInvariant);

    /// <summary>The word after a total that opens the list of its parts (…合计865.40万元，其中：…).</summary>
    public const string PartsFollow = "其中";

    /// <summary>
    /// A budget's sentence on the year's income without the carry-over ("本年收入中，一般公共预算收入20,702.25万元，占95.22%";
    /// round AN's Guangdong: "2025年本单位本年收入预算8949.89万元，其中：一般公共预算拨款收入8414.69万元，占94.02%"): its shares are
    /// of that, not of the income total.
    /// </summary>
    public static readonly Regex WithinYearsIncome = new(YearsIncome + $@"(?:中[,，]|(?:预算)?(?:为)?{Figure}(?:{MoneyUnits})[,，]?其中)", RegexOptions.CultureInvariant);

    /// <summary>
    /// The wholes a share may name (<see cref="Share"/>'s <c>sharebase</c>), by the fact key of each; a share of a whole
    /// not listed is not read.
    /// </summary>
    public static readonly (string Key, Regex Words)[] ShareWholes =
    [
        (FactKeys.ExpenditureTotal, Rule(@"^(?:(?:本年|部门)?(?:预算)?(?:支出(?:合计|总计|总额|总预算|预算(?:总额)?)|总支出)|本年支出)$")),
        // Not a bare 本年收入: a budget's income total holds the carry-over it leaves out, and a paragraph on the fiscal
        // appropriation may mean its own income by it.
        // Also 收入预算总计 (round CZ's Guangxi hospitals: "事业收入151,248.19万元，占收入预算总计的75.54%").
        (FactKeys.IncomeTotal, Rule(@"^(?:本年|部门)?(?:收入(?:合计|总计|总额|总预算|预算(?:总额|总计)?)|总收入)$")),
        // Also 一般公共预算拨款 bare (round CR's Jiangxi: "农林水支出…占一般公共预算拨款的比重为78.76%").
        (FactKeys.GeneralBudgetTotal, Rule(@"^一般公共预算(?:财政)?(?:当年)?(?:拨款(?:支出)?|支出)(?:预算)?$")),
        // Also Jilin's 本部门政府采购项目预算总额 (round CF).
        (FactKeys.ProcurementTotal, Rule(@"^(?:本?部门)?政府采购(?:项目)?(?:预算(?:总额)?|支出总额|总额)$")),
    ];

    /// <summary>
    /// What follows a part of the income or expenditure that is read as such: its share (…，占6.67%), or what it is
    /// (…，为事业单位开展专业业务活动及其辅助活动取得的收入。较2022年度决算数增加…).
    /// A part listed after its whole's 其中 in the same sentence is one too (<see cref="ListedAfterTotal"/>).
    /// </summary>
    private const string PartFollows = @"(?:(?=[,，](?:占|为|是指)|[(（]占)|" + ListedAfterTotal + ")";

    /// <summary>
    /// A part listed in the sentence of a total of the income or expenditure, after the 其中 that follows the total's
    /// figure; what follows the part is the next part, its change or the sentence's end (Shanghai: "收入预算1,212.12万元，
    /// 其中：财政拨款收入950.12万元，比2023年预算增加0.46万元；事业收入262.00万元；事业单位经营收入0.00万元；其他收入0.00万元").
    /// Not a 其中 of another figure ("下属事业单位收入300.00万元，其中：事业收入…"). Also the parts a sentence on the
    /// department's budget lists without its total: "2020年部门预算中，基本支出1,062.30万元，较上年增加…；项目支出…". The whole
    /// may be named by its heading before its year's figure (Chongqing: "（一）收入预算：2025年年初预算数7796.05万元，其中：…").
    /// </summary>
    private const string ListedAfterTotal = @"(?=[；;。,，、]|[(（]占)(?<=(?:(?:收入|支出)(?:预算(?:合计|总计|总额)?|合计|总计|总额)(?:[:：]20\d\d年度?(?:年初)?预算数?)?(?:为)?" + Figure + "(?:" + MoneyUnits + @")" + ChangeBeforeItsParts + @"[,，]其中[:：]?|20\d\d年度?(?:部门|支出)预算中[,，]|(?<=[。；;]|^)支出预算中[:：,，])[^。]{0,200})";

    /// <summary>
    /// Where the sentence so far gives its parts to the fiscal appropriation's expenditure (its general budget and funds
    /// together, "2026年本单位财政拨款支出预算1,250.00万元，其中：基本支出1,000.00万元，占80.00%"), whose parts no key stands
    /// for: not the department's. Used in a lookbehind.
    /// </summary>
    private const string OfFiscalAppropriation =
        @"(?<!一般公共预算)财政拨款支出(?:预算|决算)?(?:数)?(?:为)?" + Figure + "(?:" + MoneyUnits + @")[,，]其中[:：]?[^。]{0,160}?";

    /// <summary>
    /// Where the sentence so far gives its parts to the general budget: after its total and 其中 ("一般公共预算财政拨款支出
    /// 9,686.20万元，其中："), after "一般公共预算财政拨款支出中，", or after its basic expenditure's figure ("一般公共预算拨款基本支出
    /// 5,632.50万元，…；项目支出…"). Used in a lookbehind, up to the sentence's end.
    /// </summary>
    private const string OfGeneralBudget =
        @"(?:一般公共预算(?:财政)?(?:拨款)?支出(?:预算|决算)?(?:数)?(?:为)?" + Figure + "(?:" + MoneyUnits + @")[,，]其中[:：]?" +
        GeneralBudgetSentenceBefore +
        @"|一般公共预算(?:财政)?(?:拨款)?支出(?:预算|决算)?中[,，]" +
        @"|一般公共预算(?:财政)?(?:拨款)?基本支出(?:预算|决算)?(?:数)?(?:为)?" + Figure + "(?:" + MoneyUnits + @"))[^。]{0,160}?";

    /// <summary>
    /// The 其中 after a sentence's subject, the general budget's total, and its completion rate or change, in the same
    /// sentence or opening the next ("2023年度一般公共预算财政拨款支出决算为1,234.56万元，完成年初预算的98.76%。其中：基本支出…",
    /// "…支出2,056.30万元，较上年减少43.70万元，下降2.08%，其中：基本支出…", "…。按支出类型分：基本支出…"). Not where the general budget is a part named
    /// inside another sentence ("本年支出合计…，其中一般公共预算财政拨款支出…。其中：…"). The sentence may open under a section's
    /// heading run into it ("五、一般公共预算支出预算情况2025年一般公共预算支出预算6090.23万元…。其中：基本支出…", Hebei's "（三）一般公共预算
    /// 支出情况2026年一般公共预算财政拨款支出预算…"), and Jilin's "2026年一般公共预算当年拨款15,063.24万元，比2025年预算…增长19.1%。其中：基本支出…，
    /// 占57.0%" (round CF). The department may name itself first ("山东省地方金融管理局2024年一般公共预算支出1,982.54万元，比上年…。其中：
    /// 基本支出…，占79.13%", round DN). Fujian names the year's appropriation barely after the year ("2025年一般公共预算拨款3322.76万元，
    /// 其中：社会保障和就业支出（类）…，占96.59%", round EO).
    /// </summary>
    private const string GeneralBudgetSentenceBefore =
        @"|(?<=(?:^|[。；;])(?:(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])[^。；;，,\d]{2,30}?(?:情况|说明))?(?:[^。；;，,\d]{2,40}?(?:" + LineLabels.UnitWord + @"|政府|委|部)(?:[（(]本级[)）])?)?(?:20\d\d年度?[,，]?)?(?:本(?:部门|单位)[,，]?)?(?:20\d\d年度?[,，]?)?)(?:一般公共预算(?:财政)?(?:拨款)?(?:支出|当年拨款(?:支出)?)(?:年初|全年)?(?:预算|决算)?(?:数)?(?:为)?|(?<=20\d\d年度?)一般公共预算(?:财政)?拨款(?:为)?)" + Figure + "(?:" + MoneyUnits + @")[^。；;]{0,80}?[,，。](?:其中|按支出(?:类型|性质)分(?:类)?)[:：，,]?";

    /// <summary>
    /// The year's expenditure total and the 其中 listing its parts: the numbered "（一）基本支出…；（二）项目支出…" after it are its
    /// parts ("2023年度本年支出合计5,500.00万元。其中：（一）基本支出3,850.00万元，占70.00%"), though after the general budget's
    /// total (Hubei: "一般公共预算财政拨款支出预算…。主要安排情况如下：（一）基本支出…") they are that budget's. Also after a budget's
    /// 支出预算…。其中：（一）基本支出…, and with the total's change between (round BX's Jiangsu: "部门预算支出总计899.06万元，比2025年预算
    /// 减少71.49万元，下降7.37%。其中：（一）基本支出656.68万元，占73.04%").
    /// </summary>
    private const string ExpenditureTotalListing = @"(?:(?<!拨款|一般公共预算)(?:本年)?支出(?:合计|总计)|(?<!拨款|一般公共预算)支出预算(?:合计|总计|总额)?)(?:为)?" + Figure + "(?:" + MoneyUnits + @")(?:[,，][^。；;]{0,80}?)?[,，。]?其中[:：]?";

    /// <summary>
    /// What stands between a listing's first part and its second: the first's figures, and a sentence or two on what it is for
    /// (round BX's Jiangsu: "（一）基本支出656.68万元，占73.04%。主要用于保障机构正常运转…。（二）项目支出…").
    /// </summary>
    private const string FirstPartsSpan = @"[^。]{0,80}?(?:。[^。]{0,80}?){0,2}";

    /// <summary>A numbered part whose share names the year's expenditure as its whole (…基本支出3,850.00万元，占本年支出合计的63.11%).</summary>
    private const string PartOfYearsExpenditure = Figure + "(?:" + MoneyUnits + @")[,，]占(?:本年)?支出(?:合计|总计)";

    /// <summary>
    /// A part the sentence gives the general budget (<see cref="OfGeneralBudget"/>) stated without its share (Henan's counties:
    /// "2020年一般公共预算支出预算1,462.30万元，比上年…。其中：基本支出1,062.30万元，项目支出400.00万元"); with one it is read with it.
    /// </summary>
    private static string GeneralBudgetPartUnshared(string part) =>
        $@"(?<![)）]){part}(?<={OfGeneralBudget}{part})(?:预算)?(?={Figure}(?:{MoneyUnits})(?![,，]占))";

    /// <summary>
    /// The wording that names the expenditure as a share's whole, for a part that is only read as such a share; also the year's
    /// expenditure bare (round KW's Xinjiang: "基本支出1,153.92万元，占本年支出的50.10%").
    /// </summary>
    private const string OfExpenditure = @"(?:\d|(?:本年|部门)?(?:预算)?(?:支出(?:合计|总计|总额|总预算|预算)|总支出)|本年支出的)";
    private const string GeneralBudgetShare = @"[,，]占一般公共预算(?:财政)?(?:拨款)?支出(?:预算)?的?(?<share>\d+(?:\.\d+)?)%";

    /// <summary>
    /// <see cref="Change"/>, or the national template's change opening the next sentence and naming the year and the
    /// figure's own subject again: "。与2023年一般公共预算拨款支出相比，增加100.00万元", "。与2022年度相比，收入、支出决算总计
    /// 各增加200.00万元", "。与上年相比，财政拨款收入、支出总计各增加…" (Hainan), "。与2023年预算相比，一般公共预算支出减少…"
    /// (Qinghai). Only the subject given may stand there, so a sentence on another figure is not taken for this one's.
    /// The subject may open that sentence too: "。收、支与2023年度相比，减少17.84万元", "。收支较上年决算数减少5137.56万元", or
    /// follow a comma (Chongqing: "…支出总计2,356.20万元，收支较上年决算数增加156.20万元").
    /// </summary>
    private static string ChangeRestating(string subject) =>
        $@"(?:[,，]?。?(?:{subject})?与{LastYear}(?:预算|决算)?(?:执行)?(?:数)?(?:{subject})?(?:{PriorInside})?相比[,，]?(?:{subject})?{ChangeFigures}|[。，,](?:{subject})(?<base>{ChangeBase}){ChangeFigures}|{Change})";

    /// <summary>Both sides of a total stated apart with one figure, after 收入总计: "…收入总计8013.45万元，支出总计8013.45万元".</summary>
    private const string BothSides = $@"(?<both>[\d,.]+(?:{MoneyUnits}))(?:[,，][^。；;]{{0,60}}?)?[,，；;、](?:财政拨款)?支出(?:决算)?总计\k<both>";
    /// <summary>A budget's expenditure total after its income total, where the change restates both (Henan): "2024年收入总预算
    /// 86,452.31万元，支出总预算86,452.31万元。与2023年相比，收、支总预算各增加6,215.40万元".</summary>
    // Or both totals restated right after it (round FJ's Fujian: "收入预算总计321584993.85元，支出预算总计321584993.85元，收支总计比2025年减少…"),
    // or as one total of their own before the change (round FR's Qingdao: "…支出预算总计1984.31万元，收支总预算1984.31万元，比上年预算增加…").
    private const string BudgetsOtherSide = $@"(?:[,，]支出(?:总预算|预算)[\d,.]+(?:{MoneyUnits})(?=。与20\d\d年度?相比[,，]?{BudgetsBothTotals})|[,，]支出预算总计[\d,.]+(?:{MoneyUnits})(?=[,，]{BothTotalsCompared})|[,，]支出预算总计(?<restated>[\d,.]+(?:{MoneyUnits}))[,，]收、?支(?:预算)?总(?:预算|计)\k<restated>)?";

    /// <summary>Both totals of a budget restated as the subject of their change: "收支总计比2025年减少…".</summary>
    private const string BothTotalsCompared = "收、?支(?:预算)?总计(?=比|较)";
    private const string OtherSide = $@"(?:[,，、]支出(?:决算)?总计[\d,.]+(?:{MoneyUnits}))?";

    /// <summary>
    /// The end of the sentence stating the budget's scope, which a year-less statement of the totals follows (round IF's Anhui: "…所有收入和
    /// 支出均纳入部门预算管理。收入总计28,247,800元，支出总计…"): as text, and as a look behind.
    /// </summary>
    private const string AfterTheScopeText = "管理。";
    private const string AfterTheScope = "(?<=" + AfterTheScopeText + ")";

    /// <summary>An income total's figure followed by an expenditure total of another figure (<c>income</c> the first).</summary>
    private const string SidesApart = $@"(?<income>[\d,.]+)(?:{MoneyUnits})[,，、](?:部门)?支出(?:决算)?总计(?:为)?(?!\k<income>(?:{MoneyUnits}))[\d,.]+(?:{MoneyUnits})";

    /// <summary>
    /// The year opening a budget's own total, the unit named after it or not ("2019年部门支出预算…", "本部门2023年收入预算总额…",
    /// "XX县教育局2021年部门预算收入合计…", "2025年本部门收支预算总额为…"); not a year compared with (比2023年…), nor one
    /// opening a function line's paragraph after its header (Jiangsu: "…（款）:2018年预算支出合计16,444.36万元").
    /// </summary>
    private const string YearsTotalOpening = @"(?<![比较与于\d])(?<![)）][""“”']?[:：]?)20\d\d年度?[,，]?(?:本?(?:部门|单位))?(?:部门)?";

    /// <summary>
    /// A budget's income total stated before its expenditure total in one sentence ("…部门预算收入5,620.18万元，比上年…；部门预算
    /// 支出5,620.18万元", "收入预算合计…；支出预算…"); not an income of one source (财政拨款收入预算…, 事业收入预算…).
    /// </summary>
    private const string IncomeTotalStated = @"(?<![款金他转助缴营业算])(?:部门预算收入|收入预算|预算收入)(?:合计|总计|总额)?(?:为)?" + Figure + "(?:" + MoneyUnits + @")(?:[,，][^。；;]{0,60}?)?[；;,，]";

    /// <summary>
    /// A final account's two totals stated together, the sentences after them giving the year's part of each (round EW's Anhui:
    /// "2023年度收入总计1917.86万元，支出总计1917.86万元。其中：本年收入1832.46万元，比上年增加…。本年支出1802.56万元，…"). Used in a lookbehind.
    /// </summary>
    private const string BothSidesTotalled = @"(?<!拨款)收入(?:决算)?总计" + Figure + "(?:" + MoneyUnits + @")[,，、]支出(?:决算)?总计" + Figure + "(?:" + MoneyUnits + @")[。；;,，]";

    /// <summary>
    /// A budget's totals opening with its year, alone or followed by the unit ("2025年，上海市普陀区人民政府办公室收入预算…",
    /// "2024年度，本部门支出预算…", Jilin's "2026年吉林市水利局收入预算…" without the comma): a name ending as a unit's does (…局, …办公室, …办事处, …中心, 本部门), never a source or a
    /// part of the total (本部门财政拨款收入预算, …“三公”经费支出预算, …上年结转收入预算).
    /// </summary>
    private const string UnitOpening = @"20\d\d年度?(?:[,，](?:[^。；;,，\d]{0,40}?[局委办院所厅部会处室站队馆校社团园台署府心司区县镇乡道组门位])?|[^。；;,，\d“”""]{2,40}?[局委办院所厅会处室站队馆校社团园台署府心司])?";

    // The national template's subjects, as its change sentences restate them.
    private const string GeneralBudgetSubject = "一般公共预算(?:财政)?(?:拨款)?支出";

    /// <summary>A sentence's subject naming one of the department's wholes (一般公共预算财政拨款支出, 本年支出合计, 支出总计), not an item.</summary>
    public static readonly Regex WholeSubject = Rule($@"{GeneralBudgetSubject}|(?:财政拨款|本年|部门)支出(?:合计|总计)?|支出(?:合计|总计)");
    private const string IncomeExpenditureSubject = "(?:(?:本年)?(?:收入、?支出|收、?支)(?:预算|决算)?(?:总计)?[各均]?|收入总计和支出总计[各均]?|[各均](?=比|较))";
    // A budget's "与2023年相比，收、支总预算各增加…" (Henan) restates both of its totals.
    private const string IncomeSubject = "(?:(?:本年)?收入合计|" + BudgetsBothTotals + "|" + BothTotalsCompared + ")";
    private const string FiscalAppropriationSubject = "(?:财政拨款(?:收入、?支出|收、支)(?:决算)?总计[各均]?|[各均](?=比|较))";
    // "因公出国（境）费支出110万元，占“三公”经费的18.85%": a share of the 三公 total.
    // A page number set inside the quoted 三公 ("三8公") is no part of it.
    // A final account lists the parts "“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0.00万元，占0.00%": a bare
    // share of a part is of the 三公 total too.
    internal const string ThreePublicShare = @"(?:[,，]占(?:" + ThreePublicWhole + @")?(?<threeshare>\d+(?:\.\d+)?)%)?";

    /// <summary>A share naming the 三公 total, after a part's budget carried out: "…完成预算的87.12%，占“三公”经费的86.25%" (Tianjin).</summary>
    private const string ThreePublicNamedShare = @"(?:[,，]占" + ThreePublicWhole + @"(?<threeshare>\d+(?:\.\d+)?)%)?";

    /// <summary>The 三公 total as a share's whole names it: “三公”经费(总额|合计)的.</summary>
    private const string ThreePublicWhole = @"[""“”']?三\d{0,2}公[""“”']?经费(?:总额|合计)?(?:的)?";

    // How a part of 三公 is stated: "公务接待费10万元", "公务接待费预算支出…", elsewhere "公务接待费预算数为…", "…支出预算为…";
    // a final account's "因公出国（境）费决算为0.00万元", "公务接待费支出决算0.39万元".
    // Also Qinghai's "（一）因公出国（境）费：2026年预算安排10.66万元" (under <see cref="ThreePublicHeading"/>).
    private const string ThreePublicStated = @"(?:预算)?(?:支出)?(?:预算|决算)?(?:数)?(?:安排)?(?:为)?";

    /// <summary>
    /// A part of 三公 heading its own paragraph, its figure in the sentence after the full stop or colon: "（三）公务接待费。2026年
    /// 预算数为2.05万元，比上年减少0.10万元", a final account's "2.公务用车购置及运行维护费。支出决算为12.30万元". Only after an
    /// enumerator: a part named at a sentence's end is no heading of the next.
    /// </summary>
    private static string ThreePublicHeading(string words) =>
        @"(?:(?<=(?:[(（][一二三四五六七八九十]{1,3}[)）]|(?<![\d.．])\d{1,2}[.．、])" + words + @")[。:：](?:20\d\d年度?)?(?=[^。；;]{0,8}?\d))?";

    // A final account's figure against its budget where the statement prints no budget figure of its own: the completion
    // rate ("公务接待费支出决算为0.39万元，完成预算的13.68%", the budget the 三公 table prints; "完成预算29.6万元的92.8%" names
    // it), the difference ("较年初预算数减少4万元，下降2.2%"), or both, before
    // or after the change against last year: "…降低2.99%；完成年初预算100%，决算数大于预算数55.93万元", "决算总额为5.48万元，
    // 比预算增加0万元，比去年增加1.55万元", "支出总额为3825万元，比预算数减少1188万元，下降23.70%" (the rate of the budget),
    // "比预算无增减变化", naming the budget on the way: "…支出决算为1600.00万元，比年初预算1500.00万元增加100.00万元".
    // The budget may be stated before the rate: "…比2022年度减少3.39万元，下降16.83%；年初预算18.22万元，完成预算的91.93%" (Heilongjiang).
    private const string AgainstBudget =
        $@"(?:[,，；;](?:(?:年初|全年|调整(?:后)?)?预算(?:数)?为?(?<initial>{Figure})(?<iunit>{MoneyUnits})[,，])?{CompletionRate})?" +
        $@"(?:[,，；;](?:决算数?(?<cmp>大于|高于|小于|低于)(?:年初|全年|调整(?:后)?)?预算数?(?:{Difference})?|(?:比|较)(?:年初|全年|调整(?:后)?)?预算(?:数)?(?:(?<initial>{Figure})(?<iunit>{MoneyUnits}))?" +
        $@"(?:(?<cmp>增加|减少|超支|节约){Difference}(?:[,，](?:增长|下降|降低)(?<bpct>\d+(?:\.\d+)?)%)?|(?<cmpflat>无增减(?:变化)?|持平))))?";

    private const string Difference = $@"(?<bdiff>{Figure})(?<bunit>{MoneyUnits})";

    /// <summary>
    /// A final account's completion rate: "完成年初预算的96.91%", "完成预算100%", "决算数为预算数的76.13%", "完成调整预算的94.49%",
    /// naming the budget on the way (its <c>initial</c>): "完成预算29.6万元的92.8%", "为年初预算1200.00万元的112.44%",
    /// "占调整预算160.00万元的99.15%";
    /// <c>against</c> is the budget it names (an adjusted one is the 全年 budget, as a table's 调整预算数 column is). Beijing
    /// states a second rate, of the adjusted budget (<c>adjcompletion</c>): "完成年初预算的104.65%，完成调整预算的96.46%". Shanxi
    /// names them as rates: "年初预算完成率126.46%，调整预算完成率111.09%".
    /// </summary>
    internal const string CompletionRate = $@"(?:(?:完成(?<against>年初|全年|调整(?:后)?)?预算(?:数)?(?:(?<initial>{Figure})(?<iunit>{MoneyUnits}))?的?|(?:决算数)?为(?<against>年初|全年|调整(?:后)?)?预算(?:数)?(?:(?<initial>{Figure})(?<iunit>{MoneyUnits}))?的|占(?<against>年初|全年|调整(?:后)?)?预算(?:数)?(?<initial>{Figure})(?<iunit>{MoneyUnits})的|(?<against>年初|全年|调整(?:后)?)?预算(?:执行)?完成率(?:为)?)(?<completion>\d+(?:\.\d+)?)%(?:[,，](?:完成(?:调整(?:后)?|全年)预算(?:数)?的?|为(?:调整(?:后)?|全年)预算(?:数)?的|(?:调整(?:后)?|全年)预算(?:执行)?完成率(?:为)?)(?<adjcompletion>\d+(?:\.\d+)?)%)?|{DifferenceRate})";

    /// <summary>
    /// A final account's rate of the difference between the actual and the budget, signed or told by a word: "预决算差异率-0.89%",
    /// "决算数与年初预算数的差异率为1.48%，超支" (<c>diffrate</c>, its sign <c>below</c>).
    /// </summary>
    private const string DifferenceRate =
        @"(?<diffrate>(?:预决算|决算数与(?:年初|全年|调整(?:后)?)?预算数的?)差异率(?:为)?)(?<below>-)?(?<bpct>\d+(?:\.\d+)?)%(?:[,，](?:超支|(?<below>节支|结余)))?";

    /// <summary>
    /// A final account's comparison of the actual with the budget: "决算数小于年初预算数", "决算数大于预算数55.93万元" (with the
    /// difference), "决算数与预算数(基本)持平", "决算数比预算数减少2.00万元，下降9.09%" (with the difference's rate), "比年初预算
    /// 150.00万元增加10.00万元" (with the budget).
    /// </summary>
    internal const string StatedComparison =
        $@"决算数(?<cmp>大于|高于|小于|低于|等于)(?<against>年初|全年|调整(?:后)?)?预算数(?:{Difference})?|决算数(?:与|同)(?<against>年初|全年|调整(?:后)?)?预算数(?<roughly>基本)?(?<cmpflat>持平)" +
        $@"|(?:决算数(?:比|较)(?<against>年初|全年|调整(?:后)?)?|(?:比|较)(?<against>年初|全年|调整(?:后)?))预算(?:数)?(?:(?<initial>{Figure})(?<iunit>{MoneyUnits}))?(?<cmp>增加|减少)(?:{Difference}(?:[,，](?:增长|下降|降低)(?<bpct>\d+(?:\.\d+)?)%)?)?";

    // The quotes may close after 经费: "“三公经费”决算为22.62万元"; 经费 may be left out before 支出: "“三公”支出合计为9615.12万元".
    private const string ThreePublicWord = @"[""“”']?三公[""“”']?(?:经费[""“”']?|(?=支出))";

    /// <summary>
    /// Bare 车辆 for the official vehicles, only in a sentence on 三公 ("“三公”经费合计31.23万元，其中：公务接待费1.58万元，车辆运行费
    /// 28.91万元"): elsewhere (机关运行经费…其中：…车辆运行费) it is no part of 三公.
    /// </summary>
    private const string VehicleInThreePublic = @"(?<=三公[^。；;]{0,80}?)(?<![\w])车辆";

    /// <summary>A fund's income inside the list of the fiscal appropriation's income (read back from the fund's words).</summary>
    private const string NotOfFiscalAppropriation = @"(?<!财政拨款收入(?:预算)?(?:为)?" + Figure + "(?:" + MoneyUnits + @")[,，]其中[:：]?[^。]{0,80})";

    /// <summary>
    /// A 三公 part's words inside a list of 机关运行经费's or 公用经费's costs, in its sentence or in the next opening with 其中
    /// (read back from the part's words).
    /// </summary>
    /// <summary>
    /// Not a 三公 total of all funds whose fiscal appropriation's part the sentence goes on to state ("“三公”经费支出合计
    /// 15.00万元，其中：财政拨款支出12.00万元", "“三公”经费预算总额40.00万元，其中：一般公共预算财政拨款“三公”经费预算32.50万元"):
    /// the tables print the latter.
    /// </summary>
    private const string ThreePublicAppropriationNotAfter = @"(?![^。；;]{0,40}?[,，]其中[:：]?(?:一般公共预算)?(?:财政)?拨款)";

    private const string NotInOperatingCostsList = @"(?<!(?:机关运行经费|公用经费)[^。；;“”""三]{0,240}|(?:机关运行经费|公用经费)[^。；;“”""三]{0,120}。其中[^。；;“”""三]{0,240})";

    /// <summary>The parts of 三公 by the words naming each, in the order the narratives list them.</summary>
    private static readonly (string Key, string Words)[] ThreePublicParts =
    [
        // Elsewhere "因公出国(境)经费/费用", "因公出国(境)支出0万元", "公务用车购置经费", "公务车购置经费146万元", "公务用车运行
        // 费用10万元", "公务接待支出124万元". A part named after another with 及 ("运行维护费及公务用车购置费13984.61万元") is that
        // pair's figure, not its own.
        // Also without 因公: "出国（境）费…" (not a part of another's: 国（境）外公务接待).
        (FactKeys.ThreePublicOverseas, @"(?:因公|(?<![\w]))出国[(（]境[)）](?:经?费用?|(?=支出))"),
        // Also "公车购置及运维费".
        (FactKeys.ThreePublicVehicle, $@"(?:公务用?车|公车|{VehicleInThreePublic})购置及运(?:行(?:维护)?|维)(?:经)?费"),
        // "公务用车购置费…", a final account's "公务用车购置支出为…", "公务用车运行维护支出…", "公车购置费", "公务用车购置（更新）费",
        // Jiangsu's "公务用车购置预算支出50万元",
        // "（包括：公务用车运行维护费2648万元、公务用车购置1422万元）".
        (FactKeys.ThreePublicVehiclePurchase, $@"(?<![及和])(?:公务用?车辆?|公车|{VehicleInThreePublic})购置(?:[(（]更新[)）])?(?:经?费|(?=(?:预算)?支出|\d))"),
        // Also "公务车辆运行维护费", and Shanghai's "公务车用车运行费".
        (FactKeys.ThreePublicVehicleOperation, $@"(?<![及和])(?:公务车?用?车辆?|{VehicleInThreePublic})运行(?:维护)?(?:经?费用?|(?=支出))"),
        // "公务接待11.8万元" without 费; its change stated apart: "公务接待较上年同期减少0.58万元". Not its two parts (Beijing's
        // final accounts: "其中：国内公务接待支出13.28万元，…；国（境）外公务接待支出1.72万元").
        (FactKeys.ThreePublicReception, "(?<!国内|国[(（]境[)）]外|境外|国外|境内|外宾)公务接待(?:费(?:[(（]含外宾接待(?:费)?[)）])?|(?=支出|\\d|较|比|同比))"),
        // Its two parts, as final accounts state them after it (round GH's Zhejiang: "其中：国内公务接待费4.68万元，…；国（境）外公务接待费0.00万元").
        (FactKeys.ThreePublicReceptionDomestic, "(?:国内|境内)公务接待(?:费|(?=支出|\\d))"),
        (FactKeys.ThreePublicReceptionForeign, "(?:国[(（]境[)）]外|境外|国外)公务接待(?:费|(?=支出|\\d))"),
    ];

    public static readonly (string Key, Regex Pattern, string? ShareOf)[] MoneyFacts =
    [
        // 20XX年部门收支总预算 (Hubei; 20XX年收支总预算 in the national template; 支出总预算 in Guangxi); 本单位支出为 (Gansu); 支出预算合计/总计 (Jiangsu); 支出预算X万元，
        // 其中 opening a paragraph (Shanghai, also after the year and the unit: 2024年度，本部门支出预算X万元，其中; 20XX年支出预算X万元，
        // 其中 nationally; 2024年本部门支出预算X万元 and 2024年部门预算支出X万元 elsewhere; Hubei's 20XX年部门支出预算 restates its
        // 收支总预算, one statement with it); elsewhere "2019年收入预算为…", "…年收入预算合计/总计/总额…", "部门预算收入…；部门预算支出…",
        // "收入总预算…，支出总预算…" (Henan), "收、支总预算均为…", "收支预算总额为…", "部门预算收支总额为…" (round BZ's Hunan)
        // (<see cref="YearsTotalOpening"/>);
        // Chongqing's "（二）支出预算：2025年年初预算数3,562.40万元"; 本年支出合计 (final accounts; Guangxi's "总支出581.45万元，其中本年支出480.71万元");
        // 支出总计 divided into basic and project expenditure (round DS's Jiangxi: "2024年支出总计5216.50万元，其中：基本支出…"), not a
        // final account's, which lists 年末结转和结余 among them.
        (FactKeys.ExpenditureTotal, Rule(@"(?:(?<=支出预算[:：])20\d\d年度?年初预算数(?:为)?(?=\d)|" + YearsTotalOpening + @"(?:收、支总预算(?:均为|各为)?|收支预算(?:总额|总计)[均各]?|预算收支总额|(?:支出预算|预算支出)(?:合计|总计|总额|总数)?)(?:为)?(?=\d)|(?<=[,，；;])支出总预算(?:为)?(?=\d)|(?<=" + IncomeTotalStated + @")(?:部门预算支出|支出预算|预算支出|支出)(?:合计|总计|总额)?(?:为)?(?=\d)|" + UnitOpening + @"(?:本?(?:部门|单位))?(?:收支|支出)总预算(?:为)?|20\d\d年度?(?:部门)?预算支出(?:总额(?:为)?|(?=\d))|20\d\d年度?本(?:部门|单位)支出预算(?=\d)|本(?:部门|单位)(?:本年)?支出(?:合计)?为|(?:(?<![\w])|(?<=部门|单位))支出预算(?:合计|总计|总额)(?:为)?|(?<=[。；;])支出预算(?=\d[\d,.]*(?:" + MoneyUnits + @")[,，]其中)|" + UnitOpening + @"支出预算(?=\d[\d,.]*(?:" + MoneyUnits + @")[,，]其中)|本年支出合计(?:为)?|(?<![比较与\d])20\d\d年度?[,，]?(?:本(?:部门|单位))?(?:部门决算)?支出(?:决算)?合计(?:为)?(?=\d)|(?<![比较与\d])20\d\d年度?[,，]?(?:本(?:部门|单位))?支出(?:预算)?总计(?:为)?(?=" + Figure + "(?:" + MoneyUnits + @")[,，]其中[:：]?(?:基本|项目)支出(?![^。]*(?:结转|结余)))|(?<=本(?:单位|部门)(?:20\d\d年度?)?总支出" + Figure + "(?:" + MoneyUnits + @")[,，]其中[:：]?)本年支出(?=\d)|(?<=" + BothSidesTotalled + @"其中[:：]?本年收入[^。]{0,200}?[。；;])本年支出(?=\d))" + Amount + Change), null),
        // Chongqing's budgets: "2025年收入预算总数3456.01万元，比2024年增加…", "2025年支出预算总数3465.01万元，其中：…" (round IE).
        // A final account's "2023年度收入合计4680.00万元，与2022年度相比，收入合计减少…，下降…%", its parts' shares "占本年收入…%"; a budget's
        // 收入总计 divided into its sources (round IA's Sichuan: "2025年收入总计15,631.00万元，其中：一般公共预算拨款收入…"), not a final
        // account's, which lists 年初结转和结余 among them.
        (FactKeys.IncomeTotal, Rule(@"(?:" + YearsTotalOpening + @"(?:收入预算|预算收入)(?:合计|总计|总额|总数)?(?:为)?(?=\d)|(?<=收入预算[:：])20\d\d年度?年初预算数(?:为)?(?=\d)|20\d\d年度?(?:部门)?预算收入(?:总额(?:为)?|(?=\d))|" + UnitOpening + @"(?:部门)?收入总预算(?:为)?|本(?:部门|单位)(?:本年)?收入(?:合计)?为|(?:(?<![\w])|(?<=部门|单位))收入预算(?:合计|总计|总额)(?:为)?|" + UnitOpening + @"收入预算(?:合计|总计|总额)?(?:为)?|(?<!财政拨款)本年收入合计(?:为)?|(?<![比较与\d])20\d\d年度?[,，]?(?:本(?:部门|单位))?(?:部门决算)?收入(?:决算)?合计(?:为)?(?=\d)|(?<![比较与\d])20\d\d年度?[,，]?(?:本(?:部门|单位))?收入(?:预算)?总计(?:为)?(?=" + Figure + "(?:" + MoneyUnits + @")[,，]其中[:：]?(?:本年)?(?:一般公共预算|财政拨款)(?![^。]*(?:年初结转|结余)))|(?<=本(?:单位|部门)(?:20\d\d年度?)?总收入" + Figure + "(?:" + MoneyUnits + @")[,，]其中[:：]?)本年收入(?=\d)|(?<=" + BothSidesTotalled + @"其中[:：]?)本年收入(?=\d))" + Amount + BudgetsOtherSide + ChangeRestating(IncomeSubject)), null),
        // Not a part of the fiscal appropriation's income listed after it ("财政拨款收入1,000.00万元，其中：一般公共预算拨款收入
        // 800.00万元，占80.00%": a share of that, not of the income).
        (FactKeys.IncomeGeneralBudget, Rule(@"一般公共预算(?:财政)?(?:当年)?(?:拨款)?收入" + NotOfFiscalAppropriation + Amount + Share + Change), FactKeys.IncomeTotal),
        // Jiangsu states each source again with its change: "一般公共预算收入预算21,940.96万元，与上年相比增加3,959.28万元",
        // "其他资金收入预算总计14.39万元。与上年相比减少0.61万元".
        (FactKeys.IncomeGeneralBudget, Rule(@"一般公共预算收入预算(?=\d)" + Amount + Change), null),
        (FactKeys.IncomeOther, Rule(@"其他资金收入预算总计" + Amount + Change), null),
        (FactKeys.IncomeGovernmentFund, Rule(@"政府性基金(?:预算)?(?:财政)?(?:拨款)?收入" + NotOfFiscalAppropriation + Amount + Share + Change), FactKeys.IncomeTotal),
        // Round AI's Ningxia: "…；国有资本经营预算拨款收入356.21万元，占7.17%；…".
        (FactKeys.IncomeStateCapital, Rule(@"国有资本经营(?:预算)?(?:财政)?(?:拨款)?收入" + NotOfFiscalAppropriation + Amount + Share + Change), FactKeys.IncomeTotal),
        // A source named without 收入 in a sentence on the income (a township's, Hebei's, Chongqing's): "收入预算…，其中：一般公共
        // 预算拨款1,525.80万元，占93.85%", "本年收入合计…，其中：财政拨款3,160.50万元，占…".
        // Or listed after the income's whole without shares (Chongqing: "（一）收入预算：2025年年初预算数7796.05万元，其中：一般公共
        // 预算拨款7105.96万元，政府性基金预算拨款615.69万元，…").
        (FactKeys.IncomeGeneralBudget, Rule(@"(?<=收入[^。]{0,80}?[：:；;，,](?:其中[:：]?)?)一般公共预算(?:财政)?拨款(?=\d)" + Amount + @"(?:(?=[,，]占)|" + ListedAfterTotal + ")" + Share), FactKeys.IncomeTotal),
        (FactKeys.IncomeGovernmentFund, Rule(@"(?<=收入[^。]{0,80}?[：:；;，,](?:其中[:：]?)?[^。]{0,80}?[，,；;])政府性基金(?:预算)?(?:财政)?拨款(?=\d)" + Amount + @"(?:(?=[,，]占)|" + ListedAfterTotal + ")" + Share), FactKeys.IncomeTotal),
        (FactKeys.IncomeFiscalAppropriation, Rule(@"(?<=收入[^。]{0,80}?[：:；;，,](?:其中[:：]?)?)财政拨款(?=\d)" + Amount + @"(?=[,，]占)" + Share), FactKeys.IncomeTotal),
        // A budget's own: "2024年本部门财政拨款收入预算8,280.00万元，比上年预算增加280.00万元，增长3.50%".
        (FactKeys.IncomeFiscalAppropriation, Rule(@"(?<=20\d\d年度?(?:本(?:部门|单位))?)财政拨款收入预算(?:为)?" + Amount + Change), null),
        // "本单位财政拨款收入总计1516.64万元，与上年相比减少58.49万元，降低3.71%" (Gansu); not a total said to hold the year's
        // opening balance ("财政拨款收入总计10,320.45万元，其中：年初结转和结余200.00万元，本年财政拨款收入10,120.45万元"), nor
        // one stated with the expenditure side (the fiscal appropriation's both totals, which hold that balance: "…收入总计5524.46万元，
        // 财政拨款支出总计5524.46万元", round EW's Zhejiang).
        (FactKeys.IncomeFiscalAppropriation, Rule(@"(?<!预算)财政拨款收入总计(?:为)?" + Amount + @"(?![^。；;]{0,40}?(?:年初|上年)(?:财政拨款)?结转)(?![,，、](?:财政拨款)?支出总计)" + Change), null),
        // A final account's income composition: "本年收入合计4,800.00万元，其中：财政拨款收入4,700.00万元，占97.92%"; a budget's
        // "收入预算2659.47万元，其中：本年财政拨款收入2556.77万元，占96.14%" (Beijing).
        (FactKeys.IncomeFiscalAppropriation, Rule(@"(?:(?<![\w])|(?<=其中)|(?<=其中[:：]?本年))财政拨款收入" + Amount + PartFollows + Share + Change), FactKeys.IncomeTotal),
        (FactKeys.IncomeOther, Rule(@"(?<![\w])其他(?:收入|资金)(?:预算)?" + Amount + Share), FactKeys.IncomeTotal),
        // With its share of the income, or in the sentence listing the income after its total: the words name other funds'
        // and items' carry-overs too (政府性基金…其中上年结转…, 一般公共预算拨款支出预算…（不含上年结转300.00万元）, 加上年结转…,
        // 政府性基金预算财政拨款收入200.00万元（含上年结转50.00万元）).
        (FactKeys.IncomeCarryover, Rule(@"上年结转(?:结余)?(?:资金|收入)?" + Amount + @"(?:(?=[,，]占)|(?<=收入(?:预算)?(?:合计|总计)?(?:为)?" + Figure + "(?:" + MoneyUnits + @")[^。]{0,200})(?<!政府性基金[^。；;]{0,60}其中[^。；;]{0,40})(?<![(（]含上年结转(?:资金|收入)?" + Figure + "(?:" + MoneyUnits + @")))" + Share), FactKeys.IncomeTotal),
        // A final account's carry-over is no part of the year's income: "上年结转和结余8.02万元，为以前年度支出预算因客观条件
        // 变化未执行完毕…的资金。较2022年度决算数增加0.78万元，增长10.8%" (Guangxi).
        (FactKeys.IncomeCarryover, Rule(@"(?<![\w])上年结转和结余" + Amount + PartFollows + Change), null),
        // Jiangsu: "财政专户管理资金147.20万元，占0.71%".
        // Round CZ's Guangxi school: "财政专户管理资金收入5,688,511.85元，占收入预算总计的12.19%".
        (FactKeys.IncomeSpecialAccount, Rule(@"(?<!收入)财政专户管理资金(?:收入)?" + Amount + @"(?=[,，]占)" + Share + Change), FactKeys.IncomeTotal),
        // The national template's other parts: "事业收入80.00万元，占6.67%；经营收入…；上级补助收入…；附属单位上缴收入…", and
        // "…；上缴上级支出…；经营支出…；对附属单位补助支出…".
        (FactKeys.IncomePublicService, Rule(@"(?<![\w])事业收入(?:预算)?" + Amount + PartFollows + Share + Change), FactKeys.IncomeTotal),
        (FactKeys.IncomeBusiness, Rule(@"(?<![\w])(?:事业单位)?经营收入(?:预算)?" + Amount + PartFollows + Share + Change), FactKeys.IncomeTotal),
        (FactKeys.IncomeHigherSubsidy, Rule(@"(?<![\w])上级补助收入" + Amount + PartFollows + Share + Change), FactKeys.IncomeTotal),
        (FactKeys.IncomeSubordinateRemit, Rule(@"(?<![\w])附属单位上缴收入" + Amount + PartFollows + Share + Change), FactKeys.IncomeTotal),
        (FactKeys.ExpenditureBusiness, Rule(@"(?:(?<![\w])|(?<=(?<![\w])事业单位))经营支出" + Amount + @"(?=[,，]占)" + Share), FactKeys.ExpenditureTotal),
        (FactKeys.ExpenditureRemitHigher, Rule(@"(?<![\w])上缴上级支出" + Amount + @"(?=[,，]占)" + Share), FactKeys.ExpenditureTotal),
        (FactKeys.ExpenditureSubsidySubordinate, Rule(@"(?<![\w])对附属单位补助支出" + Amount + @"(?=[,，]占)" + Share), FactKeys.ExpenditureTotal),
        // A bare share ("基本支出900.00万元，占78.26%") is of the expenditure; one naming the general budget is below.
        // Or listed after the expenditure's 其中 ("支出预算1,000.00万元，其中：基本支出600.00万元；项目支出400.00万元").
        // Not a part the sentence gives the general budget (<see cref="OfGeneralBudget"/>): the same words there are its.
        (FactKeys.ExpenditureBasic, Rule(@"(?:(?<![)）])|(?<=" + ExpenditureTotalListing + @"[(（]一[)）]))基本支出(?<!" + OfGeneralBudget + @"基本支出)(?<!" + OfFiscalAppropriation + @"基本支出)(?:预算)?" + Amount + @"(?:(?=[,，]占" + OfExpenditure + ")|" + ListedAfterTotal + ")" + Share + Change), FactKeys.ExpenditureTotal),
        (FactKeys.ExpenditureProject, Rule(@"(?:(?<![)）])|(?<=" + ExpenditureTotalListing + @"[(（]一[)）]" + FirstPartsSpan + @"[(（]二[)）]))项目支出(?<!" + OfGeneralBudget + @"项目支出)(?<!" + OfFiscalAppropriation + @"项目支出)(?:预算)?" + Amount + @"(?:(?=[,，]占" + OfExpenditure + ")|" + ListedAfterTotal + ")" + Share + Change), FactKeys.ExpenditureTotal),
        // Zhejiang's classes of spending, each with its share of the expenditure (round KD: "部门支出预算6,433.30万元，其中：人员类4,637.90万元，
        // 占72.09%，比上年增加…；运转类602.30万元，占9.36%…；特定目标类1,193.10万元，占18.55%…"): 人员类 and 运转类 the basic spending's
        // personnel and public funds, 特定目标类 the projects.
        (FactKeys.ExpenditurePersonnel, Rule(@"(?<![\w])人员类(?:项目)?(?:支出)?" + Amount + @"(?=[,，]占)" + Share + Change), FactKeys.ExpenditureTotal),
        (FactKeys.ExpenditurePublicFunds, Rule(@"(?<![\w])运转类(?:项目)?(?:支出)?" + Amount + @"(?=[,，]占)" + Share + Change), FactKeys.ExpenditureTotal),
        (FactKeys.ExpenditureProject, Rule(@"(?<![\w])特定目标类(?:项目)?(?:支出)?" + Amount + @"(?=[,，]占)" + Share + Change), FactKeys.ExpenditureTotal),
        // Jiangsu states each part again with its change: "基本支出预算数为15,844.04万元。与上年相比增加1849.73万元…".
        // Also after the year: "2025年基本支出预算数为3,000.00万元，比上年增加…".
        (FactKeys.ExpenditureBasic, Rule(@"(?:(?<![)）\w])|(?<=(?<![比较与\d])20\d\d年度?))基本支出预算数为" + Amount + Change), null),
        (FactKeys.ExpenditureProject, Rule(@"(?:(?<![)）\w])|(?<=(?<![比较与\d])20\d\d年度?))项目支出预算数为" + Amount + Change), null),
        (FactKeys.ExpenditureReserve, Rule(@"(?:单位)?预留机动经费预算(?:数)?为" + Amount + Change), null),
        // A final account's balances, listed with its totals (the national template: "其中：本年收入合计12,076.48万元，使用非财政
        // 拨款结余0.00万元，年初结转和结余388.78万元；本年支出合计11,981.43万元，结余分配9.57万元，年末结转和结余474.26万元"), not a
        // fund's ("政府性基金预算财政拨款年初结转和结余110.63万元，…"), and the appropriated funds' ("年初财政拨款结转和结余335.72万元").
        (FactKeys.CarryoverOpening, Rule(@"(?<!" + FundsBalance + @")年初结转和结余(?:为)?" + Amount + Change), null),
        (FactKeys.CarryoverClosing, Rule(@"(?<!" + FundsBalance + @")年末结转和结余(?:为)?" + Amount + Change), null),
        // The balance used and distributed, in the same list or its own sentences (round FZ's Hebei: "…；使用非财政拨款结余8.60万元，主要
        // 用于弥补…；结余分配21.20万元，为…按规定提取的职工福利基金；…").
        (FactKeys.IncomeUseNonfiscalBalance, Rule(@"(?<![\w])使用非财政拨款结余(?:[(（]含专用结余[)）])?(?:为)?(?=\d)" + Amount + Change), null),
        (FactKeys.ExpenditureBalanceDistribution, Rule(@"(?<![\w])结余分配(?:为)?(?=\d)" + Amount + Change), null),
        (FactKeys.FiscalAppropriationCarryoverOpening, Rule(@"年初财政拨款结转和结余(?:为)?" + Amount + Change), null),
        (FactKeys.FiscalAppropriationCarryoverClosing, Rule(@"年末财政拨款结转和结余(?:为)?" + Amount + Change), null),
        // Jiangsu's third part of expenditure: "单位预留机动经费182.92万元，占0.64%".
        (FactKeys.ExpenditureReserve, Rule(@"(?<![\w])(?:单位)?预留机动经费" + Amount + @"(?=[,，]占)" + Share), FactKeys.ExpenditureTotal),
        // "2018年度财政拨款收、支总预算21,940.96万元。与上年相比，财政拨款收、支总计各增加…" (Jiangsu; elsewhere "2024年度财政拨款
        // 收入总计800.00万元，支出总计800.00万元，与2023年度相比，财政拨款收入、支出总计各增加…"), and its
        // expenditure side "2018年财政拨款预算支出21,940.96万元，占本年支出合计的99.94%。与上年相比，财政拨款支出增加…".
        // Without a year under its heading (Sichuan): "四、财政拨款收支预算情况的总体说明财政拨款收入支出预算总计2696.63万元。".
        // Each side in a sentence of its own (round EZ's Anhui): "2026年财政拨款收入预算总计3996.36万元，其中：…。2026年财政拨款支出预算总计3966.36万元。".
        (FactKeys.FiscalAppropriationTotal, Rule(@"(?:(?<![比较与于\w])|(?<=说明))财政拨款(?:收入、?支出|收、?支)预算总计(?:为)?(?=\d)" + Amount + Change), null),
        (FactKeys.FiscalAppropriationTotal, Rule(@"(?:" + UnitOpening + @"财政拨款收、?支总预算|20\d\d年度?财政拨款(?:收入|支出)预算总计(?:为)?(?=\d)|20\d\d年度?(?:本?部门|本单位)?财政拨款收支预算(?:总额|总计)?(?:均为|为)?|20\d\d年度?财政拨款(?:收入、?支出|收、支)(?:决算)?总计(?:各为|均为|各是|为|[各均](?=\d))?|20\d\d年度?财政拨款收入总计(?=" + BothSides + "))" + Amount + OtherSide + ChangeRestating(FiscalAppropriationSubject)), null),
        // A final account's year's appropriated spending stated after its income (round FX's Beijing and Tianjin: "2025年度财政拨款
        // 收入3065.24万元，财政拨款支出3058.16万元，比2024年度减少159.84万元，下降4.67%"; round FZ's Hebei: "…收入6569.99万元，全部为
        // 一般公共预算财政拨款；财政拨款支出6558.29万元，…"): its 本年支出合计, not the 总计.
        (FactKeys.FiscalAppropriationExpenditure, Rule(@"(?<=20\d\d年度?(?:本(?:部门|单位))?财政拨款收入(?:决算)?" + Figure + "(?:" + MoneyUnits + @")[,，](?:[^。；;，,\d]{0,20}[；;，,])?)财政拨款支出(?:决算)?(?:为)?(?=\d)" + Amount + Change), null),
        (FactKeys.FiscalAppropriationTotal, Rule(@"20\d\d年度?财政拨款(?:预算支出|支出预算(?:为)?)" + Amount + @"(?:[,，]占本年支出合计的?(?<share>\d+(?:\.\d+)?)%)?" + Change), FactKeys.ExpenditureTotal),
        // Its funds listed after it (rounds CN and CX, Beijing and Hebei: "2026年财政拨款收支预算总计2,025.78万元，比2025年增加…。其中：
        // 一般公共预算财政拨款1,814.43万元，比2025年增加72.10万元，增长4.14%；政府性基金预算财政拨款201.59万元，…；国有资本经营预算
        // 拨款9.76万元，…"): each fund's appropriation, spent as its budget's expenditure.
        (FactKeys.GeneralBudgetTotal, Rule(FiscalAppropriationFunds + @"一般公共预算(?:财政)?拨款(?=\d)" + Amount + Change), null),
        (FactKeys.GovernmentFundTotal, Rule(FiscalAppropriationFunds + @"政府性基金(?:预算)?(?:财政)?拨款(?=\d)" + Amount + Change), null),
        (FactKeys.StateCapitalTotal, Rule(FiscalAppropriationFunds + @"国有资本经营预算(?:财政)?拨款(?=\d)" + Amount + Change), null),
        // A final account's "2024年度收入支出总计2995.39万元": both sides of 收入支出决算总表.
        // The national template: "2023年度收入、支出决算总计5,000.00万元。与2022年度相比，收入、支出决算总计各增加…", elsewhere
        // "2023年度收、支总计1,234.56万元。与2022年度相比，收、支总计各增加…".
        // (A budget's "收入、支出预算总计…" is its expenditure total, read above.)
        // Elsewhere "2024年度收、支总计均为357.21万元" ("各357.21万元", "各是…"; not two figures, "各是4125.49，4143.91万元"), or both sides stated apart with one figure: "2023年度收入总计8013.45万元，
        // 支出总计8013.45万元", each side's change between them: "收入总计…，较上年增加…；支出总计…".
        // Also listed after the year's overview: "…项目支出增加。其中：收入总计3579.91万元，包括本年收入合计…、年初结转和结余…；支出总计
        // 3579.91万元，包括…" (Hunan).
        // Or opening their sentence after the budget's scope (round IF's Anhui: "…均纳入部门预算管理。收入总计28,247,800元，支出总计28,247,800元，
        // 与2024年相比，收、支总计各增加…").
        (FactKeys.IncomeExpenditureTotal, Rule(@"(?:20\d\d年度?(?:本?部门|本单位)?|(?<=其中[:：])|" + AfterTheScope + @")(?:(?:收入、?支出|收、?支)(?:决算)?总计(?:均为|各(?:为|是)?|为)?|收入(?:决算)?总计(?=" + BothSides + ")" +
            @"(?=\d))" + Amount + $@"(?![、，,]{Figure})" + OtherSide + ChangeRestating(IncomeExpenditureSubject)), null),
        // The two sides stated apart with two figures (round BE's Zhejiang: "2025年度部门收入总计7584.21万元、支出总计7548.21万元"): each a
        // statement of the summary's 总计, one of them misprinted.
        // The expenditure side carries the change restating both.
        (FactKeys.IncomeExpenditureTotal, Rule(@"(?:20\d\d年度?(?:本?部门|本单位)?|" + AfterTheScope + @")收入(?:决算)?总计(?:为)?(?=" + SidesApart + ")" + Amount), null),
        (FactKeys.IncomeExpenditureTotal, Rule(@"(?<=(?:20\d\d年度?(?:本?部门|本单位)?|" + AfterTheScopeText + @")收入(?:决算)?总计(?:为)?(?<income>[\d,.]+)(?:" + MoneyUnits + @")[,，、](?:部门)?)支出(?:决算)?总计(?:为)?(?!\k<income>(?:" + MoneyUnits + "))" + Amount
            + ChangeRestating(IncomeExpenditureSubject)), null),
        // "一般公共预算财政拨款支出4,700.00万元，占本年支出合计的95.92%。与2022年度相比，一般公共预算财政拨款支出增加…" (Guizhou states
        // the budget's difference first: "…支出3,256.30万元，比年初预算增加56.30万元，增长1.76%，比上年决算增加…"), and the
        // national template's "2024年一般公共预算拨款支出3,356.78万元", and a county's "2021年一般公共预算当年拨款25,617,223.75元，比2020年
        // 减少…", and Jiangsu's "2025年当年一般公共预算拨款支出32242.97万元" (round AT), and Shanghai's clause "财政拨款支出预算中，
        // 一般公共预算支出预算2811.13万元，比2025年预算减少…" (round BU).
        // Fujian names the year's appropriation barely: "2025年一般公共预算拨款3322.76万元，比上年增加149.09万元，增长4.07%" (round EO).
        (FactKeys.GeneralBudgetTotal, Rule(@"(?:" + UnitOpening + @"(?:本(?:部门|单位))?(?:当年)?一般公共预算(?:当年)?(?:拨款)?支出(?:预算)?(?=\d)|20\d\d年一般公共预算(?:财政)?拨款支出预算|(?<=[,，。；;]|^|本部门|本单位)一般公共预算(?:财政)?拨款支出预算|一般公共预算财政拨款支出(?:决算(?:数)?为?|(?:总计|合计)为?)?(?=\d)|20\d\d年度?一般公共预算拨款支出(?=\d)|20\d\d年度?一般公共预算支出(?:预算)?(?=\d)|(?<=财政拨款支出(?:预算)?中[,，])一般公共预算支出(?:预算)?(?=\d)|" + UnitOpening + @"(?:本(?:部门|单位))?一般公共预算当年拨款(?:为)?(?=" + Figure + "(?:" + MoneyUnits + @")(?![,，]加上?上年结转))|(?<!收入[^。]{0,80}?)20\d\d年度?一般公共预算(?:财政)?拨款(?:为)?(?=\d))" + Amount
            + @"(?:[,，]占本年支出(?:合计|预算)的(?<share>\d+(?:\.\d+)?)%|[(（]占本年支出合计的(?<share>\d+(?:\.\d+)?)%[)）])?" + AgainstBudget + ChangeRestating(GeneralBudgetSubject) + AgainstBudget), FactKeys.ExpenditureTotal),
        // The year's appropriation with last year's carry-over added (round GI's Jilin, the national county template: "2026年一般公共
        // 预算当年拨款2748.79万元，加上年结转120万元，安排一般公共预算支出2868.79万元，比上年增加365.53万元"): the spending is the total.
        (FactKeys.GeneralBudgetTotal, Rule(@"(?<=当年拨款" + Figure + "(?:" + MoneyUnits + @")[,，]加上?上年结转" + Figure + "(?:" + MoneyUnits + @")[,，])安排一般公共预算支出(?:预算)?(?:为)?(?=\d)" + Amount + Change), FactKeys.ExpenditureTotal),
        // "政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元" (Shanghai).
        (FactKeys.GovernmentFundTotal, Rule(@"政府性基金(?:预算)?(?:财政)?拨款支出预算" + Amount + Change), null),
        // A final account's: "2023年度政府性基金预算财政拨款支出决算为120.50万元，完成年初预算的100.42%", "政府性基金预算财政拨款
        // 支出120.50万元，占本年支出合计的10.2%".
        (FactKeys.GovernmentFundTotal, Rule(@"政府性基金预算(?:财政)?(?:拨款)?支出(?:决算(?:数)?为?|(?:总计|合计)为?)?(?=\d)" + Amount
            + @"(?:[,，]占本年支出合计的(?<share>\d+(?:\.\d+)?)%|[(（]占本年支出合计的(?<share>\d+(?:\.\d+)?)%[)）])?" + Change + AgainstBudget), FactKeys.ExpenditureTotal),
        // The national final-account template's fund sentence: "2024年度政府性基金预算财政拨款年初结转和结余110.63万元，本年收入
        // 2,127.02万元，本年支出2,102.61万元，年末结转和结余135.04万元".
        (FactKeys.GovernmentFundTotal, Rule(@"(?<=政府性基金预算(?:财政)?(?:拨款)?年初结转和结余[^。；;]{0,40}?[,，])本年支出(?:决算)?(?:为)?(?=\d)" + Amount), null),
        // "2024年度国有资本经营预算财政拨款支出450.97万元，为…", a budget's "2025年国有资本经营预算支出356.21万元，比上年减少…".
        (FactKeys.StateCapitalTotal, Rule(@"国有资本经营预算(?:财政)?(?:拨款)?支出(?:预算|决算(?:数)?)?(?:为)?(?=\d)" + Amount + Change), null),
        // Jiangsu: "…2019年度一般公共预算财政拨款基本支出预算6,442.75万元，其中：（一）人员经费…".
        // Shanghai also: "一般公共预算拨款支出预算中，基本支出预算3,000.00万元，项目支出预算6,001.68万元"; Hebei the appropriation
        // itself: "一般公共预算拨款中，基本支出9067.18万元，其中人员经费…" (round JA).
        (FactKeys.GeneralBudgetBasic, Rule(@"(?:(?<!" + ExpenditureTotalListing + @")[(（]一[)）]基本支出(?!" + PartOfYearsExpenditure + @")|一般公共预算(?:财政)?(?:拨款)?基本支出(?:预算)?(?=\d)|(?<=" + GeneralBudgetSubject + @"(?:预算)?中[,，]|一般公共预算(?:财政)?拨款中[,，])基本支出(?:预算)?(?=\d)|" + GeneralBudgetPartUnshared("基本支出") + ")" + Amount + Change), null),
        (FactKeys.GeneralBudgetProject, Rule(@"(?:(?<!" + ExpenditureTotalListing + @"[(（]一[)）]" + FirstPartsSpan + @")[(（]二[)）]项目支出(?!" + PartOfYearsExpenditure + @")|一般公共预算(?:财政)?(?:拨款)?项目支出(?:预算)?(?=\d)|(?<=(?:" + GeneralBudgetSubject + @"(?:预算)?|一般公共预算(?:财政)?拨款)中[,，][^。；;]{0,80}?)项目支出(?:预算)?(?=\d)|" + GeneralBudgetPartUnshared("项目支出") + ")" + Amount + Change), null),
        // The general budget's parts with their shares of it (Guangxi): "基本支出预算2476260.58元，占一般公共预算支出的84.06%，
        // 同比减少4966.66元，下降0.2%", "项目支出469500元，占一般公共预算支出的19.62%".
        (FactKeys.GeneralBudgetBasic, Rule(@"(?<![)）])基本支出(?:预算)?" + Amount + GeneralBudgetShare + Change), FactKeys.GeneralBudgetTotal),
        (FactKeys.GeneralBudgetProject, Rule(@"(?<![)）])项目支出(?:预算)?" + Amount + GeneralBudgetShare + Change), FactKeys.GeneralBudgetTotal),
        // A bare share of a part the sentence gives the general budget: "一般公共预算财政拨款支出9,686.20万元，其中：基本支出
        // 7,245.36万元，占74.80%；项目支出2,440.84万元，占25.20%".
        (FactKeys.GeneralBudgetBasic, Rule(@"(?<![)）])基本支出(?<=" + OfGeneralBudget + @"基本支出)(?:预算)?" + Amount + @"(?=[,，]占\d)" + Share + Change), FactKeys.GeneralBudgetTotal),
        (FactKeys.GeneralBudgetProject, Rule(@"(?<![)）])项目支出(?<=" + OfGeneralBudget + @"项目支出)(?:预算)?" + Amount + @"(?=[,，]占\d)" + Share + Change), FactKeys.GeneralBudgetTotal),
        // Also "人员经费支出…", "公用经费预算…", each with its change: "人员经费6,512.40万元，比上年增加312.40万元，增长5.04%".
        // Not a part of either (在职人员经费, 离退休人员经费, 定额公用经费), nor one another source or part holds (财政专户管理资金安排
        // 人员经费…, 项目支出中人员经费…).
        // With its share of the general budget's basic expenditure it is listed under (round DC's Sichuan: "2026年一般公共预算基本
        // 支出2,619.79万元，其中：人员经费2,248.20万元，占比86.82%，主要包括…；公用经费371.59万元，占比14.18%").
        // Or of the basic expenditure named bare (round DF's Hebei: "…，其中：人员经费176,760,472.60元，占基本支出的比重为96.12%").
        (FactKeys.ExpenditurePersonnel, Rule(BasicPartsOf(GeneralBudgetBasicWords) + @"人员经费(?:支出|预算)?(?:为)?" + Amount + @"(?=[,，]占)" + Share + Change), FactKeys.GeneralBudgetBasic),
        (FactKeys.ExpenditurePublicFunds, Rule(BasicPartsOf(GeneralBudgetBasicWords) + @"公用经费(?:支出|预算)?(?:为)?" + Amount + @"(?=[,，]占)" + Share + Change), FactKeys.GeneralBudgetBasic),
        (FactKeys.ExpenditurePersonnel, Rule(BasicPartsOf(BasicWords) + @"人员经费(?:支出|预算)?(?:为)?" + Amount + @"(?=[,，]占)" + Share + Change), FactKeys.ExpenditureBasic),
        (FactKeys.ExpenditurePublicFunds, Rule(BasicPartsOf(BasicWords) + @"公用经费(?:支出|预算)?(?:为)?" + Amount + @"(?=[,，]占)" + Share + Change), FactKeys.ExpenditureBasic),
        (FactKeys.ExpenditurePersonnel, Rule(@"人员经费(?<!(?:在职|退休|安排|项目支出中的?)人员经费)(?:支出|预算)?(?:为)?" + Amount + Change), null),
        (FactKeys.ExpenditurePublicFunds, Rule(@"公用经费(?<!(?:定额|日常|专项|安排|项目支出中的?)公用经费)(?:支出|预算)?(?:为)?" + Amount + Change), null),
        // "2023年“三公”经费预算36.85万元", elsewhere "“三公”经费财政拨款预算数为45.60万元", "“三公”经费预算安排…".
        // Elsewhere "“三公”经费预算总额为196.9万元", "一般公共预算“三公”经费预算支出9.80万元", "…预算总计21.8万元", "“三公”经费合计31.23万元" ("合计支出20.12万元"), "…经费总支出为4,333.33万元", and a
        // final account's "“三公”经费支出决算总额为5.48万元",
        // "“三公”经费财政拨款支出决算为3.46万元，完成预算100%，较上年增加2.4万元", "“三公”经费决算支出数为1165.08万元".
        // Elsewhere "…安排的“三公”经费支出总额为3825万元", "“三公”经费支出共计3923万元", "镇本级“三公”经费41万元", "“三公”支出合计为9615.12万元";
        // not last year's named inside a comparison ("比上年“三公”经费41万元增加9万元", "较2014年度部门决算公开“三公”经费合计16.08万元增加…", "与2014年度“三公”经费合计16.08万元相比", "上年同期“三公”经费合计…";
        // 经比较 is no comparison).
        (FactKeys.ThreePublicTotal, Rule(@"(?<!(?:上年度?|去年|[比较])[""“”']?)(?<!(?:比|(?<!比)较|与)(?:20\d\d年度?|上年度?)[^，。,；;\d“”""]{0,12}[""“”']?)(?<!(?:上年|去年)[^，。,；;\d“”""]{0,12}[""“”']?)" + ThreePublicWord + @"(?:20\d\d年度?)?(?:财政拨款|一般公共预算(?:财政)?拨款)?(?:支出)?(?:预算(?:总额|总计|支出)?(?:安排|数)?(?:合计)?|决算(?:支出)?(?:总额|数)?(?:合计)?|(?<=支出)(?:总额|共计)|合计(?:支出)?|总支出|(?=\d))(?:为)?" + Amount + ThreePublicAppropriationNotAfter + AgainstBudget + Change + AgainstBudget), null),
        // The fiscal appropriation's outcome after a wider one, which is then no level (<see cref="NarrowerScopeFollows"/>):
        // "“三公”经费支出决算数为12.36万元，其中财政拨款支出决算为10.00万元，完成预算的83.33%", "“三公”经费支出合计15.00万元，其中：
        // 财政拨款支出12.00万元，其他资金支出3.00万元".
        (FactKeys.ThreePublicTotal, Rule(@"(?<=" + ThreePublicWord + @"[^。；;]{0,40}?[,，]其中[:：]?)财政拨款支出(?:决算(?:数)?)?(?:为)?" + Amount + AgainstBudget + Change), null),
        // A part may name the two it adds up in brackets: "公务用车购置及运行维护费2712万元（其中：公务用车购置费0万元，…），比预算数减少107万元".
        // Not a cost of that name listed among 机关运行经费's or 公用经费's (…其中：办公费50.00万元，公务用车运行维护费10.00万元…).
        .. ThreePublicParts.Select(p => (p.Key, Rule(p.Words + NotInOperatingCostsList + ThreePublicHeading(p.Words) + ThreePublicStated + Amount + @"(?:[(（]其中[^()（）]{0,60}[)）])?" + AgainstBudget + ThreePublicShare + Change + AgainstBudget), (string?)null)),
        // "2023年部门机关及下属…的机关运行经费186.28万元", "2025年<单位>下属1家机关…的机关运行经费预算为213.28万元"
        // Without the year: "<部门>机关运行经费财政拨款预算5747.97万元，较2014年预算减少…".
        // A Shanghai final account words it without the year: "（一）机关运行经费支出情况 机关运行经费支出184.65万元，比2023年度增加…";
        // a comma may follow the year: "2023年度，本部门机关运行经费支出100.00万元", and a final account compare it with the
        // budget: "…，较年初预算数减少5.00万元，降低4.76%".
        // A self-evaluation's funds carried out (round CK's Henan: "全年预算数485.96万元，全年执行数480.00万元，执行率91.77%", 98.77
        // misprinted; its
        // 财政拨款's after 其中 likewise): the budget is the 全年 one the rate is of.
        // A project's too (round DB's Hubei: "…项目全年预算数36.86万元，执行数36.86万元，执行率100.00%，自评得分98分").
        (FactKeys.SelfEvaluationExecution, Rule($@"全年预算数?(?:为)?(?<adjusted>{Figure})(?<aunit>{MoneyUnits})[,，](?:全年执行数?|执行数)(?:为)?{Amount}[,，](?:预算)?执行率(?:为)?(?<completion>\d+(?:\.\d+)?)%"), null),
        (FactKeys.OperatingCosts, Rule(@"(?:20\d\d年度?[,，]?[^。，,；;]{0,60}?机关运行经费(?:[(（]一般公共预算(?:财政)?拨款[)）])?(?:财政拨款)?(?:预算)?(?:支出)?(?:预算|决算)?(?:安排)?(?:数)?(?:为)?|(?<=情况|[。；;]|^)(?:本(?:部门|单位))?机关运行经费(?:支出|预算)(?:为)?|(?<!上年度?|去年|[比较与]|本级)机关运行经费财政拨款预算(?:数)?(?:为)?(?=\d))" + Amount + AgainstBudget + Change + AgainstBudget), null),
        // Jiangsu: "…一般公共预算拨款安排的会议费预算支出1469.73万元，比上年预算增加164.48万元", likewise 培训费.
        // Budgets: "会议费预算支出…", "会议费预算6.50万元"; final accounts: "会议费支出(决算)8.56万元，完成预算的85.60%，比上年…".
        // Round HZ's Guangxi: "2025年一般公共预算安排会议费586,000.00元，比上年减少…；培训费1,126,500.00元，比上年…", the year's
        // sentence naming what it arranges, 培训费 after it.
        (FactKeys.MeetingCosts, Rule(@"(?<![)）\d])会议费(?:预算支出|支出预算|支出(?:决算)?|(?<=20\d\d年度?会议费)预算|(?<=20\d\d年度?[^。；;，,]{0,20}安排会议费))(?:数)?(?:为)?" + Amount + AgainstBudget + Change + AgainstBudget), null),
        (FactKeys.TrainingCosts, Rule(@"(?<![)）\d])培训费(?:预算支出|支出预算|支出(?:决算)?|(?<=(?:20\d\d年度?|[；;,，])培训费)预算|(?<=安排会议费[^。]{0,80}?[；;]培训费))(?:数)?(?:为)?" + Amount + AgainstBudget + Change + AgainstBudget), null),
        // Budgets: "政府采购预算117.00万元，其中：政府采购货物预算17.00万元…"; final accounts: "政府采购金额（以合同签订为准）
        // 为251.25万元，其中：货物采购金额4.79万元、工程采购金额0万元、服务采购金额246.47万元", "…政府采购金额（以合同签订为准）合计
        // 254.63万元" (Jilin).
        // With its change: "政府采购支出总额1,256.80万元，比上年增加156.80万元，增长14.25%"; "政府采购预算安排865.00万元".
        // A final account's procurement budget beside what was bought ("政府采购预算总额为60.00万元，实际采购金额为56.80万元")
        // is not the total: the bought figure is.
        (FactKeys.ProcurementTotal, Rule(@"(?<!类)政府采购(?:(?:预算|支出)(?:支出|预算|安排)?(?:合计|总额|总金额|共计|总计|共)?|(?:合同)?金额(?:[(（]以合同签订为准[)）])?(?:合计|共计|总计)?)(?:为)?" + Amount + @"(?![,，]实际采购)" + Change), null),
        (FactKeys.ProcurementTotal, Rule(@"(?<=政府采购[^。；;]{0,40}?[,，])实际采购(?:金额|总额)(?:为)?" + Amount + Change), null),
        // 国有资产占用情况: "截至2025年12月31日，本部门资产总额10319.00万元，较上年增加384.60万元，增长3.87%" (round GP's Hunan); not last
        // year's named in a comparison ("比上年资产总额…", "较2024年末资产总额…"), nor a kind's (固定资产总额, 净资产总额).
        (FactKeys.AssetsTotal, Rule(@"(?<![固定流动净])(?<!(?:[比较与]|上年|去年)[^，。,；;]{0,12})资产总(?:额|计)(?:为|合计|共计)?" + Amount + Change), null),
        // Jiangsu: "2017年度部门政府采购预算总金额为1,271.22万元。其中，货物类政府采购支出预算259.32万元,占20.40%；服务类…",
        // and "2018年度政府采购支出预算总额2064.25万元，其中：拟采购货物支出59万元、拟采购工程支出0万元、拟购买服务支出2005.25万元"
        // (not a kind's "货物类政府采购支出预算…");
        // elsewhere "其中拟购买货物 525.4 万元；拟购买工程 500 万元；拟购买服务 2717 万元", "其中：货物类采购预算100.00万元".
        (FactKeys.ProcurementGoods, Rule(@"货物类政府采购支出预算" + Amount + Share), FactKeys.ProcurementTotal),
        (FactKeys.ProcurementWorks, Rule(@"工程类政府采购支出预算" + Amount + Share), FactKeys.ProcurementTotal),
        (FactKeys.ProcurementServices, Rule(@"服务类政府采购支出预算" + Amount + Share), FactKeys.ProcurementTotal),
        (FactKeys.ProcurementGoods, Rule(@"(?:货物类(?:采购)?(?:预算)?|政府采购货物(?:预算|支出)|货物采购(?:合同)?金额|拟(?:采购|购买)货物(?:支出)?)" + Amount + Share), FactKeys.ProcurementTotal),
        (FactKeys.ProcurementWorks, Rule(@"(?:工程类(?:采购)?(?:预算)?|政府采购工程(?:预算|支出)|工程采购(?:合同)?金额|拟(?:采购|购买)工程(?:支出)?)" + Amount + Share), FactKeys.ProcurementTotal),
        (FactKeys.ProcurementServices, Rule(@"(?:服务类(?:采购)?(?:预算)?|政府采购服务(?:预算|支出)|服务采购(?:合同)?金额|拟(?:采购|购买)服务(?:支出)?)" + Amount + Share), FactKeys.ProcurementTotal),
        // The kinds named bare in the list after the total: "政府采购支出总额4123.68万元，其中货物386.24万元、工程2841.60万元、服务895.84万元".
        (FactKeys.ProcurementGoods, Rule(ProcurementList + @"货物(?:为)?" + Amount + Share), FactKeys.ProcurementTotal),
        (FactKeys.ProcurementWorks, Rule(ProcurementList + @"工程(?:为)?" + Amount + Share), FactKeys.ProcurementTotal),
        (FactKeys.ProcurementServices, Rule(ProcurementList + @"服务(?:为)?" + Amount + Share), FactKeys.ProcurementTotal),
        // "面向中小企业预留政府采购项目预算金额1486.42万元，其中，预留给小型和微型企业的政府采购项目预算为1486.42万元";
        // Gansu's "面向中小企业预留1055.95万元，占政府采购预算总额的47.12%";
        // a final account adds who won: "在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额246.47万元；
        // …在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额4.79万元".
        // Its share may close the paragraph in a sentence of its own (round BP's Shaanxi: "…其中，预留给小型和微型企业的政府采购项目
        // 预算为420.00万元。预留给中小企业的预算金额占部门政府采购预算总额的85.99%"), read with the figure before the plain statement.
        (FactKeys.ProcurementSmeReserved, Rule(@"(?<!在)面向中小企业预留(?:的)?(?:政府采购项目预算(?:金额)?|(?:政府)?采购份额)?(?:为)?" + Amount
            + @"[,，；;][^。]{0,80}?。预留给中小企业的(?:预算)?金额占(?:(?<sharebase>[^，。,；;%\d]{2,16}?)的?)?(?<share>\d+(?:\.\d+)?)%"), FactKeys.ProcurementTotal),
        (FactKeys.ProcurementSmeReserved, Rule(@"(?<!在)面向中小企业预留(?:的)?(?:政府采购项目预算(?:金额)?|(?:政府)?采购份额)?(?:为)?" + Amount + Share), FactKeys.ProcurementTotal),
        // The amount before whom it is for (round GG's Chongqing: "按照…有关规定，预留337.00万元面向中小企业，占45.67%").
        (FactKeys.ProcurementSmeReserved, Rule(@"(?<![\w])预留(?:预算(?:金额)?)?(?=\d)" + Amount + @"(?:专门)?面向中小企业(?:采购)?" + Share), FactKeys.ProcurementTotal),
        // Also "预留给小微企业的预算金额484.40万元", "面向小微企业预留484.40万元".
        (FactKeys.ProcurementSmallMicroReserved, Rule(@"(?:(?<!在)面向小微企业预留(?:的)?(?:政府采购项目预算(?:金额)?)?(?:为)?|预留给小(?:型和)?微(?:型)?企业(?:的(?:政府采购项目)?预算(?:金额)?(?:为)?|(?=\d)))" + Amount), null),
        (FactKeys.ProcurementSmeWonReserved, Rule(@"在面向中小企业预留(?:的)?政府采购项目中[,，]由中小企业供应商中标或成交的[,，]采购金额(?:为)?" + Amount), null),
        (FactKeys.ProcurementSmeWonOther, Rule(@"在其他政府采购项目中[,，]由中小企业供应商中标或成交的[,，]采购金额(?:为)?" + Amount), null),
        // The national template's final account: "授予中小企业合同金额50.00万元，占政府采购支出总额的83.33%，其中：授予小微企业
        // 合同金额30.00万元，占授予中小企业合同金额的60.00%".
        (FactKeys.ProcurementSmeAwarded, Rule(@"授予中小企业合同金额(?:为)?" + Amount + @"(?:[,，]占政府采购支出总额的(?<share>\d+(?:\.\d+)?)%)?"), FactKeys.ProcurementTotal),
        // The small and micro enterprises' share is of the SME contracts, or (the national template since 2021) of the whole
        // procurement: "其中：授予小微企业合同金额100.00万元，占政府采购支出总额的50%".
        (FactKeys.ProcurementSmallMicroAwarded, Rule(@"授予小微企业合同金额(?:为)?" + Amount + @"(?:[,，]占(?:授予中小企业合同金额|(?<sharebase>政府采购支出总额))的(?<share>\d+(?:\.\d+)?)%)?"), FactKeys.ProcurementSmeAwarded),
        // Also "2026年县水利局安排政府购买服务预算96.10万元，主要用于…" (round FG's Anhui).
        (FactKeys.PurchasedServicesTotal, Rule(@"(?:政府购买服务支出合计|政府购买服务(?:支出)?预算(?:总额|金额|资金)?(?:为)?(?=\d))" + Amount), null),
        // "编报绩效目标的项目共4个，涉及项目预算资金598.46万元", "编报绩效目标的2024年度项目4个，涉及预算金额175.52万元",
        // Shandong's "实行绩效目标管理的项目3个，涉及一般公共预算拨款1048.49万元".
        // Tianjin's "2026年共有7个项目纳入绩效目标管理，涉及资金3478.55万元" (round EX); Liaoning's "纳入绩效目标管理的项目3个，
        // 涉及一般公共预算当年拨款5161.00万元" (round HE).
        (FactKeys.PerformanceProjectFunds, Rule(PerformanceProjects + @"[,，]涉及(?:(?:项目)?预算(?:资金|金额)|一般公共预算(?:当年)?(?:财政)?拨款(?:资金)?|资金)(?:为)?" + Amount), null),
    ];

    /// <summary>
    /// A change's base naming both totals of income and expenditure with their carry-overs ("与2021年度相比，收、支总计各减少…",
    /// "收入、支出决算总计各增加…"): a change of those totals, not of the year's income or expenditure stated in their parts.
    /// </summary>
    public static readonly Regex BothTotalsNamed = Rule(BothTotals + "[各均]");

    /// <summary>Both totals of income and expenditure named together: 收、支总计, 收入、支出决算总计, 收入总计、支出总计.</summary>
    private const string BothTotals = "(?:(?:收、?支|收入、?支出)(?:决算)?总计|收入(?:决算)?总计、支出(?:决算)?总计)";

    /// <summary>
    /// Shares stated after a list of figures, in the list's order: "，分别占87.47%、6.47%、3.95%和3.11%", "分别占比为60.00%和40.00%".
    /// </summary>
    public static readonly Regex SharesListedAfter = Rule(@"[，,]分别占(?:比)?(?:为)?(?<share>\d+(?:\.\d+)?)%(?:[、，,和及](?<share>\d+(?:\.\d+)?)%)+");

    /// <summary>The word every respective statement holds (<see cref="Respectively"/>).</summary>
    public const string RespectivelyWord = "分别";

    /// <summary>
    /// Figures stated respectively for a list of names: "其中：因公出国（境）费、公务用车购置及运行维护费、公务接待费分别为0万元、
    /// 10.00万元、5.00万元" (each figure with its unit, or the unit after the last only). The names are read by
    /// <see cref="RespectiveNames"/>; a list naming anything else is not read. The <c>stage</c> a list names (…预算分别为,
    /// …决算分别为) is its figures' kind.
    /// </summary>
    public static readonly Regex Respectively = Rule(
        @"(?<names>(?:[^，,。；;：:、]{2,24}、)+[^，,。；;：:、]{2,24}?)(?:(?<stage>预算|决算)(?:数)?|支出)?分别(?:为|是)" +
        $@"(?<figures>{Figure}(?:{MoneyUnits})?(?:[、，,和及]{Figure}(?:{MoneyUnits})?)+?)(?<unit>{MoneyUnits})(?![、，,和及]?\d)");

    /// <summary>
    /// The national template's "收、支总计各…" filled with two figures, each change and rate in the same order (Sichuan):
    /// "2022年度收、支总计各是4125.49，4143.91万元。与2021年相比，收、支总计各减少1267.86，2570.97万元，各下降23.51%、38.28%".
    /// A figure without its own unit is in the unit after the pair. Each figure is taken whole: "各为12,345.67万元" is one
    /// figure grouped by a comma, not 12 and 345.67.
    /// </summary>
    public static readonly Regex PairedTotals = Rule(
        $@"(?<own>20\d\d)年度?{IncomeExpenditureSubject}(?:均为|各(?:为|是)?)(?<a>(?>{Figure}))(?<aunit>{MoneyUnits})?[、，,](?<b>{Figure})(?<unit>{MoneyUnits})[。，,；;]" +
        $@"(?:与(?<year>20\d\d)年度?相比|与上年(?:度)?相比|(?:比|较)(?:(?<year>20\d\d)年度?|上年(?:度)?))[,，]?(?:{IncomeExpenditureSubject})?" +
        $@"(?<direction>{ChangeDirection})(?<ca>(?>{Figure}))(?<caunit>{MoneyUnits})?[、，,](?<cb>{Figure})(?<cunit>{MoneyUnits})" +
        $@"(?:[,，]各?(?:{ChangeDirection})(?<pa>\d+(?:\.\d+)?)%[、，,](?<pb>\d+(?:\.\d+)?)%)?");

    /// <summary>The names a respective statement may list, each whole (<see cref="Respectively"/>): the 三公 parts.</summary>
    public static readonly (string Key, Regex Name)[] RespectiveNames =
        [.. ThreePublicParts.Select(p => (p.Key, Rule("^(?:其中)?" + p.Words.Replace(VehicleInThreePublic, "车辆") + "(?:支出)?$")))];

    /// <summary>A second comparison right after a figure's first, against another year: "；比2024年决算数23.67万元增加2.40万元，增长10.14%".</summary>
    public static readonly Regex FurtherComparison = Rule($@"\G[；;，,](?<base>{ChangeBase}){ChangeFigures}");

    /// <summary>The year's figure a change is stated against, as a heading names it (比2024年执行数, 较上年预算): its <c>base</c>.</summary>
    public static readonly Regex ChangesBaseFigure = Rule(@"(?:比|较|与)(?<base>(?:20\d\d年度?|上年度?)(?:预算|执行|决算)数?)");

    /// <summary>A comparison with its base: "比2025年预算数减少3.19万元，下降10.90%".</summary>
    public static readonly Regex ChangeAgainstBase = Rule($@"(?<base>{ChangeBase}){ChangeFigures}");

    /// <summary>
    /// A change stated apart from its figure, which the statement before gives: a budget's "2022年度“三公”经费预算总计21.8万元，
    /// 其中：…公务接待11.8万元…。…其中公务接待较上年同期减少0.58万元，减少4.68%"; a final account's "2024年度“三公”经费财政
    /// 拨款支出决算数比2023年度减少0.15万元，下降27.78%，其中：…公务接待费支出决算减少0.15万元，下降27.78%" follows
    /// "…支出决算为0.39万元" for each. A final account may add the difference from the budget (Chongqing): "经比较，2020年度
    /// “三公”经费较上年减少15.29万元，下降49.88%，较年初预算数减少0.04万元。…其中：公务用车购置及运行维护费较上年减少2.90万元，
    /// 较年初预算数减少0.04万元".
    /// </summary>
    public static readonly (string Key, Regex Pattern)[] ChangesOfStatedFigures =
    [
        // Budgets too: "2018年“三公”经费预算数比2017年预算数减少0.06万元，减幅0.02%".
        (FactKeys.ThreePublicTotal, Rule(ThreePublicWord + "(?:财政拨款)?" + ChangeStatedApart("支出决算(?:数)?") + AgainstBudget)),
        .. ThreePublicParts.Select(p => (p.Key, Rule(p.Words + "(?:支出)?" + ChangeStatedApart("决算(?:数)?") + AgainstBudget))),
        // The base first, then the subject (after the parts): "。与2023年度相比，本年收入合计减少276.60万元，下降4.85%",
        // "。与上年相比，“三公”经费预算减少2.00万元".
        (FactKeys.IncomeTotal, Rule($@"{WithLastYear}[,，]?(?:本年)?收入(?:合计|总计|预算)(?:数)?{ChangeFigures}")),
        (FactKeys.ExpenditureTotal, Rule($@"{WithLastYear}[,，]?(?:本年)?支出(?:合计|总计|预算)(?:数)?{ChangeFigures}")),
        // The subject opening its sentence, then the base (round IA's Sichuan: "2025年收入总计15,631.00万元，其中：…。收入总计比上年增加
        // 710.97万元，增长4.87%").
        (FactKeys.IncomeTotal, Rule(@"(?<=[。；;]|^)(?:本年)?收入(?:合计|总计)" + ChangeStatedApart("(?:预算|决算)(?:数)?"))),
        (FactKeys.ExpenditureTotal, Rule(@"(?<=[。；;]|^)(?:本年)?支出(?:合计|总计)" + ChangeStatedApart("(?:预算|决算)(?:数)?"))),
        // A budget's two totals, equal, changed together: "2026年收入预算总计1990.95万元，支出预算总计1990.95万元。与2025年相比，
        // 收、支预算总计各减少19.91万元".
        (FactKeys.IncomeTotal, Rule($@"{WithLastYear}[,，]?{BudgetsBothTotals}{ChangeFigures}")),
        (FactKeys.ExpenditureTotal, Rule($@"{WithLastYear}[,，]?{BudgetsBothTotals}{ChangeFigures}")),
        // Or named in the base with last year's figure (round FT's Anhui: "与2025年收支预算总计18420.56万元相比，增加737.62万元，增长4.60%").
        (FactKeys.IncomeTotal, Rule($@"{WithLastYearsTotals}[,，]?{ChangeFigures}")),
        (FactKeys.ExpenditureTotal, Rule($@"{WithLastYearsTotals}[,，]?{ChangeFigures}")),
        // The national final-account template names its spending: "。与2022年度相比，“三公”经费财政拨款支出减少0.15万元".
        (FactKeys.ThreePublicTotal, Rule($@"{WithLastYear}[,，]?{ThreePublicWord}(?:财政拨款)?(?:支出)?(?:预算|决算)?(?:数)?{ChangeFigures}")),
        // The fiscal appropriation's two totals after its funds: "财政拨款收入、支出总计均为3051.90万元，其中：一般公共预算财政拨款
        // 3001.57万元，…。与2021年度相比，财政拨款收入、支出总计各减少213.49万元".
        (FactKeys.FiscalAppropriationTotal, Rule($@"{WithLastYear}[,，]?财政拨款(?:收入、?支出|收、?支)(?:决算)?总计[各均]{ChangeFigures}")),
        // The two totals as one subject before the base (Liaoning: "收支总预算较2023年执行数减少6.89万元，下降0.27%", Heilongjiang:
        // "收支预算总额较2023年预算减少79,620.01元，下降2.50%").
        (FactKeys.IncomeTotal, Rule(BothTotalsChanged)),
        (FactKeys.ExpenditureTotal, Rule(BothTotalsChanged)),
        // Where the text names the totals as one, 收入总计 (round DS's Hubei: "2024年收入总计3332.76万元，…；支出总计3332.76万元。收支
        // 总预算比上年减少166.64万元，下降4.76%").
        (FactKeys.IncomeExpenditureTotal, Rule(BothTotalsChanged)),
        // A change opening the sentence after a total's parts, without a subject, is the total's: "2024年支出预算5,000.00万元，
        // 其中：基本支出3,000.00万元，占60.00%；项目支出2,000.00万元，占40.00%。比上年增加200.00万元，增长4.17%" (never the
        // last part's: <see cref="SoleFigureSentenceEnd"/>).
        // "…收入总计1823.45万元，其中：…；支出总计1823.45万元，其中：…。与2021年度相比，收、支总计各减少176.55万元".
        // Also "与2024年度相比，收入总计、支出总计均增加…".
        (FactKeys.IncomeExpenditureTotal, Rule($@"{WithLastYear}[,，]?{BothTotals}[各均]{ChangeFigures}")),
        // Not a fund's or the appropriation's total (round AO's Jiangxi: "2025年财政拨款支出预算3432.75万元，其中：…。与上年相比，
        // 财政拨款支出减少38.00万元"), which is the appropriation's.
        (FactKeys.ExpenditureTotal, Rule(ChangeAfterParts(@"(?<!拨款|基金(?:预算)?)支出(?:预算|合计|总计)?(?:为)?", RestatedTotal("支出")))),
        (FactKeys.IncomeTotal, Rule(ChangeAfterParts(@"(?<!拨款|基金(?:预算)?)收入(?:预算|合计|总计)?(?:为)?", RestatedTotal("收入")))),
        (FactKeys.FiscalAppropriationTotal, Rule(ChangeAfterParts(@"财政拨款支出预算(?:为)?"))),
        (FactKeys.ThreePublicTotal, Rule(ChangeAfterParts(ThreePublicWord + @"[^。；;，,\d]{0,12}?"))),
        // The vehicles' part after its own two: "公务用车购置及运行维护费支出决算6.0万元，完成预算的95.24%，其中：公务用车购置费0.0万元，
        // 公务用车运行维护费6.0万元。与上年相比，减少0.7万元，下降10.45%".
        (FactKeys.ThreePublicVehicle, Rule(ChangeAfterParts(ThreePublicParts.Single(p => p.Key == FactKeys.ThreePublicVehicle).Words + @"[^。；;，,\d]{0,12}?"))),
        // The two totals as one subject after the base: "2026年部门收支预算总额3022.87万元。与2025年相比，收支预算总额增加69.99万元".
        (FactKeys.ExpenditureTotal, Rule($@"{WithLastYear}[,，]?收支(?:总预算|预算总额|预算总计)[各均]?{ChangeFigures}")),
        // A fund's paragraph naming its spending again as the subject of its change (round IX's Shenzhen: "政府性基金预算财政拨款年初
        // 结转和结余…，本年支出33433.11万元，年末结转和结余2297.29万元。本年支出与2023年度相比增加3568.61万元，增长11.59%"); the
        // fund's only where its spending is the figure stated last before (FactReader).
        (FactKeys.GovernmentFundTotal, Rule(@"(?<=[。；;]|^)本年支出" + ChangeStatedApart("决算(?:数)?"))),
    ];

    /// <summary>
    /// A change opening a sentence (<see cref="ChangeBase"/> then the figures) right after one stating a total of
    /// <paramref name="total"/> and its parts after 其中. The stop and the base are found first; the sentence before is
    /// then read back from them.
    /// </summary>
    // Also Jilin's "与2025年相比，收、支预算总数各增加44.24万元".
    // Jiangxi's "收支预算总额各增加…", Beijing's "收支预算各减少…".
    // Also Beijing's "与2023年执行数相比，收入、支出预算总计各减少…", Ningxia's "与上年预算相比，收入和支出预算均减少…".
    // Beijing's "与2024年相比收支预算总量各增加22931.22万元" (round IK).
    private const string BudgetsBothTotals = "(?:收、?支|收入[、和]?支出)(?:预算总计|预算总数|预算总额|预算总量|总预算|预算)[各均]";

    /// <param name="restated">The total's name the change may open with again (Tianjin's "。收入预算比2024年预算减少233.6万元").</param>
    private static string ChangeAfterParts(string total, string restated = "") =>
        $@"(?<=。)(?<=(?:{total}){Figure}(?:{MoneyUnits}){CompletionBeforeParts}[,，]其中[:：]?[^。]{{0,200}}。)(?:{restated})?(?=比|较|与)(?<base>{ChangeBase}){ChangeFigures}";

    /// <summary>
    /// The two totals as one subject before the base of their change: "收支总预算较2023年执行数减少6.89万元", a unit's paragraph's
    /// "收支预算比上年预算增加101.92万元，增长7.59%" (round HH's Gansu), the year before them (round JN's Sichuan township: "…。2025年
    /// 收支总预算比2024年增加325,945.12元，增长4.15%"), or the base before them opening the sentence after the totals (round KJ's
    /// Shaanxi: "2025年收入总计5,173.98万元，支出总计5,173.98万元。与上年相比，收支总预算增加183.90万元，增长3.96%").
    /// </summary>
    private const string BothTotalsChanged =
        $@"(?:{WithLastYear}[,，]?收支(?:总预算|预算(?:总额|总计)?)|(?<![\w])(?:20\d\d年度?)?收支(?:总预算|预算(?:总额|总计)?)(?<base>{ChangeBase})){ChangeFigures}";

    /// <summary>A change of the two totals as one subject (<see cref="BothTotalsChanged"/>), as a unit's paragraph states its own.</summary>
    public static readonly Regex TotalsChangedTogether = Rule(BothTotalsChanged);

    /// <summary>A total named again to open its change: 收入预算, 本年支出合计, 支出总计.</summary>
    private static string RestatedTotal(string side) => $"(?:本年)?{side}(?:预算)?(?:合计|总计|总额)?(?:数)?";

    /// <summary>A final account's completion stated between a total and its parts: "…6.0万元，完成预算的95.24%，其中：…".</summary>
    private const string CompletionBeforeParts = @"(?:[,，](?:完成|为)(?:年初|全年|调整)?预算(?:数)?的\d+(?:\.\d+)?%)?";

    // "…支出决算比2022年度减少…", "…支出决算比上年减少2.39万元" (Hainan).
    private const string ChangeAgainst = $@"(?:(?:比|较){LastYear})?{ChangeFigures}";

    /// <summary>
    /// After the subject, its actual figure's change ("<paramref name="actual"/>比2023年度减少…"), or a base and the change:
    /// "公务接待较上年同期减少0.58万元", "…经费预算数比2017年预算数减少…", "…经费决算数相较于上年增加275.76万元".
    /// </summary>
    private static string ChangeStatedApart(string actual) =>
        $@"(?:{actual}{ChangeAgainst}|(?:(?:预算|决算)(?:数)?)?(?<base>{ChangeBase}){ChangeFigures})";

    // "编报绩效目标的项目共11个", "实行绩效目标管理的项目共8个", "纳入绩效目标管理的项目3个"; the national template's
    // "本部门7个项目全部实行绩效目标管理", "共有12个项目编报了绩效目标".
    private const string PerformanceProjects =
        @"(?:(?:编报绩效目标|(?:实行|纳入)绩效目标管理)的(?:20\d\d年度)?项目(?:共)?(?<count>\d+)个|(?:本(?:部门|单位)|共有?)(?<count>\d+)个项目(?:全部)?(?:实行绩效目标管理|编报了?绩效目标|纳入绩效目标管理))";

    /// <summary>
    /// An economic class of basic or project expenditure stated with its share of that whole (Guangxi):
    /// "其中：工资福利支出预算716052.51元，占基本支出预算81.25%，同比减少148979.48元，下降17.22%", "资本性支出31500元，占项目支出
    /// 预算6.71%". The share may be left blank ("占基本支出预算%"). <c>whole</c> is 基本 or 项目; the class's code is
    /// <see cref="ColumnHeaders.EconomicClasses"/>' for its name.
    /// </summary>
    public static readonly Regex EconomicItem = Rule(
        $@"(?:(?<![\w])|(?<=其中))(?<name>{EconomicClassNames})(?:预算)?{Amount}[,，]占(?<whole>基本|项目)支出(?:预算)?(?:的)?(?<share>\d+(?:\.\d+)?)?%{Change}");

    private const string EconomicClassNames = "工资福利支出|商品和服务支出|对个人和家庭的?补助(?:支出)?|债务利息(?:及费用)?支出|资本性支出|对企业补助|其他支出";

    /// <summary>
    /// The opening of a list of basic or project expenditure's economic classes stated without shares (Guizhou, under
    /// "（二）按支出经济分类科目（类级）划分"): "基本支出中：工资福利支出1434.17万元，商品和服务支出132.26万元，…；项目支出654.07万元",
    /// "基本支出1850.09万元，其中：工资福利支出…". <c>whole</c> is 基本 or 项目; the classes follow (<see cref="EconomicClassInList"/>).
    /// </summary>
    public static readonly Regex EconomicClassListOpening = Rule($@"(?<whole>基本|项目)支出(?:预算)?(?:{Figure}(?:{MoneyUnits}))?(?:中|[,，]其中)[：:，,]");

    /// <summary>
    /// One class of such a list with its amount, and the separator after it; a name of another kind ends the list, and so
    /// does a class stated with its share (<see cref="EconomicItem"/> reads it).
    /// </summary>
    public static readonly Regex EconomicClassInList = Rule($@"\G(?<name>{EconomicClassNames})(?:预算)?{Amount}(?![,，]?占)(?<separator>[，,、；;])?");

    /// <summary>An item's number in a list: "1." "2、" "（一）" "(3)", after no digit or point (not 2.1万元's).</summary>
    private const string ItemNumber = @"(?<![\d.．])(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）])";

    /// <summary>
    /// A numbered paragraph on one key project ("1.", "（一）", "①"): its name then its amount (round AQ's Jiangsu: "1.老旧小区改造
    /// 补助项目，预算安排913.81万元，比上年增加115.34万元，增长16.28%", Beijing: "（一）义务兵家庭优待金，安排1589.37万元"), or its amount
    /// then what it is for (Hunan: "⑥安排58.44万元用于人防指挥通信系统运维", Anhui: "2.安排247,230.46元用于全市林业有害生物监测预警…，
    /// 比上年减少44,501.48元，下降21.25%"), and the change after it. The name holds no bracket: a paragraph on a 类, 款 or 项
    /// marks its levels in brackets. A heading may run into the first ("（四）重点项目预算安排情况1.老旧小区…"). Not a 三公 part's
    /// or the running costs' paragraph (round BN's Qinghai: "（二）公务用车购置及运行维护费：2026年预算安排32.80万元…"), read as those.
    /// A name ending in 项目 may run into its amount. A final account's states what was spent after it, and may state its rate (rounds FC and FN: "（一）高标准农田建设项目：预算安排
    /// 2221.40万元，实际支出2136.40万元，…", "（二）农村公路建设补助项目。预算安排1010.00万元，实际支出1129.35万元，预算执行率112.94%").
    /// </summary>
    public static readonly Regex ProjectStatement = Rule(
        $@"(?:{ItemNumber}|[①-⑳])(?:(?!公务用?车|公车|公务接待|{ThreePublicWord}|机关运行经费)(?<name>[^，,。；;：:\d（()）]{{2,40}}?)(?:[,，：:。])?(?:20\d\d年)?(?:预算)?安排(?:资金|经费)?{Amount}{ProjectSpent}|(?:20\d\d年)?(?:预算)?安排(?:资金|经费)?{Amount}[,，]?用于(?<name>[^，,。；;()（）]{{2,60}})"
        // Or a name ending in 项目 followed right by its amount (round JA's Hebei: "2.自然资源统一确权登记项目1240.00万元，比上年增加40.00万元"),
        // not a kind of projects (1.部门项目…, 2.政府采购项目预算…, （二）结转项目…).
        // Or its year's funds named after it (round JU's Shandong: "4.防汛抗旱物资储备及应急度汛项目，年度资金总额560.00万元，全部为财政拨款").
        + $@"|(?!公务用?车|公车|公务接待|{ThreePublicWord}|机关运行经费)(?<name>[^，,。；;：:\d（()）]{{2,40}}?(?<!部门|公共|经常性|延续性|一次性|结转|采购|其他|专项)项目)(?:[,，]年度资金(?:申请)?总额)?(?:预算(?:数)?)?(?:为)?{Amount}"
        // Or a fund ending in 资金 or 补助 followed right by its amount (round KM's Gansu: "（四）高标准农田建设市级配套资金2,030.00万元，
        // 资金来源为一般公共预算，…"), not a source of funds (财政拨款资金, 一般公共预算资金, 专项资金, 上年结转资金 …).
        + $@"|(?!公务用?车|公车|公务接待|{ThreePublicWord}|机关运行经费)(?<name>[^，,。；;：:\d（()）]{{2,40}}?(?<!财政拨款|财政|预算|基金|专项|结转|结余|其他|自有|采购|上级|本级|中央|省级|市级|县级)(?:资金|补助)){Amount}(?=[,，。；;])"
        // Or a fund ending in 经费, 补贴 or 费用 whose targets follow its amount after a colon (round HW's Zhejiang: "2.重大项目前期研究及规划编制经费
        // 253.0万元：完成重大项目前期研究不少于12项"), not the basic spending's parts (公用经费, 人员经费).
        + $@"|(?!公务用?车|公车|公务接待|{ThreePublicWord}|机关运行经费)(?<name>[^，,。；;：:\d（()）]{{2,40}}?(?<!公用|人员|运行|日常|专项)(?:经费|补贴|费用)){Amount}(?=[：:])){Change}");

    /// <summary>What a final account's key project spent after its budget, and the rate of its budget that is ("，实际支出2136.40万元，预算执行率96.17%").</summary>
    private const string ProjectSpent = $@"(?:[,，](?:实际支出|支出决算)(?:数)?(?:为)?(?<actual>{Figure})(?<actualUnit>{MoneyUnits})(?:[,，](?:预算)?执行率(?:为)?(?<completion>\d+(?:\.\d+)?)%)?)?";

    /// <summary>
    /// The opening of a list of economic classes each with its share and no whole named, after the basic or project
    /// expenditure it divides (round AQ's Shandong: "…基本支出1779.61万元…。按经济分类科目划分，工资福利支出1502.18万元，占84.41%；…",
    /// Anhui: "按经济分类划分，其中：…"; round AS's Zhejiang: "…项目支出4817.56万元，按支出经济分类：工资福利支出416.57万元，占8.65%；…").
    /// </summary>
    public static readonly Regex EconomicClassListByShareOpening = Rule(@"按(?:支出)?经济分类(?:科目)?(?:[(（]类级[)）])?(?:划分|分)?[，,：:](?:其中[：:，,]?)?");

    /// <summary>One class of such a list, a class qualified in brackets too (资本性支出（基本建设）), with its amount, its share and the separator after it.</summary>
    public static readonly Regex EconomicClassWithShare =
        Rule($@"\G(?<name>(?:{EconomicClassNames})(?:[(（]基本建设[)）])?)(?:预算)?{Amount}(?:[,，]占(?:比)?(?<share>\d+(?:\.\d+)?)%)?(?<separator>[，,、；;])?");

    public static readonly (string Key, Regex Pattern)[] CountFacts =
    [
        // Also "核定编制182人，其中：行政编制132人，事业编制50人" (round BN's Xinjiang).
        (FactKeys.StaffAuthorized, Rule(@"(?:共有|核定)编制(?:数)?(?:为|共)?(?<count>\d+)人")),
        (FactKeys.StaffActual, Rule(@"在职实有人数(?<count>\d+)人")),
        (FactKeys.StaffRetired, Rule(@"离退休人员(?<count>\d+)人")),
        // "截至2024年8月31日，<单位>共有车辆0辆", "部门共有车辆66辆": the literal first, so no position scans ahead.
        (FactKeys.PerformanceProjects, Rule(PerformanceProjects)),
        // Among the assets: "固定资产3149.52万元，其中：房屋14609.83平方米；车辆7辆（一般公务用车3辆，…）".
        (FactKeys.VehiclesTotal, Rule(@"(?:截至20\d\d年\d+月\d+日[,，][^。；;,，]{0,40}?|部门)?共有车辆(?<count>\d+)辆|(?<=[；;])车辆(?<count>\d+)辆(?=[（(])")),
        // "2025年部门预算安排购置车辆1辆，其中：…", "拟购置车辆2辆".
        (FactKeys.VehiclesPurchase, Rule(@"(?:安排|拟)购置(?:公务)?车辆(?<count>\d+)辆")),
    ];

    /// <summary>
    /// The parts a count lists right after it: "共有车辆8辆，其中：部级领导干部用车0辆、…、其他用车8辆", "。其中，一般公务用车13辆、
    /// 执法执勤用车40辆", "共有车辆7辆（一般公务用车3辆，执法执勤用车4辆，…）", "共有编制46人,其中:行政编制21人,事业编制23人". A
    /// part may carry its own breakdown or a remark in brackets ("事业编制18人(其中参照公务员法管理0人)", "应急保障用车3辆（人防机动
    /// 指挥通信车）"), which is no further part.
    /// </summary>
    public static readonly Regex CountPartsOpening = Rule(@"\G(?:[(（]|[。，,；;]?其中[：:，,]?)");

    /// <summary>
    /// The kinds of assets listed after their total (国有资产占用情况, rounds JI's Jiangxi and JV's Tianjin: "资产总额6,419.16万元，与2023年度相比
    /// 增加…。其中：流动资产2,841.37万元，固定资产3,125.68万元，无形资产…"): from where the list opens, the total's change between them.
    /// </summary>
    public static readonly Regex AssetPartsOpening = Rule(@"\G(?:[,，][^。；;]{0,60}?)?[。，,；;]?其中[：:，,]?");

    /// <summary>
    /// One listed amount and the separator after it: a kind of assets and its figure ("固定资产3,125.68万元、", 在建工程, 长期投资, 公共基础设施,
    /// 保障性住房, 政府储备物资), not a change (较上年增加…) nor another total (负债总额…); a part in another unit (房屋14609.83平方米, 车辆7辆)
    /// or one carrying its own breakdown ends the list.
    /// </summary>
    public static readonly Regex AmountPart = Rule($@"\G(?<name>(?:(?!比|较|同比|增加|减少|增长|下降|总额)[^\d、，,；;。：:（）()“”""]){{1,8}}?(?:资产|工程|投资|设施|住房|物资))(?:为)?{Amount}(?<separator>[、，,；;])?");

    /// <summary>
    /// Where the items of the 机关运行经费 open after its figure (round LE's Henan: "2025年机关运行经费预算1026.26万元，比2024年增加163.86万元，
    /// 增长19.0%，主要原因是…增加。其中：办公费61.00万元、印刷费16.20万元…"): its change and reason between them, then 其中, 包括 or 主要用于.
    /// </summary>
    public static readonly Regex OperatingCostPartsOpening = Rule(@"\G(?:[,，][^。；;]{0,100}?)?[。，,；;]?(?:其中|主要包括|包括|主要用于|用于)[：:，,]?");

    /// <summary>
    /// One item of the 机关运行经费 listed with its figure and the separator after it ("物业管理费175.00万元、", "因公出国（境）费用6.00万元"),
    /// not a change (比上年增加…); <c>open</c> marks a list closed by 等 (not every item named).
    /// </summary>
    public static readonly Regex OperatingCostPart = Rule($@"\G(?<name>(?:(?!比|较|同比|增加|减少|增长|下降|其中)[^\d、，,；;。：:（）()“”""]|[(（][^\d、，,；;。：:（）()“”""]{{1,3}}[)）]){{2,14}}?)(?:支出|预算)?(?:为)?{Amount}(?<open>等)?(?<separator>[、，,；;])?");

    /// <summary>
    /// One listed part and the separator after it; <c>open</c> marks a list closed by 等 (not every part named). A name may
    /// hold a short bracket: the national template's 副部（省）级及以上领导用车, round KJ's 特种专业技术用车（救护车）. A count of another kind ends the list
    /// ("…事业编制25人，实有人数44人", "…执法执勤用车3辆，本年度拟更新车辆1辆").
    /// </summary>
    public static readonly Regex CountPart = Rule(
        @"\G(?!实有|在职人员|离退休人员|退休人员|本年|今年|拟|计划|另有|另外)(?<name>(?:[^\d、，,；;。：:（）()“”""]|[(（][^\d、，,；;。：:（）()“”""]{1,6}[)）]){2,14}?)(?<count>\d+)(?<unit>人|辆)(?:[(（][^)）]{1,30}[)）])?(?<open>等)?(?<separator>[、，,])?");

    /// <summary>The adjusted budget's other name in brackets after it: "调整预算（全年预算）为2,760.00万元" (round LI's Tianjin).</summary>
    private const string AlsoNamed = @"(?:[（(](?:全年|调整(?:后)?)预算(?:数)?[)）])?";

    /// <summary>Why the adjusted budget differs from the initial, between it and the outcome: "全年预算大于年初预算的主要原因是年中追加经费".</summary>
    private const string AdjustedReason = @"(?:全年|调整(?:后)?)预算(?:数)?(?:大于|小于|高于|低于)年初预算(?:数)?的?(?:主要)?原因(?:是|为|：|:)?[^；;。]{1,60}?";

    // "年初预算为1560.05万元，[全年预算为…，]支出决算为1511.89万元[，完成年初预算的96.91%]。决算数小于预算数" (the rate
    // may open the next sentence: "…支出决算为0.88万元。完成年初预算的100.00%"); elsewhere
    // without 为: "年初预算数120.00万元，支出决算数130.00万元" ("决算支出320万元"), or without 年初: "支出预算为60.00万元，支出决算为55.00万元";
    // an adjusted budget is the 全年 one: "年初预算为2400.00万元，调整预算为2600.00万元，支出决算为2456.70万元，完成调整预算的94.49%",
    // named both ways and its difference explained before the outcome ("调整预算（全年预算）为2,760.00万元，全年预算大于年初预算的主要原因是
    // 年中追加经费；支出决算为2,666.77万元", round LI's Tianjin)
    // (a budget added during the year, 追加, is none). The comparison may state the difference
    // ("决算数大于预算数55.93万元"), and the change against last year may follow: "…完成预算的100%；较上年增加0.61万元，
    // 增长10.63%".
    public static readonly Regex Execution = Rule(
        $@"(?:(?:(?<initialnamed>年初)|(?<!调整|全年|追加)支出|(?<!调整|全年|年初|支出|追加))预算(?:数)?为?(?<initial>{Figure})(?<iunit>{MoneyUnits})[,，])?(?:(?:全年|调整(?:后)?)预算(?:数)?{AlsoNamed}为?(?<adjusted>{Figure})(?<aunit>{MoneyUnits})(?:[,，]{AdjustedReason})?[,，；;])?" +
        $@"(?<=(?:预算(?:数)?{AlsoNamed}为?{Figure}(?:{MoneyUnits})|{AdjustedReason})[,，；;])(?:支出)?决算(?:数|支出)?为?(?<amount>{Figure})(?<unit>{MoneyUnits})" +
        $@"(?:[,，。]{CompletionRate})?{ThreePublicNamedShare}[。；;,，]?(?:{StatedComparison})?(?:(?<!%)[,，]{CompletionRate})?" +
        $@"(?:[。；;,，]?(?<=[。；;,，])(?:(?<base>{ChangeBase}){ChangeFigures}|{FlatChange}))?");

    /// <summary>
    /// A final account's completion of a figure stated before it, in a sentence of its own that names the budget but not the
    /// outcome again (Guangdong: "…一般公共预算财政拨款支出决算为99132.82万元，…。2025年度一般公共预算财政拨款支出年初预算为
    /// 92019.01万元，决算数为年初预算的107.73%"); its subject, just before it, is one of <see cref="ExecutionSubjects"/>.
    /// </summary>
    public static readonly Regex CompletionOfStatedFigure = Rule(
        $@"(?<initialnamed>年初)?预算(?:数)?为?(?<initial>{Figure})(?<iunit>{MoneyUnits})[,，](?:决算数?为(?<against>年初)?预算(?:数)?的|完成(?<against>年初)?预算(?:数)?的?)(?<completion>\d+(?:\.\d+)?)%");

    /// <summary>
    /// What a budget-carried-out statement is about, from the words just before it, where that is a fact of its
    /// own: "“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.00万元" states the 三公 total of a final account.
    /// </summary>
    public static readonly (string Key, Regex Subject)[] ExecutionSubjects =
    [
        (FactKeys.ThreePublicTotal, Rule(ThreePublicWord + "(?:财政拨款)?(?:支出)?(?:决算)?$")),
        (FactKeys.MeetingCosts, Rule("(?<![)）])会议费(?:支出)?$")),
        (FactKeys.TrainingCosts, Rule("(?<![)）])培训费(?:支出)?$")),
        // The national template's 具体情况: "一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%".
        (FactKeys.GeneralBudgetTotal, Rule(GeneralBudgetSubject + "(?:决算)?$")),
        // The national template states each part so: "其中：因公出国（境）费支出预算为0万元，支出决算为0万元，完成预算的0%";
        // Beijing names the part as its paragraph's heading: "3.公务接待费。2023年度支出预算为327.87万元，支出决算为…"; Zhejiang its
        // spending: "3.公务接待费支出年初预算为24.00万元，支出决算为13.56万元" (round JB).
        .. ThreePublicParts.Select(p => (p.Key, Rule(p.Words + @"(?:支出)?(?:[。：:](?:20\d\d年度?)?)?$"))),
    ];

    private static Regex Rule(string pattern) => new(pattern, RegexOptions.CultureInvariant);

    /// <summary>
    /// A year a sentence is about ("2021年度…", "2023年预算安排…"), not one it compares with (比2022年, 较2023年度, 与2022年度相比)
    /// nor a heading's naming the document (…财政局2023年度部门决算情况说明, run into the sentence below it).
    /// </summary>
    public static readonly Regex YearNamed = Rule(@"(?<![比较与于\d])(?<year>20\d\d)年(?!度?(?:部门|单位)?(?:预算|决算)(?:情况|公开|说明|报告|编制))");

    /// <summary>
    /// Last year named without its number as what a sentence is about ("上年人员经费800.00万元", "去年同期，本部门支出预算…",
    /// "上一年度“三公”经费…"), not as a comparison's base (比上年, 与上年相比) nor in the carry-over's name (上年结转).
    /// </summary>
    public static readonly Regex LastYearNamed = Rule(@"(?<![比较与于同])(?:上一?年度?|去年)(?!结转|结余|末|底)");

    /// <summary>
    /// This year named without its number ("上年…1,000.00万元，本年…1,100.00万元", "今年…"), not the 本年 of an earlier year's
    /// figure named just before it (上年度本年支出合计…, 2022年度本年收入合计…).
    /// </summary>
    public static readonly Regex ThisYearNamed = Rule(@"(?<!20\d\d年度?|上一?年度?|去年)(?:本年度?|今年|当年)");

    /// <summary>
    /// Whose figure a clause states when not the department's own: a subordinate unit's (下属单位…, 所属XX中心…, 本部门所属第三中学…,
    /// 直属单位…), the department's own office alone (机关本级…, 局机关…, 局本级…), a whole region's or system's (全市…, 全省…, 全镇…,
    /// 全系统…), all funds' where the tables print the appropriation's (全部资金“三公”经费…), another unit named as such (该中心…).
    /// Not the department with its units (本部门（含下属单位）…, 本部门及所属单位…, 本部门下属1家机关和1家事业单位…), nor a
    /// township's own (镇本级…).
    /// </summary>
    /// <summary>The first amount of a stretch of text (a figure and its money unit), where its subject ends.</summary>
    public static readonly Regex FirstAmount = Rule($@"\d[\d,.]*(?:{MoneyUnits})");

    /// <summary>
    /// A numbered paragraph on one unit of the department, its name and a colon before its figures (Inner Mongolia's 所属单位
    /// 预算情况: "2.鄂尔多斯市生态环境监测站：2025年收入预算596.4万元，支出预算596.4万元，其中：…", the department's own office
    /// too: "1.鄂尔多斯市生态环境局（本级）：…").
    /// </summary>
    public static readonly Regex UnitParagraph = Rule(@"(?:^|[^\d.])(?:\d{1,2}[.、．]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])[^。；;，,：:\d]{2,40}?"
        + LineLabels.UnitWord + @"(?:[（(]本级[)）])?[:：]");

    /// <summary>
    /// An item of a list by unit opening on the unit's name (round AU: "按单位划分：（一）桂林市临桂区统计局（本级）：2025年收入预算…",
    /// "1.上饶市广信区住房和城乡建设局（机关）2025年收支预算总计…", "（二）福州市长乐区应急救援指挥中心：2024年度本年收入…", the office
    /// unbracketed: "（一）绵阳市游仙区农业农村局本级：…", round EH's Sichuan; or that office alone, "（一）局本级：收入预算…", round FT's
    /// Anhui, an item only under words opening a list by unit): what it states, over several sentences, is that unit's, up to the next
    /// item or the next section (<see cref="SectionHeading"/>).
    /// </summary>
    public static readonly Regex UnitItemOpening = Rule(ItemNumber + @"(?:(?<name>[^。；;，,：:\d（()）]{2,40}?"
        + LineLabels.UnitWord + @")(?<own>[（(](?:本级|机关)[)）]|本级)?|(?<office>(?:局|厅|委)?(?:机关)?本级|局机关))(?=[:：]|20\d\d年)");

    /// <summary>
    /// A figure a paragraph on one unit states of it (<see cref="UnitItemOpening"/>; round FB's Yunnan: "收入预算360.94万元，其中：
    /// 财政拨款348.49万元，其他收入12.45万元；支出预算360.94万元，其中：基本支出179.17万元，项目支出163.77万元"; rounds EH's Sichuan and
    /// EZ's Henan: "2025年收入预算…万元，支出预算…万元"): what it is (<see cref="UnitFigureKey"/>) right before its amount; a bare 收入 or
    /// 支出 after no word but the year's 年 (not the end of 人员经费支出, 上年结转收入).
    /// </summary>
    public static readonly Regex UnitFigure = Rule(@"(?<what>基本支出|项目支出|财政拨款|一般公共预算(?:财政)?拨款|政府性基金(?:预算)?(?:财政)?拨款|事业收入|经营收入"
        + @"|上级补助收入|附属单位上缴收入|其他收入|(?<![\p{IsCJKUnifiedIdeographs}-[年]])(?:收入|支出))(?:收入)?(?:预算|决算)?(?:数|总额|合计|总计)?为?" + Amount);

    /// <summary>
    /// A final account's paragraph on one fund of the appropriation, its balance from the year's start to its end (round IJ's Gansu:
    /// "一般公共预算财政拨款：年初结转和结余4,862,300元，本年收入356,079,777元，本年支出358,626,597元，年末结转和结余2,351,480元"; round ID's
    /// Hunan: "2024年度政府性基金预算财政拨款年初结转和结余620.40万元，本年收入9996.30万元，…"): the fund, and each figure with its unit.
    /// </summary>
    public static readonly Regex FundBalanceStatement = Rule(@"(?<fund>一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?)(?:财政)?(?:拨款)?(?:收入支出)?(?:决算)?[:：]?(?:20\d\d年度?)?"
        + @"年初(?:财政拨款)?结转和?结余(?:资金)?(?:为)?(?<opening>" + Figure + ")(?<openingUnit>" + MoneyUnits + @")[,，]本年收入(?:为)?(?<income>" + Figure + ")(?<incomeUnit>" + MoneyUnits
        + @")[,，]本年支出(?:为)?(?<spent>" + Figure + ")(?<spentUnit>" + MoneyUnits + @")[,，]年末(?:财政拨款)?结转和?结余(?:资金)?(?:为)?(?<closing>" + Figure + ")(?<closingUnit>" + MoneyUnits + ")");

    /// <summary>The fact keys of a fund's paragraph (<see cref="FundBalanceStatement"/>) by the fund's first word: its opening balance, year's income and spending, and closing balance.</summary>
    public static (string Opening, string Income, string Spent, string Closing) FundBalanceKeys(string fund) => fund[0] switch
    {
        '一' => (FactKeys.GeneralBudgetCarryoverOpening, FactKeys.IncomeGeneralBudget, FactKeys.GeneralBudgetTotal, FactKeys.GeneralBudgetCarryoverClosing),
        '政' => (FactKeys.GovernmentFundCarryoverOpening, FactKeys.IncomeGovernmentFund, FactKeys.GovernmentFundTotal, FactKeys.GovernmentFundCarryoverClosing),
        _ => (FactKeys.StateCapitalCarryoverOpening, FactKeys.IncomeStateCapital, FactKeys.StateCapitalTotal, FactKeys.StateCapitalCarryoverClosing),
    };

    /// <summary>
    /// A sentence going through the units' totals one after another (round II's Fujian, after "2025年收入预算9,321.31万元，其中：…。":
    /// "按预算单位分：永春县卫生健康局（本级）3,533.64万元，永春县疾病预防控制中心1,322.35万元，…，永春县卫生监督所422.03万元。"): its opening,
    /// and each unit's name (ending in a unit's word, <see cref="LineLabels.UnitWord"/>) right before its amount. A total's 其中 may open it
    /// too (round KO's Fujian: "…收入预算39742.40万元，比上年减少…。其中：厅机关29014.41万元，福建省水文水资源勘测中心5918.47万元，…"), where two
    /// units at least are listed (<see cref="OfWhichOpening"/>).
    /// </summary>
    public static readonly Regex UnitTotalsListed = Rule(@"(?<=^|[。；;]|(?:^|[。；;])(?:20\d\d年度?)?(?<side>收入|支出)(?:预算|决算)?)(?:按|分)(?:预算)?单位(?:分|划分|看|来看)?[:：,，]|(?<=[。；;])(?<ofwhich>其中)[:：]");

    /// <summary>The group of <see cref="UnitTotalsListed"/> marking a list opened by 其中, which holds units only where it lists two.</summary>
    public const string OfWhichOpening = "ofwhich";

    /// <summary>
    /// The sentence right before a list of units opened by 其中, stating the department's total it breaks down: the year's income or
    /// expenditure and its figure ("福建省水利厅2025年收入预算39742.40万元，…"), not a part's ("2025年“三公”经费预算支出…").
    /// </summary>
    public static readonly Regex TotalBeforeUnitsListed = Rule(@"\G[^，,。；;:：“”""]{0,30}?20\d\d年度?(?:部门)?(?<side>收入|支出)(?:预算|决算)?(?:总计|合计|总额)?(?:为)?\d");

    /// <summary>
    /// One unit's total in a list (<see cref="UnitTotalsListed"/>), up to the next unit's or the sentence's end: the total it names, where
    /// it names one (round IN's Jiangxi: "上高县交通运输局（本级）收、支总计各4382.65万元；…"; round JD's Yunnan: "分单位看：弥勒市卫生健康局（本级）
    /// 本年收入2,423.81万元，…"), and its share of the department's after it. The office may be named by itself (round KG's Henan: "按单位分：
    /// 局机关1091.99万元，占7.38%；洛阳市第一中学5347.61万元，…").
    /// </summary>
    public static readonly Regex ListedUnitTotal = Rule(@"\G[,，、；;]?(?<name>[^。；;，,、：:\d]{2,40}?" + LineLabels.UnitWord + @"(?:[（(](?:本级|机关)[)）]|本级|机关)?|(?:局|厅|委)(?:机关|本级))"
        + @"(?:本年)?(?<side>收、?支|收入|支出)?(?:预算|决算)?(?:总计|合计|总额)?[各均]?(?:为|共计|合计)?" + Amount + @"(?:[,，]占(?:[^,，；;。\d]{0,14}?)?(?<share>\d+(?:\.\d+)?)%)?");

    /// <summary>A change's subject naming one side's total (收入总计比上年…, 本年支出合计…), not both (收支总预算…, 收、支预算总计各…).</summary>
    public static readonly Regex OneSideNamed = Rule(@"^(?:本年)?(?:收入|支出)");

    /// <summary>
    /// Which total a list by unit goes through: the side a sentence before it opens with (2025年收入预算…，其中：…; 本部门2025年支出预算…), not a
    /// part's (一般公共预算拨款收入, 其他收入, 经费支出 …). Matched from the sentence's start.
    /// </summary>
    public static readonly Regex TotalsSide = Rule(@"\G[^，,。；;:：]{0,30}?(?<![拨款费金业他营助缴转余])(?<side>收入|支出)");

    /// <summary>The total a unit's figure in a list is of, by the side its words name (<see cref="ListedUnitTotal"/>): both sides' is the income's.</summary>
    public static string ListedTotalKey(string side) => side.StartsWith("支出", StringComparison.Ordinal) ? FactKeys.ExpenditureTotal : FactKeys.IncomeTotal;

    /// <summary>
    /// A numbered opening after a unit's paragraph (（四）政府采购情况, 5.…): where the paragraph ends, its figures the unit's no further.
    /// Not a decimal's point (12.45万元).
    /// </summary>
    public static readonly Regex NumberedOpening = Rule(@"(?<![\d.．])(?:\d{1,2}[.、．](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[)）])");

    /// <summary>The fact key of each figure <see cref="UnitFigure"/> reads, by the words naming it (a fund's with its words shortened).</summary>
    public static string UnitFigureKey(string what) => what switch
    {
        "收入" => FactKeys.IncomeTotal,
        "支出" => FactKeys.ExpenditureTotal,
        "基本支出" => FactKeys.ExpenditureBasic,
        "项目支出" => FactKeys.ExpenditureProject,
        "财政拨款" => FactKeys.IncomeFiscalAppropriation,
        "事业收入" => FactKeys.IncomePublicService,
        "经营收入" => FactKeys.IncomeBusiness,
        "上级补助收入" => FactKeys.IncomeHigherSubsidy,
        "附属单位上缴收入" => FactKeys.IncomeSubordinateRemit,
        "其他收入" => FactKeys.IncomeOther,
        _ when what.StartsWith("一般公共预算", StringComparison.Ordinal) => FactKeys.IncomeGeneralBudget,
        _ => FactKeys.IncomeGovernmentFund,
    };

    /// <summary>
    /// Words saying a list by unit follows (按单位划分, 分单位收支预算情况, 各单位决算情况如下): an item opening on a unit's name is
    /// that unit's where they (<see cref="UnitListFollows"/>), or its (本级) / (机关), say so; a numbered heading followed by the
    /// department's own name ("（二）政府采购支出情况上海市普陀区规划和自然资源局2024年度…") is no such item, nor is a heading naming a
    /// section (…情况, …说明).
    /// </summary>
    public static readonly Regex ByUnit = Rule(@"(?:按|分)(?:预算)?单位|各单位|单位划分");

    /// <summary>
    /// Words opening a list of items by unit: <see cref="ByUnit"/>'s, a heading on each budget unit (五、各预算单位收支预算情况, round FT's
    /// Anhui; not the department's own words 含所属各预算单位, which stay the department's in <see cref="ByUnit"/>), or the units' figures said to follow (下属单位2025年收支预算情况如下,
    /// round EH's Sichuan), or a heading on the units (二、部门所属单位收支预算情况, round HN's Ningxia; （四）所属单位预算安排情况, round JJ's
    /// Hebei). Only before an item opening on a
    /// unit's name: a department's own sentence naming its units (本局（含下属单位）2025年收支预算情况如下：收入预算…) states its own figures.
    /// </summary>
    public static readonly Regex UnitListFollows =
        Rule(@"(?:按|分)(?:预算)?单位|各(?:预算)?单位|单位划分|(?:下属|所属)[^。；;]{0,12}?单位[^。；;]{0,24}?如下|(?<=(?:[一二三四五六七八九十]、|[（(][一二三四五六七八九十]{1,3}[)）])(?:部门)?)(?:下属|所属)(?:各)?(?:预算)?单位[^。；;，,：:\d]{0,6}?(?:收支|预算|决算)[^。；;，,：:\d]{0,6}?情况");

    /// <summary>Words of a section's heading, which no unit's name holds.</summary>
    public static readonly Regex HeadingWords = Rule("情况|说明");

    /// <summary>A section's heading: 二、收入预算情况, a Chinese numeral and 、 after no digit.</summary>
    public static readonly Regex SectionHeading = Rule(@"(?<![\d.．])[一二三四五六七八九十]{1,3}、");

    /// <summary>
    /// Words naming a scope other than the department's own: its units (下属, 所属, 本级), the whole region (全市, 全县) or
    /// system. A place whose name ends so and that the department is named after is its own (天全县林业局, round AP's Sichuan). The
    /// office's running costs are the office's whoever names it so (局机关机关运行经费; round FP's Jiangxi: "2026年萍乡市农业农村局本级
    /// 机关运行经费预算61.20万元").
    /// </summary>
    public static readonly Regex OtherScope = Rule(@"(?<![含及和与括])(?:下属|所属|直属)(?!\d|[一二三四五六七八九十两]+家)|(?:机关|局|厅|委)本级(?![及和、单]|机关运行经费)|局机关(?![及和、]|(?:机关)?运行经费)|(?<!\p{IsCJKUnifiedIdeographs})全(?:市|县|区|省|国|镇|乡|街道|系统)|全(?:市|县|区|省|国|镇|乡|街道|系统)(?![^，。；;,\d“”]{0,10}?(?:局|委|办|院|所|厅|中心|站|队|馆|校))|全部资金|该(?:中心|单位)");

    /// <summary>A sentence about several years together: "2022年至2024年累计…", "2024-2026年…", "累计安排…".</summary>
    public static readonly Regex YearsTogether = Rule(@"20\d\d年?度?(?:至|到|-|—|－|~|～)20\d\d年|累计");

    /// <summary>The words stating a change's direction: a rise (增加, 增长, 上升) or a fall (减少, 下降, 降低).</summary>
    internal const string ChangeDirection = "增加|增长|上升|减少|下降|降低";

    /// <summary>
    /// The direction a change's word states (its <c>direction</c> or <c>second</c> group): 增加, 增长, 上升, 增幅 → <c>increase</c>;
    /// 减少, 下降, 降低, 降幅, 减幅 → <c>decrease</c>.
    /// </summary>
    public static string Direction(string printed) => printed is "增加" or "增长" or "上升" or "增幅" ? "increase" : "decrease";

    /// <summary>
    /// How a budget carried out compares the outcome with the budget (the <c>cmp</c> group of <see cref="Execution"/>
    /// and of a level's comparison with its budget): 大于, 高于, 比预算增加 or 超支 → <c>greater</c>; 小于, 低于, 减少 or 节约 →
    /// <c>less</c>; 等于 → <c>equal</c>; null where it states none.
    /// </summary>
    public static string? Comparison(string printed) =>
        printed switch { "大于" or "高于" or "增加" or "超支" => "greater", "小于" or "低于" or "减少" or "节约" => "less", "等于" => "equal", _ => null };

    /// <summary>
    /// An outcome followed by the same outcome of a narrower scope ("“三公”经费支出决算为70.00万元，其中财政拨款支出决算为
    /// 60.00万元"): the figure the tables print is the narrower one, so the wider is no level.
    /// </summary>
    public static readonly Regex NarrowerScopeFollows = Rule($@"\G(?:[(（][^()（）]{{0,30}}[)）])?[,，](?:其中[:：]?)?[^。；;，,]{{0,6}}?(?:财政拨款|一般公共预算)[^。；;，,]{{0,18}}?(?:决算(?:数)?|实际支出(?:数)?)为?{Figure}");

    /// <summary>The words that open a comparison's base (比2025年…, 较上年…, 与2023年…相比).</summary>
    public const string ComparisonWords = "比较与";

    /// <summary>The word a statement's subject names an outcome by (“三公”经费财政拨款支出决算为…), not a budget.</summary>
    public const string OutcomeWord = "决算";

    /// <summary>The word that makes a statement's figure a budget (预算).</summary>
    public const string BudgetWord = "预算";

    /// <summary>The word that narrows a statement to the fiscal appropriation's funds (财政拨款).</summary>
    public const string AppropriationWord = "财政拨款";

    /// <summary>Words of a vehicle purchase: where the narrative speaks of one, a 三公 total is not summed from the running costs alone.</summary>
    public const string VehiclePurchaseWord = "购置";

    /// <summary>A budget's income drawn from a reserve (用事业基金弥补收支差额): a kind of income the kinds listed may leave out.</summary>
    public const string ReserveDrawnOn = "用事业基金弥补";

    /// <summary>Words naming last year without its number.</summary>
    public static readonly string[] LastYearWords = ["上年", "去年"];

    /// <summary>
    /// The actual figure following a budget (…预算为60.00万元，支出决算为55.00万元): that budget is no level of its own. The
    /// actual may name its year and subject again: "…支出预算为44.52万元，2019年实际支出“三公经费”决算为22.62万元", or be
    /// stated as spent: "…预算支出10.00万元，实际支出8.00万元".
    /// </summary>
    public static readonly Regex ActualFollows = Rule($@"\G[,，][^。；;，,]{{0,24}}?(?:决算(?:数)?(?:合计)?|实际支出(?:数)?)为?{Figure}");

    /// <summary>The words before a figure that make it a change of something rather than its level ("增加人员经费1408.29万元").</summary>
    public static readonly HashSet<string> ChangeWords = ["增加", "减少", "增长", "下降", "节约", "增支", "减支", "压减", "压缩", "节省", "削减", "缩减"];
}
