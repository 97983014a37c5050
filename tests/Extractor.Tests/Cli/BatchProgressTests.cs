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
}
