using Extractor.Export;
using Extractor.Fetch;
using Extractor.Pipeline;
using Extractor.Tests.Support;
using Microsoft.Data.Sqlite;
using Serilog;

namespace Extractor.Tests.Fetch;

/// <summary>
/// The collector against the fake publisher site on the loopback address: what it stores, what it refuses and
/// why, what it never asks for, and that a second run asks conditionally and takes only the changed file.
/// </summary>
public sealed class FetcherTests : IAsyncLifetime
{
    private readonly TemporaryDirectory folder = new();
    private FakePublisherSite site = null!;

    public async Task InitializeAsync() => site = await FakePublisherSite.StartAsync();

    /// <summary>
    /// The sources file of the brief, pointed at the site, with limits small enough for a test: a timeout that the
    /// slow file passes but a loaded machine's loopback answers do not, one quick retry, a 1 MB cap.
    /// </summary>
    private SourcesFile Sources() => SourcesFileLoader.Parse($"""
        timeout_seconds: 5
        retries: 1
        retry_delay_seconds: 0.05
        requests_per_second: 200
        concurrency: 4
        max_file_mb: 1
        sources:
          - name: example-district
            start: [{site.Url("czyjs/index.html")}]   # start pages
            follow: '预算|决算'                                 # links to visit (link text or URL, regex)
            files: '\.pdf$'                                    # links to take as files (URL, regex)
            depth: 2                                           # links followed from a start page, at most
        """);

    private async Task<FetchSummary> FetchAsync()
    {
        var sources = Sources();
        using var history = DocumentDatabase.OpenFetchHistory(folder.File("extractor.db"));
        return await new Fetcher(sources.Options, history, new LoggerConfiguration().CreateLogger())
            .FetchAsync(sources.Sources, folder.File("fetched"));
    }

    private static Dictionary<string, FileResult> ByPath(FetchSummary summary) =>
        summary.Files.ToDictionary(f => Uri.UnescapeDataString(f.Url.AbsolutePath));

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

