using Extractor.Model;

namespace Extractor.Tables;

/// <summary>
/// A table as the detector returns it: its pages and the grid rows of all of them (header rows first), one
/// page's table or several stitched into one.
/// </summary>
public sealed record StitchedTable(
    IReadOnlyList<int> Pages,
    string? Title,
    ExtractionMethod Method,
    int HeaderRows,
    IReadOnlyList<IReadOnlyList<GridCell>> Grid,
    IReadOnlyList<int> RowPages,
    MoneyUnit? Unit)
{
    /// <summary>The department or unit the caption over its first page names (单位名称：X), when it names one.</summary>
    public string? CaptionEntity { get; init; }

    /// <summary>A table found on one page, standing alone.</summary>
    public static StitchedTable OnePage(PageTable table) =>
        new([table.Page], table.Title, table.Method, table.HeaderRows, table.Grid, table.Grid.Select(_ => table.Page).ToList(), table.Unit)
        {
            CaptionEntity = table.CaptionEntity,
        };
}
