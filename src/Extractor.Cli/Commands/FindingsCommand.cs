using System.ComponentModel;
using System.Text.Json;
using Extractor.Cli.Console;
using Extractor.Export;
using Extractor.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

public sealed class FindingsSettings : ListingSettings
{
    [CommandOption("--all")]
    [Description("List rounding differences (severity info) too, not only errors and warnings.")]
    public bool All { get; init; }

    [CommandOption("--errors")]
    [Description("List errors only: no warnings (misprinted codes, wording and presentation (text.* and format.*), nor figures read by OCR).")]
    public bool ErrorsOnly { get; init; }
}

/// <summary>
/// <c>extractor findings</c>: what does not add up, with the figures and where each is printed; then, apart, what a
/// reviewer would write down about the wording and presentation (warnings).
/// </summary>
public sealed class FindingsCommand : Command<FindingsSettings>
{
    private static readonly string[] Columns = ["file", "rule", "severity", "message", "message_zh", "expected", "actual", "difference", "tolerance", "where"];

    public override int Execute(CommandContext context, FindingsSettings settings, CancellationToken cancellation)
    {
        if (settings.ExistingDatabase() is not { } database) return ExitCodes.UsageError;
        var findings = FindingListing.Read(database, settings.All, includeWarnings: !settings.ErrorsOnly);
        switch (settings.Format)
        {
            case ListingFormat.Csv: CsvField.Write(System.Console.Out, settings.ByteOrderMark, Columns, findings.Select(Fields)); break;
            case ListingFormat.Json: WriteJson(findings); break;
            default: WriteTable(findings, FindingListing.DocumentCount(database)); break;
        }
        return ExitCodes.Success;
    }

    private static string[] Fields(ListedFinding f) =>
        [f.File, f.Rule, f.Severity, f.Message, f.MessageZh, f.Expected ?? "", f.Actual ?? "", f.Difference ?? "", f.Tolerance ?? "", string.Join("; ", f.Where)];

    /// <summary>Snake-case names; Chinese messages and quotes as themselves, not \u escapes: the output is read by people too.</summary>
    internal static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>An array of findings, each with its document's path, figures as exact decimal strings, and places.</summary>
    private static void WriteJson(IReadOnlyList<ListedFinding> findings) =>
        System.Console.Out.WriteLine(JsonSerializer.Serialize(findings, Json));

    /// <summary>On a terminal a table per document; redirected, a block per finding that reads well at any width.</summary>
    private static void WriteTable(IReadOnlyList<ListedFinding> findings, int documents)
    {
        if (AnsiConsole.Profile.Capabilities.Interactive && !System.Console.IsOutputRedirected)
            FindingsView.Write(AnsiConsole.Console, findings, documents);
        else
            FindingsView.WritePlain(System.Console.Out, findings, documents);
    }
}
