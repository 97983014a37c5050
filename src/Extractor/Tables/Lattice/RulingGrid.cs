using Extractor.Layout;

namespace Extractor.Tables.Lattice;

/// <summary>
/// A set of horizontal and vertical rules that cross each other: the frame of one ruled table. Its
/// boundaries are the distinct rule positions, completed by the rules' own extents so that a table whose
/// outer border is not drawn still gets its outer rows and columns.
/// </summary>
internal sealed class RulingGrid
{
    /// <summary>Rules that meet within this distance are connected (a rule may stop just short of another).</summary>
    private const double Reach = 3.0;

    /// <summary>Rows or columns narrower than this are artefacts of double rules, not cells.</summary>
    private const double MinCellSize = 3.0;

    public IReadOnlyList<RulingLine> Horizontals { get; }
    public IReadOnlyList<RulingLine> Verticals { get; }
    public IReadOnlyList<double> Xs { get; }
    public IReadOnlyList<double> Ys { get; }

    /// <summary>Whether a cell needs a rule on every side: one open at the grid's edge is no cell.</summary>
    public bool DrawnSidesOnly { get; }
    public Box Box => new(Xs[0], Ys[0], Xs[^1], Ys[^1]);

    private RulingGrid(List<RulingLine> horizontals, List<RulingLine> verticals, bool drawnSidesOnly)
    {
        Horizontals = horizontals;
        Verticals = verticals;
        DrawnSidesOnly = drawnSidesOnly;
        var xs = verticals.Select(v => v.Position);
        var ys = horizontals.Select(h => h.Position);
        Xs = Boundaries(drawnSidesOnly ? xs : xs.Append(horizontals.Min(h => h.Start)).Append(horizontals.Max(h => h.End)));
        Ys = Boundaries(drawnSidesOnly ? ys : ys.Append(verticals.Min(v => v.Start)).Append(verticals.Max(v => v.End)));
    }

    /// <summary>
    /// The grids formed by the page's merged rules: groups with at least two rules each way. With
    /// <paramref name="drawnSidesOnly"/>, a cell needs a rule on every side; otherwise the rules' own extents
    /// close a table whose outer border is not drawn.
    /// </summary>
    public static IReadOnlyList<RulingGrid> Find(IReadOnlyList<RulingLine> rules, bool drawnSidesOnly = false)
    {
        var parent = Enumerable.Range(0, rules.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (int a = 0; a < rules.Count; a++)
            for (int b = a + 1; b < rules.Count; b++)
                if (rules[a].Orientation != rules[b].Orientation && Cross(rules[a], rules[b]))
                    parent[Root(a)] = Root(b);

        return Enumerable.Range(0, rules.Count).GroupBy(Root)
            .Select(group => group.Select(i => rules[i]).ToList())
            .Select(group => (
                h: group.Where(r => r.Orientation == RulingOrientation.Horizontal).ToList(),
                v: group.Where(r => r.Orientation == RulingOrientation.Vertical).ToList()))
            .Where(g => g.h.Count >= 2 && g.v.Count >= 2)
            .Select(g => new RulingGrid(g.h, g.v, drawnSidesOnly))
            .Where(grid => grid.Xs.Count >= 2 && grid.Ys.Count >= 2)
            .OrderBy(grid => grid.Box.Top)
            .ToList();
    }

    /// <summary>The printed glyphs inside the grid, dealt to its columns (or to its rows) by their centres.</summary>
    public List<Glyph>[] Deal(IReadOnlyList<Glyph> glyphs, bool byColumn)
    {
        var edges = byColumn ? Xs : Ys;
        var slots = new List<Glyph>[edges.Count - 1];
        for (int i = 0; i < slots.Length; i++) slots[i] = [];
        var box = Box;
        foreach (var glyph in glyphs)
            if (!glyph.IsWhitespace && box.Contains(glyph.Box.CenterX, glyph.Box.CenterY)
                && SortedEdges.Slot(edges, byColumn ? glyph.Box.CenterX : glyph.Box.CenterY) is var slot and >= 0)
                slots[slot].Add(glyph);
        return slots;
    }

    /// <summary>Whether a vertical rule separates the cells left and right of <paramref name="x"/> between two ys.</summary>
    public bool HasVertical(double x, double top, double bottom) =>
        Verticals.Any(v => Math.Abs(v.Position - x) <= RulingMerger.SnapTolerance + 1 && Covers(v, top, bottom));

    /// <summary>Whether a horizontal rule separates the cells above and below <paramref name="y"/> between two xs.</summary>
    public bool HasHorizontal(double y, double left, double right) =>
        Horizontals.Any(h => Math.Abs(h.Position - y) <= RulingMerger.SnapTolerance + 1 && Covers(h, left, right));

    /// <summary>A rule separates two cells when it runs along most of their shared edge.</summary>
    private static bool Covers(RulingLine rule, double from, double to)
    {
        double overlap = Math.Min(rule.End, to) - Math.Max(rule.Start, from);
        return overlap >= 0.5 * (to - from);
    }

    private static bool Cross(RulingLine a, RulingLine b)
    {
        var (h, v) = a.Orientation == RulingOrientation.Horizontal ? (a, b) : (b, a);
        return v.Position >= h.Start - Reach && v.Position <= h.End + Reach
            && h.Position >= v.Start - Reach && h.Position <= v.End + Reach;
    }

    private static List<double> Boundaries(IEnumerable<double> positions)
    {
        var sorted = positions.Order().ToList();
        var result = new List<double>();
        foreach (var p in sorted)
            if (result.Count == 0 || p - result[^1] >= MinCellSize) result.Add(p);
        return result;
    }
}
