using Extractor.Layout;

namespace Extractor.Tables;

/// <summary>
/// Section headings inside an unruled table's body: a line holding only a heading centred over the table
/// ("Northern region") between blocks of figure rows. It is a row of its own, its text in the first column;
/// it does not close the columns' gutters it crosses, and the lines around it do not join it as a wrapped cell.
/// </summary>
public static class SectionHeadings
{
    /// <summary>A heading's middle lies within this share of the table's width of the table's middle.</summary>
    private const double CentredShare = 0.1;

    /// <summary>
    /// Whether the line may be a section heading: one chunk of text, no amount, centred on the table. Whether
    /// it is one is settled by the columns (<see cref="StandsOut"/>): a wrapped cell of a middle column can sit
    /// centred too, but within its column's text.
    /// </summary>
    public static bool IsCandidate(ChunkedLine line, Box table) =>
        line.Chunks.Count == 1 && !line.HasAmount && Math.Abs(line.Box.CenterX - table.CenterX) <= CentredShare * table.Width;

    /// <summary>
    /// Whether the line stands out of the columns the other lines set: it crosses an inner column edge, or
    /// reaches past the text of the column it sits in (a heading centred over the table over a column of
    /// right-aligned figures).
    /// </summary>
    /// <param name="line">A candidate line.</param>
    /// <param name="edges">The column edges.</param>
    /// <param name="cells">The other body lines, whose text sets each column's extent.</param>
    public static bool StandsOut(ChunkedLine line, IReadOnlyList<double> edges, IReadOnlyList<ChunkedLine> cells)
    {
        if (edges.Skip(1).SkipLast(1).Any(x => line.Box.Left < x && x < line.Box.Right)) return true;
        int column = LatticeExtractor.Slot(edges, line.Box.CenterX);
        var text = cells.SelectMany(l => l.Line.Glyphs)
            .Where(g => !g.IsWhitespace && LatticeExtractor.Slot(edges, g.Box.CenterX) == column).ToList();
        return text.Count == 0
            || line.Box.Left < text.Min(g => g.Box.Left) - Tolerance || line.Box.Right > text.Max(g => g.Box.Right) + Tolerance;
    }

    /// <summary>How far (points) a line may reach past its column's text and still be a cell of it.</summary>
    private const double Tolerance = 1.0;
}
