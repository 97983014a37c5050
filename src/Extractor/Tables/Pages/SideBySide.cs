using Extractor.Layout;
using Extractor.Tables.Stream;
using Extractor.Wording;

namespace Extractor.Tables.Pages;

/// <summary>
/// Two tables printed side by side under one line holding both their titles (政府性基金预算支出表 beside
/// 国有资本经营预算支出表, each with its 单位：万元 and its note): the page is read as three, what stands above that line
/// and either half below it, so each table keeps its own title, caption and columns rather than being read as one.
/// </summary>
internal static class SideBySide
{
    /// <summary>The narrowest empty strip (points) between the halves: a gutter no glyph below the titles crosses.</summary>
    private const double MinGutter = 4;

    /// <summary>The page's parts when it sets two tables side by side (above, left, right); null otherwise.</summary>
    public static IReadOnlyList<PageLayout>? Split(PageLayout page)
    {
        // Only a line ending as a title can hold two (the right one last): the others are not cut into chunks.
        foreach (var line in page.Lines.Where(l => TableTitles.NamesATable(l.Text)).OrderBy(l => l.Box.Top))
        {
            var titles = TextChunk.Split(line).Where(c => IsWholeTitle(CellTextBuilder.Build(c.Glyphs))).ToList();
            if (titles.Count != 2) continue;
            double top = line.Box.Top - 1;
            var below = page.Glyphs.Where(g => g.Box.Top >= top && !g.IsWhitespace).ToList();
            if (Gutter(below, titles[0], titles[1]) is not { } cut) continue;
            return
            [
                Part(page, g => g.Box.Top < top, 0, page.Width, double.NegativeInfinity, top),
                Part(page, g => g.Box.Top >= top && g.Box.CenterX < cut, 0, cut, top, double.PositiveInfinity),
                Part(page, g => g.Box.Top >= top && g.Box.CenterX >= cut, cut, page.Width, top, double.PositiveInfinity),
            ];
        }
        return null;
    }

    /// <summary>
    /// A title naming a table by its words, not a table number set apart before one (表二　部门收入总表: one title).
    /// </summary>
    private static bool IsWholeTitle(string text) =>
        TableTitles.NamesATable(text) && !TableTitles.TableNumber().IsMatch(text.Trim());

    /// <summary>
    /// The middle of the strip between the titles that no glyph under them crosses, nearest the point halfway between
    /// the titles' centres: the gutter between two tables each centred under its title (a gap between two columns of
    /// one table may be wider).
    /// </summary>
    private static double? Gutter(IReadOnlyList<Glyph> below, TextChunk leftTitle, TextChunk rightTitle)
    {
        const double Step = 0.5;
        double from = leftTitle.Box.Right, to = rightTitle.Box.Left, halfway = (leftTitle.Box.CenterX + rightTitle.Box.CenterX) / 2;
        double? best = null;
        double start = double.NaN;
        for (double x = from; x <= to + Step; x += Step)
        {
            bool open = x <= to && !below.Any(g => g.Box.Left < x && x < g.Box.Right);
            if (open && double.IsNaN(start)) start = x;
            if (open || double.IsNaN(start)) continue;
            double end = x - Step, middle = (start + end) / 2;
            if (end - start >= MinGutter && (best is null || Math.Abs(middle - halfway) < Math.Abs(best.Value - halfway))) best = middle;
            start = double.NaN;
        }
        return best;
    }

    /// <summary>The page with only the glyphs kept, their lines, and the rules inside the part's bounds (a rule across both clipped).</summary>
    private static PageLayout Part(PageLayout page, Func<Glyph, bool> keep, double left, double right, double top, double bottom)
    {
        var glyphs = page.Glyphs.Where(keep).ToList();
        var rules = page.Rulings.Select(r => r.Orientation == RulingOrientation.Horizontal
                ? r.Position >= top && r.Position < bottom && r.End > left && r.Start < right ? r with { Start = Math.Max(r.Start, left), End = Math.Min(r.End, right) } : null
                : r.Position >= left && r.Position < right && r.End > top && r.Start < bottom ? r : null)
            .OfType<RulingLine>().ToList();
        return page with { Glyphs = glyphs, Lines = TextLineBuilder.Build(glyphs), Rulings = rules };
    }
}
