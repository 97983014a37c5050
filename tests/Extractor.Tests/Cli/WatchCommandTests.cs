using System.Text.Json;
using Extractor.Cli.Evaluation;
using Extractor.Tests.Fetch;
using Extractor.Tests.Support;

namespace Extractor.Tests.Cli;

/// <summary>
/// <c>extractor watch</c> and <c>extractor fetch</c> as a scheduler runs them, against the fake publisher site on
/// the loopback address: what each run processes, what it says is new, and its exit code.
/// </summary>
public sealed class WatchCommandTests(PostgresServer server) : IAsyncLifetime, IClassFixture<PostgresServer>
{
    private readonly TemporaryDirectory folder = new();
    private FakePublisherSite site = null!;

    public async Task InitializeAsync() => site = await FakePublisherSite.StartAsync();

    /// <summary>
    /// Writes a sources file with the test's limits (one retry, a 1 MB cap) and the given source. The timeout is short
    /// only where a test waits for one; elsewhere a loaded machine must not turn a local answer into a timeout.
    /// </summary>
    private string SourcesFile(string source, int timeoutSeconds = 30)
    {
        File.WriteAllText(folder.File("sources.yaml"), $"""
            timeout_seconds: {timeoutSeconds}
            retries: 1
            retry_delay_seconds: 0.05
            requests_per_second: 200
            concurrency: 4
            max_file_mb: 1
            sources:
            {source}
            """);
        return folder.File("sources.yaml");
    }

    private string WholeSite() => SourcesFile($"""
          - name: example-district
            start: [{site.Url("czyjs/index.html")}]   # start pages
            follow: '预算|决算'                                 # links to visit (link text or URL, regex)
            files: '\.pdf$'                                    # links to take as files (URL, regex)
            depth: 2                                           # links followed from a start page, at most
        """, timeoutSeconds: 5);

    private string DirectUrls(params string[] paths) => SourcesFile($"""
          - name: direct
            urls: [{string.Join(", ", paths.Select(p => site.Url(p)))}]
        """);

    /// <summary>Runs watch; its exit code, standard output and summary JSON.</summary>
    private (int ExitCode, string Output, JsonElement Summary) Watch(string sources, params string[] options)
    {
        var (exitCode, stdout, stderr) = ExtractorProcess.Run(folder.Path, ["watch", sources, "--out", "out", "--summary-json", "watch.json", .. options]);
        Assert.True(File.Exists(folder.File("watch.json")), stdout + stderr);
        using var json = JsonDocument.Parse(File.ReadAllText(folder.File("watch.json")));
        return (exitCode, stdout, json.RootElement.Clone());
    }

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

    /// <summary>The paths of the documents in out/extractor.db, in order.</summary>
    private List<string> StoredPaths()
    {
        using var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={folder.File("out/extractor.db")};Pooling=False");
        db.Open();
        return DatabaseRows.Texts(db, "SELECT path FROM documents ORDER BY path");
    }

