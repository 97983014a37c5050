using Extractor.Layout;

namespace Extractor.Tables.Stream;

/// <summary>One printed header cell of an unruled table: its glyphs (several lines when wrapped) and box.</summary>
internal sealed class HeaderBlock(List<Glyph> glyphs)
{
    /// <summary>The widest gap (line heights) between two lines of one wrapped header cell; a parent sits further up.</summary>
    private const double WrapGapLines = 0.9;

    /// <summary>The space (em) two headings run together on one line still show between them.</summary>
    private const double HeadingsApart = 0.3;

    /// <summary>How far (share of the group's width) a group heading's centre may sit from its cells' middle.</summary>
    private const double GroupCentring = 0.1;

    /// <summary>How far (share of the wider line) the centres of a wrapped cell's lines may differ.</summary>
    private const double WrapAlignment = 0.2;

    public List<Glyph> Glyphs { get; } = glyphs;
    public Box Box => Box.Enclosing(Glyphs.Select(g => g.Box));
    public string Text => CellTextBuilder.Build(Glyphs);

    /// <summary>
    /// The header's cells: the chunks of its lines, where short letter-spaced words (收　　入) are one chunk
    /// and lines set tightly under one another over the same place are one wrapped cell.
    /// </summary>
    public static List<HeaderBlock> From(IReadOnlyList<Glyph> headerGlyphs)
    {
        var built = TextLineBuilder.Build(headerGlyphs);
        var lines = new List<(double FontSize, List<TextChunk> Chunks)>();
        foreach (var line in built)
        {
            // The cells set close above (a line between may hold only a cell centred in the header's height).
            var above = lines.SelectMany(l => l.Chunks).Where(c => c.Box.Bottom <= line.Box.Top + 1 && line.Box.Top - c.Box.Bottom < 2 * line.FontSize).ToList();
            lines.Add((line.FontSize, JoinLetterSpaced(TextChunk.Split(line), above).ToList()));
        }
        var chunksByLine = lines.Select(l => l.Chunks).ToList();
        var blocks = new List<HeaderBlock>();
        // First lines of wrapped cells set solid as one run, parted over the cells' next lines: each part with its siblings.
        var partedFirstLines = new Dictionary<HeaderBlock, List<HeaderBlock>>();
        for (int i = 0; i < lines.Count; i++)
            foreach (var chunk in lines[i].Chunks)
            {
                // A wrapped cell: the block right above (under a line away), its lines centred on one
                // another, starting at the same left edge, or the shorter last line lying within the first.
                // Headers of narrow neighbouring columns overlap too, but only in part.
                double fontSize = lines[i].FontSize;
                bool Under(HeaderBlock b, TextChunk c) => c.Box.Top - b.Box.Bottom < WrapGapLines * fontSize && c.Box.Top > b.Box.CenterY && SetAsNextLine(b.Box, c.Box)
                    && !FarWider(c, b.Box);
                var above = blocks.LastOrDefault(b => Under(b, chunk));
                if (above is not null && !partedFirstLines.ContainsKey(above)
                    && FirstLinesRunTogether(above, [.. lines[i].Chunks.Where(c => Under(above, c))]) is { } parts)
                {
                    blocks.Remove(above);
                    blocks.AddRange(parts);
                    foreach (var part in parts) partedFirstLines[part] = parts;
                    above = parts[0];
                }
                // Each letter of the next line joins the part over it: two cells' last letters may have been read as one
                // letter-spaced word (计 … 入 under 本年收入合财政拨款收).
                if (above is not null && partedFirstLines.TryGetValue(above, out var siblings))
                {
                    foreach (var glyph in chunk.Glyphs) siblings.MinBy(p => Math.Abs(p.Box.CenterX - glyph.Box.CenterX))!.Glyphs.Add(glyph);
                    continue;
                }
                // Two cells or more of the line set under one block are headings under a group heading (公务用车购置及运行费 over
                // 小计 | 购置费 | 运行费), not its wrapped lines: a wrapped cell's next line is one. Not where OCR parted the line
                // into words by its own reading.
                bool subHeadings = above is not null && chunk.Glyphs.All(g => g.OcrConfidence is null)
                    && lines[i].Chunks.Count(c => c != chunk && Under(above, c)) > 0;
                if (above is not null && !subHeadings && !IsGroupHeadingOver(above, chunk, i, chunksByLine) && !IsHeadingOverGroup(above, chunk, i, chunksByLine)
                    && !SetWiderThanTheWrap(above, chunk, i, chunksByLine) && !RoomForTheWrapBelow(above, chunk, i, chunksByLine))
                    above.Glyphs.AddRange(chunk.Glyphs);
                else blocks.Add(new HeaderBlock([.. chunk.Glyphs]));
            }
        return blocks;
    }

