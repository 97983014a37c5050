using System.Diagnostics;
using System.Threading.Channels;
using Extractor.Model;
using Serilog;

namespace Extractor.Pipeline;

/// <summary>
/// Runs a batch: documents are processed concurrently (the configured degree), and one writer puts each
/// finished document into the outputs, one document at a time, so outputs are never interleaved and
/// memory is bounded by the degree, not by the batch. A file already stored with the same content and
/// pipeline version is not read again unless forced, so a nightly re-run costs little more than hashing.
/// </summary>
public sealed class BatchRunner(PipelineOptions options, ILogger log)
{
    /// <summary>A finished input: its document, or the mark that it is stored already, unchanged.</summary>
    private sealed record Finished(string Path, ExtractedDocument Document, bool Unchanged);

    public async Task<BatchSummary> RunAsync(
        ResolvedInputs inputs, string outputDirectory, IProgress<DocumentOutcome>? progress = null,
        bool force = false, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        foreach (var input in inputs.Unmatched)
            log.Error("Input {Input} matches no file", input);

        Directory.CreateDirectory(outputDirectory);
        string version = PipelineInfo.VersionOf(options);
        using var writer = new DocumentWriter(options.Export, outputDirectory, version);
        var stored = force ? new HashSet<(string, string, string)>() : writer.StoredDocuments();
        var processor = new DocumentProcessor(options);
        var finished = Channel.CreateBounded<Finished>(new BoundedChannelOptions(Math.Max(1, options.Parallelism)) { SingleReader = true });

        var producers = Task.Run(async () =>
        {
            try
            {
                await Parallel.ForEachAsync(inputs.Files,
                    new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellation },
                    async (path, token) => await finished.Writer.WriteAsync(await ReadAndProcess(processor, path, stored, version, token), token));
            }
            finally
            {
                finished.Writer.Complete();
            }
        }, cancellation);

        var counts = Enum.GetValues<DocumentStatus>().ToDictionary(s => s, _ => 0);
        int pages = 0, errorFindings = 0, documentsWithErrorFindings = 0;
        await foreach (var item in finished.Reader.ReadAllAsync(cancellation))
        {
            var document = item.Unchanged ? item.Document : Write(writer, item.Path, item.Document);
            var status = item.Unchanged ? DocumentStatus.Unchanged : DocumentOutcome.StatusOf(document);
            counts[status]++;
            if (!item.Unchanged) pages += document.Source.Pages;
            LogOutcome(item.Path, document, status);
            var outcome = new DocumentOutcome(item.Path, document, status);
            errorFindings += outcome.ErrorFindings;
            if (outcome.ErrorFindings > 0) documentsWithErrorFindings++;
            progress?.Report(outcome);
        }
        await producers;

        return new BatchSummary(counts[DocumentStatus.Ok], counts[DocumentStatus.WithDiagnostics], counts[DocumentStatus.Failed],
            counts[DocumentStatus.Unchanged], pages, clock.Elapsed, Process.GetCurrentProcess().PeakWorkingSet64, inputs.Unmatched,
            errorFindings, documentsWithErrorFindings);
    }

    private static async Task<Finished> ReadAndProcess(DocumentProcessor processor, string path,
        IReadOnlySet<(string, string, string)> stored, string version, CancellationToken cancellation)
    {
        var file = processor.ReadFile(path, out var readFailure);
        if (file is null) return new Finished(path, readFailure!, Unchanged: false);
        if (stored.Contains((file.Name, file.Sha256, version)))
            return new Finished(path, new ExtractedDocument { Source = new SourceInfo(file.Name, file.Sha256, 0, null) }, Unchanged: true);
        return new Finished(path, await processor.ProcessAsync(file, cancellation), Unchanged: false);
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
