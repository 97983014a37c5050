namespace Extractor.Tables;

/// <summary>
/// Joins a table continued over pages into one: a table that opens a page with no title of its own, right
/// after the page whose last table it continues, with the same columns. A repeated header is dropped; a new
/// title always starts a new table.
/// </summary>
public static class PageTableStitcher
{
    public static IReadOnlyList<StitchedTable> Stitch(IReadOnlyList<PageTable> tables)
    {
        var result = new List<Builder>();
        PageTable? previous = null;
        foreach (var table in tables.OrderBy(t => t.Page).ThenBy(t => t.Box.Top))
        {
            var current = result.LastOrDefault();
            bool continues = current is not null && previous is not null
                && table.Title is null
                && table.Page == previous.Page + 1
                && IsFirstOnPage(table, tables) && IsLastOnPage(previous, tables)
                && table.ColumnCount == current.Columns;
            if (continues) current!.Append(table);
            else result.Add(new Builder(table));
            previous = table;
        }
        return result.Select(b => b.Build()).ToList();
    }

    private static bool IsFirstOnPage(PageTable table, IReadOnlyList<PageTable> all) =>
        !all.Any(t => t.Page == table.Page && t.Box.Top < table.Box.Top);

    private static bool IsLastOnPage(PageTable table, IReadOnlyList<PageTable> all) =>
        !all.Any(t => t.Page == table.Page && t.Box.Top > table.Box.Top);

    private sealed class Builder(PageTable first)
    {
        private readonly List<int> pages = [first.Page];
        private readonly List<IReadOnlyList<GridCell>> grid = [.. first.Grid];
        private readonly List<int> rowPages = [.. first.Grid.Select(_ => first.Page)];

        public int Columns => first.ColumnCount;

        public void Append(PageTable next)
        {
            int skip = SameHeader(next) ? next.HeaderRows : 0;
            int offset = grid.Count - skip;
            foreach (var row in next.Grid.Skip(skip))
            {
                // Merged cells keep pointing at their own origin, shifted to the stitched row numbers.
                grid.Add(row.Select(c => c with { OriginRow = c.OriginRow + offset }).ToList());
                rowPages.Add(next.Page);
            }
            pages.Add(next.Page);
        }

        /// <summary>Whether the next page repeats this table's header (compared without spacing).</summary>
        private bool SameHeader(PageTable next)
        {
            if (next.HeaderRows == 0 || next.HeaderRows != first.HeaderRows) return false;
            for (int r = 0; r < first.HeaderRows; r++)
                for (int c = 0; c < first.ColumnCount; c++)
                    if (Compact(first.Grid[r][c].Text) != Compact(next.Grid[r][c].Text)) return false;
            return true;
        }

        private static string Compact(string text) => string.Concat(text.Where(ch => !char.IsWhiteSpace(ch)));

        public StitchedTable Build() => new(pages, first.Title, first.Method, first.HeaderRows, grid, rowPages);
    }
}
