namespace Extractor.Fetch;

/// <summary>
/// How politely the sites are asked, the same for every source: per-attempt time limit, retries, the request
/// rate and concurrency allowed per host, and the largest file taken.
/// </summary>
public sealed record FetchOptions
{
    /// <summary>The product token robots.txt groups are matched against.</summary>
    public const string RobotsToken = "extractor";

    /// <summary>The largest index or article page read (a page is held in memory while its links are read).</summary>
    public const long MaxPageBytes = 10 * 1024 * 1024;

    /// <summary>Redirects followed from one URL; a longer chain is reported as a redirect loop.</summary>
    public const int MaxRedirects = 5;

    /// <summary>The User-Agent header: the program and its version, so a site's operator can tell who asks.</summary>
    public string UserAgent { get; init; } =
        $"{RobotsToken}/{typeof(FetchOptions).Assembly.GetName().Version?.ToString(3) ?? "0"} (budget disclosure collector)";

    /// <summary>The time one attempt (request and whole body) may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Attempts after the first for a timeout, a dropped or truncated answer, or a 5xx / 429 / 408 status.</summary>
    public int Retries { get; init; } = 3;

    /// <summary>The wait before the first retry; each later one waits about twice as long, with jitter.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Requests started per second on one host, at most (robots.txt's Crawl-delay may slow it further).</summary>
    public double RequestsPerSecond { get; init; } = 1;

    /// <summary>Requests in flight on one host at once, at most.</summary>
    public int ConcurrencyPerHost { get; init; } = 2;

    /// <summary>The largest file taken; a larger one is refused (before it is read when its length is announced).</summary>
    public long MaxFileBytes { get; init; } = 200L * 1024 * 1024;
}
