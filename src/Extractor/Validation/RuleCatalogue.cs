using Extractor.Model;

namespace Extractor.Validation;

/// <summary>The rule ids of the catalogue, used verbatim in findings, <c>pipeline.yaml</c> and the docs.</summary>
public static class RuleIds
{
    public const string FunctionHierarchy = "sum.function_hierarchy";
    public const string EconomicHierarchy = "sum.economic_hierarchy";
    public const string RowComponents = "sum.row_components";
    public const string ColumnTotal = "sum.column_total";
    public const string Procurement = "sum.procurement";
    public const string ThreePublic = "sum.three_public";
    public const string PersonnelPublic = "sum.personnel_public";
    public const string CountParts = "sum.count_parts";
    public const string ChangeColumns = "sum.change_columns";
    public const string CompletionColumns = "sum.completion_columns";
    public const string ShareColumns = "sum.share_columns";
    public const string IncomeExpenditure = "balance.income_expenditure";
    public const string Carryover = "balance.carryover";
    public const string CrossTable = "cross.table";
    public const string SubjectCode = "cross.code";
    public const string UnitConsistency = "unit.consistency";
    public const string UnitPublication = "cross.unit_publication";
    public const string NarrativeTable = "narrative.table";
    public const string NarrativeShare = "narrative.share";
    public const string NarrativeChange = "narrative.change";
    public const string NarrativeComparison = "narrative.comparison";
    public const string NameVsTable = "text.name_vs_table";
    public const string YearReference = "text.year_reference";
    public const string TemplateResidue = "text.template_residue";
    public const string IncompleteSentence = "text.incomplete_sentence";
    public const string Punctuation = "text.punctuation";
    public const string DocumentKind = "text.document_kind";
    public const string EmptyTableNote = "text.empty_table_note";
    public const string UnrenderedText = "format.unrendered_text";
    public const string BlankPage = "format.blank_page";
}

/// <summary>
/// One rule of the catalogue: its id, its name in the Chinese messages, the kind of quantity it compares, the
/// table types it reads, and what it checks.
/// </summary>
public sealed record CatalogueRule(string Id, string NameZh, string Quantity, IReadOnlyList<string> Reads, string Checks)
{
    /// <summary>
    /// The severity of a finding beyond the bound unless pipeline.yaml says otherwise: an error for the arithmetic,
    /// a warning for what concerns wording (it never changes a figure).
    /// </summary>
    public FindingSeverity Severity { get; init; } = FindingSeverity.Error;
}

/// <summary>
/// The rule catalogue, declared once: the validator's registry is checked against it, <c>pipeline.yaml</c> may
/// name its ids, the Chinese messages take their rule names from it, and <c>docs/consistency-rules.md</c>
/// describes each entry (a test keeps the two in step).
/// </summary>
public static class RuleCatalogue
{
    private const string Amounts = "amounts";
    internal const string Rates = "rates";
    private const string Wording = "wording";
    private const string Names = "names";

    /// <summary>Codes misprinted: a table's data, listed among the findings on figures (the dataset is keyed by them), not with the wording.</summary>
    private const string Codes = "codes";

    private static readonly string[] FunctionTables =
    [
        TableTypes.ExpenditureSummary, TableTypes.IncomeSummary, TableTypes.GeneralBudgetExpenditure, TableTypes.GeneralBudgetExpenditureByFunction,
        TableTypes.FiscalAppropriationExpenditure, TableTypes.GovernmentFundExpenditure, TableTypes.StateCapitalExpenditure,
    ];

    private static readonly string[] EconomicTables =
        [TableTypes.GeneralBudgetBasicByEconomic, TableTypes.FiscalAppropriationBasicByEconomic, TableTypes.OperatingCosts];

    /// <summary>Any table the narrative describes, and the narrative.</summary>
    private static readonly string[] NarrativeAndTables = ["narrative", .. TableTypes.All];

