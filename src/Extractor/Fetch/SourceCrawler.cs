using System.Text.RegularExpressions;
using Serilog;

namespace Extractor.Fetch;

/// <summary>
/// Collects one source: reads its index pages and their continuation pages (conditionally, as files are), follows the links the source's
/// <c>follow</c> pattern picks up to its depth, gathers the links its <c>files</c> pattern picks (and its direct
/// URLs), then fetches each file once: conditionally when a version of it is stored, into the content store, and
/// recorded in the history with its link text and the page it was found on.
/// </summary>
internal sealed class SourceCrawler(SourceDefinition source, PoliteHttpClient http, ContentStore store, IFetchHistory history, int parallelism, ILogger log)
{
    /// <summary>A page to read: its depth (links followed from an index page) and, for an index page, its start page.</summary>
    private sealed record PageVisit(Uri Url, int Depth, Uri? StartPage, string? LinkText = null, Uri? FoundOn = null);

    /// <summary>A file to fetch, with the link that named it (none for a direct URL).</summary>
    private sealed record FileLink(Uri Url, string? LinkText, Uri? FoundOn);

    /// <summary>What reading a page gave: its links and the record of its content, or its problem.</summary>
    private sealed record PageRead(PageVisit Visit, IReadOnlyList<PageLink> Links, FetchProblem? Problem, bool IsPdf = false)
    {
        public FetchRecord? Record { get; init; }
    }

    public async Task<SourceReport> CrawlAsync(CancellationToken cancellation)
    {
        var visited = new HashSet<Uri>(source.Start);
        var indexPages = source.Start.Distinct().ToDictionary(s => s, _ => 1);
        var fileUrls = new HashSet<Uri>();
        var files = new List<FileLink>();
        var problems = new List<PageProblem>();
        int pages = 0;

        void AddFile(Uri url, string? text, Uri? foundOn)
        {
            if (fileUrls.Add(url)) files.Add(new FileLink(url, text, foundOn));
        }

        var frontier = source.Start.Distinct().Select(start => new PageVisit(start, 0, start)).ToList();
        while (frontier.Count > 0)
        {
            var next = new List<PageVisit>();
            foreach (var read in await InParallel(frontier, ReadPageAsync, cancellation))
            {
                var visit = read.Visit;
                if (read.Problem is { } problem)
                {
                    problems.Add(new PageProblem(source.Name, visit.Url, problem, StartPage: visit.StartPage == visit.Url));
                    Record(visit.Url, FetchKind.Page, problem.Code, problem.Message);
                    log.Warning("{Source}: page {Url:l} not read: {Code}: {Message:l}", source.Name, visit.Url.ToString(), problem.Code, problem.Message);
                    continue;
                }
                if (read.IsPdf)
                {
                    // A followed link that serves a PDF itself (download.jsp?id=…) is a file.
                    AddFile(visit.Url, visit.LinkText, visit.FoundOn);
                    continue;
                }
                pages++;
                history.Record(read.Record!);
                foreach (var link in read.Links.Where(l => source.AllowsHost(l.Url)))
                {
                    if (visit.StartPage is { } start && ContinuationPages.Of(start, link.Url))
                    {
                        if (indexPages[start] < source.IndexPages && visited.Add(link.Url))
                        {
                            indexPages[start]++;
                            next.Add(new PageVisit(link.Url, 0, start));
                        }
                    }
                    else if (Matches(source.Files, link.Url)) AddFile(link.Url, link.Text, visit.Url);
                    else if (visit.Depth < source.Depth && source.Follow is { } follow
                        && (follow.IsMatch(link.Text) || Matches(follow, link.Url)) && visited.Add(link.Url))
                        next.Add(new PageVisit(link.Url, visit.Depth + 1, null, link.Text, visit.Url));
                }
            }
            frontier = next;
        }
        foreach (var url in source.Urls) AddFile(url, null, null);

        var results = await InParallel(files, FetchFileAsync, cancellation);
        return new SourceReport(source.Name, pages, results, problems);
    }

    /// <summary>A pattern matched against the URL as sent (percent-encoded) and as read (decoded, so a pattern may name Chinese words).</summary>
    private static bool Matches(Regex pattern, Uri url) =>
        pattern.IsMatch(url.AbsoluteUri) || pattern.IsMatch(Uri.UnescapeDataString(url.AbsoluteUri));

