using Extractor.Layout;

namespace Extractor.Tables.Pages;

/// <summary>How tables are to be read: found automatically, or forced by the method.</summary>
public enum TableMethod { Auto, Lattice, Stream }

/// <summary>
/// What a user asks of the generic table extractor (as tabula takes it): a method, areas of the page
/// (points, top-left origin, as displayed), column separators for stream reading, and rulings to read instead of the page's.
/// With none of them set, every table of the page is found without help.
/// </summary>
public sealed record TableRequest
{
    public TableMethod Method { get; init; } = TableMethod.Auto;

    /// <summary>Areas to read; each area holds one stream table, or the ruled tables inside it.</summary>
    public IReadOnlyList<Box> Areas { get; init; } = [];

    /// <summary>x positions separating columns (stream), or drawn as vertical rules (lattice).</summary>
    public IReadOnlyList<double> Columns { get; init; } = [];

    /// <summary>The rules to read the table by instead of the page's own (lattice), as tabula takes them.</summary>
    public IReadOnlyList<RulingLine> Rulings { get; init; } = [];

    public bool FindsTablesItself => Method == TableMethod.Auto && Areas.Count == 0 && Columns.Count == 0 && Rulings.Count == 0;
}
