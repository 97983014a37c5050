using Extractor.Model;

namespace Extractor.Tables;

/// <summary>
/// Turns a table the detector found into the canonical table (type still unknown; the mapping stage types it):
/// its cells' text and boxes, header rows, merged cells, method and unit. What a cell's figure means (which
/// columns hold amounts, whether a blank is a zero) is not read here but by the mapping code
/// (<c>Mapping.AmountCells</c>), so each cell's <see cref="Cell.Value"/> is left unset.
/// </summary>
public static class CanonicalTables
{
    public static Table From(StitchedTable table, string id)
    {
        var header = table.Grid.Take(table.HeaderRows).Select(row => (IReadOnlyList<string>)row.Select(c => CellTextBuilder.Flatten(c.Text)).ToList()).ToList();
        var rows = table.Grid.Skip(table.HeaderRows).Select((row, r) => (IReadOnlyList<Cell>)row.Select(cell =>
                new Cell(CellTextBuilder.Flatten(cell.Text), null,
                    new CellBox(cell.Page ?? table.RowPages[table.HeaderRows + r], Round(cell.Box.Left), Round(cell.Box.Top), Round(cell.Box.Right), Round(cell.Box.Bottom))))
            .ToList()).ToList();
        return new Table
        {
            Id = id,
            Title = CellTextBuilder.Flatten(table.Title ?? ""),
            Pages = table.Pages,
            Header = header,
            Rows = rows,
            Columns = Enumerable.Repeat<string?>(null, table.Grid.Count == 0 ? 0 : table.Grid[0].Count).ToList(),
            Spans = Spans(table.Grid),
            Method = table.Method == ExtractionMethod.Lattice ? "lattice" : "stream",
            Unit = table.Unit,
            CaptionEntity = table.CaptionEntity,
        };
    }

    private static IReadOnlyList<CellSpan> Spans(IReadOnlyList<IReadOnlyList<GridCell>> grid)
    {
        var extent = new Dictionary<(int, int), (int R0, int C0, int R1, int C1)>();
        for (int r = 0; r < grid.Count; r++)
            for (int c = 0; c < grid[r].Count; c++)
            {
                var key = (grid[r][c].OriginRow, grid[r][c].OriginCol);
                extent[key] = extent.TryGetValue(key, out var e)
                    ? (Math.Min(e.R0, r), Math.Min(e.C0, c), Math.Max(e.R1, r), Math.Max(e.C1, c))
                    : (r, c, r, c);
            }
        return extent.Values.Where(e => e.R1 > e.R0 || e.C1 > e.C0)
            .Select(e => new CellSpan(e.R0, e.C0, e.R1 - e.R0 + 1, e.C1 - e.C0 + 1))
            .OrderBy(s => s.Row).ThenBy(s => s.Col).ToList();
    }

    private static double Round(double value) => Math.Round(value, 2);
}
