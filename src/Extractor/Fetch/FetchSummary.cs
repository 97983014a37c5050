namespace Extractor.Fetch;

/// <summary>
/// What became of a file URL: a content never stored before (<c>New</c>), a new version at a URL that served
/// another before (<c>Changed</c>), the version stored already (<c>Unchanged</c>: 304, or the same bytes), a
/// content stored already under another URL (<c>KnownContent</c>), refused for what it is (<c>Refused</c>), or not
/// fetched for a problem a later run may not meet (<c>Failed</c>).
/// </summary>
public enum FileOutcome { New, Changed, Unchanged, KnownContent, Refused, Failed }

/// <summary>One file URL of a source, and what became of it.</summary>
public sealed record FileResult(string Source, Uri Url, FileOutcome Outcome)
{
    public string? LinkText { get; init; }
    public Uri? FoundOn { get; init; }

    /// <summary>The stored content's hash, when the URL gave one.</summary>
    public string? Sha256 { get; init; }

    /// <summary>The stored file, relative to the fetched folder.</summary>
    public string? File { get; init; }

    public FetchProblem? Problem { get; init; }
}

/// <summary>A page that could not be read for its links; <c>StartPage</c> when it is one the sources file names.</summary>
public sealed record PageProblem(string Source, Uri Url, FetchProblem Problem, bool StartPage);

/// <summary>What one source gave: the pages read, each file URL's outcome, and the pages that could not be read.</summary>
public sealed record SourceReport(string Name, int Pages, IReadOnlyList<FileResult> Files, IReadOnlyList<PageProblem> PageProblems);

/// <summary>What a fetch did, source by source; <see cref="Incomplete"/> when something may succeed on a later run.</summary>
public sealed record FetchSummary(IReadOnlyList<SourceReport> Sources, TimeSpan Elapsed)
{
    public IEnumerable<FileResult> Files => Sources.SelectMany(s => s.Files);

    public IEnumerable<PageProblem> PageProblems => Sources.SelectMany(s => s.PageProblems);

    public int Pages => Sources.Sum(s => s.Pages);

    public int Count(FileOutcome outcome) => Files.Count(f => f.Outcome == outcome);

    /// <summary>
    /// Whether a start page could not be read (for whatever reason: a column that moved leaves its source
    /// uncollected), or a page or file could not be fetched for a transient problem (timeout, network, 5xx, truncated).
    /// </summary>
    public bool Incomplete => Count(FileOutcome.Failed) > 0 || PageProblems.Any(p => p.StartPage || p.Problem.Transient);
}
