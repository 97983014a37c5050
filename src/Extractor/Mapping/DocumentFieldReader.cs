using System.Text.RegularExpressions;
using Extractor.Layout;
using Extractor.Model;

namespace Extractor.Mapping;

/// <summary>
/// Reads department, fiscal year, phase and unit from the text lines: the 填报单位/编制部门/部门 labels of
/// the table pages, the title page and section headings (部门预算公开说明, 2024年度部门决算, 第一部分 XX概况),
/// and the 单位：万元 captions. Each field is a vote over every place it is printed, so one odd line (a
/// comparison with last year, a table printed in another unit) does not decide it.
/// </summary>
public static partial class DocumentFieldReader
{
    /// <param name="layout">The document's text lines.</param>
    /// <param name="fileName">The file name, a last resort for the year and phase (publishers name files
    /// "…2017年预算公开表格.pdf" while some table-only files print neither).</param>
    public static DocumentFields Read(DocumentLayout layout, string fileName)
    {
        var lines = layout.AllLines.Select(l => (l.Page, Text: l.Line.Text)).ToList();
        var diagnostics = new List<Diagnostic>();

        var department = ReadDepartment(lines);
        var (year, phase) = ReadYearAndPhase(lines);
        phase ??= PhaseFromTableTitles(lines);
        if (year is null && YearInFileName().Match(fileName) is { Success: true } fromName)
        {
            year = int.Parse(fromName.Value);
            diagnostics.Add(new Diagnostic
            {
                Stage = PipelineStages.Mapping, Severity = DiagnosticSeverity.Info, Code = DiagnosticCodes.FieldNotFound,
                Message = $"fiscal_year {year} taken from the file name: the document prints no year",
            });
        }
        phase ??= fileName.Contains("决算") || fileName.Contains("final", StringComparison.OrdinalIgnoreCase) ? BudgetPhase.FinalAccounts
            : fileName.Contains("预算") || fileName.Contains("budget", StringComparison.OrdinalIgnoreCase) ? BudgetPhase.Budget : null;
        var unit = ReadUnit(lines);

        if (department is null) diagnostics.Add(Missing("department", "no 填报单位/编制部门 line or title names the department"));
        if (year is null) diagnostics.Add(Missing("fiscal_year", "no title or caption states the budget year"));
        if (phase is null) diagnostics.Add(Missing("phase", "no title says 预算 or 决算"));
        if (unit is null) diagnostics.Add(Missing("unit", "no 单位：万元/元 caption and no amounts in the text"));

        return new DocumentFields(
            department is null ? null : new DepartmentInfo(department, null),
            department is null ? null : RegionOf(department),
            year, phase, unit, diagnostics);
    }

    // ---- department -------------------------------------------------------------------------------

    // 填报单位：X / 编制部门：X / 部门：  X / 预算主管部门：X; the value ends at the next column gap.
    [GeneratedRegex(@"(?:填报单位|编制单位|编制部门|预算主管部门|预算单位|主管部门|部门名称|单位名称|部\s?门)\s*[:：]\s*(?<name>[^\s:：]+(?: [A-Za-z]+ [^\s:：]+)?)")]
    private static partial Regex LabelledName();

    // Whole title lines: "X 2023 年部门预算公开说明", "X2019年度部门预算公开", "X 2024 年度部门决算",
    // "第二部分 X 2017 年度部门预算表". Anchored at both ends so that narrative sentences ("纳入X 2024 年度
    // 部门决算编制范围的…") do not count.
    [GeneratedRegex(@"^(?<name>\S.*?)\s*20\d\d\s*年\s*度?\s*(?:区级|市级|省级)?\s*(?:部门|单位)\s*(?:预算|决算)\s*(?:公开)?\s*(?:说明|表|目录|情况说明|公开说明)?\s*$")]
    private static partial Regex NameBeforeYear();

    // Titles with the year first: "2017 年度江苏省高级人民法院部门预算公开".
    [GeneratedRegex(@"^20\d\d\s*年\s*度?\s*(?<name>\S.*?)\s*(?:部门|单位)\s*(?:预算|决算)\s*(?:公开)?\s*(?:说明|表|目录)?\s*$")]
    private static partial Regex NameAfterYear();

    // "第一部分 上海市普陀区财政局概况".
    [GeneratedRegex(@"^第[一二三四五六七八九十]+部分\s*(?<name>.+?)\s*概况")]
    private static partial Regex NameInOverviewHeading();

    // Narrative sentences that open with the department: "江苏省政协办公厅 2019 年度收入、支出预算…".
    [GeneratedRegex(@"^(?<name>\S+?)\s*(?:本年|20\d\d\s*年\s*度?)\s*(?:收入|支出|财政拨款|部门|一般公共预算)")]
    private static partial Regex NameOpeningSentence();

