using System.Text.RegularExpressions;
using Extractor.Model;

namespace Extractor.Wording;

/// <summary>
/// How publications print the document's own fields outside the tables' captions (<see cref="Captions"/>): the
/// department in title lines, section headings and opening sentences, the fiscal year and phase in titles, the
/// unit beside the narrative's amounts, the divisions a department's name opens with. Read by
/// <c>Mapping.DocumentFieldReader</c>, which votes over every place a field is printed.
/// </summary>
public static partial class DocumentFieldWording
{
    // ---- department -------------------------------------------------------------------------------

    /// <summary>
    /// A whole title line naming the department before the year: "X 2023 年部门预算公开说明", "X2019年度部门预算公开",
    /// "X 2024 年度部门决算", "第二部分 X 2017 年度部门预算表". Anchored at both ends so that narrative sentences
    /// ("纳入X 2024 年度部门决算编制范围的…") do not count.
    /// </summary>
    [GeneratedRegex(@"^(?<name>\S.*?)\s*20\d\d\s*年\s*度?\s*(?:区级|市级|省级)?\s*(?:部门|单位)\s*(?:预算|决算)\s*(?:公开)?\s*(?:说明|表|目录|情况说明|公开说明)?\s*$")]
    public static partial Regex NameBeforeYear();

    /// <summary>A title with the year first: "2017 年度江苏省高级人民法院部门预算公开".</summary>
    [GeneratedRegex(@"^20\d\d\s*年\s*度?\s*(?<name>\S.*?)\s*(?:部门|单位)\s*(?:预算|决算)\s*(?:公开)?\s*(?:说明|表|目录)?\s*$")]
    public static partial Regex NameAfterYear();

    /// <summary>
    /// A cover's second line under the department's name set alone above it: "2024年部门预算公开" (Chongqing, Jiangsu's text
    /// files: "重庆市渝北区城市管理局" / "2024年部门预算公开").
    /// </summary>
    [GeneratedRegex(@"^20\d\d\s*年\s*度?\s*(?:部门|单位)\s*(?:预算|决算)")]
    public static partial Regex TitleUnderName();

    /// <summary>A section heading over the department's overview: "第一部分 上海市普陀区财政局概况".</summary>
    [GeneratedRegex(@"^第[一二三四五六七八九十]+部分\s*(?<name>.+?)\s*概况")]
    public static partial Regex NameInOverviewHeading();

    /// <summary>A narrative sentence that opens with the department: "江苏省政协办公厅 2019 年度收入、支出预算…".</summary>
    [GeneratedRegex(@"^(?<name>\S+?)\s*(?:本年|20\d\d\s*年\s*度?)\s*(?:收入|支出|财政拨款|部门|一般公共预算)")]
    public static partial Regex NameOpeningSentence();

    /// <summary>What a name must look like to be an organisation's: it names a place or ends like a government body.</summary>
    [GeneratedRegex(@"(?:省|市|区|县|州|盟|旗|乡|镇|街道|中共|中国)|(?:厅|局|委|委员会|办|办公室|院|部|会|中心|所|处|站|馆|队|社|园|校|学|团|分局)$")]
    public static partial Regex OrganisationShape();

    /// <summary>Generic words, and sentence openings ("本表反映…", "该单位…"), that are no department's name.</summary>
    [GeneratedRegex(@"^(?:本?部门|本?单位|部门概况|单位概况|[Xx]+)$|^[本该各此其全]")]
    public static partial Regex GenericWord();

    /// <summary>Words that make a candidate a sentence or a heading rather than a name: an amount (万元), 关于.</summary>
    public static readonly string[] NotInNames = ["万元", "关于"];

    /// <summary>A candidate without the part heading printed before it ("第二部分江苏省高级人民法院" → the court).</summary>
    public static string WithoutPartHeading(string name) =>
        name.StartsWith("第") && name.Contains("部分") ? name[(name.IndexOf("部分", StringComparison.Ordinal) + 2)..] : name;

    /// <summary>
    /// Long forms of a body's name and the short forms the same publication also prints: a narrative published apart
    /// from its tables names 江苏省委办公厅 where the tables' captions say 中国共产党江苏省委员会办公厅 or 中共江苏省委办公厅;
    /// 中国人民政治协商会议江苏省委员会办公厅 is 江苏省政协办公厅.
    /// </summary>
    private static readonly (Regex Long, string Short)[] ShortForms =
    [
        (new Regex(@"中国人民政治协商会议(?<place>\S+?[省市区县州旗])委员会"), "${place}政协"),
        (new Regex(@"(?:中国共产党|中共)(?<place>\S+?[省市区县州旗])委员会"), "${place}委"),
        (new Regex("人民代表大会常务委员会"), "人大常委会"),
    ];

