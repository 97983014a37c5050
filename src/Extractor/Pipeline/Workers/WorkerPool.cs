using System.Collections.Concurrent;
using Extractor.Ingest;
using Extractor.Mapping;
using Extractor.Model;

namespace Extractor.Pipeline.Workers;

/// <summary>
/// Worker processes for a batch, at most one per document processed at once: a worker serves document after
/// document, and one stopped over a limit is replaced by a new one for the next document.
/// </summary>
/// <param name="classifier">Answers every worker's questions on tables no title rule names (one model for the batch).</param>
public sealed class WorkerPool(PipelineOptions options, WorkerLaunch launch, ITableClassifier classifier) : IAsyncDisposable
{
    private readonly WorkerSettings settings = WorkerSettings.From(options);
    private readonly ConcurrentBag<DocumentWorker> idle = [];
    private readonly ConcurrentBag<Task<DocumentWorker>> all = [];
    private readonly ConcurrentQueue<Task<DocumentWorker>> starting = [];

    /// <summary>How many workers the first document to process starts at once (0 once it has).</summary>
    private int startWithFirst;

    /// <summary>
    /// Has the first document that needs a worker start this many at once, so that the others' start overlaps
    /// its processing. None starts before: a re-run whose documents are all unchanged starts no process at all.
    /// </summary>
    public void StartWithFirstDocument(int count) => startWithFirst = count;

    /// <summary>The most memory any of the batch's workers has held after a document it finished.</summary>
    public long PeakMemoryBytes => all.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result.PeakMemoryBytes).DefaultIfEmpty(0).Max();

    public async Task<ExtractedDocument> ProcessAsync(SourceFile file, CancellationToken cancellation)
    {
        for (int ahead = Interlocked.Exchange(ref startWithFirst, 0); ahead > 1; ahead--) starting.Enqueue(Start());
        var worker = await Take();
        var document = await worker.ProcessAsync(file, options.DocumentTimeout, options.Isolation.MaxMemoryBytes, cancellation);
        if (document.Diagnostics.Any(d => d.Code == DiagnosticCodes.ResourceLimit)) worker.Retire();
        if (worker.Alive) idle.Add(worker);
        return document;
    }

    private async Task<DocumentWorker> Take()
    {
        while (idle.TryTake(out var worker))
            if (worker.Alive) return worker;
        return await (starting.TryDequeue(out var ahead) ? ahead : Start());
    }

    private Task<DocumentWorker> Start()
    {
        var started = DocumentWorker.StartAsync(launch, settings, classifier, options.Isolation.MaxMemoryBytes);
        all.Add(started);
        return started;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var started in all)
        {
            await Task.WhenAny(started);
            if (started.IsCompletedSuccessfully) await started.Result.DisposeAsync();
        }
    }
}
