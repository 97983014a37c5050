using Extractor.Model;

namespace Extractor.Export.Xlsx;

/// <summary>
/// A sheet to write. Each value of <see cref="Rows"/> is a string (written as text however it reads), a long, a
/// decimal (shown with its own decimals), or null or empty for an empty cell. The first
/// <see cref="HeadingRows"/> rows are headings: bold, and frozen so they stay in view.
/// </summary>
internal sealed record SheetContent(string Name, IEnumerable<IReadOnlyList<object?>> Rows, int HeadingRows)
{
    /// <summary>An autofilter on the last heading row, over all the rows below it.</summary>
    public bool Filtered { get; init; }

    /// <summary>The merged ranges, rows and columns counted from 0 over all the rows, headings included.</summary>
    public IReadOnlyList<CellSpan> Merged { get; init; } = [];
}
