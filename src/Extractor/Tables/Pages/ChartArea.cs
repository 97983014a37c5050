using Extractor.Layout;

namespace Extractor.Tables.Pages;

/// <summary>
/// Whether a block of aligned text is a chart's labels rather than a table: a chart paints its figures as bars
/// or wedges among the labels. Bars share the edge they grow from (a left edge, or a baseline) and differ in
/// length; a shaded table row or column shares its edge and its length alike. A wedge is a filled shape bounded
/// by curves, which no table paints.
/// </summary>
internal static class ChartArea
{
    /// <summary>Edges this close (points) are one edge; lengths further apart than this differ.</summary>
    private const double Tolerance = 1.5;

    /// <summary>The fewest bars, and the fewest different lengths among them, that make a bar chart.</summary>
    private const int MinBars = 3;

    public static bool Holds(Box area, IReadOnlyList<FilledArea> fills)
    {
        var inside = fills.Where(f => Overlaps(area, f.Box)).ToList();
        if (inside.Any(f => f.Curved)) return true;
        var bars = inside.Select(f => f.Box).ToList();
        return Bars(bars, b => b.Left, b => b.Width) || Bars(bars, b => b.Bottom, b => b.Height);
    }

    /// <summary>At least <see cref="MinBars"/> boxes grow from one edge with as many different lengths.</summary>
    private static bool Bars(List<Box> boxes, Func<Box, double> edge, Func<Box, double> length)
    {
        foreach (var box in boxes)
        {
            var lengths = boxes.Where(b => Math.Abs(edge(b) - edge(box)) <= Tolerance).Select(length).Order().ToList();
            int distinct = lengths.Count == 0 ? 0 : 1 + lengths.Zip(lengths.Skip(1)).Count(p => p.Second - p.First > Tolerance);
            if (distinct >= MinBars) return true;
        }
        return false;
    }

    private static bool Overlaps(Box a, Box b) =>
        Math.Min(a.Right, b.Right) > Math.Max(a.Left, b.Left) && Math.Min(a.Bottom, b.Bottom) > Math.Max(a.Top, b.Top);
}
