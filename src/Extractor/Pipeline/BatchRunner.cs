using System.Diagnostics;
using System.Threading.Channels;
using Extractor.Export;
using Extractor.Mapping;
using Extractor.Model;
using Extractor.Pipeline.Workers;
using Extractor.Validation;
using Serilog;

namespace Extractor.Pipeline;

/// <summary>
/// Runs a batch: documents are processed concurrently (the configured degree), and one writer puts each
/// finished document into the outputs, one document at a time, so outputs are never interleaved and
/// memory is bounded by the degree, not by the batch. A file already stored under its path with the same
/// content and pipeline version is not read again unless forced, so a nightly re-run costs little more than
/// hashing; a file whose bytes another path holds (stored, or claimed earlier in this run) is recorded as a
/// copy of that document and not read either. With a <see cref="Shard"/>, only the files of that shard are read and
/// written; the others are passed over once hashed. A narrative published apart from its tables is held until its
/// tables' file is read in the same run, and checked against them (<see cref="SplitPublications"/>).
/// </summary>
/// <param name="workerLaunch">How to start the worker processes; the program found beside this one (<see cref="WorkerLaunch.Default"/>) unless given.</param>
public sealed class BatchRunner(PipelineOptions options, ILogger log, WorkerLaunch? workerLaunch = null)
{
    /// <summary>
    /// A finished input: its document, or the mark that it is stored already (<c>Unchanged</c>), or the path
    /// of the document whose bytes it repeats (<c>CopyOf</c>).
    /// </summary>
    private sealed record Finished(InputFile Input, ExtractedDocument Document, bool Unchanged, string? CopyOf = null)
    {
        /// <summary>How long reading and processing the file took.</summary>
        public TimeSpan Elapsed { get; init; }

        /// <summary>The file belongs to another shard: neither processed nor written here.</summary>
        public bool OtherShard { get; init; }
    }

    /// <summary>What the database held at the start, by path and by content, and the contents this run has claimed.</summary>
    private sealed class Seen(IReadOnlyList<Export.StoredPath> stored, string version)
    {
        private readonly Dictionary<string, (string Sha256, string Version)> byPath =
            stored.ToDictionary(s => s.Path, s => (s.Sha256, s.PipelineVersion), StringComparer.Ordinal);
        private readonly Dictionary<string, string> documentBySha =
            stored.Where(s => !s.IsCopy && s.PipelineVersion == version && s.Sha256.Length > 0)
                .GroupBy(s => s.Sha256).ToDictionary(g => g.Key, g => g.Select(s => s.Path).Min(StringComparer.Ordinal)!);
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> claimed = new();

        public bool Unchanged(string path, string sha256) => byPath.GetValueOrDefault(path) == (sha256, version);

        /// <summary>The path whose document this content already is, or null after claiming it for <paramref name="path"/>.</summary>
        public string? OwnerOf(string sha256, string path)
        {
            if (documentBySha.TryGetValue(sha256, out var stored) && stored != path) return stored;
            var owner = claimed.GetOrAdd(sha256, path);
            return owner == path ? null : owner;
        }
    }

