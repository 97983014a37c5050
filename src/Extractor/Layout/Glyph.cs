namespace Extractor.Layout;

/// <summary>The way a letter's baseline runs on the page as read.</summary>
public enum TextDirection { Right, Up, Down, Left }

/// <summary>
/// One printed letter, in top-left page coordinates. <c>StartX</c>/<c>EndX</c> are where the pen starts
/// and ends on the baseline (the advance), which measures the typographic gap between letters far better
/// than the ink boxes, whose side bearings differ from font to font. A letter turned on the page (a narrow
/// header set running up) has its ink box for the advance and its <c>Direction</c>.
/// </summary>
public sealed record Glyph(string Text, Box Box, double Baseline, double StartX, double EndX, double FontSize, string FontName,
    TextDirection Direction = TextDirection.Right)
{
    public char First => Text[0];
    public bool IsWhitespace => string.IsNullOrWhiteSpace(Text);

    public bool RunsVertically => Direction is TextDirection.Up or TextDirection.Down;

    /// <summary>
    /// For a letter read by OCR, Tesseract's confidence (0–100) in the word it belongs to; null for a letter of
    /// the text layer, which is read as printed.
    /// </summary>
    public double? OcrConfidence { get; init; }
}
