using Extractor.Layout;

namespace Extractor.Tables;

/// <summary>
/// Reads a page's tables as a <see cref="TableRequest"/> asks: in each area (or the whole page), the
/// ruled tables (lattice), or all of the area's text as one table (stream), or whichever fits (auto:
/// lattice where the area holds a ruling grid).
/// </summary>
public static class RequestedTableExtractor
{
    public static IReadOnlyList<PageTable> Extract(PageLayout page, TableRequest request)
    {
        if (request.FindsTablesItself) return PageTableFinder.Find(page);
        var areas = request.Areas.Count > 0 ? request.Areas : [new Box(0, 0, page.Width, page.Height)];
        var tables = new List<PageTable>();
        foreach (var area in areas)
        {
            var glyphs = page.Glyphs.Where(g => Inside(g, area)).ToList();
            if (request.Method != TableMethod.Stream)
            {
                var lattice = Lattice(page, area, glyphs, request);
                if (lattice.Count > 0 || request.Method == TableMethod.Lattice)
                {
                    tables.AddRange(lattice);
                    continue;
                }
            }
            tables.Add(StreamExtractor.ExtractRows(TextLineBuilder.Build(glyphs), area, request.Columns, page.Number));
        }
        return tables;
    }

    private static List<PageTable> Lattice(PageLayout page, Box area, IReadOnlyList<Glyph> glyphs, TableRequest request)
    {
        var rules = page.Rulings.Concat(request.Rulings)
            .Concat(request.Columns.Select(x => new RulingLine(RulingOrientation.Vertical, x, area.Top, area.Bottom, 0.5)))
            .Select(r => Clip(r, area)).OfType<RulingLine>();
        return RulingGrid.Find(RulingMerger.Merge(rules))
            .Select(grid => LatticeExtractor.Extract(grid, glyphs, page.Number))
            .Where(t => t.Grid.Count > 0)
            .OrderBy(t => t.Box.Top).ThenBy(t => t.Box.Left)
            .ToList();
    }

    /// <summary>
    /// A glyph is in an area when its whole advance lies within the area's sides (a word cut by the side is
    /// cut, as tabula cuts it) and its middle within its top and bottom (capitals may rise a little above).
    /// </summary>
    private static bool Inside(Glyph glyph, Box area)
    {
        const double Tolerance = 0.5;
        return glyph.StartX >= area.Left - Tolerance && glyph.EndX <= area.Right + Tolerance
            && glyph.Box.CenterY >= area.Top && glyph.Box.CenterY <= area.Bottom;
    }

    /// <summary>The part of a rule inside the area, or null when it lies outside.</summary>
    private static RulingLine? Clip(RulingLine rule, Box area)
    {
        const double Slack = 1.5;
        bool horizontal = rule.Orientation == RulingOrientation.Horizontal;
        double position = rule.Position;
        double lo = horizontal ? area.Left : area.Top, hi = horizontal ? area.Right : area.Bottom;
        double across0 = horizontal ? area.Top : area.Left, across1 = horizontal ? area.Bottom : area.Right;
        if (position < across0 - Slack || position > across1 + Slack) return null;
        double start = Math.Max(rule.Start, lo), end = Math.Min(rule.End, hi);
        return end - start < 1 ? null : rule with { Start = start, End = end };
    }
}
