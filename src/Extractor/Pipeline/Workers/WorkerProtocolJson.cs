using System.Text.Json.Serialization;
using Extractor.Mapping;

namespace Extractor.Pipeline.Workers;

/// <summary>
/// Source-generated JSON for the worker protocol's own messages (the document itself goes as canonical JSON).
/// Without it the parent and each worker start the reflection-based serializer for two small records, which a
/// fresh process pays for in compilation on every run.
/// </summary>
[JsonSerializable(typeof(WorkerSettings))]
[JsonSerializable(typeof(WorkerRequest))]
[JsonSerializable(typeof(TableTypeGuess))]
internal sealed partial class WorkerProtocolJson : JsonSerializerContext;