    /// <summary>
    /// Reads a page for its links: conditionally where its last content is stored, so that an unchanged index page
    /// costs a 304 and is read from the store. The page is kept decoded (its charset may have come with the answer's
    /// headers, which a 304 does not repeat), named by the hash of the bytes served.
    /// </summary>
    private async Task<PageRead> ReadPageAsync(PageVisit visit, CancellationToken cancellation)
    {
        var known = history.LatestPage(source.Name, visit.Url);
        var stored = known is { ETag: not null } or { LastModified: not null } ? store.ReadPage(known.File) : null;
        var answer = await http.GetPageAsync(visit.Url, stored is null ? null : new Validators(known!.ETag, known.LastModified), source.AllowsHost, cancellation);
        if (answer.Problem is { } problem) return new PageRead(visit, [], WithAttempts(problem, answer.Attempts));
        string html, sha256;
        if (answer.NotModified)
        {
            (html, sha256) = (stored!, known!.Sha256);
            log.Debug("{Source}: page {Url:l} not modified", source.Name, visit.Url.ToString());
        }
        else
        {
            var body = answer.Page!;
            if (body.AsSpan(0, Math.Min(body.Length, 1024)).IndexOf("%PDF"u8) >= 0) return new PageRead(visit, [], null, IsPdf: true);
            html = PageCharset.Decode(body, PageCharset.CharsetParameter(answer.ContentType));
            sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body));
        }
        return new PageRead(visit, PageLinks.Read(answer.Url, html), null)
        {
            Record = new FetchRecord(source.Name, visit.Url, FetchKind.Page, FetchRecord.Read, DateTimeOffset.UtcNow)
            {
                Sha256 = sha256, File = store.StorePage(html, sha256), ETag = answer.ETag, LastModified = answer.LastModified,
            },
        };
    }

    private async Task<FileResult> FetchFileAsync(FileLink link, CancellationToken cancellation)
    {
        var known = history.LatestVersion(source.Name, link.Url);
        // What the URL served last decides how it is asked for: a content refused last time (an HTML page served as
        // .pdf) with that answer's validators, so it is not downloaded again every night while it stays the same,
        // though the URL once served a version; else the stored version's, sent only while the stored file is there
        // (a 304 must not stand for a file that is gone).
        var last = history.LatestRefusal(source.Name, link.Url);
        var refused = last is { ETag: not null } or { LastModified: not null } ? last : null;
        var validators = refused is not null ? new Validators(refused.ETag, refused.LastModified)
            : known is { ETag: not null } or { LastModified: not null } && store.Contains(source.Name, known.Sha256) ? new Validators(known.ETag, known.LastModified)
            : null;
        var answer = await http.GetFileAsync(link.Url, validators, store.NewTemporary(), source.AllowsHost, cancellation);
        var record = new FetchRecord(source.Name, link.Url, FetchKind.File, FetchRecord.Stored, DateTimeOffset.UtcNow)
        {
            LinkText = link.LinkText, FoundOn = link.FoundOn, ETag = answer.ETag, LastModified = answer.LastModified,
        };
        var result = new FileResult(source.Name, link.Url, FileOutcome.Unchanged) { LinkText = link.LinkText, FoundOn = link.FoundOn };
        if (answer.NotModified && refused is not null)
        {
            var unchanged = new FetchProblem(refused.Code, $"{refused.Message} (unchanged since it was refused)");
            history.Record(record with { Outcome = refused.Code, Message = refused.Message, ETag = refused.ETag, LastModified = refused.LastModified });
            log.Warning("{Source}: {Url:l} not taken: {Code}: {Message:l}", source.Name, link.Url.ToString(), unchanged.Code, unchanged.Message);
            return result with { Outcome = FileOutcome.Refused, Problem = unchanged };
        }
        if (answer.NotModified && known is not null)
        {
            history.Record(record with { Sha256 = known.Sha256, File = known.File });
            log.Information("{Source}: {Url:l} not modified since it was stored as {File}", source.Name, link.Url.ToString(), known.File);
            return result with { Sha256 = known.Sha256, File = known.File };
        }
        if (answer.File is { } file)
        {
            var (stored, existed) = store.Commit(file.TemporaryPath, source.Name, file.Sha256);
            history.Record(record with { Sha256 = file.Sha256, File = stored, Bytes = file.Bytes });
            var outcome = known?.Sha256 == file.Sha256 ? FileOutcome.Unchanged
                : known is not null ? FileOutcome.Changed
                : existed ? FileOutcome.KnownContent
                : FileOutcome.New;
            log.Information("{Source}: {Url:l}: {Outcome}, stored as {File} ({Bytes} bytes)", source.Name, link.Url.ToString(), outcome, stored, file.Bytes);
            return result with { Outcome = outcome, Sha256 = file.Sha256, File = stored };
        }
        var problem = WithAttempts(answer.Problem!, answer.Attempts);
        history.Record(record with { Outcome = problem.Code, Message = problem.Message });
        log.Warning("{Source}: {Url:l} not taken: {Code}: {Message:l}", source.Name, link.Url.ToString(), problem.Code, problem.Message);
        return result with { Outcome = problem.Transient ? FileOutcome.Failed : FileOutcome.Refused, Problem = problem };
    }

    private void Record(Uri url, FetchKind kind, string outcome, string? message = null) =>
        history.Record(new FetchRecord(source.Name, url, kind, outcome, DateTimeOffset.UtcNow) { Message = message });

    private static FetchProblem WithAttempts(FetchProblem problem, int attempts) =>
        attempts > 1 ? problem with { Message = $"{problem.Message} ({attempts} attempts)" } : problem;

    /// <summary>Runs the work items concurrently (the throttle keeps each host's share), the results in the items' order.</summary>
    private async Task<TResult[]> InParallel<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, CancellationToken, Task<TResult>> work, CancellationToken cancellation)
    {
        var results = new TResult[items.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, items.Count),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellation },
            async (i, token) => results[i] = await work(items[i], token));
        return results;
    }
}
