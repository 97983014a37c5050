namespace Extractor.Layout;

/// <summary>
/// Groups glyphs into lines by their baselines and joins each line's glyphs left to right, deciding
/// spaces from the typographic gap: none between two CJK characters unless the gap is a column gap, one
/// where Latin words, digits or a Han/digit pair are set apart by about a space width or more.
/// </summary>
public static class TextLineBuilder
{
    /// <summary>Glyphs whose baselines differ by less than this share a line.</summary>
    private const double SameLineEm = 0.35;

    /// <summary>A gap that reads as a space between Latin letters, digits or mixed scripts.</summary>
    private const double SpaceEm = 0.18;

    /// <summary>Between two CJK characters only a gap this wide (a column gap) is written as a space.</summary>
    private const double CjkColumnGapEm = 1.5;

    /// <param name="glyphs">The glyphs to group.</param>
    /// <param name="withinCell">True when the glyphs are one table cell's: then a wide gap between two CJK
    /// characters is letter-spacing (a spaced-out header such as 项　　目), never a column gap.</param>
    public static IReadOnlyList<TextLine> Build(IReadOnlyList<Glyph> glyphs, bool withinCell = false)
    {
        var printable = glyphs.Where(g => !g.IsWhitespace).OrderBy(g => g.Baseline).ThenBy(g => g.StartX).ToList();
        var lines = new List<TextLine>();
        var current = new List<Glyph>();
        double currentBaseline = double.NaN;
        foreach (var glyph in printable)
        {
            double tolerance = SameLineEm * Math.Max(1, glyph.FontSize);
            if (current.Count > 0 && Math.Abs(glyph.Baseline - currentBaseline) > tolerance)
            {
                lines.Add(Join(current, withinCell));
                current = [];
            }
            if (current.Count == 0) currentBaseline = glyph.Baseline;
            current.Add(glyph);
        }
        if (current.Count > 0) lines.Add(Join(current, withinCell));
        return lines;
    }

    /// <summary>Joins one line's glyphs in x order.</summary>
    public static TextLine Join(IReadOnlyList<Glyph> lineGlyphs, bool withinCell = false)
    {
        var ordered = lineGlyphs.OrderBy(g => g.StartX).ToList();
        var pieces = new List<string>(ordered.Count * 2);
        Glyph? previous = null;
        foreach (var glyph in ordered)
        {
            // A glyph mapped to a space and a sign (" .") brings its own space.
            if (previous is not null && !char.IsWhiteSpace(glyph.First) && NeedsSpace(previous, glyph, withinCell)) pieces.Add(" ");
            pieces.Add(glyph.Text);
            previous = glyph;
        }
        var printedText = VisualOrder.ToLogical(pieces);
        var sizes = ordered.Select(g => g.FontSize).Order().ToList();
        return new TextLine(
            CjkText.NormalizeNumbers(printedText), printedText,
            Box.Enclosing(ordered.Select(g => g.Box)), sizes[sizes.Count / 2], ordered);
    }

    private static bool IsCurrencySign(char c) => c is '$' or '€' or '£' or '¥' or '￥' or '＄';

    private static bool NeedsSpace(Glyph left, Glyph right, bool withinCell)
    {
        double em = Math.Max(1, Math.Max(left.FontSize, right.FontSize));
        double gap = right.StartX - left.EndX;
        bool bothCjk = CjkText.IsCjk(left.Text[^1]) && CjkText.IsCjk(right.First);
        if (bothCjk) return !withinCell && gap > CjkColumnGapEm * em;
        // Accounting layout: the currency sign at the cell's left, the figures right-aligned; one amount.
        if (withinCell && IsCurrencySign(left.Text[^1]) && CjkText.IsDigit(right.First)) return false;
        return gap > SpaceEm * em;
    }
}
