namespace Extractor.Layout;

/// <summary>
/// An axis-aligned rectangle in PDF points with its origin at the top-left of the page and y growing
/// downwards (the convention of tabula areas and of reading order).
/// </summary>
public readonly record struct Box(double Left, double Top, double Right, double Bottom)
{
    public double Width => Right - Left;
    public double Height => Bottom - Top;
    public double CenterX => (Left + Right) / 2;
    public double CenterY => (Top + Bottom) / 2;

    public Box Union(Box other) => new(
        Math.Min(Left, other.Left), Math.Min(Top, other.Top),
        Math.Max(Right, other.Right), Math.Max(Bottom, other.Bottom));

    public bool Contains(double x, double y) => x >= Left && x <= Right && y >= Top && y <= Bottom;

    public static Box Enclosing(IEnumerable<Box> boxes) => boxes.Aggregate((a, b) => a.Union(b));
}
