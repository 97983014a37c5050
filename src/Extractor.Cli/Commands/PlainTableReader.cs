using Extractor.Export;
using Extractor.Ingest;
using Extractor.Layout;
using Extractor.Tables.Pages;

namespace Extractor.Cli.Commands;

/// <summary>Opens a PDF and reads the tables a <c>tables</c> request asks for, page by page.</summary>
public static class PlainTableReader
{
    /// <param name="pages">The pages as the user wrote them (<c>1,3-5</c>, <c>2-end</c>, <c>all</c>); a page out of range is a <see cref="FormatException"/>.</param>
    public static IReadOnlyList<PlainTable> Read(string pdf, string? pages, TableMethod method,
        IReadOnlyList<string> areas, IReadOnlyList<double> columns, IReadOnlyList<RulingLine> rulings, string? password) =>
        Search(pdf, pages, method, areas, columns, rulings, password).SelectMany(page => page.Tables).Select(PlainTable.From).ToList();

    /// <summary>The same reading, page by page, with what the table engine saw on each page (for <c>--debug</c>).</summary>
    /// <param name="pages">The pages as the user wrote them (<c>1,3-5</c>, <c>2-end</c>, <c>all</c>); a page out of range is a <see cref="FormatException"/>.</param>
    public static IReadOnlyList<PageTableSearch> Search(string pdf, string? pages, TableMethod method,
        IReadOnlyList<string> areas, IReadOnlyList<double> columns, IReadOnlyList<RulingLine> rulings, string? password)
    {
        var ingestor = new PdfIngestor(new IngestOptions { Passwords = password is null ? [] : [password] });
        using var document = ingestor.Open(ingestor.Read(pdf));
        var layout = new LayoutReader().Read(document, only: TableArguments.Pages(pages, document.Source.Pages));
        return layout.Pages.Select(page => RequestedTableExtractor.Search(page, new TableRequest
        {
            Method = method,
            Areas = areas.Select(a => TableArguments.Area(a, page.Width, page.Height)).ToList(),
            Columns = columns,
            Rulings = rulings,
        })).ToList();
    }
}