    /// <summary>
    /// A department's name as one body's every printing of it reads: short forms for long ones, the party's 中共
    /// before a committee left out, spaces dropped. Two halves of one publication are matched by it, so it must
    /// not join two bodies: it only shortens, never drops a place or a body's own word.
    /// </summary>
    public static string SameBodyKey(string name)
    {
        var key = LineLabels.Bare(name);
        foreach (var (full, shortForm) in ShortForms) key = full.Replace(key, shortForm);
        return key.StartsWith("中共", StringComparison.Ordinal) && key.Length > 2 ? key[2..] : key;
    }

    // ---- year and phase ---------------------------------------------------------------------------

    /// <summary>
    /// A year that titles the document or a table: "2023 年部门预算", "2024年度部门决算", "2025年区级部门预算",
    /// "2023年部门收支总表" (not one compared with: 比2023年, 与上年). The window after it up to the next punctuation
    /// says the phase.
    /// </summary>
    [GeneratedRegex(@"(?<![比较与同上去前])(?<year>20\d\d)\s*年\s*(?:度)?(?<window>[^，。,;；:：()（）]{0,24})")]
    public static partial Regex TitledYear();

    /// <summary>How the window after a <see cref="TitledYear"/> opens when the year titles a document or a table.</summary>
    [GeneratedRegex(@"^\s*(?:区级|市级|省级|县级)?\s*(?:部门|单位)?\s*(?:预算|决算|收支|收入|支出|财政拨款|一般公共|政府性基金|项目|\""三公\""|“三公”|部门整体)")]
    public static partial Regex TitleWindowStart();

    /// <summary>
    /// The phase a title names: 决算 (final accounts) before 预算, since a final account's title may name a budget
    /// too (一般公共预算财政拨款支出决算表); null where it names neither.
    /// </summary>
    public static BudgetPhase? PhaseNamedIn(string text) =>
        text.Contains("决算") ? BudgetPhase.FinalAccounts : text.Contains("预算") ? BudgetPhase.Budget : null;

    /// <summary>
    /// The year a file name names ("…2017年预算公开表格.pdf", "sh-putuo-czj-2024-dept-final.pdf"): four digits 20xx
    /// standing alone, not inside a longer number (P020240315….pdf, a site's timestamp) nor inside a run of eight or
    /// more hex digits (a fetched file is stored under its SHA-256, a site may name files by a UUID: their digits may
    /// spell 2098), and no later than the year after next.
    /// </summary>
    public static int? YearNamedInFileName(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        foreach (Match year in StandaloneYear().Matches(stem))
        {
            if (InHexRun(stem, year.Index, year.Length)) continue;
            int value = int.Parse(year.Value, System.Globalization.CultureInfo.InvariantCulture);
            if (value <= DateTime.UtcNow.Year + 2) return value;
        }
        return null;
    }

    private static bool InHexRun(string text, int start, int length)
    {
        int from = start, to = start + length;
        while (from > 0 && char.IsAsciiHexDigit(text[from - 1])) from--;
        while (to < text.Length && char.IsAsciiHexDigit(text[to])) to++;
        return to - from >= 8;
    }

    [GeneratedRegex(@"(?<!\d)20\d\d(?!\d)")]
    private static partial Regex StandaloneYear();

    /// <summary>The phase a file name names, in Chinese or English ("…2017年预算公开表格.pdf", "…-dept-final.pdf").</summary>
    public static BudgetPhase? PhaseNamedInFileName(string fileName) =>
        fileName.Contains("决算") || fileName.Contains("final", StringComparison.OrdinalIgnoreCase) ? BudgetPhase.FinalAccounts
        : fileName.Contains("预算") || fileName.Contains("budget", StringComparison.OrdinalIgnoreCase) ? BudgetPhase.Budget : null;

    // ---- unit -------------------------------------------------------------------------------------

    /// <summary>An amount with its unit in the narrative ("1,623.18万元"), where no caption states the unit.</summary>
    [GeneratedRegex(@"\d\s*(?<unit>万元|元)")]
    public static partial Regex AmountWithUnit();

    // ---- region -----------------------------------------------------------------------------------

    /// <summary>
    /// The administrative divisions a department's name opens with: "江苏省…", "武汉市东西湖区…", "上海市普陀区…",
    /// maybe after 中共; a prefecture may be a 地区 (阿里地区…, round LF's Xizang).
    /// </summary>
    [GeneratedRegex(@"^(?:中共)?(?<province>[^省市区县]{2,7}(?:省|自治区))?(?<city>(?:" + Municipalities + ")市|[^省市区县]{2,6}?(?:市|州|盟|地区))?(?<district>[^省市区县]{1,6}?(?:区|县|旗))?")]
    public static partial Regex RegionPrefix();

    /// <summary>The municipalities directly under the central government: province-level, and cities.</summary>
    private const string Municipalities = "北京|上海|天津|重庆";

    /// <summary>Whether a city is a municipality ("重庆市").</summary>
    public static bool IsMunicipality(string? city) => city is { Length: 3 } && city[^1] == '市' && Municipalities.Split('|').Contains(city[..2]);
}
