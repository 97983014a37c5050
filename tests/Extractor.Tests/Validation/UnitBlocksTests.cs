using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>A code printed once per budget unit is no department figure for the summaries' class lines or the narrative.</summary>
public sealed class UnitBlocksTests
{
    private static Fact Item(string code, decimal value) => new()
    {
        Key = FactKeys.FunctionItem, Code = code, Name = code, Value = value, PrintedUnit = 10000m, Page = 5, Quote = "…",
    };

    /// <summary>Hangzhou's consolidated budget: 208 printed for 308001 局本级 and for 308002 监测中心, no department block.</summary>
    private static DocumentBuilder PerUnit() => new DocumentBuilder()
        .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "一、社会保障和就业支出", Measures.Amount, "708.89")
        .Function("208", "社会保障和就业支出", "400.66").OfUnit("308001")
        .Function("208", "社会保障和就业支出", "308.23").OfUnit("308002")
        .Line(TableTypes.ExpenditureSummary, Dimensions.Function, "208", "社会保障和就业支出", Measures.Total, "400.66").OfUnit("308001")
        .Line(TableTypes.ExpenditureSummary, Dimensions.Function, "208", "社会保障和就业支出", Measures.Total, "308.23").OfUnit("308002");

    [Fact]
    public void Holds_no_summary_class_line_nor_item_to_one_units_line()
    {
        var document = PerUnit().Fact(Item("208", 7088900.00m)).Build();

        Assert.DoesNotContain(new CrossTableRule().Check(document), f => f.Message.StartsWith("208", StringComparison.Ordinal));
        Assert.Empty(new FunctionItemRule().Check(document));
    }

    [Fact]
    public void Knows_a_code_printed_twice_in_a_column_with_no_unit_named_as_printed_per_unit()
    {
        var units = new UnitBlocks(new DocumentBuilder()
            .Function("2080505", "机关事业单位基本养老保险缴费支出", "199.23")
            .Function("2080505", "机关事业单位基本养老保险缴费支出", "241.10")
            .Function("2080506", "机关事业单位职业年金缴费支出", "88.00")
            .Build().LineItems);

        var lines = new DocumentBuilder().Function("2080505", "…", "199.23").Function("2080506", "…", "88.00").Build().LineItems;
        Assert.True(units.PerUnnamedUnit(lines[0]));
        Assert.False(units.PerUnit(lines[1]));
    }

    [Fact]
    public void Knows_a_code_printed_twice_under_two_names_as_no_units()
    {
        // Round EO's Guangdong: 耕地建设与利用 printed 2130135, the code of 农业资源保护修复与利用 two rows above.
        var items = new DocumentBuilder()
            .Function("2130135", "农业资源保护修复与利用", "72.27")
            .Function("2130135", "耕地建设与利用", "716.38")
            .Build().LineItems;

        Assert.False(new UnitBlocks(items).PerUnit(items[1]));
    }
}
