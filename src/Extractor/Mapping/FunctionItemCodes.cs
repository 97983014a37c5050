using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Mapping;

/// <summary>
/// Gives a function item read by name only (一般公共服务支出（类）财政事务（款）行政运行（项）) the code the
/// document's own tables print for those names: the 类 among the 3-digit codes, its 款 among that class's
/// 5-digit codes, its 项 among that 款's 7-digit codes. A name matches when the two agree once spaces,
/// brackets and a closing 支出 or 费 are set aside, or when one ends with the other (a narrative's name runs
/// on from the words before it); among the children of a known parent, a near name (一般行政事务管理 for
/// 一般行政管理事务) is taken when it is the only close one. An item that fits nothing stays without a code,
/// named in a diagnostic, and no rule checks it against a table. A code fewer tables print than
/// print its name's usual code (<see cref="SubjectCodes"/>) is no candidate.
/// </summary>
public static class FunctionItemCodes
{
    public static (IReadOnlyList<Fact> Facts, IReadOnlyList<Diagnostic> Diagnostics) Resolve(IReadOnlyList<Fact> facts, IReadOnlyList<LineItem> lineItems)
    {
        // A code misprinted in one table (2050240 for 高中教育 2050204) would make its name fit two lines.
        var misprinted = SubjectCodes.Misprinted(lineItems);
        var told = lineItems.Where(i => misprinted(i) is null).ToList();
        var twins = TwinsAside(told);
        var names = NamesByCode(told.Where(i => !twins.Contains(i.Code!)).ToList(), Dimensions.Function);
        // An economic class's items (工资福利支出（类）基本工资（款）) are named after the economic tables' lines (301, 30101).
        var economicNames = NamesByCode(lineItems, Dimensions.Economic);
        var resolved = new List<Fact>(facts.Count);
        var diagnostics = new List<Diagnostic>();
        foreach (var fact in facts)
        {
            // An item's stated parts follow it, and take its code.
            if (fact.Key is FactKeys.FunctionItemBasic or FactKeys.FunctionItemProject)
            {
                resolved.Add(fact.Code is null && resolved.LastOrDefault(f => f.Key == FactKeys.FunctionItem) is { } item && item.Name == fact.Name ? fact with { Code = item.Code } : fact);
                continue;
            }
            bool economic = fact.Key == FactKeys.EconomicItem && fact.Name?.Contains('（') == true;
            var lines = economic ? economicNames : names;
            if (fact.Key != FactKeys.FunctionItem && !economic || fact.Code is not null || lines.Count == 0)
            {
                resolved.Add(fact);
                continue;
            }
            var code = CodeOf(fact.Name ?? "", lines) ?? (economic ? null : ByAmountUnderClass(fact, names, lineItems));
            if (code is null)
                diagnostics.Add(new Diagnostic
                {
                    Stage = PipelineStages.Mapping, Severity = DiagnosticSeverity.Info, Code = DiagnosticCodes.UnresolvedItem, Page = fact.Page,
                    Message = $"the narrative's item 「{fact.Name}」 names no line of the {(economic ? "economic" : "function")} tables: not checked against them",
                });
            resolved.Add(fact with { Code = code });
        }
        return (resolved, diagnostics);
    }

    /// <summary>
    /// The higher of two codes one line is printed under as often, with nothing to tell which is misprinted (of the lines no
    /// code conflict names as misprinted; round GA's Gansu:
    /// 食品安全监管 2013816 in one table, 2013815 in another, the same figure in both): siblings named alike that print a
    /// figure in common. Set aside so that the item's paragraph still reads as that line's, whichever code is right; the code
    /// itself is cross.code's.
    /// </summary>
    private static HashSet<string> TwinsAside(IReadOnlyList<LineItem> lineItems)
    {
        var lines = lineItems.Where(i => i.Dimension == Dimensions.Function && i.Code is { Length: 5 or 7 } && i.IsPrinted && i.Measure is Measures.Total or Measures.Amount)
            .GroupBy(i => i.Code!).Select(g => (Code: g.Key, Name: Normalised(g.First().Name), Amounts: g.Select(i => i.Amount).ToHashSet(),
                Tables: g.Select(i => i.TableId).Distinct().Count()));
        return [.. lines.GroupBy(l => (l.Code.Length, Parent: l.Code[..^2], l.Name)).Where(g => g.Count() == 2)
            .Select(g => g.OrderBy(l => l.Code, StringComparer.Ordinal).ToList())
            .Where(pair => pair[0].Tables == pair[1].Tables && pair[0].Amounts.Overlaps(pair[1].Amounts)).Select(pair => pair[1].Code)];
    }

