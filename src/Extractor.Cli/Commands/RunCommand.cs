using Extractor.Cli.Console;
using Extractor.Pipeline;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

/// <summary><c>extractor run</c>: the batch job.</summary>
public sealed class RunCommand : AsyncCommand<RunSettings>
{
    private const string DefaultConfig = "pipeline.yaml";

    public override async Task<int> ExecuteAsync(CommandContext context, RunSettings settings, CancellationToken cancellation)
    {
        var options = LoadOptions(settings.Config);
        if (settings.Database is { } database) options = options with { Export = options.Export.StoringIn(database) };
        if (options.Export.Sqlite && options.Export.Postgres is null && options.Export.Database is Logging.FileName or OutputFolder.LockName)
            return Usage.Error($"'export.database' cannot be {options.Export.Database}: the run's own {(options.Export.Database == Logging.FileName ? "log" : "lock")} file has that name", "configuration error");
        var given = Inputs(settings).ToList();
        var (inputs, replaced) = ReplacedVersions.LeftOut(InputResolver.Resolve(given));
        if (inputs.Files.Count == 0 && replaced.Count == 0)
            return Usage.Error($"no PDF found in: {string.Join(", ", given)}");
        if (OutputFolder.Open(settings.Output, out var problem) is not { } folder)
            return Usage.Error(problem!);

        using var held = folder;
        var standardError = new StandardErrorSink(hold: BatchProgress.OnTerminal);
        var log = Logging.Create(settings.Output, standardError);
        BatchSummary summary;
        bool logWritten = false;
        try
        {
            // A folder fetch --into collected: the versions their publishers replaced are not read, and their documents
            // leave the dataset, as watch does (each publication once, as last published).
            foreach (var path in ReplacedVersions.Retire(options, settings.Output, replaced, log))
                System.Console.Out.WriteLine(WatchView.ReplacedLine(path));
            var runner = new BatchRunner(options, log);
            summary = await BatchProgress.RunAsync(inputs.Files.Count,
                progress => runner.RunAsync(inputs, settings.Output, progress, settings.Force, cancellation,
                    settings.Shard is { } shard ? Shard.Parse(shard, out _) : null));
        }
        catch (Exception e) when (CannotOpenDatabase(e, options))
        {
            return DatabaseError(e, options);
        }
        finally
        {
            // A full disk fails the log's last write: told below, never a crash after the summary.
            logWritten = Written(log.Dispose, "the log file could not be completed");
        }
        // On one terminal the documents' diagnostics were just listed after the bar: not again.
        standardError.Release(BatchProgress.OnTerminal && !System.Console.IsErrorRedirected ? e => e.Properties.ContainsKey("Code") : null);
        SummaryView.Print(summary, settings.Output);
        bool summaryWritten = settings.SummaryJson is null
            || Written(() => SummaryView.WriteJson(summary, settings.SummaryJson), $"the summary cannot be written to {settings.SummaryJson}");
        foreach (var passed in inputs.Skipped)
            System.Console.Out.WriteLine($"skipped: {ShownPath.Of(passed.Path)}: {passed.Reason}");
        return summaryWritten && logWritten ? summary.ExitCode : Math.Max(summary.ExitCode, ExitCodes.SomeFailed);
    }

    /// <summary>Runs a write of the run's own files; one that fails (a full disk) is told on standard error.</summary>
    internal static bool Written(Action write, string what)
    {
        try
        {
            write();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            System.Console.Error.WriteLine($"error: {what}: {e.Message}");
            return false;
        }
    }

    /// <summary>
    /// The inputs named on the command line, in a list file, and on standard input for <c>-</c>; in a list, a
    /// blank line or one starting with <c>#</c> names nothing.
    /// </summary>
    private static IEnumerable<string> Inputs(RunSettings settings)
    {
        foreach (var input in settings.Inputs) yield return input;
        if (settings.Stdin)
            while (System.Console.In.ReadLine() is { } line)
                if (Listed(line) is { } path) yield return path;
        if (settings.List is not null)
            foreach (var line in File.ReadLines(settings.List))
                if (Listed(line) is { } path) yield return path;
    }

    private static string? Listed(string line) => line.Trim() is { Length: > 0 } path && path[0] != '#' ? path : null;

    /// <summary>The configuration named, else ./pipeline.yaml when it exists, else the defaults.</summary>
    /// <summary>Whether the shared database could not be opened (unreachable, refused, a wrong URL): nothing was processed.</summary>
    internal static bool CannotOpenDatabase(Exception e, PipelineOptions options) =>
        e is System.Data.Common.DbException or FormatException && options.Export.Postgres is not null;

    internal static int DatabaseError(Exception e, PipelineOptions options) =>
        Usage.Error($"cannot open the database {Extractor.Export.DocumentDatabase.Shown(options.Export.Postgres!)}: {e.Message}", "database error");

    internal static PipelineOptions LoadOptions(string? configPath)
    {
        if (configPath is not null) return PipelineConfigLoader.Load(configPath);
        return File.Exists(DefaultConfig) ? PipelineConfigLoader.Load(DefaultConfig) : new PipelineOptions();
    }
}
