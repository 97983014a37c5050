using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>
/// czj-2025's 三公 table prints its parts as columns of one row, only 公务接待费 and 机关运行经费 filled: a part
/// stated in the narrative is held to its blank cell as zero.
/// </summary>
public sealed class ThreePublicBlankColumnTests
{
    private static readonly string?[] Columns =
    [
        Measures.Total, Measures.ThreePublicOverseas, Measures.ThreePublicReception, Measures.ThreePublicVehicle,
        Measures.ThreePublicVehiclePurchase, Measures.ThreePublicVehicleOperation, Measures.OperatingCosts,
    ];

    private static ExtractedDocument Czj(string purchaseStated)
    {
        var table = new Table
        {
            Id = "t8", Type = TableTypes.ThreePublicExpenses, Pages = [14], Columns = Columns,
            Rows = [[new("0.95", 0.95m), new(""), new("0.95", 0.95m), new(""), new(""), new(""), new("229.43", 229.43m)]],
        };
        LineItem Printed(int col, string printed) => new()
        {
            TableId = "t8", TableType = TableTypes.ThreePublicExpenses, Dimension = Dimensions.Summary, Name = "",
            Measure = Columns[col]!, Amount = decimal.Parse(printed) * 10000m, AmountPrinted = printed, Page = 14, Row = 0, Col = col,
        };
        var purchase = new Fact
        {
            Key = FactKeys.ThreePublicVehiclePurchase, Value = decimal.Parse(purchaseStated) * 10000m, PrintedUnit = 10000m,
            Page = 22, Quote = $"公务用车购置费{purchaseStated}万元",
        };
        return new DocumentBuilder().Fact(purchase).Build() with { Tables = [table], LineItems = [Printed(0, "0.95"), Printed(2, "0.95"), Printed(6, "229.43")] };
    }

    [Fact]
    public void A_part_stated_zero_agrees_with_its_blank_column()
    {
        Assert.DoesNotContain(new NarrativeTableRule().Check(Czj("0")), f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void A_part_stated_where_its_column_is_blank_is_flagged_against_zero()
    {
        var finding = Assert.Single(new NarrativeTableRule().Check(Czj("12.50")), f => f.Severity == FindingSeverity.Error);

        Assert.Equal((0m, 125000m), (finding.Expected, finding.Actual));
        Assert.Equal((14, Measures.ThreePublicVehiclePurchase), (finding.Refs[1].Page, finding.Refs[1].Measure));
    }
}
