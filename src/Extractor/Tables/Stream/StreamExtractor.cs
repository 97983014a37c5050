using System.Globalization;
using Extractor.Layout;
using Extractor.Wording;

namespace Extractor.Tables.Stream;

/// <summary>
/// Reads a table that has no ruling grid (three-line tables, tables with no rules at all) from the
/// alignment of its text: column boundaries in the gutters of the body rows, header cells placed over the
/// columns they span (<see cref="HeaderBuilder"/>), and lines set much closer than the row pitch joined as
/// wrapped cells.
/// </summary>
internal static class StreamExtractor
{
    /// <summary>A line closer to the previous one than this share of the row pitch continues its row.</summary>
    private const double WrappedLinePitchShare = 0.7;

    /// <summary>A one-cell line whose baseline is closer than this many line heights to a row's is part of it.</summary>
    private const double WrapDistanceLines = 1.25;

    /// <param name="zone">The table's lines.</param>
    /// <param name="horizontalRules">The page's long horizontal rules (three-line tables).</param>
    /// <param name="page">The page number.</param>
    /// <param name="knownEdges">The column edges of the table this one continues, when it does: a continued
    /// table has the same columns, though a page of mostly blank rows would not show them all.</param>
    public static PageTable Extract(IReadOnlyList<ChunkedLine> zone, IReadOnlyList<RulingLine> horizontalRules, int page,
        IReadOnlyList<double>? knownEdges = null)
    {
        var box = Box.Enclosing(zone.Select(l => l.Box));
        int headerLines = HeaderLineCount(zone, horizontalRules, box);
        var header = zone.Take(headerLines).ToList();
        var body = zone.Skip(headerLines).ToList();
        // The national template's row numbering the columns (栏次 1 2 3…, or the numbers alone) under the headings: its
        // numbers, set apart from the figures under them, would open gutters inside the columns, and as the header's
        // lowest cells would stand for its headings. It is read apart and kept as the header's last row.
        var numbering = NumberingLine(header, body);
        if (numbering is not null)
        {
            header.Remove(numbering);
            body.Remove(numbering);
        }

        var blocks = HeaderBlock.From(header.SelectMany(l => l.Line.Glyphs).ToList());
        // Centred one-line headings lining up with no cell are sections cutting the body into blocks: the columns
        // are found without them.
        var candidates = body.Where(l => SectionHeadings.IsCandidate(l, box)).ToHashSet();
        var sections = candidates.Where(l => !SectionHeadings.LinesUp(l, body, box)).ToHashSet();
        var bodyLines = body.Where(l => !sections.Contains(l)).Select(l => l.Line.Glyphs).ToList();
        var edges = Edges([.. body.Where(l => !sections.Contains(l))], blocks, box, knownEdges);
        // A continued table's edges are its first page's, already joined there.
        if (knownEdges is null) edges = ShiftedRowColumns.Joined(PlaceholderColumns.Joined(edges, bodyLines), bodyLines);
        var headerRows = HeaderBuilder.Build(blocks, edges, bodyLines, knownEdges is not null);
        if (numbering is not null) headerRows.Add(NumberingRow(numbering, edges, headerRows.Count));
        var bodyRows = BodyRows(body, edges, sections);

        var grid = new List<IReadOnlyList<GridCell>>(headerRows);
        grid.AddRange(bodyRows.Select((row, r) => (IReadOnlyList<GridCell>)row
            .Select((cell, c) => cell with { OriginRow = headerRows.Count + r, OriginCol = c }).ToList()));
        return new PageTable(page, box, ExtractionMethod.Stream, grid, headerRows.Count, null, edges);
    }

    /// <summary>The column-numbering line closing the header or opening the body, with rows of figures after it, if any.</summary>
    private static ChunkedLine? NumberingLine(List<ChunkedLine> header, List<ChunkedLine> body)
    {
        bool Numbering(ChunkedLine l) => ColumnHeaders.IsColumnNumbering(l.Chunks.Select(c => c.Text));
        if (body.Count > 1 && Numbering(body[0])) return body[0];
        return header.Count > 1 && body.Count > 0 && Numbering(header[^1]) ? header[^1] : null;
    }

