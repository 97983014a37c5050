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
        var printable = new List<Glyph>(glyphs.Count);
        foreach (var glyph in glyphs)
            if (!glyph.IsWhitespace) printable.Add(glyph);
        StableSort(printable, static (a, b) => a.Baseline.CompareTo(b.Baseline) is var order and not 0 ? order : a.StartX.CompareTo(b.StartX));
        // A line runs until a glyph's baseline leaves the tolerance around its first glyph's (the test is written
        // as "not beyond" so that a NaN baseline stays on its line, as it always did).
        var lines = new List<TextLine>();
        for (int start = 0, next = 1; start < printable.Count; next++)
        {
            if (next < printable.Count
                && !(Math.Abs(printable[next].Baseline - printable[start].Baseline) > SameLineEm * Math.Max(1, printable[next].FontSize)))
                continue;
            lines.Add(JoinInPlace(printable.GetRange(start, next - start), withinCell));
            start = next;
        }
        return lines;
    }

    /// <summary>Joins one line's glyphs in x order.</summary>
    public static TextLine Join(IReadOnlyList<Glyph> lineGlyphs, bool withinCell = false) => JoinInPlace([.. lineGlyphs], withinCell);

    /// <summary>Joins one line's glyphs in x order, sorting the list it is given (which the line then holds).</summary>
    private static TextLine JoinInPlace(List<Glyph> lineGlyphs, bool withinCell)
    {
        StableSort(lineGlyphs, static (a, b) => a.StartX.CompareTo(b.StartX));
        return Assemble(lineGlyphs, withinCell, static (left, right) => right.StartX - left.EndX);
    }

    /// <summary>
    /// Sorts keeping the given order among equals, as LINQ's OrderBy does (List.Sort alone does not): lines are
    /// read in the order equal glyphs came in, and without LINQ's key arrays and iterators a page's many lines cost less.
    /// </summary>
    private static void StableSort(List<Glyph> glyphs, Comparison<Glyph> compare)
    {
        if (glyphs.Count < 2) return;
        var numbered = new (Glyph Glyph, int Position)[glyphs.Count];
        for (int i = 0; i < numbered.Length; i++) numbered[i] = (glyphs[i], i);
        Array.Sort(numbered, (a, b) => compare(a.Glyph, b.Glyph) is var order and not 0 ? order : a.Position.CompareTo(b.Position));
        for (int i = 0; i < numbered.Length; i++) glyphs[i] = numbered[i].Glyph;
    }

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
        var sizes = new double[ordered.Count];
        for (int i = 0; i < sizes.Length; i++) sizes[i] = ordered[i].FontSize;
        Array.Sort(sizes);
        return new TextLine(
            CjkText.NormalizeNumbers(printedText), printedText,
            Box.Enclosing(ordered.Select(g => g.Box)), sizes[sizes.Length / 2], ordered);
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
