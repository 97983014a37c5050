namespace Extractor.Fetch;

/// <summary>
/// What the collector remembers between runs (kept in the output folder's database): the sources, and for each
/// URL each content it served (a version, with the validators to ask for it conditionally) or why it served none.
/// Calls may come from several threads at once.
/// </summary>
public interface IFetchHistory
{
    /// <summary>Records a source and its settings as this run reads it.</summary>
    void RecordSource(SourceDefinition source, DateTimeOffset at);

    /// <summary>The version the URL served last, or null for a URL that never served a file.</summary>
    KnownVersion? LatestVersion(string source, Uri url);

    /// <summary>
    /// Why the URL's last answer was refused for what it held (an HTML page served as a PDF), with the validators the
    /// server gave it; null where its last answer was anything else (a stored version among them).
    /// </summary>
    KnownRefusal? LatestRefusal(string source, Uri url);

    /// <summary>The page content the URL served last (kept for its links), or null for a URL never read as a page.</summary>
    KnownVersion? LatestPage(string source, Uri url);

    /// <summary>
    /// Records what a URL gave: a version (first seen now, or seen again), a page read, or a problem. A record of
    /// the same source, URL and content (or, without content, the URL's last such record) is updated: its first
    /// sighting kept, its last sighting, outcome and message replaced, and its other fields kept where this one has none.
    /// </summary>
    void Record(FetchRecord record);
}

/// <summary>A version a URL served: its content, where it is stored, and the validators the server gave it.</summary>
public sealed record KnownVersion(string Sha256, string File, string? ETag, string? LastModified);

/// <summary>A content a URL served and the collector refused: the problem's code and message, the validators the server gave it.</summary>
public sealed record KnownRefusal(string Code, string Message, string? ETag, string? LastModified);

/// <summary>Whether a fetched URL was read as a page (for its links) or taken as a file.</summary>
public enum FetchKind { Page, File }

/// <summary>One row of the fetch history: what a URL of a source gave at a moment.</summary>
/// <param name="Outcome"><see cref="Stored"/>, <see cref="Read"/>, or a <see cref="FetchProblemCodes"/> code.</param>
public sealed record FetchRecord(string Source, Uri Url, FetchKind Kind, string Outcome, DateTimeOffset At)
{
    /// <summary>The outcome of a file whose content is stored.</summary>
    public const string Stored = "stored";

    /// <summary>The outcome of a page read for its links.</summary>
    public const string Read = "page";

    /// <summary>The stored content's SHA-256: a file's, or a page's (kept for its links); empty for a problem.</summary>
    public string Sha256 { get; init; } = "";

    /// <summary>The stored file, relative to the fetched folder.</summary>
    public string? File { get; init; }

    public long? Bytes { get; init; }

    /// <summary>The text of the link the file was found by (null for a direct URL).</summary>
    public string? LinkText { get; init; }

    /// <summary>The page the link was found on.</summary>
    public Uri? FoundOn { get; init; }

    public string? ETag { get; init; }
    public string? LastModified { get; init; }

    /// <summary>The problem's message, for a problem.</summary>
    public string? Message { get; init; }
}
