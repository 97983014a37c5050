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
}
