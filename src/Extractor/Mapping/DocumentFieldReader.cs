using System.Text.RegularExpressions;
using Extractor.Layout;
using Extractor.Model;
using Extractor.Wording;

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
        var lines = layout.AllLines.Select(l => (l.Page, Text: CjkText.NormalizeNumbers(l.Line.Text))).ToList();
        var diagnostics = new List<Diagnostic>();

        var department = ReadDepartment(lines);
        var (year, phase) = ReadYearAndPhase(lines);
        phase ??= PhaseFromTableTitles(lines);
        if (year is null && DocumentFieldWording.YearNamedInFileName(fileName) is { } fromName)
        {
            year = fromName;
            diagnostics.Add(new Diagnostic
            {
                Stage = PipelineStages.Mapping, Severity = DiagnosticSeverity.Info, Code = DiagnosticCodes.FieldNotFound,
                Message = $"fiscal_year {year} taken from the file name: the document prints no year",
            });
        }
        phase ??= DocumentFieldWording.PhaseNamedInFileName(fileName);
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

    /// <summary>How many entities the captions must name before they are read as units' table sets, not the department's.</summary>
    private const int MinUnitsCaptioned = 3;

    /// <summary>How many entities the names stand for: an OCR'd name a character apart, or one shortened, is the same one.</summary>
    private static int Entities(List<string> names)
    {
        var entities = new List<string>();
        foreach (var name in names)
            if (!entities.Any(e => TableScopes.Same(e, name))) entities.Add(name);
        return entities.Count;
    }

    private static string? ReadDepartment(IReadOnlyList<(int Page, string Text)> lines)
    {
        var labelled = Votes(lines.SelectMany(l => Captions.Department().Matches(l.Text).Select(m => m.Groups["name"].Value)));
        // Titles and headings name the department too; captions naming several entities are its units' tables
        // (单位名称：湖北省水利厅机关, …中心, …研究院 over each unit's set), and then the titles say whose document it is.
        Regex[] titles = [DocumentFieldWording.NameBeforeYear(), DocumentFieldWording.NameAfterYear(), DocumentFieldWording.NameInOverviewHeading()];
        var titled = Votes(lines.SelectMany(l => titles.Select(r => r.Match(l.Text)).Where(m => m.Success).Select(m => m.Groups["name"].Value))
            .Concat(lines.Zip(lines.Skip(1)).Where(p => p.First.Page == p.Second.Page && DocumentFieldWording.TitleUnderName().IsMatch(p.Second.Text))
                .Select(p => p.First.Text)));
        if (Entities(labelled) >= MinUnitsCaptioned && titled.Count > 0) return titled[0];
        if (labelled.Count > 0) return labelled[0];

        // No labels (a narrative-only file): titles and headings, then sentences that open with the name.
        if (titled.Count > 0) return titled[0];
        var opening = Votes(lines.Select(l => DocumentFieldWording.NameOpeningSentence().Match(l.Text)).Where(m => m.Success).Select(m => m.Groups["name"].Value));
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
        // Except a name's own closing bracket (唐山市路北区卫生健康局（本级）, round GV's Hebei): put back the one the trim took.
        int open = name.LastIndexOfAny(['（', '(']);
        if (open > 0 && name.IndexOfAny(['）', ')'], open) < 0 && raw.IndexOfAny(['）', ')'], raw.LastIndexOf(name[open])) is var close and > 0)
            name += raw[close];
        name = DocumentFieldWording.WithoutPartHeading(name);
        if (name.Length < 4 || name.Length > 40) return null;
        // Names hold no digits and no punctuation but brackets and the middle dot.
        if (name.Any(c => char.IsAsciiDigit(c) || (char.IsPunctuation(c) && "()（）·".IndexOf(c) < 0))) return null;
        if (DocumentFieldWording.NotInNames.Any(name.Contains)) return null;
        if (DocumentFieldWording.GenericWord().IsMatch(name) || !DocumentFieldWording.OrganisationShape().IsMatch(name)) return null;
        return name;
    }

    // ---- year and phase ---------------------------------------------------------------------------

    private static (int? Year, BudgetPhase? Phase) ReadYearAndPhase(IReadOnlyList<(int Page, string Text)> lines)
    {
        var hits = new List<(int Year, BudgetPhase? Phase, int Page)>();
        for (int i = 0; i < lines.Count; i++)
            foreach (Match m in DocumentFieldWording.TitledYear().Matches(lines[i].Text))
            {
                var window = m.Groups["window"].Value;
                // A title broken after the year ("江苏省2018年度" / "省级部门预算公开报表") goes on in the next line.
                if (string.IsNullOrWhiteSpace(window) && m.Index + m.Length == lines[i].Text.Length && i + 1 < lines.Count
                    && lines[i + 1].Page == lines[i].Page)
                    window = lines[i + 1].Text[..Math.Min(24, lines[i + 1].Text.Length)];
                var page = lines[i].Page;
                // A title names no figure: "2024年度一般公共预算财政拨款支出1349.28万元" opens a sentence of the narrative, and
                // a final account's narrative speaks of budgets (…年初预算为1421.49万元).
                if (!DocumentFieldWording.TitleWindowStart().IsMatch(window) || window.Any(char.IsAsciiDigit)) continue;
                hits.Add((int.Parse(m.Groups["year"].Value), DocumentFieldWording.PhaseNamedIn(window), page));
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

    /// <summary>For documents whose titles carry no year: the phase their table captions name.</summary>
    private static BudgetPhase? PhaseFromTableTitles(IReadOnlyList<(int Page, string Text)> lines)
    {
        var phases = lines.Select(l => TableTitles.WithPhase().Match(l.Text)).Where(m => m.Success)
            .Select(m => DocumentFieldWording.PhaseNamedIn(m.Groups["phase"].Value)).ToList();
        if (phases.Count == 0) return null;
        return phases.Count(p => p == BudgetPhase.FinalAccounts) * 2 > phases.Count ? BudgetPhase.FinalAccounts : BudgetPhase.Budget;
    }

    // ---- unit -------------------------------------------------------------------------------------

    private static MoneyUnit? ReadUnit(IReadOnlyList<(int Page, string Text)> lines)
    {
        var captions = lines.SelectMany(l => Captions.Unit().Matches(l.Text)).Select(m => Captions.UnitOf(m.Groups["unit"].Value)).ToList();
        // A narrative-only file has no table captions: its amounts say which unit it writes in.
        var votes = captions.Count > 0 ? captions
            : lines.SelectMany(l => DocumentFieldWording.AmountWithUnit().Matches(l.Text)).Select(m => Captions.UnitOf(m.Groups["unit"].Value)).ToList();
        if (votes.Count == 0) return null;
        int wan = votes.Count(v => v == MoneyUnit.WanYuan);
        return wan * 2 >= votes.Count ? MoneyUnit.WanYuan : MoneyUnit.Yuan;
    }

    // ---- region -----------------------------------------------------------------------------------

    /// <summary>The divisions the name itself reveals ("武汉市东西湖区…" → city and district).</summary>
    private static RegionInfo? RegionOf(string department)
    {
        var m = DocumentFieldWording.RegionPrefix().Match(department);
        string? Group(string name) => m.Groups[name].Success && m.Groups[name].Length > 0 ? m.Groups[name].Value : null;
        // A municipality (重庆市奉节县…) is a province-level division and the city both; a prefecture-level city names its province
        // (遵义市… in 贵州省).
        string? city = Group("city"), district = Group("district");
        string? province = Group("province") ?? (DocumentFieldWording.IsMunicipality(city) ? city : Prefectures.ProvinceOf(city) ?? Counties.ProvinceOfPrefecture(city));
        // A county named alone (闽清县…, 仁寿县…) names its prefecture and province; so a county-level city read as the city (仁怀市…),
        // then the county.
        if (province is null && (district is not null && city is null ? Counties.Of(district) : Counties.Of(city)) is var (countysProvince, prefecture))
            (province, city, district) = (countysProvince, prefecture, district ?? city);
        var region = new RegionInfo(province, city, district);
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
