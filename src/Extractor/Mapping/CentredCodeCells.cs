using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Mapping;

/// <summary>
/// Split 类 | 款 code columns printed as merged cells centred over their rows (a spreadsheet's merged cell, printed
/// without rules, round CT's Shenyang): the class code 208 spans its class row and every 款 and 项 row under it, so it
/// is printed on the line at the middle of that block (行政事业单位养老支出's, or a line of its own between two rows),
/// not on the class row. Read where it stands, it would code a 款 row as the class. Each such code is moved to the
/// first row of its block: a centred cell's middle lies halfway between the block's first row's top and its last
/// row's bottom, so each block's end follows from where it starts and where its code is printed, and the next block
/// starts after it. A 款's block starts on the row after its class row or after the 款 block above.
/// The reading is taken only where it fits the whole page: every code at the middle of a block to within a fraction
/// of the row pitch, no 款 block over a class row, and the last block ending on the last row; else the page is read as
/// printed.
/// </summary>
public static class CentredCodeCells
{
    /// <summary>How far, as a share of the row pitch, a block's last row may end from where its centred code puts it.</summary>
    private const double EndSlack = 0.3;

    /// <param name="cls">The 类 column.</param>
    /// <param name="kuan">The 款 column.</param>
    /// <param name="item">The 项 column, never merged: a row printing a 项 is an item row.</param>
    public static Table Lifted(Table table, int cls, int kuan, int item)
    {
        if (table.Rows.Any(row => row.Count <= Math.Max(cls, Math.Max(kuan, item)) || row.Any(cell => cell.Bbox is null))) return table;
        var rows = table.Rows.Select(row => row.ToArray()).ToList();
        bool moved = false;
        foreach (var page in Enumerable.Range(0, rows.Count).GroupBy(r => rows[r][0].Bbox!.Page))
        {
            var lines = page.Where(r => IsLine(rows[r], cls, kuan)).ToList();
            if (lines.Count < 2) continue;
            moved |= Lift(rows, lines, cls, [kuan, item], _ => false);
            // A 款 block starts below its class row: the row printing the class alone.
            moved |= Lift(rows, lines, kuan, [item], r => Text(rows[r], cls).Length > 0 && Text(rows[r], kuan).Length == 0 && Text(rows[r], item).Length == 0);
        }
        return moved ? table with { Rows = [.. rows.Select(row => (IReadOnlyList<Cell>)row)] } : table;
    }