    /// <summary>Each code's name as the tables of a dimension print it (the first table's where they differ).</summary>
    private static Dictionary<string, string> NamesByCode(IReadOnlyList<LineItem> lineItems, string dimension) =>
        lineItems.Where(i => i.Dimension == dimension && i.Code is { Length: 3 or 5 or 7 })
            .GroupBy(i => i.Code!).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);

    /// <summary>
    /// The code of names as printed with their levels (公共安全（类）法院（款）行政运行（项）, any level missing), or null
    /// when a level fits no line or several.
    /// </summary>
    internal static string? CodeOf(string printedNames, IReadOnlyDictionary<string, string> names)
    {
        var levels = Levels(printedNames).ToList();
        // A class printed under its former name (医疗卫生与计划生育支出 for 卫生健康支出) is read from its 款 and 项.
        return CodeOf(levels, names) ?? (levels is [{ CodeLength: 3 }, { CodeLength: 5 }, ..] ? CodeOf(levels[1..], names) : null)
            ?? MarksAside(levels, names);
    }

    /// <summary>
    /// Names printed with a level's mark off by one (行政事业单位离退休（类）机关事业单位基本养老保险缴费支出（项）: a 款
    /// marked 类) read as a line of descent whatever their marks: each name exactly one line's below the one before.
    /// Two names at least, so that a lone name never stands for a line it merely shares a name with.
    /// </summary>
    private static string? MarksAside(IReadOnlyList<(string Name, int CodeLength)> levels, IReadOnlyDictionary<string, string> names)
    {
        if (levels.Count < 2) return null;
        string? parent = null;
        foreach (var (name, _) in levels)
        {
            var below = names.Where(n => parent is null || n.Key.Length > parent.Length && n.Key.StartsWith(parent, StringComparison.Ordinal)).ToList();
            parent = Match(name, below, near: false);
            if (parent is null) return null;
        }
        return parent;
    }

    private static string? CodeOf(IReadOnlyList<(string Name, int CodeLength)> levels, IReadOnlyDictionary<string, string> names)
    {
        string? parent = null;
        foreach (var (name, length) in levels)
        {
            var candidates = names.Where(n => n.Key.Length == length && (parent is null || n.Key.StartsWith(parent, StringComparison.Ordinal))).ToList();
            parent = Match(name, candidates, near: parent is not null);
            if (parent is null) return null;
        }
        return parent;
    }

    /// <summary>
    /// An item whose levels are misprinted (卫生健康支出（类）卫生健康支出（款）计划生育事务（项）: the class repeated as the
    /// 款, the 款 as the 项) still names its class, its amount and, at its lowest level, one of the names on its
    /// line's way down (计划生育事务 is 21007's name, the line 2100717 计划生育服务 of 20.00万元). Taken only when one 项
    /// under the class fits both; its names are then checked against the tables' by the wording rule.
    /// </summary>
    private static string? ByAmountUnderClass(Fact fact, IReadOnlyDictionary<string, string> names, IReadOnlyList<LineItem> lineItems)
    {
        var levels = Levels(fact.Name ?? "").ToList();
        if (levels is not [{ CodeLength: 3 } top, .., var lowest] || fact.PrintedUnit is not { } unit) return null;
        var classes = names.Where(n => n.Key.Length == 3).ToList();
        if (Match(top.Name, classes, near: false) is not { } classCode) return null;
        decimal digit = PrintedPrecision.LastDigitInYuan(fact.Value, unit);
        string lowestName = Normalised(lowest.Name);
        var fits = lineItems.Where(i => i.Dimension == Dimensions.Function && i.Measure is Measures.Total or Measures.Amount
                && i.Code is { Length: 7 } code && code.StartsWith(classCode, StringComparison.Ordinal)
                && Math.Abs(i.Amount - fact.Value) * 2 <= digit
                && new[] { code[..5], code }.Any(c => names.TryGetValue(c, out var name) && Normalised(name) == lowestName))
            .Select(i => i.Code!).Distinct().ToList();
        return fits.Count == 1 ? fits[0] : null;
    }

    /// <summary>Each level's name and the length of its codes (类 3, 款 5, 项 7).</summary>
    private static IEnumerable<(string Name, int CodeLength)> Levels(string printedNames) =>
        ItemParagraphs.NamedLevel().Matches(printedNames).Select(m => (m.Groups["name"].Value, ItemParagraphs.CodeLength(m.Groups["level"].Value[0])));

    private static string? Match(string printed, List<KeyValuePair<string, string>> candidates, bool near)
    {
        string key = Normalised(printed);
        if (key.Length == 0) return null;
        var exact = candidates.Where(c => Normalised(c.Value) == key).Select(c => c.Key).Distinct().ToList();
        if (exact.Count == 1) return exact[0];
        if (exact.Count > 1) return null;
        // A narrative's name may run on from the words before it (其中公共安全): the table's name ends it; or a
        // name cut at a comma (执行等检察监督支出 of 公诉、审判、侦查、执行等检察监督支出) ends the table's.
        var ending = candidates.Where(c => Normalised(c.Value) is { Length: >= 2 } n
                && (key.EndsWith(n, StringComparison.Ordinal) || key.Length >= 4 && n.EndsWith(key, StringComparison.Ordinal)))
            .GroupBy(c => Normalised(c.Value).Length).OrderByDescending(g => g.Key).FirstOrDefault()?.Select(c => c.Key).Distinct().ToList();
        if (ending is { Count: 1 }) return ending[0];
        if (!near) return null;
        var scored = candidates.Select(c => (c.Key, Score: Dice(key, Normalised(c.Value)))).OrderByDescending(c => c.Score).ToList();
        if (scored.Count == 0 || scored[0].Score < 0.6) return null;
        return scored.Count == 1 || scored[0].Score - scored[1].Score >= 0.2 ? scored[0].Key : null;
    }

    /// <summary>A name without spaces, brackets, quotes or a closing 支出/费: 公共安全支出 and 公共安全 are one name.</summary>
    internal static string Normalised(string name)
    {
        var kept = new string(name.Where(c => !char.IsWhiteSpace(c) && c is not ('（' or '）' or '(' or ')' or '“' or '”' or '"')).ToArray());
        foreach (var suffix in new[] { "支出", "费" })
            if (kept.Length > suffix.Length + 1 && kept.EndsWith(suffix, StringComparison.Ordinal)) kept = kept[..^suffix.Length];
        return kept;
    }

    /// <summary>The Dice coefficient of two names' character bigrams (1: the same bigrams).</summary>
    private static double Dice(string a, string b)
    {
        if (a.Length < 2 || b.Length < 2) return a == b ? 1 : 0;
        var left = Enumerable.Range(0, a.Length - 1).Select(i => a.Substring(i, 2)).ToList();
        var right = Enumerable.Range(0, b.Length - 1).Select(i => b.Substring(i, 2)).ToList();
        int common = 0;
        foreach (var bigram in left)
        {
            int at = right.IndexOf(bigram);
            if (at < 0) continue;
            common++;
            right.RemoveAt(at);
        }
        return 2.0 * common / (a.Length - 1 + b.Length - 1);
    }
}
