using System.Text.RegularExpressions;
using Extractor.Layout;
using Extractor.Wording;

namespace Extractor.Tables.Stream;

/// <summary>A text line with its cell chunks, as the stream method sees it.</summary>
internal sealed partial record ChunkedLine(TextLine Line, IReadOnlyList<TextChunk> Chunks)
{
    public Box Box => Line.Box;

    /// <summary>
    /// Whether the line prints an amount: a chunk that is one, or a decimal amount set right against a
    /// neighbouring cell's text ("521.61经济分类" when the columns nearly touch).
    /// </summary>
    public bool HasAmount => Chunks.Any(c => TableShape.IsAmount(c.Text) || DecimalAmount().IsMatch(c.Text));

    /// <summary>Whether the line holds a table's first amounts (<see cref="TableShape.OpensBody"/>: not a dash among headings).</summary>
    public bool OpensBody => Chunks.Any(c => DecimalAmount().IsMatch(c.Text)) || TableShape.OpensBody([.. Chunks.Select(c => c.Text)]);

    [GeneratedRegex(@"(?<![\d,.])\d{1,3}(?:,?\d{3})*\.\d{2}(?![\d%])")]
    private static partial Regex DecimalAmount();
}

/// <summary>
/// Finds the regions of a page where text is set in columns: runs of lines cut into two or more chunks,
/// with the short lines between them (wrapped cells, one-cell rows), stopping at a wide vertical gap, a
/// full-width line of running text, a caption line (填报单位 / 单位：万元) that belongs above a table, or the
/// title of the next table.
/// </summary>
internal static partial class StreamZoneFinder
{
    /// <summary>
    /// A gap between lines wider than this many line heights ends a table. Generous because a multi-level
    /// header centres its cells vertically, leaving wide gaps between its lines.
    /// </summary>
    private const double MaxRowGapLines = 6.0;

    /// <summary>A line closer than this many line heights under the row above continues it.</summary>
    private const double TightLines = 1.5;

    /// <summary>
    /// How far, in lines, a three-line table's top rule may stand above a heading line of its header: a heading wrapped
    /// under a group heading ("科目编码" over a column, "对附属单位补助支" beside it, then the row of headings) is the third
    /// line under the rule.
    /// </summary>
    private const double RuleOverHeadingLines = 3.0;

    /// <summary>How far, in lines, a page number stands under the table at least: a bare number closer is one of its cells.</summary>
    private const double PageNumberGapLines = 0.5;

    /// <summary>A one-chunk line wider than this share of the table is running text, not a cell.</summary>
    private const double MaxCellLineShare = 0.6;

    /// <summary>Whether the line introduces a table (<see cref="Captions.CaptionLine"/>): 填报单位：X, 单位：万元.</summary>
    public static bool IsCaption(TextLine line) => Captions.CaptionLine().IsMatch(line.Text.Trim());