    /// <summary>
    /// Moves each code of <paramref name="col"/> on the page to the first row of its centred block, if the page's codes
    /// all sit at their blocks' middles and a code is printed off its block's first row; whether it moved any.
    /// </summary>
    /// <param name="lines">The page's rows that carry a subject (not a total, not a code on a line of its own).</param>
    /// <param name="lower">The columns of the levels below: a code printed beside one of them is off its block's first row, and
    /// no block opens on a row printing one.</param>
    /// <param name="opensAbove">A row that opens a block of the level above, never inside a block of this column.</param>
    private static bool Lift(List<Cell[]> rows, List<int> lines, int col, int[] lower, Func<int, bool> opensAbove)
    {
        var codes = Enumerable.Range(lines[0], lines[^1] - lines[0] + 1).Where(r => Text(rows[r], col).Length > 0).ToList();
        int Next(int after) => lines.FindIndex(l => l > after && !opensAbove(l));
        // No block opens on a row printing a lower level's code: the class's row prints no 款, the 款's no 项.
        bool RowPrintsLower(int row) => lower.Any(c => Text(rows[row], c).Length > 0);
        bool PrintsLower(int line) => RowPrintsLower(lines[line]);
        // Only a column printing a code where its block cannot open (on a line of its own, or beside a lower level's code) may be
        // centred: one printed top-aligned is read as printed (one printed on every row fits no centred blocks).
        int first = Next(-1);
        if (first < 0 || !codes.Any(r => !lines.Contains(r) || RowPrintsLower(r))) return false;
        double pitch = Pitch(rows, lines), height = LineHeight(rows, lines);
        // Where each block starts (an index into lines), solved code after code; several ends may fit a code whose line was
        // read into a row's band (a code set between two rows, joined to the row above), and the one the rest fit is taken.
        var failed = new HashSet<(int Code, int Start)>();
        List<int>? Starts(int k, int start)
        {
            if (k == codes.Count) return start < 0 ? [] : null;
            // The page's first block may go on from the page before, opening on a lower level's row.
            if (start < 0 || start != first && PrintsLower(start) || failed.Contains((k, start))) return null;
            var band = rows[codes[k]];
            // The code's middle: its line's, or anywhere a line fits in a band of two.
            double low = Top(band) + height / 2, high = Math.Max(low, Bottom(band) - height / 2), top = Top(rows[lines[start]]);
            if (high < top) return null;
            double slack = EndSlack * pitch, nearest = low + high - top;
            var ends = Enumerable.Range(start, lines.Count - start).TakeWhile(i => i == start || !opensAbove(lines[i]))
                .Where(i => Bottom(rows[lines[i]]) >= 2 * low - top - slack && Bottom(rows[lines[i]]) <= 2 * high - top + slack && Bottom(rows[lines[i]]) >= low)
                .OrderBy(i => Math.Abs(Bottom(rows[lines[i]]) - nearest));
            foreach (int end in ends)
                if (Starts(k + 1, Next(lines[end])) is { } rest) return [start, .. rest];
            failed.Add((k, start));
            return null;
        }
        // A page going on from the page before opens with the rest of a block: its code printed again at the middle of that
        // rest (round DK's Sichuan), or not at all, the page's first code opening a later block.
        var starts = Starts(0, first);
        if (starts is null && PrintsLower(first))
            starts = Enumerable.Range(first + 1, lines.Count - first - 1).Where(s => !PrintsLower(s) && !opensAbove(lines[s]))
                .Select(s => Starts(0, s)).FirstOrDefault(found => found is not null);
        if (starts is null) return false;
        var moves = codes.Zip(starts, (code, start) => (From: code, To: lines[start])).ToList();
        if (moves.All(m => m.From == m.To)) return false;
        foreach (var (from, to) in moves)
        {
            var text = rows[from][col].Text;
            rows[from][col] = rows[from][col] with { Text = "" };
            rows[to][col] = rows[to][col] with { Text = text };
        }
        return true;
    }

    /// <summary>A row naming a subject: a word or figure outside the 类 and 款 columns, and no total.</summary>
    private static bool IsLine(Cell[] row, int cls, int kuan)
    {
        var rest = row.Where((_, c) => c != cls && c != kuan).Select(cell => cell.Text.Trim()).Where(t => t.Length > 0).ToList();
        return rest.Count > 0 && !rest.Any(t => LineLabels.AnyTotal().IsMatch(t)) && !ColumnHeaders.IsColumnNumbering(row.Select(cell => cell.Text));
    }

    /// <summary>The usual distance between the tops of consecutive subject rows.</summary>
    private static double Pitch(List<Cell[]> rows, List<int> lines)
    {
        var gaps = lines.Zip(lines.Skip(1), (a, b) => Top(rows[b]) - Top(rows[a])).Order().ToList();
        return gaps[gaps.Count / 2];
    }

    /// <summary>The usual height of a subject row's band: one line of text.</summary>
    private static double LineHeight(List<Cell[]> rows, List<int> lines)
    {
        var heights = lines.Select(l => Bottom(rows[l]) - Top(rows[l])).Order().ToList();
        return heights[heights.Count / 2];
    }

    private static string Text(Cell[] row, int col) => row[col].Text.Trim();
    private static double Top(Cell[] row) => row.Min(cell => cell.Bbox!.Top);
    private static double Bottom(Cell[] row) => row.Max(cell => cell.Bbox!.Bottom);
}
