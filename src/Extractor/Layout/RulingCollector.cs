using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Colors;
using ColorSpace = UglyToad.PdfPig.Graphics.Colors.ColorSpace;

namespace Extractor.Layout;

/// <summary>
/// Collects the page's horizontal and vertical rules from its vector paths: stroked line segments
/// (LibreOffice, Excel) and thin filled rectangles (Word and WPS draw borders that way); and, from the same
/// pass, the filled areas that are no rules. Diagonals, curves, clipping paths and white (invisible) paint make
/// no rule. Merging and grid building belong to the table stage.
/// </summary>
public static class RulingCollector
{
    /// <summary>A segment tilted by less than this (points) still counts as axis-aligned.</summary>
    private const double AxisTolerance = 1.0;

    /// <summary>A filled rectangle thinner than this is a rule; a thicker one is a shaded area.</summary>
    private const double MaxRuleThickness = 3.0;

    /// <summary>The page's rules, and its painted areas that are no rules (see <see cref="PaintedPage"/>).</summary>
    public static PaintedPage Collect(IEnumerable<PdfPath> paths, double pageHeight)
    {
        var rulings = new List<RulingLine>();
        var fills = new List<FilledArea>();
        foreach (var path in paths)
        {
            if (path.IsClipping) continue;
            if (path.IsStroked && !IsWhite(path.StrokeColor))
                foreach (var subpath in path) AddStrokedSegments(subpath, path.LineWidth, pageHeight, rulings);
            if (path.IsFilled && !IsWhite(path.FillColor))
                foreach (var subpath in path) AddFill(subpath, pageHeight, rulings, fills);
        }
        return new PaintedPage(rulings, fills);
    }

    private static void AddStrokedSegments(PdfSubpath subpath, double lineWidth, double pageHeight, List<RulingLine> into)
    {
        PdfPoint? start = null, current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    AddSegment(line.From, line.To, lineWidth, pageHeight, into);
                    current = line.To;
                    break;
                case PdfSubpath.Close when start is { } s && current is { } c:
                    AddSegment(c, s, lineWidth, pageHeight, into);
                    current = s;
                    break;
                case PdfSubpath.BezierCurve curve:
                    current = curve.EndPoint;
                    break;
            }
        }
    }

    private static void AddSegment(PdfPoint from, PdfPoint to, double thickness, double pageHeight, List<RulingLine> into)
    {
        double dx = Math.Abs(to.X - from.X), dy = Math.Abs(to.Y - from.Y);
        if (dx < AxisTolerance && dy < AxisTolerance) return;
        if (dy < AxisTolerance)
        {
            double y = pageHeight - (from.Y + to.Y) / 2;
            into.Add(new RulingLine(RulingOrientation.Horizontal, y, Math.Min(from.X, to.X), Math.Max(from.X, to.X), thickness));
        }
        else if (dx < AxisTolerance)
        {
            double x = (from.X + to.X) / 2;
            double top = pageHeight - Math.Max(from.Y, to.Y), bottom = pageHeight - Math.Min(from.Y, to.Y);
            into.Add(new RulingLine(RulingOrientation.Vertical, x, top, bottom, thickness));
        }
    }

    /// <summary>
    /// A filled subpath: a thin rectangle is a rule (Word and WPS draw borders so); one thicker both ways, or one
    /// bounded by curves, is a painted area (a chart's bar or wedge, a shaded cell).
    /// </summary>
    private static void AddFill(PdfSubpath subpath, double pageHeight, List<RulingLine> rules, List<FilledArea> fills)
    {
        if (subpath.GetBoundingRectangle() is not { } r) return;
        bool curved = subpath.Commands.Any(c => c is PdfSubpath.BezierCurve);
        double width = r.Width, height = r.Height;
        double top = pageHeight - r.Top, bottom = pageHeight - r.Bottom;
        if (!curved && height <= MaxRuleThickness && width > height)
            rules.Add(new RulingLine(RulingOrientation.Horizontal, (top + bottom) / 2, r.Left, r.Right, height));
        else if (!curved && width <= MaxRuleThickness && height > width)
            rules.Add(new RulingLine(RulingOrientation.Vertical, (r.Left + r.Right) / 2, top, bottom, width));
        else if (width > MaxRuleThickness && height > MaxRuleThickness)
            fills.Add(new FilledArea(new Box(r.Left, top, r.Right, bottom), curved));
    }

    private static bool IsWhite(IColor? color)
    {
        // A pattern has no single colour (PdfPig cannot convert it): it is visible paint.
        if (color is null || color.ColorSpace == ColorSpace.Pattern) return false;
        var (r, g, b) = color.ToRGBValues();
        return r > 0.95 && g > 0.95 && b > 0.95;
    }
}
