using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Extractor.Tests.Support;

/// <summary>
/// The fixtures that several-worker runs are compared on: the disclosures and the broken files, without the two
/// image-only scans (their OCR takes a minute each and proves nothing about storage), copied into one input
/// folder; and the reference, one process over all of them into SQLite. Built once for the tests that share it.
/// </summary>
public sealed class ShardedCorpus : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public ShardedCorpus()
    {
        foreach (var pdf in Fixtures.Pdfs("disclosures").Where(p => !Path.GetFileName(p).StartsWith("scan", StringComparison.Ordinal)).Concat(Fixtures.Pdfs("bad")))
            folder.Put($"inputs/{Path.GetFileName(Path.GetDirectoryName(pdf))}/{Path.GetFileName(pdf)}", Path.GetRelativePath(Fixtures.Root, pdf));
        var reference = Start("run", Inputs, "--out", Reference);
        Finish(reference);
        using var connection = OpenSqlite(Reference);
        ReferenceRows = DatabaseRows.Of(connection);
    }

    public string Inputs => folder.File("inputs");

    /// <summary>The single-process SQLite run's output folder.</summary>
    public string Reference => folder.File("reference");

    public SortedDictionary<string, List<string>> ReferenceRows { get; }

    public int Files => Directory.EnumerateFiles(Inputs, "*.pdf", SearchOption.AllDirectories).Count();

    /// <summary>A fresh folder below the corpus's temporary folder.</summary>
    public string NewFolder(string name) => Directory.CreateDirectory(folder.File($"{name}-{Guid.NewGuid():N}")).FullName;

    /// <summary>Starts the built <c>extractor</c> with these arguments, its output read in the background.</summary>
    public static RunningExtractor Start(params string[] arguments) => RunningExtractor.Start(arguments);

    /// <summary>Waits for the process; its exit code must say that it ran (0, or 1 for the broken files), else its output is the failure.</summary>
    public static void Finish(RunningExtractor process)
    {
        var (exitCode, output) = process.WaitForExit();
        Assert.True(exitCode is 0 or 1, $"exit code {exitCode}\n{output}");
    }

    public static SqliteConnection OpenSqlite(string outputFolder)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(outputFolder, "extractor.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    public void Dispose() => folder.Dispose();
}

/// <summary>
/// Run alone, after the other collections: its tests start several extractor processes at once, and beside the
/// shared fixtures' OCR of the scans (which runs in parallel with other collections) they would push that past its
/// time limit on a 2-core machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ShardedCorpusCollection : ICollectionFixture<ShardedCorpus>
{
    public const string Name = "sharded corpus";
}

/// <summary>The built <c>extractor</c> running as a child process, its standard output and error read as they come.</summary>
public sealed class RunningExtractor
{
    private readonly Process process;
    private readonly Task<string> stdout, stderr;

    private RunningExtractor(Process process)
    {
        this.process = process;
        stdout = process.StandardOutput.ReadToEndAsync();
        stderr = process.StandardError.ReadToEndAsync();
    }

    public static RunningExtractor Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "extractor.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return new RunningExtractor(Process.Start(start)!);
    }

    /// <summary>SIGKILL to the program and its worker processes: nothing of it runs on to clean up.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public (int ExitCode, string Output) WaitForExit()
    {
        process.WaitForExit();
        int exitCode = process.ExitCode;
        process.Dispose();
        return (exitCode, stdout.Result + "\n" + stderr.Result);
    }
}
