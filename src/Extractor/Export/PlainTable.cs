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
    /// <summary>Where the table sits on its page (points from the top-left, as areas are given); JSON only.</summary>
    public PlainBox? Box { get; init; }

    /// <summary>Where each cell of <see cref="Rows"/> sits, row by row (a merged cell's whole extent); JSON only.</summary>
    public IReadOnlyList<IReadOnlyList<PlainBox>>? Cells { get; init; }

    public static PlainTable From(PageTable table)
    {
        var kept = table.Method == ExtractionMethod.Lattice
            ? table.Grid.Select(row => (IReadOnlyList<GridCell>)row.Where((cell, c) => cell.OriginCol == c).ToList()).ToList()
            : table.Grid;
        var rows = table.Method == ExtractionMethod.Lattice
            ? kept.Select((row, r) => Padded(row.Select(cell => cell.OriginRow == r ? cell.Text : ""), table.ColumnCount)).ToList()
            : kept.Select(row => (IReadOnlyList<string>)row.Select(cell => cell.Text).ToList()).ToList();
        return new PlainTable(table.Page, table.Method == ExtractionMethod.Lattice ? "lattice" : "stream", rows)
        {
            Box = PlainBox.Of(table.Box),
            Cells = kept.Select(row => (IReadOnlyList<PlainBox>)row.Select(cell => PlainBox.Of(cell.Box)).ToList()).ToList(),
        };
    }

    private static IReadOnlyList<string> Padded(IEnumerable<string> cells, int width)
    {
        var list = cells.ToList();
        while (list.Count < width) list.Add("");
        return list;
    }
}

/// <summary>A box as tabula's JSON gives it: top, left, width and height in points, rounded to hundredths.</summary>
public sealed record PlainBox(double Top, double Left, double Width, double Height)
{
    public static PlainBox Of(Layout.Box box) =>
        new(Math.Round(box.Top, 2), Math.Round(box.Left, 2), Math.Round(box.Right - box.Left, 2), Math.Round(box.Bottom - box.Top, 2));
}
