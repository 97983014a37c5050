using Extractor.Export;
using Extractor.Ingest;
using Extractor.Validation;

namespace Extractor.Pipeline;

/// <summary>Everything pipeline.yaml configures, bound and validated.</summary>
public sealed record PipelineOptions
{
    /// <summary>The stages to run, in order; always a prefix of <see cref="Model.PipelineStages.InOrder"/>.</summary>
    public IReadOnlyList<string> Stages { get; init; } = Model.PipelineStages.InOrder;

    /// <summary>How many documents are processed at once.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The wall-clock limit for one document: room for a 60-page scan read by OCR at 1–3 s a page on a loaded machine.</summary>
    public TimeSpan DocumentTimeout { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary>When pages are read by OCR: pages without a usable text layer (the default), never, or every page.</summary>
    public Layout.Ocr.OcrMode Ocr { get; init; } = Layout.Ocr.OcrMode.Auto;

    public IngestOptions Ingest { get; init; } = new();
    public ValidationOptions Validation { get; init; } = new();
    public Workers.IsolationOptions Isolation { get; init; } = new();
    public ExportOptions Export { get; init; } = new();
}
