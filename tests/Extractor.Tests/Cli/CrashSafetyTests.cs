using System.Diagnostics;
using Extractor.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Extractor.Tests.Cli;

/// <summary>
/// A batch killed at any moment and run again ends exactly as one clean run: no document lost, duplicated
/// or half-written. The moments are random; each run records them in its failure message.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    private static ProcessStartInfo Extractor(string output)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
                 {
                     Path.Combine(AppContext.BaseDirectory, "extractor.dll"), "run",
                     Fixtures.Path("disclosures"), Fixtures.Path("bad"), "--out", output,
                 })
            start.ArgumentList.Add(argument);
        return start;
    }

    private static void RunToEnd(string output)
    {
        using var process = Process.Start(Extractor(output))!;
        _ = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
    }

    [Fact]
    public void A_batch_killed_three_times_then_run_again_equals_a_clean_run()
    {
        var killed = folder.File("killed");
        var moments = new List<int>();
        for (int i = 0; i < 3; i++)
        {
            int delay = Random.Shared.Next(300, 3000);
            moments.Add(delay);
            using var process = Process.Start(Extractor(killed))!;
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(delay)) process.Kill(entireProcessTree: true); // SIGKILL: no cleanup runs
            process.WaitForExit();
        }
        RunToEnd(killed);
        var clean = folder.File("clean");
        RunToEnd(clean);

        var why = $"killed after {string.Join(", ", moments)} ms";
        Assert.True(Snapshot(clean).SequenceEqual(Snapshot(killed)), why);
        Assert.Empty(Directory.EnumerateFiles(killed, "*.tmp"));
        Assert.Equal(Directory.EnumerateFiles(clean, "*.json", SearchOption.AllDirectories).Count(), Directory.EnumerateFiles(killed, "*.json", SearchOption.AllDirectories).Count());
    }

    /// <summary>Every document with the number of its rows in each table of the database.</summary>
    private static List<string> Snapshot(string output)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(output, "extractor.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT d.file || ' ' || d.sha256 || ' ' || d.failed || ' ' || d.pages
                || ' t' || (SELECT count(*) FROM tables t WHERE t.document_id = d.id)
                || ' c' || (SELECT count(*) FROM cells c WHERE c.document_id = d.id)
                || ' l' || (SELECT count(*) FROM line_items l WHERE l.document_id = d.id)
                || ' g' || (SELECT count(*) FROM diagnostics g WHERE g.document_id = d.id)
            FROM documents d ORDER BY d.file
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(reader.GetString(0));
        return rows;
    }

    public void Dispose() => folder.Dispose();
}
