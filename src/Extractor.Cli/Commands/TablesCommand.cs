using Extractor.Cli.Console;
using System.ComponentModel;
using Extractor.Export;
using Extractor.Ingest;
using Extractor.Pipeline;
using Extractor.Tables.Pages;
using Extractor.Tables.Debug;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

public sealed class TablesSettings : CommandSettings
{
    [CommandArgument(0, "<pdf>")]
    [Description("The PDF to read.")]
    public string Pdf { get; init; } = "";

    [CommandOption("-p|--pages <PAGES>")]
    [Description("Pages to read: 1,3-5, 2-end or all (the default); a page the document lacks is an error.")]
    public string? Pages { get; init; }

    [CommandOption("-m|--method <METHOD>")]
    [Description("auto (the default: find tables, or lattice where ruling grids hold at least half an area's letters), lattice or stream.")]
    public TableMethod Method { get; init; } = TableMethod.Auto;

    [CommandOption("-a|--area <AREA>")]
    [Description("top,left,bottom,right in points from the top-left (or %top,left,bottom,right in percent); repeatable.")]
    public string[] Areas { get; init; } = [];

    [CommandOption("-c|--columns <X>")]
    [Description("x positions of column separators, comma separated (implies --method stream, as in tabula).")]
    public string? Columns { get; init; }

    [CommandOption("-f|--format <FORMAT>")]
    [Description("csv (the default), tsv or json.")]
    public PlainTableFormat Format { get; init; } = PlainTableFormat.Csv;

    [CommandOption("-o|--out <PATH>")]
    [Description("Write to this file instead of standard output; to <stem>.<format> inside it when it is a folder (an existing one, or a path ending in /).")]
    public string? Output { get; init; }

    [CommandOption("--debug <DIR>")]
    [Description("Also draw what the table engine saw on each page read (text lines, rulings, tables with their columns and rows) as DIR/page-NNN.svg.")]
    public string? Debug { get; init; }

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
        // Said before the document is read, which may take a while.
        if (settings.Debug is not null && File.Exists(settings.Debug))
            return Usage.Error($"--debug needs a folder to draw the pages in: {settings.Debug} is a file");
        IReadOnlyList<PageTableSearch> searches;
        try
        {
            // Column positions read the area as a stream table, as tabula does with --columns.
            var method = settings.Columns is not null && settings.Method == TableMethod.Auto ? TableMethod.Stream : settings.Method;
            searches = PlainTableReader.Search(settings.Pdf, settings.Pages, method,
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
        if (settings.Debug is not null && Draw(searches, settings.Debug) is { } error) return Usage.Error(error);
        var tables = searches.SelectMany(page => page.Tables).Select(PlainTable.From).ToList();
        var text = PlainTableWriter.Write(tables, settings.Format);
        if (settings.Output is null)
        {
            System.Console.Out.Write(text);
            return ExitCodes.Success;
        }
        var target = TargetOf(settings);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            File.WriteAllText(target, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Usage.Error($"cannot write {target}: {e.Message}");
        }
        System.Console.Out.WriteLine($"{tables.Count} tables written to {target}");
        return ExitCodes.Success;
    }

    /// <summary>
    /// Draws each page read as <c>page-NNN.svg</c> in the folder, creating it, and says so on standard error
    /// (standard output carries the tables). Null when all is written, else what went wrong.
    /// </summary>
    private static string? Draw(IReadOnlyList<PageTableSearch> searches, string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var search in searches)
            {
                string path = Path.Combine(folder, $"page-{search.Page.Number:D3}.svg");
                using (var file = File.Create(path)) TableDebugDrawing.Write(search, file);
                System.Console.Error.WriteLine($"written {path}");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot write in {folder}: {e.Message}";
        }
        return null;
    }

    /// <summary>The file to write: <c>-o</c> itself, or <c>&lt;stem&gt;.&lt;format&gt;</c> inside it when it names a folder.</summary>
    private static string TargetOf(TablesSettings settings)
    {
        string output = settings.Output!;
        bool folder = Directory.Exists(output) || output.EndsWith('/') || output.EndsWith(Path.DirectorySeparatorChar);
        return folder ? Path.Combine(output, Path.GetFileNameWithoutExtension(settings.Pdf) + "." + settings.Format.ToString().ToLowerInvariant()) : output;
    }
}
