using Extractor.Layout;
using Extractor.Tables.Lattice;
using Extractor.Tables.Stream;

namespace Extractor.Tables.Pages;

/// <summary>
/// Reads a page's tables as a <see cref="TableRequest"/> asks: in each area (or the whole page), the
/// ruled tables (lattice), or all of the area's text as one table (stream), or whichever fits (auto:
/// lattice where ruling grids hold the area's text, stream where they hold only part of it, such as a
/// table whose header alone is boxed).
/// </summary>
public static class RequestedTableExtractor
{
    public static IReadOnlyList<PageTable> Extract(PageLayout page, TableRequest request) => Search(page, request).Tables;

    /// <summary>
    /// The tables the request reads on the page, with what the search saw on the way: the rules it read that
    /// the page does not draw (inferred, or implied by the request) and the request's areas.
    /// </summary>
    public static PageTableSearch Search(PageLayout page, TableRequest request)
    {
        if (request.FindsTablesItself) return PageTableFinder.Search(page);
        var areas = request.Areas.Count > 0 ? request.Areas : [new Box(0, 0, page.Width, page.Height)];
        var tables = new List<PageTable>();
        var added = new List<RulingLine>();
        foreach (var area in areas)
        {
            var glyphs = page.Glyphs.Where(g => Inside(g, area)).ToList();
            if (request.Method != TableMethod.Stream)
            {
                var (lattice, rules) = Lattice(page, area, glyphs, request);
                // Auto may read the area as stream after all: the rules were still read, and are shown.
                added.AddRange(rules);
                if (request.Method == TableMethod.Lattice || HoldsTheText(lattice, glyphs))
                {
                    tables.AddRange(lattice);
                    continue;
                }
            }
            tables.Add(StreamExtractor.ExtractRows(TextLineBuilder.Build(glyphs), area, request.Columns, page.Number));
        }
        return new PageTableSearch(page, tables) { AddedRules = added, Areas = request.Areas };
    }

    /// <summary>Share of an area's letters the ruled tables must hold for auto to read it as lattice.</summary>
    private const double LatticeTextShare = 0.5;

    private static bool HoldsTheText(IReadOnlyList<PageTable> lattice, IReadOnlyList<Glyph> glyphs)
    {
        if (lattice.Count == 0) return false;
        var letters = glyphs.Where(g => !g.IsWhitespace).ToList();
        int held = letters.Count(g => lattice.Any(t => t.Box.Contains(g.Box.CenterX, g.Box.CenterY)));
        return held >= LatticeTextShare * letters.Count;
    }

    /// <summary>
    /// The ruled tables of an area, a cell only where rules enclose it: a column left open by the drawing
    /// is not read as a cell, while rules that run on past the side of an area the user drew end at it, as
    /// if the side were drawn (the user's area then closes the table). With them, the rules read that the page
    /// does not draw: the user's rulings or column separators, and the area's sides that rules run up to.
    /// </summary>
    private static (List<PageTable> Tables, List<RulingLine> Added) Lattice(PageLayout page, Box area, IReadOnlyList<Glyph> glyphs, TableRequest request)
    {
        var separators = request.Columns.Select(x => new RulingLine(RulingOrientation.Vertical, x, area.Top - ColumnOverrun, area.Bottom + ColumnOverrun, 0.5));
        // The user's rulings replace the page's; they and the column separators are read, not drawn.
        var rules = (request.Rulings.Count > 0 ? [] : page.Rulings.Select(r => (Rule: r, Drawn: true)))
            .Concat(request.Rulings.Concat(separators).Select(r => (Rule: r, Drawn: false)))
            .Select(r => (Whole: r.Rule, Inside: Clip(r.Rule, area), r.Drawn)).Where(r => r.Inside is not null).ToList();
        // Without an area of the user's, the page's edges close nothing.
        var crossedSides = request.Areas.Count == 0 ? [] : Sides(area).Where(side => rules.Any(r => Crosses(r.Whole, side))).ToList();
        var tables = RulingGrid.Find(RulingMerger.Merge(rules.Select(r => r.Inside!).Concat(crossedSides)), drawnSidesOnly: true)
            .Select(grid => LatticeExtractor.Extract(grid, glyphs, page.Number))
            .Where(t => t.Grid.Count > 0)
            .OrderBy(t => t.Box.Top).ThenBy(t => t.Box.Left)
            .ToList();
        return (tables, [.. rules.Where(r => !r.Drawn).Select(r => r.Inside!), .. crossedSides]);
    }

    /// <summary>A user's column separator is a rule over the whole page, so it runs past the area's sides.</summary>
    private const double ColumnOverrun = 2.0;

    private static IEnumerable<RulingLine> Sides(Box area) =>
    [
        new(RulingOrientation.Horizontal, area.Top, area.Left, area.Right, 0),
        new(RulingOrientation.Horizontal, area.Bottom, area.Left, area.Right, 0),
        new(RulingOrientation.Vertical, area.Left, area.Top, area.Bottom, 0),
        new(RulingOrientation.Vertical, area.Right, area.Top, area.Bottom, 0),
    ];

    /// <summary>Whether a rule reaches one side of the area (to within a rule's reach, as a cut rule does).</summary>
    private static bool Crosses(RulingLine rule, RulingLine side)
    {
        const double Reach = 2.0;
        return rule.Orientation != side.Orientation && rule.Start - Reach <= side.Position && rule.End + Reach >= side.Position
            && side.Start <= rule.Position && rule.Position <= side.End;
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
