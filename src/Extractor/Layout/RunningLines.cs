using Extractor.Wording;

namespace Extractor.Layout;

/// <summary>
/// A line a publication repeats in the top or bottom margin of its pages (a running header naming the department and
/// the year, "北京市丰台区园林绿化局2023年度部门决算"; a footer naming the publication) belongs to no paragraph and no table.
/// Left in, it cuts a sentence running over a page break in two and is read as the title of a table continued on the
/// next page, which is then checked apart from its first page. It is removed from the pages that print it, glyphs and
/// line alike. Page numbers are no concern here: they differ from page to page (the table reader knows their forms).
/// </summary>
internal static class RunningLines
{
    /// <summary>The share of the page's height, at its top and at its bottom, where running lines are printed.</summary>
    private const double MarginShare = 0.08;

    /// <summary>A line printed on fewer pages than this repeats nothing (a title and a 续表 page's heading may repeat twice).</summary>
    private const int MinPages = 3;

    /// <summary>
    /// The most separate runs of text a running line has: a header is one run, or two (the department at the left and
    /// the publication at the right); a table's header row repeated on each page of a long table has more cells.
    /// </summary>
    private const int MaxRuns = 2;

    /// <summary>A gap wider than this many font sizes between two letters separates runs.</summary>
    private const double RunGapInFontSizes = 2;

    public static IReadOnlyList<PageLayout> Removed(IReadOnlyList<PageLayout> pages)
    {
        var candidates = pages.Select(p => p.Lines.Where(l => InMargin(p, l) && IsRunningLine(l)).ToList()).ToList();
        int textPages = pages.Count(p => p.Lines.Count > 0);
        int needed = Math.Max(MinPages, (textPages + 1) / 2);
        var repeated = candidates.SelectMany(lines => lines.Select(Key).Distinct())
            .GroupBy(key => key).Where(g => g.Count() >= needed).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        if (repeated.Count == 0) return pages;
        return [.. pages.Select((page, i) =>
        {
            var running = candidates[i].Where(l => repeated.Contains(Key(l))).ToList();
            if (running.Count == 0) return page;
            var glyphs = running.SelectMany(l => l.Glyphs).ToHashSet(ReferenceEqualityComparer.Instance);
            return page with
            {
                Lines = [.. page.Lines.Where(l => !running.Contains(l))],
                Glyphs = [.. page.Glyphs.Where(g => !glyphs.Contains(g))],
            };
        })];
    }

    /// <summary>The line's text without its spaces: the same header set with other spacing is the same line.</summary>
    private static string Key(TextLine line) => string.Concat(line.Text.Where(c => !char.IsWhiteSpace(c)));

    private static bool InMargin(PageLayout page, TextLine line) =>
        line.Box.Bottom <= page.Height * MarginShare || line.Box.Top >= page.Height * (1 - MarginShare);

    /// <summary>
    /// Words (a Chinese letter at least) in one or two runs; not a table's caption stating its money unit ("部门：苏州市相城区司法局
    /// 单位：万元" under each title, high on a portrait page: round FA's Suzhou), which the table reader needs on every page it is printed.
    /// </summary>
    private static bool IsRunningLine(TextLine line)
    {
        if (!CjkText.HasIdeograph(line.Text) || Captions.Unit().IsMatch(line.Text)) return false;
        var letters = line.Glyphs.Where(g => !g.IsWhitespace).OrderBy(g => g.Box.Left).ToList();
        int runs = 1;
        for (int i = 1; i < letters.Count; i++)
            if (letters[i].Box.Left - letters[i - 1].Box.Right > RunGapInFontSizes * Math.Max(letters[i].FontSize, 1)) runs++;
        return runs <= MaxRuns;
    }
}