    private static List<string> Strings(JsonElement array, string property) =>
        [.. array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!)];

    [Fact]
    public void Processes_the_site_then_only_its_changed_file_and_exits_3_while_some_files_cannot_be_fetched()
    {
        var (exitCode, output, summary) = Watch(WholeSite());

        // Three contents stored (the copy under a second URL is the same content), three documents made of them.
        Assert.Equal(3, exitCode);
        Assert.Equal(3, summary.GetProperty("exit_code").GetInt32());
        Assert.Equal(3, summary.GetProperty("fetch").GetProperty("files").GetProperty("new").GetInt32());
        Assert.Equal(1, summary.GetProperty("fetch").GetProperty("files").GetProperty("known_content").GetInt32());
        Assert.Equal(3, summary.GetProperty("run").GetProperty("documents").GetInt32());
        var documents = summary.GetProperty("new_documents");
        Assert.Equal(new[] { Sha(FakePublisherSite.Dev03), Sha(FakePublisherSite.Dev05), Sha(FakePublisherSite.Dev01) }.Select(s => $"example-district/{s}.pdf").Order(),
            Strings(documents, "path").Order());
        var dev03 = documents.EnumerateArray().Single(d => d.GetProperty("path").GetString()!.Contains(Sha(FakePublisherSite.Dev03)));
        Assert.Equal("佛山市南海区交通运输局", dev03.GetProperty("department").GetString());
        Assert.Equal([site.Url("files/copy.pdf").AbsoluteUri, site.Url("files/dev03.pdf").AbsoluteUri],
            dev03.GetProperty("urls").EnumerateArray().Select(u => u.GetString()!).Order());
        int firstFindings = summary.GetProperty("new_error_findings").GetArrayLength();
        Assert.True(firstFindings > 0);
        Assert.Equal(summary.GetProperty("run").GetProperty("error_findings").GetInt32(), firstFindings);
        Assert.Equal(["not_pdf", "redirect_loop", "robots_disallowed", "timeout", "too_large", "truncated"],
            Strings(summary.GetProperty("fetch").GetProperty("problems"), "code").Order());
        Assert.Contains($"refused     {site.Url("files/notice.pdf")}: not_pdf: not a PDF: the body starts with \"<!DOCTYPE html>", output);
        Assert.Contains($"FAILED      {site.Url("files/slow.pdf")}: timeout: no complete answer within 5 s (2 attempts)", output);
        Assert.Contains("new since the last run: 3 documents", output);
        Assert.EndsWith("outputs in out (exit code 3)\n", output);

        site.Edition = 2;
        (exitCode, output, summary) = Watch(WholeSite());

        // Only the new version of the changed file is read; the rest is unchanged, the same files still refused.
        // The replaced version's document leaves the database and the output folder: each publication once.
        Assert.Equal(3, exitCode);
        Assert.Equal(1, summary.GetProperty("fetch").GetProperty("files").GetProperty("changed").GetInt32());
        Assert.Equal(3, summary.GetProperty("fetch").GetProperty("files").GetProperty("unchanged").GetInt32());
        Assert.Equal((3, 2), (summary.GetProperty("run").GetProperty("documents").GetInt32(), summary.GetProperty("run").GetProperty("unchanged").GetInt32()));
        string replaced = $"example-district/{Sha(FakePublisherSite.Dev05)}.pdf";
        Assert.Equal([replaced], summary.GetProperty("replaced_documents").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains($"replaced     {replaced}: its URLs now serve a newer version", output);
        Assert.False(File.Exists(folder.File($"out/example-district/{Sha(FakePublisherSite.Dev05)}.json")));
        Assert.True(File.Exists(folder.File($"out/fetched/example-district/{Sha(FakePublisherSite.Dev05)}.pdf")), "the replaced file itself is kept");
        Assert.Equal(new[] { Sha(FakePublisherSite.Dev03), Sha(FakePublisherSite.Dev17), Sha(FakePublisherSite.Dev01) }.Select(s => $"example-district/{s}.pdf").Order(), StoredPaths());
        var changed = Assert.Single(summary.GetProperty("new_documents").EnumerateArray());
        Assert.Equal($"example-district/{Sha(FakePublisherSite.Dev17)}.pdf", changed.GetProperty("path").GetString());
        Assert.Equal([site.Url("files/changing.pdf").AbsoluteUri], changed.GetProperty("urls").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal("部门预算（更新版）", changed.GetProperty("link_text").GetString());
        Assert.All(summary.GetProperty("new_error_findings").EnumerateArray(), f => Assert.Equal(changed.GetProperty("path").GetString(), f.GetProperty("path").GetString()));
        Assert.Contains($"changed     {site.Url("files/changing.pdf")} → example-district/{Sha(FakePublisherSite.Dev17)}.pdf (a new version)", output);
        Assert.Contains("new since the last run: 1 documents", output);
        Assert.NotEqual(0, summary.GetProperty("new_error_findings").GetArrayLength());

        site.Edition = 3;
        (exitCode, output, summary) = Watch(WholeSite());

        // The same disclosure saved again: a new document replacing the old, whose errors are not new.
        string republished = $"example-district/{Sha(FakePublisherSite.Dev17Republished)}.pdf";
        Assert.Equal(republished, Assert.Single(summary.GetProperty("new_documents").EnumerateArray()).GetProperty("path").GetString());
        Assert.Equal([$"example-district/{Sha(FakePublisherSite.Dev17)}.pdf"], summary.GetProperty("replaced_documents").EnumerateArray().Select(p => p.GetString()));
        Assert.NotEqual(0, summary.GetProperty("run").GetProperty("error_findings").GetInt32());
        Assert.Empty(summary.GetProperty("new_error_findings").EnumerateArray());
        Assert.Contains("new since the last run: 1 documents, 0 error findings", output);
    }

    [Fact]
    public void A_watch_with_nothing_new_exits_0_says_so_and_export_writes_the_fetch_history()
    {
        var sources = DirectUrls("files/dev03.pdf", "files/copy.pdf");
        var (exitCode, _, summary) = Watch(sources);
        Assert.Equal(0, exitCode);
        Assert.Single(summary.GetProperty("new_documents").EnumerateArray());

        (exitCode, var output, summary) = Watch(sources);

        Assert.Equal(0, exitCode);
        Assert.Empty(summary.GetProperty("new_documents").EnumerateArray());
        Assert.Empty(summary.GetProperty("new_error_findings").EnumerateArray());
        Assert.Equal(2, summary.GetProperty("fetch").GetProperty("files").GetProperty("unchanged").GetInt32());
        Assert.Contains("new since the last run: 0 documents, 0 error findings", output);
        Assert.Contains("summary: 1 documents: 0 ok, 0 with diagnostics, 0 failed, 1 unchanged, 0 copies; 0 pages", output);
        // A nightly log names what happened, not each of the thousands of files that did not change.
        Assert.DoesNotContain(output.Split('\n'), line => line.StartsWith("unchanged   ", StringComparison.Ordinal));
        // Watch has no --force: the line offers none.
        Assert.Contains("unchanged: 1 documents stored already by this pipeline version and configuration, not read again\n", output);

        var (exportCode, _, stderr) = ExtractorProcess.Run(folder.Path, "export", "out");
        Assert.Equal(0, exportCode);
        var rows = CsvText.Parse(File.ReadAllText(folder.File("out/fetches.csv")));
        var header = rows[0];
        Assert.Equal(2, rows.Count - 1);
        Assert.All(rows.Skip(1), row =>
        {
            Assert.Equal(("direct", "stored", "佛山市南海区交通运输局"), (row[header.IndexOf("source")], row[header.IndexOf("outcome")], row[header.IndexOf("department")]));
            Assert.Equal($"direct/{Sha(FakePublisherSite.Dev03)}.pdf", row[header.IndexOf("path")]);
        });
        var sourceRows = CsvText.Parse(File.ReadAllText(folder.File("out/sources.csv")));
        Assert.Equal(["source", "definition", "first_run", "last_run"], sourceRows[0]);
        var source = Assert.Single(sourceRows.Skip(1));
        Assert.Equal("direct", source[0]);
        Assert.Contains(site.Url("files/dev03.pdf").AbsoluteUri, source[1]);
        Assert.True(string.CompareOrdinal(source[2], source[3]) < 0, "first run before last run");
        Assert.Equal("", stderr);
    }

    [Fact]
    public void Watch_keeps_its_fetch_history_in_postgresql_beside_the_documents_and_a_second_watch_finds_nothing_new()
    {
        var url = server.NewDatabase();
        var sources = DirectUrls("files/dev03.pdf", "files/copy.pdf");

        var (exitCode, _, summary) = Watch(sources, "--database", url);

        Assert.Equal(0, exitCode);
        Assert.Equal(1, summary.GetProperty("fetch").GetProperty("files").GetProperty("new").GetInt32());
        Assert.Equal(1, summary.GetProperty("run").GetProperty("documents").GetInt32());
        Assert.Equal($"direct/{Sha(FakePublisherSite.Dev03)}.pdf", Assert.Single(summary.GetProperty("new_documents").EnumerateArray()).GetProperty("path").GetString());
        Assert.False(File.Exists(folder.File("out/extractor.db")));
        using (var connection = PostgresServer.Open(url))
        {
            // Both addresses with the validators the site gave (sent back next time), the content stored once as a document.
            Assert.Equal([$"{site.Url("files/copy.pdf").AbsoluteUri} stored etag", $"{site.Url("files/dev03.pdf").AbsoluteUri} stored etag"],
                DatabaseRows.Texts(connection, "SELECT url || ' ' || outcome || CASE WHEN etag IS NULL THEN '' ELSE ' etag' END FROM fetches ORDER BY url"));
            Assert.Equal(["direct"], DatabaseRows.Texts(connection, "SELECT name FROM sources"));
            Assert.Equal([$"direct/{Sha(FakePublisherSite.Dev03)}.pdf"], DatabaseRows.Texts(connection, "SELECT path FROM documents"));
        }
        site.Requests.Clear();

        (exitCode, var output, summary) = Watch(sources, "--database", url);

        Assert.Equal(0, exitCode);
        Assert.Equal(2, summary.GetProperty("fetch").GetProperty("files").GetProperty("unchanged").GetInt32());
        Assert.Equal(0, summary.GetProperty("fetch").GetProperty("files").GetProperty("new").GetInt32());
        Assert.Empty(summary.GetProperty("new_documents").EnumerateArray());
        Assert.Empty(summary.GetProperty("new_error_findings").EnumerateArray());
        Assert.Contains("summary: 1 documents: 0 ok, 0 with diagnostics, 0 failed, 1 unchanged, 0 copies; 0 pages", output);
        // Asked conditionally, answered 304: nothing fetched again.
        Assert.All(["/files/dev03.pdf", "/files/copy.pdf"], path => Assert.Equal(new SiteRequest(path, Conditional: true, Status: 304), Assert.Single(site.To(path))));

        var (exportCode, _, stderr) = ExtractorProcess.Run(folder.Path, "export", "out", "--database", url);
        Assert.Equal((0, ""), (exportCode, stderr));
        var rows = CsvText.Parse(File.ReadAllText(folder.File("out/fetches.csv")));
        Assert.Equal(2, rows.Count - 1);
        Assert.All(rows.Skip(1), row => Assert.Equal(("direct", "stored", $"direct/{Sha(FakePublisherSite.Dev03)}.pdf"),
            (row[rows[0].IndexOf("source")], row[rows[0].IndexOf("outcome")], row[rows[0].IndexOf("path")])));
    }

    [Fact]
    public async Task Three_watch_shards_into_one_postgresql_database_each_fetch_their_own_publisher_once()
    {
        var url = server.NewDatabase();
        // Two publishers on two hosts (the same fake site by two names): shard 2 of 3 owns 127.0.0.1, shard 1 localhost.
        var localhost = new UriBuilder(site.Url("files/changing.pdf")) { Host = "localhost" }.Uri;
        var sources = SourcesFile($"""
              - name: first
                urls: [{site.Url("files/dev03.pdf")}]
              - name: second
                urls: [{localhost}]
            """);
        Task<(int ExitCode, string Stdout, string Stderr)[]> Shards() => Task.WhenAll(Enumerable.Range(0, 3).Select(i => Task.Run(() =>
            ExtractorProcess.Run(folder.Path, "watch", sources, "--shard", $"{i}/3", "--out", $"shard-{i}", "--database", url, "--summary-json", $"shard-{i}.json"))));
        JsonElement Summary(int i) => JsonDocument.Parse(File.ReadAllText(folder.File($"shard-{i}.json"))).RootElement.Clone();

        var first = await Shards();

        Assert.All(first, run => Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr));
        Assert.Equal([[], [$"second/{Sha(FakePublisherSite.Dev05)}.pdf"], [$"first/{Sha(FakePublisherSite.Dev03)}.pdf"]],
            Enumerable.Range(0, 3).Select(i => Strings(Summary(i).GetProperty("new_documents"), "path")).ToList());
        using (var connection = PostgresServer.Open(url))
        {
            Assert.Equal([$"first/{Sha(FakePublisherSite.Dev03)}.pdf", $"second/{Sha(FakePublisherSite.Dev05)}.pdf"],
                DatabaseRows.Texts(connection, "SELECT path FROM documents ORDER BY path"));
            Assert.Equal(["first", "second"], DatabaseRows.Texts(connection, "SELECT name FROM sources ORDER BY name"));
        }

        site.Edition = 2;
        var second = await Shards();

        // Only the changed publisher's shard reads anything; its old version leaves the shared database.
        Assert.All(second, run => Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr));
        Assert.Equal([[], [$"second/{Sha(FakePublisherSite.Dev17)}.pdf"], []],
            Enumerable.Range(0, 3).Select(i => Strings(Summary(i).GetProperty("new_documents"), "path")).ToList());
        using (var connection = PostgresServer.Open(url))
            Assert.Equal([$"first/{Sha(FakePublisherSite.Dev03)}.pdf", $"second/{Sha(FakePublisherSite.Dev17)}.pdf"],
                DatabaseRows.Texts(connection, "SELECT path FROM documents ORDER BY path"));
        Assert.Equal([$"second/{Sha(FakePublisherSite.Dev05)}.pdf"], Summary(1).GetProperty("replaced_documents").EnumerateArray().Select(p => p.GetString()));
        Assert.False(File.Exists(folder.File($"shard-1/second/{Sha(FakePublisherSite.Dev05)}.json")), "the replaced version's JSON left its shard's folder");
    }

    [Fact]
    public void A_fetched_document_that_fails_makes_the_watch_exit_1()
    {
        var (exitCode, output, summary) = Watch(DirectUrls("files/garbage.pdf"));

        Assert.Equal(1, exitCode);
        var failed = Assert.Single(summary.GetProperty("new_documents").EnumerateArray());
        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(failed.GetProperty("failure").GetString()));
        Assert.Contains("FAILED", output);
    }

    [Fact]
    public void Fetch_stores_each_content_once_and_exits_0()
    {
        var sources = DirectUrls("files/dev03.pdf", "files/copy.pdf", "files/notice.pdf");

        var (exitCode, stdout, _) = ExtractorProcess.Run(folder.Path, "fetch", sources, "--into", "fetched");

        Assert.Equal(0, exitCode);
        Assert.Equal([$"{Sha(FakePublisherSite.Dev03)}.pdf"], Directory.GetFiles(folder.File("fetched/direct")).Select(Path.GetFileName));
        Assert.Contains($"refused     {site.Url("files/notice.pdf")}: not_pdf", stdout);
        Assert.Contains("fetch: 1 sources, 0 pages read, 0 not; 3 files: 1 new, 0 changed, 0 unchanged, 1 known content under a new URL, 1 refused, 0 failed", stdout);
        Assert.EndsWith("files in fetched (exit code 0)\n", stdout);
        Assert.True(File.Exists(folder.File("fetched/extractor.db")));
    }

    [Fact]
    public void Fetch_keeps_its_history_in_postgresql_when_told_and_asks_again_conditionally()
    {
        var url = server.NewDatabase();
        var sources = DirectUrls("files/dev03.pdf", "files/notice.pdf");

        var (exitCode, stdout, stderr) = ExtractorProcess.Run(folder.Path, "fetch", sources, "--into", "fetched", "--history", url);
        Assert.True(exitCode == 0, stdout + stderr);
        Assert.False(File.Exists(folder.File("fetched/extractor.db")), "the history went to PostgreSQL");
        using (var connection = PostgresServer.Open(url))
            Assert.Equal([$"{site.Url("files/dev03.pdf").AbsoluteUri} stored", $"{site.Url("files/notice.pdf").AbsoluteUri} not_pdf"],
                DatabaseRows.Texts(connection, "SELECT url || ' ' || outcome FROM fetches ORDER BY url"));
        site.Requests.Clear();

        (exitCode, stdout, stderr) = ExtractorProcess.Run(folder.Path, "fetch", sources, "--into", "fetched", "--history", url);

        // Both asked with the validators PostgreSQL kept: the stored file and the refused page answer 304.
        Assert.True(exitCode == 0, stdout + stderr);
        Assert.All(["/files/dev03.pdf", "/files/notice.pdf"], path => Assert.Equal(new SiteRequest(path, Conditional: true, Status: 304), Assert.Single(site.To(path))));
        Assert.Contains("1 unchanged", stdout);
    }

    [Fact]
    public void Run_over_a_folder_fetch_collected_reads_only_the_last_version_of_a_replaced_file_as_watch_does()
    {
        var sources = DirectUrls("files/changing.pdf", "files/dev03.pdf");
        Assert.Equal(0, ExtractorProcess.Run(folder.Path, "fetch", sources, "--into", "fetched").ExitCode);
        var (exitCode, stdout, stderr) = ExtractorProcess.Run(folder.Path, "run", "fetched", "--out", "out");
        Assert.True(exitCode is 0 or 1, stdout + stderr);

        site.Edition = 2;
        Assert.Equal(0, ExtractorProcess.Run(folder.Path, "fetch", sources, "--into", "fetched").ExitCode);
        (exitCode, stdout, stderr) = ExtractorProcess.Run(folder.Path, "run", "fetched", "--out", "out");

        // The first version's file stays in the folder but is not read, and its document leaves the dataset.
        Assert.True(exitCode is 0 or 1, stdout + stderr);
        string first = $"direct/{Sha(FakePublisherSite.Dev05)}.pdf", second = $"direct/{Sha(FakePublisherSite.Dev17)}.pdf";
        Assert.True(File.Exists(folder.File($"fetched/{first}")));
        Assert.Contains($"replaced     {first}: its URLs now serve a newer version, whose document replaces it", stdout);
        Assert.Contains("summary: 2 documents: ", stdout);
        Assert.Equal(new[] { second, $"direct/{Sha(FakePublisherSite.Dev03)}.pdf" }.Order(StringComparer.Ordinal), StoredPaths());
        Assert.False(File.Exists(folder.File($"out/{Path.ChangeExtension(first, ".json")}")));
    }

    [Fact]
    public void A_bad_sources_file_is_a_configuration_error_naming_the_key_and_line()
    {
        var sources = SourcesFile($"""
              - name: example-district
                start: [{site.Url("czyjs/index.html")}]
                folow: '预算'
            """);

        var (exitCode, stdout, stderr) = ExtractorProcess.Run(folder.Path, "watch", sources, "--out", "out");

        Assert.Equal((2, ""), (exitCode, stdout));
        Assert.Equal($"configuration error: {sources}: line 10: unknown key 'sources[0].folow' (known here: name, start, follow, files, depth, urls, hosts, pages)", stderr.Trim());
        Assert.Empty(site.Requests);
    }

    public async Task DisposeAsync()
    {
        await site.DisposeAsync();
        folder.Dispose();
    }
}
