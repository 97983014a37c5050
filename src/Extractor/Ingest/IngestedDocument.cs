using Extractor.Model;
using UglyToad.PdfPig;

namespace Extractor.Ingest;

/// <summary>An opened PDF: the parser's document plus what the ingest stage learned about the file.</summary>
public sealed class IngestedDocument(PdfDocument pdf, SourceInfo source, IReadOnlyList<Diagnostic> diagnostics, byte[] bytes)
    : IDisposable
{
    public PdfDocument Pdf { get; } = pdf;

    /// <summary>The file's bytes, for a stage that hands pages to another program (OCR renders them).</summary>
    public byte[] Bytes { get; } = bytes;
    public SourceInfo Source { get; } = source;
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

    public void Dispose() => Pdf.Dispose();
}
