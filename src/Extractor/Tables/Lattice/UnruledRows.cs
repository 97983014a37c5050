using Extractor.Layout;

namespace Extractor.Tables.Lattice;

/// <summary>
/// Rows a ruled table leaves without rules between them: a sheet printed with its column rules only (often
/// with a rule under the header and one at the foot) draws a grid whose body is one tall band. Where at least
/// two columns of that band print a figure on each of three lines or more, those lines are rows, and a rule
/// is drawn between them; a cell wrapped over lines beside single-line figures is no such band.
/// </summary>
internal static class UnruledRows
{
    /// <summary>Baselines closer than this share of the letter size are one line.</summary>
    private const double SameLineEm = 0.35;

    /// <summary>A line of figures prints one in two columns at least; a band splits into three such rows or more.</summary>
    private const int MinFigureColumns = 2, MinFigureLines = 3;

    /// <summary>The rules to draw between the unruled rows of the grid's bands; none for a grid ruled row by row.</summary>
    public static IReadOnlyList<RulingLine> Rules(RulingGrid grid, IReadOnlyList<Glyph> glyphs)
    {
        var xs = grid.Xs;
        var bands = grid.Deal(glyphs, byColumn: false);
        var rules = new List<RulingLine>();
        foreach (var band in bands)
        {
            // A band of one line (a grid ruled row by row) is passed over before its lines are built.
            if (band.Count < MinFigureLines || band.Max(g => g.Baseline) - band.Min(g => g.Baseline) < 2 * SameLineEm * band[0].FontSize)
                continue;
            var lines = Lines(band);
            if (lines.Count < MinFigureLines) continue;
            // Per line, the columns printing a figure on it.
            var figures = lines.Select(line => Enumerable.Range(0, xs.Count - 1)
                .Count(c => IsFigure(line.Where(g => g.Box.CenterX >= xs[c] && g.Box.CenterX < xs[c + 1]).ToList()))).ToList();
            var rows = Enumerable.Range(0, lines.Count).Where(i => figures[i] >= MinFigureColumns).ToList();
            if (rows.Count < MinFigureLines) continue;
            // A line without figures (a label wrapped over two lines) belongs to the row of figures nearest it;
            // halfway between two, to the one below (a label wrapped so that its last line meets the figures).
            var owner = Enumerable.Range(0, lines.Count)
                .Select(i => rows.MinBy(j => (Math.Round(Math.Abs(lines[j][0].Baseline - lines[i][0].Baseline)), j < i ? 1 : 0))).ToList();
            for (int i = 0; i + 1 < lines.Count; i++)
            {
                if (owner[i] == owner[i + 1]) continue;
                // Halfway between the bottom of one row's last line and the top of the next row's first.
                double between = (lines[i].Max(g => g.Box.Bottom) + lines[i + 1].Min(g => g.Box.Top)) / 2;
                rules.Add(new RulingLine(RulingOrientation.Horizontal, between, xs[0], xs[^1], 0));
            }
        }
        return rules;
    }

    /// <summary>Whether the glyphs print one figure (an amount, or a dash for none).</summary>
    internal static bool IsFigure(IReadOnlyList<Glyph> glyphs) =>
        glyphs.Count > 0 && glyphs.All(g => g.Text.All(IsFigureCharacter))
        && TableShape.IsAmount(TextLineBuilder.Join(glyphs, withinCell: true).Text);

    /// <summary>The characters a figure is printed with: checked first, since most cells are words.</summary>
    private static bool IsFigureCharacter(char c) =>
        CjkText.IsDigit(c) || c is ',' or '.' or '-' or '—' or '–' or '－' or '，' or '．' or '(' or ')' or '（' or '）' or ' ' or '\u00A0';

    /// <summary>A band's lines of glyphs, top to bottom.</summary>
    internal static List<List<Glyph>> Lines(IReadOnlyList<Glyph> band)
    {
        var lines = new List<List<Glyph>>();
        foreach (var glyph in band.OrderBy(g => g.Baseline))
        {
            if (lines.Count == 0 || glyph.Baseline - lines[^1][0].Baseline > SameLineEm * glyph.FontSize) lines.Add([]);
            lines[^1].Add(glyph);
        }
        return lines;
    }
}
