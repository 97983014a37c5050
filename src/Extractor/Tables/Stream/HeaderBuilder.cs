using Extractor.Layout;

namespace Extractor.Tables.Stream;

/// <summary>
/// Builds the header rows of an unruled table from its printed header cells. The lowest cell over a column
/// is its leaf; every other cell is a parent spanning the columns whose leaves sit centred in the space
/// under it (rather than centred in the whole header height, as a leaf with no parent is printed). One
/// header row per level of parents plus the leaves; a column with no parent on a level repeats the text
/// below it, as a merged cell would.
/// </summary>
internal static class HeaderBuilder
{
    /// <summary>Leaves under one parent are centred alike: within this share of a line height.</summary>
    private const double LeafAlignment = 0.6;

    /// <param name="blocks">The header's printed cells.</param>
    /// <param name="edges">The column edges; columns blank in the body are added where the header shows them.</param>
    /// <param name="bodyLines">The body's lines of glyphs, which a new column edge must not cut through.</param>
    /// <param name="edgesFixed">True when the columns are known (a continued table): none are added.</param>
    public static List<IReadOnlyList<GridCell>> Build(List<HeaderBlock> blocks, List<double> edges, IReadOnlyList<IReadOnlyList<Glyph>> bodyLines, bool edgesFixed = false)
    {
        if (blocks.Count == 0) return [];
        if (!edgesFixed)
        {
            SplitRunTogetherLeaves(blocks, edges, bodyLines);
            SplitBlankColumns(blocks, edges, bodyLines);
        }
        SplitRunTogetherLeaves(blocks, edges, null);
        int columns = edges.Count - 1;
        double headerTop = blocks.Min(b => b.Box.Top), headerBottom = blocks.Max(b => b.Box.Bottom);

        var leaves = new HeaderBlock?[columns];
        for (int c = 0; c < columns; c++)
            leaves[c] = blocks.Where(b => b.Box.CenterX >= edges[c] && b.Box.CenterX < edges[c + 1])
                .OrderByDescending(b => b.Box.Bottom).FirstOrDefault();
        var parents = blocks.Where(b => !leaves.Contains(b)).OrderBy(b => b.Box.Top).ToList();
        var levels = Levels(parents);

        // owner[level, column]: the parent of that level spanning the column.
        var owner = new HeaderBlock?[levels.Count, columns];
        var ceiling = Enumerable.Repeat(headerTop, columns).ToArray();
        for (int level = 0; level < levels.Count; level++)
        {
            var siblings = levels[level].OrderBy(p => p.Box.CenterX).ToList();
            var candidates = new List<(HeaderBlock Parent, int Centre, HashSet<int> Members)>();
            for (int s = 0; s < siblings.Count; s++)
            {
                var parent = siblings[s];
                double left = s > 0 ? (siblings[s - 1].Box.CenterX + parent.Box.CenterX) / 2 : double.MinValue;
                double right = s + 1 < siblings.Count ? (parent.Box.CenterX + siblings[s + 1].Box.CenterX) / 2 : double.MaxValue;
                int centre = SortedEdges.Slot(edges, parent.Box.CenterX);
                // A parent below another stays within that one's span, and its own columns' leaves are set
                // like the leaf under its centre (a sibling column spanning more header rows sits higher).
                var above = level > 0 && centre >= 0 ? owner[level - 1, centre] : null;
                var reference = centre >= 0 ? leaves[centre] : null;
                // Siblings' catchments overlap by one column each way: the spans are settled jointly below.
                double slack = MedianWidth(edges);
                var members = Enumerable.Range(0, columns).Where(c =>
                {
                    double mid = (edges[c] + edges[c + 1]) / 2;
                    if (mid < left - slack || mid > right + slack || leaves[c] is not { } leaf || leaf.Box.Top < parent.Box.Bottom - 1) return false;
                    if (above is not null)
                        return ReferenceEquals(owner[level - 1, c], above) && reference is not null
                            && Math.Abs(leaf.Box.CenterY - reference.Box.CenterY) <= LeafAlignment * parent.Glyphs[0].FontSize;
                    double underParent = (parent.Box.Bottom + headerBottom) / 2, whole = (ceiling[c] + headerBottom) / 2;
                    return c == centre || Math.Abs(leaf.Box.CenterY - underParent) < Math.Abs(leaf.Box.CenterY - whole);
                }).ToHashSet();
                candidates.Add((parent, centre, members));
            }
            var spans = CentredSpans(candidates, edges, leaves);
            for (int s = 0; s < candidates.Count; s++)
            {
                var (parent, centre, _) = candidates[s];
                if (spans[s] is { } span)
                    for (int c = span.Lo; c <= span.Hi; c++) owner[level, c] = parent;
                // A cell that spans nothing is a stray part of the header cell below it (a wrapped line
                // that did not join): it belongs to the leaf of its column.
                else if (centre >= 0 && leaves[centre] is { } below) below.Glyphs.AddRange(parent.Glyphs);
            }
            for (int c = 0; c < columns; c++)
                if (owner[level, c] is { } p) ceiling[c] = p.Box.Bottom;
        }

        // Levels whose parents span nothing add no header row.
        var keptLevels = Enumerable.Range(0, levels.Count).Where(l => Enumerable.Range(0, columns).Any(c => owner[l, c] is not null)).ToList();
        var kept = new HeaderBlock?[keptLevels.Count, columns];
        for (int l = 0; l < keptLevels.Count; l++)
            for (int c = 0; c < columns; c++) kept[l, c] = owner[keptLevels[l], c];
        owner = kept;
        levels = [.. keptLevels.Select(l => levels[l])];

        // source[r, c]: the printed cell shown at header row r, column c (a parent, or the text below it).
        int rowCount = levels.Count + 1;
        var source = new HeaderBlock?[rowCount, columns];
        for (int r = 0; r < rowCount; r++)
            for (int c = 0; c < columns; c++)
                source[r, c] = Enumerable.Range(r, levels.Count - r).Select(l => owner[l, c]).FirstOrDefault(p => p is not null) ?? leaves[c];

        var rows = new List<IReadOnlyList<GridCell>>();
        for (int r = 0; r < rowCount; r++)
        {
            var cells = new GridCell[columns];
            for (int c = 0; c < columns; c++)
            {
                var block = source[r, c];
                // A merged cell starts where its run of the same printed cell begins, up and then left.
                int r0 = r;
                while (r0 > 0 && block is not null && ReferenceEquals(source[r0 - 1, c], block)) r0--;
                int c0 = c;
                while (c0 > 0 && block is not null && ReferenceEquals(source[r0, c0 - 1], block)) c0--;
                var box = block?.Box ?? new Box(edges[c], headerTop, edges[c + 1], headerBottom);
                cells[c] = new GridCell(block?.Text ?? "", box, r0, c0);
            }
            rows.Add(cells);
        }
        return rows;
    }

