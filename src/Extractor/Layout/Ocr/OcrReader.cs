using System.ComponentModel;
using Extractor.Model;
using UglyToad.PdfPig.Content;

namespace Extractor.Layout.Ocr;

/// <summary>
/// Decides which pages of a document are read by OCR and reads them into the same layout the text layer gives
/// (glyphs with their word confidence, lines, and the ruling lines of the page image), naming each OCR'd page, or once why OCR cannot run here.
/// </summary>
internal sealed class OcrReader(OcrMode mode, byte[] document, List<Diagnostic> diagnostics) : IDisposable
{
    private TesseractOcr? engine;
    private bool unavailableTold;

    /// <summary>
    /// Whether the page needs OCR: always when asked; otherwise a page with an image and no usable text (a scan,
    /// or a text layer dropped as undecodable). A page with a good text layer is never OCR'd.
    /// </summary>
    public bool Wants(PageLayout layout, Page page) => mode switch
    {
        OcrMode.Always => true,
        OcrMode.Auto => layout.Glyphs.Count(g => !g.IsWhitespace) < LayoutReader.MinLettersForText && HasImage(page),
        _ => false,
    };

    /// <summary>The page as OCR reads it; null when it cannot (the page keeps what the text layer gave).</summary>
    public PageLayout? Read(PageLayout layout, CancellationToken cancellation)
    {
        if (TesseractOcr.MissingPrograms is { } missing)
        {
            if (!unavailableTold)
                diagnostics.Add(LayoutReader.PageDiagnostic(null, DiagnosticSeverity.Warning, DiagnosticCodes.OcrUnavailable,
                    $"pages without a text layer were not read: OCR cannot run here: {missing}"));
            unavailableTold = true;
            return null;
        }
        engine ??= new TesseractOcr(document);
        try
        {
            var read = engine.Read(layout.Number, cancellation);
            diagnostics.Add(LayoutReader.PageDiagnostic(layout.Number, DiagnosticSeverity.Info, DiagnosticCodes.OcrPage,
                $"page {layout.Number}: read by OCR (Tesseract chi_sim, {TesseractOcr.Dpi} dpi{read.Turn.Stated()}): {read.Glyphs.Count} characters, " +
                $"mean word confidence {read.Confidence:0}, {read.Rulings.Count} ruling lines in the image; " +
                "its text and tables are read as a text layer's, each figure with the confidence of its words"));
            return new PageLayout(layout.Number, read.Width, read.Height, read.Glyphs, TextLineBuilder.Build(read.Glyphs), read.Rulings);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or IOException or Win32Exception)
        {
            diagnostics.Add(LayoutReader.PageDiagnostic(layout.Number, DiagnosticSeverity.Warning, DiagnosticCodes.UnreadablePage,
                $"page {layout.Number}: OCR failed: {e.Message.Split('\n')[0]}"));
            return null;
        }
    }

    private static bool HasImage(Page page)
    {
        try
        {
            return page.GetImages().Any();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return false;
        }
    }

    public void Dispose() => engine?.Dispose();
}
