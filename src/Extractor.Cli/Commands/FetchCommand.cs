using System.ComponentModel;
using Extractor.Cli.Console;
using Extractor.Export;
using Extractor.Fetch;
using Extractor.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

public sealed class FetchSettings : CommandSettings
{
    [CommandArgument(0, "<sources>")]
    [Description("The sources file: the sites to collect from (docs/sources-file.md).")]
    public string Sources { get; init; } = "";

    [CommandOption("--into <DIR>")]
    [Description("The folder the files are stored in, one folder per source, each file named by its content hash.")]
    public string? Into { get; init; }

    [CommandOption("--history <FILE|URL>")]
    [Description("The database that keeps the fetch history; default <DIR>/extractor.db. Give a run's database (its file, or its postgresql:// URL) to keep it beside the documents.")]
    public string? History { get; init; }

    [CommandOption("--summary-json <FILE>")]
    [Description("Also write what the fetch did as JSON for a scheduler: counts, the new and changed files, every problem.")]
    public string? SummaryJson { get; init; }

    public override ValidationResult Validate() =>
        Into is null ? ValidationResult.Error("give the folder to fetch into: --into DIR") : ValidationResult.Success();
}

/// <summary><c>extractor fetch</c>: collects the files of the sources file's sites into a folder, each file once.</summary>
public sealed class FetchCommand : AsyncCommand<FetchSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, FetchSettings settings, CancellationToken cancellation)
    {
        var sources = SourcesFileLoader.Load(settings.Sources);
        string into = settings.Into!;
        if (OutputFolder.Open(into, out var problem, "--into") is not { } folder)
            return Usage.Error(problem!);
        using var held = folder;
        FetchSummary summary;
        var log = Logging.Create(into, new StandardErrorSink());
        try
        {
            using var history = DocumentDatabase.OpenFetchHistory(settings.History ?? Path.Combine(into, ReplacedVersions.HistoryFile));
            summary = await new Fetcher(sources.Options, history, log).FetchAsync(sources.Sources, into, cancellation);
        }
        finally
        {
            log.Dispose();
        }
        FetchView.Print(summary);
        int exitCode = summary.Incomplete ? ExitCodes.FetchIncomplete : ExitCodes.Success;
        if (settings.SummaryJson is { } json
            && !RunCommand.Written(() => SummaryView.WriteWhole(new { exit_code = exitCode, fetch = FetchView.JsonOf(summary) }, json), $"the summary cannot be written to {json}"))
            exitCode = Math.Max(exitCode, ExitCodes.SomeFailed);
        System.Console.Out.WriteLine($"files in {into} (exit code {exitCode})");
        return exitCode;
    }
}
