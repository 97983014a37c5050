using System.Text.RegularExpressions;
using Extractor.Layout;

namespace Extractor.Tables.Stitching;

/// <summary>
/// Lays a continued unruled table's page onto the columns of its first page when the page was set afresh: a
/// publication typeset from HTML or a word processor sizes each page's columns to what that page prints, so a
/// two-sided table whose left side ends early shows fewer columns on its last page (a label alone where codes and
/// names stood). Each of the page's columns goes to one of the first page's, in order, to one holding the same
/// kind of cell (codes, amounts, words); where no such order exists the page is not the same table.
/// </summary>
internal static partial class ColumnAlignment
{
    private enum CellKind { Blank, Code, Amount, Words }

    /// <summary>
    /// For each column of <paramref name="next"/>, the column of <paramref name="first"/> it continues, or -1 for a
    /// column its repeated header fills and at most one label under it, where the page has more columns than the first
    /// (round BL's Tianjin: codes set apart left of their centred heading, under which only 合计 stands); null when the
    /// pages do not line up (more columns holding cells than the first page, or a column whose cells fit no column in order).
    /// </summary>
    public static int[]? Map(PageTable first, PageTable next)
    {
        int n = first.ColumnCount;
        var kinds = Enumerable.Range(0, next.ColumnCount).Select(c => Body(next).Select(row => Kind(row[c].Text)).Where(k => k != CellKind.Blank).ToList()).ToArray();
        var held = Enumerable.Range(0, next.ColumnCount).Where(c => next.ColumnCount <= n || kinds[c] is not ([] or [CellKind.Words])).ToArray();
        int m = held.Length;
        if (m == 0 || m > n) return null;
        var firstKinds = Enumerable.Range(0, n).Select(c => Dominant(Body(first), c)).ToArray();
        var nextCells = held.Select(c => kinds[c]).ToArray();
        // A column fits where the first page's column holds cells of its kind; among the orders in which every
        // column fits, the one keeping each column nearest its place across the table.
        // A column the first page leaves blank throughout may print on a later page (round BG's Tianjin: 政府性基金预算拨款收入
        // only in the last class's rows), but a column of figures goes there only where no order of the printed ones fits.
        double Cost(int j, int i) => Math.Abs(Centre(next, held[j]) - Centre(first, i)) + (firstKinds[i] == CellKind.Blank && nextCells[j].Count > 0 ? 1 : 0);
        // Most of its cells at least: a total's label may stand in a column of codes.
        bool Fits(int j, int i) => firstKinds[i] == CellKind.Blank || 2 * nextCells[j].Count(k => k == firstKinds[i]) >= nextCells[j].Count;
        var best = new double[m + 1, n + 1];
        var from = new bool[m + 1, n + 1];
        for (int j = 0; j <= m; j++)
            for (int i = 0; i <= n; i++)
                best[j, i] = j == 0 ? 0 : double.PositiveInfinity;
        for (int j = 1; j <= m; j++)
            for (int i = j; i <= n; i++)
            {
                double skip = best[j, i - 1];
                double take = Fits(j - 1, i - 1) ? best[j - 1, i - 1] + Cost(j - 1, i - 1) : double.PositiveInfinity;
                (best[j, i], from[j, i]) = take <= skip ? (take, true) : (skip, false);
            }
        if (double.IsPositiveInfinity(best[m, n])) return null;
        var map = Enumerable.Repeat(-1, next.ColumnCount).ToArray();
        for (int j = m, i = n; j > 0; i--)
            if (from[j, i]) map[held[--j]] = i - 1;
        return map;
    }

