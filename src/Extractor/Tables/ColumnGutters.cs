using Extractor.Layout;

namespace Extractor.Tables;

/// <summary>
/// Finds the column boundaries of an unruled table from its rows: a boundary sits in a gutter, an x range
/// that (almost) no row crosses with text. Text is measured in runs of glyphs set without a gap, so the
/// characters of a CJK label never open a gutter between them, while a column printed right against the
/// next one (an amount ending 2 points before the next label) still leaves one.
/// </summary>
internal static class ColumnGutters
{
    /// <summary>A gap between glyphs wider than this (em) breaks a run: a CJK join or a kerned pair never does.</summary>
    private const double RunGapEm = 0.12;

    /// <summary>Sampling step along x, in points.</summary>
    private const double Step = 0.25;

    /// <summary>Share of rows allowed to cross a gutter (a long label overflowing into the next column).</summary>
    private const double OverflowShare = 0.04;

    /// <summary>Rows needed before any overflow is tolerated.</summary>
    private const int RowsBeforeOverflow = 8;

    public static IReadOnlyList<double> Boundaries(IReadOnlyList<IReadOnlyList<Glyph>> rows, double left, double right)
    {
        int samples = (int)Math.Ceiling((right - left) / Step) + 1;
        var occupied = new int[samples];
        var anyText = new bool[samples];
        var runs = rows.Select(row => Runs(row).ToList()).ToList();
        var sizes = rows.SelectMany(r => r).Select(g => g.FontSize).Order().ToList();
        double em = sizes.Count == 0 ? 10 : sizes[sizes.Count / 2];
        foreach (var row in runs)
            foreach (var (start, end) in row)
                for (int i = Index(start, left); i <= Index(end, left) && i < samples; i++)
                {
                    if (i < 0) continue;
                    occupied[i]++;
                    anyText[i] = true;
                }

        int allowed = rows.Count >= RowsBeforeOverflow ? (int)Math.Floor(OverflowShare * rows.Count) : 0;
        int first = Array.IndexOf(anyText, true), last = Array.LastIndexOf(anyText, true);
        var boundaries = new List<double>();
        List<List<GlyphRun>>? distinctGlyphRuns = null;
        int k = first;
        while (k >= 0 && k <= last)
        {
            if (occupied[k] > allowed) { k++; continue; }
            int end = k;
            while (end + 1 <= last && occupied[end + 1] <= allowed) end++;
            // Within the gutter, the stretch crossed by the fewest rows; its middle is the boundary.
            int least = Enumerable.Range(k, end - k + 1).Min(i => occupied[i]);
            int from = Enumerable.Range(k, end - k + 1).First(i => occupied[i] == least);
            int to = from;
            while (to + 1 <= end && occupied[to + 1] == least) to++;
            double gutterLeft = left + k * Step, gutterRight = left + end * Step;
            if (gutterRight - gutterLeft >= WideGutterEm * em || AlignedEdges(runs, gutterLeft, gutterRight) >= MinAlignedRows
                || FiguresAlignedAfter(distinctGlyphRuns ??= DistinctRows(rows), gutterRight))
                boundaries.Add(left + (from + to) / 2.0 * Step);
            k = end + 1;
        }
        boundaries.AddRange(GuttersUnderOneLabel(rows, occupied, allowed, first, last, left, em, boundaries));
        boundaries.Sort();
        return boundaries;
    }

