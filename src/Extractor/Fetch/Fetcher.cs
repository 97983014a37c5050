using System.Diagnostics;
using Serilog;

namespace Extractor.Fetch;

/// <summary>
/// The fetch stage: collects every source of a sources file into a folder (<see cref="ContentStore"/>), politely
/// (<see cref="PoliteHttpClient"/>) and exactly once (<see cref="IFetchHistory"/>), sources side by side.
/// </summary>
public sealed class Fetcher(FetchOptions options, IFetchHistory history, ILogger log)
{
    public async Task<FetchSummary> FetchAsync(IReadOnlyList<SourceDefinition> sources, string folder, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var store = new ContentStore(folder);
        using var http = new PoliteHttpClient(options);
        var started = DateTimeOffset.UtcNow;
        foreach (var source in sources) history.RecordSource(source, started);
        log.Information("Fetch started: {Sources} sources into {Folder}", sources.Count, folder);
        // More requests are started than a host takes at once, so that the next waits at the throttle, not behind a slow one's start.
        int parallelism = Math.Max(1, options.ConcurrencyPerHost) * 4;
        var reports = await Task.WhenAll(sources.Select(source =>
            new SourceCrawler(source, http, store, history, parallelism, log).CrawlAsync(cancellation)));
        var summary = new FetchSummary(reports, clock.Elapsed);
        log.Information("Fetch ended: {Pages} pages, {New} new files, {Changed} changed, {Unchanged} unchanged, {Known} known content, {Refused} refused, {Failed} failed in {Seconds:0.0} s",
            summary.Pages, summary.Count(FileOutcome.New), summary.Count(FileOutcome.Changed), summary.Count(FileOutcome.Unchanged),
            summary.Count(FileOutcome.KnownContent), summary.Count(FileOutcome.Refused), summary.Count(FileOutcome.Failed), summary.Elapsed.TotalSeconds);
        return summary;
    }
}
