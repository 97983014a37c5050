namespace Extractor.Layout;

/// <summary>
/// One printed letter, in top-left page coordinates. <c>StartX</c>/<c>EndX</c> are where the pen starts
/// and ends on the baseline (the advance), which measures the typographic gap between letters far better
/// than the ink boxes, whose side bearings differ from font to font.
/// </summary>
public sealed record Glyph(string Text, Box Box, double Baseline, double StartX, double EndX, double FontSize, string FontName)
{
    public char First => Text[0];
    public bool IsWhitespace => string.IsNullOrWhiteSpace(Text);
}
