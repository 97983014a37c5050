using Extractor.Layout;
using Extractor.Model;
using Extractor.Tables;
using Extractor.Wording;

namespace Extractor.Mapping;

/// <summary>
/// The figures of a budget table's cells: which columns hold amounts (not codes), and whether a blank amount
/// is a zero. This is budget meaning, so it is read here rather than by the table engine, which reads any
/// document's tables; it reads the grid as found (<see cref="StitchedTable"/>), its cells' text as printed,
/// line breaks and all, and the merged cells each grid position belongs to.
/// </summary>
public static class AmountCells
{
    /// <param name="table">The canonical table made of <paramref name="found"/> (<see cref="CanonicalTables.From"/>).</param>
    /// <param name="found">The table as the detector found it.</param>
    public static Table Read(Table table, StitchedTable found)
    {
        var amountColumns = AmountColumns(found);
        var blankIsZero = PrintsZeroAsBlank(found, amountColumns);
        int unitColumn = UnitColumn(found);
        var rows = found.Grid.Skip(found.HeaderRows).Select((row, r) => (IReadOnlyList<Cell>)row.Select((cell, c) =>
                table.Rows[r][c] with
                {
                    Value = MergedFromLeft(row, c) || Counted(row, unitColumn) ? null
                        : Value(cell.Text, amountColumns[c], blankIsZero && IsLabelled(row, c, amountColumns)),
                })
            .ToList()).ToList();
        return table with { Rows = rows };
    }

    /// <summary>
    /// The column naming each row's unit (<see cref="ColumnHeaders.UnitOfMeasure"/>) in a table whose one column holds counts and
    /// amounts alike (<see cref="ColumnHeaders.CountsOrAmounts"/>), or -1.
    /// </summary>
    private static int UnitColumn(StitchedTable table)
    {
        var headings = table.Grid.Take(table.HeaderRows).SelectMany(row => row.Select((cell, c) => (Text: LineLabels.Bare(cell.Text), c))).ToList();
        return headings.Any(h => ColumnHeaders.CountsOrAmounts().IsMatch(h.Text))
            ? headings.Where(h => ColumnHeaders.UnitOfMeasure().IsMatch(h.Text)).Select(h => h.c).DefaultIfEmpty(-1).First()
            : -1;
    }

    /// <summary>Whether the row's unit names no money (辆, 台（套）, 平方米): its figures are counts, no amounts.</summary>
    private static bool Counted(IReadOnlyList<GridCell> row, int unitColumn) =>
        unitColumn >= 0 && LineLabels.Bare(row[unitColumn].Text) is { Length: > 0 } unit && !ColumnHeaders.MoneyUnit().IsMatch(unit);

    /// <summary>
    /// Whether the cell continues one merged from the column to its left: a merged cell prints one figure,
    /// which is the first column's (a form's 联系电话 merged over three year columns is not three amounts).
    /// </summary>
    private static bool MergedFromLeft(IReadOnlyList<GridCell> row, int column) =>
        column > 0 && (row[column].OriginRow, row[column].OriginCol) == (row[column - 1].OriginRow, row[column - 1].OriginCol);

    /// <summary>
    /// Whether an amount's row is labelled: a label column of the group left of it is filled. (A two-sided
    /// summary table runs one side longer than the other; the shorter side's blank rows are not zeros.)
    /// </summary>
    private static bool IsLabelled(IReadOnlyList<GridCell> row, int column, bool[] amountColumns)
    {
        int c = column - 1;
        while (c >= 0 && amountColumns[c]) c--;
        if (c < 0) return true;
        // The run of label columns the amount belongs to: a unit's row fills its code, not the 承接主体 beside it.
        for (; c >= 0 && !amountColumns[c]; c--)
            if (row[c].Text.Trim().Length > 0) return true;
        return false;
    }

    private static decimal? Value(string text, bool amountColumn, bool blankIsZero) =>
        !amountColumn ? null
        : text.Trim().Length == 0 ? (blankIsZero ? 0m : null)
        : PrintedNumber.Parse(text);

    /// <summary>
    /// Columns of amounts: most filled body cells read as numbers, or the header names money and some do;
    /// and the column is not one of rates, nor of codes (digit strings such as 2010301 or 346, under a 编码/代码 header or
    /// left of the row labels, when there are row labels).
    /// </summary>
    private static bool[] AmountColumns(StitchedTable table)
    {
        int columns = table.Grid.Count == 0 ? 0 : table.Grid[0].Count;
        var body = table.Grid.Skip(table.HeaderRows).ToList();
        int firstLabelColumn = Enumerable.Range(0, columns)
            .FirstOrDefault(c => body.Count(r => r[c].Text.Any(CjkText.IsCjk)) > body.Count / 2, columns);
        var result = new bool[columns];
        // The row numbering the columns (栏次 | 1 | 2 | …) is no part of a heading: 决算数为年初预算数的% over 5 closes with %.
        var headings = table.Grid.Take(table.HeaderRows).Where(r => !ColumnHeaders.IsColumnNumbering(r.Select(cell => cell.Text))).ToList();
        for (int c = 0; c < columns; c++)
        {
            var filled = body.Select(r => r[c].Text.Trim()).Where(t => t.Length > 0).ToList();
            if (filled.Count == 0) continue; // decided below, from its neighbours
            var numeric = filled.Where(t => PrintedNumber.Parse(t) is not null).ToList();
            int numbers = numeric.Count;
            var heading = string.Concat(headings.Select(r => r[c].Text));
            // Codes: every number in the column a bare digit string (a note or 合计 row may print words there), or parts of
            // one apart (201 38: 类 and 款 in one column).
            bool codes = numeric.All(t => t.Replace(" ", "").All(char.IsAsciiDigit))
                && ((c < firstLabelColumn && firstLabelColumn < columns) || ColumnHeaders.NamesCodes(heading));
            // A form mixes blocks: the 金额 column of a 绩效目标表 holds a few sums above pages of targets.
            bool moneyHeading = ColumnHeaders.Money().IsMatch(heading) && numbers > 0;
            // A rate's column (增减率（%）) prints numbers that are no amounts: no row or column sums them.
            bool rates = ColumnHeaders.Rate().IsMatch(heading);
            result[c] = (numbers >= 0.6 * filled.Count || moneyHeading) && !codes && !rates;
        }
        // A column printed all blank right of the amounts is an amount column with nothing in it.
        int firstAmount = Array.IndexOf(result, true);
        for (int c = firstAmount + 1; firstAmount >= 0 && c < columns; c++)
            if (body.All(r => r[c].Text.Trim().Length == 0)) result[c] = true;
        return result;
    }

    /// <summary>
    /// Whether the table prints zero as a blank: none of its amount cells prints a zero (0, 0.00, -). Then
    /// a blank amount is a zero; in a table that prints its zeros, a blank is "not applicable".
    /// </summary>
    private static bool PrintsZeroAsBlank(StitchedTable table, bool[] amountColumns) =>
        !table.Grid.Skip(table.HeaderRows).Any(row => row.Where((_, c) => amountColumns[c])
            .Any(cell => cell.Text.Trim().Length > 0 && PrintedNumber.Parse(cell.Text) == 0m));
}