    public static IReadOnlyList<CatalogueRule> All { get; } =
    [
        new(RuleIds.FunctionHierarchy, "功能分类科目上下级不符", Amounts, FunctionTables,
            "a function class equals the sum of its 款, a 款 the sum of its 项, per amount column and budget unit"),
        new(RuleIds.EconomicHierarchy, "经济分类科目上下级不符", Amounts, EconomicTables,
            "an economic class (301) equals the sum of its items (30101 …)"),
        new(RuleIds.RowComponents, "同一行各项之和不符", Amounts, ["narrative", .. FunctionTables, TableTypes.IncomeExpenditureSummary, TableTypes.GeneralBudgetBasicByEconomic, TableTypes.ThreePublicExpenses, TableTypes.ProjectExpenditure, TableTypes.GovernmentProcurement, TableTypes.GovernmentPurchasedServices, TableTypes.ProjectPerformanceTargets, TableTypes.IncomeExpenditureByUnit],
            "within a row a total equals its components: total = basic + project, basic = its economic parts or 人员经费 + 公用经费, income = its sources, the function table's total = its economic columns, a project's total = its funding sources, a performance form's fund totals = their parts, Jiangsu's 三公 table 合计 = 三公 + 会议费 + 培训费; the narrative's income = the kinds it lists, its expenditure and general budget = basic + project (parts that are not all stated never exceed their whole)"),
        new(RuleIds.ColumnTotal, "合计行与所含各行之和不符", Amounts, [.. TableTypes.All.Where(t => t != TableTypes.GovernmentProcurement)],
            "a 合计 row (first or last) or a unit's row equals the sum of the rows one level below it; a summary's enumerated lines (一、…, 1、…) add up to the line above them and to the side's total below them"),
        new(RuleIds.Procurement, "政府采购合计与所含各项之和不符", Amounts, ["narrative", TableTypes.GovernmentProcurement],
            "政府采购 total = goods + works + services, the table's total = the sum of its items (each group and line the sum of the lines nested under it), and no SME part exceeds its whole"),
        new(RuleIds.ThreePublic, "“三公”经费合计与各项之和不符", Amounts, ["narrative", TableTypes.ThreePublicExpenses],
            "三公 total = 因公出国(境) + 公务用车购置及运行维护 + 公务接待; the vehicle line = purchase + operation"),
        new(RuleIds.PersonnelPublic, "人员经费、公用经费与经济分类不符", Amounts, ["narrative", TableTypes.GeneralBudgetBasicByEconomic],
            "人员经费 = 301 + 303 and 公用经费 = 302 + 310 of the basic-expenditure table"),
        new(RuleIds.CountParts, "总数与所列各项之和不符", Amounts, ["narrative"],
            "a count the narrative breaks down (vehicles by kind, staff by establishment) equals the sum of the parts it lists; one part alone does not exceed it; so the assets' total and the kinds it lists, within rounding"),
        new(RuleIds.ChangeColumns, "表中增减额、增减率与两年数字不符", Amounts, TableTypes.All,
            "a table printing two years' figures and their change (上年 | 本年 | 增减额 | 增减率): each row's change is this year's figure less last year's, its rate that change over last year's; a small table inside the narrative too"),
        new(RuleIds.CompletionColumns, "表中完成预算的比例与预算数、决算数不符", Rates, TableTypes.All,
            "a final account's table printing its completion rate beside its budget and actual figures (年初预算数 | 调整预算数 | 决算数 | 决算数为调整预算数的%): each row's rate is its actual total over the budget the heading names"),
        new(RuleIds.ShareColumns, "表中占比与金额不符", Rates, TableTypes.All,
            "a table printing each line's share beside its amount (项目 | 金额 | 占比（%）): each top line's share is its amount over the table's 合计 at the printed decimals, the total's 100; a small table inside the narrative too"),
        new(RuleIds.IncomeExpenditure, "收支不平衡", Amounts, [TableTypes.IncomeExpenditureSummary, TableTypes.FiscalAppropriationSummary, TableTypes.OverallPerformanceTargets],
            "收入总计 = 支出总计, and each side's 本年 total plus carry-over equals its 总计 (Jiangsu: 当年收入小计 + 上年结转资金 = 收入合计)"),
        new(RuleIds.Carryover, "年初结转结余、本年收支与年末结转结余不衔接", Amounts, [TableTypes.IncomeExpenditureSummary, TableTypes.FiscalAppropriationSummary],
            "final accounts: opening balance + this year's income = this year's expenditure + closing balance, per fund and in total"),
        new(RuleIds.CrossTable, "同一数字在两张表中不一致", Amounts, [.. FunctionTables, TableTypes.IncomeExpenditureSummary, TableTypes.FiscalAppropriationSummary, TableTypes.GeneralBudgetBasicByEconomic, TableTypes.FiscalAppropriationBasicByEconomic, TableTypes.ProjectExpenditure, TableTypes.IncomeExpenditureByUnit],
            "a figure printed in two tables agrees: the same code and measure, a summary's class line and its coded row, a twin table and its general-budget table, the income totals, the summary's 人员经费/公用经费, a budget's or final account's projects under a code and that code's general-budget 项目支出"),
        new(RuleIds.SubjectCode, "科目编码有误或各表不一致", Codes, [.. FunctionTables, .. EconomicTables, TableTypes.ProjectExpenditure],
            "a 类, 款 or 项 printed under the same name and parent carries the same code in every table, fits its place in its table, and is the classification's code for its name")
        {
            Severity = FindingSeverity.Warning,
        },
        new(RuleIds.UnitPublication, "单位公开的数字与部门公开中该单位的数字不一致", Amounts, [TableTypes.IncomeSummary, TableTypes.ExpenditureSummary, TableTypes.ThreePublicExpenses, TableTypes.IncomeExpenditureByUnit, TableTypes.ProjectExpenditure],
            "a unit's own publication (单位预算/单位决算) prints its figures as its department's publication of the same year and phase prints the unit's row and its projects, where a batch reads both"),
        new(RuleIds.UnitConsistency, "同一数字以元和万元分别列示，换算后不一致", Amounts, [.. FunctionTables, TableTypes.IncomeExpenditureSummary],
            "the same figure printed in 元 in one place and 万元 in another agrees at the coarser precision"),
        new(RuleIds.NarrativeTable, "文字说明与表格数字不一致", Amounts, NarrativeAndTables,
            "a figure the narrative states (a total, a part, a per-item paragraph's amount) equals the table line it describes"),
        new(RuleIds.NarrativeShare, "所述占比与金额不符", Rates, NarrativeAndTables,
            "a stated share (占…%), completion rate or rate of a difference from the budget equals part ÷ whole at the printed precision"),
        new(RuleIds.NarrativeChange, "所述增减幅度与金额不符", Rates, NarrativeAndTables,
            "a stated change rate equals the change over last year's figure, in the stated direction; no increase exceeds its figure; parts' stated changes add up to the total's"),
        new(RuleIds.NarrativeComparison, "所述决算与预算的比较与金额不符", Amounts, ["narrative"],
            "a stated comparison (决算数大于/小于/等于预算数) agrees with the two figures it compares; a stated difference (比预算数减少…) is the actual less the budget; the 三公 parts' differences add up to the total's"),
        new(RuleIds.NameVsTable, "文字说明的科目名称与表格不一致", Names, ["narrative", .. FunctionTables],
            "a class, 款 or 项 the narrative names by code carries the name the tables print for that code")
        {
            Severity = FindingSeverity.Warning,
        },
        WordingRule(RuleIds.YearReference, "比较年度表述有误", ["narrative"],
            "a budget compares with last year (not its own year or a later one) and labels last year's outcome with last year's number; a final account labels its own budget with its own year"),
        WordingRule(RuleIds.TemplateResidue, "模板文字未处理", ["narrative"],
            "no template text is left: alternatives printed both (增加（减少）), placeholders (XX, ××, （此处填写…）), a reason announced and not given (主要原因是。)"),
        WordingRule(RuleIds.IncompleteSentence, "语句不完整", ["narrative"],
            "no clause stops where it cannot (主要用于：。, ，。) and no paragraph breaks off without closing punctuation before the next heading"),
        WordingRule(RuleIds.Punctuation, "标点符号使用不规范", ["narrative"],
            "no sentence punctuation is printed twice (。。, ，。), no change carries a sign after its direction word (下降-81.75%), and a sentence's Chinese quotation marks and brackets pair"),
        WordingRule(RuleIds.DocumentKind, "文档类型表述不一致", ["narrative"],
            "the document speaks of itself as its cover does (a unit's 单位预算 not as 部门预算, and the reverse), and a budget does not speak of its own year's 决算"),
        WordingRule(RuleIds.EmptyTableNote, "空表说明与表格内容不符", ["narrative", .. TableTypes.All],
            "a standard table noted as empty prints no figures, and one that prints none carries a note saying why"),
        WordingRule(RuleIds.UnrenderedText, "文字无法正常显示", ["pages"],
            "every glyph maps to a character that displays (none to nothing, U+FFFD or a private-use code point)"),
        WordingRule(RuleIds.BlankPage, "空白页", ["pages"],
            "no page inside the document is blank (no text, no drawing, no image); the last page may be"),
    ];

