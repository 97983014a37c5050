using System.ComponentModel;
using System.Text.Json;
using Extractor.Cli.Console;
using Extractor.Export;
using Extractor.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

public sealed class DiagnosticsSettings : ListingSettings
{
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

    public override int Execute(CommandContext context, DiagnosticsSettings settings, CancellationToken cancellation)
    {
        if (settings.ExistingDatabase() is not { } database) return ExitCodes.UsageError;
        var diagnostics = DiagnosticListing.Read(database, settings.All || settings.Code is not null)
            .Where(d => settings.Code is null || d.Code == settings.Code).ToList();
        switch (settings.Format)
        {
            case ListingFormat.Csv:
                CsvField.Write(System.Console.Out, settings.ByteOrderMark, Columns, diagnostics.Select(d => (IReadOnlyList<string>)
                    [d.File, d.Severity, d.Code, d.Stage, d.Page?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", d.TableId ?? "", d.Message]));
                break;
            case ListingFormat.Json:
                System.Console.Out.WriteLine(JsonSerializer.Serialize(diagnostics.Select(d => new { d.File, d.Severity, d.Code, d.Stage, d.Page, d.TableId, d.Message }), FindingsCommand.Json));
                break;
            default:
                if (AnsiConsole.Profile.Capabilities.Interactive && !System.Console.IsOutputRedirected) DiagnosticsView.Write(AnsiConsole.Console, diagnostics);
                else DiagnosticsView.WritePlain(System.Console.Out, diagnostics);
                break;
        }
        return ExitCodes.Success;
    }
}
