namespace Extractor.Layout;

/// <summary>
/// A line of text in reading order. <c>Text</c> is normalised (numbers in ASCII digits and punctuation),
/// <c>PrintedText</c> keeps the characters exactly as printed; both share the same spacing decisions.
/// </summary>
public sealed record TextLine(string Text, string PrintedText, Box Box, double FontSize, IReadOnlyList<Glyph> Glyphs);
