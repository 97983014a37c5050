namespace Extractor.Layout;

public enum RulingOrientation { Horizontal, Vertical }

/// <summary>
/// A horizontal or vertical rule drawn on the page (a stroked segment or a thin filled rectangle), in
/// top-left page coordinates: <c>Position</c> is the y of a horizontal rule or the x of a vertical one,
/// <c>Start</c>..<c>End</c> its extent along the other axis.
/// </summary>
public sealed record RulingLine(RulingOrientation Orientation, double Position, double Start, double End, double Thickness)
{
    public double Length => End - Start;
}