    /// <summary>
    /// The numbering line as a header row: its numbers one per column in turn, counted from the right (a number set at its
    /// cell's left edge may stand in the gutter before it), and a 栏次 word in the column under it.
    /// </summary>
    private static IReadOnlyList<GridCell> NumberingRow(ChunkedLine line, List<double> edges, int row)
    {
        var cells = new List<Glyph>[edges.Count - 1];
        for (int c = 0; c < cells.Length; c++) cells[c] = [];
        var runs = line.Chunks.SelectMany(chunk => ColumnGutters.GlyphRuns(chunk.Glyphs)).OrderBy(r => r.Start).ToList();
        // The numbers count the columns from the right (栏次 1 2 3 over the amounts, the label columns unnumbered), where they
        // follow every word; a two-sided summary's (栏次 1 | 栏次 2) are each placed where they stand.
        bool trailing = runs.SkipWhile(r => !r.IsFigure).All(r => r.IsFigure);
        int first = trailing ? cells.Length - runs.Count(r => r.IsFigure) : -1, next = first;
        foreach (var run in runs)
        {
            int c = run.IsFigure && first >= 0 ? next++ : SortedEdges.Slot(edges, (run.Start + run.End) / 2);
            if (c >= 0) cells[c].AddRange(run.Glyphs);
        }
        return [.. cells.Select((g, c) => new GridCell(CellTextBuilder.Build(g), new Box(edges[c], line.Box.Top, edges[c + 1], line.Box.Bottom), row, c))];
    }

    /// <summary>
    /// The column edges: those of the table this one continues, else in the gutters of the body's lines, or
    /// between the header's lowest cells when the body is empty.
    /// </summary>
    private static List<double> Edges(IReadOnlyList<ChunkedLine> body, List<HeaderBlock> blocks, Box box, IReadOnlyList<double>? knownEdges)
    {
        var edges = knownEdges is null ? new List<double> { box.Left - 0.5 } : [Math.Min(knownEdges[0], box.Left - 0.5)];
        edges.AddRange(knownEdges is not null ? knownEdges.Skip(1).SkipLast(1)
            : body.Count > 0 ? ColumnGutters.Boundaries(body.Select(l => l.Line.Glyphs).ToList(), box.Left, box.Right)
            : HeaderBuilder.LeafBoundaries(blocks));
        edges.Add(knownEdges is null ? box.Right + 0.5 : Math.Max(knownEdges[^1], box.Right + 0.5));
        return edges;
    }

    /// <summary>
    /// Reads all the given lines as one table, a row per line, as a user asks for an area: columns at the
    /// given separators, or in the gutters of the body lines. Leading lines without a digit over lines of
    /// figures are a header: they do not close the body's gutters, and each of their phrases goes whole
    /// into the column under its middle, since a heading spans or overhangs the columns it names.
    /// </summary>
    public static PageTable ExtractRows(IReadOnlyList<TextLine> lines, Box area, IReadOnlyList<double> separators, int page)
    {
        var ordered = lines.OrderBy(l => l.Box.Top).ToList();
        if (ordered.Count == 0) return new PageTable(page, area, ExtractionMethod.Stream, [], 0, null, [area.Left, area.Right]);
        var box = Box.Enclosing(ordered.Select(l => l.Box));
        int headerLines = LeadingHeadingLines(ordered);
        double left = Math.Min(box.Left, separators.DefaultIfEmpty(box.Left).Min()) - 0.5;
        double right = Math.Max(box.Right, separators.DefaultIfEmpty(box.Right).Max()) + 0.5;
        var edges = new List<double> { left };
        edges.AddRange(separators.Count > 0
            ? separators.Where(x => x > left && x < right).Order()
            : ColumnGutters.Boundaries(ordered.Skip(headerLines).Select(l => l.Glyphs).ToList(), box.Left, box.Right));
        edges.Add(right);
        var grid = ordered.Select((line, r) =>
        {
            var glyphs = new List<Glyph>[edges.Count - 1];
            for (int c = 0; c < glyphs.Length; c++) glyphs[c] = [];
            if (r < headerLines)
            {
                foreach (var phrase in HeadingPhrases(line))
                    if (SortedEdges.Slot(edges, phrase.Box.CenterX) is var c and >= 0) glyphs[c].AddRange(phrase.Glyphs);
            }
            else
            {
                foreach (var glyph in line.Glyphs)
                    if (SortedEdges.Slot(edges, glyph.Box.CenterX) is var c and >= 0) glyphs[c].Add(glyph);
            }
            return (IReadOnlyList<GridCell>)glyphs.Select((g, c) =>
                new GridCell(CellTextBuilder.Build(g), new Box(edges[c], line.Box.Top, edges[c + 1], line.Box.Bottom), r, c)).ToList();
        }).ToList();
        return new PageTable(page, box, ExtractionMethod.Stream, grid, 0, null, edges);
    }

