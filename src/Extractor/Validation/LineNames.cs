using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>Lines that several rules look up, by their printed labels (<see cref="LineLabels"/>).</summary>
public static class LineNames
{
    /// <summary>
    /// A table's top line in a measure: its 合计 / 总计 row wherever it is printed (Shanghai prints it last), else a row
    /// named as the department (a list printing its total so: round FG's Anhui, 霍山县水利局 over its units' purchased
    /// services), else its first summary or unit row (the department's); null when the table or the figure is missing
    /// or printed blank.
    /// </summary>
    public static LineItem? TopLine(ExtractedDocument document, string tableType, string measure) =>
        TopLine(document, tableType, m => m == measure);

    /// <param name="row">Which lines may be the top one, where not all (a 三公 table's rows of another year may not).</param>
    public static LineItem? TopLine(ExtractedDocument document, string tableType, Func<string, bool> measure, Func<LineItem, bool>? row = null)
    {
        var lines = document.LineItems.Where(i => i.TableType == tableType && measure(i.Measure)
            && i.Dimension is Dimensions.Summary or Dimensions.Unit && (row is null || row(i))).ToList();
        var line = lines.Where(LineLabels.Total().Names).MinBy(i => (i.TableId, i.Row)) ?? DepartmentsLine(document, tableType, measure, row)
            ?? lines.MinBy(i => (i.TableId, i.Row));
        return line is not null && line.IsPrinted ? line : null;
    }

    /// <summary>A table's first line in a measure named as the department is (any dimension: a list's rows are its items'), or null.</summary>
    public static LineItem? DepartmentsLine(ExtractedDocument document, string tableType, Func<string, bool> measure, Func<LineItem, bool>? row = null)
    {
        if (document.Department?.Name is not { Length: > 0 } department) return null;
        string named = LineLabels.Bare(department);
        // Not a unit's row: the department's own office may bear its name in a table by unit block.
        return document.LineItems.Where(i => i.TableType == tableType && i.Dimension != Dimensions.Unit && measure(i.Measure) && LineLabels.Bare(i.Name) == named
                && (row is null || row(i)))
            .MinBy(i => (i.TableId, i.Row));
    }

    /// <summary>Whether the line's label, spaces removed (ASCII or ideographic: "合　计"), matches.</summary>
    public static bool Names(this Regex label, LineItem item) => label.IsMatch(LineLabels.Bare(item.Name));

    /// <summary>A summary's income total: 收入总计, or Jiangsu's 收入合计 where no 总计 line is printed; its first column's.</summary>
    public static LineItem? IncomeTotal(IEnumerable<LineItem> summary) =>
        FirstColumn(summary, LineLabels.IncomeTotal()) ?? FirstColumn(summary, LineLabels.IncomeSum());

    /// <summary>A summary's income of the year (本年收入合计, 当年收入小计), its first column's past any budget column.</summary>
    public static LineItem? IncomeOfYear(IEnumerable<LineItem> summary) => FirstColumn(summary, LineLabels.IncomeOfYear());

    /// <summary>A budget summary's carry-over on its income side (上年结转, 五、上年结转结余), its first column's; not a fund's part of it.</summary>
    public static LineItem? Carryover(IEnumerable<LineItem> summary) => FirstColumn(summary, LineLabels.Carryover());

    /// <summary>A summary's expenditure total: 支出总计, or Jiangsu's 支出合计; its first column's (the further columns break it down).</summary>
    public static LineItem? ExpenditureTotal(IEnumerable<LineItem> summary) =>
        FirstColumn(summary, LineLabels.ExpenditureTotal()) ?? FirstColumn(summary, LineLabels.ExpenditureSum());

    /// <summary>
    /// The labelled line's first column of the year's figures: past a final account's budget columns (年初预算数 | 决算数 on each
    /// side) and columns of no canonical measure (Zhejiang's 上年预算数 | 2024年预算数 on each side).
    /// </summary>
    private static LineItem? FirstColumn(IEnumerable<LineItem> lines, Regex label)
    {
        var named = lines.Where(label.Names).ToList();
        return named.Where(i => !Measures.IsBudgetPhase(i.Measure)).MinBy(i => (Measures.IsOther(i.Measure), i.Col)) ?? named.MinBy(i => i.Col);
    }
}