    /// <summary>
    /// A one-line block set over two or more cells of the next line that is their wrapped cells' first lines run together
    /// (round BE's Jiangxi, a narrow page: 本年收入财政拨款上级补助 over 合计 | 收入 | 收入, for 本年收入合计, 财政拨款收入 and 上级
    /// 补助收入; round BI's Xinjiang: 本年收入合财政拨款收 over 计 … 入): parted midway between the cells, each part of two letters
    /// or more centred over its own cell. Null where the block is not so parted (a heading over the cells, such as 公务用车购置
    /// 及运行费 over 小计 | 购置费 | 运行费).
    /// </summary>
    private static List<HeaderBlock>? FirstLinesRunTogether(HeaderBlock block, List<TextChunk> under)
    {
        if (block.Box.Height > 1.5 * block.Glyphs[0].FontSize || block.Glyphs.Any(g => g.OcrConfidence is not null)) return null;
        // The next line's cells, letters a letter apart or more being two cells' (read as one letter-spaced word).
        var cells = under.SelectMany(c => Clusters(c.Glyphs.Where(g => !g.IsWhitespace).OrderBy(g => g.Box.Left).ToList()))
            .Select(g => Box.Enclosing(g.Select(x => x.Box))).OrderBy(b => b.Left).ToList();
        if (cells.Count < 2) return null;
        var cuts = cells.Zip(cells.Skip(1), (a, b) => (a.Right + b.Left) / 2).ToList();
        var parts = cells.Select(_ => new List<Glyph>()).ToList();
        foreach (var glyph in block.Glyphs) parts[cuts.Count(x => x < glyph.Box.CenterX)].Add(glyph);
        var boxes = new List<Box>();
        for (int p = 0; p < parts.Count; p++)
        {
            var letters = parts[p].Where(g => !g.IsWhitespace).ToList();
            if (letters.Count < 2) return null;
            var box = Box.Enclosing(letters.Select(g => g.Box));
            if (Math.Abs(box.CenterX - cells[p].CenterX) > WrapAlignment * Math.Max(box.Width, cells[p].Width)) return null;
            boxes.Add(box);
        }
        // Two headings run together still show the space between them; one heading set solid (功能分类科目编码 over 类 | 款 | 项)
        // shows none.
        if (boxes.Zip(boxes.Skip(1)).Any(b => b.Second.Left - b.First.Right < HeadingsApart * block.Glyphs[0].FontSize)) return null;
        return [.. parts.Select(p => new HeaderBlock(p))];
    }

    /// <summary>Letters of a line parted where a gap of a letter's height or more stands between two.</summary>
    private static IEnumerable<List<Glyph>> Clusters(List<Glyph> letters)
    {
        var cluster = new List<Glyph>();
        foreach (var letter in letters)
        {
            if (cluster.Count > 0 && letter.Box.Left - cluster[^1].Box.Right >= letter.FontSize)
            {
                yield return cluster;
                cluster = [];
            }
            cluster.Add(letter);
        }
        if (cluster.Count > 0) yield return cluster;
    }

    /// <summary>
    /// Whether a line sits under another as a wrapped cell's next line does: centred on it, starting at the same left
    /// edge, or lying within it.
    /// </summary>
    private static bool SetAsNextLine(Box upper, Box lower) =>
        Math.Abs(lower.CenterX - upper.CenterX) <= WrapAlignment * Math.Max(upper.Width, lower.Width)
        || Math.Abs(lower.Left - upper.Left) <= 1.5
        || (lower.Left >= upper.Left - 1 && lower.Right <= upper.Right + 1);

