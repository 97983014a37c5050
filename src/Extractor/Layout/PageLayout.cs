namespace Extractor.Layout;

/// <summary>What the layout stage read from one page: its glyphs, text lines and ruling lines.</summary>
public sealed record PageLayout(
    int Number,
    double Width,
    double Height,
    IReadOnlyList<Glyph> Glyphs,
    IReadOnlyList<TextLine> Lines,
    IReadOnlyList<RulingLine> Rulings)
{
    /// <summary>The painted areas that are no rules: bars and wedges of charts, shaded cells.</summary>
    public IReadOnlyList<FilledArea> Fills { get; init; } = [];

    /// <summary>The page prints nothing at all: no letter, no path, no image.</summary>
    public bool Blank { get; init; }

    /// <summary>
    /// Glyphs that map to no character, to U+FFFD or to a private-use code point: text a reader sees as boxes or
    /// not at all, and cannot copy.
    /// </summary>
    public IReadOnlyList<Box> Unrendered { get; init; } = [];

    /// <summary>The boxes of the glyphs among <paramref name="glyphs"/> that do not render (<see cref="Unrendered"/>).</summary>
    internal static IReadOnlyList<Box> UnrenderedOf(IReadOnlyList<Glyph> glyphs) =>
        [.. glyphs.Where(g => !g.IsWhitespace && IsUnrendered(g.First)).Select(g => g.Box)];

    internal static bool IsUnrendered(char c) => c == '\uFFFD' || c == '\0' || c is >= '\uE000' and <= '\uF8FF' || char.IsControl(c);
}
