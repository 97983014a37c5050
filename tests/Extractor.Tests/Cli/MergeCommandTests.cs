using Extractor.Pipeline;
using Extractor.Tests.Support;

namespace Extractor.Tests.Cli;

/// <summary>
/// Shards run with SQLite into folders of their own, as on separate machines, then merged: the merged database
/// equals one process's run row for row, and merging again changes nothing.
/// </summary>
[Collection(ShardedCorpusCollection.Name)]
public sealed class MergeCommandTests(ShardedCorpus corpus)
{
    [Fact]
    public void Four_shards_run_at_once_and_merged_equal_a_single_run_row_for_row()
    {
        var work = corpus.NewFolder("merge");
        var shards = Enumerable.Range(0, 4).Select(i => Path.Combine(work, $"shard-{i}")).ToArray();
        var running = shards.Select((folder, i) => ShardedCorpus.Start("run", corpus.Inputs, "--shard", $"{i}/4", "--out", folder)).ToList();
        running.ForEach(ShardedCorpus.Finish);
        var merged = Path.Combine(work, "merged");

        var first = ExtractorProcess.Run(work, ["merge", .. shards, "--out", merged]);
        var once = Rows(merged);
        var again = ExtractorProcess.Run(work, ["merge", .. shards, "--out", merged]);

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.True(DatabaseRows.Equal(corpus.ReferenceRows, once),
            $"{DatabaseRows.Counts(corpus.ReferenceRows)} vs {DatabaseRows.Counts(once)}; first difference: {DatabaseRows.FirstDifference(corpus.ReferenceRows, once)}");
        Assert.Contains($"merged 4 folders into {merged}: {corpus.ReferenceRows["documents"].Count} documents, 0 copies, 0 unchanged, 0 kept", first.Stdout);
        Assert.Equal(ExitCodes.Success, again.ExitCode);
        Assert.Contains($"0 documents, 0 copies, {corpus.ReferenceRows["documents"].Count} unchanged", again.Stdout);
        Assert.True(DatabaseRows.Equal(once, Rows(merged)), "a second merge changed the database");
        // Each document's JSON comes along, where the single run wrote it.
        Assert.Equal(JsonFiles(corpus.Reference), JsonFiles(merged));
    }

    [Fact]
    public void Records_a_content_merged_under_a_second_path_as_a_copy_and_refuses_a_folder_without_a_database()
    {
        using var folder = new TemporaryDirectory();
        folder.Put("a/inputs/x/report.pdf", "disclosures/dev06-2022-yuan.pdf");
        folder.Put("b/inputs/y/report.pdf", "disclosures/dev06-2022-yuan.pdf");
        Assert.Equal(0, ExtractorProcess.Run(folder.Path, "run", "a/inputs", "--out", "a/out").ExitCode);
        Assert.Equal(0, ExtractorProcess.Run(folder.Path, "run", "b/inputs", "--out", "b/out").ExitCode);

        var merged = ExtractorProcess.Run(folder.Path, "merge", "a/out", "b/out", "--out", "merged");
        var missing = ExtractorProcess.Run(folder.Path, "merge", "a/out", "nowhere", "--out", "merged2");

        Assert.Equal(ExitCodes.Success, merged.ExitCode);
        Assert.Contains("merged b/out: 0 documents, 1 copies", merged.Stdout);
        using var connection = ShardedCorpus.OpenSqlite(folder.File("merged"));
        var rows = DatabaseRows.Of(connection);
        Assert.Equal("x/report.pdf", rows["documents"].Select(r => r.Split('\u001f')[0]).Single()["path=".Length..]);
        Assert.StartsWith("path=y/report.pdf", Assert.Single(rows["document_copies"]));
        Assert.Equal(ExitCodes.UsageError, missing.ExitCode);
        Assert.Contains("no database at nowhere/extractor.db", missing.Stderr);
    }

    private static SortedDictionary<string, List<string>> Rows(string folder)
    {
        using var connection = ShardedCorpus.OpenSqlite(folder);
        return DatabaseRows.Of(connection);
    }

    private static List<string> JsonFiles(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];
}
