namespace Extractor.Model;

/// <summary>A table as printed: one table even when it continues over several pages.</summary>
public sealed record Table
{
    /// <summary><c>t{n}</c> in document order (<see cref="IdAt"/>).</summary>
    public required string Id { get; init; }

    /// <summary>The id of the document's table at a zero-based position: <c>t1</c> for the first.</summary>
    public static string IdAt(int index) => $"t{index + 1}";

    /// <summary>A <see cref="TableTypes"/> id, or <see cref="TableTypes.Unknown"/>.</summary>
    public string Type { get; init; } = TableTypes.Unknown;

    public string Title { get; init; } = "";
    public IReadOnlyList<int> Pages { get; init; } = [];

    /// <summary>The other file of the publication the table is printed in (see <see cref="LineItem.PrintedIn"/>); null for the document's own.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? PrintedIn { get; init; }

    /// <summary>Whether the table lies on any of the pages (those read by OCR, say); none where there are none.</summary>
    public bool LiesOn(IReadOnlySet<int>? pages) => pages is not null && Pages.Any(pages.Contains);

    /// <summary>Header rows as printed; a merged cell is repeated across the columns it spans.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Header { get; init; } = [];

    public IReadOnlyList<IReadOnlyList<Cell>> Rows { get; init; } = [];

    /// <summary>Canonical measure id per column; null for label or unmapped columns.</summary>
    public IReadOnlyList<string?> Columns { get; init; } = [];

    /// <summary>
    /// The merged cells: where each starts and how many rows and columns it covers. Rows count the header
    /// rows first, then the body rows (row <c>Header.Count</c> is the first body row).
    /// </summary>
    public IReadOnlyList<CellSpan> Spans { get; init; } = [];

    /// <summary>How the table was read: <c>lattice</c> (from its rules) or <c>stream</c> (from text alignment).</summary>
    public string? Method { get; init; }

    /// <summary>
    /// The unit this table's own caption prints (单位：万元), when it prints one: a document in 元 may print one
    /// table in 万元. Its amounts are converted to yuan by this unit, else by the document's.
    /// </summary>
    public MoneyUnit? Unit { get; init; }

    /// <summary>The department or unit the caption above the table names (单位名称：X, 编制单位：X), as printed; null where none does.</summary>
    public string? CaptionEntity { get; init; }

    /// <summary>
    /// The budget unit whose tables these are, where the document prints a unit's set of tables after the
    /// department's (its name as the caption or title prints it); null for the department's own. See
    /// <c>Mapping.TableScopes</c>.
    /// </summary>
    public string? Scope { get; init; }
}

/// <summary>A merged cell: its first row and column and how far it reaches.</summary>
public sealed record CellSpan(int Row, int Col, int RowSpan, int ColSpan);

/// <summary>
/// One body cell: the text as printed, its exact numeric value when the text is a number, and where it sits
/// (page and box in points, origin at the top-left of the page).
/// </summary>
public sealed record Cell(string Text, decimal? Value = null, CellBox? Bbox = null);

/// <summary>A cell's page and box in PDF points, top-left origin (y grows downwards), as tabula reports areas.</summary>
public sealed record CellBox(int Page, double Left, double Top, double Right, double Bottom);
