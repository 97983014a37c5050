using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Mapping;

/// <summary>
/// Which budget unit each page speaks of, where the document prints its units' own sets of tables after the
/// department's (<see cref="Table.Scope"/>). A page holding only one unit's tables (a note under its 三公 table) is that
/// unit's. So is a unit's own 单位预算情况说明, printed before or after its tables: a page that opens a sentence or heading
/// with the unit's name and a year (<see cref="NarrativePhrasings.NamedWithYear"/>), and the pages without tables after it,
/// until one names another unit or the department that way, or holds tables. Every other page is the department's.
/// </summary>
public static class NarrativeScopes
{
    /// <summary>The pages with their <see cref="PageText.Scope"/> and the facts with their <see cref="Fact.Scope"/>.</summary>
    /// <param name="department">The department's name as the document prints it; null where it was not read.</param>
    public static (IReadOnlyList<PageText> Pages, IReadOnlyList<Fact> Facts) Assign(
        IReadOnlyList<Table> tables, IReadOnlyList<PageText> pages, IReadOnlyList<Fact> facts, string? department)
    {
        var units = tables.Select(t => t.Scope).OfType<string>().Distinct().ToList();
        if (units.Count == 0) return (pages, facts);
        var scopes = OfPages(tables, pages, units, department);
        return ([.. pages.Select(p => scopes.TryGetValue(p.Number, out var unit) ? p with { Scope = unit } : p)],
            [.. facts.Select(f => scopes.TryGetValue(f.Page, out var unit) ? f with { Scope = unit } : f)]);
    }

    private static Dictionary<int, string> OfPages(IReadOnlyList<Table> tables, IReadOnlyList<PageText> pages, List<string> units, string? department)
    {
        var held = tables.SelectMany(t => t.Pages.Select(p => (Page: p, t.Scope))).GroupBy(p => p.Page)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Scope).Distinct().ToList());
        // A department read under a unit's name (the first unit's caption) names no page back to the department.
        var named = units.Select(u => (Scope: (string?)u, Pattern: NarrativePhrasings.NamedWithYear(u))).ToList();
        if (department is not null && !units.Contains(department)) named.Add((null, NarrativePhrasings.NamedWithYear(department)));
        var scopes = new Dictionary<int, string>();
        string? carried = null;
        foreach (var page in pages.OrderBy(p => p.Number))
        {
            if (held.TryGetValue(page.Number, out var onPage))
            {
                carried = null;
                if (onPage is [{ } unit]) scopes[page.Number] = unit;
                continue;
            }
            string text = string.Join('\n', page.Lines.Select(l => string.Concat(l.Where(c => !char.IsWhiteSpace(c)))));
            var namings = named.SelectMany(n => n.Pattern.Matches(text).Select(m => (n.Scope, At: m.Index))).OrderBy(n => n.At).ToList();
            string? scope = namings.Count > 0 ? namings[0].Scope : carried;
            if (namings.Count > 0) carried = namings[^1].Scope;
            if (scope is not null) scopes[page.Number] = scope;
        }
        return scopes;
    }
}