    /// <summary>
    /// A heading line's phrases: runs of words set a word space apart. Two headings over neighbouring
    /// columns can stand closer than a cell gap, but still wider apart than the line's own word spaces.
    /// </summary>
    private static IEnumerable<TextChunk> HeadingPhrases(TextLine line)
    {
        var words = ColumnGutters.Runs(line.Glyphs).ToList();
        var gaps = words.Zip(words.Skip(1), (a, b) => b.Start - a.End).Where(g => g < CellGapEm * line.FontSize).Order().ToList();
        double wordSpace = gaps.Count == 0 ? WordSpaceEm * line.FontSize : gaps[gaps.Count / 2];
        var glyphs = line.Glyphs.Where(g => !g.IsWhitespace).OrderBy(g => g.StartX).ToList();
        var part = new List<Glyph>();
        double partEnd = double.MinValue;
        foreach (var glyph in glyphs)
        {
            if (part.Count > 0 && glyph.StartX - partEnd > PhraseGapWordSpaces * wordSpace)
            {
                yield return new TextChunk(part, Box.Enclosing(part.Select(g => g.Box)));
                part = [];
            }
            part.Add(glyph);
            partEnd = Math.Max(partEnd, glyph.EndX);
        }
        if (part.Count > 0) yield return new TextChunk(part, Box.Enclosing(part.Select(g => g.Box)));
    }

    /// <summary>A gap this many of the line's word spaces wide separates two headings.</summary>
    private const double PhraseGapWordSpaces = 2.0;

    /// <summary>Word space assumed on a line of one word, and the widest gap counted as one (em).</summary>
    private const double WordSpaceEm = 0.25, CellGapEm = 0.8;

    /// <summary>The figures under a heading this many lines deep at least make it a header over a body.</summary>
    private const int MinBodyLines = 2;

    /// <summary>The lines without a digit that open a table whose every other line prints one.</summary>
    private static int LeadingHeadingLines(IReadOnlyList<TextLine> lines)
    {
        int heading = 0;
        while (heading < lines.Count && !lines[heading].Text.Any(CjkText.IsDigit)) heading++;
        bool figuresBelow = lines.Count - heading >= MinBodyLines && lines.Skip(heading).All(l => l.Text.Any(CjkText.IsDigit));
        return figuresBelow ? heading : 0;
    }