    /// <summary>
    /// The page's grid on the first page's <paramref name="columns"/> columns: each cell in the column it maps to, blanks
    /// elsewhere; a cell of a column mapped nowhere goes to the nearest column it may fill blank in its row, the left first
    /// (合计 under a heading of its own), and is left out where there is none.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<GridCell>> Spread(PageTable page, int[] map, int columns) =>
        page.Grid.Select(row =>
        {
            var cells = new GridCell[columns];
            for (int j = 0; j < row.Count; j++)
                if (map[j] >= 0) cells[map[j]] = row[j] with { OriginCol = map[row[j].OriginCol] >= 0 ? map[row[j].OriginCol] : map[j] };
            for (int j = 0; j < row.Count; j++)
            {
                if (map[j] >= 0 || row[j].Text.Trim().Length == 0) continue;
                int? target = Enumerable.Range(0, row.Count).Where(k => map[k] >= 0 && cells[map[k]].Text.Trim().Length == 0)
                    .Select(k => (int?)k).OrderBy(k => Math.Abs(k!.Value - j) * 2 + (k > j ? 1 : 0)).FirstOrDefault();
                if (target is { } k) cells[map[k]] = row[j] with { OriginCol = map[k] };
            }
            SplitCodeParts(cells, map);
            for (int i = 0; i < columns; i++)
            {
                if (cells[i] is not null) continue;
                // A blank where the page prints no column: at the right edge of the cell before it.
                double x = i == 0 ? row[0].Box.Left : cells[i - 1].Box.Right;
                cells[i] = new GridCell("", new Box(x, row[0].Box.Top, x, row[0].Box.Bottom), row[0].OriginRow, i);
            }
            return (IReadOnlyList<GridCell>)cells;
        }).ToList();

    /// <summary>
    /// A code's parts read into one cell ("210 11") where the first page prints 类 | 款 | 项 in columns of their own (round BL's
    /// Beijing, a landscape 收入总表 whose continued page set the narrow 类 and 款 columns as one): each part in its own
    /// column, where the columns after the cell's are ones no column of the page maps to.
    /// </summary>
    private static void SplitCodeParts(GridCell[] cells, int[] map)
    {
        for (int i = 0; i < cells.Length; i++)
        {
            if (cells[i] is not { } cell || !SplitCode().IsMatch(cell.Text.Trim())) continue;
            var parts = cell.Text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (i + parts.Length > cells.Length || Enumerable.Range(i + 1, parts.Length - 1).Any(k => cells[k] is not null || map.Contains(k))) continue;
            double width = cell.Box.Width / parts.Length;
            for (int k = 0; k < parts.Length; k++)
                cells[i + k] = cell with
                {
                    Text = parts[k], OriginCol = i + k,
                    Box = new Box(cell.Box.Left + k * width, cell.Box.Top, cell.Box.Left + (k + 1) * width, cell.Box.Bottom),
                };
        }
    }

    /// <summary>A function code's 类 and 款 (and 项) printed apart in one cell: 210 11, 221 02 01.</summary>
    [GeneratedRegex(@"^\d{3}(?: +\d{2}){1,2}$")]
    private static partial Regex SplitCode();

    private static IEnumerable<IReadOnlyList<GridCell>> Body(PageTable table) => table.Grid.Skip(table.HeaderRows);

    private static CellKind Dominant(IEnumerable<IReadOnlyList<GridCell>> rows, int column) =>
        rows.Select(row => Kind(row[column].Text)).Where(k => k != CellKind.Blank)
            .GroupBy(k => k).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault(CellKind.Blank);

    private static CellKind Kind(string text)
    {
        var t = text.Trim();
        if (t.Length == 0) return CellKind.Blank;
        if (TableShape.IsAmount(t)) return CellKind.Amount;
        return t.Length is >= 3 and <= 9 && t.All(char.IsAsciiDigit) || SplitCode().IsMatch(t) ? CellKind.Code : CellKind.Words;
    }

    /// <summary>A column's centre as a share of the table's width.</summary>
    private static double Centre(PageTable table, int column)
    {
        var cells = table.Grid.Select(row => row[column].Box).ToList();
        double centre = cells.Average(b => (b.Left + b.Right) / 2);
        return table.Box.Width <= 0 ? 0 : (centre - table.Box.Left) / table.Box.Width;
    }
}
