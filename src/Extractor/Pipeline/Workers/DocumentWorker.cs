using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Extractor.Ingest;
using Extractor.Mapping;
using Extractor.Model;

namespace Extractor.Pipeline.Workers;

/// <summary>
/// One worker process, seen from the batch: it processes one document at a time, within a time limit and a
/// memory limit the batch enforces from outside. The worker's managed heap is capped by the runtime
/// (<c>DOTNET_GCHeapHardLimit</c>) so that most excess ends as an out-of-memory failure of the document inside
/// the worker; what escapes the heap (native memory) is caught by watching its resident set. A worker over a
/// limit is killed, and the next document gets a new one. The batch answers the worker's questions on the
/// way: the type of a table no title rule names, from the model this process holds.
/// </summary>
public sealed class DocumentWorker : IAsyncDisposable
{
    /// <summary>How often the worker's resident set is read while it holds a document.</summary>
    private static readonly TimeSpan MemoryPoll = TimeSpan.FromMilliseconds(50);

    /// <summary>The share of the memory limit the worker's managed heap may take; the rest is the runtime's own.</summary>
    private const decimal HeapShare = 0.75m;

    /// <summary>The exit code of a process the system ended for a segmentation fault (128 + SIGSEGV).</summary>
    private const int SegmentationFault = 139;

    private readonly Process process;
    private readonly ITableClassifier classifier;
    private readonly StringBuilder errors = new();

