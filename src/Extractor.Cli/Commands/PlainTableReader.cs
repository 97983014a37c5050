using Extractor.Export;
using Extractor.Ingest;
using Extractor.Layout;
using Extractor.Tables;

namespace Extractor.Cli.Commands;

/// <summary>Opens a PDF and reads the tables a <c>tables</c> request asks for, page by page.</summary>
public static class PlainTableReader
{
    public static IReadOnlyList<PlainTable> Read(string pdf, IReadOnlySet<int>? pages, TableMethod method,
        IReadOnlyList<string> areas, IReadOnlyList<double> columns, IReadOnlyList<RulingLine> rulings, string? password)
    {
        var ingestor = new PdfIngestor(new IngestOptions { Passwords = password is null ? [] : [password] });
        using var document = ingestor.Open(ingestor.Read(pdf));
        var layout = new LayoutReader().Read(document, only: pages);
        var tables = new List<PlainTable>();
        foreach (var page in layout.Pages)
        {
            var request = new TableRequest
            {
                Method = method,
                Areas = areas.Select(a => TableArguments.Area(a, page.Width, page.Height)).ToList(),
                Columns = columns,
                Rulings = rulings,
            };
            tables.AddRange(RequestedTableExtractor.Extract(page, request).Select(PlainTable.From));
        }
        return tables;
    }
}