    /// <param name="lines">The page's text lines outside ruling grids.</param>
    /// <param name="horizontalRules">The page's long horizontal rules: a three-line table's top rule bounds its header.</param>
    public static IReadOnlyList<IReadOnlyList<ChunkedLine>> Find(IReadOnlyList<TextLine> lines, IReadOnlyList<RulingLine>? horizontalRules = null)
    {
        var chunked = lines.OrderBy(l => l.Box.Top).Select(l => new ChunkedLine(l, TextChunk.Split(l))).ToList();
        var zones = new List<IReadOnlyList<ChunkedLine>>();
        int i = 0;
        while (i < chunked.Count)
        {
            if (!IsRow(chunked[i]))
            {
                i++;
                continue;
            }
            int last = i;
            var zoneBox = chunked[i].Box;
            // One-cell lines (wrapped cells, label-only rows) belong to the table when more rows follow
            // them; after the last row only tightly set ones do (a note under a table is not a cell).
            var pending = new List<int>();
            // A note that the table holds nothing closes a table printed empty: the label lines before it (合计) are its body
            // however far apart they are set.
            bool closedEmpty = false;
            for (int j = i + 1; j < chunked.Count; j++)
            {
                var line = chunked[j];
                var above = chunked[pending.Count > 0 ? pending[^1] : last];
                double height = Math.Max(line.Line.FontSize, above.Line.FontSize);
                double gap = line.Box.Top - above.Box.Bottom;
                if (IsNote(line.Line) && gap <= MaxRowGapLines * height) closedEmpty = ReviewWording.EmptyTableNote().IsMatch(line.Line.Text.Trim());
                // A bare number beside the line above (a row number centred on a label wrapped over two lines, 29 between
                // 七、文化旅游体育与传 and 媒支出; a class code centred on its merged cell between two rows, round DK's Yunnan) is a
                // cell of the table: a page number stands apart.
                if (gap > MaxRowGapLines * height || IsCaption(line.Line) || PageMarker.In(line.Line.Text) && gap > PageNumberGapLines * height || IsNote(line.Line)) break;
                if (IsRow(line))
                {
                    last = j;
                    pending.Clear();
                    zoneBox = zoneBox.Union(line.Box);
                    continue;
                }
                if (line.Box.Width > MaxCellLineShare * Math.Max(zoneBox.Width, line.Box.Width) || IsTitleOver(line)) break;
                pending.Add(j);
            }
            foreach (var j in pending)
            {
                if (!closedEmpty && chunked[j].Box.Top - chunked[last].Box.Bottom > TightLines * chunked[j].Line.FontSize) break;
                last = j;
            }
            // A header's top line may be a single parent cell ("本年政府性基金预算支出") set apart above the rest.
            int first = i;
            while (first - 1 >= 0 && (IsParentAbove(chunked[first - 1], chunked[first], zoneBox, zones)
                                      || UnderTopRule(chunked[first - 1], chunked[first], zoneBox, horizontalRules ?? []))) first--;
            List<ChunkedLine> zone = chunked.GetRange(first, last - first + 1);
            // A table whose amounts are all blank shows one columned line (its header); right under a
            // 填报单位 / 单位 caption, a header with lines of labels under it is still a table, and so is the header alone over
            // the note that the table is empty (round DO's three-line 政府性基金预算财政拨款收入支出决算表: headings, then
            // 注：本单位2024年度没有使用…，故本表为空。).
            bool captioned = first > 0 && IsCaption(chunked[first - 1].Line) && (zone.Count >= 2 || closedEmpty);
            for (int next = NextTableAt(zone); next > 0; next = NextTableAt(zone))
            {
                if (zone[..next].Count(IsRow) >= 2 && !IsTextInColumns(zone[..next])) zones.Add(zone[..next]);
                zone = zone[next..];
            }
            if ((zone.Count(IsRow) >= 2 || captioned) && !IsTextInColumns(zone)) zones.Add(zone);
            i = last + 1;
        }
        return zones;
    }

    /// <summary>
    /// Where a second table set right under the first begins (0: nowhere): after rows of figures, heading lines without
    /// figures, one of them naming columns, over rows of figures in columns other than the rows above (a summary of
    /// two columns, then a wide table with its three-level header). A label row inside a body prints no column
    /// headings, and the rows under it keep their columns. Not on a page OCR read: its specks read as words make
    /// heading lines of noise anywhere in a table.
    /// </summary>
    private static int NextTableAt(List<ChunkedLine> zone)
    {
        if (zone.Any(l => l.Line.Glyphs.Any(g => g.OcrConfidence is not null))) return 0;
        var figures = zone.Select(FigureColumns).ToList();
        for (int k = 2; k < zone.Count - 2; k++)
        {
            if (figures[k - 1].Count == 0 || figures[k].Count > 0) continue;
            int j = k;
            while (j < zone.Count && figures[j].Count == 0) j++;
            if (j - k > MaxHeadingLines || !zone[k..j].Any(l => l.Chunks.Count >= 2)) continue;
            var above = Enumerable.Range(0, k).Where(r => IsRow(zone[r]) && figures[r].Count > 0).ToList();
            var below = Enumerable.Range(j, zone.Count - j).TakeWhile(r => figures[r].Count > 0).Where(r => IsRow(zone[r])).ToList();
            if (above.Count < 2 || below.Count < 2) continue;
            double slack = 0.5 * zone[k].Line.FontSize;
            int Columns(List<int> rows) => Cluster(rows.SelectMany(r => figures[r]).Order().ToList(), slack);
            if (Math.Abs(Columns(above) - Columns(below)) >= 2 && NewHeadings(zone[k..j], [.. above.Select(r => zone[r])], slack) >= 2) return k;
        }
        return 0;
    }

