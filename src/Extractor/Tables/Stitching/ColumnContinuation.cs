using Extractor.Layout;

namespace Extractor.Tables.Stitching;

/// <summary>
/// A table too wide for its page printed in two parts, its left columns on one page and the rest on the next with the
/// rows' codes and names printed again (round BS's Anhui 收入决算表: 本年收入合计 | 财政拨款收入 | 上级补助收入 on one page,
/// 收入决算表（续） with 事业收入 | 经营收入 | 附属单位上缴收入 | 其他收入 on the next; round CB's Guangdong prints the second part
/// under the first on one page, its title marked 续). The second part continues the
/// first across, not down: each of its rows is the same row of the first. The positive evidence: both parts list the
/// same rows under the same label columns, in the same order, and the second heads other columns.
/// </summary>
internal static class ColumnContinuation
{
    /// <summary>Rows both parts must list before they are taken for one table cut by columns.</summary>
    private const int MinRows = 3;

    /// <summary>Whether the next page's table prints the first's rows again beside other columns.</summary>
    public static bool Continues(PageTable first, PageTable next)
    {
        var firstBody = first.Grid.Skip(first.HeaderRows).ToList();
        var nextBody = next.Grid.Skip(next.HeaderRows).ToList();
        if (firstBody.Count < MinRows || firstBody.Count != nextBody.Count || first.HeaderRows == 0 || next.HeaderRows == 0) return false;
        int labels = LabelColumns(firstBody);
        if (labels == 0 || labels != LabelColumns(nextBody) || labels >= first.ColumnCount || labels >= next.ColumnCount) return false;
        if (!firstBody.Zip(nextBody).All(p => Key(p.First, labels) == Key(p.Second, labels))) return false;
        return !Headings(first, labels).SequenceEqual(Headings(next, labels));
    }

    /// <summary>
    /// The two parts as one table: the first's columns, then the second's past its label columns, row by row. A part with
    /// fewer header rows has its top row stand over the rows it lacks, as a heading spanning them does; each cell keeps
    /// the page it is printed on.
    /// </summary>
    public static StitchedTable Join(PageTable first, PageTable next)
    {
        int labels = LabelColumns(first.Grid.Skip(first.HeaderRows).ToList());
        int headerRows = Math.Max(first.HeaderRows, next.HeaderRows);
        var left = Aligned(first, headerRows);
        var right = Aligned(next, headerRows);
        var grid = left.Zip(right, (a, b) => (IReadOnlyList<GridCell>)[.. a, .. b.Skip(labels)
            .Select(c => c with { OriginCol = c.OriginCol < labels ? first.ColumnCount : c.OriginCol - labels + first.ColumnCount })]).ToList();
        return new StitchedTable([.. new[] { first.Page, next.Page }.Distinct()], first.Title, first.Method, headerRows, grid, grid.Select(_ => first.Page).ToList(), first.Unit)
        {
            CaptionEntity = first.CaptionEntity,
        };
    }

    /// <summary>A part's rows with its header padded to the given number of rows, each cell marked with its page.</summary>
    private static List<IReadOnlyList<GridCell>> Aligned(PageTable part, int headerRows)
    {
        int added = headerRows - part.HeaderRows;
        var rows = new List<IReadOnlyList<GridCell>>();
        for (int r = 0; r < added; r++)
            rows.Add([.. part.Grid[0].Select(c => c with { OriginRow = 0, Page = part.Page })]);
        rows.AddRange(part.Grid.Select((row, r) => (IReadOnlyList<GridCell>)[.. row.Select(c =>
            c with { OriginRow = c.OriginRow == 0 ? 0 : c.OriginRow + added, Page = part.Page })]));
        return rows;
    }

    /// <summary>
    /// How many columns lead each row with its code and name: most rows' last cell printing a letter (名称), counted from
    /// the left; codes alone are digits and figures are digits, so the name closes the labels.
    /// </summary>
    private static int LabelColumns(List<IReadOnlyList<GridCell>> body) =>
        body.Select(row => row.Select((c, i) => (c, i)).LastOrDefault(x => CjkText.HasIdeograph(x.c.Text), (null!, -1)).Item2 + 1)
            .Where(n => n > 0).GroupBy(n => n).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstOrDefault();

    private static string Key(IReadOnlyList<GridCell> row, int labels) => string.Concat(row.Take(labels).SelectMany(c => c.Text.Where(ch => !char.IsWhiteSpace(ch))));

    /// <summary>The header's text over the columns past the labels, compacted, top row first.</summary>
    private static List<string> Headings(PageTable table, int labels) =>
        [.. table.Grid.Take(table.HeaderRows).SelectMany(row => row.Skip(labels)).Select(c => string.Concat(c.Text.Where(ch => !char.IsWhiteSpace(ch))))
            .Distinct()];
}
