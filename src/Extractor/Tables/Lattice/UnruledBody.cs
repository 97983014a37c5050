using Extractor.Layout;
using Extractor.Wording;

namespace Extractor.Tables.Lattice;

/// <summary>
/// A table ruled around its header only: the header a grid printing no row of figures, the body under it unruled, with a rule under
/// its last row or, on a page it runs off, none (round JQ's Inner Mongolia final accounts, every table so). Read apart, the header is a table of no rows
/// and the body an untitled one of columns guessed from its text. The header's column rules are drawn on down through the body,
/// so that the body is read as the grid's rows (<see cref="UnruledRows"/> then splits them).
/// </summary>
internal static class UnruledBody
{
    /// <summary>How far a rule may stop short of another and still meet it, and a full-width rule fall short of the grid's sides.</summary>
    private const double Reach = 3.0;

    /// <summary>A gap between two lines wider than this many letters ends the body (a page's foot, a paragraph set apart).</summary>
    private const double MaxGapEm = 2.5;

    /// <summary>
    /// The rules carrying the grid down over its unruled body: its column rules drawn down, the full-width rules between and under the
    /// body's lines, and one closing it where none is drawn; none where no such body follows. The body is the run of lines right under
    /// the grid printed within its sides, no wider gap between them than <see cref="MaxGapEm"/>, up to another grid; a line after a rule
    /// must print a figure in one of the header's columns (a note under the table's closing rule is none of it), and the body ends on its
    /// last line of figures. Most of its lines print figures: a heading's grid over prose is no table's header.
    /// </summary>
    /// <param name="grid">The grid, perhaps a header's.</param>
    /// <param name="grids">The page's grids: the body ends where another begins.</param>
    /// <param name="rules">The page's merged rules.</param>
    /// <param name="glyphs">The page's glyphs.</param>
    public static IReadOnlyList<RulingLine> Rules(RulingGrid grid, IReadOnlyList<RulingGrid> grids, IReadOnlyList<RulingLine> rules, IReadOnlyList<Glyph> glyphs)
    {
        var box = grid.Box;
        // The column rules reaching the grid's foot: the columns of its lowest header line, which the body's figures stand in.
        var xs = grid.Verticals.Where(v => Math.Abs(v.End - box.Bottom) <= Reach).Select(v => v.Position).Distinct().Order().ToList();
        if (xs.Count < 3) return [];
        double stop = grids.Where(g => g != grid && g.Box.Top > box.Bottom).Select(g => g.Box.Top).DefaultIfEmpty(double.MaxValue).Min();
        var fullWidth = rules.Where(r => r.Orientation == RulingOrientation.Horizontal && r.Position > box.Bottom + Reach && r.Position < stop
            && r.Start <= box.Left + Reach && r.End >= box.Right - Reach).OrderBy(r => r.Position).ToList();
        var lines = UnruledRows.Lines([.. glyphs.Where(g => !g.IsWhitespace && g.Box.CenterY > box.Bottom && g.Box.CenterY < stop)]);

        bool Figured(List<Glyph> line) => Enumerable.Range(0, xs.Count - 1)
            .Any(c => UnruledRows.IsFigure([.. line.Where(g => g.Box.CenterX >= xs[c] && g.Box.CenterX < xs[c + 1])]));
        var body = new List<List<Glyph>>();
        double above = box.Bottom;
        foreach (var line in lines)
        {
            double top = line.Min(g => g.Box.Top);
            bool afterRule = fullWidth.Any(r => r.Position > above && r.Position < top);
            if (line.Any(g => g.Box.CenterX < box.Left || g.Box.CenterX > box.Right)
                || top - above > MaxGapEm * line[0].FontSize
                || afterRule && !Figured(line)) break;
            body.Add(line);
            above = line.Max(g => g.Box.Bottom);
        }
        while (body.Count > 0 && !Figured(body[^1])) body.RemoveAt(body.Count - 1);
        // The grid's own rows last: most grids have no body of figures under them, and reading their rows costs most.
        if (body.Count == 0 || 2 * body.Count(Figured) < body.Count || HasRowsOfFigures(grid, glyphs)) return [];

        double last = body[^1].Max(g => g.Box.Bottom);
        double next = lines.Count > body.Count ? lines[body.Count].Min(g => g.Box.Top) : stop;
        var within = fullWidth.Where(r => r.Position < last).ToList();
        // The body's closing rule where one is drawn before anything else is printed, else one drawn under its last line.
        var closing = fullWidth.FirstOrDefault(r => r.Position >= last && r.Position < next)
            ?? new RulingLine(RulingOrientation.Horizontal, last + Reach, box.Left, box.Right, 0);
        return [.. within, closing, .. xs.Select(x => new RulingLine(RulingOrientation.Vertical, x, box.Bottom, closing.Position, 0))];
    }

    /// <summary>
    /// Whether the grid prints a row of figures in two of its columns or more, other than a column numbering (栏次 1 | 2 | 3): a table's
    /// body, not a header alone. Only a header's grid is carried down.
    /// </summary>
    private static bool HasRowsOfFigures(RulingGrid grid, IReadOnlyList<Glyph> glyphs)
    {
        var xs = grid.Xs;
        foreach (var band in grid.Deal(glyphs, byColumn: false))
            foreach (var line in UnruledRows.Lines(band))
            {
                var cells = Enumerable.Range(0, xs.Count - 1).Select(c => line.Where(g => g.Box.CenterX >= xs[c] && g.Box.CenterX < xs[c + 1]).ToList()).Where(c => c.Count > 0).ToList();
                if (cells.Count(c => UnruledRows.IsFigure(c)) >= 2
                    && !ColumnHeaders.IsColumnNumbering(cells.Select(c => TextLineBuilder.Join(c, withinCell: true).Text))) return true;
            }
        return false;
    }
}