    // A name must look like an organisation: it names a place or ends like a government body.
    [GeneratedRegex(@"(?:省|市|区|县|州|盟|旗|乡|镇|街道|中共|中国)|(?:厅|局|委|委员会|办|办公室|院|部|会|中心|所|处|站|馆|队|社|园|校|学|团|分局)$")]
    private static partial Regex OrganisationShape();

    // Generic words, and sentence openings ("本表反映…", "该单位…") that are not names.
    [GeneratedRegex(@"^(?:本?部门|本?单位|部门概况|单位概况|[Xx]+)$|^[本该各此其全]")]
    private static partial Regex GenericWord();

    private static string? ReadDepartment(IReadOnlyList<(int Page, string Text)> lines)
    {
        var labelled = Votes(lines.SelectMany(l => LabelledName().Matches(l.Text).Select(m => m.Groups["name"].Value)));
        if (labelled.Count > 0) return labelled[0];

        // No labels (a narrative-only file): titles and headings, then sentences that open with the name.
        var titled = Votes(lines.SelectMany(l => new[] { NameBeforeYear(), NameAfterYear(), NameInOverviewHeading() }
            .Select(r => r.Match(l.Text)).Where(m => m.Success).Select(m => m.Groups["name"].Value)));
        if (titled.Count > 0) return titled[0];
        var opening = Votes(lines.Select(l => NameOpeningSentence().Match(l.Text)).Where(m => m.Success).Select(m => m.Groups["name"].Value));
        return opening.Count > 0 ? opening[0] : null;
    }

