using Extractor.Layout;

namespace Extractor.Tables;

/// <summary>
/// A table of contents (目录) lists the tables by name, in columns of entries and page numbers: read as a
/// table, each entry would pass for the title of the next. Such a page holds no table.
/// </summary>
public static class ContentsPage
{
    /// <summary>The 目录 heading sits in the top third of the page.</summary>
    private const double HeadingZone = 1.0 / 3;

    public static bool Is(PageLayout page) =>
        page.Lines.Any(l => l.Box.Bottom <= page.Height * HeadingZone && l.Text.Length <= 8 && l.Text.Trim() is ['目', .. var rest, '录'] && rest.All(char.IsWhiteSpace));
}
