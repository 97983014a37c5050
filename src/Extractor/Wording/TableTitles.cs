using System.Text.RegularExpressions;
using Extractor.Model;

namespace Extractor.Wording;

/// <summary>
/// How publications title their tables, across the Hubei, national, Shanghai and Jiangsu templates and final
/// accounts. A new province's title is a new alternative here, with its printed variant in the tests.
/// </summary>
public static partial class TableTitles
{
    /// <summary>
    /// The name a reader knows each table type by, phase left out (收支总表 for 部门收支预算总表 and 收入支出决算总表 alike):
    /// how messages and warnings name a table.
    /// </summary>
    private static readonly Dictionary<string, string> ReaderNames = new()
    {
        [TableTypes.IncomeExpenditureSummary] = "收支总表",
        [TableTypes.IncomeSummary] = "收入总表",
        [TableTypes.ExpenditureSummary] = "支出总表",
        [TableTypes.FiscalAppropriationSummary] = "财政拨款收支总表",
        [TableTypes.GeneralBudgetExpenditure] = "一般公共预算支出表",
        [TableTypes.GeneralBudgetExpenditureByFunction] = "一般公共预算支出功能分类表",
        [TableTypes.GeneralBudgetBasicByEconomic] = "一般公共预算基本支出经济分类表",
        [TableTypes.FiscalAppropriationExpenditure] = "财政拨款支出表",
        [TableTypes.FiscalAppropriationBasicByEconomic] = "财政拨款基本支出经济分类表",
        [TableTypes.OperatingCosts] = "机关运行经费支出表",
        [TableTypes.ThreePublicExpenses] = "“三公”经费支出表",
        [TableTypes.GovernmentFundExpenditure] = "政府性基金预算支出表",
        [TableTypes.StateCapitalExpenditure] = "国有资本经营预算支出表",
        [TableTypes.ProjectExpenditure] = "项目支出表",
        [TableTypes.GovernmentProcurement] = "政府采购表",
        [TableTypes.GovernmentPurchasedServices] = "政府购买服务表",
        [TableTypes.ProjectPerformanceTargets] = "项目绩效目标表",
        [TableTypes.OverallPerformanceTargets] = "部门整体支出绩效目标表",
        [TableTypes.IncomeExpenditureByUnit] = "所属单位收支表",
        // A table of no standard kind (a small table inside the narrative).
        [TableTypes.Unknown] = "表格",
    };

    /// <summary>The words before a reader name that make another one (财政拨款 before 收支总表): a place so named is the longer's.</summary>
    public static IEnumerable<string> WordsMakingLongerNames(string readerName) =>
        ReaderNames.Values.Where(n => n != readerName && n.EndsWith(readerName, StringComparison.Ordinal)).Select(n => n[..^readerName.Length]);

    /// <summary>The name a reader knows a table type by (<see cref="ReaderNames"/>); the type id for a type it does not list.</summary>
    public static string ReaderName(string type) => ReaderNames.GetValueOrDefault(type, type);

