using Extractor.Model;

namespace Extractor.Pipeline;

/// <summary>
/// How one document of a batch came out; <c>Unchanged</c>: already in the outputs, not read again;
/// <c>Copy</c>: the same bytes as another path's document, recorded as a copy of it.
/// </summary>
public enum DocumentStatus { Ok, WithDiagnostics, Failed, Unchanged, Copy }

/// <summary>One processed document, as the batch reports it.</summary>
public sealed record DocumentOutcome(string Path, ExtractedDocument Document, DocumentStatus Status)
{
    /// <summary>For a copy, the path (relative to its input folder) of the document whose bytes it repeats.</summary>
    public string? CopyOf { get; init; }

    public int ErrorFindings => Document.Findings.Count(f => f.Severity == FindingSeverity.Error);

    /// <summary>Warnings: misprinted codes, wording and presentation points, and findings on figures OCR read unsurely.</summary>
    public int WarningFindings => Document.Findings.Count(f => f.Severity == FindingSeverity.Warning);

    /// <summary>
    /// The document's pages read by OCR (no usable text layer), by their <c>ocr_page</c> diagnostics: a document a
    /// worker process read comes back without its page text.
    /// </summary>
    public int OcrPages => Document.Diagnostics.Count(d => d.Code == DiagnosticCodes.OcrPage);

    public static DocumentStatus StatusOf(ExtractedDocument document) =>
        document.Failed ? DocumentStatus.Failed
        : document.Diagnostics.Any(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
            ? DocumentStatus.WithDiagnostics
            : DocumentStatus.Ok;
}

/// <summary>
/// What a batch did: counts for the closing summary and the exit code. Error findings are the documents'
/// content, not a failure of the run: they are counted, and do not change the exit code.
/// </summary>
public sealed record BatchSummary(
    int Ok,
    int WithDiagnostics,
    int Failed,
    int Unchanged,
    int Pages,
    TimeSpan Elapsed,
    long PeakMemoryBytes,
    IReadOnlyList<string> UnmatchedInputs,
    int ErrorFindings,
    int DocumentsWithErrorFindings)
{
    /// <summary>Files whose bytes another file of the batch (or the database) holds: stored once.</summary>
    public int Copies { get; init; }

    /// <summary>Findings of severity warning, the documents stored unchanged counted with what is stored for them.</summary>
    public int WarningFindings { get; init; }

    /// <summary>Documents this run read by OCR, wholly or in part (a document stored unchanged is not read again).</summary>
    public int OcrDocuments { get; init; }

    /// <summary>The pages of <see cref="OcrDocuments"/> read by OCR.</summary>
    public int OcrPages { get; init; }

    /// <summary>The most memory any worker process held after a document it finished (0 without workers).</summary>
    public long PeakWorkerMemoryBytes { get; init; }

    /// <summary>Each document that failed, with the code and message of its fatal diagnostic.</summary>
    public IReadOnlyList<FailedDocument> FailedDocuments { get; init; } = [];

    /// <summary>Files or folders skipped that may hold documents not read (an unreadable folder, a name that cannot be opened).</summary>
    public int SkippedUnread { get; init; }

    /// <summary>The part of the inputs this run read (<c>--shard i/n</c>), or null for all of them.</summary>
    public Shard? Shard { get; init; }

    /// <summary>Inputs that belong to other shards: hashed and passed over, counted in no other number.</summary>
    public int OtherShards { get; init; }

    /// <summary>A batch of no documents (a watch that has fetched nothing yet).</summary>
    public static BatchSummary Empty { get; } = new(0, 0, 0, 0, 0, TimeSpan.Zero, 0, [], 0, 0);

    public int Documents => Ok + WithDiagnostics + Failed + Unchanged + Copies;

    /// <summary>0 when every document was read, 1 when some failed, an input matched nothing, or something that may hold documents was skipped.</summary>
    public int ExitCode => Failed > 0 || UnmatchedInputs.Count > 0 || SkippedUnread > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
}

/// <summary>A document the batch could not read, and why.</summary>
public sealed record FailedDocument(string Path, string Code, string Message);

/// <summary>Process exit codes a scheduler can act on (the README's table, and docs/sources-file.md for fetch and watch).</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Some documents failed, an input matched nothing, or something that may hold documents was skipped.</summary>
    public const int SomeFailed = 1;

    /// <summary>A usage or configuration error: nothing was done.</summary>
    public const int UsageError = 2;

    /// <summary>
    /// fetch and watch: a page or file could not be fetched for a problem a later run may not meet (a timeout, a
    /// dropped or cut answer, a server error); what was fetched was stored, and by watch processed. Try again later.
    /// </summary>
    public const int FetchIncomplete = 3;
}
