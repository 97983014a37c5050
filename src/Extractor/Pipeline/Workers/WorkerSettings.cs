using System.Text.Json;
using Extractor.Ingest;
using Extractor.Model;
using Extractor.Validation;

namespace Extractor.Pipeline.Workers;

/// <summary>
/// The options a worker processes documents with, as the batch's process sends them on start: what decides a
/// document's record (stages, ingest limits and passwords, the validation policy), nothing of the outputs.
/// </summary>
public sealed record WorkerSettings(
    IReadOnlyList<string> Stages, Layout.Ocr.OcrMode Ocr, long MaxFileBytes, long MaxStreamBytes, IReadOnlyList<string> Passwords,
    RoundingPolicy Rounding, IReadOnlyList<string> DisabledRules, IReadOnlyDictionary<string, FindingSeverity> Severities)
{
    public static WorkerSettings From(PipelineOptions options) => new(
        options.Stages, options.Ocr, options.Ingest.MaxFileBytes, options.Ingest.MaxStreamBytes, options.Ingest.Passwords,
        options.Validation.Rounding, [.. options.Validation.DisabledRules], options.Validation.Severities);

    public PipelineOptions ToOptions() => new()
    {
        Stages = Stages,
        Ocr = Ocr,
        Ingest = new IngestOptions { MaxFileBytes = MaxFileBytes, MaxStreamBytes = MaxStreamBytes, Passwords = Passwords },
        Validation = new ValidationOptions { Rounding = Rounding, DisabledRules = DisabledRules.ToHashSet(), Severities = Severities },
        Isolation = new IsolationOptions { Workers = false },
    };

    public string ToJson() => JsonSerializer.Serialize(this, WorkerProtocolJson.Default.WorkerSettings);

    public static WorkerSettings FromJson(string json) =>
        JsonSerializer.Deserialize(json, WorkerProtocolJson.Default.WorkerSettings) ?? throw new InvalidDataException("the worker settings are empty");
}
