namespace Extractor.Layout.Ocr;

/// <summary>A page as OCR read it, in points from its top left as rendered (stood upright and straightened where it was turned or tilted).</summary>
/// <param name="Glyphs">The recognised words' characters.</param>
/// <param name="Rulings">The ruling lines found in the image (<see cref="ImageRulings"/>).</param>
/// <param name="Width">The page's width.</param>
/// <param name="Height">The page's height.</param>
/// <param name="Confidence">The mean word confidence.</param>
/// <param name="Turn">How the image was turned before it was read.</param>
public sealed record ScannedPage(IReadOnlyList<Glyph> Glyphs, IReadOnlyList<RulingLine> Rulings, double Width, double Height, double Confidence, ScanTurn Turn);