    [Fact]
    public async Task Collects_each_file_once_refuses_what_is_not_a_pdf_and_a_second_run_takes_only_the_changed_file()
    {
        var first = await FetchAsync();

        var files = ByPath(first);
        Assert.Equal(8, first.Pages);
        Assert.Empty(first.PageProblems);
        // The same bytes under two URLs, fetched side by side: whichever came first is new, the other known content.
        Assert.Equal([FileOutcome.New, FileOutcome.KnownContent], new[] { files["/files/dev03.pdf"].Outcome, files["/files/copy.pdf"].Outcome }.Order());
        Assert.Equal(files["/files/dev03.pdf"].Sha256, files["/files/copy.pdf"].Sha256);
        Assert.Equal((FileOutcome.New, Sha(FakePublisherSite.Dev05)), (files["/files/changing.pdf"].Outcome, files["/files/changing.pdf"].Sha256));
        Assert.Equal((FileOutcome.New, Sha(FakePublisherSite.Dev01)), (files["/files/flaky.pdf"].Outcome, files["/files/flaky.pdf"].Sha256));
        Assert.Equal([500, 200], site.To("/files/flaky.pdf").Select(r => r.Status));
        Assert.Equal("南海区交通运输局2024年部门预算.pdf", files["/files/dev03.pdf"].LinkText);
        Assert.Equal(site.Url("czyjs/art1.html"), files["/files/dev03.pdf"].FoundOn);

        // Refused for what they are, failed for what a later run may not meet.
        Assert.Equal((FileOutcome.Refused, FetchProblemCodes.NotPdf), Outcome(files["/files/notice.pdf"]));
        Assert.Contains("<!DOCTYPE html>", files["/files/notice.pdf"].Problem!.Message);
        Assert.Equal((FileOutcome.Refused, FetchProblemCodes.TooLarge), Outcome(files["/files/huge.pdf"]));
        Assert.Equal((FileOutcome.Refused, FetchProblemCodes.RedirectLoop), Outcome(files["/files/loop.pdf"]));
        Assert.Equal((FileOutcome.Refused, FetchProblemCodes.RobotsDisallowed), Outcome(files["/private/内部预算.pdf"]));
        Assert.Equal((FileOutcome.Failed, FetchProblemCodes.Timeout), Outcome(files["/files/slow.pdf"]));
        Assert.Equal((FileOutcome.Failed, FetchProblemCodes.Truncated), Outcome(files["/files/cut.pdf"]));
        Assert.EndsWith("(2 attempts)", files["/files/slow.pdf"].Problem!.Message);
        Assert.Equal(2, site.To("/files/cut.pdf").Count);
        Assert.True(first.Incomplete);

        // Never asked: what robots.txt forbids, a page the pattern does not pick, one level too deep, another host.
        Assert.Empty(site.To("/private/内部预算.pdf"));
        Assert.Empty(site.To("/about.html"));
        Assert.Empty(site.To("/czyjs/detail/deeper.html"));
        Assert.DoesNotContain(files.Values, f => f.Url.Host != "127.0.0.1");
        Assert.Equal(10, files.Count);

        // Stored by content, each content once; nothing half-written left behind.
        var stored = Directory.GetFiles(folder.File("fetched/example-district")).Select(Path.GetFileName).Order();
        Assert.Equal(new[] { Sha(FakePublisherSite.Dev03), Sha(FakePublisherSite.Dev05), Sha(FakePublisherSite.Dev01) }.Select(s => s + ".pdf").Order(), stored);
        Assert.Equal(FakePublisherSite.Dev01, File.ReadAllBytes(folder.File($"fetched/example-district/{Sha(FakePublisherSite.Dev01)}.pdf")));
        Assert.Empty(Directory.GetFiles(folder.File("fetched/.partial")));

        site.Edition = 2;
        site.Requests.Clear();
        var second = await FetchAsync();

        files = ByPath(second);
        Assert.Equal((FileOutcome.Changed, Sha(FakePublisherSite.Dev17)), (files["/files/changing.pdf"].Outcome, files["/files/changing.pdf"].Sha256));
        Assert.All(new[] { "/files/dev03.pdf", "/files/copy.pdf", "/files/flaky.pdf" }, path =>
        {
            Assert.Equal(FileOutcome.Unchanged, files[path].Outcome);
            // Asked conditionally, answered 304: the body was not sent again.
            Assert.Equal(new SiteRequest(path, Conditional: true, Status: 304), Assert.Single(site.To(path)));
        });
        Assert.Equal(new SiteRequest("/files/changing.pdf", Conditional: true, Status: 200), Assert.Single(site.To("/files/changing.pdf")));
        // A content refused is asked for with its validators too: not downloaded again while it stays the same, and
        // still refused, with its reason.
        Assert.Equal(new SiteRequest("/files/notice.pdf", Conditional: true, Status: 304), Assert.Single(site.To("/files/notice.pdf")));
        Assert.Equal((FileOutcome.Refused, FetchProblemCodes.NotPdf), Outcome(files["/files/notice.pdf"]));
        Assert.Contains("<!DOCTYPE html>", files["/files/notice.pdf"].Problem!.Message);
        Assert.EndsWith("(unchanged since it was refused)", files["/files/notice.pdf"].Problem!.Message);
        // The pages too: asked with the ETag they were stored with, answered 304, their links read from the store
        // (index_1.html's charset came in its Content-Type header only, which a 304 does not repeat).
        Assert.All(new[] { "/czyjs/index.html", "/czyjs/index_1.html", "/czyjs/index_2.html", "/czyjs/art1.html", "/czyjs/art3.html" },
            path => Assert.Equal(new SiteRequest(path, Conditional: true, Status: 304), Assert.Single(site.To(path))));
        Assert.Equal(10, files.Count);
        Assert.Equal(8, second.Sources.Single().Pages);
        Assert.Equal(4, Directory.GetFiles(folder.File("fetched/example-district")).Length);

        // The history: each URL's versions with first and last sighting, each problem with its message.
        using var connection = new SqliteConnection($"Data Source={folder.File("extractor.db")};Pooling=False");
        connection.Open();
        var versions = Rows(connection, "SELECT sha256, first_seen < last_seen FROM fetches WHERE url LIKE '%/files/changing.pdf' AND outcome = 'stored' ORDER BY first_seen");
        Assert.Equal([(Sha(FakePublisherSite.Dev05), 0L), (Sha(FakePublisherSite.Dev17), 0L)], versions.Select(r => ((string)r[0]!, (long)r[1]!)));
        var dev03 = Rows(connection, "SELECT link_text, found_on, etag IS NOT NULL, first_seen < last_seen FROM fetches WHERE url LIKE '%/files/dev03.pdf'").Single();
        Assert.Equal(["南海区交通运输局2024年部门预算.pdf", site.Url("czyjs/art1.html").AbsoluteUri, 1L, 1L], dev03);
        Assert.Equal(["example-district"], Rows(connection, "SELECT name FROM sources").Select(r => r[0]));
        Assert.Equal(8, Rows(connection, "SELECT url FROM fetches WHERE outcome = 'page'").Count);
        Assert.Equal(["not_pdf", "redirect_loop", "robots_disallowed", "timeout", "too_large", "truncated"],
            Rows(connection, "SELECT outcome FROM fetches WHERE kind = 'file' AND sha256 = '' ORDER BY outcome").Select(r => (string)r[0]!));
    }

