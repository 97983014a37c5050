using Extractor.Layout;

namespace Extractor.Tables.Stream;

/// <summary>
/// A row set off the columns of the rows under it (round BO's Foshan: the 合计 row's figures centred in their cells while
/// every other row's are right-aligned against the cell's edge): each of its figures stands in a gutter of the other rows,
/// and the gutters around it make a column of its own, holding that figure alone beside the column it belongs to, which
/// other rows fill (three at least) and that row leaves empty. The row's figures are joined to those columns when it is so set off in two columns at least:
/// one column of a single figure may be a real one (a lone project beside the basic expenditure), a row off in several is
/// a row printed out of line.
/// </summary>
internal static class ShiftedRowColumns
{
    /// <summary>Rows of figures a column needs beside a lone figure for the figure to be taken as set off it.</summary>
    private const int MinRowsBeside = 3;

    /// <summary>Lone figures of one row it takes to read the row as set off its columns.</summary>
    private const int MinLoneFigures = 2;

    /// <summary>The edges without those that cut a set-off row's figures from their columns.</summary>
    public static List<double> Joined(List<double> edges, IReadOnlyList<IReadOnlyList<Glyph>> bodyLines)
    {
        int columns = edges.Count - 1;
        var cells = Enumerable.Range(0, columns)
            .Select(c => bodyLines.Select(line => PlaceholderColumns.CellText(line, edges[c], edges[c + 1])).ToList()).ToList();
        var dropped = new List<(int Row, int Edge)>();
        var taken = new HashSet<int>();
        for (int c = 0; c < columns; c++)
        {
            var filled = Enumerable.Range(0, bodyLines.Count).Where(r => cells[c][r].Length > 0).ToList();
            if (filled.Count != 1 || !IsFigure(cells[c][filled[0]])) continue;
            int row = filled[0];
            // The column the figure belongs to: beside it, of figures only, filled by other rows and not by this one; the one on
            // its right first, as a figure centred in its cell stands left of the right-aligned figures under it. A column takes
            // one such figure only.
            if (c + 1 < columns && Beside(cells[c + 1], row) && taken.Add(c + 1)) dropped.Add((row, c + 1));
            else if (c > 0 && Beside(cells[c - 1], row) && taken.Add(c - 1)) dropped.Add((row, c));
        }
        var edgesToDrop = dropped.GroupBy(d => d.Row).Where(g => g.Count() >= MinLoneFigures)
            .SelectMany(g => g.Select(d => d.Edge)).Distinct().OrderDescending();
        var joined = new List<double>(edges);
        foreach (int k in edgesToDrop) joined.RemoveAt(k);
        return joined;
    }

    private static bool Beside(List<string> column, int row) =>
        column[row].Length == 0 && column.Count(t => t.Length > 0) >= MinRowsBeside
        && column.All(t => t.Length == 0 || IsFigure(t) || PrintedNumber.IsDash(t));

    private static bool IsFigure(string text) => text.Any(char.IsAsciiDigit) && PrintedNumber.Parse(text) is not null;
}
