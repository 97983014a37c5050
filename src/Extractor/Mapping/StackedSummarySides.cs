using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Mapping;

/// <summary>
/// A two-sided summary (收支总表) printed as two tables one above the other: the income side under the title, headed
/// 收入 over every column, and right under it (or at the head of the next page) the expenditure side, untitled, headed
/// 支出 (rounds AC's Jiangxi and AD's Shandong). The two are joined side by side, as the standard template prints them,
/// so that the summary is typed, mapped and balanced as one table; the tables after it are numbered again.
/// </summary>
internal static class StackedSummarySides
{
    public static IReadOnlyList<Table> Joined(IReadOnlyList<Table> tables)
    {
        var joined = new List<Table>(tables.Count);
        for (int i = 0; i < tables.Count; i++)
        {
            if (i + 1 < tables.Count && AreSides(tables[i], tables[i + 1]))
            {
                joined.Add(SideBySide(tables[i], tables[i + 1]));
                i++;
            }
            else joined.Add(tables[i]);
        }
        return joined.Count == tables.Count ? tables : [.. joined.Select((t, n) => t with { Id = Table.IdAt(n) })];
    }

    private static bool AreSides(Table income, Table expenditure) =>
        expenditure.Title.Trim().Length == 0 && expenditure.PrintedIn == income.PrintedIn
        // The lower half prints no caption of its own, as a rule; one naming another unit is another table.
        && (expenditure.Unit is null || income.Unit is null || expenditure.Unit == income.Unit)
        && income.Header.Count > 0 && income.Header.Count == expenditure.Header.Count
        && income.Columns.Count == income.Header[0].Count && expenditure.Columns.Count == expenditure.Header[0].Count
        && ColumnHeaders.HeadsSide(income.Header[0], income: true) && ColumnHeaders.HeadsSide(expenditure.Header[0], income: false)
        && expenditure.Pages.Count > 0 && income.Pages.Count > 0 && expenditure.Pages[0] - income.Pages[^1] is 0 or 1;

    /// <summary>The income side's columns, then the expenditure side's; the shorter side's rows run out in blank cells.</summary>
    private static Table SideBySide(Table income, Table expenditure)
    {
        int incomeColumns = income.Header[0].Count, expenditureColumns = expenditure.Header[0].Count;
        IReadOnlyList<Cell> Row(IReadOnlyList<IReadOnlyList<Cell>> rows, int r, int columns) =>
            r < rows.Count ? [.. rows[r], .. Enumerable.Repeat(new Cell(""), Math.Max(0, columns - rows[r].Count))] : [.. Enumerable.Repeat(new Cell(""), columns)];
        int rowCount = Math.Max(income.Rows.Count, expenditure.Rows.Count);
        return income with
        {
            Pages = [.. income.Pages.Union(expenditure.Pages).Order()],
            Header = [.. income.Header.Zip(expenditure.Header, (left, right) => (IReadOnlyList<string>)[.. left, .. right])],
            Rows = [.. Enumerable.Range(0, rowCount).Select(r => (IReadOnlyList<Cell>)[.. Row(income.Rows, r, incomeColumns), .. Row(expenditure.Rows, r, expenditureColumns)])],
            Columns = [.. income.Columns, .. expenditure.Columns],
            Spans = [.. income.Spans, .. expenditure.Spans.Select(s => s with { Col = s.Col + incomeColumns })],
            Unit = income.Unit ?? expenditure.Unit,
        };
    }
}