    /// <summary>
    /// The middle of a stretch of [from, to] that no run of body text crosses, between two leaves, the second of them
    /// <paramref name="right"/>, or null. A run in the gap is its own column's: the right leaf's where it reaches past that
    /// leaf's middle or starts under it (figures right-aligned under their heading, words set from its left), else the left
    /// leaf's (a figure right-aligned under a narrow heading, standing out past it into the gap: Inner Mongolia's 三公 table,
    /// 17.7 under 合计 with 因公出国（境）费 blank beside it). Of the stretches leaving the fewest runs on the wrong side, the widest.
    /// </summary>
    private static double? FreeMiddle(double from, double to, Box right, IReadOnlyList<(double Start, double End)> bodyRuns)
    {
        var blocked = bodyRuns.Where(r => r.End > from && r.Start < to).OrderBy(r => r.Start).ToList();
        bool RightOnes((double Start, double End) run) => run.End > right.CenterX || run.Start >= right.Left;
        var stretches = new List<(double Left, double Right)>();
        double cursor = from;
        foreach (var (start, end) in blocked.Append((Start: to, End: to)))
        {
            double stop = Math.Min(to, start);
            if (stop - cursor > 0.5) stretches.Add((cursor, stop));
            cursor = Math.Max(cursor, end);
        }
        if (stretches.Count == 0) return null;
        int Misplaced((double Left, double Right) stretch) =>
            blocked.Count(r => r.End <= stretch.Left ? RightOnes(r) : r.Start >= stretch.Right && !RightOnes(r));
        var best = stretches.OrderBy(Misplaced).ThenByDescending(s => s.Right - s.Left).First();
        return (best.Left + best.Right) / 2;
    }

