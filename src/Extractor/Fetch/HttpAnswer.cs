namespace Extractor.Fetch;

/// <summary>The validators of a stored version, sent so that a server answers an unchanged file with 304 and no body.</summary>
public sealed record Validators(string? ETag, string? LastModified);

/// <summary>A file written to a temporary path while it was read, with its content hash and size.</summary>
internal sealed record DownloadedFile(string TemporaryPath, string Sha256, long Bytes);

/// <summary>
/// What one request came to: a redirect to follow, 304, a page's bytes, a downloaded file, or a problem; with
/// what the server said of the content (type, validators) and of when to ask again.
/// </summary>
internal sealed record HttpAnswer
{
    /// <summary>The address that gave this answer (the last of a redirect chain).</summary>
    public required Uri Url { get; init; }

    public Uri? RedirectTo { get; init; }
    public bool NotModified { get; init; }
    public byte[]? Page { get; init; }
    public DownloadedFile? File { get; init; }
    public FetchProblem? Problem { get; init; }
    public string? ContentType { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }

    /// <summary>The wait a 429 or 503 answer asked for (Retry-After).</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>How many attempts the last request of the chain took.</summary>
    public int Attempts { get; init; } = 1;

    public bool Transient => Problem?.Transient == true;
}
