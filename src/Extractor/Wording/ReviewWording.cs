using System.Text.RegularExpressions;

namespace Extractor.Wording;

/// <summary>
/// What a reviewer reads for besides the figures: template text left unresolved, clauses that stop where they
/// cannot, doubled punctuation, the years a comparison names, the kind of document a statement speaks of, and
/// a table's note that it is empty. Read by the <c>text.*</c> rules of Validation on the text outside the tables,
/// joined without spaces.
/// </summary>
public static partial class ReviewWording
{
    /// <summary>A template's alternatives printed both: 增加（减少）, 增长/下降, 大于（小于）.</summary>
    [GeneratedRegex(@"(?:增加|减少|增长|下降|大于|小于|高于|低于)(?:[（(](?:增加|减少|增长|下降|大于|小于|高于|低于|持平)[)）]|/(?:增加|减少|增长|下降|大于|小于|高于|低于|持平))")]
    public static partial Regex Alternatives();

    /// <summary>
    /// A placeholder: XX, ××, ＊＊ in place of a name or figure; （此处填写…）, 【填列…】 instructions to the
    /// drafter. Latin XX inside a word (XXL) is no placeholder.
    /// </summary>
    [GeneratedRegex(@"(?<![A-Za-z])[XＸ]{2,}(?![A-Za-z])|×{2,}|＊{2,}|\*{2,}|[（(【\[](?:此处|请)?(?:填写|填列|具体说明|根据实际)[^）)】\]]{0,30}[）)】\]]|[（(]此处[^）)]{0,30}[）)]")]
    public static partial Regex Placeholder();

    /// <summary>A reason announced and not given: 主要原因是。, 主要原因：；.</summary>
    [GeneratedRegex(@"主要原因(?:是|为|如下)?[:：]?[。；;]")]
    public static partial Regex EmptyReason();

    /// <summary>
    /// A clause that opens a list or a figure and stops: 主要用于。, 其中：。, a comma before the full stop. A
    /// bare 其中 or 包括 may close a sentence (不再列入其中。), and 如下 an announcement of what follows (现将…情况说明如下。,
    /// round CB's Shenzhen): only with a colon or comma after it.
    /// </summary>
    [GeneratedRegex(@"(?:主要用于|主要包括|具体包括|分别为|具体为)[:：，,]?[。；;]|(?:其中|包括|用于|如下)[:：，,][。；;]|[，,、][。；;]")]
    public static partial Regex DanglingClause();

    /// <summary>A heading opening a line: 一、, （一）, 第一部分, 1．.</summary>
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+部分)")]
    public static partial Regex Heading();

    /// <summary>What closes a paragraph: a sentence's end, a colon before a list, a closing quote or bracket after one.</summary>
    [GeneratedRegex(@"[。；;：:！!？?…]['""”’）)]*$")]
    public static partial Regex ParagraphClose();

    /// <summary>Sentence punctuation printed twice, or a comma run into a full stop: 。。, ，，, ；；, 。，.</summary>
    [GeneratedRegex(@"。。|，，|；；|：：|、、|。，|，。|；。|。；")]
    public static partial Regex DoubledPunctuation();

    /// <summary>A change's direction word followed by a sign as well: 下降-81.75%, 增加+5万元.</summary>
    [GeneratedRegex($@"(?:{NarrativePhrasings.ChangeDirection})[-－+＋]\d")]
    public static partial Regex SignedChange();

    /// <summary>A comparison naming its base year: 比2026年预算, 较2025年度, 与2025年相比.</summary>
    [GeneratedRegex(@"(?:比|较|与)(?<year>20\d\d)年(?:度)?")]
    public static partial Regex ComparedYear();

    /// <summary>Last year's outcome labelled with its year: 2025年当年预算执行数, 2025年预算执行数.</summary>
    [GeneratedRegex(@"(?<year>20\d\d)年(?:度)?(?:当年)?预算执行数")]
    public static partial Regex PriorYearOutcome();

    /// <summary>A final account's own budget labelled with its year: 2024年年初预算, 2024年度全年预算.</summary>
    [GeneratedRegex(@"(?<year>20\d\d)年(?:度)?(?:年初|全年)预算")]
    public static partial Regex OwnYearBudget();

    /// <summary>A year's 决算 as the statement's subject: 2026年决算, 2026年度部门决算.</summary>
    [GeneratedRegex(@"(?<year>20\d\d)年(?:度)?(?:部门|单位)?决算")]
    public static partial Regex YearAccounts();

    /// <summary>
    /// The document speaking of itself as a department's (2026年部门预算, 本部门决算) or a unit's (2026年区级单位预算); a
    /// kind of unit (下属行政事业单位决算) or the classification's name (部门预算支出经济分类) is no such statement, nor a
    /// department's heading over its units' own budgets (第五部分 所属单位2026年单位预算, round BL's Beijing).
    /// </summary>
    [GeneratedRegex(@"(?<!(?:所属|下属|直属|二级)各?(?:预算)?单位)(?:20\d\d年度?(?:省级|市级|区级|县级)?|本)(?<kind>部门|单位)(?<phase>预算|决算)")]
    public static partial Regex DocumentKind();

    /// <summary>
    /// A table's note that it holds nothing: 本表为空, 故本表为空表, 本表无数据 (its line may end at 本表无数, 据 wrapped onto the
    /// next), 此表无内容, or why (我单位无2017年政府性基金支出安排, 本部门没有使用…).
    /// </summary>
    [GeneratedRegex(SaidEmpty + @"|(?:我|本)(?:单位|部门|局|委|办|院)[^。；;，,]{0,16}?(?:无|没有|未(?:安排|发生|使用))")]
    public static partial Regex EmptyTableNote();

    /// <summary>
    /// A note saying of the table itself that it is empty (本表为空, 空表), not only that the department had none of something:
    /// "注：本部门2023年度无因公出国（境）费支出" under a 三公 table printing its other parts denies one part.
    /// </summary>
    [GeneratedRegex(SaidEmpty)]
    public static partial Regex TableSaidEmpty();

    /// <summary>
    /// The number of the table a note names ("表8为空表", "附表7为空表", "公开08表为空表"), or of a table's title
    /// ("表8 政府性基金预算支出表", "公开08表"): the <c>number</c> group, without its leading zero.
    /// </summary>
    [GeneratedRegex(@"(?:附|公开)?表\s*0?(?<number>\d{1,2})(?!\d)|公开0?(?<number>\d{1,2})表")]
    public static partial Regex TableNumber();

    /// <summary>The name of the table a note names in title marks ("《政府性基金预算支出表》为空表"): the <c>name</c> group.</summary>
    [GeneratedRegex(@"《(?<name>[^》]{2,40}表)》")]
    public static partial Regex TableNamed();

    private const string SaidEmpty = Captions.EmptyTable + "|空表";
}