    /// <summary>
    /// Gutters closed on one row only, by a label without a digit set across them: a total's label centred over the last
    /// column of one group and the first of the next ("公用经费合计" over 决算数 | 科目编码 of a table printing its groups
    /// side by side, too few rows to tolerate any crossing). Without the label the gutter must be wide, with a column of
    /// figures ending on its left edge and rows starting on its right edge: a long name running on into the next column
    /// has names, not figures, ending before it.
    /// </summary>
    private static List<double> GuttersUnderOneLabel(IReadOnlyList<IReadOnlyList<Glyph>> rows, int[] occupied, int allowed,
        int first, int last, double left, double em, IReadOnlyList<double> found)
    {
        var added = new List<double>();
        // No gutter one row more than allowed crosses: nothing to reopen.
        if (first < 0 || !occupied.Contains(allowed + 1)) return added;
        var glyphRuns = rows.Select(row => GlyphRuns(row).ToList()).ToList();
        for (int row = 0; row < glyphRuns.Count; row++)
            foreach (var label in glyphRuns[row].Where(run => !run.IsFigure))
            {
                int from = Math.Max(first, Index(label.Start, left)), to = Math.Min(last, Index(label.End, left));
                bool FreeWithout(int j) => occupied[j] - (j >= from && j <= to ? 1 : 0) <= allowed;
                for (int i = from; i <= to; i++)
                {
                    if (occupied[i] != allowed + 1) continue;
                    int a = i, b = i;
                    while (a - 1 >= first && FreeWithout(a - 1)) a--;
                    while (b + 1 <= last && FreeWithout(b + 1)) b++;
                    i = b;
                    double gutterLeft = left + a * Step, gutterRight = left + b * Step;
                    if (a == first || b == last || gutterRight - gutterLeft < WideGutterEm * em
                        || found.Concat(added).Any(x => x >= gutterLeft && x <= gutterRight))
                        continue;
                    var others = glyphRuns.Select((runs, r) => r == row ? runs.Where(run => !ReferenceEquals(run, label)).ToList() : runs).ToList();
                    if (RowsWith(others, run => run.IsFigure && Math.Abs(run.End - gutterLeft) <= EdgeTouch) >= MinAlignedRows
                        && RowsWith(others, run => Math.Abs(run.Start - gutterRight) <= EdgeTouch) >= MinAlignedRows)
                        added.Add((gutterLeft + gutterRight) / 2);
                }
            }
        return added;
    }

    /// <summary>Distinct rows (a row printed twice alike once) holding a run that matches.</summary>
    private static int RowsWith(List<List<GlyphRun>> rows, Func<GlyphRun, bool> matches) => DistinctByExtent(rows).Count(row => row.Any(matches));

    /// <summary>How near a run ends or starts to a gutter's edge, or to another's end, to stand on it (points).</summary>
    private const double EdgeTouch = 1.0;

    /// <summary>Rows of runs, a row printed twice alike (a header repeated on each page) once: its word spaces line up with themselves, not a column.</summary>
    private static IEnumerable<List<GlyphRun>> DistinctByExtent(IEnumerable<List<GlyphRun>> rows) =>
        rows.DistinctBy(row => string.Join(";", row.Select(r => (r.Start, r.End))));

    /// <summary>A gutter at least this wide (em) separates columns by whitespace alone.</summary>
    private const double WideGutterEm = 1.0;

    /// <summary>
    /// A narrow gutter separates columns only when this many rows end or start right at its edges (amounts
    /// right-aligned against left-aligned labels); a word space that happens to face empty rows does not.
    /// </summary>
    private const int MinAlignedRows = 2;

    private static int AlignedEdges(List<List<(double Start, double End)>> runs, double gutterLeft, double gutterRight)
    {
        // A row printed twice alike counts once: its word spaces line up with themselves, not with a column.
        var rows = runs.DistinctBy(row => string.Join(";", row)).ToList();
        int ending = rows.Count(row => row.Any(r => Math.Abs(r.End - gutterLeft) <= EdgeTouch));
        int starting = rows.Count(row => row.Any(r => Math.Abs(r.Start - gutterRight) <= EdgeTouch));
        return Math.Min(ending, starting);
    }