    /// <summary>Parents grouped by the header line they sit on (overlapping vertically).</summary>
    private static List<List<HeaderBlock>> Levels(List<HeaderBlock> parents)
    {
        var levels = new List<List<HeaderBlock>>();
        foreach (var parent in parents)
        {
            var level = levels.FirstOrDefault(l => l.Any(p => p.Box.Top < parent.Box.Bottom && parent.Box.Top < p.Box.Bottom));
            if (level is null) levels.Add(level = []);
            level.Add(parent);
        }
        return levels;
    }

    /// <summary>
    /// The spans of one level's parents, chosen together: each a run of its candidate columns around its
    /// own column, none overlapping, such that every parent sits centred over its span (as printed) — the
    /// total distance of parent centres from span middles is least, a covered column earning a little so
    /// that a span grows evenly on both sides but not lopsidedly onto a neighbour's column.
    /// </summary>
    private static (int Lo, int Hi)?[] CentredSpans(List<(HeaderBlock Parent, int Centre, HashSet<int> Members)> parents, List<double> edges,
        HeaderBlock?[] leaves)
    {
        // A span's middle, measured by its end columns' leaf headers (centred in their printed cells) where
        // they exist: the edges found in the body's gutters are only near the printed cell borders.
        double Middle(int lo, int hi) => leaves[lo] is { } a && leaves[hi] is { } b
            ? (a.Box.CenterX + b.Box.CenterX) / 2 + ((edges[hi + 1] - b.Box.CenterX) - (a.Box.CenterX - edges[lo])) / 4
            : (edges[lo] + edges[hi + 1]) / 2;
        double reward = 0.45 * MedianWidth(edges);
        var options = parents.Select(p =>
        {
            var ranges = new List<(int Lo, int Hi, double Cost)>();
            if (p.Centre < 0 || !p.Members.Contains(p.Centre)) return ranges;
            for (int lo = p.Centre; lo >= 0 && p.Members.Contains(lo); lo--)
                for (int hi = p.Centre; hi < edges.Count - 1 && p.Members.Contains(hi); hi++)
                    ranges.Add((lo, hi, Math.Abs(Middle(lo, hi) - p.Parent.Box.CenterX) - reward * (hi - lo + 1)));
            return ranges;
        }).ToList();
        // Dynamic programme over the parents left to right: best total cost with the last span ending at hi.
        var best = new Dictionary<int, (double Cost, (int Lo, int Hi)?[] Spans)> { [-1] = (0, new (int, int)?[parents.Count]) };
        for (int i = 0; i < parents.Count; i++)
        {
            var next = new Dictionary<int, (double Cost, (int Lo, int Hi)?[] Spans)>();
            foreach (var (end, state) in best)
            {
                void Offer(int newEnd, double cost, (int, int)? span)
                {
                    var spans = ((int Lo, int Hi)?[])state.Spans.Clone();
                    spans[i] = span;
                    if (!next.TryGetValue(newEnd, out var known) || cost < known.Cost) next[newEnd] = (cost, spans);
                }
                Offer(end, state.Cost, null);
                foreach (var (lo, hi, cost) in options[i].Where(o => o.Lo > end)) Offer(hi, state.Cost + cost, (lo, hi));
            }
            best = next;
        }
        return best.Values.OrderBy(v => v.Cost).First().Spans;
    }

