namespace Extractor.Fetch;

/// <summary>
/// Why a page or file was not taken: a code (<see cref="FetchProblemCodes"/>) and a message naming what was
/// met. A transient problem (the network, the server's load) may go away on the next run; the others are
/// the site's content or rules and are only reported.
/// </summary>
public sealed record FetchProblem(string Code, string Message)
{
    /// <summary>Whether a later run may well succeed: a timeout, a dropped or cut answer, a server error, robots.txt unreachable.</summary>
    public bool Transient => FetchProblemCodes.Transient.Contains(Code);
}

/// <summary>The codes of <see cref="FetchProblem"/>, stored in <c>fetches.outcome</c>.</summary>
public static class FetchProblemCodes
{
    /// <summary>No complete answer within the time limit, on every attempt.</summary>
    public const string Timeout = "timeout";

    /// <summary>The connection failed or was dropped before an answer (refused, reset, name not resolved).</summary>
    public const string NetworkError = "network_error";

    /// <summary>A 5xx status (or 429, 408) on every attempt.</summary>
    public const string ServerError = "server_error";

    /// <summary>The body ended before the length the server announced, on every attempt.</summary>
    public const string Truncated = "truncated";

    /// <summary>The host's robots.txt could not be read (5xx or no answer): the host is treated as closed, as RFC 9309 asks.</summary>
    public const string RobotsUnreachable = "robots_unreachable";

    /// <summary>A file whose body does not start with <c>%PDF</c> (an HTML error page served as a .pdf).</summary>
    public const string NotPdf = "not_pdf";

    /// <summary>A file larger than the size cap (or a page larger than the page limit).</summary>
    public const string TooLarge = "too_large";

    /// <summary>A 4xx status other than 408 and 429 (a broken link, a forbidden file).</summary>
    public const string HttpError = "http_error";

    /// <summary>Redirects that come back to a URL already visited, or more than five in a row.</summary>
    public const string RedirectLoop = "redirect_loop";

    /// <summary>A redirect to a host the source does not list.</summary>
    public const string OffHost = "off_host";

    /// <summary>The host's robots.txt forbids the URL to this collector.</summary>
    public const string RobotsDisallowed = "robots_disallowed";

    /// <summary>The codes a later run may well not meet again.</summary>
    public static readonly IReadOnlySet<string> Transient = new HashSet<string>([Timeout, NetworkError, ServerError, Truncated, RobotsUnreachable]);

    /// <summary>
    /// Whether the code refuses what the server sent for what it is (not a PDF), a verdict that holds while the
    /// server says the content has not changed. A file over the size cap is not one: the cap may be raised.
    /// </summary>
    public static bool RefusesContent(string code) => code is NotPdf;
}
