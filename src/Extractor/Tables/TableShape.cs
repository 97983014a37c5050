namespace Extractor.Tables;

/// <summary>Shape decisions shared by both extraction methods: which rows are empty, which are the header.</summary>
public static class TableShape
{
    /// <summary>Headers deeper than this are not headers but a text grid (a form such as 绩效目标表).</summary>
    private const int MaxHeaderRows = 4;

    /// <summary>Drops rows whose every cell is empty (spacer rows, double rules).</summary>
    public static IReadOnlyList<IReadOnlyList<GridCell>> DropEmptyRows(IReadOnlyList<IReadOnlyList<GridCell>> grid) =>
        grid.Where(row => row.Any(cell => cell.Text.Length > 0)).ToList();

    /// <summary>
    /// The header is the run of rows before the first row that holds an amount. A table with no amounts at
    /// all (a form, or a table printed empty) keeps its first row as header unless every row is header-like.
    /// </summary>
    public static int HeaderRowCount(IReadOnlyList<IReadOnlyList<GridCell>> grid)
    {
        int firstData = grid.Count;
        for (int r = 0; r < grid.Count; r++)
            if (grid[r].Any(cell => IsAmount(cell.Text)))
            {
                firstData = r;
                break;
            }
        if (firstData <= MaxHeaderRows) return firstData;
        return Math.Min(1, grid.Count);
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