    /// <summary>
    /// Whether a printed Chinese line is far wider than the one over it: no wrapped cell's next line, as a Chinese heading
    /// wraps where its first line fills its cell (round BH's Xiamen: 人员经费公用经费, two headings set solid under 基本支出,
    /// starting where it starts). Latin headings are broken by hand, and OCR's lines are not measured so.
    /// </summary>
    private static bool FarWider(TextChunk lower, Box upper) =>
        lower.Box.Width > 1.6 * upper.Width && lower.Box.Width - upper.Width > 3 * lower.Box.Height
        && lower.Glyphs.All(g => g.OcrConfidence is null) && lower.Glyphs.Count(g => CjkText.IsCjk(g.First)) * 2 > lower.Glyphs.Count;

    /// <summary>
    /// Whether a one-line block centred over a chunk is a heading spanning it and its neighbours (本年支出 over
    /// 合计 | 基本支出 | 项目支出) rather than the chunk's first line: the chunks either side on its line have
    /// nothing above them, so they sit on the header's lowest line as leaves under a parent do — and the header
    /// is not set bottom-aligned, where every one-line cell would sit there: some other cell above that line is
    /// not the first line of a wrapped cell (a parent over several cells, or a cell centred in the header's height):
    /// it overlaps no cell below, or several, or one it is not set over as a wrapped cell's lines are.
    /// </summary>
    private static bool IsGroupHeadingOver(HeaderBlock above, TextChunk chunk, int lineIndex, IReadOnlyList<List<TextChunk>> lines)
    {
        if (above.Box.Height > 1.5 * above.Glyphs[0].FontSize) return false;
        var line = lines[lineIndex];
        int at = line.IndexOf(chunk);
        if (at <= 0 || at + 1 >= line.Count) return false;
        var earlier = lines.Take(lineIndex).SelectMany(l => l).Where(c => !c.Glyphs.Any(above.Glyphs.Contains)).ToList();
        var below = lines.Skip(lineIndex + 1).SelectMany(l => l).ToList();
        // The chunk and its neighbours each a whole one-line cell on one baseline: nothing above or below them but the
        // levels over the heading itself (支出 over 预算数 over 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算).
        var besideHeading = earlier.Where(e => e.Box.Bottom > above.Box.Top).ToList();
        bool Leaf(TextChunk c) => !besideHeading.Any(e => Overlap(e, c)) && !below.Any(b => Overlap(b, c))
            && Math.Abs(c.Box.Bottom - chunk.Box.Bottom) < 0.25 * chunk.Glyphs[0].FontSize;
        if (below.Any(b => Overlap(b, chunk)) || !Leaf(line[at - 1]) || !Leaf(line[at + 1])) return false;
        var later = lines.Skip(lineIndex).SelectMany(l => l).ToList();
        // A parent set off-centre over its two cells may reach into one of them alone: it is no first line of that cell.
        return earlier.Any(e => later.Where(c => Overlap(e, c)).ToList() is not [var only] || !SetAsNextLine(e.Box, only.Box));
    }

