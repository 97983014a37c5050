using Extractor.Ingest;
using Extractor.Layout;

namespace Extractor.Tests.Support;

/// <summary>Opens a fixture and reads its layout, for tests of the early stages.</summary>
public static class Documents
{
    public static DocumentLayout Layout(string relativePath)
    {
        var ingestor = new PdfIngestor(new IngestOptions());
        using var document = ingestor.Open(ingestor.Read(Fixtures.Path(relativePath)));
        return new LayoutReader().Read(document);
    }

    /// <summary>A layout of text alone, one string per page and one text line per line of it: a narrative for the fact reader.</summary>
    public static DocumentLayout FromText(params string[] pages) => new(
        [.. pages.Select((text, p) => new PageLayout(p + 1, 595, 842, [],
            [.. text.Split('\n').Select((line, i) => new TextLine(line, line, new Box(50, 50 + 20 * i, 545, 62 + 20 * i), 12, []))], []))],
        []);
}
