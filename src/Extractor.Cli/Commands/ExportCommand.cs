using System.ComponentModel;
using Extractor.Export;
using Extractor.Export.Xlsx;
using Extractor.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

public sealed class ExportSettings : DocumentJsonSettings
{
    [CommandOption("-f|--format <FORMAT>")]
    [Description("csv (the default), parquet, or xlsx (one workbook: documents, line_items, facts, findings).")]
    public DatasetFormat Format { get; init; } = DatasetFormat.Csv;

    [CommandOption("--bom")]
    [Description("Begin CSV files with a UTF-8 byte-order mark (for Excel).")]
    public bool ByteOrderMark { get; init; }

    [CommandOption("--per-document")]
    [Description("With --format xlsx: a workbook per document (its path mirrored, as the JSON), each table as printed on a sheet of its own.")]
    public bool PerDocument { get; init; }

    [CommandOption("--to <DIR>")]
    [Description("Where to write the files; default the output folder itself.")]
    public string? Target { get; init; }

    public override ValidationResult Validate() =>
        PerDocument && Format != DatasetFormat.Xlsx
            ? ValidationResult.Error($"--per-document writes workbooks: give it with --format xlsx, not {Format.ToString().ToLowerInvariant()}")
            : Json.Length > 0 && !PerDocument ? ValidationResult.Error("--json is read by --per-document only (the dataset comes from the database)")
            : base.Validate();
}

/// <summary><c>extractor export</c>: the dataset (line items, facts and findings) as CSV, Parquet or Excel workbooks.</summary>
public sealed class ExportCommand : AsyncCommand<ExportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ExportSettings settings, CancellationToken cancellation)
    {
        if (settings.ExistingDatabase() is not { } database) return ExitCodes.UsageError;
        string target = settings.Target ?? settings.Output;
        if (settings.PerDocument)
        {
            foreach (var workbook in WorkbookExporter.ExportPerDocument(database, settings.JsonFolders, target))
                System.Console.Out.WriteLine(workbook.TablesNotFoundAt is { } json
                    ? $"written {workbook.Workbook} (without its tables: no JSON of this document at {json}{settings.AlsoLookedIn})"
                    : $"written {workbook.Workbook}");
            return ExitCodes.Success;
        }
        foreach (var file in await DatasetExporter.ExportAsync(database, target, settings.Format, settings.ByteOrderMark))
            System.Console.Out.WriteLine($"written {file}");
        return ExitCodes.Success;
    }
}
