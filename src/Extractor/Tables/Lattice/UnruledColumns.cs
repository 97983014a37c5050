using Extractor.Layout;

namespace Extractor.Tables.Lattice;

/// <summary>
/// Columns a ruled table leaves without a rule between them: a sheet may rule only its column groups (总计 |
/// 男 女 | …), so one ruled column holds two or three columns of figures. Where most lines of a ruled column
/// print figures on both sides of a gutter of its own, a rule is drawn down the gutter, from the lowest line
/// above them that leaves the gutter clear (a heading over both columns ends it). And a column edge the header
/// rules but the body leaves out (the body one ruled rectangle under a ruled header) is drawn on down through
/// the body where its lines print on both sides of it and none across.
/// </summary>
internal static class UnruledColumns
{
    /// <summary>Lines a ruled column needs before its own gutters are judged.</summary>
    private const int MinLines = 3;

    /// <summary>Share of the column's lines that must print a figure on both sides of the gutter.</summary>
    private const double FigureLineShare = 0.6;

    /// <summary>The rules to draw down the gutters inside the grid's ruled columns; none for a grid ruled column by column.</summary>
    public static IReadOnlyList<RulingLine> Rules(RulingGrid grid, IReadOnlyList<Glyph> glyphs)
    {
        var (xs, ys) = (grid.Xs, grid.Ys);
        var columns = grid.Deal(glyphs, byColumn: true);
        var rules = new List<RulingLine>();
        for (int c = 0; c < columns.Length; c++)
        {
            // Most ruled columns hold one run of glyphs a line: nothing to split, and nothing more to read.
            if (columns[c].Count(g => CjkText.IsDigit(g.First)) < 2 * MinLines
                || UnruledRows.Lines(columns[c]).Count(line => ColumnGutters.Runs(line).Skip(1).Any()) < MinLines) continue;
            var all = TextLineBuilder.Build(columns[c]).OrderBy(l => l.Box.Top)
                .Select(l => new RunLine(l, ColumnGutters.Runs(l.Glyphs).ToList())).ToList();
            // The lines printing figures: a heading over the column group spans the gutters it names.
            var lines = all.Where(l => l.Runs.Any(r => UnruledRows.IsFigure(l.GlyphsOf(r)))).ToList();
            if (lines.Count < MinLines) continue;
            foreach (double x in ColumnGutters.Boundaries(lines.Select(l => l.Line.Glyphs).ToList(), xs[c], xs[c + 1]))
            {
                int figured = lines.Count(line => line.FiguresBeside(x));
                if (figured < MinLines || figured < FigureLineShare * lines.Count) continue;
                // Down from the lowest heading line the gutter still runs clear of, to the foot of the grid.
                int first = all.IndexOf(lines[0]);
                while (first > 0 && !all[first - 1].Crosses(x)) first--;
                rules.Add(new RulingLine(RulingOrientation.Vertical, x, all[first].Line.Box.Top - 1, ys[^1], 0));
            }
        }
        rules.AddRange(ContinuedEdges(grid, glyphs));
        return rules;
    }

    /// <summary>
    /// Rules down the grid's column edges through the rows that leave them out, where at least three lines there
    /// print on both sides of the edge (most of the lines beside it) and no run of glyphs crosses it: a
    /// wrapped label or a heading centred over two columns runs across its edge and keeps its span.
    /// </summary>
    private static IEnumerable<RulingLine> ContinuedEdges(RulingGrid grid, IReadOnlyList<Glyph> glyphs)
    {
        var (xs, ys) = (grid.Xs, grid.Ys);
        var bands = grid.Deal(glyphs, byColumn: false);
        for (int r = 0; r < bands.Length; r++)
        {
            if (bands[r].Count < 2 * MinLines) continue;
            // Most grids rule every column edge through every row: nothing to draw, no lines to build.
            var open = Enumerable.Range(1, Math.Max(0, xs.Count - 2)).Where(i => !grid.HasVertical(xs[i], ys[r], ys[r + 1])).ToList();
            if (open.Count == 0) continue;
            var lines = UnruledRows.Lines(bands[r]);
            if (lines.Count < MinLines) continue;
            foreach (int i in open)
            {
                double x = xs[i];
                var beside = lines.Select(l => l.Where(g => g.Box.CenterX >= xs[i - 1] && g.Box.CenterX < xs[i + 1]).ToList()).Where(l => l.Count > 0).ToList();
                if (beside.Any(l => ColumnGutters.Runs(l).Any(run => run.Start < x && run.End > x))) continue;
                int both = beside.Count(l => l.Any(g => g.Box.CenterX < x) && l.Any(g => g.Box.CenterX > x));
                if (both >= MinLines && both >= FigureLineShare * beside.Count)
                    yield return new RulingLine(RulingOrientation.Vertical, x, ys[r], ys[r + 1], 0);
            }
        }
    }

    /// <summary>A line of the column with its runs of glyphs set without a gap.</summary>
    private sealed record RunLine(TextLine Line, List<(double Start, double End)> Runs)
    {
        public IReadOnlyList<Glyph> GlyphsOf((double Start, double End) run) =>
            Line.Glyphs.Where(g => g.Box.CenterX >= run.Start && g.Box.CenterX <= run.End).ToList();

        public bool Crosses(double x) => Runs.Any(r => r.Start < x && r.End > x);

        /// <summary>Whether the runs nearest a gutter on either side each print a figure.</summary>
        public bool FiguresBeside(double x)
        {
            var (left, right) = (Runs.LastOrDefault(r => r.End < x), Runs.FirstOrDefault(r => r.Start > x));
            return left != default && right != default && UnruledRows.IsFigure(GlyphsOf(left)) && UnruledRows.IsFigure(GlyphsOf(right));
        }
    }
}
