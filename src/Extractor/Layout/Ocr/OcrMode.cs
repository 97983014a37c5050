namespace Extractor.Layout.Ocr;

/// <summary>When pages are read by OCR (the <c>ocr</c> key of pipeline.yaml).</summary>
public enum OcrMode
{
    /// <summary>Pages without a usable text layer (scans, undecodable fonts), when Tesseract is installed.</summary>
    Auto,
    /// <summary>Never: such pages stay empty with their diagnostic.</summary>
    Off,
    /// <summary>Every page, whatever its text layer.</summary>
    Always,
}