    /// <summary>
    /// Header lines: those above a rule that crosses the table before its first row of amounts (three-line
    /// tables), else the lines before the first row of amounts.
    /// </summary>
    private static int HeaderLineCount(IReadOnlyList<ChunkedLine> zone, IReadOnlyList<RulingLine> rules, Box box)
    {
        int firstData = Enumerable.Range(0, zone.Count).FirstOrDefault(i => zone[i].OpensBody, zone.Count);
        // Small counts print no amount ("Finance 120 114" over "Schools 1,510 1,488"): rows of counts right above the
        // first amounts, their figures under the amounts' columns, are body rows too, where a line naming each column
        // (a heading over each figure) stands over them. A line of years or grades under a heading spanning them is
        // the header's lowest line, not a row.
        int counts = firstData;
        while (counts > 1 && counts < zone.Count && IsRowOfCounts(zone[counts - 1]) && FiguresAlign(zone[counts - 1], zone[firstData]))
            counts--;
        if (counts < firstData && NamesEachColumn(zone[counts - 1], zone[counts])) firstData = counts;
        // The first line of a cell wrapped around the first data row (text centred on the row) is body; not a line of headings
        // set close over the first row of widely spaced rows (round DD's Changchun: 项目 | 行次 | 金额 | 项目 | 行次 | 合计 three points
        // over rows twenty apart).
        double pitch = RowPitch(zone.Skip(firstData).ToList());
        while (firstData > 1 && firstData < zone.Count && pitch > 0
               && zone[firstData].Box.Bottom - zone[firstData - 1].Box.Bottom < WrappedLinePitchShare * pitch
               && !IsHeadingLine(zone[firstData - 1]))
            firstData--;
        // A table of text has no first row of amounts: only a rule near its top can end its header (the rule
        // closing a three-line table's body lies under the last row).
        for (int i = Math.Min(Math.Min(firstData, zone.Count - 1), MaxHeaderLines); i >= 1; i--)
        {
            double between = (zone[i - 1].Box.Bottom + zone[i].Box.Top) / 2;
            double halfGap = (zone[i].Box.Top - zone[i - 1].Box.Bottom) / 2 + 1;
            if (rules.Any(r => Math.Abs(r.Position - between) <= halfGap && r.Length >= 0.5 * box.Width
                               && r.Start <= box.CenterX && r.End >= box.CenterX))
                return HeadingsUnderRule(zone, i, firstData) ? firstData : i;
        }
        // A heading centred over the first block of rows ("Northern region"), under the line naming the columns,
        // opens the body (SectionHeadings).
        if (firstData >= 2 && firstData < zone.Count && zone[firstData - 2].Chunks.Count >= 2 && SectionHeadings.IsCandidate(zone[firstData - 1], box)
            && !SectionHeadings.LinesUp(zone[firstData - 1], [.. zone.Skip(firstData)], box))
            return firstData - 1;
        if (firstData < zone.Count) return firstData;
        // No amounts: a table of counts has its header above its first labelled row of counts (its first line
        // may be that row, or a header naming years); a short table is a header printed over an empty body; a
        // long one is a table of text (targets, descriptions) whose first line is its header.
        int firstCounts = Enumerable.Range(1, Math.Max(0, zone.Count - 1)).FirstOrDefault(i => IsRowOfCounts(zone[i]), 0);
        if (firstCounts > 0 && firstCounts <= MaxHeaderLines) return firstCounts;
        return zone.Count <= MaxEmptyTableLines ? zone.Count : Math.Min(1, zone.Count);
    }

    /// <summary>
    /// A label followed by two figures or more: "North  12  7  105  9"; not a heading of years ("Region 2023 2024") or of
    /// column numbers ("栏次 1 2 3").
    /// </summary>
    private static bool IsRowOfCounts(ChunkedLine line)
    {
        var runs = ColumnGutters.GlyphRuns(line.Line.Glyphs).ToList();
        if (runs.Count < 3 || runs[0].IsFigure || !runs[^1].IsFigure || !runs[^2].IsFigure) return false;
        var figures = runs.Skip(1).Where(r => r.IsFigure).ToList();
        bool numbering = figures.Select((r, k) => r.Text == (k + 1).ToString(CultureInfo.InvariantCulture)).All(b => b);
        return !figures.All(r => r.IsYear) && !numbering;
    }

    /// <summary>
    /// Whether the lines from a rule down to the first row of amounts are headings still: a rule drawn under the header's
    /// first row of group headings across the width (round CR's Hangzhou: 功能分类科目 | 本年支出, ruled under, then 科目编码 |
    /// 科目名称 | 合计 | 基本支出 | 项目支出 over the figures): the lines under it print no figure, the last names each column of
    /// the row, and the line over the rule names fewer, its headings spanning those under them. A table continued with a row
    /// of words under its repeated header (a targets table's 满意度指标 row) names as many above the rule as below.
    /// </summary>
    private static bool HeadingsUnderRule(IReadOnlyList<ChunkedLine> zone, int rule, int firstData) =>
        firstData < zone.Count && rule < firstData
        && zone.Skip(rule).Take(firstData - rule).All(l => !ColumnGutters.GlyphRuns(l.Line.Glyphs).Any(r => r.IsFigure))
        && NamesEachColumn(zone[firstData - 1], zone[firstData])
        && zone[rule - 1].Chunks.Count < zone[firstData - 1].Chunks.Count;

    /// <summary>A line of headings: no figure, and three headings or more; a wrapped cell's first line is one or two.</summary>
    private static bool IsHeadingLine(ChunkedLine line) =>
        line.Chunks.Count >= MinHeadings && !ColumnGutters.GlyphRuns(line.Line.Glyphs).Any(r => r.IsFigure);

    private const int MinHeadings = 3;

    /// <summary>A header line over a row: no figure, and a heading for each of the row's cells.</summary>
    private static bool NamesEachColumn(ChunkedLine header, ChunkedLine row) =>
        !ColumnGutters.GlyphRuns(header.Line.Glyphs).Any(r => r.IsFigure) && header.Chunks.Count >= row.Chunks.Count;

