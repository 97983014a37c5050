namespace Extractor.Ingest;

/// <summary>Limits and secrets for opening one PDF (the <c>ingest</c> section of pipeline.yaml).</summary>
public sealed record IngestOptions
{
    /// <summary>Files larger than this are refused before they are read into memory.</summary>
    public long MaxFileBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>
    /// The decompression budget: the most bytes one compressed stream may inflate to. A stream that would
    /// inflate past it (a "Flate bomb") makes the document fail with a resource-limit diagnostic instead of
    /// letting the parser allocate it.
    /// </summary>
    public long MaxStreamBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>Passwords to try on encrypted documents, after the empty one.</summary>
    public IReadOnlyList<string> Passwords { get; init; } = [];
}
