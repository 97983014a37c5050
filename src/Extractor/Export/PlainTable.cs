using Extractor.Tables;

namespace Extractor.Export;

/// <summary>
/// A table as plain rows of text, for users outside the budget domain, laid out as tabula lays them out:
/// a ruled table's row lists its cells left to right, a cell merged across columns once and a cell merged
/// down from a row above as an empty one, padded at the end; a stream table's row has a cell per column. A
/// wrapped cell keeps its line breaks.
/// </summary>
public sealed record PlainTable(int Page, string Method, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public static PlainTable From(PageTable table) => table.Method == ExtractionMethod.Lattice
        ? new(table.Page, "lattice", table.Grid.Select((row, r) => Padded(row
                .Where((cell, c) => cell.OriginCol == c)
                .Select(cell => cell.OriginRow == r ? cell.Text : ""), row.Count)).ToList())
        : new(table.Page, "stream", table.Grid.Select(row => (IReadOnlyList<string>)row.Select(cell => cell.Text).ToList()).ToList());

    private static IReadOnlyList<string> Padded(IEnumerable<string> cells, int width)
    {
        var list = cells.ToList();
        while (list.Count < width) list.Add("");
        return list;
    }
}