    /// <summary>
    /// Whether a one-line block over a chunk that heads a group of cells of its own is a heading above that group, not the
    /// chunk's first line (round BG's Tianjin: 2024年预算数 over 基本支出 over 小计 | 人员经费 | 公用经费, 合计 and 项目支出 beside
    /// them set across the two lower lines; round BG's Inner Mongolia: 其中 over 人员经费 | 公用经费, set off-centre under
    /// 2024年一般公共预算基本支出). The group: the cells of the first lower line reaching under or near the chunk, with no other
    /// cell of the lines from the chunk's down to it standing between, the chunk centred over them. The block is no first
    /// line of the chunk's where it is not set over the group as the chunk is, or where the group's cells spread wider than
    /// the two lines set as one would take: a wrapped cell wraps only where it has no such room.
    /// </summary>
    private static bool IsHeadingOverGroup(HeaderBlock above, TextChunk chunk, int lineIndex, IReadOnlyList<List<TextChunk>> lines)
    {
        if (above.Box.Height > 1.5 * above.Glyphs[0].FontSize) return false;
        // A short heading may stand between the cells it heads (其中 over 人员经费 | 公用经费): near it is enough.
        double reach = Math.Max(chunk.Box.Width, 4 * chunk.Glyphs[0].FontSize);
        double Distance(TextChunk c) => Math.Max(0, Math.Max(c.Box.Left - chunk.Box.Right, chunk.Box.Left - c.Box.Right));
        int k = lineIndex + 1;
        while (k < lines.Count && !lines[k].Any(c => c.Box.Top >= chunk.Box.Bottom - 1 && Distance(c) <= reach)) k++;
        if (k >= lines.Count) return false;
        var row = lines[k].OrderBy(c => c.Box.Left).ToList();
        int at = row.IndexOf(row.MinBy(Distance)!);
        var between = lines.Skip(lineIndex).Take(k - lineIndex).SelectMany(l => l).Where(c => c != chunk && !Overlap(c, chunk)).ToList();
        // A cell under another heading of those lines, or beyond one, is that heading's.
        bool Reached(TextChunk c) => !between.Any(b => Overlap(b, c)
            || b.Box.CenterX > Math.Min(c.Box.CenterX, chunk.Box.CenterX) && b.Box.CenterX < Math.Max(c.Box.CenterX, chunk.Box.CenterX));
        int lo = at, hi = at;
        while (lo > 0 && Reached(row[lo - 1])) lo--;
        while (hi + 1 < row.Count && Reached(row[hi + 1])) hi++;
        double left = row[lo].Box.Left, right = row[hi].Box.Right, middle = (left + right) / 2;
        if (hi == lo || Math.Abs(middle - chunk.Box.CenterX) > GroupCentring * (right - left)) return false;
        // The lines of a wrapped cell are set alike over its cells: a block not centred over the chunk's group (nor starting
        // where the chunk starts) is a heading of its own, and so is one with room to have been set on one line with it.
        bool alike = Math.Abs(middle - above.Box.CenterX) <= GroupCentring * (right - left) || Math.Abs(above.Box.Left - chunk.Box.Left) <= 1.5;
        return !alike || right - left > above.Box.Width + chunk.Box.Width + chunk.Glyphs[0].FontSize;
    }

    /// <summary>
    /// Whether a one-line block over a chunk that wraps onto a next line of its own had room for the chunk and that line
    /// together, with a margin: no first line of the chunk's cell, whose lines but the last fill its width (round DS's
    /// unruled 三公 table: 公务用车购置及运行费 centred over 公务用车 / 购置费, beside 小计 and 公务用车 / 运行费). The margin
    /// keeps a cell broken by hand (一般公共预算 / 财政拨款 / 支出) whole, and so does a block sharing its line with other cells
    /// (国有资本经营预算 / 财政拨款 / 支出 beside 一般公共预算's first line): a group heading stands alone on its line. The next
    /// line is the chunk's own only where it is the one cell of its line under the block: several there are the block's cells,
    /// the chunk its wrapped last line.
    /// </summary>
    private static bool RoomForTheWrapBelow(HeaderBlock above, TextChunk chunk, int lineIndex, IReadOnlyList<List<TextChunk>> lines)
    {
        if (above.Box.Height > 1.5 * above.Glyphs[0].FontSize || NextLineOf(chunk, lineIndex, lines) is not { } next) return false;
        bool besideAbove = lines.SelectMany(l => l).Any(c => c.Box.Top < above.Box.Bottom && above.Box.Top < c.Box.Bottom && !c.Glyphs.Any(above.Glyphs.Contains));
        if (besideAbove) return false;
        bool UnderAbove(TextChunk c) => c.Box.Right > above.Box.Left && c.Box.Left < above.Box.Right;
        return !lines.Single(l => l.Contains(next)).Any(c => c != next && UnderAbove(c))
            && chunk.Box.Width + next.Box.Width + WrapRoomMargin * chunk.Glyphs[0].FontSize <= above.Box.Width;
    }

