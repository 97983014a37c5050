using Extractor.Layout;
using Extractor.Tables.Lattice;
using Extractor.Tables.Stream;
using Extractor.Wording;

namespace Extractor.Tables.Pages;

/// <summary>
/// Finds every table on a page without being told where: ruled grids first (lattice), then the columned
/// text left outside them (stream), each with the title printed above it. A table of contents holds none.
/// </summary>
internal static class PageTableFinder
{
    /// <summary>A rule shorter than this share of the page width is a cell border or underline, not a table rule.</summary>
    private const double TableRuleShare = 0.3;

    /// <summary>The tables of the page (<see cref="Search"/>, without what it saw on the way).</summary>
    public static IReadOnlyList<PageTable> Find(PageLayout page, PageTable? previous = null, CarriedTitle? carried = null) =>
        Search(page, previous, carried).Tables;

    /// <summary>
    /// The tables of the page, with what the search saw on the way: the rules it drew where ruled tables leave
    /// their rows or columns unruled.
    /// </summary>
    /// <param name="page">The page.</param>
    /// <param name="previous">The last table of the previous page, which a table opening this page may continue.</param>
    /// <param name="carried">A title the previous page printed at its foot, for a table opening this page.</param>
    public static PageTableSearch Search(PageLayout page, PageTable? previous = null, CarriedTitle? carried = null)
    {
        if (ContentsPage.Is(page)) return new PageTableSearch(page, []);
        if (SideBySide.Split(page) is { } parts)
        {
            // The part above the two titles may continue the previous page's table; the halves under them start their own.
            var searches = parts.Select((part, i) => Search(part, i == 0 ? previous : null, i == 0 ? carried : null)).ToList();
            return new PageTableSearch(page, [.. searches.SelectMany(s => s.Tables)]) { AddedRules = [.. searches.SelectMany(s => s.AddedRules)] };
        }
        var rules = RulingMerger.Merge(page.Rulings);
        // Two columns at least; one row is enough (a total row carried over onto a page of its own).
        var ruled = RulingGrid.Find(rules).Where(g => g.Xs.Count >= 3 && g.Ys.Count >= 2).ToList();
        var completed = ruled.Select(grid => Completed(grid, page.Glyphs, UnruledBody.Rules(grid, ruled, rules, page.Glyphs))).ToList();
        var grids = completed.Select(c => c.Grid).ToList();

        var tables = new List<PageTable>();
        foreach (var grid in grids)
        {
            var table = LatticeExtractor.Extract(grid, page.Glyphs, page.Number);
            if (table.Grid.Count > 0) tables.Add(table);
        }

        var outside = page.Glyphs.Where(g => !grids.Any(grid => grid.Box.Contains(g.Box.CenterX, g.Box.CenterY))).ToList();
        var lines = TextLineBuilder.Build(outside).Select(DotLeaders.Strip).ToList();
        var horizontal = rules.Where(r => r.Orientation == RulingOrientation.Horizontal && r.Length >= TableRuleShare * page.Width).ToList();
        var zones = new Dictionary<PageTable, IReadOnlyList<ChunkedLine>>();
        foreach (var zone in StreamZoneFinder.Find(lines, horizontal))
        {
            var table = StreamExtractor.Extract(zone, horizontal, page.Number);
            if (table.ColumnCount < 2 || ChartArea.Holds(table.Box, page.Fills)) continue;
            tables.Add(table);
            zones[table] = zone;
        }

        var found = tables.OrderBy(t => t.Box.Top)
            .Select(t => t with { Title = TitleFinder.Find(t, page.Lines), Unit = TitleFinder.CaptionUnit(t, page.Lines), CaptionEntity = TitleFinder.CaptionEntity(t, page.Lines) })
            .Select(t => t with
            {
                OpensPage = TitleFinder.OpensPage(t, page.Lines), EndsPage = TitleFinder.EndsPage(t, page.Lines),
                MarkedContinued = TitleFinder.MarkedContinued(t, page.Lines),
            }).ToList();
        if (carried is not null && found.Count > 0 && found[0] is { Title: null, OpensPage: true })
            found[0] = found[0] with { Title = carried.Title, Unit = found[0].Unit ?? carried.Unit };
        // A stream table opening the page untitled, or under its title marked continued (…表（续表）) or its number alone, under the previous
        // page's last stream table that ran to its page's foot, continues it: read it with that table's columns.
        if (found.Count > 0 && previous is { Method: ExtractionMethod.Stream, EndsPage: true } && found[0] is { Method: ExtractionMethod.Stream, OpensPage: true } first
            && (first.Title is null || (first.MarkedContinued || TableTitles.TableNumber().IsMatch(first.Title)) && previous.Title is { } previousTitle
                && TitleFinder.SameTitle(first.Title, previousTitle))
            && zones.TryGetValue(tables.First(t => t.Box == first.Box), out var continued) && Aligned(previous.Box, first.Box)
            && FitsColumns(continued, previous.ColumnEdges, wordsMayCross: first.Title is not null))
            found[0] = StreamExtractor.Extract(continued, horizontal, page.Number, previous.ColumnEdges) with
            {
                Title = first.Title,
                Unit = found[0].Unit, CaptionEntity = found[0].CaptionEntity, OpensPage = true, EndsPage = first.EndsPage,
                MarkedContinued = first.MarkedContinued,
            };
        return new PageTableSearch(page, found) { AddedRules = [.. completed.SelectMany(c => c.Added)] };
    }

