using System.Text.Json.Serialization;

namespace Extractor.Model;

/// <summary>One input PDF in the canonical schema (v1): what it is, and everything read from it.</summary>
public sealed record ExtractedDocument
{
    public const string CurrentSchemaVersion = "1";

    public string SchemaVersion { get; init; } = CurrentSchemaVersion;
    public required SourceInfo Source { get; init; }
    public DepartmentInfo? Department { get; init; }
    public RegionInfo? Region { get; init; }
    public int? FiscalYear { get; init; }
    public BudgetPhase? Phase { get; init; }
    public MoneyUnit? Unit { get; init; }
    public IReadOnlyList<Table> Tables { get; init; } = [];
    public IReadOnlyList<LineItem> LineItems { get; init; } = [];
    public IReadOnlyList<Fact> Facts { get; init; } = [];
    public IReadOnlyList<Finding> Findings { get; init; } = [];
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>
    /// The pages of text the findings quote, line by line with boxes (for the review report); a narrative published
    /// apart from its tables keeps every page that states a figure, for the findings its tables' file may bring.
    /// </summary>
    public IReadOnlyList<NarrativePage> NarrativePages { get; init; } = [];

    /// <summary>Each page's text outside the tables, for the checks on wording and presentation (not part of the dataset).</summary>
    [JsonIgnore]
    public IReadOnlyList<PageText> Text { get; init; } = [];

    /// <summary>The units (<see cref="Table.Scope"/>) whose own sets of tables the document prints after the department's.</summary>
    public IReadOnlyList<string> UnitScopes => [.. Tables.Select(t => t.Scope).OfType<string>().Distinct()];

    /// <summary>
    /// The department's own tables with what its narrative states of units that print no tables of their own (a paragraph on each
    /// unit: <see cref="Fact.Scope"/> names one no table set does), for the rule holding those statements to the units' rows.
    /// </summary>
    public ExtractedDocument WithStatementsOfUnits()
    {
        var sets = UnitScopes;
        return Scoped(null) with { Facts = [.. Facts.Where(f => f.Scope is { } unit && !sets.Contains(unit))] };
    }

    /// <summary>
    /// The document with only one set of its tables, their lines, the statements about them and the pages that speak
    /// of them: the department's own (scope null), or a unit's the document prints after it (see <see cref="Table.Scope"/>,
    /// <see cref="Fact.Scope"/>, <see cref="PageText.Scope"/>). The same document where it prints one set and states nothing of a unit.
    /// </summary>
    public ExtractedDocument Scoped(string? scope)
    {
        if (scope is null && Tables.All(t => t.Scope is null) && Facts.All(f => f.Scope is null)) return this;
        return this with
        {
            Tables = [.. Tables.Where(t => t.Scope == scope)],
            LineItems = LinesOf(scope, Tables, LineItems),
            Facts = [.. Facts.Where(f => f.Scope == scope)],
            Text = [.. Text.Where(p => p.Scope == scope)],
        };
    }

    /// <summary>The lines of one set of tables (see <see cref="Scoped"/>): a line of no listed table is the department's.</summary>
    public static IReadOnlyList<LineItem> LinesOf(string? scope, IReadOnlyList<Table> tables, IReadOnlyList<LineItem> lines)
    {
        if (tables.All(t => t.Scope is null)) return scope is null ? lines : [];
        var scopes = tables.GroupBy(t => t.Id).ToDictionary(g => g.Key, g => g.First().Scope);
        return [.. lines.Where(i => scopes.TryGetValue(i.TableId, out var of) ? of == scope : scope is null)];
    }

    /// <summary>True when the document could not be read at all (no pages came out of it).</summary>
    [JsonIgnore]
    public bool Failed => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Fatal);
}

/// <summary>The input file: its name (no directory), content hash, page count and producing software.</summary>
public sealed record SourceInfo(string File, string Sha256, int Pages, string? Producer)
{
    /// <summary>
    /// The file's path relative to the folder it was found in (or as given): with the hash, the document's
    /// identity, so <c>a/预算.pdf</c> and <c>b/预算.pdf</c> are two documents.
    /// </summary>
    public string? Path { get; init; }

    /// <summary>What names the document in the outputs: its path, or for a document read before paths were kept, its file name.</summary>
    [JsonIgnore]
    public string Named => Path ?? File;
}

/// <summary>The department (or budget unit) that publishes the disclosure; <c>Code</c> is its 单位编码.</summary>
public sealed record DepartmentInfo(string Name, string? Code);

/// <summary>Administrative divisions revealed by the department name.</summary>
public sealed record RegionInfo(string? Province, string? City, string? District);
