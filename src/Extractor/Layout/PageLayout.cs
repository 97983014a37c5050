namespace Extractor.Layout;

/// <summary>What the layout stage read from one page: its glyphs, text lines and ruling lines.</summary>
public sealed record PageLayout(
    int Number,
    double Width,
    double Height,
    IReadOnlyList<Glyph> Glyphs,
    IReadOnlyList<TextLine> Lines,
    IReadOnlyList<RulingLine> Rulings);
