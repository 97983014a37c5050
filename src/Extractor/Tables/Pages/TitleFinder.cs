using System.Text.RegularExpressions;
using Extractor.Layout;
using Extractor.Tables.Stream;
using Extractor.Wording;

namespace Extractor.Tables.Pages;

/// <summary>A title (and the unit of its caption) printed at a page's foot for the table opening the next page.</summary>
internal sealed record CarriedTitle(string Title, Model.MoneyUnit? Unit);

/// <summary>
/// The title of a table: the line just above it (past the 填报单位 / 单位 caption) that reads like a title
/// — it names a 表, or it is set larger than the table — or, in forms whose title is drawn inside the grid,
/// a first row that is one merged cell ending in 表.
/// </summary>
internal static partial class TitleFinder
{
    /// <summary>How far above the table (in points) a title may sit.</summary>
    private const double MaxDistance = 90;

    /// <summary>Lines other than captions that may stand between a title and its table (a stray header line).</summary>
    private const int MaxLinesPassed = 2;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>The unit printed in the caption just above the table (单位：万元), if there is one.</summary>
    public static Model.MoneyUnit? CaptionUnit(PageTable table, IReadOnlyList<TextLine> pageLines)
    {
        return UnitOf(CaptionLines(table, pageLines));
    }

    /// <summary>The lines just above the table, nearest first: where its captions stand.</summary>
    private static IEnumerable<TextLine> CaptionLines(PageTable table, IReadOnlyList<TextLine> pageLines) =>
        pageLines.Where(l => l.Box.Bottom <= table.Box.Top + 1 && table.Box.Top - l.Box.Bottom <= MaxDistance).OrderByDescending(l => l.Box.Bottom);

    /// <summary>
    /// The department or unit the caption just above the table names (单位名称：湖北省水文水资源中心), if one does.
    /// </summary>
    public static string? CaptionEntity(PageTable table, IReadOnlyList<TextLine> pageLines)
    {
        var named = CaptionLines(table, pageLines)
            .Where(l => l.Box.Right > table.Box.Left && l.Box.Left < table.Box.Right)
            .Select(l => Captions.Department().Match(l.Text))
            .FirstOrDefault(m => m.Success);
        return named?.Groups["name"].Value;
    }

    /// <summary>The unit of the first of these lines that is a 单位 caption.</summary>
    private static Model.MoneyUnit? UnitOf(IEnumerable<TextLine> lines)
    {
        var caption = lines.Select(l => Captions.Unit().Match(l.Text)).FirstOrDefault(m => m.Success);
        return caption is null ? null : Captions.UnitOf(caption.Groups["unit"].Value);
    }

    public static string? Find(PageTable table, IReadOnlyList<TextLine> pageLines)
    {
        double tableFont = table.Grid.SelectMany(r => r).Any() ? MedianFont(pageLines, table.Box) : 0;
        var above = pageLines
            .Where(l => l.Box.Bottom <= table.Box.Top + 1)
            .Where(l => l.Box.Right > table.Box.Left && l.Box.Left < table.Box.Right)
            .OrderByDescending(l => l.Box.Bottom);
        // The reach is measured from the table, or from the caption passed on the way: a title set well
        // above its 部门/单位 caption line is still the title.
        double reachFrom = table.Box.Top;
        int passed = 0;
        TextLine? number = null;
        foreach (var line in above)
        {
            if (reachFrom - line.Box.Bottom > MaxDistance) break;
            // A 续表 mark over a continued table is not its title: the table is the one it continues.
            if (StreamZoneFinder.IsCaption(line) || PageMarker.In(line.Text) || Captions.ContinuedMark().IsMatch(line.Text.Trim()))
            {
                reachFrom = Math.Min(reachFrom, line.Box.Top);
                continue;
            }
            // The national template prints the table's number on a line of its own under the name (公开05表 at the right):
            // the name above it is the title, the number only where no name is printed.
            if (number is null && TableTitles.TableNumber().IsMatch(line.Text.Trim()))
            {
                number = line;
                reachFrom = Math.Min(reachFrom, line.Box.Top);
                continue;
            }
            bool titleLike = TableTitles.NamesATable(line.Text) || (tableFont > 0 && line.FontSize >= 1.2 * tableFont);
            if (titleLike) return Normalise(WithWrappedStart(line, pageLines));
            if (++passed >= MaxLinesPassed) break;
        }
        return number is not null ? BesideANarrowTable(table, pageLines, number) ?? Normalise(number.Text)
            : TitleInsideGrid(table) ?? BesideANarrowTable(table, pageLines, null);
    }

