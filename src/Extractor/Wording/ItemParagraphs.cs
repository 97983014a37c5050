using System.Text.RegularExpressions;
using Extractor.Model;

namespace Extractor.Wording;

/// <summary>
/// How narratives word their paragraphs on single lines of the function classification: a header naming the
/// 类, 款 and 项 (with or without their numbers), the amount, last year's figure, this year's 预算安排, the
/// change, or a final account's budget carried out. Read by <c>Mapping.FunctionItemReader</c>.
/// </summary>
public static partial class ItemParagraphs
{
    private const string Figure = NarrativePhrasings.Figure;
    private const string MoneyUnits = NarrativePhrasings.MoneyUnits;

    /// <summary>An item's figure split into its basic and project parts (其中：基本支出473.19万元，项目支出203.56万元; rounds FC's Liaoning, FI's Shanxi).</summary>
    [GeneratedRegex(@"其中[:：，,]?基本支出(?:为|决算(?:数)?为?)?(?<basic>" + Figure + ")(?<basicunit>" + MoneyUnits + @")[，,、；;]项目支出(?:为|决算(?:数)?为?)?(?<project>"
        + Figure + ")(?<projectunit>" + MoneyUnits + ")")]
    public static partial Regex BasicAndProjectParts();

    /// <summary>
    /// The items a 款's header lists after 其中 without their marks, each a name its amount follows (round HK's Chongqing: "…国有土地使用权出让收入
    /// 安排的支出（款），其中：城市建设支出350.00万元，主要用于…"): read from the header's end; the name, then the separator after the amount.
    /// </summary>
    [GeneratedRegex(@"\G[，,]?其中[：:]")]
    public static partial Regex ItemsFollow();

    /// <summary>
    /// One of those items (<see cref="ItemsFollow"/>): not a part of another kind (基本支出, 人员经费, a fund's 拨款, a level's or a carry-over's
    /// money), nor what the money is for (主要用于…150万元).
    /// </summary>
    [GeneratedRegex(@"\G(?!基本支出|项目支出|人员经费|公用经费|主要|用于|包括|上年|结转|结余|上级|本级|[省市区县]级)(?<name>[^（()）。；;，,：:、．.\d“”""‘’\s]{2,30}?)(?<!拨款|收入|资金)(?=" + Figure + "(?:" + MoneyUnits + "))" + Figure + "(?:" + MoneyUnits + @")[，,、；;]?")]
    public static partial Regex ItemListedUnderKuan();

    // A name: no sentence punctuation or digits, may hold a short bracketed part that is no level mark
    // (党委办公厅（室）及相关机构事务) and an enumeration comma (公诉、审判、侦查、执行等检察监督支出); it cannot open with
    // a bracket or a comma, so an enumerator such as （一） or 2、 stays out.
    private const string Name = NameStart + NameGoesOn + "{0,29}";
    private const string NameStart = @"(?:[^（()）。；;，,：:、．.\d“”""‘’\s]|" + QuotedWord + ")";
    private const string NameGoesOn = @"(?:[^（()）。；;，,：:．\d“”""‘’\s]|[（(][^类款项（()）\d]{1,4}[）)]|" + QuotedWord + ")";

    /// <summary>
    /// A name in quotes, which bound it: the path of all three levels may run long (round BG's Beijing: “社会保障和就业支出-行政事业
    /// 单位养老支出-机关事业单位基本养老保险缴费支出”).
    /// </summary>
    private const string QuotedName = NameStart + NameGoesOn + "{0,59}";

    /// <summary>A short quoted word inside a name: “两庭”建设.</summary>
    private const string QuotedWord = @"[“""][^“”""（()）。；;，,：:\s]{1,6}[”""]";

    /// <summary>
    /// A name read back from its level mark without the unit of the figure printed just before it: "（二）公用经费1,131.92万元
    /// 商品和服务支出（类）" names 商品和服务支出, the 万元 closing the line above is no part of it.
    /// </summary>
    public static string WithoutUnitBefore(string name) =>
        UnitBefore().Match(name) is { Success: true } unit && name.Length - unit.Length >= 2 ? name[unit.Length..] : name;

    // Not a bare 元: a name may open with it (元旦…), and a paragraph in 元 closes its figure before a full stop.
    [GeneratedRegex("^(?:万元|亿元)")]
    private static partial Regex UnitBefore();

