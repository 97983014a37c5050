using Extractor.Tables.Pages;
using Extractor.Wording;

namespace Extractor.Tables.Stitching;

/// <summary>
/// Joins a table continued over pages into one: a table that opens a page with no title of its own (or the
/// very same title again), right after the page whose last table it continues and which ran to its foot. Stream tables continue with the same columns (they were
/// read with their first page's edges); a ruled form may draw other column rules on each page, and is then
/// re-cut on the union of its pages' column edges. A repeated header is dropped; a new title always starts
/// a new table.
/// </summary>
internal static class PageTableStitcher
{
    /// <summary>Two tables' sides this close (points) are the same sides.</summary>
    private const double SideTolerance = 3;

    public static IReadOnlyList<StitchedTable> Stitch(IReadOnlyList<PageTable> tables)
    {
        var groups = new List<List<PageTable>>();
        PageTable? previous = null;
        foreach (var table in tables.OrderBy(t => t.Page).ThenBy(t => t.Box.Top))
        {
            var current = groups.LastOrDefault();
            // A continuation needs positive evidence: the previous page's table runs to the page foot, this one
            // opens the page (nothing above but its own title again, captions or a 续表 mark), no new title
            // comes between, and the columns are the same.
            bool sameTitle = current is not null && (table.Title is null || TitleFinder.SameTitle(table.Title, current[0].Title ?? ""));
            bool overThePage = previous is not null && table.Page == previous.Page + 1
                && previous.EndsPage && table.OpensPage
                && IsFirstOnPage(table, tables) && IsLastOnPage(previous, tables);
            bool continues = sameTitle && overThePage
                // A table already joined across goes on no further.
                && !ColumnContinuation.Continues(current![0], current[^1])
                && (SameColumns(current[0], table) || Realigned(current[0], table) is not null);
            // A table cut by columns goes on across, over the page or below its first part on the same page under its title
            // marked continued (round CB's Guangdong: 表2 …部门收入预算总表 and, under it, 表2 …部门收入预算总表（续）).
            bool across = sameTitle && current is [var only] && only == previous
                && (overThePage || table.Page == only.Page && table.MarkedContinued)
                && ColumnContinuation.Continues(only, table);
            if (continues || across) current!.Add(table);
            else groups.Add([table]);
            previous = table;
        }
        return groups.Select(Build).ToList();
    }

    private static bool SameColumns(PageTable first, PageTable next) =>
        first.Method == next.Method && (next.ColumnCount == first.ColumnCount
            || (first.Method == ExtractionMethod.Lattice
                && Math.Abs(first.Box.Left - next.Box.Left) <= SideTolerance
                && Math.Abs(first.Box.Right - next.Box.Right) <= SideTolerance));

    /// <summary>
    /// The column map of an unruled page marked as continued (续表), printing neither title nor header (rows alone: round
    /// BA's Jiangsu 支出决算表 goes on over the page on five columns where its first page heads eight, three of them blank),
    /// or printing no title over the first page's headings again (rounds BK's Jiangxi and BL's Tianjin: a three-line or
    /// unruled 基本支出表 whose repeated header was cut into other columns), whose columns were set afresh, onto the first
    /// page's (<see cref="ColumnAlignment"/>); null for any other page.
    /// </summary>
    private static int[]? Realigned(PageTable first, PageTable next) =>
        first.Method == ExtractionMethod.Stream && next.Method == ExtractionMethod.Stream
        && (next.MarkedContinued || next is { Title: null, HeaderRows: 0 } || next.Title is null && SameHeadings(first, next))
        && next.ColumnCount != first.ColumnCount ? ColumnAlignment.Map(first, next) : null;

    private static bool IsFirstOnPage(PageTable table, IReadOnlyList<PageTable> all) =>
        !all.Any(t => t.Page == table.Page && t.Box.Top < table.Box.Top);

    private static bool IsLastOnPage(PageTable table, IReadOnlyList<PageTable> all) =>
        !all.Any(t => t.Page == table.Page && t.Box.Top > table.Box.Top);

    private static StitchedTable Build(List<PageTable> pages)
    {
        if (pages.Count == 2 && ColumnContinuation.Continues(pages[0], pages[1])) return ColumnContinuation.Join(pages[0], pages[1]);
        var spread = pages.Select(p => Realigned(pages[0], p) is { } map
            ? p with { Grid = ColumnAlignment.Spread(p, map, pages[0].ColumnCount) } : p).ToList();
        bool sameColumns = spread.All(p => p.ColumnCount == pages[0].ColumnCount);
        var parts = sameColumns ? spread : Regrid(spread);
        var first = parts[0];
        var grid = new List<IReadOnlyList<GridCell>>(first.Grid);
        var rowPages = first.Grid.Select(_ => first.Page).ToList();
        var last = first;
        foreach (var next in parts.Skip(1))
        {
            // A repeated column header is dropped; a form's title row drawn inside its grid is kept, as it
            // starts the next form of the same table.
            int skip = HeaderIsTitle(next) ? 0 : RepeatedHeaderRows(first, next) is > 0 and var repeated ? repeated : SameHeadings(first, next) ? next.HeaderRows : 0;
            // A row cut by the page break (no rule under it, none over the next page's first row) is one row.
            if (skip == 0 && last.OpenFoot && next.OpenHead && next.Grid.Count > 0 && grid.Count > first.HeaderRows)
            {
                grid[^1] = Joined(grid[^1], next.Grid[0], next.Page);
                skip = 1;
            }
            // So a row whose two parts complement each other, the page closed under the first (CutByPageBreak).
            else if (next.Grid.Count > skip && grid.Count > first.HeaderRows && CutByPageBreak.Cuts(grid[^1], next.Grid[skip]))
            {
                grid[^1] = Joined(grid[^1], next.Grid[skip], next.Page);
                skip++;
            }
            last = next;
            int offset = grid.Count - skip;
            foreach (var row in next.Grid.Skip(skip))
            {
                // Merged cells keep pointing at their own origin, shifted to the stitched row numbers.
                grid.Add(row.Select(c => c with { OriginRow = c.OriginRow + offset }).ToList());
                rowPages.Add(next.Page);
            }
        }
        return new StitchedTable(pages.Select(p => p.Page).ToList(), first.Title, first.Method, first.HeaderRows, grid, rowPages, first.Unit)
        {
            CaptionEntity = first.CaptionEntity,
        };
    }