    /// <summary>
    /// The name of a narrow table set to the left of its page, centred on the page over no column of it (round CL's Chongqing:
    /// "表12" over the table's left edge, "政府购买服务预算表" to the right of its last column; Tianjin's "13.政府购买服务预算表"
    /// alone): the nearest line over none of its columns naming a table above it, below the number printed over it where one is;
    /// null where none does. Lines over its columns were the title's candidates already.
    /// </summary>
    private static string? BesideANarrowTable(PageTable table, IReadOnlyList<TextLine> pageLines, TextLine? number) =>
        pageLines.Where(l => l.Box.Bottom <= table.Box.Top + 1 && table.Box.Top - l.Box.Bottom <= MaxDistance
                && (l.Box.Right <= table.Box.Left || l.Box.Left >= table.Box.Right)
                && (number is null || l.Box.Top >= number.Box.Bottom - 1) && TableTitles.NamesATable(l.Text)
                && !StreamZoneFinder.IsCaption(l) && !PageMarker.In(l.Text) && !Captions.ContinuedMark().IsMatch(l.Text.Trim()))
            .OrderByDescending(l => l.Box.Bottom).Select(l => Normalise(l.Text)).FirstOrDefault();

    /// <summary>
    /// Whether nothing is printed above the table on its page but captions, page markers, a continuation mark
    /// (续表, "(continued)"), a table's number printed apart (表2) and the table's own title: a table that may continue the
    /// previous page's.
    /// </summary>
    public static bool OpensPage(PageTable table, IReadOnlyList<TextLine> pageLines)
    {
        string title = table.Title is null ? "" : Whitespace().Replace(table.Title, "");
        return pageLines.Where(l => l.Box.Bottom <= table.Box.Top + 1)
            .All(l => StreamZoneFinder.IsCaption(l) || PageMarker.In(l.Text) || Captions.ContinuedMark().IsMatch(l.Text.Trim())
                || TableTitles.TableNumber().IsMatch(l.Text.Trim())
                || title.Length > 0 && Whitespace().Replace(l.Text, "") is { Length: > 0 } text && title.Contains(text, StringComparison.Ordinal));
    }

    /// <summary>
    /// The same title, or the same once a continuation mark is taken off (收入决算表（续表）) and the table's number before the
    /// name (表5 2025年一般公共预算支出表 continued as 2025年一般公共预算支出表（续表）), or the number alone. Two numbers that differ
    /// (表5-1, 表5-2 of one name) are two tables.
    /// </summary>
    public static bool SameTitle(string title, string first)
    {
        // A page headed by a table's number alone (the national template's corner 公开03表 printed again over its continuation, round
        // DK's Sichuan) continues a titled table printing that number, or none, anywhere in its title; never an untitled one.
        string bare = Whitespace().Replace(Captions.ContinuedMarkInTitle().Replace(title.Trim(), ""), "");
        if (TableTitles.TableNumber().IsMatch(bare))
        {
            var printed = TableTitles.NumberInTitle().Matches(first).Select(m => Whitespace().Replace(m.Value, "")).ToList();
            return first.Trim().Length > 0 && (printed.Count == 0 || printed.Contains(bare));
        }
        var (number, name) = Named(title);
        var (firstNumber, firstName) = Named(first);
        return name == firstName && (number == firstNumber || number.Length == 0 || firstNumber.Length == 0);
    }

    private static (string Number, string Name) Named(string title)
    {
        string unmarked = Captions.ContinuedMarkInTitle().Replace(title.Trim(), "");
        var number = TableTitles.NumberBeforeName().Match(unmarked);
        // A number OCR misread tells nothing: the name alone is compared.
        if (!number.Success && TableTitles.MisreadNumberBeforeName().Match(unmarked) is { Success: true } misread)
            return ("", Whitespace().Replace(unmarked[misread.Length..], ""));
        return (Whitespace().Replace(number.Value, ""), Whitespace().Replace(unmarked[number.Length..], ""));
    }