    /// <summary>
    /// The heading lines' chunks that line up with no cell of the rows above, at neither edge: a new table's column
    /// headings. A two-sided summary's rows with blank amounts ("四、纳入财政专户管理资金  -  一般资本性支出  -") keep its columns.
    /// </summary>
    private static int NewHeadings(List<ChunkedLine> headings, List<ChunkedLine> above, double slack)
    {
        var cells = above.SelectMany(l => l.Chunks).Select(c => c.Box).ToList();
        return headings.SelectMany(l => l.Chunks).Count(c =>
            c.Text.Any(char.IsLetter) && !cells.Any(b => Math.Abs(b.Left - c.Box.Left) <= slack || Math.Abs(b.Right - c.Box.Right) <= slack));
    }

    /// <summary>Where a line's figures end (right-aligned columns), but for years (a heading of 2023 and 2024).</summary>
    private static List<double> FigureColumns(ChunkedLine line) =>
        [.. ColumnGutters.GlyphRuns(line.Line.Glyphs).Where(r => r.IsFigure && !r.IsYear).Select(r => r.End)];

    /// <summary>How many groups sorted positions fall into, a group's neighbours closer than the slack.</summary>
    private static int Cluster(List<double> sorted, double slack) =>
        sorted.Count == 0 ? 0 : 1 + sorted.Zip(sorted.Skip(1), (a, b) => b - a > slack).Count(gap => gap);

    /// <summary>The most heading lines counted between two tables set one under the other.</summary>
    private const int MaxHeadingLines = 6;

    /// <summary>
    /// Whether the zone is running text rather than a table: a bulleted list, or a page set in columns whose lines hold
    /// a sentence, a chunk of many words spanning a good part of the zone (a table's cells hold a few words or
    /// a figure; Chinese sets no spaces, so this judges Latin-script text only).
    /// </summary>
    private static bool IsTextInColumns(IReadOnlyList<ChunkedLine> zone)
    {
        var rows = zone.Where(IsRow).ToList();
        double width = Box.Enclosing(zone.Select(l => l.Box)).Width;
        int prose = rows.Count(r => r.Chunks.Any(c => c.Box.Width >= SentenceShare * width
            && c.Glyphs.Any(g => char.IsAsciiLetter(g.First))
            && c.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(word => word.Any(char.IsLetter)) >= SentenceWords));
        return rows.Count >= MinTextColumnRows && prose >= ProseRowShare * rows.Count || IsBulletList(rows);
    }

    /// <summary>Whether most rows open with a bullet (•, ▪, ○…): a list set with hanging bullets, not a table.</summary>
    private static bool IsBulletList(IReadOnlyList<ChunkedLine> rows) =>
        rows.Count > 0 && rows.Count(r => r.Chunks[0].Glyphs is [var only] && only.Text.Trim() is "•" or "·" or "▪" or "■" or "○" or "●" or "◆" or "◇")
            >= 0.8 * rows.Count;

    /// <summary>A chunk of this many words at least, this share of the zone's width, is a sentence.</summary>
    private const int SentenceWords = 5;

    private const double SentenceShare = 0.3;

    /// <summary>Share of a zone's rows holding a sentence that makes it running text.</summary>
    private const double ProseRowShare = 0.6;

    /// <summary>The rows a zone needs before it is judged running text.</summary>
    private const int MinTextColumnRows = 5;

