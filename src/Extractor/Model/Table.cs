namespace Extractor.Model;

/// <summary>A table as printed: one table even when it continues over several pages.</summary>
public sealed record Table
{
    /// <summary><c>t{n}</c> in document order.</summary>
    public required string Id { get; init; }

    /// <summary>A <see cref="TableTypes"/> id, or <see cref="TableTypes.Unknown"/>.</summary>
    public string Type { get; init; } = TableTypes.Unknown;

    public string Title { get; init; } = "";
    public IReadOnlyList<int> Pages { get; init; } = [];

    /// <summary>Header rows as printed; a merged cell is repeated across the columns it spans.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Header { get; init; } = [];

    public IReadOnlyList<IReadOnlyList<Cell>> Rows { get; init; } = [];

    /// <summary>Canonical measure id per column; null for label or unmapped columns.</summary>
    public IReadOnlyList<string?> Columns { get; init; } = [];
}

/// <summary>
/// One body cell: the text as printed, its exact numeric value when the text is a number, and where it sits
/// (page and box in points, origin at the top-left of the page).
/// </summary>
public sealed record Cell(string Text, decimal? Value = null, CellBox? Bbox = null);

/// <summary>A cell's page and box in PDF points, top-left origin (y grows downwards), as tabula reports areas.</summary>
public sealed record CellBox(int Page, double Left, double Top, double Right, double Bottom);
