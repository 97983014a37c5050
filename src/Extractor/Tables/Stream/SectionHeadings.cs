using Extractor.Layout;

namespace Extractor.Tables.Stream;

/// <summary>
/// Section headings inside an unruled table's body: a line holding only a heading centred over the table
/// ("Northern region") between blocks of figure rows. It is a row of its own, its text in the first column;
/// it does not close the columns' gutters it crosses, and the lines around it do not join it as a wrapped cell.
/// A line is one when it is centred on the table and lines up with none of the cells it overlaps.
/// </summary>
internal static class SectionHeadings
{
    /// <summary>A heading's middle lies within this share of the table's width of the table's middle.</summary>
    private const double CentredShare = 0.1;

    /// <summary>
    /// Whether the line may be a section heading: one chunk of text, no amount, centred on the table. Whether
    /// it is one is settled by the rows (<see cref="LinesUp"/>): a wrapped cell of a middle column can sit
    /// centred too, but lines up with its cell's text on the row.
    /// </summary>
    public static bool IsCandidate(ChunkedLine line, Box table) =>
        line.Chunks.Count == 1 && !line.HasAmount && Math.Abs(line.Box.CenterX - table.CenterX) <= CentredShare * table.Width;

    /// <summary>
    /// Whether the line lines up with a cell of the other lines, by its left edge, right edge or centre: then it
    /// is part of a column, as the first line of a cell wrapped around its row starts where the rest of the cell
    /// starts. A heading centred over the table lines up with none of the cells it overlaps. Other candidates
    /// count only near the line (the two lines of a cell wrapped above and below its row's figures); a heading
    /// of the same width further down is another section's.
    /// </summary>
    /// <param name="line">A candidate line.</param>
    /// <param name="others">The body's other lines.</param>
    /// <param name="table">The table's extent, which makes a line a candidate.</param>
    public static bool LinesUp(ChunkedLine line, IReadOnlyList<ChunkedLine> others, Box table) =>
        others.Where(o => o != line && (!IsCandidate(o, table) || Math.Abs(o.Box.Bottom - line.Box.Bottom) <= NearLines * line.Line.FontSize))
            .SelectMany(o => o.Chunks).Select(c => c.Box)
            .Where(c => c.Left < line.Box.Right && line.Box.Left < c.Right)
            .Any(c => Math.Abs(c.Left - line.Box.Left) <= Tolerance || Math.Abs(c.Right - line.Box.Right) <= Tolerance
                      || Math.Abs(c.CenterX - line.Box.CenterX) <= Tolerance);

    /// <summary>Lines of one wrapped cell lie within this many line heights of each other.</summary>
    private const double NearLines = 3.0;

    /// <summary>How far (points) two edges may miss each other and still line up.</summary>
    private const double Tolerance = 1.0;
}
