using Extractor.Export;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Tests.Support;
using Serilog;

namespace Extractor.Tests.Export;

public sealed class FindingListingTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    private async Task<ExtractedDocument> RunAsync(string pdf)
    {
        var runner = new BatchRunner(new PipelineOptions(), new LoggerConfiguration().CreateLogger());
        await runner.RunAsync(InputResolver.Resolve([Fixtures.Path($"disclosures/{pdf}")]), folder.Path);
        return CanonicalJson.Deserialize(File.ReadAllText(folder.Below(Path.ChangeExtension(pdf, ".json"))));
    }

    [Fact]
    public async Task Lists_each_error_with_its_figures_and_where_each_value_is_printed()
    {
        var document = await RunAsync("dev02-2025-wan.pdf");

        var errors = FindingListing.Read(folder.File("extractor.db"), includeRounding: false, includeWarnings: false);

        Assert.Equal(document.Findings.Count(f => f.Severity == FindingSeverity.Error), errors.Count);
        Assert.All(errors, f => Assert.Equal(("dev02-2025-wan.pdf", "error"), (Path.GetFileName(f.File), f.Severity)));
        var unit = Assert.Single(errors, f => f.Rule == "sum.column_total" && f.Message.StartsWith("黄石市下陆区机关幼儿园"));
        Assert.Equal(("351700.00", "1351700.00", "1000000.00"), (unit.Expected, unit.Actual, unit.Difference));
        Assert.Equal("t3 p8 黄石市下陆区机关幼儿园 346010 basic.goods_services", unit.Where[0]);
        Assert.Equal(7, unit.Where.Count);
    }

    [Fact]
    public async Task Marks_each_figure_read_by_ocr_with_its_confidence()
    {
        var document = await RunAsync("dev02-2025-wan.pdf");
        // The same document as if its pages had been scanned: one finding's flagged figure read by OCR at 87.
        var target = document.Findings.Single(f => f.Rule == "cross.table" && f.Severity == FindingSeverity.Error);
        var scanned = document with
        {
            Findings = [.. document.Findings.Select(f => f != target ? f
                : f with { Refs = [f.Refs[0] with { Reading = new OcrReading(87) }, .. f.Refs.Skip(1)] })],
        };
        using (var store = new SqliteDocumentStore(folder.File("scanned.db"), "test")) store.Write(scanned);

        var read = FindingListing.Read(folder.File("scanned.db"), includeRounding: true).SelectMany(f => f.Where).ToList();
        var fromTextLayer = FindingListing.Read(folder.File("extractor.db"), includeRounding: true).SelectMany(f => f.Where).ToList();

        Assert.Equal(fromTextLayer.Count, read.Count);
        var marked = Assert.Single(Enumerable.Range(0, read.Count), i => read[i] != fromTextLayer[i]);
        Assert.Equal(("t3 p8 小学教育 2050202 basic.goods_services", "t3 p8 小学教育 2050202 basic.goods_services (OCR, confidence 87)"),
            (fromTextLayer[marked], read[marked]));
    }

    [Fact]
    public async Task Quotes_the_narrative_for_a_stated_figure()
    {
        var document = await RunAsync("dev22-2023-wan.pdf");

        var all = FindingListing.Read(folder.File("extractor.db"), includeRounding: true);

        Assert.Equal(document.Findings.Count, all.Count);
        Assert.Contains(all, f => f.Severity == "info");
        var narrative = document.Findings.First(f => f.Refs.Any(r => r.Quote is not null));
        var listed = all.Single(f => f.Rule == narrative.Rule && f.Message == narrative.Message);
        var quoted = narrative.Refs.First(r => r.Quote is not null);
        Assert.Contains($"p{quoted.Page} {quoted.FactKey} 「{quoted.Quote}」", listed.Where);
    }

    public void Dispose() => folder.Dispose();
}
