using System.Text.Json.Serialization;
using Extractor.Mapping;

namespace Extractor.Pipeline.Workers;

/// <summary>The batch's answer to a worker's question on a table: the model's guess, or why there is none.</summary>
public sealed record ClassifierAnswer(TableTypeGuess? Guess, string? Error);

/// <summary>
/// Source-generated JSON for the worker protocol's own messages (the document itself goes as canonical JSON).
/// Without it the parent and each worker start the reflection-based serializer for two small records, which a
/// fresh process pays for in compilation on every run.
/// </summary>
[JsonSerializable(typeof(WorkerSettings))]
[JsonSerializable(typeof(WorkerRequest))]
[JsonSerializable(typeof(ClassifierAnswer))]
internal sealed partial class WorkerProtocolJson : JsonSerializerContext;
