using Extractor.Layout;
using Extractor.Wording;

namespace Extractor.Tables;

/// <summary>Shape decisions shared by both extraction methods: which rows are empty, which are the header.</summary>
internal static class TableShape
{
    /// <summary>Headers deeper than this are not headers but a text grid (a form such as 绩效目标表).</summary>
    private const int MaxHeaderRows = 6;

    /// <summary>
    /// Drops rows whose every cell is empty (spacer rows, double rules), renumbering the rows that merged
    /// cells start in: a cell starting in a dropped row is empty, and now starts in the next row kept.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<GridCell>> DropEmptyRows(IReadOnlyList<IReadOnlyList<GridCell>> grid)
    {
        var keptBefore = new int[grid.Count + 1];
        for (int r = 0; r < grid.Count; r++)
            keptBefore[r + 1] = keptBefore[r] + (IsEmpty(grid[r]) ? 0 : 1);
        return grid.Where(row => !IsEmpty(row))
            .Select(row => (IReadOnlyList<GridCell>)row.Select(cell => cell with { OriginRow = keptBefore[cell.OriginRow] }).ToList())
            .ToList();
    }

    private static bool IsEmpty(IReadOnlyList<GridCell> row) => row.All(cell => cell.Text.Length == 0);

    /// <summary>
    /// The header is the run of rows before the first row that holds an amount. A table with no amounts at
    /// all (a form, or a table printed empty) keeps its first row as header, and the rows a merged heading spans.
    /// </summary>
    public static int HeaderRowCount(IReadOnlyList<IReadOnlyList<GridCell>> grid)
    {
        int header = HeaderRowsAboveNumbering(grid);
        // The row numbering the columns (栏次 1 2 3) closes the header, also over a body printed empty (whose rows a label
        // merged over the code and name columns would otherwise run on as headings).
        int numbering = grid.Take(Math.Min(header + 1, grid.Count)).ToList().FindIndex(row => ColumnHeaders.IsColumnNumbering(DistinctCells(row)));
        return numbering > 0 ? numbering + 1 : header;
    }

    /// <summary>A row's cells once each (a cell merged across columns repeats its text in each).</summary>
    private static IEnumerable<string> DistinctCells(IReadOnlyList<GridCell> row) =>
        row.DistinctBy(cell => (cell.OriginRow, cell.OriginCol)).Select(cell => cell.Text);

    private static int HeaderRowsAboveNumbering(IReadOnlyList<IReadOnlyList<GridCell>> grid)
    {
        int firstData = grid.Count;
        for (int r = 0; r < grid.Count; r++)
            if (OpensBody([.. grid[r].Select(cell => cell.Text)]))
            {
                firstData = r;
                break;
            }
        for (int r = 1; r < firstData; r++)
            if (IsFormField(grid, r) || IsLabelAlone(grid[r])) return r;
        if (firstData == grid.Count) return HeaderWithoutAmounts(grid);
        if (firstData <= MaxHeaderRows) return firstData;
        return Math.Min(1, grid.Count);
    }

    /// <summary>
    /// Whether a row holds the table's first amounts. A dash alone is an amount printed blank (合计 | - | -), but a
    /// dash with headings after it is a heading line's speck or rule end OCR read as a dash (a scan's first
    /// heading line: "- | 商品和服务支出 | 资本性支出(基"): no body row names columns right of its figures.
    /// </summary>
    public static bool OpensBody(IReadOnlyList<string> cells)
    {
        if (cells.Any(text => IsAmount(text) && !IsDash(text)) || BareAmountAfterLabel(cells)) return true;
        int dash = cells.ToList().FindIndex(IsDash);
        return dash >= 0 && !cells.Skip(dash + 1).Any(CjkText.HasIdeograph);
    }

    private static bool IsDash(string text) => text.Trim() is "-" or "—";