    /// <summary>
    /// The grid carried down over the body its header's rules leave unruled (<paramref name="bodyRules"/>, <see cref="UnruledBody"/>),
    /// with rules drawn where its columns or rows go unruled (<see cref="UnruledColumns"/>, <see cref="UnruledRows"/>), and the rules drawn.
    /// </summary>
    private static (RulingGrid Grid, IReadOnlyList<RulingLine> Added) Completed(RulingGrid grid, IReadOnlyList<Glyph> glyphs, IReadOnlyList<RulingLine> bodyRules)
    {
        var carried = With(grid, bodyRules);
        // Columns first: a ruled group of three columns shows its rows of figures only once it is split.
        var columnRules = UnruledColumns.Rules(carried, glyphs);
        var columns = With(carried, columnRules);
        var rowRules = UnruledRows.Rules(columns, glyphs);
        return (With(columns, rowRules), [.. bodyRules, .. columnRules, .. rowRules]);
    }

    private static RulingGrid With(RulingGrid grid, IReadOnlyList<RulingLine> added) =>
        added.Count == 0 ? grid : RulingGrid.Find([.. grid.Horizontals, .. grid.Verticals, .. added]).Single();

    /// <summary>
    /// Whether a page's lines can be read with another page's column edges: no edge cuts through a printed
    /// figure, nor through a word of a row of figures (a continued table laid out afresh on its page, its columns
    /// moved, would have them split; its page is then read on its own columns, and laid onto the first page's
    /// when stitched). A heading may span its columns' edges, and a word OCR read has a box only as exact as
    /// its recogniser's (a scan's columns do not move between pages). Under a title saying the table goes on, a word
    /// may cross an edge (a total's label set over two narrow columns); figures still may not.
    /// </summary>
    private static bool FitsColumns(IReadOnlyList<ChunkedLine> zone, IReadOnlyList<double> edges, bool wordsMayCross)
    {
        var inner = edges.Skip(1).SkipLast(1).ToList();
        foreach (var line in zone)
        {
            var runs = ColumnGutters.GlyphRuns(line.Line.Glyphs).ToList();
            bool cut = runs.Where(run => run.IsFigure || line.HasAmount && run.IsPrinted && !wordsMayCross)
                .Any(run => inner.Any(e => run.Start < e - 0.5 && run.End > e + 0.5));
            if (cut || line.HasAmount && JoinsAnAmount(runs, edges)) return false;
        }
        return true;
    }

    /// <summary>
    /// Whether the edges put a printed amount into one cell with a word or another amount ("行政单位医疗 48.02"), or a code
    /// set apart before a name ("01 行政单位医疗", a 项 of split code columns): the columns moved on this page, though no edge
    /// cuts a run. A scan's runs are left alone, as in <see cref="FitsColumns"/>.
    /// </summary>
    private static bool JoinsAnAmount(IEnumerable<GlyphRun> runs, IReadOnlyList<double> edges) =>
        runs.Where(run => run.IsPrinted)
            .GroupBy(run => SortedEdges.Slot(edges, (run.Start + run.End) / 2))
            .Any(cell => cell.Count() >= 2 && (cell.Any(run => TableShape.IsAmount(CellTextBuilder.Build(run.Glyphs)))
                || cell.First().IsFigure && cell.Skip(1).Any(run => !run.IsFigure)));

    /// <summary>Two tables share their horizontal extent (most of the narrower one's width).</summary>
    private static bool Aligned(Box a, Box b) =>
        Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left) >= 0.8 * Math.Min(a.Width, b.Width);
}
