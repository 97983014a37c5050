using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Polly;
using Polly.Retry;

namespace Extractor.Fetch;

/// <summary>
/// The collector's HTTP: every request waits for its host's turn (<see cref="HostThrottle"/>), is checked against
/// the host's robots.txt, has a time limit, and is retried with exponential backoff and jitter (Polly) when it
/// timed out, was dropped or cut short, or got a 5xx, 429 or 408 status. Redirects are followed here, hop by hop,
/// so that each hop is checked against the source's hosts and robots.txt and a loop is caught. A file's body goes
/// straight to a temporary file, hashed as it is read, refused as soon as it shows not to be a PDF or passes the
/// size cap.
/// </summary>
internal sealed class PoliteHttpClient : IDisposable
{
    /// <summary>The most a Retry-After header may make a retry wait.</summary>
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(2);

    /// <summary>How far into a file its <c>%PDF</c> header may be: readers accept bytes before it, as far as this.</summary>
    private const int PdfHeaderWindow = 1024;

    private readonly FetchOptions options;
    private readonly HttpClient client;
    private readonly HostThrottle throttle;
    private readonly ResiliencePipeline<HttpAnswer> retry;
    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsRules>>> robots = new(StringComparer.OrdinalIgnoreCase);

    public PoliteHttpClient(FetchOptions options)
    {
        this.options = options;
        throttle = new HostThrottle(options);
        client = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        })
        {
            // Each attempt has its own limit (below), which a throttled wait does not count against.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        retry = options.Retries == 0 ? ResiliencePipeline<HttpAnswer>.Empty : new ResiliencePipelineBuilder<HttpAnswer>()
            .AddRetry(new RetryStrategyOptions<HttpAnswer>
            {
                ShouldHandle = arguments => ValueTask.FromResult(arguments.Outcome.Result?.Transient == true),
                MaxRetryAttempts = options.Retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                MaxDelay = TimeSpan.FromMinutes(5),
                DelayGenerator = arguments => ValueTask.FromResult(
                    arguments.Outcome.Result?.RetryAfter is { } after ? (TimeSpan?)TimeSpan.FromTicks(Math.Min(after.Ticks, MaxRetryAfter.Ticks)) : null),
            })
            .Build();
    }

    /// <summary>
    /// A page's bytes (up to <see cref="FetchOptions.MaxPageBytes"/>), redirects followed within the allowed hosts;
    /// 304 when the validators of the stored page still hold.
    /// </summary>
    public Task<HttpAnswer> GetPageAsync(Uri url, Validators? validators, Func<Uri, bool> allowedHost, CancellationToken cancellation) =>
        FollowAsync(url, validators, null, allowedHost, checkRobots: true, cancellation);

    /// <summary>
    /// A file, written to <paramref name="temporaryPath"/> when it is a PDF within the size cap; 304 when the
    /// validators still hold. The temporary file exists only when the answer carries it.
    /// </summary>
    public Task<HttpAnswer> GetFileAsync(Uri url, Validators? validators, string temporaryPath, Func<Uri, bool> allowedHost, CancellationToken cancellation) =>
        FollowAsync(url, validators, temporaryPath, allowedHost, checkRobots: true, cancellation);

    /// <summary>Requests the URL, each attempt retried as the policy says, and follows its redirects hop by hop.</summary>
    private async Task<HttpAnswer> FollowAsync(Uri url, Validators? validators, string? temporaryPath, Func<Uri, bool> allowedHost,
        bool checkRobots, CancellationToken cancellation)
    {
        var chain = new List<Uri> { url };
        var hop = url;
        while (true)
        {
            if (checkRobots && await RobotsAsync(hop, cancellation) is var rules && !rules.Allows(hop))
                return new HttpAnswer
                {
                    Url = hop,
                    Problem = rules.Unreachable ?? new FetchProblem(FetchProblemCodes.RobotsDisallowed, $"robots.txt of {hop.Authority} forbids {Uri.UnescapeDataString(hop.PathAndQuery)}"),
                };
            int attempts = 0;
            var answer = await retry.ExecuteAsync(async token =>
            {
                attempts++;
                return await AttemptAsync(hop, validators, temporaryPath, token);
            }, cancellation);
            answer = answer with { Attempts = attempts };
            if (answer.RedirectTo is not { } next) return answer;
            if (chain.Contains(next) || chain.Count > FetchOptions.MaxRedirects)
                return answer with
                {
                    RedirectTo = null,
                    Problem = new FetchProblem(FetchProblemCodes.RedirectLoop,
                        $"{(chain.Contains(next) ? "a redirect loop" : $"more than {FetchOptions.MaxRedirects} redirects")}: {string.Join(" → ", chain.Append(next))}"),
                };
            if (!allowedHost(next))
                return answer with { RedirectTo = null, Problem = new FetchProblem(FetchProblemCodes.OffHost, $"redirected to {next}, a host the source does not list") };
            chain.Add(next);
            hop = next;
        }
    }

    /// <summary>The host's robots.txt, read once a run (concurrent askers share the one request).</summary>
    private Task<RobotsRules> RobotsAsync(Uri url, CancellationToken cancellation) =>
        robots.GetOrAdd(url.GetLeftPart(UriPartial.Authority), origin => new Lazy<Task<RobotsRules>>(() => ReadRobotsAsync(new Uri(origin + "/robots.txt"), cancellation))).Value;

    /// <summary>
    /// RFC 9309: a 4xx answer means no rules; a 5xx or no answer means the host is closed for now. A Crawl-delay
    /// slows the host's throttle.
    /// </summary>
    private async Task<RobotsRules> ReadRobotsAsync(Uri robotsUrl, CancellationToken cancellation)
    {
        var answer = await FollowAsync(robotsUrl, null, null, _ => true, checkRobots: false, cancellation);
        RobotsRules rules;
        if (answer.Page is { } body) rules = RobotsRules.Parse(Encoding.UTF8.GetString(body), FetchOptions.RobotsToken);
        else if (answer.Problem is { Transient: true } problem)
            rules = RobotsRules.Closed(new FetchProblem(FetchProblemCodes.RobotsUnreachable, $"{robotsUrl} could not be read ({problem.Code}: {problem.Message}), so the host is not visited"));
        else rules = RobotsRules.AllowAll;
        if (rules.CrawlDelay is { } delay) throttle.SlowDown(robotsUrl.Authority, delay);
        return rules;
    }

    /// <summary>One request, in the host's turn and within the time limit. Every failure is an answer with its problem, never an exception.</summary>
    private async Task<HttpAnswer> AttemptAsync(Uri url, Validators? validators, string? temporaryPath, CancellationToken cancellation)
    {
        using var slot = await throttle.EnterAsync(url.Authority, cancellation);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(options.Timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd(temporaryPath is null ? "text/html,application/xhtml+xml,*/*;q=0.8" : "application/pdf,*/*;q=0.8");
            if (validators?.ETag is { } etag) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            if (validators?.LastModified is { } modified) request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token);
            var answer = new HttpAnswer
            {
                Url = url,
                ContentType = response.Content.Headers.ContentType?.ToString(),
                ETag = response.Headers.ETag?.ToString(),
                LastModified = response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture),
            };
            int status = (int)response.StatusCode;
            if (status is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location)
                return answer with { RedirectTo = new Uri(url, location) };
            if (response.StatusCode == HttpStatusCode.NotModified)
                return validators is not null ? answer with { NotModified = true }
                    : answer with { Problem = new FetchProblem(FetchProblemCodes.HttpError, "HTTP 304 to a request that was not conditional") };
            if (status >= 500 || status is 429 or 408)
                return answer with { Problem = new FetchProblem(FetchProblemCodes.ServerError, $"HTTP {status} {response.ReasonPhrase}"), RetryAfter = RetryAfter(response.Headers.RetryAfter) };
            if (!response.IsSuccessStatusCode)
                return answer with { Problem = new FetchProblem(FetchProblemCodes.HttpError, $"HTTP {status} {response.ReasonPhrase}") };
            await using var body = await response.Content.ReadAsStreamAsync(limit.Token);
            return temporaryPath is null
                ? await ReadPageAsync(answer, body, response.Content.Headers.ContentLength, limit.Token)
                : await ReadFileAsync(answer, body, response.Content.Headers.ContentLength, temporaryPath, limit.Token);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return Failed(url, temporaryPath, FetchProblemCodes.Timeout, $"no complete answer within {options.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s");
        }
        catch (TruncatedException e)
        {
            return Failed(url, temporaryPath, FetchProblemCodes.Truncated, e.Message);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return Failed(url, temporaryPath, FetchProblemCodes.NetworkError, e.Message);
        }
    }

    private static HttpAnswer Failed(Uri url, string? temporaryPath, string code, string message)
    {
        if (temporaryPath is not null) File.Delete(temporaryPath);
        return new HttpAnswer { Url = url, Problem = new FetchProblem(code, message) };
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header) =>
        header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null);

    private static async Task<HttpAnswer> ReadPageAsync(HttpAnswer answer, Stream body, long? announced, CancellationToken cancellation)
    {
        if (announced > FetchOptions.MaxPageBytes) return answer with { Problem = TooLarge(announced.Value, FetchOptions.MaxPageBytes, "page") };
        using var page = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await ReadAsync(body, buffer, page.Length, announced, cancellation)) > 0)
        {
            if (page.Length + read > FetchOptions.MaxPageBytes) return answer with { Problem = TooLarge(null, FetchOptions.MaxPageBytes, "page") };
            page.Write(buffer, 0, read);
        }
        return answer with { Page = page.ToArray() };
    }

    /// <summary>
    /// Streams the body to the temporary file, hashing it. The first bytes decide whether it is a PDF, so an error
    /// page is refused without reading the rest; the cap is checked against the announced length first, then as the
    /// bytes come.
    /// </summary>
    private async Task<HttpAnswer> ReadFileAsync(HttpAnswer answer, Stream body, long? announced, string temporaryPath, CancellationToken cancellation)
    {
        if (announced > options.MaxFileBytes) return answer with { Problem = TooLarge(announced.Value, options.MaxFileBytes, "file") };
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long total = 0;
        bool checkedHeader = false;
        var head = new MemoryStream();
        bool complete = false;
        try
        {
            await using (var file = new FileStream(temporaryPath, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous))
            {
                int read;
                while ((read = await ReadAsync(body, buffer, total, announced, cancellation)) > 0)
                {
                    total += read;
                    if (total > options.MaxFileBytes) return answer with { Problem = TooLarge(null, options.MaxFileBytes, "file") };
                    if (!checkedHeader)
                    {
                        head.Write(buffer, 0, read);
                        if (head.Length >= PdfHeaderWindow)
                        {
                            if (NotPdf(head.ToArray()) is { } problem) return answer with { Problem = problem };
                            checkedHeader = true;
                        }
                    }
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellation);
                }
                if (!checkedHeader && NotPdf(head.ToArray()) is { } shortProblem) return answer with { Problem = shortProblem };
                await file.FlushAsync(cancellation);
                // On disk before it is renamed into place: a crash then leaves the old state or the whole file.
                file.Flush(flushToDisk: true);
            }
            complete = true;
            return answer with { File = new DownloadedFile(temporaryPath, Convert.ToHexStringLower(hash.GetHashAndReset()), total) };
        }
        finally
        {
            if (!complete) File.Delete(temporaryPath);
        }
    }

    /// <summary>
    /// Reads the next bytes of a body. A connection that ends or is reset before the announced length is a
    /// truncated answer, however the socket reports it (an early end, a reset).
    /// </summary>
    private static async Task<int> ReadAsync(Stream body, byte[] buffer, long received, long? announced, CancellationToken cancellation)
    {
        try
        {
            return await body.ReadAsync(buffer, cancellation);
        }
        catch (IOException e) when (announced is { } length && received < length)
        {
            throw new TruncatedException($"the answer ended after {received.ToString("N0", CultureInfo.InvariantCulture)} of the {length.ToString("N0", CultureInfo.InvariantCulture)} bytes announced ({e.Message})");
        }
    }

    /// <summary>A body cut short of its announced length, raised while reading it.</summary>
    private sealed class TruncatedException(string message) : IOException(message);

    /// <summary>Null when <c>%PDF</c> is among the first bytes; else the refusal, quoting how the body starts.</summary>
    private static FetchProblem? NotPdf(byte[] head)
    {
        var window = head.AsSpan(0, Math.Min(head.Length, PdfHeaderWindow));
        if (window.IndexOf("%PDF"u8) >= 0) return null;
        var start = new string(Encoding.UTF8.GetString(window[..Math.Min(window.Length, 60)]).Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
        return new FetchProblem(FetchProblemCodes.NotPdf, $"not a PDF: the body starts with \"{start}\", not %PDF");
    }

    private static FetchProblem TooLarge(long? announced, long cap, string what) => new(FetchProblemCodes.TooLarge,
        announced is { } length
            ? $"the {what} is {length.ToString("N0", CultureInfo.InvariantCulture)} bytes, over the cap of {cap.ToString("N0", CultureInfo.InvariantCulture)}"
            : $"the {what} passed the cap of {cap.ToString("N0", CultureInfo.InvariantCulture)} bytes while it was read");

    public void Dispose() => client.Dispose();
}