    /// <summary>
    /// Whole yuan printed without separators (round JJ's Hebei: 教育支出 | 90948700): a number of <see cref="MinBareAmountDigits"/>
    /// digits or more after a label opens the body too. A header names its columns in words; a year heading alone (2025) is no amount,
    /// nor a code after its label (单位代码 | 401001, a form's field).
    /// </summary>
    private static bool BareAmountAfterLabel(IReadOnlyList<string> cells)
    {
        string? label = null;
        foreach (var text in cells.Select(c => c.Trim()))
        {
            if (CjkText.HasIdeograph(text)) label = text;
            else if (label is not null && !ColumnHeaders.CodeHeading().IsMatch(label) && text.Length >= MinBareAmountDigits
                     && text.All(char.IsAsciiDigit) && !GlyphRun.YearHeading().IsMatch(text)) return true;
        }
        return false;
    }

    /// <summary>The fewest digits of a bare number taken for an amount after a label: fewer may be a count or a column's number.</summary>
    private const int MinBareAmountDigits = 4;

    /// <summary>
    /// With no amount to end it, the header is the first row and the rows a merged heading above spans: a table
    /// printed empty keeps its two-level heading (预算数 over 合计, 基本支出, 项目支出), and a small table of text
    /// keeps its rows as body rather than reporting them all as header.
    /// </summary>
    private static int HeaderWithoutAmounts(IReadOnlyList<IReadOnlyList<GridCell>> grid)
    {
        int header = Math.Min(1, grid.Count);
        while (header < grid.Count && header < MaxHeaderRows && Continues(grid, header)) header++;
        return header;
    }

    /// <summary>
    /// Whether row <paramref name="r"/> goes on with the heading above it: that heading holds a cell merged over
    /// several columns, the group this row names the parts of, or a cell merged down into this row.
    /// </summary>
    private static bool Continues(IReadOnlyList<IReadOnlyList<GridCell>> grid, int r)
    {
        // A cell over the whole width heads every column (财政拨款“三公”经费 over the 三公 table's columns) when the
        // row under it names columns; over a row itself as wide, it is a form's title or line.
        static int Cells(IReadOnlyList<GridCell> row) => row.Select(cell => (cell.OriginRow, cell.OriginCol)).Distinct().Count();
        if (Cells(grid[r - 1]) == 1) return Cells(grid[r]) > 1;
        return grid[r - 1].GroupBy(cell => (cell.OriginRow, cell.OriginCol)).Any(g => g.Count() > 1) || grid[r].Any(cell => cell.OriginRow < r);
    }

    /// <summary>
    /// A row labelled in its first cell with every other cell blank is a body line whose figures are printed
    /// blank (1. 因公出国(境)费用 with nothing to spend), not a header row: a header names every column.
    /// </summary>
    private static bool IsLabelAlone(IReadOnlyList<GridCell> row) =>
        row.Count >= 2 && row[0].Text.Trim().Length > 0 && row.Skip(1).All(c => c.Text.Trim().Length == 0);

    /// <summary>
    /// A form's field row under a table's header — "部门名称 | 武汉市…局" with the value merged over every other
    /// column — starts the body: a header row's first cell (科目名称, 项目) runs down into the rows under it, a
    /// field's label stands alone.
    /// </summary>
    private static bool IsFormField(IReadOnlyList<IReadOnlyList<GridCell>> grid, int r)
    {
        var row = grid[r];
        if (row.Count < 3 || row[0].Text.Trim().Length == 0 || row[1].Text.Trim().Length == 0) return false;
        var label = (row[0].OriginRow, row[0].OriginCol);
        var value = (row[1].OriginRow, row[1].OriginCol);
        bool labelAlone = row[0].OriginRow == r && (r + 1 >= grid.Count || (grid[r + 1][0].OriginRow, grid[r + 1][0].OriginCol) != label);
        return labelAlone && value != label && row.Skip(1).All(c => (c.OriginRow, c.OriginCol) == value) && row[1].OriginRow == r;
    }

    /// <summary>A printed amount: a number with a decimal part or grouped thousands, or a lone dash.</summary>
    public static bool IsAmount(string text)
    {
        var t = text.Trim();
        if (t.Length == 0) return false;
        if (t is "-" or "—") return true;
        return PrintedNumber.Parse(t) is not null && (t.Contains('.') || t.Contains(',') || t == "0");
    }
}