    /// <summary>
    /// Title → table type, most specific first: the performance forms, then fund- and appropriation-specific
    /// tables, then the general summaries whose names the specific ones contain. Matched against the title as
    /// normalised (<see cref="Noise"/> removed, from <see cref="FirstTableWord"/> on).
    /// </summary>
    public static readonly (string Type, Regex Rule)[] Rules =
    [
        // Also "部门整体绩效目标表", "部门(单位)整体绩效目标表".
        // And their self-evaluations after the year (部门整体支出绩效自评表, 项目支出绩效自评表): forms of the same blocks.
        (TableTypes.OverallPerformanceTargets, new Regex("整体(?:支出)?绩效(?:目标|自评)")),
        (TableTypes.ProjectPerformanceTargets, new Regex("项目(?:支出)?绩效(?:目标|自评)")),
        (TableTypes.GovernmentPurchasedServices, new Regex("政府购买服务")),
        (TableTypes.GovernmentProcurement, new Regex("政府采购")),
        (TableTypes.ThreePublicExpenses, new Regex("三公经费")),
        // Also the national final account's 公开10表 "机关运行经费及国有资产占用情况表" (its counts of vehicles beside the amount).
        (TableTypes.OperatingCosts, new Regex("^(?:部门|单位)?(?:一般公共预算)?(?:财政拨款)?机关运行经费(?:支出)?(?:预算|决算)?(?:及国有资产占用)?表")),
        (TableTypes.StateCapitalExpenditure, new Regex("国有资本经营预算")),
        (TableTypes.GovernmentFundExpenditure, new Regex("政府性基金")),
        (TableTypes.GeneralBudgetBasicByEconomic, new Regex("一般公共预算(?:财政)?(?:拨款)?基本支出")),
        // Jiangsu prints the appropriation-wide twins of the two general-budget tables.
        (TableTypes.FiscalAppropriationBasicByEconomic, new Regex("^(?:部门|单位)?财政拨款基本支出(?:预算|决算)?表")),
        // Jilin names the general budget's function table by the appropriations and its fund after: 财政拨款支出表（一般公共预算） (round EV).
        (TableTypes.GeneralBudgetExpenditureByFunction, new Regex("^(?:部门|单位)?财政拨款支出(?:预算|决算)?表\\(一般公共预算\\)$")),
        (TableTypes.FiscalAppropriationExpenditure, new Regex("^(?:部门|单位)?财政拨款支出(?:预算|决算)?表")),
        // Beijing's template names it by its fund alone: 一般公共预算财政拨款支出表; elsewhere …支出决算明细表. Yunnan's final accounts
        // print it with the year's carry-overs around the expenditure: 一般公共预算财政拨款收入支出决算表 (its 本年支出 columns are
        // the function table's total, basic and project; the others are carried apart). Guangdong's: 一般公共预算拨款支出预算表.
        (TableTypes.GeneralBudgetExpenditureByFunction, new Regex("一般公共预算(?:财政)?(?:拨款)?支出(?:(?:决算|预算)(?:明细)?表|功能分类|表\\(功能|预算表\\(功能|(?:明细)?表\\(按(?:支出)?功能)|一般公共预算财政拨款支出表$|^一般公共预算财政拨款收入支出决算表$")),
        (TableTypes.GeneralBudgetExpenditure, new Regex("^一般公共预算支出表$")),
        // A table by budget unit (rounds EP's Fujian, ES's Hunan, FB's Guizhou: 部门所属单位收支预算表, 部门所属单位收支决算情况表).
        (TableTypes.IncomeExpenditureByUnit, new Regex("所属(?:各)?(?:预算)?单位(?:预算|决算)?收(?:入)?支(?:出)?")),
        // Yunnan's final accounts leave out 总: 财政拨款收入支出决算表, 收入支出决算表 (a fund's own 收入支出决算表 is no summary).
        (TableTypes.FiscalAppropriationSummary, new Regex("财政拨款收(?:入)?支(?:出)?(?:预算|决算)?总表|^(?:部门|单位)?财政拨款收入支出决算表$")),
        (TableTypes.IncomeExpenditureSummary, new Regex("^(?:部门|单位|预算单位)?(?:综合)?(?:预算|决算)?(?:财务)?收(?:入)?支(?:出)?(?:预算|决算)?总表$|^(?:部门|单位)?收入支出决算表$")),
        (TableTypes.IncomeSummary, new Regex("^(?:部门|单位|预算单位)?(?:综合)?(?:预算|决算)?收入(?:预算|决算)?(?:总)?表$")),
        (TableTypes.ExpenditureSummary, new Regex("^(?:部门|单位|预算单位)?(?:综合)?(?:预算|决算)?支出(?:预算|决算)?(?:总)?表$")),
        (TableTypes.ProjectExpenditure, new Regex("^(?:部门|单位)?项目支出(?:预算)?(?:明细)?表$|^(?:部门|单位)?(?:综合预算)?专项业务经费支出(?:预算)?表$")),
    ];

