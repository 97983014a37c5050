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
        if (withinCell && glyphs.Count(g => g.RunsVertically) * 2 > glyphs.Count(g => !g.IsWhitespace)) return Vertical(glyphs);
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
    public static TextLine Join(IReadOnlyList<Glyph> lineGlyphs, bool withinCell = false) =>
        Assemble(lineGlyphs.OrderBy(g => g.StartX).ToList(), withinCell, (left, right) => right.StartX - left.EndX);

    /// <summary>
    /// A cell whose text is turned (a narrow header set running up or down): its lines are the columns of
    /// letters, read along the way they run; lines running up follow each other left to right, lines
    /// running down right to left.
    /// </summary>
    private static IReadOnlyList<TextLine> Vertical(IReadOnlyList<Glyph> glyphs)
    {
        var printable = glyphs.Where(g => !g.IsWhitespace).ToList();
        bool up = printable.Count(g => g.Direction == TextDirection.Up) * 2 > printable.Count(g => g.RunsVertically);
        var columns = new List<List<Glyph>>();
        foreach (var glyph in printable.OrderBy(g => g.Box.CenterX))
        {
            if (columns.Count == 0 || glyph.Box.CenterX - columns[^1][0].Box.CenterX > SameLineEm * 2 * Math.Max(1, glyph.FontSize))
                columns.Add([]);
            columns[^1].Add(glyph);
        }
        if (!up) columns.Reverse();
        return columns.Select(column => up
                ? Assemble(column.OrderByDescending(g => g.Box.CenterY).ToList(), true, (below, above) => below.Box.Top - above.Box.Bottom)
                : Assemble(column.OrderBy(g => g.Box.CenterY).ToList(), true, (above, below) => below.Box.Top - above.Box.Bottom))
            .ToList();
    }

    /// <summary>Joins glyphs in reading order, with a space where <paramref name="gapOf"/> two neighbours reads as one.</summary>
    private static TextLine Assemble(List<Glyph> ordered, bool withinCell, Func<Glyph, Glyph, double> gapOf)
    {
        var pieces = new List<string>(ordered.Count * 2);
        Glyph? previous = null;
        foreach (var glyph in ordered)
        {
            // A glyph mapped to a space and a sign (" .") brings its own space.
            if (previous is not null && !char.IsWhiteSpace(glyph.First) && NeedsSpace(previous, glyph, withinCell, gapOf(previous, glyph)))
                pieces.Add(" ");
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

    private static bool NeedsSpace(Glyph left, Glyph right, bool withinCell, double gap)
    {
        double em = Math.Max(1, Math.Max(left.FontSize, right.FontSize));
        bool bothCjk = CjkText.IsCjk(left.Text[^1]) && CjkText.IsCjk(right.First);
        if (bothCjk) return !withinCell && gap > CjkColumnGapEm * em;
        // Accounting layout: the currency sign at the cell's left, the figures right-aligned; one amount.
        if (withinCell && IsCurrencySign(left.Text[^1]) && CjkText.IsDigit(right.First)) return false;
        return gap > SpaceEm * em;
    }
}
