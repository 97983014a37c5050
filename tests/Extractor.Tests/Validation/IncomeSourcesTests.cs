using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>The national budget template's 收入总表, its sources named by fund, against the narrative's income by source.</summary>
public sealed class IncomeSourcesTests
{
    private static ExtractedDocument Document(decimal statedGeneralBudget, decimal printedTotal = 100m)
    {
        string?[] columns = [null, Measures.Total, Measures.IncomeGeneralBudget, Measures.IncomeGovernmentFund];
        var table = new Table
        {
            Id = "t2", Type = TableTypes.IncomeSummary, Pages = [9], Columns = columns,
            Rows = [[new("合计"), new($"{printedTotal:0.00}", printedTotal), new("90.00", 90m), new("10.00", 10m)]],
        };
        LineItem Printed(int col, decimal amount) => new()
        {
            TableId = "t2", TableType = TableTypes.IncomeSummary, Dimension = Dimensions.Summary, Name = "合计",
            Measure = columns[col]!, Amount = amount * 10000m, AmountPrinted = $"{amount:0.00}", Page = 9, Row = 0, Col = col,
        };
        var stated = new Fact
        {
            Key = FactKeys.IncomeGeneralBudget, Value = statedGeneralBudget * 10000m, PrintedUnit = 10000m, Page = 2,
            Quote = $"一般公共预算拨款收入{statedGeneralBudget:0.00}万元",
        };
        return new DocumentBuilder().Fact(stated).Build() with { Tables = [table], LineItems = [Printed(1, printedTotal), Printed(2, 90m), Printed(3, 10m)] };
    }

    [Fact]
    public void The_narratives_general_budget_income_is_held_to_the_income_tables_column()
    {
        Assert.DoesNotContain(new NarrativeTableRule().Check(Document(90m)), f => f.Severity == FindingSeverity.Error);
        var finding = Assert.Single(new NarrativeTableRule().Check(Document(95m)), f => f.Severity == FindingSeverity.Error);
        Assert.Equal((900000m, 950000m), (finding.Expected, finding.Actual));
    }

    [Fact]
    public void The_funds_columns_add_up_to_the_income_tables_total()
    {
        Assert.Empty(new RowComponentsRule().Check(Document(90m)));
        Assert.Single(new RowComponentsRule().Check(Document(90m, printedTotal: 101m)));
    }

    [Theory]
    // 合计 2,027.64 = 上年结转 86.75 + the year's 1,940.89 (1,940.88 as its own unrounded figures give): either holds.
    [InlineData("本年收入合计1940.88万元", 19408800, false)]
    [InlineData("本年收入合计1940.89万元", 19408900, false)]
    [InlineData("本年收入合计1950.89万元", 19508900, true)]
    // The budget's total income holds the carry-over.
    [InlineData("收入预算总计2027.64万元", 20276400, false)]
    public void A_budgets_income_of_the_year_is_the_income_summarys_total_less_its_carryover(string quote, int yuan, bool flagged)
    {
        var built = new DocumentBuilder()
            .Line(TableTypes.IncomeSummary, Dimensions.Summary, null, "合计", Measures.Total, "2027.64")
            .Line(TableTypes.IncomeSummary, Dimensions.Summary, null, "合计", Measures.IncomeCarryover, "86.75")
            .Fact(new Fact { Key = FactKeys.IncomeTotal, Value = yuan + 0.00m, PrintedUnit = 10000m, Page = 4, Quote = quote })
            .Build();
        var document = built with { LineItems = [.. built.LineItems.Select((i, k) => i with { Row = 0, Col = 2 + k })] };

        var errors = new NarrativeTableRule().Check(document).Where(f => f.Severity == FindingSeverity.Error).ToList();

        Assert.Equal(flagged, errors.Count == 1);
    }
}
