using Extractor.Export;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Tests.Support;

namespace Extractor.Tests.Export;

/// <summary>
/// PostgreSQL as the shared store: four shard workers writing into it at once, a worker killed mid-run and
/// started again, and the readers, each held to the single-process SQLite run of the same files row for row.
/// </summary>
[Collection(ShardedCorpusCollection.Name)]
public sealed class PostgresDocumentStoreTests(ShardedCorpus corpus, PostgresServer server) : IClassFixture<PostgresServer>
{
    private static SortedDictionary<string, List<string>> Rows(string url)
    {
        using var connection = PostgresServer.Open(url);
        return DatabaseRows.Of(connection);
    }

    private void AssertEqualsReference(string url, string why = "")
    {
        var rows = Rows(url);
        Assert.True(DatabaseRows.Equal(corpus.ReferenceRows, rows),
            $"{why}{DatabaseRows.Counts(corpus.ReferenceRows)} vs {DatabaseRows.Counts(rows)}; first difference: {DatabaseRows.FirstDifference(corpus.ReferenceRows, rows)}");
    }

    [Fact]
    public void Four_shard_workers_writing_at_once_equal_a_single_sqlite_run_and_a_rerun_adds_nothing()
    {
        var url = server.NewDatabase();
        var work = corpus.NewFolder("postgres-shards");
        string[] Shard(int i, string folder) => ["run", corpus.Inputs, "--shard", $"{i}/4", "--out", Path.Combine(work, folder), "--database", url];

        Enumerable.Range(0, 4).Select(i => ShardedCorpus.Start(Shard(i, $"shard-{i}"))).ToList().ForEach(ShardedCorpus.Finish);
        AssertEqualsReference(url);
        // Every shard again, and shard 1 twice at once (a worker thought dead, restarted beside itself): nothing duplicated.
        Enumerable.Range(0, 4).Select(i => ShardedCorpus.Start(Shard(i, $"shard-{i}"))).Append(ShardedCorpus.Start(Shard(1, "shard-1-twin"))).ToList().ForEach(ShardedCorpus.Finish);
        AssertEqualsReference(url, "after the re-run: ");
        // Two workers forced to write the same documents at the same moment (shard 2 twice with --force): each
        // document's old rows are replaced in one transaction under its path's lock, so one set of rows stays.
        string[] Forced(string folder) => [.. Shard(2, folder), "--force"];
        new[] { ShardedCorpus.Start(Forced("shard-2")), ShardedCorpus.Start(Forced("shard-2-twin")) }.ToList().ForEach(ShardedCorpus.Finish);
        AssertEqualsReference(url, "after two forced writers of the same documents: ");
    }

    [Fact]
    public void A_worker_killed_mid_run_and_started_again_leaves_no_duplicate_and_no_partial_document()
    {
        var url = server.NewDatabase();
        // The schema first, so that the checks between the kills find the tables even when a kill comes early.
        DocumentDatabase.OpenForReading(url).Dispose();
        var work = corpus.NewFolder("postgres-killed");
        var moments = new List<int>();
        string[] Run(int i) => ["run", corpus.Inputs, "--shard", $"{i}/2", "--out", Path.Combine(work, $"shard-{i}"), "--database", url];
        // How many tables each document has in the single run (bitflipped.pdf keeps its 22 pages and has none).
        const string TablesByPath = "SELECT d.path, (SELECT count(*) FROM tables t WHERE t.document_id = d.id) FROM documents d WHERE d.failed = 0";
        Dictionary<string, long> Read(System.Data.Common.DbConnection connection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = TablesByPath;
            using var reader = command.ExecuteReader();
            var tables = new Dictionary<string, long>();
            while (reader.Read()) tables[reader.GetString(0)] = Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
            return tables;
        }
        Dictionary<string, long> expected;
        using (var reference = ShardedCorpus.OpenSqlite(corpus.Reference)) expected = Read(reference);
        var other = ShardedCorpus.Start(Run(1));
        for (int kill = 0; kill < 3; kill++)
        {
            int delay = Random.Shared.Next(1500, 6000);
            moments.Add(delay);
            var worker = ShardedCorpus.Start(Run(0));
            Thread.Sleep(delay);
            worker.Kill();
            // What the killed worker committed is whole: every stored document has all its tables, or it is not there.
            using var connection = PostgresServer.Open(url);
            Assert.All(Read(connection), stored => Assert.Equal((stored.Key, expected[stored.Key]), (stored.Key, stored.Value)));
        }
        ShardedCorpus.Finish(ShardedCorpus.Start(Run(0)));
        ShardedCorpus.Finish(other);

        AssertEqualsReference(url, $"killed after {string.Join(", ", moments)} ms: ");
    }