    /// <summary>Whether a continuation mark stands above the table on its page, or its title carries one.</summary>
    public static bool MarkedContinued(PageTable table, IReadOnlyList<TextLine> pageLines) =>
        table.Title is { } title && Captions.ContinuedMarkInTitle().IsMatch(title)
        || CaptionLines(table, pageLines).Any(l => Captions.ContinuedMark().IsMatch(l.Text.Trim()));

    /// <summary>
    /// Whether nothing is printed below the table on its page but page markers and a continuation mark: a
    /// table that runs to the page foot, and so may go on over the page. A note, a total line outside the
    /// grid or prose below it closes it.
    /// </summary>
    public static bool EndsPage(PageTable table, IReadOnlyList<TextLine> pageLines) =>
        pageLines.Where(l => l.Box.Top >= table.Box.Bottom - 1)
            .All(l => PageMarker.In(l.Text) || Captions.ContinuedMark().IsMatch(l.Text.Trim()) || l.Text.Trim().Length == 0);

    /// <summary>
    /// A title left at the foot of a page, below the page's last table with at most its caption after it:
    /// the table it names opens the next page. Null when the page ends otherwise.
    /// </summary>
    public static CarriedTitle? Trailing(IReadOnlyList<PageTable> pageTables, IReadOnlyList<TextLine> pageLines)
    {
        if (pageTables.Count == 0) return null;
        double lastTableBottom = pageTables.Max(t => t.Box.Bottom);
        var after = pageLines.Where(l => l.Box.Top >= lastTableBottom - 1 && !PageMarker.In(l.Text))
            .OrderBy(l => l.Box.Top).ToList();
        var named = after.Where(l => !StreamZoneFinder.IsCaption(l)).ToList();
        if (named.Count == 0 || !TableTitles.NamesATable(named[^1].Text)) return null;
        var title = WithWrappedStart(named[^1], pageLines);
        // Only the title (wrapped over at most three lines) may stand there, besides the caption.
        if (named.Count > 3 || named.Any(l => !title.Contains(l.Text.Trim(), StringComparison.Ordinal))) return null;
        return new CarriedTitle(Normalise(title), UnitOf(after));
    }

    /// <summary>
    /// A long title wraps: "十一、一般公共预算“三公”经费、会议费、培训费支出预" over "算表". Lines set close above the
    /// last one (a gap under 0.8 of the font size: titles are set with wide leading), in the same size, are its
    /// beginning (unless they name a table themselves).
    /// </summary>
    private static string WithWrappedStart(TextLine last, IReadOnlyList<TextLine> pageLines)
    {
        var text = last.Text.Trim();
        var current = last;
        for (int i = 0; i < 2; i++)
        {
            var above = pageLines.Where(l => l.Box.Bottom <= current.Box.Top + 1 && current.Box.Top - l.Box.Bottom <= 0.8 * current.FontSize
                    && Math.Abs(l.FontSize - current.FontSize) <= 0.1 * current.FontSize
                    && l.Box.Right > current.Box.Left && l.Box.Left < current.Box.Right + current.FontSize * 20)
                .OrderByDescending(l => l.Box.Bottom).FirstOrDefault();
            if (above is null || TableTitles.NamesATable(above.Text) || StreamZoneFinder.IsCaption(above)) break;
            text = above.Text.Trim() + text;
            current = above;
        }
        return text;
    }

    private static string? TitleInsideGrid(PageTable table)
    {
        if (table.Grid.Count == 0) return null;
        var first = table.Grid[0];
        bool oneCell = first.All(c => c.OriginRow == first[0].OriginRow && c.OriginCol == first[0].OriginCol);
        return oneCell && first.Count > 1 && TableTitles.NamesATable(first[0].Text) ? Normalise(first[0].Text) : null;
    }

    public static string Normalise(string text) => Whitespace().Replace(text.Trim(), " ");


    private static double MedianFont(IReadOnlyList<TextLine> lines, Box box)
    {
        var sizes = lines.Where(l => box.Contains(l.Box.CenterX, l.Box.CenterY)).Select(l => l.FontSize).Order().ToList();
        return sizes.Count == 0 ? 0 : sizes[sizes.Count / 2];
    }
}
