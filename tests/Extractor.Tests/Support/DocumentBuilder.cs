using System.Globalization;
using Extractor.Model;

namespace Extractor.Tests.Support;

/// <summary>
/// Builds a small <see cref="ExtractedDocument"/> line by line, as mapping would have produced it, so a
/// rule's arithmetic is tested on a handful of figures in milliseconds rather than on a whole PDF.
/// </summary>
public sealed class DocumentBuilder
{
    private readonly List<LineItem> lines = [];
    private readonly List<Fact> facts = [];
    private readonly List<Table> tables = [];
    private readonly List<PageText> text = [];
    private readonly decimal yuanPerUnit;
    private BudgetPhase phase = BudgetPhase.Budget;

    /// <param name="unit">The unit the tables print in: 元 or 万元.</param>
    public DocumentBuilder(string unit = "万元") => yuanPerUnit = unit == "万元" ? 10000m : 1m;

    /// <summary>A line of a table: its amount as printed in the tables' unit ("2170.39").</summary>
    public DocumentBuilder Line(string tableType, string dimension, string? code, string name, string measure, string printed, int page = 10)
    {
        decimal amount = printed.Trim().Length == 0 ? 0m : decimal.Parse(printed.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture) * yuanPerUnit;
        lines.Add(new LineItem
        {
            TableId = TableId(tableType), TableType = tableType, Dimension = dimension, Code = code, Name = name,
            Measure = measure, Amount = amount, AmountPrinted = printed, Page = page, Row = lines.Count, Col = 1,
        });
        return this;
    }

    /// <summary>The line added last is a budget unit's (its block's unit code, and its name where the table prints one).</summary>
    public DocumentBuilder OfUnit(string entityCode, string? entityName = null)
    {
        lines[^1] = lines[^1] with { EntityCode = entityCode, EntityName = entityName ?? lines[^1].EntityName };
        return this;
    }

    /// <summary>A function-classification line of the general-budget function table, column <c>total</c>.</summary>
    public DocumentBuilder Function(string code, string name, string printed, string measure = Measures.Total) =>
        Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Function, code, name, measure, printed);

    /// <summary>A table the document prints, by its type, whose lines (if any) are added with <see cref="Line"/>.</summary>
    public DocumentBuilder Table(string tableType, int page = 10)
    {
        tables.Add(new Table { Id = TableId(tableType), Type = tableType, Pages = [page] });
        return this;
    }

    private static string TableId(string tableType) => $"t{TableTypes.All.ToList().IndexOf(tableType) + 1}";

    public DocumentBuilder Fact(Fact fact)
    {
        facts.Add(fact);
        return this;
    }

    /// <summary>Facts as the narrative reader read them from a statement.</summary>
    public DocumentBuilder Facts(IEnumerable<Fact> read)
    {
        facts.AddRange(read);
        return this;
    }

    /// <summary>A page of text outside the tables, line by line.</summary>
    public DocumentBuilder Page(int number, params string[] lines) => Page(new PageText(number, lines));

    /// <summary>A page as the layout read it (blank, OCR'd, with glyphs that do not render).</summary>
    public DocumentBuilder Page(PageText page)
    {
        text.Add(page);
        return this;
    }

    /// <summary>A table by its type and title on a page, with rows of printed figures ("" for a blank cell).</summary>
    public DocumentBuilder PrintedTable(string tableType, string title, int page, params string[][] rows)
    {
        tables.Add(new Table
        {
            Id = TableId(tableType), Type = tableType, Title = title, Pages = [page],
            Rows = [.. rows.Select(row => (IReadOnlyList<Cell>)[.. row.Select(c => new Cell(c, decimal.TryParse(c, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null))])],
        });
        return this;
    }

    /// <summary>
    /// A two-sided summary as printed, label and figure columns side by side, with a line item for each printed
    /// figure under its label (the nearest label to its left); <paramref name="measures"/> names each column's measure
    /// (null for a label column).
    /// </summary>
    public DocumentBuilder SummaryTable(string tableType, string?[] measures, params string[][] rows)
    {
        PrintedTable(tableType, "", 10, rows);
        tables[^1] = tables[^1] with { Columns = measures };
        for (int r = 0; r < rows.Length; r++)
            for (int c = 0; c < rows[r].Length; c++)
            {
                // A label spanning into a figure column (Jiangsu's 当年支出小计) gives no figure there.
                if (measures[c] is not { } measure || !decimal.TryParse(rows[r][c].Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var printed)) continue;
                int label = c - 1;
                while (label > 0 && measures[label] is not null) label--;
                lines.Add(new LineItem
                {
                    TableId = TableId(tableType), TableType = tableType, Dimension = Dimensions.Summary, Name = rows[r][label], Measure = measure,
                    Amount = printed * yuanPerUnit,
                    AmountPrinted = rows[r][c], Page = 10, Row = r, Col = c,
                });
            }
        return this;
    }

    public DocumentBuilder Final()
    {
        phase = BudgetPhase.FinalAccounts;
        return this;
    }

    public ExtractedDocument Build() => new()
    {
        Source = new SourceInfo("built.pdf", "", 1, null),
        FiscalYear = 2026,
        Phase = phase,
        Text = text,
        Unit = yuanPerUnit == 1m ? MoneyUnit.Yuan : MoneyUnit.WanYuan,
        Tables = tables,
        LineItems = lines,
        Facts = facts,
    };
}