    /// <summary>The marks of the classification's levels, top first: 类, 款, 项.</summary>
    public static readonly char[] LevelMarks = ['类', '款', '项'];

    /// <summary>How many digits of a function code a level takes: 类 3, 款 5, 项 7.</summary>
    public static int CodeLength(char levelMark) => levelMark switch { '类' => 3, '款' => 5, _ => 7 };

    /// <summary>The level mark of a function code of so many digits: 3 类, 5 款, 7 项.</summary>
    public static char LevelMark(int codeLength) => codeLength switch { 3 => '类', 5 => '款', _ => '项' };

    /// <summary>
    /// One level of a header, read backwards from its mark: 公共安全支出（204类）, 司法(款), 行政运行（项）; the name may be quoted
    /// ("“一般公共服务支出”（类）“政府办公厅（室）及相关机构事务”（款）…").
    /// </summary>
    [GeneratedRegex($@"[“""]?(?<name>{Name})[”""]?[（(](?<number>\d{{1,3}})?(?<level>类|款|项)[）)]\G", RegexOptions.RightToLeft)]
    public static partial Regex Part();

    /// <summary>
    /// A level's number in brackets before its mark, right after its name (Anhui, Hunan: "社会保障和就业支出（208）类行政事业单位养老支出
    /// （05）款机关事业单位基本养老保险缴费支出（05）项168.42万元"): a class's three digits, a 款's or 项's two; not an enumerator
    /// opening a list ("（10）项目支出"), which follows punctuation, not a name.
    /// </summary>
    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})(?<open>[（(])(?<number>2\d\d(?=[）)]类)|\d\d(?=[）)](?:款|项(?!目))))(?<close>[）)])(?<level>[类款项])")]
    private static partial Regex NumberBeforeMark();

    /// <summary>
    /// The text with each level's number printed before its mark moved inside the bracket ("（208）类" read as "（208类）", the form
    /// <see cref="Part"/> reads), every character kept in its place's count so positions still name the printed text's.
    /// </summary>
    public static string WithNumbersInMarks(string text)
    {
        // A 款's or 项's only right after its class's or 款's so printed: a count in brackets (共完成（12）项工作) is no level.
        int lastEnd = -1;
        return NumberBeforeMark().Replace(text, m =>
        {
            if (m.Groups["level"].Value != "类" && (lastEnd < 0 || m.Index - lastEnd > NextLevelReach)) return m.Value;
            lastEnd = m.Index + m.Length;
            return m.Groups["open"].Value + m.Groups["number"].Value + m.Groups["level"].Value + m.Groups["close"].Value;
        });
    }

    /// <summary>How far after one level's mark the next level's number may stand (the next level's name between them).</summary>
    private const int NextLevelReach = 40;

    /// <summary>
    /// A header giving each level its code in brackets with no mark, from the 类 down: "一般公共服务支出（201）政府办公厅（室）及
    /// 相关机构事务（03）行政运行（01）", "住房保障支出（221）住房改革支出（02）住房公积金（01）". The 类's code (2xx) opens it, so a
    /// bracketed number elsewhere is no header; its name, which holds no bracket, starts after punctuation or an
    /// enumerator (（一）), not inside a heading.
    /// </summary>
    [GeneratedRegex($@"(?<=^|[。；;：:，,、）)]|(?<![\d.．])\d{{1,2}}[．.])(?<class>[^（()）。；;，,：:、．.\d“”""‘’\s]{{2,20}})[（(](?<classNo>2\d\d)[）)](?:(?<kuan>{Name})[（(](?<kuanNo>\d\d)[）)](?:(?<item>{Name})[（(](?<itemNo>\d\d)[）)])?)?")]
    public static partial Regex CodedHeader();

    /// <summary>
    /// A header naming its levels in one quoted string parted by dashes, then 科目 (Heilongjiang: "1.“社会保障和就业支出—行政事业
    /// 单位养老支出—行政单位离退休”科目2024年预算131,733.79元"): the 类 and 款, and the 项 where a third name follows.
    /// </summary>
    [GeneratedRegex(@"[“""](?<class>[^“”""—–\-－。；;，,：:]{2,20}?)[—–\-－]{1,2}(?<kuan>[^“”""—–\-－。；;，,：:]{2,30}?)(?:[—–\-－]{1,2}(?<item>[^“”""—–\-－。；;，,：:]{2,30}?))?[”""]" + SubjectWord)]
    public static partial Regex DashedHeader();

    /// <summary>
    /// A level named with its whole code in brackets (Beijing, Guangdong): "行政运行（2010301）2025年预算数为…", "人大事务
    /// （20101）"; a function 款 or 项 (five or seven digits of the 2xx classes) or an economic 款 (30101).
    /// </summary>
    [GeneratedRegex($@"[（(](?<code>{WholeCode}|{EconomicClassCode})[）)]")]
    public static partial Regex BracketedCode();

    /// <summary>The name just before a position, read back from it (a bracketed code's: <see cref="BracketedCode"/>).</summary>
    [GeneratedRegex($@"(?<name>{Name})\G", RegexOptions.RightToLeft)]
    public static partial Regex NameBefore();

    /// <summary>
    /// A level's name quoted and called 科目 before its bracketed code, with no level mark (Jilin): "一、“行政运行”科目（2130301）
    /// 2026年安排936.32万元", or quoted alone (Beijing): "13.“节能环保支出-污染防治-大气”（2110301）安排3124.00万元"; read back
    /// from the bracket.
    /// </summary>
    [GeneratedRegex($@"[“""](?<name>{QuotedName})[”""](?:{SubjectWord})?\G", RegexOptions.RightToLeft)]
    public static partial Regex QuotedSubjectBefore();

    /// <summary>
    /// A level led by its whole code: "2010301行政运行：年初预算为…", "（1）20101人大事务350.12万元". The code opens a sentence
    /// or a list item; a unit, a count or a date after five digits makes them a figure (21500元), not a code.
    /// </summary>
    [GeneratedRegex($@"(?<=^|[。；;：:，,、）)]|(?<![\d.．])\d{{1,2}}[．.、])(?<code>{WholeCode})(?!万|亿|元|千|个|辆|年|月|日|次|批|人(?!大))(?<name>{Name})")]
    public static partial Regex CodeFirstHeader();

    // A 款 or 项 of the function classification (20101, 2010101) or a 款 of the economic one (30101).
    private const string WholeCode = @"2\d{4}(?:\d\d)?|3\d{4}";

    // An economic class in brackets after its name, of the department's classification (301) or the government's (505 对事业单位经常性
    // 补助, round GN's Shenzhen), or a 款 of the government's (50201); not a count in brackets (年末实有人数（305）人).
    private const string EconomicClassCode = @"(?:3[01]\d|5[01]\d(?:\d\d)?)(?=[）)](?![人名辆台套个项家次户]))";

    /// <summary>The number a list item opens with, just before its header: "1．", "2.", "3、".</summary>
    [GeneratedRegex(@"(?<![\d.．])(?<n>\d{1,2})[．.、]$")]
    public static partial Regex ListNumber();

    /// <summary>
    /// A class listed after a marked one without its mark (Jiangsu): "。2．社会保障和就业支出1,836.22万元" — the name up to
    /// the 支出 its amount follows.
    /// </summary>
    [GeneratedRegex($@"(?<=[。；;])(?<n>\d{{1,2}})[．.、](?<name>[^（()）。；;，,：:、．.\d“”""‘’\s]{{2,16}}?)(?=支出{Figure}(?:{MoneyUnits}))")]
    public static partial Regex UnmarkedClass();

    /// <summary>
    /// A class named in a numbered list without its mark (Jiangsu: "包括：1．一般公共服务支出10528.33万元，…。2．社会保障和就业
    /// 支出1608.51万元"), recognised by its name among <see cref="FunctionClasses.Names"/>: the name up to the 支出 its amount follows.
    /// Guangxi numbers them with Chinese numerals and calls them 类科目: "（一）教育支出类科目5,806,105.16元，占支出总预算82.27%";
    /// elsewhere "（1）一般公共服务支出5,620.00万元".
    /// </summary>
    public static readonly Regex ListedClass = new(
        $@"(?<=^|[：:。；;])(?:(?<n>\d{{1,2}})[．.、]|[(（][一二三四五六七八九十]{{1,3}}[)）]|[(（]\d{{1,2}}[)）])(?<name>{string.Join("|", FunctionClasses.Names)})(?=支出(?:类科目)?{Figure}(?:{MoneyUnits}))", RegexOptions.CultureInvariant);

    /// <summary>
    /// A class named by its standard name without mark or number inside a list (…其中：一般公共服务支出6521.40万元，占67.33%；
    /// 社会保障和就业支出1205.30万元，占12.44%): read only where the sentence lists the general budget's classes
    /// (<see cref="GeneralBudgetClassList"/>) or all appropriated spending's (<see cref="AppropriationClassList"/>), as the whole
    /// department's classes are worded alike.
    /// </summary>
    public static readonly Regex ClassInList = new(
        $@"(?<=[：:；;，,、。]|{ClassificationHeading}|结构情况)(?<name>{string.Join("|", FunctionClasses.Names)})(?=支出{Figure}(?:{MoneyUnits}))", RegexOptions.CultureInvariant);

    /// <summary>
    /// A sentence so far that lists the general budget's classes: it states the general budget's expenditure
    /// (一般公共预算财政拨款支出9686.20万元，其中：…, 一般公共预算拨款支出预算…，主要用于：…), not the department's or all funds'
    /// (收支总预算…，支出包括：…); or a heading naming the general budget's structure (（二）一般公共预算当年拨款结构情况, Anhui).
    /// </summary>
    public static readonly Regex GeneralBudgetClassList = new(@"一般公共预算(?:财政)?(?:拨款)?(?:当年拨款)?(?:支出|结构)(?!.*(?:收支总|支出总|收入))", RegexOptions.CultureInvariant);

    /// <summary>
    /// A sentence so far that lists the classes of all the year's appropriated spending (round FZ's Hebei final accounts: "按支出
    /// 功能分类科目（类）划分，2025年度财政拨款支出主要用于：社会保障和就业支出279.76万元，占4.27%，…"): its classes are each a
    /// function line of the tables as the general budget's are, a fund's class the appropriation summary's line.
    /// </summary>
    public static readonly Regex AppropriationClassList = new(@"财政拨款支出(?:决算)?主要用于", RegexOptions.CultureInvariant);

    /// <summary>
    /// A sentence so far that states the department's expenditure over all funds before listing its classes (round HW's Zhejiang:
    /// "2025年部门支出预算2,396.2万元，其中：基本支出…；项目支出…。按支出功能分类：一般公共服务支出1,195.8万元，占49.9%；…"): its
    /// classes are the expenditure summary's class lines. So the year's expenditure named right after its year (round KB's Hunan: "2025年支出
    /// 预算2885.84万元。按支出功能分类：一般公共服务支出2133.67万元，占73.94%；…").
    /// </summary>
    public static readonly Regex DepartmentClassList = new(@"部门支出(?:预算|决算)|(?<!基金|拨款)支出(?:预算|决算)总(?:计|额)|(?<=20\d\d年度?)支出(?:预算|决算)(?=\d)", RegexOptions.CultureInvariant);

    /// <summary>
    /// The words that open an item's explanation of what it holds: "主要用于：…", "用于…", "其中…", "包括…", "主要是…".
    /// Figures after them are the item's own parts, whatever quantity they name.
    /// </summary>
    [GeneratedRegex("主要用于|用于|其中|包括|主要是")]
    public static partial Regex Explaining();

    /// <summary>The words before the levels an item's paragraph names after it: "该项支出属于节能环保支出（类）环境保护管理事务（款）".</summary>
    public const string BelongsTo = "属于";

    /// <summary>The word a class's name may close with (社会保障和就业支出（类）).</summary>
    public const string ExpenditureWord = "支出";

    /// <summary>The basic expenditure, as a share's whole names it (占基本支出的84.7%).</summary>
    public const string BasicExpenditureWord = "基本支出";

    /// <summary>The word "subject" a header may close with before its code: “农业农村（款）行政运行（项）”科目（2130101）.</summary>
    public const string SubjectWord = "科目";

    /// <summary>
    /// An item stated with its amount before its quoted subject (Shandong, Fujian, Jilin): "4.安排431.04万元用于“文化旅游体育与
    /// 传媒支出（类）文化和旅游（款）群众文化（项）”科目，比上年预算增加…". The narrative reads it as the subject first and then
    /// its amount ("“…”科目安排431.04万元，比上年…"), the order every item wording is written for.
    /// </summary>
    [GeneratedRegex($@"(?<amount>安排{Figure}(?:{MoneyUnits}))用于(?<subject>[“""][^“”""。；;]{{2,80}}[”""](?:{SubjectWord})?)")]
    public static partial Regex AmountBeforeSubject();

    /// <summary>
    /// A whole code in brackets right after a header's level marks: "病虫害控制（项）（2130108）", also past the quote and the word
    /// 科目 that close a quoted header (“农业农村（款）行政运行（项）”科目（2130101）, Hubei), and labelled inside the brackets
    /// (Zhejiang's "小学教育（项）（科目编码2050202）", "（功能科目编码：2050202）"), or after the word 科目 without brackets
    /// (Shandong's "“小学教育”（项）科目2050202，2026年预算…"), or in square brackets (Gansu's "行政单位离退休（项）[2080501]：").
    /// </summary>
    [GeneratedRegex(@"\G[”""]?(?:" + SubjectWord + @"(?:编码|代码)?[:：]?(?<code>2\d{2}(?:\d{2}){0,2})(?!\d)|(?:" + SubjectWord + @")?[(（\[【](?:(?:功能)?(?:科目)?(?:编码|代码)[:：]?)?(?<code>\d{3}(?:\d{2}){0,2})[)）\]】])")]
    public static partial Regex CodeAfterMarks();

    /// <summary>
    /// A sentence that opens by listing what the sentence before states: "其中：", "主要用于：", "具体包括：", "按支出功能分类科目
    /// 划分：", "从功能分类看，", also under a heading of its own, which may open the list alone ("（二）结构情况：主要用于以下方面：…",
    /// "（二）结构情况：一般公共服务支出…"), or a heading naming the classification as a list's ("（一）按支出功能分类科目（类级）划分",
    /// Guizhou; "按支出功能分类科目（类级）：", Gansu).
    /// </summary>
    [GeneratedRegex(@"^(?:[(（][一二三四五六七八九十]{1,3}[)）][^。：:\d]{0,12}[:：](?:" + ListWords + ")?|(?:[(（][一二三四五六七八九十]{1,3}[)）])?(?:" + ListWords + "))")]
    public static partial Regex ListOpening();

    private const string ListWords = @"其中|主要用于|主要包括|具体(?:包括|如下|安排如下)|包括|" + ClassificationHeading;

    /// <summary>Words naming the function classification as what a list goes by: 按支出功能分类科目划分, 从功能分类看, 按支出功能分类科目（类级）：, 按功能分类科目，.</summary>
    private const string ClassificationHeading = @"[按从](?:支出)?(?:功能)?分类(?:科目)?(?:[(（]类级[)）])?(?:划分|分|来看|看|(?=[:：,，]))";

    /// <summary>A sentence giving the reason for the change stated before it: "主要原因是…", "增加的主要原因是…".</summary>
    [GeneratedRegex(@"^(?:[^。，,]{0,8}?(?:主要)?原因)")]
    public static partial Regex ReasonSentence();

    /// <summary>An enumerator between two levels of one header: "（一）公共安全（类）1．法院（款）".</summary>
    [GeneratedRegex(@"^(?:\d{1,2}[．.、])?$")]
    public static partial Regex Joiner();

    // "（04项）2170.39万元", "（项）”2.63万元", "（项）支出17279.29万元", "（款）:2018年预算支出合计16,444.36万元",
    // "（项）预算数为123.45万元", "（项）”科目20.00万元".
    // Elsewhere: "（项）支出决算数为98.50万元" (a final account stating the actual first), "（项）：预算安排35.00万元",
    // "（类）支出412.30万元，占一般公共预算财政拨款支出的12.50%" (the share's base named), "（项）：2024年预算数为120.50万元"
    // (Beijing), "（项）科目2050202，2026年预算253.18万元" (Shandong, its code read before), "（项）2023年决算数为45.6万元", "（项）。支出决算为240.32万元", "（项）：2025年年初预算数为856.30万元", "（项）：年初预算为216823.09元" (a budget's, Xinjiang's with no year:
    // a final account's 年初预算 is followed by its 决算, read as a budget carried out), "（项）：本年预算数为…"; the share in brackets
    // (Guangdong: "教育支出1431.03万元（占12.73%）").
    [GeneratedRegex($@"\G[”""]?(?:科目)?[:：。，,]?(?:{LastYearFirst})?(?:(?:20\d\d年(?:度)?)?(?:支出)?决算(?:数)?为|(?:20\d\d年(?:度)?)?支出决算(?:数)?|(?:20\d\d年(?:度)?)?(?:预算)?安排(?:资金)?|支出(?:类科目)?|(?:20\d\d年(?:度)?)?(?:本年)?(?:预算支出合计|支出预算|预算额度|预算数|预算)(?:为)?|(?:20\d\d年(?:度)?)?年初预算(?:数)?(?:为)?(?={Figure}(?:{MoneyUnits})(?![^。；;]{{0,40}}?决算)))?(?<value>{Figure})(?<unit>{MoneyUnits})(?:[,，]{ShareClause}|[(（]占(?:(?<sharebase>[^，。,；;%\d（）()]{{1,24}}?)的?)?(?<share>\d+(?:\.\d+)?)%[)）])?")]
    public static partial Regex LeadingAmount();

    /// <summary>An item's share of a whole, the whole named or not: "占支出预算总额的88.17%", "占77.31%".</summary>
    private const string ShareClause = @"占(?:(?<sharebase>[^，。,；;%\d]{1,24}?)的?)?(?<share>\d+(?:\.\d+)?)%";

    /// <summary>
    /// The share stated after the item's change rather than after its amount (round CO's Guangdong: "一般公共服务支出（类）2026年预算数为
    /// 2266.76万元，比上年预算增加30.77万元，增长1.38%，占支出预算总额的88.17%").
    /// </summary>
    [GeneratedRegex($@"\G[,，]{ShareClause}")]
    public static partial Regex ShareAfterChange();

    /// <summary>
    /// Last year's figure stated before this year's (Qinghai: "行政运行（2010501）上年执行数212.5万元，本年预算261.1万元，增减率+22.87%"):
    /// passed over to the year's own amount, read as <see cref="PriorYear"/>.
    /// </summary>
    private const string LastYearFirst = $@"上年(?:度)?(?:预算)?(?:执行数|数)(?:为)?{Figure}(?:{MoneyUnits})[,，](?=本年|20\d\d年)";

    // The national final-account template without the budget: "（项）：支出决算为441.72万元，完成预算100%，决算数与预算数持平"
    // (the comparison, with a difference where one is stated, read as a budget carried out's); the budget may be named
    // on the way: "（项）2023年度支出决算118.20万元，与年初预算120.50万元相比，完成年初预算的98.09%", "（项）：支出决算856.30万元，
    // 年初预算820.00万元，完成年初预算的104.43%" (and the difference after it: "…年初预算为48.21万元，比年初预算增加2.49万元，完成年初
    // 预算的105.27%"), or the difference from it: "（项）。支出决算为40.00万元，比年初预算减少10.00万元，
    // 完成年初预算的80.00%", or the comparison alone: "（项）。支出决算为160.00万元，比年初预算150.00万元增加10.00万元，增长6.67%".
    // After the change, a semicolon may part them (Inner Mongolia: "…比上年决算增加18.16万元，增长5.44%；年初预算为343.03万元，完成年初
    // 预算的107.58%").
    [GeneratedRegex($@"\G[,，。；;](?:与(?:年初|全年|调整(?:后)?)?预算(?:数)?(?<initial>{Figure})(?<iunit>{MoneyUnits})相比[,，]|(?:年初|全年|调整(?:后)?)预算(?:数)?为?(?<initial>{Figure})(?<iunit>{MoneyUnits})[,，](?:(?:{NarrativePhrasings.StatedComparison})[,，])?|(?:{NarrativePhrasings.StatedComparison})[,，])?{NarrativePhrasings.CompletionRate}(?:[,，。；;]?(?:{NarrativePhrasings.StatedComparison}))?|\G[,，。；;](?:{NarrativePhrasings.StatedComparison})")]
    public static partial Regex CompletionAfterActual();

    /// <summary>
    /// A completion rate opening a sentence of its own, after the actual's: "。决算数为年初预算的94.87%" (Guangdong), "。完成年初预算的
    /// 105.60%".
    /// </summary>
    [GeneratedRegex($@"(?<=[。；;])(?=决算数为|完成)(?:{NarrativePhrasings.CompletionRate})")]
    public static partial Regex CompletionOpeningSentence();

    // "2025年当年预算执行数为2149.45万元", "上年预算数为120.00万元" (the year before the document's), "较2025年执行数2149.45万元
    // 增加…". The document's own year stated so ("2024年预算数为120.50万元" in a 2024 budget) is this year's figure, not last year's.
    // A final account states last year's actual figure: "2022年度该科目支出决算为204.84万元".
    // Henan: "预算额度5,231.60万元，上年同口径4,850.20万元，增加381.40万元"; Jilin: "2024年预算2512854.03元，上年预算2888778.94元".
    [GeneratedRegex($@"(?:(?:(?<year>20\d\d)年(?:度)?|(?:(?<![\w])|(?<=[比较]))上年(?:度)?)(?:当年)?(?:预算(?<kind>执行数|数)|(?<kind>执行数)|(?:该科目)?支出(?<kind>决算)(?:数)?)|(?<=[,，。；;：:])上年同口径(?:预算(?<kind>数)?)?|(?<=[,，。；;：:])上年(?:度)?预算(?=\d))(?:为)?(?<amount>{Figure})(?<unit>{MoneyUnits})")]
    public static partial Regex PriorYear();

    /// <summary>Which of last year's figures <see cref="PriorYear"/> states (its <c>kind</c>): 执行数 → <c>execution</c>, 数 → <c>budget</c>.</summary>
    public static string PriorKind(string printed) => printed switch { "执行数" => PriorFigure.Execution, "决算" => PriorFigure.Actual, _ => PriorFigure.Budget };

    /// <summary>
    /// Which of last year's figures a <see cref="Change"/> is against, by the words of its base (its <c>against</c>):
    /// 预算执行数 or 执行数 → <c>execution</c>, 预算数 or 预算 → <c>budget</c>, 决算 → <c>actual</c>; null where it names none (比上年).
    /// </summary>
    public static string? ChangeAgainst(string printed) =>
        printed.Contains("执行", StringComparison.Ordinal) ? PriorFigure.Execution
        : printed.StartsWith("预算", StringComparison.Ordinal) ? PriorFigure.Budget
        : printed.StartsWith("决算", StringComparison.Ordinal) ? PriorFigure.Actual
        : null;

    [GeneratedRegex($@"20\d\d年(?:部门|单位)?预算安排(?:为)?(?<amount>{Figure})(?<unit>{MoneyUnits})")]
    public static partial Regex Planned();

    /// <summary>
    /// A figure stated with its year: "2024年预算数为120.00万元", "2023年支出决算为48.00万元", "2025年年初预算数…"; not a final
    /// account's budget that its outcome follows ("2023年年初预算为50.00万元，支出决算为48.00万元").
    /// </summary>
    [GeneratedRegex($@"20\d\d年(?:度)?(?:(?:年初)?(?:预算数|预算安排|预算)(?:为)?(?<value>{Figure})(?<unit>{MoneyUnits})(?![,，][^。；;]{{0,20}}?决算)|(?:决算数|支出决算(?:数)?)(?:为)?(?<value>{Figure})(?<unit>{MoneyUnits}))")]
    public static partial Regex OwnYearAmount();

    /// <summary>The year a statement names first (2023年…), or null.</summary>
    public static int? YearOf(string statement) =>
        YearNamedFirst().Match(statement) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"(20\d\d)年")]
    private static partial Regex YearNamedFirst();

    /// <summary>其他支出: the name of a function class (229) and of an economic class (399) alike.</summary>
    public const string OtherExpenditure = "其他支出";

    // "比2025年预算执行数增加0.97%", "比2022年预算增加95.54万元，增长1.78%", naming last year's figure on the way
    // "比2025年预算执行数115.20万元增加5.30万元，增长4.60%" or "与2024年预算数22.74万元相比，增加27.30万元" (Jilin),
    // "与上年相比增加2421.68万元，增长16.30%", a multiple "较上年预算数增加3,709.84万元，是上年的2.6倍", "上年预算409.7万元，是上年的
    // 2.5倍" (round BF's Hunan),
    // "与上年相比减少1,649.26万元，降幅81.6%", "与上年相比持平", "较上年预算数增加…", "比上年减少…"; elsewhere "比上年决算
    // 增长5.20%", "与2023年预算数相比，下降3.1%", "同比增加12.00万元", "同比增长4.17%，增加1.00万元" (the amount after the rate),
    // "较上年增加677.11万元，同比增长14.31%"; a final account against its own year's budget,
    // "比2023年年初预算数增加2.1万元", "比年初预算增加…" (<c>ownbudget</c>; "决算数与全年预算数持平" is the budget carried
    // out's own comparison, read with it).
    [GeneratedRegex(
        $@"(?:(?:比|较|与)(?<year>20\d\d)年(?:度)?(?:当年|年初|全年|调整)?(?<against>(?:预算|决算)?(?:执行数|数)?)(?:相比[,，]?)?|(?<ownbudget>(?:比|较)(?:年初|全年|调整)预算(?:数)?[,，]?)|(?<lastyear>(?:与上年(?:度)?(?<against>(?:预算|决算)?(?:执行数|数)?)(?:相比)?|(?:比|较)上年(?:度)?(?<against>(?:预算|决算)?(?:执行数|数)?)|同比|上年同口径(?<against>预算(?:数)?)?(?:为)?)[,，]?)" +
        // Right after last year's figure, and this year's after it where stated: "上年执行数331.43万元，减少64.56万元，下降19.48%",
        // "上年执行数212.5万元，本年预算261.1万元，增减率+22.87%", Jilin's "上年预算2888778.94元，减少375924.91元".
        $@"|(?<=(?:(?<year>20\d\d)年(?:度)?(?:预算)?(?<against>执行数|数)|(?<lastyear>上年(?:度)?)(?:预算(?<against>执行数|数)?|(?<against>执行数)))(?:为)?{Figure}(?:{MoneyUnits})[,，](?:(?:本年|20\d\d年)(?:预算(?:数)?|安排)(?:为)?{Figure}(?:{MoneyUnits})[,，])?))" +
        $@"(?:{Figure}(?:{MoneyUnits})(?:相比)?[,，]?)?" +
        $@"(?:(?<direction>{NarrativePhrasings.ChangeDirection}){Unchosen}(?:(?<amount>{Figure})(?<unit>{MoneyUnits})(?:[,，](?:同比)?(?<second>增长|增加|上升|减少|下降|降幅|增幅|减幅|降低)?(?:幅度)?(?:为)?{Unchosen}(?<negative>(?<=增幅(?:为)?)-)?(?<pct>\d+(?:\.\d+)?)%|{NarrativePhrasings.MultipleAfterAmount})?|(?<pct>\d+(?:\.\d+)?)%(?:[,，](?<second>增加|减少)(?<amount>{Figure})(?<unit>{MoneyUnits})|[(（](?<second>增加|减少)(?<amount>{Figure})(?<unit>{MoneyUnits})[)）])?|{NarrativePhrasings.Times})|(?<flat>持平)|{NarrativePhrasings.RatioToLastYear}|增减(?:率|幅度)(?:为)?(?<signed>[+\-－]?)(?<pct>\d+(?:\.\d+)?)%)")]
    public static partial Regex Change();

    /// <summary>
    /// A template's unchosen alternative left beside the word printed first: "减少（增加）5.00万元，下降（增长）7.69%"; or the
    /// particle 了 after the word: "比上年增加了20.00万元，增长了4.00%".
    /// </summary>
    private const string Unchosen = $@"(?:[(（](?:{NarrativePhrasings.ChangeDirection})[)）])?了?";

    /// <summary>
    /// Each level a paragraph's names, as its fact carries them, name: 公共安全支出（类）司法（款）基层司法业务（项）; a name may
    /// hold a short bracket that is no level mark (维修（护）费（款）).
    /// </summary>
    [GeneratedRegex(@"(?<name>(?:[^（(）)]|[（(][^类款项（()）]{1,4}[)）])+?)[（(](?<level>类|款|项)[)）]")]
    public static partial Regex NamedLevel();

    /// <summary>
    /// A new section of the narrative (二、 or （三）, an unnumbered heading such as “三公”经费预算情况说明：, or one numbered in
    /// digits that names a 情况 or 说明: 3.一般公共预算财政拨款支出决算具体情况。) ends a paragraph that runs on; so does a sentence
    /// opening on the basic expenditure's figure, a section's without its heading (round KV's Hunan: "…（六）住房保障支出（类）…主要
    /// 用于…。一般公共预算基本支出7,654,958.96元，其中：人员经费…").
    /// </summary>
    [GeneratedRegex(@"[。；;](?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|(?=[^。；;，,：:]{2,30}说明[：:])|(?=\d{1,2}[．.、][^。；;，,：:\d]{2,30}(?:情况|说明)[。：:])|(?=(?:20\d\d年度?)?(?:一般公共预算)?(?:财政拨款)?基本支出(?:预算|决算)?(?:为)?\d))")]
    public static partial Regex SectionBreak();

    /// <summary>A chapter of the narrative opening (。六、政府性基金预算支出情况): no numbered item inside a paragraph (。（二）…).</summary>
    [GeneratedRegex(@"[。；;]\s*[一二三四五六七八九十]+、")]
    public static partial Regex ChapterBreak();
}
