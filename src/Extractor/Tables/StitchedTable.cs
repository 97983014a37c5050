using Extractor.Model;

namespace Extractor.Tables;

/// <summary>A table after stitching: its pages and the grid rows of all of them (header rows first).</summary>
public sealed record StitchedTable(
    IReadOnlyList<int> Pages,
    string? Title,
    ExtractionMethod Method,
    int HeaderRows,
    IReadOnlyList<IReadOnlyList<GridCell>> Grid,
    IReadOnlyList<int> RowPages,
    MoneyUnit? Unit);
