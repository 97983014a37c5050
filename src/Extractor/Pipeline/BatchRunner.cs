using System.Diagnostics;
using System.Threading.Channels;
using Extractor.Export;
using Extractor.Model;
using Serilog;

namespace Extractor.Pipeline;

/// <summary>
/// Runs a batch: documents are processed concurrently (the configured degree), and one writer puts each
/// finished document into the outputs, one document at a time, so outputs are never interleaved and
/// memory is bounded by the degree, not by the batch.
/// </summary>
public sealed class BatchRunner(PipelineOptions options, ILogger log)
{
    public async Task<BatchSummary> RunAsync(
        ResolvedInputs inputs, string outputDirectory, IProgress<DocumentOutcome>? progress = null,
        CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        foreach (var input in inputs.Unmatched)
            log.Error("Input {Input} matches no file", input);

        Directory.CreateDirectory(outputDirectory);
        var processor = new DocumentProcessor(options);
        var finished = Channel.CreateBounded<(string Path, ExtractedDocument Document)>(
            new BoundedChannelOptions(Math.Max(1, options.Parallelism)) { SingleReader = true });

        var producers = Task.Run(async () =>
        {
            try
            {
                await Parallel.ForEachAsync(inputs.Files,
                    new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellation },
                    async (path, token) =>
                    {
                        var document = await processor.ProcessAsync(path, token);
                        await finished.Writer.WriteAsync((path, document), token);
                    });
            }
            finally
            {
                finished.Writer.Complete();
            }
        }, cancellation);

        var counts = new Dictionary<DocumentStatus, int> { [DocumentStatus.Ok] = 0, [DocumentStatus.WithDiagnostics] = 0, [DocumentStatus.Failed] = 0 };
        int pages = 0;
        using (var writer = new DocumentWriter(options.Export, outputDirectory, PipelineInfo.Version))
        {
            await foreach (var (path, document) in finished.Reader.ReadAllAsync(cancellation))
            {
                var written = Write(writer, path, document);
                var status = DocumentOutcome.StatusOf(written);
                counts[status]++;
                pages += written.Source.Pages;
                LogOutcome(path, written, status);
                progress?.Report(new DocumentOutcome(path, written, status));
            }
        }
        await producers;

        return new BatchSummary(counts[DocumentStatus.Ok], counts[DocumentStatus.WithDiagnostics],
            counts[DocumentStatus.Failed], pages, clock.Elapsed, Process.GetCurrentProcess().PeakWorkingSet64,
            inputs.Unmatched);
    }

    /// <summary>Writes the document; an output that cannot be written turns it into a failed document.</summary>
    private ExtractedDocument Write(DocumentWriter writer, string path, ExtractedDocument document)
    {
        try
        {
            writer.Write(path, document);
            return document;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            log.Error(e, "Cannot write the outputs of {File}", path);
            return document with
            {
                Diagnostics = [.. document.Diagnostics, new Diagnostic
                {
                    Stage = PipelineStages.Export, Severity = DiagnosticSeverity.Fatal, Code = DiagnosticCodes.FileUnreadable,
                    Message = $"the outputs cannot be written: {e.Message}",
                }],
            };
        }
    }

    private void LogOutcome(string path, ExtractedDocument document, DocumentStatus status)
    {
        foreach (var d in document.Diagnostics.Where(d => d.Severity is DiagnosticSeverity.Fatal or DiagnosticSeverity.Error))
            log.Warning("{File}: {Code}: {Message}", path, d.Code, d.Message);
        log.Information("{Status} {File}: {Pages} pages, {Department} {Year} {Phase} {Unit}",
            status, path, document.Source.Pages, document.Department?.Name, document.FiscalYear,
            SchemaId.Of(document.Phase), SchemaId.Of(document.Unit));
    }
}