    /// <summary>
    /// Cleans candidate names and orders them by how often they are printed (first seen wins ties). A short
    /// form that ends a longer candidate ("省委办公厅" of "江苏省委办公厅") votes for the longer one.
    /// </summary>
    private static List<string> Votes(IEnumerable<string> candidates)
    {
        var names = candidates.Select(CleanName).OfType<string>().ToList();
        var distinct = names.Distinct().ToList();
        string FullForm(string name) =>
            distinct.Where(other => other.Length > name.Length && other.EndsWith(name, StringComparison.Ordinal))
                .OrderByDescending(other => names.Count(n => n == other)).FirstOrDefault() ?? name;
        return names.Select((name, order) => (name: FullForm(name), order))
            .GroupBy(c => c.name)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(c => c.order))
            .Select(g => g.Key).ToList();
    }

    private static string? CleanName(string raw)
    {
        // Spaces inside a name are layout ("上海市 XX 局"); brackets and trailing punctuation are not part of it.
        var name = raw.Replace(" ", "").Trim('(', ')', '（', '）', ':', '：', ',', '，', '、', '.', '。', '"', '“', '”');
        if (name.StartsWith("第") && name.Contains("部分")) name = name[(name.IndexOf("部分", StringComparison.Ordinal) + 2)..];
        if (name.Length < 4 || name.Length > 40) return null;
        // Names hold no digits and no punctuation but brackets and the middle dot.
        if (name.Any(c => char.IsAsciiDigit(c) || (char.IsPunctuation(c) && "()（）·".IndexOf(c) < 0))) return null;
        if (name.Contains("万元") || name.Contains("关于")) return null;
        if (GenericWord().IsMatch(name) || !OrganisationShape().IsMatch(name)) return null;
        return name;
    }

    // ---- year and phase ---------------------------------------------------------------------------

    // A year that titles the document or a table: "2023 年部门预算", "2024年度部门决算", "2025年区级部门预算",
    // "2023年部门收支总表". The window after it up to the next punctuation says the phase.
    [GeneratedRegex(@"(?<![比较与同上去前])(?<year>20\d\d)\s*年\s*(?:度)?(?<window>[^，。,;；:：()（）]{0,24})")]
    private static partial Regex TitledYear();

    [GeneratedRegex(@"^\s*(?:区级|市级|省级|县级)?\s*(?:部门|单位)?\s*(?:预算|决算|收支|收入|支出|财政拨款|一般公共|政府性基金|项目|\""三公\""|“三公”|部门整体)")]
    private static partial Regex TitleWindowStart();

    private static (int? Year, BudgetPhase? Phase) ReadYearAndPhase(IReadOnlyList<(int Page, string Text)> lines)
    {
        var hits = new List<(int Year, BudgetPhase? Phase, int Page)>();
        for (int i = 0; i < lines.Count; i++)
            foreach (Match m in TitledYear().Matches(lines[i].Text))
            {
                var window = m.Groups["window"].Value;
                // A title broken after the year ("江苏省2018年度" / "省级部门预算公开报表") goes on in the next line.
                if (string.IsNullOrWhiteSpace(window) && m.Index + m.Length == lines[i].Text.Length && i + 1 < lines.Count
                    && lines[i + 1].Page == lines[i].Page)
                    window = lines[i + 1].Text[..Math.Min(24, lines[i + 1].Text.Length)];
                var page = lines[i].Page;
                if (!TitleWindowStart().IsMatch(window)) continue;
                BudgetPhase? phase = window.Contains("决算") ? BudgetPhase.FinalAccounts
                    : window.Contains("预算") ? BudgetPhase.Budget : null;
                hits.Add((int.Parse(m.Groups["year"].Value), phase, page));
            }
        if (hits.Count == 0) return (null, null);

        int year = hits.GroupBy(h => h.Year).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(h => h.Page)).First().Key;
        var phased = hits.Where(h => h.Phase is not null && h.Year == year).ToList();
        // The title and table of contents (the first pages) name the phase of the whole document; the
        // narrative of final accounts also speaks of budgets (年初预算), so later pages only break ties.
        int firstPage = phased.Count > 0 ? phased.Min(h => h.Page) : 0;
        var early = phased.Where(h => h.Page <= firstPage + 2).ToList();
        var pool = early.Count > 0 ? early : phased;
        BudgetPhase? chosen = pool.Count == 0 ? null
            : pool.GroupBy(h => h.Phase).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(h => h.Page)).First().Key;
        return (year, chosen);
    }

    // Table captions: "收支预算总表", "财政拨款支出预算表", "收入支出决算总表".
    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十]+、)?\S{0,20}(?<phase>预算|决算)\S{0,6}表\s*$")]
    private static partial Regex TableCaption();

    [GeneratedRegex(@"20\d\d")]
    private static partial Regex YearInFileName();

    /// <summary>For documents whose titles carry no year: the phase their table captions name.</summary>
    private static BudgetPhase? PhaseFromTableTitles(IReadOnlyList<(int Page, string Text)> lines)
    {
        var phases = lines.Select(l => TableCaption().Match(l.Text)).Where(m => m.Success)
            .Select(m => m.Groups["phase"].Value).ToList();
        if (phases.Count == 0) return null;
        return phases.Count(p => p == "决算") * 2 > phases.Count ? BudgetPhase.FinalAccounts : BudgetPhase.Budget;
    }

    // ---- unit -------------------------------------------------------------------------------------

    [GeneratedRegex(@"(?:金额)?单位\s*[:：]\s*(?<unit>万元|元)")]
    private static partial Regex UnitCaption();

    [GeneratedRegex(@"\d\s*(?<unit>万元|元)")]
    private static partial Regex AmountWithUnit();

    private static MoneyUnit? ReadUnit(IReadOnlyList<(int Page, string Text)> lines)
    {
        var captions = lines.SelectMany(l => UnitCaption().Matches(l.Text)).Select(m => m.Groups["unit"].Value).ToList();
        // A narrative-only file has no table captions: its amounts say which unit it writes in.
        var votes = captions.Count > 0 ? captions
            : lines.SelectMany(l => AmountWithUnit().Matches(l.Text)).Select(m => m.Groups["unit"].Value).ToList();
        if (votes.Count == 0) return null;
        int wan = votes.Count(v => v == "万元");
        return wan * 2 >= votes.Count ? MoneyUnit.WanYuan : MoneyUnit.Yuan;
    }

    // ---- region -----------------------------------------------------------------------------------

    [GeneratedRegex(@"^(?:中共)?(?<province>[^省市区县]{2,7}(?:省|自治区))?(?<city>(?:北京|上海|天津|重庆)市|[^省市区县]{2,6}?(?:市|州|盟))?(?<district>[^省市区县]{1,6}?(?:区|县|旗))?")]
    private static partial Regex RegionPrefix();

    /// <summary>The divisions the name itself reveals ("武汉市东西湖区…" → city and district).</summary>
    private static RegionInfo? RegionOf(string department)
    {
        var m = RegionPrefix().Match(department);
        string? Group(string name) => m.Groups[name].Success && m.Groups[name].Length > 0 ? m.Groups[name].Value : null;
        var region = new RegionInfo(Group("province"), Group("city"), Group("district"));
        return region is { Province: null, City: null, District: null } ? null : region;
    }

    private static Diagnostic Missing(string field, string why) => new()
    {
        Stage = PipelineStages.Mapping,
        Severity = DiagnosticSeverity.Warning,
        Code = DiagnosticCodes.FieldNotFound,
        Message = $"{field} not found: {why}",
    };
}
