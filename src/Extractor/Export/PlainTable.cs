using Extractor.Tables;

namespace Extractor.Export;

/// <summary>
/// A table as plain rows of text, for users outside the budget domain: a merged cell's text stands in
/// its first position only, the positions it covers left empty (as CSV readers and tabula expect).
/// </summary>
public sealed record PlainTable(int Page, string Method, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public static PlainTable From(PageTable table) => new(
        table.Page,
        table.Method == ExtractionMethod.Lattice ? "lattice" : "stream",
        table.Grid.Select((row, r) => (IReadOnlyList<string>)row
            .Select((cell, c) => cell.OriginRow == r && cell.OriginCol == c ? cell.Text : "").ToList()).ToList());
}
