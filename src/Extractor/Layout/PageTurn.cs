using UglyToad.PdfPig.Content;

namespace Extractor.Layout;

/// <summary>
/// How a page is turned before it is read, so that its text runs left to right: a wide sheet printed on a
/// portrait page without a /Rotate entry draws its letters running up (or down) the page. Maps top-left page
/// coordinates into the turned page's; the untouched page maps onto itself.
/// </summary>
public sealed class PageTurn
{
    /// <summary>Letters the page needs before its direction is judged (a few turned labels turn nothing).</summary>
    private const int MinLetters = 20;

    /// <summary>Share of the letters that must run one other way for the page to be turned.</summary>
    private const double MajorityShare = 0.6;

    private readonly TextDirection direction;
    private readonly double width, height;

    private PageTurn(TextDirection direction, double width, double height)
    {
        this.direction = direction;
        this.width = width;
        this.height = height;
    }

    /// <summary>The turn that makes most of the page's letters run left to right.</summary>
    public static PageTurn Of(Page page)
    {
        var counts = new int[4];
        foreach (var letter in page.Letters)
            if (!string.IsNullOrWhiteSpace(letter.Value)
                && DirectionOf(letter.EndBaseLine.X - letter.StartBaseLine.X, letter.EndBaseLine.Y - letter.StartBaseLine.Y) is { } d)
                counts[(int)d]++;
        int total = counts.Sum();
        var major = (TextDirection)Array.IndexOf(counts, counts.Max());
        bool turned = total >= MinLetters && major != TextDirection.Right && counts[(int)major] >= MajorityShare * total;
        return new PageTurn(turned ? major : TextDirection.Right, page.Width, page.Height);
    }

    public bool IsTurned => direction != TextDirection.Right;

    /// <summary>Quarter turns clockwise that bring the text level: 1 for text running up the page.</summary>
    public int QuarterTurns => direction switch { TextDirection.Up => 1, TextDirection.Left => 2, TextDirection.Down => 3, _ => 0 };

    /// <summary>The turned page's width.</summary>
    public double Width => direction is TextDirection.Up or TextDirection.Down ? height : width;

    /// <summary>The turned page's height.</summary>
    public double Height => direction is TextDirection.Up or TextDirection.Down ? width : height;

    /// <summary>A point of the page (top-left coordinates, y down) on the turned page.</summary>
    public (double X, double Y) Map(double x, double y) => direction switch
    {
        TextDirection.Up => (height - y, x),
        TextDirection.Down => (y, width - x),
        TextDirection.Left => (width - x, height - y),
        _ => (x, y),
    };

    /// <summary>A painted area of the page on the turned page.</summary>
    public FilledArea Map(FilledArea area)
    {
        if (!IsTurned) return area;
        var (a, b) = (Map(area.Box.Left, area.Box.Top), Map(area.Box.Right, area.Box.Bottom));
        return area with { Box = new Box(Math.Min(a.X, b.X), Math.Min(a.Y, b.Y), Math.Max(a.X, b.X), Math.Max(a.Y, b.Y)) };
    }

    /// <summary>A rule of the page on the turned page: a quarter turn makes a horizontal rule vertical.</summary>
    public RulingLine Map(RulingLine rule)
    {
        if (!IsTurned) return rule;
        bool horizontal = rule.Orientation == RulingOrientation.Horizontal;
        var a = horizontal ? Map(rule.Start, rule.Position) : Map(rule.Position, rule.Start);
        var b = horizontal ? Map(rule.End, rule.Position) : Map(rule.Position, rule.End);
        bool nowHorizontal = Math.Abs(a.Y - b.Y) < Math.Abs(a.X - b.X);
        return nowHorizontal
            ? rule with { Orientation = RulingOrientation.Horizontal, Position = a.Y, Start = Math.Min(a.X, b.X), End = Math.Max(a.X, b.X) }
            : rule with { Orientation = RulingOrientation.Vertical, Position = a.X, Start = Math.Min(a.Y, b.Y), End = Math.Max(a.Y, b.Y) };
    }

    /// <summary>
    /// The way a baseline runs, from its advance (<paramref name="dx"/> right, <paramref name="dyUp"/> up), or
    /// null for a slanted one or none.
    /// </summary>
    public static TextDirection? DirectionOf(double dx, double dyUp)
    {
        if (Math.Abs(dx) < 1e-6 && Math.Abs(dyUp) < 1e-6) return null;
        if (Math.Abs(dx) >= 4 * Math.Abs(dyUp)) return dx > 0 ? TextDirection.Right : TextDirection.Left;
        if (Math.Abs(dyUp) >= 4 * Math.Abs(dx)) return dyUp > 0 ? TextDirection.Up : TextDirection.Down;
        return null;
    }
}
