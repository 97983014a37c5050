using System.Text.Json;
using Extractor.Ingest;
using Extractor.Model;

namespace Extractor.Pipeline.Workers;

/// <summary>A document sent to a worker: its name and hash (the bytes follow in a frame of their own).</summary>
public sealed record WorkerRequest(string Name, string Sha256);

/// <summary>
/// The worker's side of the protocol (<c>extractor-worker</c>, compiled ahead of time, or <c>extractor worker</c>):
/// the settings first, then for each request the document processed, as canonical JSON on one line, until its
/// input closes. While a document is processed the worker may ask the batch to type a table
/// (<see cref="BatchTableClassifier"/>). Nothing else is written to its output; its error stream carries only
/// what the runtime prints when it fails.
/// </summary>
public static class WorkerHost
{
    /// <summary>Set when the heap limit was hit while a document was processed, even where the parser caught it.</summary>
    private static volatile bool outOfMemory;

    public static async Task<int> RunAsync(Stream input, Stream output)
    {
        if (await WorkerFrames.ReadTextAsync(input) is not { } settings) return 0;
        var processor = new DocumentProcessor(WorkerSettings.FromJson(settings).ToOptions(), new BatchTableClassifier(input, output));
        // PdfPig's lenient parsing swallows failures while decoding a page, an out-of-memory one included: the
        // page would come out empty and the bomb pass for an image-only scan. Any such failure is seen here first.
        AppDomain.CurrentDomain.FirstChanceException += (_, e) =>
        {
            if (e.Exception is OutOfMemoryException) outOfMemory = true;
        };
        while (await WorkerFrames.ReadTextAsync(input) is { } header)
        {
            var request = JsonSerializer.Deserialize(header, WorkerProtocolJson.Default.WorkerRequest) ?? throw new InvalidDataException("an empty worker request");
            var bytes = await WorkerFrames.ReadAsync(input) ?? throw new EndOfStreamException("a worker request without its file");
            var file = new SourceFile(request.Name, bytes, request.Sha256);
            outOfMemory = false;
            var document = processor.Process(file);
            if (outOfMemory)
            {
                document = DocumentProcessor.Failed(file, DiagnosticCodes.ResourceLimit, PipelineStages.Layout,
                    "resource limit: the document needs more memory than its worker's limit (a decompression bomb, or a damaged font or image)");
                GC.Collect();
            }
            await WorkerFrames.WriteAsync(output, WorkerMessage.Document, CanonicalJson.SerializeToUtf8(document, CanonicalJson.Compact));
            await output.FlushAsync();
        }
        return 0;
    }
}
