using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>A 三公 table printing each part as a row, last year's budget and the change in columns beside this year's.</summary>
public sealed class ThreePublicRowsTests
{
    private static ExtractedDocument Document(string stated)
    {
        string?[] columns = [null, "other:上年预算数", Measures.Amount, "other:增减"];
        var table = new Table
        {
            Id = "t7", Type = TableTypes.ThreePublicExpenses, Pages = [12], Columns = columns,
            Rows = [[new("公务接待费"), new("10.00", 10m), new("12.00", 12m), new("2.00", 2m)]],
        };
        LineItem Printed(int col, decimal amount) => new()
        {
            TableId = "t7", TableType = TableTypes.ThreePublicExpenses, Dimension = Dimensions.Summary, Name = "公务接待费",
            Measure = columns[col]!, Amount = amount * 10000m, AmountPrinted = $"{amount:0.00}", Page = 12, Row = 0, Col = col,
        };
        var reception = new Fact { Key = FactKeys.ThreePublicReception, Value = decimal.Parse(stated) * 10000m, PrintedUnit = 10000m, Page = 3, Quote = $"公务接待费{stated}万元" };
        return new DocumentBuilder().Fact(reception).Build() with { Tables = [table], LineItems = [Printed(1, 10m), Printed(2, 12m), Printed(3, 2m)] };
    }

    [Fact]
    public void A_part_agrees_with_this_years_column_not_last_years_to_its_left()
    {
        Assert.DoesNotContain(new NarrativeTableRule().Check(Document("12.00")), f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void A_part_that_differs_from_this_years_column_is_flagged_against_it()
    {
        var finding = Assert.Single(new NarrativeTableRule().Check(Document("10.00")), f => f.Severity == FindingSeverity.Error);

        Assert.Equal((120000m, 100000m), (finding.Expected, finding.Actual));
    }

    /// <summary>A 三公 table printing each year's budget as a row (Heilongjiang): 2023年预算数 over 2024年预算数.</summary>
    private static ExtractedDocument YearRows(string stated)
    {
        string?[] columns = [null, Measures.Total, Measures.ThreePublicReception];
        LineItem Printed(int row, string label, int col, decimal amount) => new()
        {
            TableId = "t7", TableType = TableTypes.ThreePublicExpenses, Dimension = Dimensions.Summary, Name = label,
            Measure = columns[col]!, Amount = amount * 10000m, AmountPrinted = $"{amount:0.00}", Page = 12, Row = row, Col = col,
        };
        var table = new Table
        {
            Id = "t7", Type = TableTypes.ThreePublicExpenses, Pages = [12], Columns = columns,
            Rows = [[new("2023年预算数"), new("4.08", 4.08m), new("4.08", 4.08m)], [new("2024年预算数"), new("4.48", 4.48m), new("4.48", 4.48m)]],
        };
        var reception = new Fact { Key = FactKeys.ThreePublicReception, Value = decimal.Parse(stated) * 10000m, PrintedUnit = 10000m, Page = 3, Quote = $"公务接待费{stated}万元" };
        return new DocumentBuilder().Fact(reception).Build() with
        {
            FiscalYear = 2024, Tables = [table],
            LineItems = [Printed(0, "2023年预算数", 1, 4.08m), Printed(0, "2023年预算数", 2, 4.08m), Printed(1, "2024年预算数", 1, 4.48m), Printed(1, "2024年预算数", 2, 4.48m)],
        };
    }

    [Theory]
    [InlineData("4.48", false)]
    [InlineData("4.08", true)]
    public void A_part_is_read_in_the_row_of_the_document_s_year(string stated, bool flagged)
    {
        var errors = new NarrativeTableRule().Check(YearRows(stated)).Where(f => f.Severity == FindingSeverity.Error).ToList();

        Assert.Equal(flagged, errors.Count == 1);
        if (flagged) Assert.Equal(44800m, errors[0].Expected);
    }
}