    /// <summary>
    /// The two parts of a row cut by a page break as one row: each cell's lines run on as a wrapped cell's do; a cell printed
    /// only on the next page (a figure under the rest of a name) keeps its place there.
    /// </summary>
    private static IReadOnlyList<GridCell> Joined(IReadOnlyList<GridCell> above, IReadOnlyList<GridCell> below, int belowPage) =>
        above.Zip(below, (a, b) => a.Text.Length == 0 && b.Text.Length > 0 ? b with { OriginRow = a.OriginRow, OriginCol = a.OriginCol, Page = b.Page ?? belowPage }
            : a with { Text = b.Text.Length == 0 ? a.Text : a.Text + "\n" + b.Text }).ToList();

    /// <summary>
    /// Re-cuts every page of a ruled table on the union of their column edges: a cell covering several of
    /// the union's columns is repeated across them, as a merged cell is.
    /// </summary>
    private static List<PageTable> Regrid(List<PageTable> pages)
    {
        var union = new List<double>();
        foreach (var x in pages.SelectMany(p => p.ColumnEdges).Order())
            if (union.Count == 0 || x - union[^1] > SideTolerance) union.Add(x);
        return pages.Select(page => page with
        {
            Grid = page.Grid.Select(row => (IReadOnlyList<GridCell>)Enumerable.Range(0, union.Count - 1).Select(k =>
            {
                double centre = (union[k] + union[k + 1]) / 2;
                var cell = row.FirstOrDefault(c => c.Box.Left <= centre && centre <= c.Box.Right) ?? row[^1];
                int originCol = Math.Max(0, union.FindLastIndex(u => u <= cell.Box.Left + SideTolerance));
                return cell with { OriginCol = Math.Min(originCol, union.Count - 2) };
            }).ToList()).ToList(),
            ColumnEdges = union,
        }).ToList();
    }

    /// <summary>
    /// How many rows of the table's header the next page opens with again (compared without spacing), or 0. Its own
    /// header count may differ: rows of whole numbers (557500) under it do not read as amounts on their own. A page may
    /// repeat the headings without the row numbering the columns (栏次 1 2 3) under them (Hubei's 收入决算表).
    /// </summary>
    private static int RepeatedHeaderRows(PageTable first, PageTable next)
    {
        if (first.HeaderRows == 0 || next.ColumnCount != first.ColumnCount) return 0;
        var header = first.Grid.Take(first.HeaderRows).ToList();
        if (Opens(header)) return header.Count;
        var headings = header.Where(row => !ColumnHeaders.IsColumnNumbering(row.Select(c => c.Text))).ToList();
        return headings.Count > 0 && headings.Count < header.Count && Opens(headings) ? headings.Count : 0;

        bool Opens(List<IReadOnlyList<GridCell>> rows) => next.Grid.Count >= rows.Count
            && rows.Select((row, r) => row.Select((cell, c) => Compact(cell.Text) == Compact(next.Grid[r][c].Text)).All(same => same)).All(same => same);
    }

    /// <summary>
    /// Whether the next page's header prints the first page's headings again, cut into cells otherwise (a parent heading
    /// joined to the cell under it: 本年收入政府性基金预算拨款收入, or to each of two: 人员经费科目名称 | 公用经费科目名称 for
    /// 人员经费 | 公用经费 over 科目名称 twice): the same letters.
    /// </summary>
    private static bool SameHeadings(PageTable first, PageTable next)
    {
        if (first.HeaderRows == 0 || next.HeaderRows == 0 || next.Grid.Count <= next.HeaderRows) return false;
        static string Letters(PageTable table) => string.Concat(table.Grid.Take(table.HeaderRows).SelectMany(row => row)
            .SelectMany(c => Compact(c.Text)).Distinct().Order());
        return Letters(first) == Letters(next);
    }

    private static bool HeaderIsTitle(PageTable table) =>
        table.Title is { } title && table.Grid.Take(table.HeaderRows).All(row => row.All(c => Compact(c.Text) == Compact(title)));

    private static string Compact(string text) => string.Concat(text.Where(ch => !char.IsWhiteSpace(ch)));
}
