using System.Globalization;
using Extractor.Pipeline;
using Spectre.Console;

namespace Extractor.Cli.Console;

/// <summary>The closing summary of a batch: a table on a terminal, one parseable line otherwise.</summary>
public static class SummaryView
{
    /// <summary>What a document stored unchanged is: not read again (the batch passes over it by its hash).</summary>
    public const string StoredAlready = "stored already by this pipeline version and configuration";

    public static void Print(BatchSummary summary, string outputDirectory)
    {
        PrintCounts(summary, outputDirectory, "--force reads them again");
        PrintClosing(outputDirectory, summary.ExitCode);
    }

    /// <summary>The counts, findings and diagnostics lines, without the closing line (a watch tells what is new first).</summary>
    /// <param name="readAgain">How to read the unchanged documents again (run's --force), where the command has a way.</param>
    public static void PrintCounts(BatchSummary summary, string outputDirectory, string? readAgain = null)
    {
        string seconds = summary.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        long megabytes = summary.PeakMemoryBytes / (1024 * 1024);
        if (AnsiConsole.Profile.Capabilities.Interactive && !System.Console.IsOutputRedirected)
        {
            var table = new Table().AddColumns("documents", "ok", "with diagnostics", "failed", "unchanged", "copies", "pages", "seconds", "peak memory");
            table.AddRow(Count(summary.Documents), Count(summary.Ok), Count(summary.WithDiagnostics), Count(summary.Failed),
                Count(summary.Unchanged), Count(summary.Copies), Count(summary.Pages), seconds, $"{megabytes} MB");
            AnsiConsole.Write(table);
        }
        else
        {
            System.Console.Out.WriteLine(
                $"summary: {summary.Documents} documents: {summary.Ok} ok, {summary.WithDiagnostics} with diagnostics, " +
                $"{summary.Failed} failed, {summary.Unchanged} unchanged, {summary.Copies} copies; {summary.Pages} pages in {seconds} s; peak memory {megabytes} MB");
        }
        System.Console.Out.WriteLine($"findings: {summary.ErrorFindings} errors in {summary.DocumentsWithErrorFindings} documents, " +
            $"{summary.WarningFindings} warnings (list them: extractor findings {outputDirectory})");
        if (OcrLine(summary) is { } ocr) System.Console.Out.WriteLine(ocr);
        if (summary.Unchanged > 0)
            System.Console.Out.WriteLine($"unchanged: {summary.Unchanged} documents {StoredAlready}, not read again" +
                (readAgain is null ? "" : $" ({readAgain})"));
        if (summary.Failed + summary.WithDiagnostics > 0)
            System.Console.Out.WriteLine($"diagnostics: {summary.Failed} failed, {summary.WithDiagnostics} with diagnostics " +
                $"(list them: extractor diagnostics {outputDirectory})");
        if (summary.Shard is { } shard)
            System.Console.Out.WriteLine($"shard {shard}: {summary.OtherShards} inputs belong to other shards");
        foreach (var input in summary.UnmatchedInputs)
            System.Console.Out.WriteLine($"no file matches: {input}");
    }

    /// <summary>
    /// Which documents' figures came from OCR, and what that means for their findings; null when no page was
    /// read by OCR.
    /// </summary>
    public static string? OcrLine(BatchSummary summary) => summary.OcrDocuments == 0 ? null
        : $"ocr: {summary.OcrDocuments} documents read by OCR ({summary.OcrPages} pages; each marked on its line above): " +
          $"a finding on a figure read below confidence {Extractor.Model.OcrReading.ConfidentAt} is a warning (ocr_uncertain), not an error";

    /// <summary>The last line: where the outputs are, and the exit code the program ends with.</summary>
    public static void PrintClosing(string outputDirectory, int exitCode) =>
        System.Console.Out.WriteLine($"outputs in {outputDirectory} (exit code {exitCode})");

    private static readonly System.Text.Json.JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The summary as JSON for a scheduler, written whole (through a temporary file) so a reader never sees half.</summary>
    public static void WriteJson(BatchSummary summary, string path) => WriteWhole(JsonOf(summary), path);

    /// <summary>The summary as the JSON object a scheduler reads (snake_case names).</summary>
    public static object JsonOf(BatchSummary summary) => new
    {
        exit_code = summary.ExitCode,
        documents = summary.Documents,
        ok = summary.Ok,
        with_diagnostics = summary.WithDiagnostics,
        failed = summary.Failed,
        unchanged = summary.Unchanged,
        copies = summary.Copies,
        pages = summary.Pages,
        seconds = Math.Round(summary.Elapsed.TotalSeconds, 3),
        peak_memory_bytes = summary.PeakMemoryBytes,
        error_findings = summary.ErrorFindings,
        documents_with_error_findings = summary.DocumentsWithErrorFindings,
        warning_findings = summary.WarningFindings,
        ocr_documents = summary.OcrDocuments,
        ocr_pages = summary.OcrPages,
        unmatched_inputs = summary.UnmatchedInputs,
        failed_documents = summary.FailedDocuments,
        shard = summary.Shard?.ToString(),
        other_shards = summary.OtherShards,
    };

    /// <summary>Writes a JSON document through a temporary file renamed into place, so a reader never sees half of it.</summary>
    public static void WriteWhole(object document, string path)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, System.Text.Json.JsonSerializer.Serialize(document, Json));
        File.Move(temporary, path, overwrite: true);
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