    public async Task<BatchSummary> RunAsync(
        ResolvedInputs inputs, string outputDirectory, IProgress<DocumentOutcome>? progress = null,
        bool force = false, CancellationToken cancellation = default, Shard? shard = null)
    {
        var clock = Stopwatch.StartNew();
        string version = PipelineInfo.VersionOf(options);
        var runLog = log.ForContext("RunId", Guid.NewGuid().ToString("N"));
        runLog.Information("Run started: pipeline {Version}, {Files} files, shard {Shard}, output {Output}", version, inputs.Files.Count, shard?.ToString() ?? "all", outputDirectory);
        foreach (var input in inputs.Unmatched)
            runLog.Error("Input {Input} matches no file", input);
        foreach (var passed in inputs.Skipped)
            runLog.Warning("Skipped {Path}: {Reason}", ShownPath.Of(passed.Path), passed.Reason);

        // Workers start with the first document that needs one: a nightly re-run with nothing new starts none.
        await using var workers = Workers(runLog);
        workers?.StartWithFirstDocument(Math.Min(Math.Max(1, options.Parallelism), inputs.Files.Count));
        Directory.CreateDirectory(outputDirectory);
        using var writer = new DocumentWriter(options.Export, outputDirectory, version);
        var seen = new Seen(force ? [] : writer.StoredPaths(), version);
        var processor = new DocumentProcessor(options, TableTypeClassifier.Shipped);
        var finished = Channel.CreateBounded<Finished>(new BoundedChannelOptions(Math.Max(1, options.Parallelism)) { SingleReader = true });

        var producers = Task.Run(async () =>
        {
            try
            {
                await Parallel.ForEachAsync(inputs.Files,
                    new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellation },
                    async (input, token) =>
                    {
                        var started = Stopwatch.GetTimestamp();
                        var item = await ReadAndProcess(processor, workers, input, seen, shard, runLog, token);
                        await finished.Writer.WriteAsync(item with { Elapsed = Stopwatch.GetElapsedTime(started) }, token);
                    });
            }
            finally
            {
                finished.Writer.Complete();
            }
        }, cancellation);

        var counts = Enum.GetValues<DocumentStatus>().ToDictionary(s => s, _ => 0);
        int pages = 0, errorFindings = 0, warningFindings = 0, documentsWithErrorFindings = 0, otherShards = 0, ocrDocuments = 0, ocrPages = 0;
        var waitingCopies = new List<Finished>();
        var halves = new WaitingHalves<Finished>(options.Validation);
        var failed = new List<FailedDocument>();
        var units = new UnitPublications();

