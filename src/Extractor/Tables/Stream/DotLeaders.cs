using Extractor.Layout;

namespace Extractor.Tables.Stream;

/// <summary>
/// Dot leaders in a table row: a run of dots leading the eye from a label to its figures ("Salaries ........
/// 1,234"), as plain-text and typewritten reports set them. The leader is no cell's text but the space between
/// two cells; left in, its dots would join the label to the figure as one chunk and, ending where each row's
/// figure starts, leave no gutter between the columns.
/// </summary>
internal static class DotLeaders
{
    /// <summary>Dots in a row that make a leader: fewer are an ellipsis or a decimal point.</summary>
    private const int MinDots = 3;

    /// <summary>The widest gap between two dots of one leader (em): a leader spaced out with blanks.</summary>
    private const double MaxDotGapEm = 1.0;

    /// <summary>The line without its leaders: runs of dots with text on both sides of them. The line itself when it has none.</summary>
    public static TextLine Strip(TextLine line)
    {
        var glyphs = line.Glyphs;
        var leader = new HashSet<int>();
        int i = 0;
        while (i < glyphs.Count)
        {
            if (!IsDot(glyphs[i])) { i++; continue; }
            int end = i;
            while (end + 1 < glyphs.Count && IsDot(glyphs[end + 1])
                   && glyphs[end + 1].StartX - glyphs[end].EndX <= MaxDotGapEm * Math.Max(1, glyphs[end].FontSize))
                end++;
            // Text before and after: a label leads to its figures; dots closing a line are not a leader.
            if (end - i + 1 >= MinDots && i > 0 && end + 1 < glyphs.Count)
                for (int k = i; k <= end; k++) leader.Add(k);
            i = end + 1;
        }
        return leader.Count == 0 ? line : TextLineBuilder.Join([.. glyphs.Where((_, k) => !leader.Contains(k))]);
    }

    private static bool IsDot(Glyph glyph) => glyph.Text is "." or "·" or "．";
}
