using System.Runtime.InteropServices;
using System.Text.Json;
using Extractor.Mapping;

namespace Extractor.Pipeline.Workers;

/// <summary>
/// A worker's table classifier: each question goes to the batch's process over the worker's own pipes and
/// waits for its answer. The model (ML.NET) lives in that process only, loaded once for the batch, so a worker
/// compiled ahead of time carries none of it. The pipeline is synchronous and a worker serves one document at
/// a time, so the question blocks its thread.
/// </summary>
public sealed class BatchTableClassifier(Stream fromBatch, Stream toBatch) : ITableClassifier
{
    /// <summary>The table's text as the code units in process hold it (UTF-8 would mend a lone surrogate of a broken font map).</summary>
    public static byte[] Question(string text) => MemoryMarshal.AsBytes(text.AsSpan()).ToArray();

    public static string TextOf(ReadOnlySpan<byte> question) => new(MemoryMarshal.Cast<byte, char>(question));

    public TableTypeGuess Classify(string text)
    {
        WorkerFrames.WriteAsync(toBatch, WorkerMessage.Classify, Question(text)).GetAwaiter().GetResult();
        toBatch.Flush();
        ClassifierAnswer? answer;
        try
        {
            answer = WorkerFrames.ReadAsync(fromBatch).GetAwaiter().GetResult() is { } frame
                ? JsonSerializer.Deserialize(frame, WorkerProtocolJson.Default.ClassifierAnswer)
                : null;
        }
        catch (Exception e)
        {
            // The question is out and its answer not read: whatever this worker read next would be taken for the
            // next document's request. It ends instead, and the batch fails this document and starts another.
            Console.Error.WriteLine($"extractor-worker: the answer to a table's type could not be read: {e.Message}");
            Environment.Exit(3);
            throw;
        }
        if (answer is null) throw new EndOfStreamException("the batch closed the pipe before answering a table's type");
        return answer.Guess ?? throw new InvalidOperationException($"the batch could not type a table: {answer.Error}");
    }
}
