using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// Findings on a document whose figures were not read from an intact text layer are not presented as certain:
/// a file read only with repairs (a rebuilt cross-reference table or trailer, pages whose text could not be
/// read), or pages read by OCR, where a difference may be the damage or a misread digit rather than the
/// publisher's. Their errors become warnings that say why; a reviewer checks them on the page.
/// </summary>
public static class UncertainReading
{
    /// <summary>The diagnostic codes that lower a document's findings, and what each finding then says.</summary>
    private static readonly (HashSet<string> Codes, string Note, string NoteZh)[] Readings =
    [
        ([DiagnosticCodes.OcrPage], "read by OCR: check the figures on the page", "（数字经OCR识别，请核对原页）"),
        ([DiagnosticCodes.RepairedPdf, DiagnosticCodes.DamagedPdf, DiagnosticCodes.NoTextOnPage, DiagnosticCodes.UnreadablePage, DiagnosticCodes.UndecodableText],
            "the file needed repair to be read: check on the page", "（文件经修复后读取，请核对原页）"),
    ];

    public static IReadOnlyList<Finding> Qualify(IReadOnlyList<Finding> findings, IReadOnlyList<Diagnostic> diagnostics)
    {
        var reading = Readings.FirstOrDefault(r => diagnostics.Any(d => r.Codes.Contains(d.Code) && d.Severity != DiagnosticSeverity.Fatal));
        if (reading.Codes is null) return findings;
        return [.. findings.Select(f => f.Severity == FindingSeverity.Error
            ? f with { Severity = FindingSeverity.Warning, Message = $"{f.Message} ({reading.Note})", MessageZh = $"{f.MessageZh}{reading.NoteZh}" }
            : f)];
    }
}
