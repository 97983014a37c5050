using System.Text;
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
    private readonly Lock gate = new();

    public TableTypeGuess Classify(string text)
    {
        var question = Encoding.UTF8.GetBytes(text);
        lock (gate)
        {
            WorkerFrames.WriteAsync(toBatch, WorkerMessage.Classify, question).GetAwaiter().GetResult();
            toBatch.Flush();
            var answer = WorkerFrames.ReadAsync(fromBatch).GetAwaiter().GetResult()
                ?? throw new EndOfStreamException("the batch closed the pipe before answering a table's type");
            return JsonSerializer.Deserialize(answer, WorkerProtocolJson.Default.TableTypeGuess);
        }
    }
}
