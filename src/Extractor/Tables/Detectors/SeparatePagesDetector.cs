using Extractor.Layout;
using Extractor.Tables.Pages;

namespace Extractor.Tables.Detectors;

/// <summary>
/// The detector with every page read alone (<c>pages</c>): the same page finding as the pipeline's, without
/// the previous page's table or title and without stitching, as <c>extractor tables</c> reads pages. Scored
/// beside <c>default</c>, it shows what reading across page breaks gains or loses (joins of different tables,
/// a table continued over pages read as several).
/// </summary>
internal sealed class SeparatePagesDetector : ITableDetector
{
    public string Name => "pages";

    public IReadOnlyList<StitchedTable> Detect(DocumentLayout layout) =>
        layout.Pages.SelectMany(page => PageTableFinder.Find(page)).Select(StitchedTable.OnePage).ToList();
}
