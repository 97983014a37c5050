using Extractor.Layout;
using Extractor.Tables.Stream;
using Extractor.Tables;

namespace Extractor.Tests.Tables.Stream;

/// <summary>Text lines built by hand for the stream method's tests: every letter 6 points wide, 10 points high.</summary>
internal static class BuiltLines
{
    public const double LetterWidth = 6;

    /// <summary>A line whose baseline is at <paramref name="baseline"/> (points from the top), each text starting at its x.</summary>
    public static ChunkedLine Line(double baseline, params (double X, string Text)[] cells) =>
        SizedLine(baseline, [.. cells.Select(cell => (cell.X, cell.Text, 10.0))]);

    /// <summary>A line whose texts are set in their own font sizes (10 is the default's), letters 0.6 of the size wide.</summary>
    public static ChunkedLine SizedLine(double baseline, params (double X, string Text, double Size)[] cells)
    {
        var glyphs = cells.SelectMany(cell => cell.Text.Select((c, i) =>
        {
            double width = LetterWidth * cell.Size / 10, start = cell.X + width * i;
            return new Glyph(c.ToString(), new Box(start, baseline - 0.8 * cell.Size, start + width, baseline), baseline, start, start + width, cell.Size, "F");
        })).OrderBy(g => g.StartX).ToList();
        var line = TextLineBuilder.Join(glyphs);
        return new ChunkedLine(line, TextChunk.Split(line));
    }

    /// <summary>A text right-aligned at <paramref name="right"/>.</summary>
    public static (double X, string Text) RightAt(double right, string text) => (right - LetterWidth * text.Length, text);

    public static IReadOnlyList<string> Texts(IReadOnlyList<GridCell> row) => [.. row.Select(c => c.Text)];
}
