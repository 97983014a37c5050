using Extractor.Layout;

namespace Extractor.Tables.Stream;

/// <summary>
/// A run of glyphs on one text line set close together: in a table row, one cell's text. Lines are cut
/// into chunks where the gap between two glyphs is wider than a word space can be.
/// </summary>
internal sealed record TextChunk(IReadOnlyList<Glyph> Glyphs, Box Box)
{
    /// <summary>A gap wider than this (in em) separates cells; word spaces and justified text stay below it.</summary>
    private const double CellGapEm = 0.8;

    public string Text => CellTextBuilder.Build(Glyphs);

    public static IReadOnlyList<TextChunk> Split(TextLine line)
    {
        var chunks = new List<TextChunk>();
        var current = new List<Glyph>();
        Glyph? previous = null;
        foreach (var glyph in line.Glyphs)
        {
            double em = Math.Max(1, Math.Max(glyph.FontSize, previous?.FontSize ?? 0));
            if (previous is not null && glyph.StartX - previous.EndX > CellGapEm * em)
            {
                chunks.Add(Of(current));
                current = [];
            }
            current.Add(glyph);
            previous = glyph;
        }
        if (current.Count > 0) chunks.Add(Of(current));
        return chunks;
    }

    private static TextChunk Of(List<Glyph> glyphs) => new(glyphs, Box.Enclosing(glyphs.Select(g => g.Box)));
}
