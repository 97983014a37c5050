using System.ComponentModel;
using Extractor.Cli.Console;
using Extractor.Export.Report;
using Extractor.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

public sealed class ReportSettings : DocumentJsonSettings
{
    [CommandOption("--to <DIR>")]
    [Description("Where to write the report (default <out>/report).")]
    public string? To { get; init; }

    [CommandOption("--pdfs <DIR>")]
    [Description("A folder the run read (repeat for several): pages read by OCR are shown as scanned, from the documents found there unchanged.")]
    public string[] Pdfs { get; init; } = [];

    public override ValidationResult Validate() => Usage.FoldersExist("--pdfs", Pdfs) is { Successful: false } missing ? missing : base.Validate();
}

/// <summary>
/// <c>extractor report</c>: the review report of a run — an index of its documents and a page per document
/// with each finding beside a picture of its page, the flagged figure outlined — as static HTML to open from disk.
/// </summary>
public sealed class ReportCommand : Command<ReportSettings>
{
    public override int Execute(CommandContext context, ReportSettings settings, CancellationToken cancellation)
    {
        if (settings.ExistingDatabase() is not { } database) return ExitCodes.UsageError;
        string folder = settings.To ?? Path.Combine(settings.Output, "report");
        try
        {
            var report = ReviewReport.Build(database, settings.JsonFolders, folder, settings.Pdfs);
            foreach (var left in report.WithoutJson)
                System.Console.Out.WriteLine($"left out {left.Path}: no JSON of this document at {left.Json}{settings.AlsoLookedIn}");
            System.Console.Out.WriteLine($"report of {report.Documents} documents: {Path.Combine(folder, "index.html")}");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Usage.Error($"cannot write the report to {folder}: {e.Message}");
        }
    }
}