        // Counts a finished input in the summary and reports it.
        void Tally(Finished item, ExtractedDocument document)
        {
            var outcome = Report(runLog, item, document);
            counts[outcome.Status]++;
            if (outcome.Status == DocumentStatus.Failed && document.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Fatal) is { } fatal)
                failed.Add(new FailedDocument(item.Input.FullPath, fatal.Code, fatal.Message));
            if (outcome.Status is not (DocumentStatus.Unchanged or DocumentStatus.Copy))
            {
                units.Add(document);
                pages += document.Source.Pages;
                ocrPages += outcome.OcrPages;
                if (outcome.OcrPages > 0) ocrDocuments++;
            }
            // An unchanged document's findings are those stored for it: a re-run reports them, not "0 errors".
            var (errors, warnings) = item.Unchanged ? writer.StoredFindings(item.Input.RelativePath) : new FindingCounts(outcome.ErrorFindings, outcome.WarningFindings);
            errorFindings += errors;
            warningFindings += warnings;
            if (errors > 0) documentsWithErrorFindings++;
            progress?.Report(outcome);
        }

        // A document counted once and written again with other findings: the summary counts its findings as they are now.
        void Recounted(ExtractedDocument counted, ExtractedDocument now)
        {
            var (before, after) = (Severities(counted.Findings), Severities(now.Findings));
            errorFindings += after.Errors - before.Errors;
            warningFindings += after.Warnings - before.Warnings;
            documentsWithErrorFindings += (after.Errors > 0 ? 1 : 0) - (before.Errors > 0 ? 1 : 0);
        }

        await foreach (var item in finished.Reader.ReadAllAsync(cancellation))
        {
            if (item.OtherShard)
            {
                otherShards++;
                continue;
            }
            if (item.CopyOf is not null && !writer.WriteCopy(item.Input.RelativePath, item.Document.Source.Sha256))
            {
                // Its twin, claimed earlier in this run, is still being read: recorded once that is written.
                waitingCopies.Add(item);
                continue;
            }
            if (item.Unchanged || item.CopyOf is not null)
            {
                Tally(item, item.Document);
                continue;
            }
            // A narrative published apart from its tables is output once its tables' file is read (or the batch ends).
            if (!SplitPublications.IsNarrativeHalf(item.Document))
                Tally(item, Write(writer, ShownPath.Of(item.Input.FullPath), item.Document));
            foreach (var ready in halves.Take(item.Document, item))
                Tally(ready.Tag, Write(writer, ShownPath.Of(ready.Tag.Input.FullPath), ready.Document));
        }
        await producers;
        // A half whose other half an earlier run stored (a nightly run finding the tables a day after the narrative).
        foreach (var ready in halves.Remaining(narrative => writer.StoredHalf(narrative, SplitPublications.IsTablesHalf)))
            Tally(ready.Tag, Write(writer, ShownPath.Of(ready.Tag.Input.FullPath), ready.Document));
        foreach (var tables in halves.UnmatchedTables())
        {
            if (writer.StoredHalf(tables, SplitPublications.IsNarrativeHalf) is not { } narrative) continue;
            runLog.Information("{Narrative}: checked again, against its tables {Tables}", narrative.Source.Named, tables.Source.Named);
            // The narrative was counted as stored (unchanged, or not among this run's inputs): its findings are now these.
            Recounted(narrative, Write(writer, narrative.Source.Named, SplitPublications.Paired(narrative, tables, options.Validation)));
        }
        foreach (var (unitFile, department) in units.Pairs())
        {
            if (writer.Stored(unitFile) is not { } unit) continue;
            var rule = new UnitPublicationRule(department);
            var held = DocumentValidator.Validate(unit, options.Validation, [rule]);
            var kept = unit.Findings.Where(f => f.Rule != rule.Id).ToList();
            if (held.Count == 0 && kept.Count == unit.Findings.Count) continue;
            runLog.Information("{Unit}: checked against its department's publication {Department}", unitFile, department.File);
            // The unit's document was counted as written: its findings are now these.
            Recounted(unit, Write(writer, unitFile, unit with { Findings = [.. kept, .. held] }));
        }
        foreach (var item in waitingCopies)
        {
            if (!writer.WriteCopy(item.Input.RelativePath, item.Document.Source.Sha256))
                runLog.Warning("{File}: its content's document {Original} was not stored, so the copy is not recorded", ShownPath.Of(item.Input.FullPath), item.CopyOf);
            Tally(item, item.Document);
        }

        var summary = new BatchSummary(counts[DocumentStatus.Ok], counts[DocumentStatus.WithDiagnostics], counts[DocumentStatus.Failed],
            counts[DocumentStatus.Unchanged], pages, clock.Elapsed, Math.Max(Process.GetCurrentProcess().PeakWorkingSet64, workers?.PeakMemoryBytes ?? 0), inputs.Unmatched,
            errorFindings, documentsWithErrorFindings) {
            Copies = counts[DocumentStatus.Copy], WarningFindings = warningFindings, OcrDocuments = ocrDocuments, OcrPages = ocrPages, FailedDocuments = failed, SkippedUnread = inputs.Skipped.Count(s => s.Lost),
            PeakWorkerMemoryBytes = workers?.PeakMemoryBytes ?? 0, Shard = shard, OtherShards = otherShards,
        };
        runLog.Information("Run ended: exit code {ExitCode}; {Ok} ok, {WithDiagnostics} with diagnostics, {Failed} failed, {Unchanged} unchanged, {Copies} copies; {Pages} pages in {Seconds:0.0} s",
            summary.ExitCode, summary.Ok, summary.WithDiagnostics, summary.Failed, summary.Unchanged, summary.Copies, summary.Pages, summary.Elapsed.TotalSeconds);
        return summary;
    }

    private static FindingCounts Severities(IReadOnlyList<Finding> findings) =>
        new(findings.Count(f => f.Severity == FindingSeverity.Error), findings.Count(f => f.Severity == FindingSeverity.Warning));

    private static DocumentOutcome Report(ILogger log, Finished item, ExtractedDocument document)
    {
        var status = item.Unchanged ? DocumentStatus.Unchanged
            : item.CopyOf is not null ? DocumentStatus.Copy
            : DocumentOutcome.StatusOf(document);
        LogOutcome(log, item, document, status);
        return new DocumentOutcome(item.Input.FullPath, document, status) { CopyOf = item.CopyOf };
    }

    /// <summary>
    /// Reads the file here (its identity decides whether it needs processing at all) and processes it in a
    /// worker process when the batch has them, else on a thread of this one.
    /// </summary>
    private static async Task<Finished> ReadAndProcess(DocumentProcessor processor, WorkerPool? workers, InputFile input, Seen seen, Shard? shard, ILogger log, CancellationToken cancellation)
    {
        var file = processor.ReadFile(input.FullPath, out var readFailure);
        if (shard is not null && !shard.Owns(file?.Sha256 ?? "", input.RelativePath))
            return new Finished(input, readFailure ?? new ExtractedDocument { Source = new SourceInfo(file!.Name, file.Sha256, 0, null) }, Unchanged: false) { OtherShard = true };
        if (file is null) return new Finished(input, WithPath(readFailure!, input), Unchanged: false);
        var mark = new ExtractedDocument { Source = new SourceInfo(file.Name, file.Sha256, 0, null) { Path = input.RelativePath } };
        if (seen.Unchanged(input.RelativePath, file.Sha256)) return new Finished(input, mark, Unchanged: true);
        if (seen.OwnerOf(file.Sha256, input.RelativePath) is { } owner) return new Finished(input, mark, Unchanged: false, CopyOf: owner);
        ExtractedDocument document;
        try
        {
            document = workers is null ? await processor.ProcessAsync(file, cancellation) : await workers.ProcessAsync(file, cancellation);
        }
        catch (WorkerStartException e)
        {
            log.Warning("{File}: processed in the batch's own process, without a memory limit: no worker process could be started: {Reason}", ShownPath.Of(input.FullPath), e.Message);
            document = await processor.ProcessAsync(file, cancellation);
        }
        return new Finished(input, WithPath(document, input), Unchanged: false);
    }

    /// <summary>The batch's worker processes, or none when documents are processed in this process.</summary>
    private WorkerPool? Workers(ILogger runLog)
    {
        if (!options.Isolation.Workers) return null;
        try
        {
            var launch = workerLaunch ?? WorkerLaunch.Default();
            runLog.Information("Documents are processed by worker processes: {Worker}", string.Join(' ', [launch.FileName, .. launch.Arguments]));
            return new WorkerPool(options, launch, TableTypeClassifier.Shipped);
        }
        catch (WorkerStartException e)
        {
            runLog.Warning("Documents are processed in this process, without a memory limit: {Reason}", e.Message);
            return null;
        }
    }

    private static ExtractedDocument WithPath(ExtractedDocument document, InputFile input) =>
        document with { Source = document.Source with { Path = input.RelativePath } };

    /// <summary>Writes the document; an output that cannot be written turns it into a failed document.</summary>
    private ExtractedDocument Write(DocumentWriter writer, string path, ExtractedDocument document)
    {
        try
        {
            writer.Write(document);
            return document;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException)
        {
            log.Error(e, "Cannot write the outputs of {File}: {Reason}", path, e.Message);
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

    /// <summary>
    /// The document's outcome in the log: a failed document at error level (an alert on errors sees it), each
    /// error or warning diagnostic at warning level (so it reaches standard error too), then the outcome line
    /// with the time the document took.
    /// </summary>
    private static void LogOutcome(ILogger log, Finished item, ExtractedDocument document, DocumentStatus status)
    {
        string path = ShownPath.Of(item.Input.FullPath);
        if (item.CopyOf is not null)
        {
            log.Information("{Status} {File}: the same content as {Original}, stored once", status, path, item.CopyOf);
            return;
        }
        foreach (var d in document.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Fatal))
            log.Error("{File}: {Code}: {Message}", path, d.Code, d.Message);
        foreach (var d in document.Diagnostics.Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning))
            log.Warning("{File}: {Code}: {Message}", path, d.Code, d.Message);
        log.Information("{Status} {File}: {Pages} pages, {Department} {Year} {Phase} {Unit} in {Seconds:0.00} s",
            status, path, document.Source.Pages, document.Department?.Name, document.FiscalYear,
            SchemaId.Of(document.Phase), SchemaId.Of(document.Unit), item.Elapsed.TotalSeconds);
    }
}
