namespace Extractor.Layout.Ocr;

/// <summary>A page as OCR read it, in points from its top left as rendered (straightened when it was tilted).</summary>
/// <param name="Glyphs">The recognised words' characters.</param>
/// <param name="Rulings">The ruling lines found in the image (<see cref="ImageRulings"/>).</param>
/// <param name="Width">The page's width.</param>
/// <param name="Height">The page's height.</param>
/// <param name="Confidence">The mean word confidence.</param>
/// <param name="Straightened">The tilt (degrees) the image was turned back by before it was read; 0 when it was straight.</param>
public sealed record ScannedPage(IReadOnlyList<Glyph> Glyphs, IReadOnlyList<RulingLine> Rulings, double Width, double Height, double Confidence, double Straightened);