    private static double MedianWidth(List<double> edges)
    {
        var widths = edges.Zip(edges.Skip(1), (a, b) => b - a).Order().ToList();
        return widths.Count == 0 ? 0 : widths[widths.Count / 2];
    }

    /// <summary>
    /// Column boundaries of a table printed with an empty body: in the gaps between its lowest header cells
    /// (the leaves), the only columns the page shows.
    /// </summary>
    public static IReadOnlyList<double> LeafBoundaries(List<HeaderBlock> blocks)
    {
        var intervals = Lowest(blocks).Select(b => (b.Box.Left, b.Box.Right)).OrderBy(i => i.Left).ToList();
        var boundaries = new List<double>();
        double reach = double.MinValue;
        foreach (var (left, right) in intervals)
        {
            if (reach > double.MinValue && left > reach) boundaries.Add((reach + left) / 2);
            reach = Math.Max(reach, right);
        }
        return boundaries;
    }

    /// <summary>Header cells with no other header cell under them.</summary>
    private static List<HeaderBlock> Lowest(List<HeaderBlock> blocks) =>
        blocks.Where(b => !blocks.Any(o => o != b && o.Box.Top > b.Box.Bottom - 1
            && Math.Min(o.Box.Right, b.Box.Right) > Math.Max(o.Box.Left, b.Box.Left))).ToList();

    /// <summary>A gap between two letters of one line this wide (share of the font size) parts words, as a space does.</summary>
    private const double WordGap = 0.2;

    /// <summary>Headings of columns left blank in the body are set further apart than words of one heading: half an em.</summary>
    private const double BlankColumnGap = 0.5;

    /// <summary>
    /// A lowest header cell of one line set across several columns as one run ("一般公共预算 政府性基金预算 国有资本经营预算" printed close
    /// in a narrow header, Liaoning's and Shaanxi's 财政拨款收支总表): where its words, parted by spaces, are as many as the
    /// columns it spans and each lies over its own column, they are those columns' headings. A heading of one word spanning
    /// columns (a merged cell) is left whole, and so is one whose letters are spaced out. Given the body's lines (columns
    /// not fixed yet), words may also share a column where no body text crosses the gap between them: headings of columns
    /// the body leaves blank, to be parted by <see cref="SplitBlankColumns"/> ("本年支出合计 基本支出 项目支出 上缴上级支出
    /// 经营支出 对附属单位补助支出" over figures in the first three only). Words over their own columns are parted before
    /// those are sought: the heading of a blank column beside one run into its neighbour's is then that column's alone
    /// (round DR's Hebei: 基本支出项目支出 set solid, 上缴上级支 / 出 blank beside 项目支出).
    /// </summary>
    private static void SplitRunTogetherLeaves(List<HeaderBlock> blocks, List<double> edges, IReadOnlyList<IReadOnlyList<Glyph>>? bodyLines)
    {
        var runs = bodyLines?.SelectMany(ColumnGutters.Runs).ToList();
        foreach (var block in Lowest(blocks))
        {
            var letters = block.Glyphs.Where(g => !g.IsWhitespace).OrderBy(g => g.Box.Left).ToList();
            if (letters.Count == 0 || letters.Max(g => g.Box.Top) - letters.Min(g => g.Box.Top) > 0.5 * letters[0].FontSize) continue;
            var words = new List<List<Glyph>> { new() { letters[0] } };
            foreach (var (left, right) in letters.Zip(letters.Skip(1)))
            {
                // Both the pens' gap and the inks': a CJK letter's ink stops short of its advance, so two set solid
                // (面向中小企业预留) may show an ink gap as wide as a space; an advance can be misprinted as nil.
                if (Math.Min(right.Box.Left - left.Box.Right, right.StartX - left.EndX) > WordGap * right.FontSize) words.Add([]);
                words[^1].Add(right);
            }
            // Letter-spaced words (支　　出) part into single letters, and OCR's words are parted by its reading: neither is split.
            if (words.Count < 2 || words.Any(w => w.Count < 2) || letters.Any(g => g.OcrConfidence is not null)) continue;
            var boxes = words.Select(w => Box.Enclosing(w.Select(g => g.Box))).ToList();
            var slots = boxes.Select(b => SortedEdges.Slot(edges, b.CenterX)).ToList();
            if (slots[0] < 0) continue;
            bool ownColumns = slots.SequenceEqual(Enumerable.Range(slots[0], words.Count));
            // Only of headings in Chinese, whose words are never parted by spaces: a Latin heading's are.
            bool overBlankColumns = runs is not null && !ownColumns && !letters.Any(g => g.Text.Any(char.IsAsciiLetter)) && Enumerable.Range(1, words.Count - 1).All(i =>
                slots[i] == slots[i - 1] + 1 || (slots[i] == slots[i - 1] && boxes[i].Left - boxes[i - 1].Right >= BlankColumnGap * letters[0].FontSize
                                                 && OpenGap(boxes[i - 1].Right, boxes[i].Left, runs)));
            if (!ownColumns && !overBlankColumns) continue;
            blocks.Remove(block);
            blocks.AddRange(words.Select(w => new HeaderBlock(w)));
        }
    }

