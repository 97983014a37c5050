using Extractor.Cli.Console;
using System.ComponentModel;
using Extractor.Export;
using Extractor.Ingest;
using Extractor.Pipeline;
using Extractor.Tables;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

public sealed class TablesSettings : CommandSettings
{
    [CommandArgument(0, "<pdf>")]
    [Description("The PDF to read.")]
    public string Pdf { get; init; } = "";

    [CommandOption("-p|--pages <PAGES>")]
    [Description("Pages to read: 1,3-5 or all (the default).")]
    public string? Pages { get; init; }

    [CommandOption("-m|--method <METHOD>")]
    [Description("auto (the default: find tables, or lattice where ruling grids hold at least half an area's letters), lattice or stream.")]
    public TableMethod Method { get; init; } = TableMethod.Auto;

    [CommandOption("-a|--area <AREA>")]
    [Description("top,left,bottom,right in points from the top-left (or %top,left,bottom,right in percent); repeatable.")]
    public string[] Areas { get; init; } = [];

    [CommandOption("-c|--columns <X>")]
    [Description("x positions of column separators, comma separated.")]
    public string? Columns { get; init; }

    [CommandOption("-f|--format <FORMAT>")]
    [Description("csv (the default), tsv or json.")]
    public PlainTableFormat Format { get; init; } = PlainTableFormat.Csv;

    [CommandOption("-o|--out <DIR>")]
    [Description("Write <stem>.<format> into this folder instead of standard output.")]
    public string? Output { get; init; }

    [CommandOption("--password <PASSWORD>")]
    [Description("The password of an encrypted PDF.")]
    public string? Password { get; init; }

    public override ValidationResult Validate() =>
        File.Exists(Pdf) ? ValidationResult.Success() : ValidationResult.Error($"no such file: {Pdf}");
}

/// <summary><c>extractor tables</c>: tables of any PDF, for users outside the budget domain (tabula-like).</summary>
public sealed class TablesCommand : Command<TablesSettings>
{
    public override int Execute(CommandContext context, TablesSettings settings, CancellationToken cancellation)
    {
        IReadOnlyList<PlainTable> tables;
        try
        {
            tables = PlainTableReader.Read(settings.Pdf, TableArguments.Pages(settings.Pages), settings.Method,
                settings.Areas, TableArguments.Columns(settings.Columns), [], settings.Password);
        }
        catch (FormatException e)
        {
            return Usage.Error(e.Message);
        }
        catch (IngestException e)
        {
            System.Console.Error.WriteLine($"{settings.Pdf}: {e.Message}");
            return ExitCodes.SomeFailed;
        }
        var text = PlainTableWriter.Write(tables, settings.Format);
        if (settings.Output is null)
        {
            System.Console.Out.Write(text);
            return ExitCodes.Success;
        }
        Directory.CreateDirectory(settings.Output);
        var target = Path.Combine(settings.Output, Path.GetFileNameWithoutExtension(settings.Pdf) + "." + settings.Format.ToString().ToLowerInvariant());
        File.WriteAllText(target, text);
        System.Console.Out.WriteLine($"{tables.Count} tables written to {target}");
        return ExitCodes.Success;
    }
}
