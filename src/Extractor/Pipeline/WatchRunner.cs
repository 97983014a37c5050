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

    /// <summary>The sources this watch fetches: all, or its shard's.</summary>
    private IReadOnlyList<SourceDefinition> Mine => shard is null ? sources.Sources : [.. sources.Sources.Where(shard.Owns)];

    /// <summary>
    /// The replaced versions of this watch's own sources (their files are stored under the source's name): shards
    /// sharing one database each retire what they fetched, whose JSON is in their own output folder.
    /// </summary>
    private IReadOnlySet<string> ReplacedOfMine(string database)
    {
        var names = Mine.Select(s => s.Name + "/").ToList();
        return ReplacedVersions.In(database).Where(file => names.Any(n => file.StartsWith(n, StringComparison.Ordinal))).ToHashSet(StringComparer.Ordinal);
    }

    public async Task<FetchSummary> FetchAsync(string outputDirectory, CancellationToken cancellation = default)
    {
        using var history = DocumentDatabase.OpenFetchHistory(options.Export.DatabaseIn(outputDirectory));
        return await new Fetcher(sources.Options, history, log).FetchAsync(Mine, Path.Combine(outputDirectory, FetchedFolder), cancellation);
    }

    /// <summary>
    /// Every file fetched so far, not only tonight's, less the versions their publishers have since replaced: the
    /// batch passes over the stored ones by their hash, and so picks up what an interrupted run fetched but did
    /// not process, and retries documents that failed.
    /// </summary>
    public ResolvedInputs Inputs(string outputDirectory)
    {
        var all = InputResolver.Resolve([Path.Combine(outputDirectory, FetchedFolder)]);
        var superseded = ReplacedOfMine(options.Export.DatabaseIn(outputDirectory));
        return all with { Files = [.. all.Files.Where(f => !superseded.Contains(ReplacedVersions.Slashed(f.RelativePath)))] };
    }

    public async Task<WatchSummary> ProcessAsync(string outputDirectory, FetchSummary fetch, ResolvedInputs inputs,
        IProgress<DocumentOutcome>? progress = null, CancellationToken cancellation = default)
    {
        var database = options.Export.DatabaseIn(outputDirectory);
        // Read before the replaced versions are retired: a new version that repeats its old version's error
        // does not report it as new.
        var before = DatabaseSnapshot.Read(database);
        var retired = ReplacedVersions.Retire(options, outputDirectory, ReplacedOfMine(database), log);
        var processed = new List<DocumentOutcome>();
        var batch = inputs.Files.Count == 0 ? BatchSummary.Empty
            : await new BatchRunner(options, log).RunAsync(inputs, outputDirectory, new Recording(processed, progress), force: false, cancellation);

        var read = processed.Where(o => o.Status is not (DocumentStatus.Unchanged or DocumentStatus.Copy)).ToList();
        using var history = DocumentDatabase.OpenFetchHistory(database);
        var documents = read
            .Where(o => !before.FailedByPath.TryGetValue(o.Document.Source.Named, out var failed) || (failed && o.Status != DocumentStatus.Failed))
            .Select(o => NewDocument.Of(o, history.UrlsOf(o.Document.Source.Sha256)))
            .ToList();
        // Each error held before answers for one error of its key now; those beyond that count are new.
        var held = new Dictionary<FindingKey, int>(before.ErrorFindings);
        bool Unheld(FindingKey key)
        {
            int count = held.GetValueOrDefault(key);
            held[key] = count - 1;
            return count <= 0;
        }
        var findings = read
            .SelectMany(o => o.Document.Findings.Where(f => f.Severity == Model.FindingSeverity.Error)
                .Where(f => Unheld(FindingKey.Of(o.Document, f)))
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