    [Fact]
    public async Task An_address_that_served_a_version_then_an_error_page_is_asked_for_the_error_page_conditionally()
    {
        await FetchAsync();
        site.Edition = 4;
        var refused = ByPath(await FetchAsync())["/files/changing.pdf"];
        Assert.Equal((FileOutcome.Refused, FetchProblemCodes.NotPdf), (refused.Outcome, refused.Problem?.Code));
        site.Requests.Clear();

        var again = ByPath(await FetchAsync())["/files/changing.pdf"];

        // Asked with the error page's ETag, not the stored version's: a 304, and refused again for the same reason.
        Assert.Equal(new SiteRequest("/files/changing.pdf", Conditional: true, Status: 304), Assert.Single(site.To("/files/changing.pdf")));
        Assert.Equal((FileOutcome.Refused, FetchProblemCodes.NotPdf), (again.Outcome, again.Problem?.Code));
        Assert.Contains("页面维护中", again.Problem!.Message);
    }

    /// <summary>Fetches six /pace/ files, each taking the given time, with the given rate and concurrency.</summary>
    private async Task<FetchSummary> FetchPacedAsync(int milliseconds, int requestsPerSecond, int concurrency)
    {
        var sources = SourcesFileLoader.Parse($"""
            requests_per_second: {requestsPerSecond}
            concurrency: {concurrency}
            sources:
              - name: paced
                urls: [{string.Join(", ", Enumerable.Range(1, 6).Select(n => site.Url($"pace/{n}.pdf?milliseconds={milliseconds}")))}]
            """);
        using var history = DocumentDatabase.OpenFetchHistory(folder.File("extractor.db"));
        return await new Fetcher(sources.Options, history, new LoggerConfiguration().CreateLogger()).FetchAsync(sources.Sources, folder.File("fetched"));
    }