    /// <summary>
    /// Whether each figure of a row of counts ends where a figure of a row of amounts ends (columns of right-aligned
    /// figures), within half an em.
    /// </summary>
    private static bool FiguresAlign(ChunkedLine counts, ChunkedLine below)
    {
        var ends = ColumnGutters.GlyphRuns(below.Line.Glyphs).Where(r => r.IsFigure).Select(r => r.End).ToList();
        double slack = 0.5 * counts.Line.FontSize;
        return ColumnGutters.GlyphRuns(counts.Line.Glyphs).Where(r => r.IsFigure).All(r => ends.Any(e => Math.Abs(e - r.End) <= slack));
    }

    /// <summary>The most lines a header runs to (six header rows, some of them wrapped).</summary>
    private const int MaxHeaderLines = 12;

    /// <summary>The most lines a table printed empty (a header only) has.</summary>
    private const int MaxEmptyTableLines = 4;

    /// <summary>
    /// Body rows. A line with two or more cells or an amount is a row (an anchor); a one-cell line without
    /// an amount set within a line height or so of an anchor is part of a cell wrapped around that row
    /// (above, below, or both), and joins it; a lone one-cell line further away is a row of its own (a
    /// label with blank amounts). A line of several cells without an amount is a wrap too when it sits that
    /// close to a row of amounts that leaves exactly its cells empty: cells wrapped and centred vertically put
    /// their lines above and below the row's amounts (a unit name and an item name both over two lines).
    /// A section heading is a row of its own, its text in the first column, and no line joins it.
    /// </summary>
    private static List<List<GridCell>> BodyRows(IReadOnlyList<ChunkedLine> body, IReadOnlyList<double> edges, IReadOnlySet<ChunkedLine> sections)
    {
        int columns = edges.Count - 1;
        var slots = LabelsRunningOn(body, edges);
        var filled = body.Select(l => l.Line.Glyphs.Select(g => slots.GetValueOrDefault(g, SortedEdges.Slot(edges, g.Box.CenterX))).Where(c => c >= 0).ToHashSet()).ToList();
        bool WrapsAround(int i) => !body[i].HasAmount && new[] { i - 1, i + 1 }.Any(j =>
            j >= 0 && j < body.Count && body[j].HasAmount && !filled[j].Overlaps(filled[i])
            && Math.Abs(body[j].Line.Box.Bottom - body[i].Line.Box.Bottom) < WrapDistanceLines * body[i].Line.FontSize);
        // A figure alone on its line set beside a label wrapped over two lines (a row number centred on the row: 29 between
        // 七、文化旅游体育与传 and 媒支出) stands for the row as its amounts would: the label's lines are its row.
        bool CentredOnWrappedLabel(int i) => filled[i].Count == 1 && ColumnGutters.GlyphRuns(body[i].Line.Glyphs).Any(r => r.IsFigure)
            && new[] { i - 1, i + 1 }.All(j => j >= 0 && j < body.Count && !filled[j].Overlaps(filled[i])
                && body[j].Box.Top < body[i].Box.Bottom && body[i].Box.Top < body[j].Box.Bottom);
        var anchor = body.Select((l, i) => (filled[i].Count >= 2 && !WrapsAround(i)) || l.HasAmount || sections.Contains(l) || CentredOnWrappedLabel(i)).ToArray();
        var owner = Enumerable.Range(0, body.Count).Select(i => anchor[i] ? i : -1).ToArray();
        // Attach wrapped lines to the nearest anchor, then lines next to those (a cell wrapped over more lines).
        bool changed = true;
        while (changed)
        {
            changed = false;
            for (int i = 0; i < body.Count; i++)
            {
                if (owner[i] >= 0) continue;
                var near = new[] { i - 1, i + 1 }.Where(j => j >= 0 && j < body.Count && owner[j] >= 0 && !sections.Contains(body[owner[j]]))
                    .Select(j => (j, distance: Math.Abs(body[j].Line.Box.Bottom - body[i].Line.Box.Bottom)))
                    .Where(n => n.distance < WrapDistanceLines * body[i].Line.FontSize)
                    .OrderBy(n => n.distance).ToList();
                if (near.Count == 0) continue;
                owner[i] = owner[near[0].j];
                changed = true;
            }
        }
        for (int i = 0; i < body.Count; i++)
            if (owner[i] < 0) owner[i] = i;

        return Enumerable.Range(0, body.Count).GroupBy(i => owner[i]).OrderBy(g => g.Min()).Select(group =>
        {
            var lines = group.Select(i => body[i]).ToList();
            var glyphs = new List<Glyph>[columns];
            for (int c = 0; c < columns; c++) glyphs[c] = [];
            if (lines is [var only] && sections.Contains(only)) glyphs[0].AddRange(only.Line.Glyphs);
            else
                foreach (var glyph in lines.SelectMany(l => l.Line.Glyphs))
                {
                    int c = slots.GetValueOrDefault(glyph, SortedEdges.Slot(edges, glyph.Box.CenterX));
                    if (c >= 0) glyphs[c].Add(glyph);
                }
            double top = lines.Min(l => l.Box.Top), bottom = lines.Max(l => l.Box.Bottom);
            return Enumerable.Range(0, columns)
                .Select(c => new GridCell(CellTextBuilder.Build(glyphs[c]), new Box(edges[c], top, edges[c + 1], bottom), 0, c))
                .ToList();
        }).ToList();
    }

