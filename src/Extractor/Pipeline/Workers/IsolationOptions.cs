namespace Extractor.Pipeline.Workers;

/// <summary>
/// How documents are kept apart (the <c>isolation</c> section of pipeline.yaml): each in a worker process
/// whose memory is bounded, so a hostile file — a decompression bomb behind any filter chain or encryption,
/// a damaged font program, a parser loop — fails that file alone and the batch goes on.
/// </summary>
public sealed record IsolationOptions
{
    /// <summary>Process documents in worker processes (the default); false runs them in the batch's own process.</summary>
    public bool Workers { get; init; } = true;

    /// <summary>
    /// The most memory one worker may hold (resident set). Its managed heap is capped below this; a worker
    /// that reaches it is stopped, and the document it held fails with a resource-limit diagnostic.
    /// </summary>
    public long MaxMemoryBytes { get; init; } = 600L * 1024 * 1024;
}
