using System.ComponentModel;
using System.Text.Json;
using Extractor.Cli.Console;
using Extractor.Export;
using Extractor.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

public sealed class DiagnosticsSettings : OutputFolderSettings
{
    [CommandOption("-f|--format <FORMAT>")]
    [Description("table (the default), csv or json.")]
    public FindingsFormat Format { get; init; } = FindingsFormat.Table;

    [CommandOption("--bom")]
    [Description("Begin CSV output with a UTF-8 byte-order mark (for Excel).")]
    public bool ByteOrderMark { get; init; }

    [CommandOption("--all")]
    [Description("List notes (severity info) too, not only failures and warnings.")]
    public bool All { get; init; }

    [CommandOption("--code <CODE>")]
    [Description("Only diagnostics with this code (damaged_pdf, missing_table, …).")]
    public string? Code { get; init; }
}

/// <summary>
/// <c>extractor diagnostics</c>: what went wrong reading each document of a run — the failures with their
/// reasons, and every warning (repairs, missing tables, OCR'd pages) — as the run's end and log report them.
/// </summary>
public sealed class DiagnosticsCommand : Command<DiagnosticsSettings>
{
    private static readonly string[] Columns = ["file", "severity", "code", "stage", "page", "table_id", "message"];

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public override int Execute(CommandContext context, DiagnosticsSettings settings, CancellationToken cancellation)
    {
        if (settings.ExistingDatabase() is not { } database) return ExitCodes.UsageError;
        var diagnostics = DiagnosticListing.Read(database, settings.All || settings.Code is not null)
            .Where(d => settings.Code is null || d.Code == settings.Code).ToList();
        switch (settings.Format)
        {
            case FindingsFormat.Csv:
                var output = System.Console.Out;
                if (settings.ByteOrderMark) output.Write('\uFEFF');
                output.Write(string.Join(',', Columns) + "\r\n");
                foreach (var d in diagnostics)
                    output.Write(string.Join(',', new[] { d.File, d.Severity, d.Code, d.Stage, d.Page?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", d.TableId ?? "", d.Message }.Select(CsvField.Quote)) + "\r\n");
                break;
            case FindingsFormat.Json:
                System.Console.Out.WriteLine(JsonSerializer.Serialize(diagnostics.Select(d => new { d.File, d.Severity, d.Code, d.Stage, d.Page, d.TableId, d.Message }), Json));
                break;
            default:
                if (AnsiConsole.Profile.Capabilities.Interactive && !System.Console.IsOutputRedirected) DiagnosticsView.Write(AnsiConsole.Console, diagnostics);
                else DiagnosticsView.WritePlain(System.Console.Out, diagnostics);
                break;
        }
        return ExitCodes.Success;
    }
}
