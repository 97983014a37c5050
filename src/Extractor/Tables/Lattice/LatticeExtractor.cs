using Extractor.Layout;

namespace Extractor.Tables.Lattice;

/// <summary>
/// Reads a ruled table from its grid: neighbouring grid positions with no rule between them form one
/// merged cell (its span), and every glyph belongs to the cell that contains its centre.
/// </summary>
internal static class LatticeExtractor
{
    public static PageTable Extract(RulingGrid grid, IReadOnlyList<Glyph> pageGlyphs, int page)
    {
        var xs = grid.Xs;
        var ys = grid.Ys;
        int rows = ys.Count - 1, cols = xs.Count - 1;
        var origin = MergedRegions(grid, rows, cols);

        var buckets = new Dictionary<(int, int), List<Glyph>>();
        foreach (var glyph in pageGlyphs)
        {
            if (glyph.IsWhitespace) continue;
            int r = SortedEdges.Slot(ys, glyph.Box.CenterY), c = SortedEdges.Slot(xs, glyph.Box.CenterX);
            if (r < 0 || c < 0) continue;
            var key = origin[r, c];
            if (!buckets.TryGetValue(key, out var bucket)) buckets[key] = bucket = [];
            bucket.Add(glyph);
        }

        var extent = new Dictionary<(int, int), (int R1, int C1)>();
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
            {
                var key = origin[r, c];
                extent[key] = extent.TryGetValue(key, out var e) ? (Math.Max(e.R1, r), Math.Max(e.C1, c)) : (r, c);
            }
        var texts = extent.Keys.ToDictionary(k => k, k =>
            buckets.TryGetValue(k, out var g) && !IsOpen(grid, k, extent[k]) ? CellTextBuilder.Build(g) : "");

        var gridCells = new List<IReadOnlyList<GridCell>>(rows);
        for (int r = 0; r < rows; r++)
        {
            var row = new GridCell[cols];
            for (int c = 0; c < cols; c++)
            {
                var (r0, c0) = origin[r, c];
                var (r1, c1) = extent[(r0, c0)];
                row[c] = new GridCell(texts[(r0, c0)], new Box(xs[c0], ys[r0], xs[c1 + 1], ys[r1 + 1]), r0, c0);
            }
            gridCells.Add(row);
        }
        var trimmed = TableShape.DropEmptyRows(gridCells);
        return new PageTable(page, grid.Box, ExtractionMethod.Lattice, trimmed, TableShape.HeaderRowCount(trimmed), null, xs)
        {
            // A row's own edge is where its cells meet it: merged cells from other rows reach further.
            OpenHead = trimmed.Count > 0 && !grid.HasHorizontal(trimmed[0].Max(c => c.Box.Top), grid.Box.Left, grid.Box.Right),
            OpenFoot = trimmed.Count > 0 && !grid.HasHorizontal(trimmed[^1].Min(c => c.Box.Bottom), grid.Box.Left, grid.Box.Right),
        };
    }

    /// <summary>Whether a cell at the grid's edge lacks the rule on that edge, where every side must be drawn.</summary>
    private static bool IsOpen(RulingGrid grid, (int R, int C) start, (int R1, int C1) end)
    {
        if (!grid.DrawnSidesOnly) return false;
        var (xs, ys) = (grid.Xs, grid.Ys);
        double left = xs[start.C], right = xs[end.C1 + 1], top = ys[start.R], bottom = ys[end.R1 + 1];
        return (start.C == 0 && !grid.HasVertical(left, top, bottom))
            || (end.C1 == xs.Count - 2 && !grid.HasVertical(right, top, bottom))
            || (start.R == 0 && !grid.HasHorizontal(top, left, right))
            || (end.R1 == ys.Count - 2 && !grid.HasHorizontal(bottom, left, right));
    }

    /// <summary>For each grid position, the top-left position of the merged cell it belongs to.</summary>
    private static (int, int)[,] MergedRegions(RulingGrid grid, int rows, int cols)
    {
        var xs = grid.Xs;
        var ys = grid.Ys;
        var origin = new (int, int)[rows, cols];
        var seen = new bool[rows, cols];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
            {
                if (seen[r, c]) continue;
                // Grow right while no vertical rule separates, then down while no horizontal rule separates
                // the whole width: merged cells in printed tables are rectangles.
                int c1 = c;
                while (c1 + 1 < cols && !seen[r, c1 + 1] && !grid.HasVertical(xs[c1 + 1], ys[r], ys[r + 1])) c1++;
                int r1 = r;
                while (r1 + 1 < rows && Enumerable.Range(c, c1 - c + 1).All(k =>
                           !seen[r1 + 1, k] && !grid.HasHorizontal(ys[r1 + 1], xs[k], xs[k + 1])))
                    r1++;
                for (int rr = r; rr <= r1; rr++)
                    for (int cc = c; cc <= c1; cc++)
                    {
                        seen[rr, cc] = true;
                        origin[rr, cc] = (r, c);
                    }
            }
        return origin;
    }
}