    /// <summary>
    /// A line that reads as the name of a table, matched against the line trimmed: it ends in 表, maybe with a
    /// bracketed qualifier (…支出预算表(功能分类项级)), or opens with 表 and a number (表一, 表3).
    /// </summary>
    [GeneratedRegex(@"表\s*(?:[(（].*[)）])?\s*$|^表\s*[一二三四五六七八九十\d]+")]
    public static partial Regex Shape();

    /// <summary>
    /// A table's number, in digits or in Chinese numerals; a numeral run set right before 一般 leaves it its 一 (表五一般公共预算支出
    /// 预算表 is table 五, round BG's Tianjin).
    /// </summary>
    private const string Numeral = "(?:\\d+|[一二三四五六七八九十]+?(?=一般)|[一二三四五六七八九十]+)";

    /// <summary>A table's number as printed apart from its name: 表3, 表3-1, 附表二, 公开02表, 预算01表.</summary>
    public const string NumberMark = "附?表\\s*" + Numeral + "(?:[-－—.．]\\d+)?|(?:公开|预算)?\\d+表";

    /// <summary>
    /// A table's number printed before its name in the title (表5 2025年一般公共预算支出表, 附表1：…), which a continued page's
    /// title may leave out (2025年一般公共预算支出表（续表）); also a bare list number (Shanghai's 5. 2026年一般公共预算支出功能分类预算表).
    /// </summary>
    [GeneratedRegex(@"^(?:附?表\s*" + Numeral + @"(?:[-－—.．]\d+)?|\d{1,2}(?=[.．、]))[\s、．.:：]*(?=\S)")]
    public static partial Regex NumberBeforeName();

    /// <summary>
    /// A table's number OCR read as something else before the year (round GF's scans: 表三 read "R=", 表五 "RA"): a few marks
    /// that are neither Chinese nor digits, apart from the year the name opens with.
    /// </summary>
    [GeneratedRegex(@"^[^\u4e00-\u9fff\s\d]{1,3}\s+(?=20\d\d)")]
    public static partial Regex MisreadNumberBeforeName();

    /// <summary>A table's number anywhere in a title: 公开02表 2026年部门收入预算表, 2026年部门收入预算表（表2）.</summary>
    [GeneratedRegex(NumberMark)]
    public static partial Regex NumberInTitle();

    /// <summary>A table's number alone, printed apart before its name: 表二, 表 3, 表3-1, 公开02表, 预算01表.</summary>
    [GeneratedRegex(@"^(?:" + NumberMark + ")$")]
    public static partial Regex TableNumber();

    /// <summary>Whether a line reads as the name of a table (<see cref="Shape"/>: …表, …表(功能分类项级), 表一).</summary>
    public static bool NamesATable(string text) => Shape().IsMatch(text.Trim());

    /// <summary>
    /// A table's title line that names the phase (收支预算总表, 财政拨款支出预算表, 收入支出决算总表), for documents
    /// whose titles carry no year.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十]+、)?\S{0,20}(?<phase>预算|决算)\S{0,6}表\s*$")]
    public static partial Regex WithPhase();

    /// <summary>
    /// Words some provinces add to a table's name, read as the plain name: 部门收支总体情况表 is 部门收支总表,
    /// 一般公共预算支出情况表 is 一般公共预算支出表 (Guangdong, Hunan, Jiangxi).
    /// </summary>
    public static readonly (Regex Printed, string Plain)[] Synonyms =
    [
        (new Regex("总体情况表"), "总表"),
        (new Regex("情况表"), "表"),
    ];

