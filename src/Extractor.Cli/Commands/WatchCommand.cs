using System.ComponentModel;
using Extractor.Cli.Console;
using Extractor.Pipeline;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

public sealed class WatchSettings : CommandSettings
{
    [CommandArgument(0, "<sources>")]
    [Description("The sources file: the sites to collect from (docs/sources-file.md).")]
    public string Sources { get; init; } = "";

    [CommandOption("-o|--out <DIR>")]
    [Description("The output folder: files are fetched into its fetched/ folder, documents and history go to its database.")]
    public string Output { get; init; } = "out";

    [CommandOption("-c|--config <FILE>")]
    [Description("Pipeline configuration; defaults to ./pipeline.yaml when it exists.")]
    public string? Config { get; init; }

    [CommandOption("--database <FILE|URL>")]
    [Description("Where the documents and the fetch history are stored: a PostgreSQL database (postgresql://user:password@host:port/database), or the SQLite file's name inside --out; overrides export.database of pipeline.yaml.")]
    public string? Database { get; init; }

    [CommandOption("--shard <I/N>")]
    [Description("Fetch and process only part i of n of the sources (0 <= i < n), chosen by the host of each source's first page: n workers over one sources file.")]
    public string? Shard { get; init; }

    public override Spectre.Console.ValidationResult Validate() =>
        Shard is not null && Pipeline.Shard.Parse(Shard, out var problem) is null ? Spectre.Console.ValidationResult.Error(problem!) : Spectre.Console.ValidationResult.Success();

    [CommandOption("--summary-json <FILE>")]
    [Description("Also write what is new as JSON for a scheduler: the fetch, the run, the new documents and error findings, the exit code.")]
    public string? SummaryJson { get; init; }
}

/// <summary>
/// <c>extractor watch</c>: the nightly job. Fetches the sources into the output folder, runs the pipeline on what
/// is new or changed, and tells what is new since the last run.
/// </summary>
public sealed class WatchCommand : AsyncCommand<WatchSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, WatchSettings settings, CancellationToken cancellation)
    {
        var sources = SourcesFileLoader.Load(settings.Sources);
        var options = RunCommand.LoadOptions(settings.Config);
        if (settings.Database is { } database) options = options with { Export = options.Export.StoringIn(database) };
        if (!options.Export.Sqlite)
            return Usage.Error("'export.sqlite' is false: watch keeps the fetch history and tells what is new from the database", "configuration error");
        if (OutputFolder.Open(settings.Output, out var problem) is not { } folder)
            return Usage.Error(problem!);

        using var held = folder;
        var standardError = new StandardErrorSink(hold: BatchProgress.OnTerminal);
        var log = Logging.Create(settings.Output, standardError);
        WatchSummary summary;
        bool logWritten;
        try
        {
            var watch = new WatchRunner(options, sources, log, settings.Shard is { } shard ? Shard.Parse(shard, out _) : null);
            var fetch = await watch.FetchAsync(settings.Output, cancellation);
            FetchView.Print(fetch);
            var inputs = watch.Inputs(settings.Output);
            WatchSummary? processed = null;
            await BatchProgress.RunAsync(inputs.Files.Count, async progress =>
                (processed = await watch.ProcessAsync(settings.Output, fetch, inputs, progress, cancellation)).Batch);
            summary = processed!;
        }
        catch (Exception e) when (RunCommand.CannotOpenDatabase(e, options))
        {
            return RunCommand.DatabaseError(e, options);
        }
        finally
        {
            logWritten = RunCommand.Written(log.Dispose, "the log file could not be completed");
        }
        standardError.Release(BatchProgress.OnTerminal && !System.Console.IsErrorRedirected ? e => e.Properties.ContainsKey("Code") : null);
        SummaryView.PrintCounts(summary.Batch, settings.Output);
        WatchView.Print(summary);
        int exitCode = summary.ExitCode;
        bool summaryWritten = settings.SummaryJson is not { } json
            || RunCommand.Written(() => SummaryView.WriteWhole(WatchView.JsonOf(summary, exitCode), json), $"the summary cannot be written to {json}");
        if (!summaryWritten || !logWritten) exitCode = Math.Max(exitCode, ExitCodes.SomeFailed);
        SummaryView.PrintClosing(settings.Output, exitCode);
        return exitCode;
    }
}
