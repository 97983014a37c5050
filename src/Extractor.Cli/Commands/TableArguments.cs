using System.Globalization;
using Extractor.Layout;

namespace Extractor.Cli.Commands;

/// <summary>
/// The page, area and column arguments of <c>extractor tables</c>, parsed as tabula takes them: pages
/// <c>1,3-5</c>; an area <c>top,left,bottom,right</c> in points from the top-left of the page as displayed,
/// or with a leading <c>%</c> in percent of its height (top, bottom) and width (left, right).
/// </summary>
public static class TableArguments
{
    /// <summary>
    /// The pages a spec names in a document of <paramref name="pageCount"/> pages: <c>1,3-5</c>, <c>2-end</c>,
    /// <c>end</c> or <c>all</c> (null: every page). A page the document does not have is an error, as in tabula.
    /// </summary>
    public static IReadOnlySet<int>? Pages(string? spec, int pageCount)
    {
        if (string.IsNullOrWhiteSpace(spec) || spec.Trim() == "all") return null;
        var pages = new SortedSet<int>();
        foreach (var part in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bounds = part.Split('-', StringSplitOptions.TrimEntries);
            int from = Page(bounds[0], spec, pageCount), to = bounds.Length > 1 ? Page(bounds[1], spec, pageCount) : from;
            if (from < 1 || to < from) throw new FormatException($"bad page range '{part}' in '{spec}'");
            if (to > pageCount) throw new FormatException($"page {to} is out of range: the document has {pageCount} pages");
            for (int p = from; p <= to; p++) pages.Add(p);
        }
        return pages;
    }

    private static int Page(string text, string spec, int pageCount) => text == "end" ? pageCount : ParseInt(text, spec);

    /// <summary>An area spec resolved against a page's displayed size.</summary>
    public static Box Area(string spec, double pageWidth, double pageHeight)
    {
        bool percent = spec.StartsWith('%');
        var numbers = spec.TrimStart('%').Split(',').Select(n => ParseDouble(n, spec)).ToArray();
        if (numbers.Length != 4) throw new FormatException($"an area is top,left,bottom,right, not '{spec}'");
        var (top, left, bottom, right) = (numbers[0], numbers[1], numbers[2], numbers[3]);
        return percent
            ? new Box(left / 100 * pageWidth, top / 100 * pageHeight, right / 100 * pageWidth, bottom / 100 * pageHeight)
            : new Box(left, top, right, bottom);
    }

    public static IReadOnlyList<double> Columns(string? spec) =>
        string.IsNullOrWhiteSpace(spec) ? [] : spec.Split(',').Select(n => ParseDouble(n, spec)).ToList();

    /// <summary>Rules as <c>x1,y1,x2,y2</c> separated by <c>;</c>, in the same coordinates as areas.</summary>
    public static IReadOnlyList<RulingLine> Rulings(string? spec)
    {
        if (string.IsNullOrWhiteSpace(spec)) return [];
        return spec.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(r =>
        {
            var n = r.Split(',').Select(v => ParseDouble(v, spec)).ToArray();
            var (x1, y1, x2, y2) = (n[0], n[1], n[2], n[3]);
            return Math.Abs(y2 - y1) < Math.Abs(x2 - x1)
                ? new RulingLine(RulingOrientation.Horizontal, (y1 + y2) / 2, Math.Min(x1, x2), Math.Max(x1, x2), 0.5)
                : new RulingLine(RulingOrientation.Vertical, (x1 + x2) / 2, Math.Min(y1, y2), Math.Max(y1, y2), 0.5);
        }).ToList();
    }

    private static int ParseInt(string text, string spec) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : throw new FormatException($"'{text}' in '{spec}' is not a whole number");

    private static double ParseDouble(string text, string spec) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : throw new FormatException($"'{text}' in '{spec}' is not a number");
}
