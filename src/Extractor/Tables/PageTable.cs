using Extractor.Layout;
using Extractor.Model;

namespace Extractor.Tables;

/// <summary>How a table was read: from its ruling grid, or from the alignment of its text.</summary>
public enum ExtractionMethod { Lattice, Stream }

/// <summary>
/// One grid position of a table. A merged cell covers several positions: each carries the merged text and
/// points to the position where the merged cell starts (<c>OriginRow</c>, <c>OriginCol</c>).
/// </summary>
public sealed record GridCell(string Text, Box Box, int OriginRow, int OriginCol)
{
    /// <summary>The page the cell is printed on, where its table's row spans pages (a table cut by columns); else the row's.</summary>
    public int? Page { get; init; }
}

/// <summary>
/// A table as found on one page: a full rectangular grid (header rows first), the title printed above it,
/// and how it was read. Tables continued over pages are stitched from these.
/// </summary>
public sealed record PageTable(
    int Page,
    Box Box,
    ExtractionMethod Method,
    IReadOnlyList<IReadOnlyList<GridCell>> Grid,
    int HeaderRows,
    string? Title,
    IReadOnlyList<double> ColumnEdges)
{
    public int ColumnCount => Grid.Count == 0 ? 0 : Grid[0].Count;

    /// <summary>The money unit the table's own caption prints (单位：万元), when it prints one.</summary>
    public MoneyUnit? Unit { get; init; }

    /// <summary>The department or unit the table's own caption names (单位名称：X, 编制单位：X), when it names one.</summary>
    public string? CaptionEntity { get; init; }

    /// <summary>Nothing but its title, captions, page markers or a 续表 mark stands above it on its page.</summary>
    public bool OpensPage { get; init; }

    /// <summary>A continuation mark stands above it (续表, (continued)), or its title carries one (收入决算表（续表）).</summary>
    public bool MarkedContinued { get; init; }

    /// <summary>Nothing but page markers or a continuation mark stands below it on its page.</summary>
    public bool EndsPage { get; init; }

    /// <summary>
    /// A ruled table whose last row no rule closes: its cell runs on over the page break, and the next page's
    /// table opens with the rest of that row (<see cref="OpenHead"/>).
    /// </summary>
    public bool OpenFoot { get; init; }

    /// <summary>A ruled table whose first row no rule opens: the rest of a row cut at the previous page's foot.</summary>
    public bool OpenHead { get; init; }
}
