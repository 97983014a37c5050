using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// The line items the column sums read (hierarchies, totals, procurement): a blank cell of a row that prints
/// other amounts reads as zero, and a row printed entirely blank is left out. A blank yields no line item
/// (the schema), but in a filled row it can only mean nothing: dxh prints a unit's 其他资金 blank above
/// projects whose 其他资金 add up to 964.50 万元, and a 款 with 36,000 of 资本性支出 above its only 项, blank
/// there. A breakdown printed entirely blank is not filled: its rows drop out, and the sum is not checked.
/// A column blank from top to bottom stays out, and so do the labelled lines of summary tables, whose two
/// sides run unevenly.
/// </summary>
public static class BlankCells
{
    private static readonly HashSet<string> ClassifiedRows =
    [
        Dimensions.Function, Dimensions.Economic, Dimensions.GovEconomic, Dimensions.Unit,
        Dimensions.Project, Dimensions.ProcurementItem, Dimensions.PurchasedService,
    ];

    public static IReadOnlyList<LineItem> AsZeros(ExtractedDocument document)
    {
        var tables = document.Tables.ToDictionary(t => t.Id);
        var items = new List<LineItem>();
        foreach (var ofTable in document.LineItems.GroupBy(i => i.TableId))
        {
            // A column printed in its total row alone is a breakdown left blank too (a procurement table's 面向中小企业预留
            // printed for 合计 only, round AG's Liaoning).
            var filledColumns = ofTable.Where(i => i.IsPrinted && ClassifiedRows.Contains(i.Dimension)).Select(i => i.Col).Distinct().ToList();
            foreach (var row in ofTable.GroupBy(i => i.Row))
            {
                if (!row.All(i => ClassifiedRows.Contains(i.Dimension)) || !tables.TryGetValue(ofTable.Key, out var table))
                {
                    items.AddRange(row);
                    continue;
                }
                if (!row.Any(i => i.IsPrinted)) continue;
                items.AddRange(row.Where(i => i.IsPrinted || filledColumns.Contains(i.Col)));
                var cells = table.Rows[row.Key];
                foreach (var col in filledColumns.Where(c => c < cells.Count && row.All(i => i.Col != c)))
                {
                    if (cells[col].Text.Trim().Length > 0 || table.Columns[col] is not { } measure) continue;
                    // The row's label, code and unit, from its nearest amount with no label column between: a table
                    // printing two lists side by side (人员经费 | 公用经费) holds two rows in one.
                    var beside = row.Where(i => SameList(table, i.Col, col)).MinBy(i => Math.Abs(i.Col - col));
                    if (beside is null) continue;
                    items.Add(beside with { Measure = measure, Amount = 0m, AmountPrinted = "", Col = col, Page = cells[col].Bbox?.Page ?? beside.Page });
                }
            }
        }
        return items;
    }

    private static bool SameList(Table table, int a, int b) =>
        Enumerable.Range(Math.Min(a, b) + 1, Math.Max(0, Math.Abs(a - b) - 1)).All(c => table.Columns[c] is not null);
}