    /// <summary>How much wider (em) than a chunk and its next line together a block over them is to be no line of their cell.</summary>
    private const double WrapRoomMargin = 2;

    /// <summary>The line set under a chunk as its wrapped cell's next line, or null.</summary>
    private static TextChunk? NextLineOf(TextChunk chunk, int lineIndex, IReadOnlyList<List<TextChunk>> lines) =>
        lines.Skip(lineIndex + 1).SelectMany(l => l)
            .Where(c => c.Box.Top > chunk.Box.CenterY && c.Box.Top - chunk.Box.Bottom < WrapGapLines * chunk.Glyphs[0].FontSize && SetAsNextLine(chunk.Box, c.Box))
            .MinBy(c => c.Box.Top);

    /// <summary>
    /// Whether a one-line block sits further over a chunk than the chunk's own next line sits under it: a heading over the
    /// chunk's group, not its wrapped first line, as a wrapped cell's lines are set at one pitch (round CY's Chongqing: 决算数
    /// 12 points over 基本支, whose 出 follows 10.5 points under it, 小计 and 项目支 / 出 beside them).
    /// </summary>
    private static bool SetWiderThanTheWrap(HeaderBlock above, TextChunk chunk, int lineIndex, IReadOnlyList<List<TextChunk>> lines)
    {
        if (above.Box.Height > 1.5 * above.Glyphs[0].FontSize) return false;
        double size = chunk.Glyphs[0].FontSize, baseline = chunk.Glyphs[0].Baseline;
        if (NextLineOf(chunk, lineIndex, lines) is not { } next) return false;
        double pitchAbove = baseline - above.Glyphs.Max(g => g.Baseline), pitchBelow = next.Glyphs[0].Baseline - baseline;
        return pitchAbove - pitchBelow > WrapPitchSlack * size;
    }

    /// <summary>How much (em) the lines of one wrapped cell may differ in pitch: its lines are set alike.</summary>
    private const double WrapPitchSlack = 0.1;

    /// <summary>Whether two chunks share some stretch across the page.</summary>
    private static bool Overlap(TextChunk a, TextChunk b) => Math.Min(a.Box.Right, b.Box.Right) > Math.Max(a.Box.Left, b.Box.Left);

    /// <summary>
    /// Joins neighbouring one-character CJK chunks of a line: a word set with wide letter-spacing. Not two that each
    /// end a different cell set tightly above (事业收 | 其他收 over 入 | 入: narrow columns' headings wrapped).
    /// </summary>
    private static IEnumerable<TextChunk> JoinLetterSpaced(IReadOnlyList<TextChunk> chunks, IReadOnlyList<TextChunk> cellsAbove)
    {
        TextChunk? Over(TextChunk c) => cellsAbove.Where(a => a.Box.Left - 1 <= c.Box.CenterX && c.Box.CenterX <= a.Box.Right + 1)
            .OrderByDescending(a => a.Box.Bottom).FirstOrDefault();
        const double MaxLetterSpacingEm = 6;
        var result = new List<TextChunk>();
        foreach (var chunk in chunks)
        {
            var previous = result.LastOrDefault();
            bool spaced = previous is not null && IsSingleCjk(previous) && IsSingleCjk(chunk)
                && chunk.Box.Left - previous.Box.Right <= MaxLetterSpacingEm * chunk.Glyphs[0].FontSize
                && !(Over(previous) is { } left && Over(chunk) is { } right && left != right);
            if (spaced)
            {
                var glyphs = previous!.Glyphs.Concat(chunk.Glyphs).ToList();
                result[^1] = new TextChunk(glyphs, previous.Box.Union(chunk.Box));
            }
            else result.Add(chunk);
        }
        return result;
    }

    private static bool IsSingleCjk(TextChunk chunk) =>
        chunk.Glyphs.Count(g => !g.IsWhitespace) == 1 && CjkText.IsCjk(chunk.Glyphs.First(g => !g.IsWhitespace).First);
}
