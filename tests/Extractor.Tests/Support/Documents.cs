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
}
