using Extractor.Layout;

namespace Extractor.Tables;

/// <summary>
/// Finds every table on a page without being told where: ruled grids first (lattice), then the columned
/// text left outside them (stream), each with the title printed above it.
/// </summary>
public static class PageTableFinder
{
    /// <summary>A rule shorter than this share of the page width is a cell border or underline, not a table rule.</summary>
    private const double TableRuleShare = 0.3;

    public static IReadOnlyList<PageTable> Find(PageLayout page)
    {
        var rules = RulingMerger.Merge(page.Rulings);
        var grids = RulingGrid.Find(rules).Where(g => g.Xs.Count >= 3 && g.Ys.Count >= 3).ToList();

        var tables = new List<PageTable>();
        foreach (var grid in grids)
        {
            var table = LatticeExtractor.Extract(grid, page.Glyphs, page.Number);
            if (table.Grid.Count > 0) tables.Add(table);
        }

        var outside = page.Glyphs.Where(g => !grids.Any(grid => grid.Box.Contains(g.Box.CenterX, g.Box.CenterY))).ToList();
        var lines = TextLineBuilder.Build(outside);
        var horizontal = rules.Where(r => r.Orientation == RulingOrientation.Horizontal && r.Length >= TableRuleShare * page.Width).ToList();
        foreach (var zone in StreamZoneFinder.Find(lines))
        {
            var table = StreamExtractor.Extract(zone, horizontal, page.Number);
            if (table.ColumnCount >= 2) tables.Add(table);
        }

        return tables.OrderBy(t => t.Box.Top).Select(t => t with { Title = TitleFinder.Find(t, page.Lines) }).ToList();
    }
}