    [Fact]
    public async Task Keeps_to_the_request_rate_of_the_host()
    {
        var summary = await FetchPacedAsync(milliseconds: 10, requestsPerSecond: 10, concurrency: 4);

        Assert.Equal([FileOutcome.New, .. Enumerable.Repeat(FileOutcome.KnownContent, 5)], summary.Files.Select(f => f.Outcome).Order());
        // Six starts 100 ms apart span 500 ms; unthrottled, four at once, they would span a few tens of milliseconds.
        var arrivals = site.PacedArrivals.Order().ToList();
        Assert.InRange(arrivals[^1] - arrivals[0], TimeSpan.FromMilliseconds(440), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Keeps_to_the_concurrency_of_the_host()
    {
        await FetchPacedAsync(milliseconds: 200, requestsPerSecond: 1000, concurrency: 2);

        Assert.Equal(2, site.MostPacedInFlight);
    }

    [Fact]
    public async Task A_start_page_that_cannot_be_read_leaves_the_fetch_incomplete()
    {
        var sources = SourcesFileLoader.Parse($"""
            sources:
              - name: moved
                start: [{site.Url("czyjs/moved.html")}]
                follow: '预算'
            """);
        using var history = DocumentDatabase.OpenFetchHistory(folder.File("extractor.db"));

        var summary = await new Fetcher(sources.Options, history, new LoggerConfiguration().CreateLogger()).FetchAsync(sources.Sources, folder.File("fetched"));

        var problem = Assert.Single(summary.PageProblems);
        Assert.Equal((true, FetchProblemCodes.HttpError, "HTTP 404 Not Found"), (problem.StartPage, problem.Problem.Code, problem.Problem.Message));
        Assert.True(summary.Incomplete);
        Assert.Equal(0, summary.Pages);
    }

    [Fact]
    public async Task Takes_a_followed_link_that_serves_a_pdf_and_refuses_a_redirect_off_the_host_and_a_broken_link()
    {
        var sources = SourcesFileLoader.Parse($"""
            sources:
              - name: downloads
                start: [{site.Url("czyjs/downloads.html")}]
                follow: '预算'
            """);
        using var history = DocumentDatabase.OpenFetchHistory(folder.File("extractor.db"));

        var summary = await new Fetcher(sources.Options, history, new LoggerConfiguration().CreateLogger()).FetchAsync(sources.Sources, folder.File("fetched"));

        var files = ByPath(summary);
        Assert.Equal((FileOutcome.New, Sha(FakePublisherSite.Dev03), "2024年部门预算下载"),
            (files["/download.jsp"].Outcome, files["/download.jsp"].Sha256, files["/download.jsp"].LinkText));
        Assert.Equal((FileOutcome.Refused, FetchProblemCodes.OffHost), Outcome(files["/files/elsewhere.pdf"]));
        Assert.Equal((FileOutcome.Refused, FetchProblemCodes.HttpError), Outcome(files["/files/missing.pdf"]));
        Assert.Equal("HTTP 404 Not Found", files["/files/missing.pdf"].Problem!.Message);
        // Refusals are the site's doing: the fetch is complete.
        Assert.False(summary.Incomplete);
    }

    [Theory]
    [InlineData(503, FileOutcome.Failed, FetchProblemCodes.RobotsUnreachable)]
    [InlineData(404, FileOutcome.New, null)]
    public async Task A_robots_txt_that_answers_5xx_closes_the_host_and_one_that_answers_4xx_opens_it(int status, FileOutcome outcome, string? code)
    {
        site.RobotsStatus = status;
        var sources = SourcesFileLoader.Parse($"""
            retries: 0
            sources:
              - name: direct
                urls: [{site.Url("files/dev03.pdf")}]
            """);
        using var history = DocumentDatabase.OpenFetchHistory(folder.File("extractor.db"));

        var summary = await new Fetcher(sources.Options, history, new LoggerConfiguration().CreateLogger()).FetchAsync(sources.Sources, folder.File("fetched"));

        Assert.Equal((outcome, code), Outcome(Assert.Single(summary.Files)));
        Assert.Equal(code is null ? 1 : 0, site.To("/files/dev03.pdf").Count);
        Assert.Equal(code is not null, summary.Incomplete);
    }

    private static (FileOutcome, string?) Outcome(FileResult file) => (file.Outcome, file.Problem?.Code);

    private static List<object?[]> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add(row);
        }
        return rows;
    }

    public async Task DisposeAsync()
    {
        await site.DisposeAsync();
        folder.Dispose();
    }
}
