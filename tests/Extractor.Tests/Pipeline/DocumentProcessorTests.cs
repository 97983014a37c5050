using Extractor.Mapping;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Tests.Support;

namespace Extractor.Tests.Pipeline;

public sealed class DocumentProcessorTests
{
    [Fact]
    public async Task Abandons_a_document_that_runs_past_its_timeout_with_a_diagnostic()
    {
        // No 47-page document is read in a millisecond: the limit must cut it off.
        var processor = new DocumentProcessor(new PipelineOptions { DocumentTimeout = TimeSpan.FromMilliseconds(1) }, TableTypeClassifier.Shipped);

        var document = await processor.ProcessAsync(Fixtures.Path("disclosures/dxh-xzspj-2023.pdf"));

        Assert.True(document.Failed);
        var fatal = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticCodes.Timeout, fatal.Code);
        Assert.Equal("8a8a9593abf339828c383c47b5f9836ae6ce609878336ebe35bd5f5ac160b2b8", document.Source.Sha256);
    }

    [Fact]
    public async Task Runs_only_the_configured_stages()
    {
        var processor = new DocumentProcessor(new PipelineOptions { Stages = [PipelineStages.Ingest] }, TableTypeClassifier.Shipped);

        var document = await processor.ProcessAsync(Fixtures.Path("disclosures/dxh-xzspj-2023.pdf"));

        Assert.Equal(47, document.Source.Pages);
        Assert.Null(document.Department);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public async Task Names_a_missing_file_in_a_fatal_diagnostic()
    {
        var document = await new DocumentProcessor(new PipelineOptions(), TableTypeClassifier.Shipped).ProcessAsync(Fixtures.Path("no-such.pdf"));

        Assert.Equal(DiagnosticCodes.FileUnreadable, Assert.Single(document.Diagnostics).Code);
        Assert.Equal("no-such.pdf", document.Source.File);
    }
    [Fact]
    public void Names_a_repaired_file_and_presents_its_differences_as_warnings()
    {
        // czj's 2025 budget prints 887.36 for 87.36 (an error on the intact file); here its startxref misses.
        var bytes = File.ReadAllBytes(Fixtures.Path("real-cn/sh-putuo-czj-2025-dept-budget.pdf"));
        var text = System.Text.Encoding.Latin1.GetString(bytes);
        var damaged = System.Text.Encoding.Latin1.GetBytes(text.Replace("startxref\r177428", "startxref\r170000"));
        var processor = new DocumentProcessor(new PipelineOptions(), TableTypeClassifier.Shipped);

        var intact = processor.Process(new Extractor.Ingest.SourceFile("czj.pdf", bytes, ""));
        var repaired = processor.Process(new Extractor.Ingest.SourceFile("czj.pdf", damaged, ""));

        Assert.DoesNotContain(intact.Diagnostics, d => d.Code == DiagnosticCodes.RepairedPdf);
        Assert.Contains(intact.Findings, f => f.Severity == FindingSeverity.Error);
        var repair = Assert.Single(repaired.Diagnostics, d => d.Code == DiagnosticCodes.RepairedPdf);
        Assert.Equal(DiagnosticSeverity.Warning, repair.Severity);
        Assert.DoesNotContain(repaired.Findings, f => f.Severity == FindingSeverity.Error);
        Assert.Equal(intact.Findings.Count(f => f.Severity == FindingSeverity.Error),
            repaired.Findings.Count(f => f.Severity == FindingSeverity.Warning && f.Message.EndsWith("check on the page)", StringComparison.Ordinal)));
    }
}