    private DocumentWorker(Process process, ITableClassifier classifier)
    {
        this.process = process;
        this.classifier = classifier;
        process.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
                if (e.Data is not null && errors.Length < 4096) errors.AppendLine(e.Data);
        };
        process.BeginErrorReadLine();
    }

    /// <summary>Set once the batch has killed the worker: it may not have exited yet, but it serves no more.</summary>
    private volatile bool stopped;

    public bool Alive => !stopped && !process.HasExited;

    /// <summary>The most memory (resident set) the worker has held, as last read after a document.</summary>
    public long PeakMemoryBytes { get; private set; }

    /// <summary>Starts a worker and sends it the settings.</summary>
    /// <param name="classifier">Answers the worker's questions on tables no title rule names.</param>
    public static async Task<DocumentWorker> StartAsync(WorkerLaunch launch, WorkerSettings settings, ITableClassifier classifier, long maxMemoryBytes)
    {
        var start = new ProcessStartInfo(launch.FileName)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var argument in launch.Arguments) start.ArgumentList.Add(argument);
        long heap = (long)(maxMemoryBytes * HeapShare);
        start.Environment["DOTNET_GCHeapHardLimit"] = heap.ToString("X", CultureInfo.InvariantCulture);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new WorkerStartException($"{launch.FileName} did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new WorkerStartException($"{launch.FileName}: {e.Message}", e);
        }
        var worker = new DocumentWorker(process, classifier);
        await WorkerFrames.WriteTextAsync(process.StandardInput.BaseStream, settings.ToJson());
        await process.StandardInput.BaseStream.FlushAsync();
        return worker;
    }

    /// <summary>
    /// The document processed, or a failed document saying why: over the time limit, over the memory limit, or
    /// the worker ended without an answer. After a failure of the last two kinds the worker is gone.
    /// </summary>
    public async Task<ExtractedDocument> ProcessAsync(SourceFile file, TimeSpan timeout, long maxMemoryBytes, CancellationToken cancellation)
    {
        using var watch = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        try
        {
            var stdin = process.StandardInput.BaseStream;
            await WorkerFrames.WriteTextAsync(stdin, JsonSerializer.Serialize(new WorkerRequest(file.Name, file.Sha256), WorkerProtocolJson.Default.WorkerRequest), watch.Token);
            await WorkerFrames.WriteAsync(stdin, file.Bytes, watch.Token);
            await stdin.FlushAsync(watch.Token);
            var answer = AnswerAsync(watch.Token);
            var memory = OverMemory(maxMemoryBytes, watch.Token);
            var deadline = Task.Delay(timeout, watch.Token);
            var first = await Task.WhenAny(answer, memory, deadline);
            await watch.CancelAsync();
            if (first == answer && await answer is { } json)
            {
                process.Refresh();
                PeakMemoryBytes = Math.Max(PeakMemoryBytes, process.PeakWorkingSet64);
                return CanonicalJson.Deserialize(json.Span);
            }
            if (first == memory && await memory is { } peak)
                return Lost(file, DiagnosticCodes.ResourceLimit,
                    $"resource limit: the document took {peak / (1024 * 1024):N0} MB, over the limit of {maxMemoryBytes / (1024 * 1024):N0} MB; its worker was stopped");
            if (first == deadline && !cancellation.IsCancellationRequested)
                return Lost(file, DiagnosticCodes.Timeout, $"timeout: processing took longer than {timeout.TotalSeconds:0} s; its worker was stopped");
            cancellation.ThrowIfCancellationRequested();
            return Ended(file);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or JsonException)
        {
            // The worker closed its pipes (killed by the system, or the runtime gave up), or wrote what no worker writes.
            return Ended(file);
        }
    }

    /// <summary>
    /// The document the worker answers with (its JSON, kept UTF-8 from the worker's serializer to this one's
    /// reader), once the questions it asks on the way are answered; null if it closes its output first.
    /// </summary>
    private async Task<ReadOnlyMemory<byte>?> AnswerAsync(CancellationToken cancellation)
    {
        var fromWorker = process.StandardOutput.BaseStream;
        var toWorker = process.StandardInput.BaseStream;
        while (await WorkerFrames.ReadAsync(fromWorker, cancellation) is { Length: > 0 } message)
        {
            var payload = message.AsMemory(1);
            switch ((WorkerMessage)message[0])
            {
                case WorkerMessage.Document:
                    return payload;
                case WorkerMessage.Classify:
                    var answer = Answer(BatchTableClassifier.TextOf(payload.Span));
                    await WorkerFrames.WriteAsync(toWorker, JsonSerializer.SerializeToUtf8Bytes(answer, WorkerProtocolJson.Default.ClassifierAnswer), cancellation);
                    await toWorker.FlushAsync(cancellation);
                    break;
                default:
                    throw new InvalidDataException($"a worker message of unknown kind {message[0]}");
            }
        }
        return null;
    }

    /// <summary>
    /// The model's guess, or why there is none: a model that fails (not embedded in this build, say) fails the
    /// document that asked, in its worker, as it would in process; never the batch.
    /// </summary>
    private ClassifierAnswer Answer(string text)
    {
        try
        {
            return new ClassifierAnswer(classifier.Classify(text), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new ClassifierAnswer(null, $"{e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>The worker's resident set once it passes the limit; never completes otherwise.</summary>
    private async Task<long?> OverMemory(long maxMemoryBytes, CancellationToken cancellation)
    {
        try
        {
            while (!cancellation.IsCancellationRequested && !process.HasExited)
            {
                process.Refresh();
                if (process.WorkingSet64 > maxMemoryBytes) return process.WorkingSet64;
                await Task.Delay(MemoryPoll, cancellation);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or InvalidOperationException)
        {
            // Cancelled because an answer came, or the process is gone: the other tasks tell.
        }
        await Task.Delay(Timeout.Infinite, cancellation).ContinueWith(_ => { }, TaskScheduler.Default);
        return null;
    }

    /// <summary>A document whose worker had to be stopped.</summary>
    private ExtractedDocument Lost(SourceFile file, string code, string message)
    {
        Kill();
        return DocumentProcessor.Failed(file, code, PipelineStages.Ingest, message);
    }

    /// <summary>A document whose worker ended without answering.</summary>
    private ExtractedDocument Ended(SourceFile file)
    {
        Kill();
        process.WaitForExit(1000);
        string said;
        lock (errors) said = errors.ToString();
        bool memory = said.Contains("OutOfMemory", StringComparison.Ordinal) || process.HasExited && process.ExitCode == 137;
        // The runtime cannot catch a stack overflow: objects nested past what the parser guards end the worker. A
        // .NET worker says so; the native worker dies of the segmentation fault (exit code 139) without a word.
        if (said.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase)
            || process.HasExited && process.ExitCode == SegmentationFault && said.Trim().Length == 0)
            return DocumentProcessor.Failed(file, DiagnosticCodes.DamagedPdf, PipelineStages.Ingest,
                "damaged PDF: its objects are nested too deep for the parser (the worker ran out of stack)");
        string exit = process.HasExited ? $"exit code {process.ExitCode}" : "no exit code";
        string first = said.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        return memory
            ? DocumentProcessor.Failed(file, DiagnosticCodes.ResourceLimit, PipelineStages.Ingest,
                $"resource limit: the document needed more memory than its worker may take ({exit})")
            : DocumentProcessor.Failed(file, DiagnosticCodes.InternalError, PipelineStages.Ingest,
                $"internal error: the worker processing the document ended without an answer ({exit}{(first.Length > 0 ? $": {first}" : "")})");
    }

    /// <summary>
    /// Stops a worker that answered a document it ran out of memory on: the runtime need not give back what its heap grew
    /// to, and the next document would find the worker over the limit before it began.
    /// </summary>
    public void Retire() => Kill();

    private void Kill()
    {
        stopped = true;
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            // Closing its input ends a worker's loop; one that does not end soon is killed.
            process.StandardInput.Close();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await process.WaitForExitAsync(grace.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException)
        {
            Kill();
        }
        process.Dispose();
    }
}

/// <summary>A worker process could not be started (its program missing, or the system refusing a process).</summary>
public sealed class WorkerStartException(string message, Exception? inner = null) : Exception(message, inner);
