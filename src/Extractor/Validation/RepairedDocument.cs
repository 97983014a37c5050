using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// Findings on a document that was read only with repairs (a rebuilt cross-reference table or trailer, pages whose
/// text could not be read) are not presented as certain: a difference there may be the damage, not the
/// publisher's. Their errors become warnings that say why; a reviewer checks them on the page.
/// </summary>
public static class RepairedDocument
{
    private static readonly HashSet<string> Repairs =
        [DiagnosticCodes.RepairedPdf, DiagnosticCodes.DamagedPdf, DiagnosticCodes.NoTextOnPage, DiagnosticCodes.UnreadablePage, DiagnosticCodes.UndecodableText];

    public const string Note = "the file needed repair to be read: check on the page";

    public static IReadOnlyList<Finding> Qualify(IReadOnlyList<Finding> findings, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (!diagnostics.Any(d => Repairs.Contains(d.Code) && d.Severity != DiagnosticSeverity.Fatal)) return findings;
        return [.. findings.Select(f => f.Severity == FindingSeverity.Error
            ? f with { Severity = FindingSeverity.Warning, Message = $"{f.Message} ({Note})", MessageZh = $"{f.MessageZh}（文件经修复后读取，请核对原页）" }
            : f)];
    }
}
