using Extractor.Fetch;
using Extractor.Model;

namespace Extractor.Pipeline;

/// <summary>A document a watch added to the database: where it is, where it was fetched from, and what it holds.</summary>
public sealed record NewDocument(string Path, DocumentStatus Status, IReadOnlyList<string> Urls)
{
    /// <summary>The text of the link the file was first found by.</summary>
    public string? LinkText { get; init; }

    public string? Department { get; init; }
    public int? FiscalYear { get; init; }
    public string? Phase { get; init; }
    public int ErrorFindings { get; init; }

    /// <summary>The fatal diagnostic's message of a document that failed.</summary>
    public string? Failure { get; init; }

    public static NewDocument Of(DocumentOutcome outcome, IReadOnlyList<(string Url, string? LinkText)> urls) =>
        new(outcome.Document.Source.Named, outcome.Status, [.. urls.Select(u => u.Url)])
        {
            LinkText = urls.Select(u => u.LinkText).FirstOrDefault(t => !string.IsNullOrEmpty(t)),
            Department = outcome.Document.Department?.Name,
            FiscalYear = outcome.Document.FiscalYear,
            Phase = SchemaId.Of(outcome.Document.Phase),
            ErrorFindings = outcome.ErrorFindings,
            Failure = outcome.Document.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Fatal)?.Message,
        };
}

/// <summary>An error finding no document held before the run, and the document it is in.</summary>
public sealed record NewFinding(string Path, string Rule, string Message, string MessageZh);

/// <summary>
/// What a watch did: the fetch, the batch on the fetched files, and what is new since the last run. Its exit
/// code is the batch's when that is not 0 (a document failed: a person should look), else 3 when the fetch was
/// incomplete (try again later), else 0.
/// </summary>
public sealed record WatchSummary(FetchSummary Fetch, BatchSummary Batch, IReadOnlyList<NewDocument> NewDocuments, IReadOnlyList<NewFinding> NewErrorFindings)
{
    /// <summary>The documents taken out because every URL that served them now serves a newer version.</summary>
    public IReadOnlyList<string> Retired { get; init; } = [];

    public int ExitCode =>
        Batch.ExitCode != ExitCodes.Success ? Batch.ExitCode
        : Fetch.Incomplete ? ExitCodes.FetchIncomplete
        : ExitCodes.Success;
}
