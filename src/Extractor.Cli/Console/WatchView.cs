using Extractor.Pipeline;

namespace Extractor.Cli.Console;

/// <summary>What a watch found new since the last run: the documents it added, then the error findings no document held before.</summary>
public static class WatchView
{
    public static void Print(WatchSummary summary)
    {
        System.Console.Out.WriteLine($"new since the last run: {summary.NewDocuments.Count} documents, {summary.NewErrorFindings.Count} error findings");
        foreach (var document in summary.NewDocuments)
        {
            var what = document.Status == DocumentStatus.Failed
                ? $"FAILED: {document.Failure}"
                : $"{document.Department ?? "?"}, {document.FiscalYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}, {document.Phase ?? "?"}, {document.ErrorFindings} error findings";
            var from = document.Urls.Count == 0 ? "" : $" from {string.Join(", ", document.Urls)}";
            System.Console.Out.WriteLine(ShownPath.Of($"new document {document.Path}: {what}{from}"));
        }
        foreach (var path in summary.Retired)
            System.Console.Out.WriteLine(ReplacedLine(path));
        foreach (var finding in summary.NewErrorFindings)
            System.Console.Out.WriteLine(ShownPath.Of($"new error    {finding.Path}: {finding.Rule}: {(finding.MessageZh.Length > 0 ? finding.MessageZh : finding.Message)}"));
    }

    /// <summary>The line of a document taken out because its publisher replaced its file (watch, or run over a fetched folder).</summary>
    public static string ReplacedLine(string path) =>
        ShownPath.Of($"replaced     {path}: its URLs now serve a newer version, whose document replaces it");

    /// <summary>The watch as the JSON object a scheduler reads: the fetch, the run, and what is new.</summary>
    public static object JsonOf(WatchSummary summary, int exitCode) => new
    {
        exit_code = exitCode,
        fetch = FetchView.JsonOf(summary.Fetch),
        run = SummaryView.JsonOf(summary.Batch),
        replaced_documents = summary.Retired,
        new_documents = summary.NewDocuments.Select(d => new
        {
            path = d.Path,
            status = d.Status switch
            {
                DocumentStatus.Ok => "ok",
                DocumentStatus.WithDiagnostics => "with_diagnostics",
                _ => "failed",
            },
            urls = d.Urls,
            link_text = d.LinkText,
            department = d.Department,
            fiscal_year = d.FiscalYear,
            phase = d.Phase,
            error_findings = d.ErrorFindings,
            failure = d.Failure,
        }),
        new_error_findings = summary.NewErrorFindings.Select(f => new { path = f.Path, rule = f.Rule, message = f.Message, message_zh = f.MessageZh }),
    };
}