    /// <summary>Whether some stretch of [from, to] is crossed by no run of body text.</summary>
    private static bool OpenGap(double from, double to, IReadOnlyList<(double Start, double End)> runs)
    {
        double cursor = from;
        foreach (var (start, end) in runs.Where(r => r.End > from && r.Start < to).OrderBy(r => r.Start))
        {
            if (start - cursor > 0.5) return true;
            cursor = Math.Max(cursor, end);
        }
        return to - cursor > 0.5;
    }

    /// <summary>
    /// A column region holding two or more lowest header cells side by side is several columns printed
    /// blank in the body: split it between them where no body text crosses.
    /// </summary>
    private static void SplitBlankColumns(List<HeaderBlock> blocks, List<double> edges, IReadOnlyList<IReadOnlyList<Glyph>> bodyLines)
    {
        var lowest = Lowest(blocks);
        double headerTop = blocks.Min(b => b.Box.Top), headerBottom = blocks.Max(b => b.Box.Bottom);
        double leafZoneTop = headerTop + (headerBottom - headerTop) / 3;
        // Runs, not glyph boxes: the ink of two CJK characters set solid leaves slivers between them.
        var runs = bodyLines.SelectMany(ColumnGutters.Runs).ToList();
        var added = new List<double>();
        for (int c = 0; c + 1 < edges.Count; c++)
        {
            var inside = lowest.Where(b => b.Box.CenterX >= edges[c] && b.Box.CenterX < edges[c + 1]).OrderBy(b => b.Box.Left).ToList();
            for (int i = 0; i + 1 < inside.Count; i++)
            {
                // Headers of narrow columns may touch; then the split is sought between their centres.
                var (a, b) = (inside[i].Box, inside[i + 1].Box);
                if (b.CenterX - a.CenterX < 0.5 * Math.Min(a.Width, b.Width)) continue;
                // Leaves sit below the header's top third; a parent there beside a leaf splits nothing.
                if (a.CenterY < leafZoneTop || b.CenterY < leafZoneTop) continue;
                var (from, to) = a.Right < b.Left ? (a.Right, b.Left) : (a.CenterX, b.CenterX);
                if (FreeMiddle(from, to, b, runs) is { } split) added.Add(split);
            }
        }
        edges.AddRange(added);
        edges.Sort();
    }
}