    /// <summary>
    /// A narrow gutter also separates columns when a column of figures right-aligned on one edge follows it: in
    /// every row, the first text right of the gutter is a figure, and this many rows at least end theirs on one
    /// x (narrow columns of counts, whose widest figure each column prints once; a label column ending a few
    /// points before its figures). A word right of the gutter in any row makes it a word space.
    /// </summary>
    private static bool FiguresAlignedAfter(List<List<GlyphRun>> rows, double gutterRight)
    {
        var ends = new List<double>();
        foreach (var row in rows)
        {
            var run = row.FirstOrDefault(r => r.Start >= gutterRight - EdgeTouch);
            if (run is null) continue;
            if (!run.IsFigure) return false;
            ends.Add(run.Glyphs.Max(g => g.EndX));
        }
        int mostOnOneEdge = ends.Select(e => ends.Count(o => Math.Abs(o - e) <= EdgeTouch)).DefaultIfEmpty(0).Max();
        return mostOnOneEdge >= MinRightAlignedRows;
    }

    /// <summary>The rows' runs, a row printed twice alike (a header repeated on each page) once, as in <see cref="AlignedEdges"/>.</summary>
    private static List<List<GlyphRun>> DistinctRows(IReadOnlyList<IReadOnlyList<Glyph>> rows) =>
        DistinctByExtent(rows.Select(row => GlyphRuns(row).ToList())).ToList();

    /// <summary>Rows whose figures end on one edge that make a right-aligned column of figures.</summary>
    private const int MinRightAlignedRows = 3;

    /// <summary>The x extents of a row's runs of glyphs set without a gap.</summary>
    public static IEnumerable<(double Start, double End)> Runs(IReadOnlyList<Glyph> row) =>
        RunSpans(Printed(row)).Select(span => (span.Start, span.End));

    /// <summary>A row's runs of glyphs set without a gap, left to right.</summary>
    public static IEnumerable<GlyphRun> GlyphRuns(IReadOnlyList<Glyph> row)
    {
        var glyphs = Printed(row);
        return RunSpans(glyphs).Select(span => new GlyphRun(glyphs.GetRange(span.From, span.To - span.From), span.Start, span.End));
    }

    private static List<Glyph> Printed(IReadOnlyList<Glyph> row) => row.Where(g => !g.IsWhitespace).OrderBy(g => g.StartX).ToList();

    /// <summary>The runs of glyphs (printed, in x order) as index ranges [From, To) with their x extents.</summary>
    private static IEnumerable<(int From, int To, double Start, double End)> RunSpans(List<Glyph> glyphs)
    {
        if (glyphs.Count == 0) yield break;
        int from = 0;
        double start = glyphs[0].StartX, end = glyphs[0].EndX;
        for (int i = 1; i < glyphs.Count; i++)
        {
            var (previous, glyph) = (glyphs[i - 1], glyphs[i]);
            double gap = glyph.StartX - end;
            // "4, 461. 66": a space after a group separator or decimal point is still inside the number.
            bool insideNumber = previous.First is ',' or '.' or '，' or '．' && CjkText.IsDigit(glyph.First)
                && gap <= NumberSpaceEm * Math.Max(1, glyph.FontSize);
            // A dot leader (". . . . .") runs from a label to its figures: its spaced dots open no gutter.
            bool insideLeader = IsLeaderDot(previous) && IsLeaderDot(glyph) && gap <= LeaderGapEm * Math.Max(1, glyph.FontSize);
            if (gap > RunGapEm * Math.Max(1, glyph.FontSize) && !insideNumber && !insideLeader)
            {
                yield return (from, i, start, end);
                from = i;
                start = glyph.StartX;
            }
            end = Math.Max(end, glyph.EndX);
        }
        yield return (from, glyphs.Count, start, end);
    }

    /// <summary>The widest space inside a printed number ("4, 461. 66"): about a word space.</summary>
    private const double NumberSpaceEm = 0.6;

    /// <summary>The widest gap between two dots of a leader (em).</summary>
    private const double LeaderGapEm = 1.0;

    private static bool IsLeaderDot(Glyph glyph) => glyph.Text.Trim() is "." or "·" or "…" or "．";

    private static int Index(double x, double left) => (int)Math.Round((x - left) / Step);
}