    /// <summary>A rule on wording or presentation: its findings are warnings, as no figure depends on them.</summary>
    private static CatalogueRule WordingRule(string id, string nameZh, IReadOnlyList<string> reads, string checks) =>
        new(id, nameZh, Wording, reads, checks) { Severity = FindingSeverity.Warning };

    private static readonly Dictionary<string, CatalogueRule> ById = All.ToDictionary(r => r.Id);

    /// <summary>The catalogue entry of a rule id.</summary>
    public static CatalogueRule Of(string id) => ById[id];

    public static bool Contains(string id) => ById.ContainsKey(id);

    /// <summary>Whether a rule concerns wording or presentation (text.*, format.*) rather than a figure.</summary>
    public static bool IsWording(string id) => ById.TryGetValue(id, out var rule) && rule.Quantity is Wording or Names;

    /// <summary>A rule's name in the Chinese messages, or its id where the catalogue does not hold it.</summary>
    public static string NameZhOf(string id) => ById.TryGetValue(id, out var rule) ? rule.NameZh : id;

    /// <summary>
    /// Rules that compare two printed figures, either of which may be the misprint: a finding names the one it takes for the
    /// misprint first (its actual figure) and the other's as its expected one.
    /// </summary>
    public static readonly IReadOnlySet<string> Comparisons = new HashSet<string> { RuleIds.CrossTable, RuleIds.IncomeExpenditure };
}
