using Extractor.Cli.Console;
using Extractor.Model;
using Extractor.Pipeline;
using Spectre.Console.Testing;

namespace Extractor.Tests.Cli;

/// <summary>The end of a run on a terminal: what failed and what carries warnings, with the reasons.</summary>
public sealed class BatchProgressTests
{
    private static DocumentOutcome Outcome(string path, DocumentStatus status, params Diagnostic[] diagnostics) =>
        new(path, new ExtractedDocument { Source = new SourceInfo(Path.GetFileName(path), "", 1, null), Diagnostics = diagnostics }, status);

    private static Diagnostic Note(DiagnosticSeverity severity, string code, string message) =>
        new() { Stage = PipelineStages.Ingest, Severity = severity, Code = code, Message = message };

    [Fact]
    public void Lists_the_failed_documents_first_then_those_with_warnings_each_with_its_reasons()
    {
        var console = new TestConsole().Interactive().Width(200);

        BatchProgress.WriteAttention(console,
        [
            Outcome("b/[2024]预算.pdf", DocumentStatus.WithDiagnostics, Note(DiagnosticSeverity.Warning, DiagnosticCodes.MissingTable, "the standard table [支出总表] is not in the document"),
                Note(DiagnosticSeverity.Info, DiagnosticCodes.TurnedPage, "not listed")),
            Outcome("a/empty.pdf", DocumentStatus.Failed, Note(DiagnosticSeverity.Fatal, DiagnosticCodes.EmptyFile, "empty file: it has zero bytes")),
        ]);

        Assert.Equal(
            """
            FAILED a/empty.pdf
              empty_file: empty file: it has zero bytes
            warnings b/[2024]预算.pdf
              missing_table: the standard table [支出总表] is not in the document
            """.ReplaceLineEndings(), console.Output.ReplaceLineEndings().TrimEnd());
    }

    [Fact]
    public void Says_on_a_document_s_line_how_many_of_its_pages_were_read_by_ocr()
    {
        var scanned = new ExtractedDocument
        {
            Source = new SourceInfo("scan.pdf", "", 3, null),
            Diagnostics = [Note(DiagnosticSeverity.Info, DiagnosticCodes.OcrPage, "page 1 read by OCR"), Note(DiagnosticSeverity.Info, DiagnosticCodes.OcrPage, "page 2 read by OCR")],
        };

        Assert.EndsWith("0 error findings; 2 of 3 pages read by OCR", BatchProgress.PlainLine(new DocumentOutcome("a/scan.pdf", scanned, DocumentStatus.Ok)));
        Assert.EndsWith("0 error findings", BatchProgress.PlainLine(Outcome("a/text.pdf", DocumentStatus.Ok)));
    }

    [Fact]
    public void Closes_a_run_that_read_pages_by_ocr_with_what_that_means_for_its_findings()
    {
        var summary = new BatchSummary(2, 0, 0, 0, 30, TimeSpan.FromSeconds(9), 0, [], 3, 2) { OcrDocuments = 2, OcrPages = 30 };

        Assert.Equal("ocr: 2 documents read by OCR (30 pages; each marked on its line above): a finding on a figure read below confidence 80 is a warning (ocr_uncertain), not an error",
            SummaryView.OcrLine(summary));
        Assert.Null(SummaryView.OcrLine(summary with { OcrDocuments = 0, OcrPages = 0 }));
    }
}