    /// <summary>
    /// Whether a one-cell line between rows, or just above a table, is the title of the table under it: it names a
    /// table (…表, or "Table 8 Revenue"). Two tables printed one under the other with little space between stay apart. (A title's
    /// larger font would say so too, but the glyph heights of a scanned page's words vary as much.)
    /// </summary>
    private static bool IsTitleOver(ChunkedLine line) =>
        TableTitles.NamesATable(line.Line.Text) || NumberedTableTitle().IsMatch(line.Line.Text.Trim());

    /// <summary>"Table 8", "Table 2.1", "TABLE A", "Table IV": a numbered title, not a label such as "Table tennis".</summary>
    [GeneratedRegex(@"^(?:Table|TABLE)\s+(?:\d+(?:[.-]\d+)*|[A-Z]|[IVXLC]+)\b")]
    private static partial Regex NumberedTableTitle();

    private static bool IsRow(ChunkedLine line) => line.Chunks.Count >= 2 && !IsCaption(line.Line) && !PageMarker.In(line.Line.Text) && !IsNote(line.Line);

    /// <summary>A note under the table (<see cref="Captions.NoteLine"/>): it ends the table.</summary>
    private static bool IsNote(TextLine line) => Captions.NoteLine().IsMatch(line.Text.Trim());

    /// <summary>A short line just above a table, within its width, that is neither its caption nor its title.</summary>
    private static bool IsParentAbove(ChunkedLine line, ChunkedLine below, Box zone, List<IReadOnlyList<ChunkedLine>> earlier)
    {
        double gap = below.Box.Top - line.Box.Bottom;
        return gap <= MaxRowGapLines * Math.Max(line.Line.FontSize, below.Line.FontSize)
            && line.Box.Left >= zone.Left - 1 && line.Box.Right <= zone.Right + 1
            && line.Box.Width <= MaxCellLineShare * zone.Width
            // Against the largest letters below: a header line may shrink a long heading to fit its narrow column.
            && line.Line.FontSize <= below.Line.Glyphs.Max(g => g.FontSize) * 1.1
            && !IsCaption(line.Line) && !IsTitleOver(line) && !IsFlushTitle(line, below, zone)
            && !earlier.Any(z => z.Contains(line));
    }

    /// <summary>
    /// A heading line of a three-line table between its top rule and the rows under it, however wide: headings set close
    /// in one run ("本年支出合计 基本支出 项目支出 上缴上级支出 经营支出 对附属单位补助支出", 6 points apart) over columns the
    /// body leaves blank reach past the body's right edge, and read as one chunk they are no row of cells.
    /// </summary>
    private static bool UnderTopRule(ChunkedLine line, ChunkedLine below, Box zone, IReadOnlyList<RulingLine> rules)
    {
        double height = Math.Max(line.Line.FontSize, below.Line.FontSize);
        return below.Box.Top - line.Box.Bottom <= TightLines * height
            && !IsCaption(line.Line) && !IsTitleOver(line) && !IsNote(line.Line) && !line.Line.Text.Any(char.IsDigit)
            && rules.Any(r => r.Position < line.Box.Top && line.Box.Top - r.Position <= RuleOverHeadingLines * height
                && r.Start <= Math.Min(zone.Left, line.Box.Left) + height && r.End >= Math.Max(zone.Right, line.Box.Right) - 1);
    }

    /// <summary>
    /// Whether a line above a table is set as its title: flush with the table's left edge and running on into the second
    /// column ("Staff by department, 2024 (full-time equivalents)" over "Department  Authorised  Filled"). A heading spanning
    /// columns is centred over them, inside the first of them; the first column's own heading, wrapped ("Economic
    /// classification of" over "expenditure"), or a unit over it ("Households (thousands)") ends before the second.
    /// </summary>
    private static bool IsFlushTitle(ChunkedLine line, ChunkedLine below, Box zone) =>
        Math.Abs(line.Box.Left - zone.Left) <= line.Line.FontSize && below.Chunks.Count >= 2
        && line.Box.Right > below.Chunks[1].Box.Left;
}
