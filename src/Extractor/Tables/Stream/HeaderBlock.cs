using Extractor.Layout;

namespace Extractor.Tables.Stream;

/// <summary>One printed header cell of an unruled table: its glyphs (several lines when wrapped) and box.</summary>
internal sealed class HeaderBlock(List<Glyph> glyphs)
{
    /// <summary>The widest gap (line heights) between two lines of one wrapped header cell; a parent sits further up.</summary>
    private const double WrapGapLines = 0.9;

    /// <summary>How far (share of the wider line) the centres of a wrapped cell's lines may differ.</summary>
    private const double WrapAlignment = 0.2;

    public List<Glyph> Glyphs { get; } = glyphs;
    public Box Box => Box.Enclosing(Glyphs.Select(g => g.Box));
    public string Text => CellTextBuilder.Build(Glyphs);

    /// <summary>
    /// The header's cells: the chunks of its lines, where short letter-spaced words (收　　入) are one chunk
    /// and lines set tightly under one another over the same place are one wrapped cell.
    /// </summary>
    public static List<HeaderBlock> From(IReadOnlyList<Glyph> headerGlyphs)
    {
        var blocks = new List<HeaderBlock>();
        foreach (var line in TextLineBuilder.Build(headerGlyphs))
            foreach (var chunk in JoinLetterSpaced(TextChunk.Split(line)))
            {
                // A wrapped cell: the block right above (under a line away), its lines centred on one
                // another, starting at the same left edge, or the shorter last line lying within the first.
                // Headers of narrow neighbouring columns overlap too, but only in part.
                var above = blocks.LastOrDefault(b =>
                    chunk.Box.Top - b.Box.Bottom < WrapGapLines * line.FontSize && chunk.Box.Top > b.Box.CenterY
                    && (Math.Abs(chunk.Box.CenterX - b.Box.CenterX) <= WrapAlignment * Math.Max(b.Box.Width, chunk.Box.Width)
                        || Math.Abs(chunk.Box.Left - b.Box.Left) <= 1.5
                        || (chunk.Box.Left >= b.Box.Left - 1 && chunk.Box.Right <= b.Box.Right + 1)));
                if (above is not null) above.Glyphs.AddRange(chunk.Glyphs);
                else blocks.Add(new HeaderBlock([.. chunk.Glyphs]));
            }
        return blocks;
    }

    /// <summary>Joins neighbouring one-character CJK chunks of a line: a word set with wide letter-spacing.</summary>
    private static IEnumerable<TextChunk> JoinLetterSpaced(IReadOnlyList<TextChunk> chunks)
    {
        const double MaxLetterSpacingEm = 6;
        var result = new List<TextChunk>();
        foreach (var chunk in chunks)
        {
            var previous = result.LastOrDefault();
            bool spaced = previous is not null && IsSingleCjk(previous) && IsSingleCjk(chunk)
                && chunk.Box.Left - previous.Box.Right <= MaxLetterSpacingEm * chunk.Glyphs[0].FontSize;
            if (spaced)
            {
                var glyphs = previous!.Glyphs.Concat(chunk.Glyphs).ToList();
                result[^1] = new TextChunk(glyphs, previous.Box.Union(chunk.Box));
            }
            else result.Add(chunk);
        }
        return result;
    }

    private static bool IsSingleCjk(TextChunk chunk) =>
        chunk.Glyphs.Count(g => !g.IsWhitespace) == 1 && CjkText.IsCjk(chunk.Glyphs.First(g => !g.IsWhitespace).First);
}
