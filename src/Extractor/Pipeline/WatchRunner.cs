using Extractor.Export;
using Extractor.Fetch;
using Serilog;

namespace Extractor.Pipeline;

/// <summary>
/// The nightly job: fetches the sources into the output folder's <c>fetched/</c> folder (history in the run's
/// database, the output folder's SQLite file or the PostgreSQL database the documents go to), then runs the batch on that folder (<see cref="BatchRunner"/> reads only what is new or changed:
/// a stored file named by its content is unchanged by construction), and tells what is new since the last run:
/// documents the database did not hold, and error findings no document held before. With a <see cref="Shard"/>,
/// only the sources of that shard are fetched (<see cref="Shard.Owns(SourceDefinition)"/>), and all it fetched is
/// processed.
/// </summary>
public sealed class WatchRunner(PipelineOptions options, SourcesFile sources, ILogger log, Shard? shard = null)
{
    /// <summary>The folder below the output folder that the files are fetched into.</summary>
    public const string FetchedFolder = "fetched";

    public async Task<FetchSummary> FetchAsync(string outputDirectory, CancellationToken cancellation = default)
    {
        using var history = DocumentDatabase.OpenFetchHistory(options.Export.DatabaseIn(outputDirectory));
        var mine = shard is null ? sources.Sources : [.. sources.Sources.Where(shard.Owns)];
        return await new Fetcher(sources.Options, history, log).FetchAsync(mine, Path.Combine(outputDirectory, FetchedFolder), cancellation);
    }

    /// <summary>
    /// Every file fetched so far, not only tonight's, less the versions their publishers have since replaced: the
    /// batch passes over the stored ones by their hash, and so picks up what an interrupted run fetched but did
    /// not process, and retries documents that failed.
    /// </summary>
    public ResolvedInputs Inputs(string outputDirectory)
    {
        var all = InputResolver.Resolve([Path.Combine(outputDirectory, FetchedFolder)]);
        var superseded = Superseded(outputDirectory);
        return all with { Files = [.. all.Files.Where(f => !superseded.Contains(Slashed(f.RelativePath)))] };
    }

    private HashSet<string> Superseded(string outputDirectory)
    {
        using var history = DocumentDatabase.OpenFetchHistory(options.Export.DatabaseIn(outputDirectory));
        return [.. history.SupersededFiles().Select(Slashed)];
    }

    private static string Slashed(string path) => path.Replace('\\', '/');

    /// <summary>
    /// Takes the documents of replaced versions out of the database and the output folder (the new version is
    /// processed as a document of its own): a researcher's dataset holds each publication once, as last published.
    /// </summary>
    private IReadOnlyList<string> Retire(string outputDirectory)
    {
        var superseded = Superseded(outputDirectory);
        if (superseded.Count == 0) return [];
        using var store = DocumentDatabase.OpenForWriting(options.Export.DatabaseIn(outputDirectory), PipelineInfo.VersionOf(options));
        var retired = store.StoredPaths().Select(p => p.Path).Where(p => superseded.Contains(Slashed(p))).ToList();
        foreach (var path in retired)
        {
            store.Remove(path);
            File.Delete(DocumentPlace.File(outputDirectory, path, ".json"));
            log.Information("Retired {Path}: its URLs now serve a newer version", path);
        }
        return retired;
    }

    public async Task<WatchSummary> ProcessAsync(string outputDirectory, FetchSummary fetch, ResolvedInputs inputs,
        IProgress<DocumentOutcome>? progress = null, CancellationToken cancellation = default)
    {
        var database = options.Export.DatabaseIn(outputDirectory);
        // Read before the replaced versions are retired: a new version that repeats its old version's error
        // does not report it as new.
        var before = DatabaseSnapshot.Read(database);
        var retired = Retire(outputDirectory);
        var processed = new List<DocumentOutcome>();
        var batch = inputs.Files.Count == 0 ? BatchSummary.Empty
            : await new BatchRunner(options, log).RunAsync(inputs, outputDirectory, new Recording(processed, progress), force: false, cancellation);

        var read = processed.Where(o => o.Status is not (DocumentStatus.Unchanged or DocumentStatus.Copy)).ToList();
        using var history = DocumentDatabase.OpenFetchHistory(database);
        var documents = read
            .Where(o => !before.FailedByPath.TryGetValue(o.Document.Source.Named, out var failed) || (failed && o.Status != DocumentStatus.Failed))
            .Select(o => NewDocument.Of(o, history.UrlsOf(o.Document.Source.Sha256)))
            .ToList();
        var seen = new HashSet<FindingKey>(before.ErrorFindings);
        var findings = read
            .SelectMany(o => o.Document.Findings.Where(f => f.Severity == Model.FindingSeverity.Error)
                .Where(f => seen.Add(FindingKey.Of(o.Document, f)))
                .Select(f => new NewFinding(o.Document.Source.Named, f.Rule, f.Message, f.MessageZh)))
            .ToList();
        log.Information("Watch: {Documents} new documents, {Findings} new error findings", documents.Count, findings.Count);
        return new WatchSummary(fetch, batch, documents, findings) { Retired = retired };
    }

    /// <summary>Keeps each outcome and passes it on (the runner reports from its single writer, one at a time).</summary>
    private sealed class Recording(List<DocumentOutcome> outcomes, IProgress<DocumentOutcome>? next) : IProgress<DocumentOutcome>
    {
        public void Report(DocumentOutcome value)
        {
            outcomes.Add(value);
            next?.Report(value);
        }
    }
}
