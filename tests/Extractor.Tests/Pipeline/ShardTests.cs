using Extractor.Fetch;
using Extractor.Pipeline;
using Extractor.Tests.Support;
using Microsoft.Data.Sqlite;
using Serilog;

namespace Extractor.Tests.Pipeline;

public sealed class ShardTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    [Theory]
    [InlineData("0/4", 0, 4)]
    [InlineData("3/4", 3, 4)]
    [InlineData("0/1", 0, 1)]
    public void Reads_i_of_n(string text, int index, int count) =>
        Assert.Equal(new Shard(index, count), Shard.Parse(text, out _));

    [Theory]
    [InlineData("4/4")]
    [InlineData("1/0")]
    [InlineData("-1/4")]
    [InlineData("1")]
    [InlineData("a/b")]
    [InlineData("1/2/3")]
    public void Refuses_anything_but_i_below_n(string text)
    {
        Assert.Null(Shard.Parse(text, out var problem));
        Assert.Contains("0 <= i < n", problem);
    }

    [Fact]
    public void Gives_every_content_hash_and_unreadable_path_to_exactly_one_shard_and_always_the_same()
    {
        var hashes = Enumerable.Range(0, 400).Select(i => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i)))).ToList();
        var shards = Enumerable.Range(0, 4).Select(i => new Shard(i, 4)).ToList();

        foreach (var sha in hashes) Assert.Single(shards, s => s.Owns(sha, "ignored.pdf"));
        foreach (var path in new[] { "a.pdf", "b/c.pdf", "损坏.pdf" }) Assert.Single(shards, s => s.Owns("", path));
        // Each shard gets a fair part of 400 hashes (a quarter is 100).
        Assert.All(shards, s => Assert.InRange(hashes.Count(h => s.Owns(h, "")), 70, 130));
        // The partition is the hash's first eight bytes modulo n: fixed, whatever machine or run computes it.
        Assert.True(new Shard(1, 4).Owns("0000000000000005" + new string('f', 48), "x.pdf"));
        Assert.True(new Shard(0, 3).Owns(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("x"u8)), "ignored"));
    }

    [Fact]
    public void Divides_fetch_sources_by_the_host_of_their_first_page()
    {
        var sources = Enumerable.Range(0, 40).Select(i => new SourceDefinition($"s{i}") { Start = [new Uri($"https://host{i % 10}.example.gov.cn/xxgk/")] }).ToList();
        var shards = Enumerable.Range(0, 3).Select(i => new Shard(i, 3)).ToList();

        foreach (var source in sources) Assert.Single(shards, s => s.Owns(source));
        // Sources of one host stay with one worker, so the per-host rate holds across the workers.
        foreach (var host in sources.GroupBy(s => s.Start[0].Host))
            Assert.Single(host.Select(source => shards.First(s => s.Owns(source))).Distinct());
    }

    [Fact]
    public async Task Four_shards_store_every_document_of_the_batch_once_and_a_rerun_of_a_shard_reads_nothing_again()
    {
        using var inputs = new TemporaryDirectory();
        foreach (var name in new[] { "disclosures/dev01-2024-yuan.pdf", "disclosures/dev03-2024-wan.pdf", "disclosures/dev06-2022-yuan.pdf",
                     "disclosures/dev14-2022-yuan.pdf", "bad/empty.pdf", "bad/not-a-pdf.pdf" })
            inputs.Put(name, name);
        inputs.Put("copy/dev01.pdf", "disclosures/dev01-2024-yuan.pdf");
        var runner = new BatchRunner(new PipelineOptions { Parallelism = 2 }, new LoggerConfiguration().CreateLogger());

        var summaries = new List<BatchSummary>();
        for (int i = 0; i < 4; i++)
            summaries.Add(await runner.RunAsync(InputResolver.Resolve([inputs.Path]), folder.File($"shard-{i}"), shard: new Shard(i, 4)));
        var again = await runner.RunAsync(InputResolver.Resolve([inputs.Path]), folder.File("shard-2"), shard: new Shard(2, 4));

        var paths = Enumerable.Range(0, 4).SelectMany(i => Strings(folder.File($"shard-{i}/extractor.db"), "SELECT path FROM documents UNION ALL SELECT path FROM document_copies")).Order(StringComparer.Ordinal);
        Assert.Equal(InputResolver.Resolve([inputs.Path]).Files.Select(f => f.RelativePath).Order(StringComparer.Ordinal), paths);
        Assert.All(summaries, s => Assert.Equal(7, s.Documents + s.OtherShards));
        Assert.Equal(7, summaries.Sum(s => s.Documents));
        Assert.Equal(2, summaries.Sum(s => s.Failed));
        Assert.Equal(1, summaries.Sum(s => s.Copies));
        // The copy and its document share their bytes, so one shard holds both.
        Assert.Single(summaries, s => s.Copies == 1);
        Assert.Equal((summaries[2].Documents, 0), (again.Documents, again.Ok + again.WithDiagnostics));
        Assert.Equal(summaries[2].Failed, again.Failed);
    }

    [Fact]
    public void The_command_line_refuses_a_bad_shard_and_tells_a_sharded_run_in_its_summary()
    {
        var bad = ExtractorProcess.Run(folder.Path, "run", Fixtures.Path("bad/empty.pdf"), "--shard", "4/4");
        var run = ExtractorProcess.Run(folder.Path, "run", Fixtures.Path("bad/empty.pdf"), Fixtures.Path("bad/not-a-pdf.pdf"),
            "--shard", "1/2", "--summary-json", "summary.json");

        Assert.Equal(ExitCodes.UsageError, bad.ExitCode);
        Assert.Contains("--shard 4/4: expected i/n", bad.Stderr);
        using var summary = System.Text.Json.JsonDocument.Parse(File.ReadAllText(folder.File("summary.json")));
        Assert.Equal("1/2", summary.RootElement.GetProperty("shard").GetString());
        Assert.Equal(2, summary.RootElement.GetProperty("documents").GetInt32() + summary.RootElement.GetProperty("other_shards").GetInt32());
        Assert.Contains("shard 1/2: ", run.Stdout);
    }

    private static List<string> Strings(string database, string sql)
    {
        if (!File.Exists(database)) return [];
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        return DatabaseRows.Texts(connection, sql);
    }

    public void Dispose() => folder.Dispose();
}
