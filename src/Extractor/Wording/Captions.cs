using System.Text.RegularExpressions;
using Extractor.Model;

namespace Extractor.Wording;

/// <summary>
/// The lines publications print around a table rather than in it: the captions that introduce it (填报单位：X,
/// 单位：万元), a mark that it goes on over a page (续表), and the page number in the margin. The table stage sets
/// them apart from titles and rows; the mapping stage reads the department and the unit from them. A new
/// template's caption is a new alternative here, with its printed variant in the tests.
/// </summary>
public static partial class Captions
{
    /// <summary>A money unit whose colon OCR lost (单位万元), read only set apart at a line's end, where prose does not set it.</summary>
    private const string MoneyUnitWithoutColon = @"(?:^|\s)单位(?<unit>万元|元)\s*$";

    /// <summary>
    /// A line that introduces a table, matched against the line trimmed: a form field (填报单位：X, 编制部门：X,
    /// 部门(名称)：X, 金额单位：) or a unit alone at its end (单位：万元, 单位：人; a money unit without the colon OCR
    /// lost, set apart from what precedes it: 单位万元, not prose's …所属单位人).
    /// </summary>
    [GeneratedRegex(@"^(?:填报单位|编制单位|编制部门|预算单位|部\s*门(?:名\s*称)?|单\s*位(?:名\s*称)?|金额单位|计量单位)\s*[:：]|单位\s*[:：]\s*(?:万元|元|人|个)\s*$|" + MoneyUnitWithoutColon)]
    public static partial Regex CaptionLine();

    /// <summary>
    /// The department a caption names: 填报单位：X, 编制部门：X, 部门：  X, 预算主管部门：X, and 单位：X where X is no unit of
    /// measure (round AU's Fujian: "单位：福州市长乐区应急管理局（本级）" beside "金额单位：万元"); the name ends at the next
    /// column gap (a Latin word set between spaces may stand inside it), or where the money unit's field follows with no gap the
    /// text keeps (round HT's Yunnan: "部门：玉溪市农业农村局单位：万元"), the table's number set between them left out (round JW's Jilin:
    /// "编制单位：通化市司法局 表一 单位：万元").
    /// </summary>
    [GeneratedRegex(@"(?:填报单位|编制单位|编制部门|预算主管部门|预算单位|主管部门|部门名称|单位名称|部\s?门|(?<![金计]额|计量)单\s?位(?=\s*[:：]\s*(?!万元|元|千元|亿元|人|个|辆)[^\s:：]{4,}))\s*[:：]\s*(?<name>[^\s:：]+?(?: [A-Za-z]+ [^\s:：]+)?)(?:\s?表(?:[一二三四五六七八九十]{1,3}|\d{1,2}(?:-\d{1,2})?))?(?=[\s:：]|$|(?:金额|计量)?单\s?位\s*[:：])")]
    public static partial Regex Department();

    /// <summary>
    /// The unit a caption prints the amounts in (单位：万元, 金额单位：元), anywhere in the line; without its colon (a
    /// scan's 单位万元, the colon lost to OCR) only set apart at the line's end, where prose does not set it.
    /// </summary>
    [GeneratedRegex(@"单位\s*[:：]\s*(?<unit>万元|元)|" + MoneyUnitWithoutColon)]
    public static partial Regex Unit();

    /// <summary>The unit a printed 万元 or 元 stands for.</summary>
    public static MoneyUnit UnitOf(string printed) => printed == "万元" ? MoneyUnit.WanYuan : MoneyUnit.Yuan;

    /// <summary>The unit as publications print it: 万元 or 元.</summary>
    public static string Printed(MoneyUnit unit) => unit == MoneyUnit.WanYuan ? "万元" : "元";

    /// <summary>
    /// A note printed under a table, matched against the line trimmed: 注：…, 注1：…, 注1.…, 说明：…, 备注：…, or one saying
    /// the table holds nothing (本表为空表，本部门2024年没有…, or why first: 本部门2024年无政府性基金预算支出，故本表为空; a three-line table
    /// printed empty sets it right under its 合计 row).
    /// It ends the table: its line, as wide as several columns, is no cell and closes no gutter.
    /// </summary>
    [GeneratedRegex(@"^(?:注|说明|备注)\s*\d{0,2}\s*[:：]|^注\s*\d{1,2}\s*[.、．]|^(?:(?:本|我)(?:部门|单位)[^。；;，,]{0,40}[,，]故?)?" + EmptyTable)]
    public static partial Regex NoteLine();

    /// <summary>The words saying a table holds nothing: 本表为空, 故本表为空表, 本表无数据 (a line may end at 本表无数), 此表无内容.</summary>
    public const string EmptyTable = "(?:本|此|该)表(?:为空|无数|无内容|无相关数据|数据为空|空表)";

    /// <summary>
    /// A mark that a table goes on from the previous page or onto the next, matched against the line trimmed:
    /// 续表, (续), 续下页, (continued), 接下页, and the table's number marked continued: 表2（续）, 公开02表（续）, 表3-1（续表）,
    /// 续表 公开06表 (round BM's Anhui, the number at the line's right end), 续表（公开05表） (round DK's Guizhou), 公开03表续表 and
    /// 附表三 续表 (round CS's Hebei).
    /// </summary>
    [GeneratedRegex(@"^[(（]?续表?[)）]?(?:\s*\S{0,3})?$|^[(（]?续表[)）]?\s*[(（]?(?:" + TableTitles.NumberMark + @")[)）]?$|^[(（]续[)）]|[(（]?continued[)）]?\.?$|^[(（]?(?:接下页|转下页|下页续)[)）]?$|^(?:" + TableTitles.NumberMark + @")\s*(?:[(（]续表?[)）]|续表)$", RegexOptions.IgnoreCase)]
    public static partial Regex ContinuedMark();

    /// <summary>
    /// A continuation mark printed as part of a table's title: 收入决算表（续表）, 续表：收入决算表, Table 3 (continued); as OCR
    /// reads it, spaced inside its brackets (…支出预算总表 ( 续 ): round GF's scans). The title without it names the table it continues.
    /// </summary>
    [GeneratedRegex(@"^[(（]?续表[)）]?[:：\s]*|[(（]\s*续表?\s*[)）]\s*$|\s*[(（]?continued[)）]?\.?\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex ContinuedMarkInTitle();

    /// <summary>
    /// A page number printed in the margin ("- 12 -", "─ 11 ─", "·3·", "第3页", "第3页 共14页", "Página 12 de 14", "Page 2 of 5"),
    /// matched against the line trimmed.
    /// </summary>
    [GeneratedRegex(@"^[-—–─－·\s]*\d+[-—–─－·\s]*$|第\s*\d+\s*页|共\s*\d+\s*页|\b(?:Página|Pagina|Page|Seite)\s+\d+\s+(?:de|of|von)\s+\d+\b", RegexOptions.IgnoreCase)]
    public static partial Regex PageNumber();

    /// <summary>
    /// The words of which a worded <see cref="PageNumber"/> holds one (compared ignoring case): a line holding
    /// none of them, nor a short run of digits, is passed over without the pattern.
    /// </summary>
    public static readonly string[] PageNumberWords = ["页", "page", "gina", "seite"];

    /// <summary>The heading of a table of contents, matched against the line trimmed: 目录, letter-spaced or not (目　录).</summary>
    [GeneratedRegex(@"^目\s*录$")]
    public static partial Regex ContentsHeading();
}
