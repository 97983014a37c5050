using Extractor.Layout;
using Extractor.Wording;

namespace Extractor.Tables.Pages;

/// <summary>
/// A table of contents (<see cref="Captions.ContentsHeading"/>) lists the tables by name, in columns of entries
/// and page numbers: read as a table, each entry would pass for the title of the next. Such a page holds no table.
/// </summary>
internal static class ContentsPage
{
    /// <summary>The 目录 heading sits in the top third of the page.</summary>
    private const double HeadingZone = 1.0 / 3;

    public static bool Is(PageLayout page) =>
        page.Lines.Any(l => l.Box.Bottom <= page.Height * HeadingZone && l.Text.Length <= 8 && Captions.ContentsHeading().IsMatch(l.Text.Trim()));
}
