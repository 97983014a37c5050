using Extractor.Model;
using Extractor.Pipeline;
using Spectre.Console;

namespace Extractor.Cli.Console;

/// <summary>
/// Shows a batch as it runs: a progress bar on a terminal, then the documents that failed or carry warnings,
/// each with its reasons; one plain line a document otherwise, but for the documents stored unchanged, which the
/// summary counts (a nightly re-run over thousands of known files would otherwise log a line for each of them).
/// </summary>
public static class BatchProgress
{
    /// <summary>Whether the run shows a progress bar (an interactive terminal), rather than a line a document.</summary>
    public static bool OnTerminal => AnsiConsole.Profile.Capabilities.Interactive && !System.Console.IsOutputRedirected;

    public static async Task<BatchSummary> RunAsync(int documents, Func<IProgress<DocumentOutcome>, Task<BatchSummary>> run)
    {
        if (!OnTerminal)
            return await run(new SynchronousProgress(outcome =>
            {
                if (outcome.Status != DocumentStatus.Unchanged) System.Console.Out.WriteLine(PlainLine(outcome));
            }));

        BatchSummary summary = null!;
        var attention = new List<DocumentOutcome>();
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("extracting", maxValue: documents);
                summary = await run(new SynchronousProgress(outcome =>
                {
                    // The description is console markup: a file name such as [2024]预算.pdf must show as it is.
                    task.Description = Markup.Escape(ShownPath.Of(Path.GetFileName(outcome.Path)));
                    task.Increment(1);
                    if (outcome.Status is DocumentStatus.Failed or DocumentStatus.WithDiagnostics) attention.Add(outcome);
                }));
                task.Description = "done";
            });
        WriteAttention(AnsiConsole.Console, attention);
        return summary;
    }

    /// <summary>After the bar: each failed document and each with warnings, with the reasons (document text, never markup).</summary>
    public static void WriteAttention(IAnsiConsole console, IReadOnlyList<DocumentOutcome> outcomes)
    {
        foreach (var outcome in outcomes.OrderBy(o => o.Status == DocumentStatus.Failed ? 0 : 1).ThenBy(o => o.Path, StringComparer.Ordinal))
        {
            console.WriteLine($"{(outcome.Status == DocumentStatus.Failed ? "FAILED" : "warnings")} {ShownPath.Of(outcome.Path)}");
            foreach (var d in outcome.Document.Diagnostics.Where(d => d.Severity is DiagnosticSeverity.Fatal or DiagnosticSeverity.Error or DiagnosticSeverity.Warning))
                console.WriteLine($"  {d.Code}: {d.Message}");
        }
    }

    /// <summary>One document's line: its status, path and what was read (pages, department, year, phase, unit, findings).
    /// Not printed for an unchanged document (<see cref="SummaryView"/> counts them).</summary>
    public static string PlainLine(DocumentOutcome outcome)
    {
        var d = outcome.Document;
        var status = outcome.Status switch
        {
            DocumentStatus.Ok => "ok",
            DocumentStatus.WithDiagnostics => "diagnostics",
            DocumentStatus.Unchanged => "unchanged",
            DocumentStatus.Copy => "copy",
            _ => "FAILED",
        };
        var detail = outcome.Status switch
        {
            DocumentStatus.Failed => d.Diagnostics.First(x => x.Severity == DiagnosticSeverity.Fatal).Message,
            DocumentStatus.Unchanged => SummaryView.StoredAlready,
            DocumentStatus.Copy => $"the same content as {outcome.CopyOf}, stored once as that document",
            _ => $"{d.Source.Pages} pages, {d.Department?.Name ?? "?"}, {d.FiscalYear?.ToString() ?? "?"}, " +
                 $"{SchemaId.Of(d.Phase) ?? "?"}, {SchemaId.Of(d.Unit) ?? "?"}, {outcome.ErrorFindings} error findings" +
                 (outcome.OcrPages > 0 ? $"; {outcome.OcrPages} of {d.Source.Pages} pages read by OCR" : ""),
        };
        return $"{status,-11} {ShownPath.Of(outcome.Path)}: {detail}";
    }

    /// <summary>Reports on the caller's thread: the runner reports from its single writer.</summary>
    private sealed class SynchronousProgress(Action<DocumentOutcome> report) : IProgress<DocumentOutcome>
    {
        public void Report(DocumentOutcome value) => report(value);
    }
}
