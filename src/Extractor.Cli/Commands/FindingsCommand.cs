using System.ComponentModel;
using System.Text.Json;
using Extractor.Cli.Console;
using Extractor.Export;
using Extractor.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

public enum FindingsFormat { Table, Csv, Json }

public sealed class FindingsSettings : OutputFolderSettings
{
    [CommandOption("-f|--format <FORMAT>")]
    [Description("table (the default), csv or json.")]
    public FindingsFormat Format { get; init; } = FindingsFormat.Table;

    [CommandOption("--bom")]
    [Description("Begin CSV output with a UTF-8 byte-order mark (for Excel).")]
    public bool ByteOrderMark { get; init; }

    [CommandOption("--all")]
    [Description("List rounding differences (severity info) too, not only errors.")]
    public bool All { get; init; }
}

/// <summary><c>extractor findings</c>: what does not add up, with the figures and where each is printed.</summary>
public sealed class FindingsCommand : Command<FindingsSettings>
{
    private static readonly string[] Columns = ["file", "rule", "severity", "message", "message_zh", "expected", "actual", "difference", "tolerance", "where"];

    public override int Execute(CommandContext context, FindingsSettings settings, CancellationToken cancellation)
    {
        if (settings.ExistingDatabase() is not { } database) return ExitCodes.UsageError;
        var findings = FindingListing.Read(database, settings.All);
        switch (settings.Format)
        {
            case FindingsFormat.Csv: WriteCsv(findings, settings.ByteOrderMark); break;
            case FindingsFormat.Json: WriteJson(findings); break;
            default: WriteTable(findings); break;
        }
        return ExitCodes.Success;
    }

    private static string[] Fields(ListedFinding f) =>
        [f.File, f.Rule, f.Severity, f.Message, f.MessageZh, f.Expected ?? "", f.Actual ?? "", f.Difference ?? "", f.Tolerance ?? "", string.Join("; ", f.Where)];

    private static void WriteCsv(IReadOnlyList<ListedFinding> findings, bool byteOrderMark)
    {
        var output = System.Console.Out;
        if (byteOrderMark) output.Write('\uFEFF');
        output.Write(string.Join(',', Columns) + "\r\n");
        foreach (var finding in findings)
            output.Write(string.Join(',', Fields(finding).Select(CsvField.Quote)) + "\r\n");
    }

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        // Chinese messages and quotes as themselves, not \u escapes: the output is read by people too.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>An array of findings, each with its document's path, figures as exact decimal strings, and places.</summary>
    private static void WriteJson(IReadOnlyList<ListedFinding> findings) =>
        System.Console.Out.WriteLine(JsonSerializer.Serialize(findings, Json));

    /// <summary>On a terminal a table per document; redirected, a block per finding that reads well at any width.</summary>
    private static void WriteTable(IReadOnlyList<ListedFinding> findings)
    {
        if (AnsiConsole.Profile.Capabilities.Interactive && !System.Console.IsOutputRedirected)
            FindingsView.Write(AnsiConsole.Console, findings);
        else
            FindingsView.WritePlain(System.Console.Out, findings);
    }
}