    /// <summary>What a title carries besides the table's name: spaces, quotes, a year, numbering such as 一、 or 公开01表：.</summary>
    /// A year, a unit or the table's number may also follow the name: "部门收支总表（2024年）", "…（单位：万元）", "…金额单位：万元",
    /// "收入支出决算总表 公开01表", "部门收支总表（表一）"; the central template numbers it first: "预算01表 收支总表".
    [GeneratedRegex(@"\s|[""“”'‘’]|[(（]20\d\d年度?[)）]|^[^(（]*?20\d\d\s*年度?|^[一二三四五六七八九十]+、|^(?:公开|预算)?\d+表[:：]?|^表" + Numeral +
        @"|[(（](?:金额)?单位[:：][^)）]*[)）]$|(?:金额)?单位[:：].*$|(?<=表)[(（]?(?:公开|预算)?(?:\d+表|表[一二三四五六七八九十\d]+)[)）]?$")]
    public static partial Regex Noise();

    /// <summary>
    /// A department's name before the table's, up to the word that ends a unit's name (…中心, …局, …镇) where a table's
    /// name follows it: "XX县政府采购中心部门收支总表" is 部门收支总表, not a procurement table; "XX县社会保险基金管理中心部门收支总表"
    /// names no fund.
    /// </summary>
    [GeneratedRegex("^.{2,30}?(?:中心|局|委员会|委|办公室|办事处|办|院|所|站|队|馆|学校|校|协会|会|处|室|政府|镇|乡|街道|厅|部)(?=(?:部门|单位)(?:综合)?(?:预算|决算)?(?:收支|收入|支出|财政拨款|一般公共|政府性基金|国有资本|三公|机关运行|项目|政府采购|政府购买|整体))")]
    public static partial Regex UnitName();

    /// <summary>What stands around an entity's name in a title: spaces, quotes, numbering (一、, 公开01表：, 表三, 附表7: round KZ's Shaanxi).</summary>
    [GeneratedRegex(@"\s|[""“”'‘’]|^[一二三四五六七八九十]+、|^(?:公开|预算)?\d+表[:：]?|^附?表" + Numeral + @"(?:[-－—.．]\d+)?[:：]?")]
    public static partial Regex EntityNoise();

    /// <summary>
    /// A title as a message names its table for a reader to find: without spaces, the year it names, nor the department's name
    /// before the year ("黄石市下陆区教育局2025年部门支出总表" → 部门支出总表, "部门收支总表（2025年度）" → 部门收支总表).
    /// </summary>
    public static string Named(string title)
    {
        var bare = LineLabels.Bare(title);
        var year = YearInTitle().Match(bare);
        if (!year.Success) return bare;
        var after = bare[(year.Index + year.Length)..];
        return after.Length > 0 ? after : bare[..year.Index];
    }

    /// <summary>The year a title names (2026年, 2025年度, （2025年度）): a name before it is an entity's.</summary>
    [GeneratedRegex(@"[(（]?20\d\d年度?[)）]?")]
    public static partial Regex YearInTitle();

    /// <summary>A title naming the project expenditure alone (一般公共预算财政拨款项目支出决算表): no table of all expenditure.</summary>
    [GeneratedRegex("项目支出")]
    public static partial Regex ProjectExpenditureOnly();

    /// <summary>A title naming the economic classification (部门支出经济分类预算表): no table of function lines.</summary>
    [GeneratedRegex("经济分类|经济科目")]
    public static partial Regex EconomicClassification();

    /// <summary>A title or header naming the function classification: no table of economic lines.</summary>
    [GeneratedRegex("功能分类|功能科目")]
    public static partial Regex FunctionClassification();

    /// <summary>Words of a table's own name that no department's name holds: before a table word, they keep it in the name.</summary>
    [GeneratedRegex("分类|资金|专户|科目|经费|预算|决算|基金|拨款|基本")]
    public static partial Regex NoDepartmentWord();

    /// <summary>Where a table's name starts after a department's name: its first table word.</summary>
    [GeneratedRegex("(?:部门|单位|预算单位|一般公共|财政拨款|政府性基金|国有资本|项目|政府采购|政府购买|三公|机关运行|收入|支出|收支|财务)")]
    public static partial Regex FirstTableWord();
}