    /// <summary>
    /// The column of each glyph of a label running on into a column of figures, there being no gutter on its row
    /// ("Administrative support services and facilities, central  12" where other rows' figures start left of its end):
    /// the label's run of words, set without a cell gap and holding no digit, stays whole in the column it starts in.
    /// A column of figures is one whose cells are figures on most rows. Any other run of words crossing an edge goes
    /// whole to the column holding its middle.
    /// </summary>
    private static Dictionary<Glyph, int> LabelsRunningOn(IReadOnlyList<ChunkedLine> body, IReadOnlyList<double> edges)
    {
        var slots = new Dictionary<Glyph, int>(ReferenceEqualityComparer.Instance);
        int columns = edges.Count - 1;
        var figures = new int[columns];
        var filled = new int[columns];
        foreach (var line in body)
            foreach (var cell in line.Line.Glyphs.Where(g => !g.IsWhitespace).GroupBy(g => SortedEdges.Slot(edges, g.Box.CenterX)).Where(g => g.Key >= 0))
            {
                filled[cell.Key]++;
                if (PrintedNumber.Parse(CellTextBuilder.Build([.. cell])) is not null) figures[cell.Key]++;
            }
        bool FigureColumn(int c) => filled[c] >= 3 && figures[c] >= FigureColumnShare * filled[c];
        foreach (var chunk in body.SelectMany(l => l.Chunks))
        {
            int first = SortedEdges.Slot(edges, chunk.Glyphs[0].Box.CenterX), last = SortedEdges.Slot(edges, chunk.Glyphs[^1].Box.CenterX);
            if (first < 0 || last <= first) continue;
            if (!chunk.Glyphs.Any(g => CjkText.IsDigit(g.First)) && Enumerable.Range(first + 1, last - first).All(FigureColumn))
            {
                foreach (var glyph in chunk.Glyphs) slots[glyph] = first;
                continue;
            }
            // A word set across an edge (a total's label straddling two narrow columns, "公用经费合计" over 决算数 | 科目编码 of a
            // two-sided table) is one cell's: the column holding its middle takes it whole.
            foreach (var run in ColumnGutters.GlyphRuns(chunk.Glyphs))
            {
                int start = SortedEdges.Slot(edges, run.Glyphs[0].Box.CenterX), end = SortedEdges.Slot(edges, run.Glyphs[^1].Box.CenterX);
                if (!run.IsPrinted || start < 0 || end <= start || run.Glyphs.Any(g => CjkText.IsDigit(g.First))) continue;
                int middle = SortedEdges.Slot(edges, (run.Start + run.End) / 2);
                foreach (var glyph in run.Glyphs) slots[glyph] = middle;
            }
        }
        return slots;
    }

    /// <summary>The share of a column's cells that are figures for it to be a column of figures.</summary>
    private const double FigureColumnShare = 0.8;

    /// <summary>The usual distance between the baselines of two rows.</summary>
    private static double RowPitch(IReadOnlyList<ChunkedLine> body)
    {
        var steps = body.Zip(body.Skip(1), (a, b) => b.Line.Box.Bottom - a.Line.Box.Bottom).Where(d => d > 0).Order().ToList();
        return steps.Count == 0 ? 0 : steps[steps.Count / 2];
    }
}