    [Fact]
    public void Removes_a_replaced_version_with_its_rows_and_hands_a_shared_content_to_its_copy()
    {
        var url = server.NewDatabase();
        static ExtractedDocument Built(string path, string sha) => new()
        {
            Source = new SourceInfo(Path.GetFileName(path), sha, 1, null) { Path = path },
            Facts = [new Fact { Key = FactKeys.IncomeTotal, Value = 1m, Page = 1, Quote = "收入预算总计1元" }],
        };
        using (var store = new PostgresDocumentStore(url, "test"))
        {
            store.Write(Built("a/old.pdf", "aaaa"));
            store.Write(Built("b/kept.pdf", "bbbb"));
            Assert.True(store.WriteCopy("b/copy.pdf", "bbbb"));

            store.Remove("a/old.pdf");
            store.Remove("b/kept.pdf");
        }

        using var connection = PostgresServer.Open(url);
        long Scalar(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        Assert.Equal((1L, 1L, 0L, 1L), (Scalar("SELECT count(*) FROM documents"), Scalar("SELECT count(*) FROM documents WHERE path = 'b/copy.pdf'"),
            Scalar("SELECT count(*) FROM document_copies"), Scalar("SELECT count(*) FROM facts")));
    }

    [Fact]
    public void Findings_diagnostics_and_exports_read_from_postgresql_as_from_sqlite()
    {
        var url = server.NewDatabase();
        var work = corpus.NewFolder("postgres-readers");
        ShardedCorpus.Finish(ShardedCorpus.Start("run", corpus.Inputs, "--out", work, "--database", url));

        foreach (var arguments in new[] { new[] { "findings", "--format", "csv", "--all" }, ["diagnostics", "--format", "json", "--all"] })
        {
            var fromSqlite = ExtractorProcess.Run(corpus.Reference, [arguments[0], corpus.Reference, .. arguments[1..]]);
            var fromPostgres = ExtractorProcess.Run(work, [arguments[0], work, "--database", url, .. arguments[1..]]);
            Assert.Equal((0, fromSqlite.Stdout), (fromPostgres.ExitCode, fromPostgres.Stdout));
            Assert.NotEmpty(fromSqlite.Stdout);
        }
        var sqliteCsv = Path.Combine(work, "sqlite-csv");
        var postgresCsv = Path.Combine(work, "postgres-csv");
        Assert.Equal(0, ExtractorProcess.Run(work, "export", corpus.Reference, "--to", sqliteCsv).ExitCode);
        Assert.Equal(0, ExtractorProcess.Run(work, "export", work, "--database", url, "--to", postgresCsv).ExitCode);
        foreach (var file in new[] { "line_items.csv", "facts.csv", "findings.csv" })
            Assert.Equal(File.ReadAllText(Path.Combine(sqliteCsv, file)), File.ReadAllText(Path.Combine(postgresCsv, file)));
    }

    [Fact]
    public void Pipeline_yaml_chooses_postgresql_and_an_unreachable_server_is_a_database_error()
    {
        var options = PipelineConfigLoader.Parse("export:\n  database: postgresql://u@db.example:5433/extractor\n");
        Assert.Equal(("postgresql://u@db.example:5433/extractor", "extractor.db"), (options.Export.Postgres, options.Export.Database));
        Assert.Equal("postgresql://u@db.example:5433/extractor", options.Export.DatabaseIn("out"));
        Assert.Equal("out/extractor.db", new ExportOptions().DatabaseIn("out"));
        Assert.Equal("postgresql://u:***@h/d", PostgresUrl.WithoutPassword("postgresql://u:secret@h/d"));
        Assert.Contains("Password=p@ss", PostgresUrl.ConnectionString("postgresql://u:p%40ss@h:6000/d?sslmode=require"));

        using var work = new TemporaryDirectory();
        var refused = ExtractorProcess.Run(work.Path, "run", Fixtures.Path("bad/empty.pdf"), "--database", "postgresql://nobody:secret@127.0.0.1:1/none");
        Assert.Equal(ExitCodes.UsageError, refused.ExitCode);
        Assert.Contains("database error: cannot open the database postgresql://nobody:***@127.0.0.1:1/none", refused.Stderr);
        Assert.DoesNotContain("secret", refused.Stderr + refused.Stdout);
    }
}
