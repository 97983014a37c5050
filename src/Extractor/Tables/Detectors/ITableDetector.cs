using Extractor.Layout;

namespace Extractor.Tables.Detectors;

/// <summary>
/// The table detector's contract: the tables of a document, from its pages' layout, each on the page or pages
/// it runs over. Whole documents rather than single pages, because a detector may read a page with what the
/// page before it ended with (a table running to its foot, a title printed under it) and join tables continued
/// over pages. Variants are chosen by name (<see cref="TableDetectors"/>) so that they can be scored side by side.
/// </summary>
public interface ITableDetector
{
    /// <summary>The name the variant is chosen by (<c>extractor eval tables --detector NAME</c>).</summary>
    string Name { get; }

    /// <summary>The document's tables in reading order: by page, and top to bottom on a page.</summary>
    IReadOnlyList<StitchedTable> Detect(DocumentLayout layout);
}
