using System.ComponentModel;
using Extractor.Export;
using Extractor.Pipeline;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

public sealed class ExportSettings : OutputFolderSettings
{
    [CommandOption("-f|--format <FORMAT>")]
    [Description("csv (the default) or parquet.")]
    public DatasetFormat Format { get; init; } = DatasetFormat.Csv;

    [CommandOption("--bom")]
    [Description("Begin CSV files with a UTF-8 byte-order mark (for Excel).")]
    public bool ByteOrderMark { get; init; }

    [CommandOption("--to <DIR>")]
    [Description("Where to write line_items, facts and findings; default the output folder itself.")]
    public string? Target { get; init; }
}

/// <summary><c>extractor export</c>: the dataset (line items, facts and findings) as CSV or Parquet.</summary>
public sealed class ExportCommand : AsyncCommand<ExportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ExportSettings settings, CancellationToken cancellation)
    {
        if (settings.ExistingDatabase() is not { } database) return ExitCodes.UsageError;
        foreach (var file in await DatasetExporter.ExportAsync(database, settings.Target ?? settings.Output, settings.Format, settings.ByteOrderMark))
            System.Console.Out.WriteLine($"written {file}");
        return ExitCodes.Success;
    }
}
