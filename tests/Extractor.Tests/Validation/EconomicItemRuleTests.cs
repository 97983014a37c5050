using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

public sealed class EconomicItemRuleTests
{
    /// <summary>An economic class stated in 元 with its share of the general budget's (or another) basic expenditure.</summary>
    private static Fact Class(string code, string name, decimal value, string shareOf = FactKeys.GeneralBudgetBasic) => new()
    {
        Key = FactKeys.EconomicItem, Code = code, Name = name, Value = value, PrintedUnit = 1m, ShareOf = shareOf, SharePct = 80m, Page = 4, Quote = name,
    };

    private static DocumentBuilder BasicTable() => new DocumentBuilder("元")
        .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Economic, "301", "工资福利支出", Measures.Total, "400000.00")
        .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Economic, "302", "商品和服务支出", Measures.Total, "100000.00");

    [Fact]
    public void Flags_a_class_stated_otherwise_than_the_basic_expenditure_table_prints_it()
    {
        var document = BasicTable().Fact(Class("301", "工资福利支出", 400000.00m)).Fact(Class("302", "商品和服务支出", 110000m)).Build();

        var finding = Assert.Single(new EconomicItemRule().Check(document));

        Assert.Equal((FindingSeverity.Error, 100000.00m, 110000m, "302"), (finding.Severity, finding.Expected, finding.Actual, finding.Refs[1].Code));
    }

    [Fact]
    public void Leaves_classes_of_a_whole_that_has_no_table_of_its_own()
    {
        var document = BasicTable().Fact(Class("302", "商品和服务支出", 90000m, FactKeys.GeneralBudgetProject)).Build();

        Assert.Empty(new EconomicItemRule().Check(document));
    }
}
