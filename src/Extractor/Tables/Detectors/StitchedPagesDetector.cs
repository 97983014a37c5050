using Extractor.Layout;
using Extractor.Tables.Pages;
using Extractor.Tables.Stitching;

namespace Extractor.Tables.Detectors;

/// <summary>
/// The pipeline's detector (<c>default</c>): finds the tables of every page, each page read with the last
/// table of the page before it (a stream table opening the page untitled continues its columns) and a title
/// left at that page's foot, then stitches tables continued over pages into one.
/// </summary>
internal sealed class StitchedPagesDetector : ITableDetector
{
    public string Name => "default";

    public IReadOnlyList<StitchedTable> Detect(DocumentLayout layout)
    {
        var pageTables = new List<PageTable>();
        PageTable? previous = null;
        CarriedTitle? carried = null;
        foreach (var page in layout.Pages)
        {
            bool follows = previous?.Page == page.Number - 1;
            var found = PageTableFinder.Find(page, follows ? previous : null, carried);
            pageTables.AddRange(found);
            previous = found.Count > 0 ? found[^1] : null;
            carried = TitleFinder.Trailing(found, page.Lines);
        }
        return PageTableStitcher.Stitch(pageTables);
    }
}
