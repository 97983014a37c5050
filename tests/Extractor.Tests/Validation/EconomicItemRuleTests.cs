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

    /// <summary>A class's 款 stated item by item in 万元 as printed ("167.03"), its code read from the tables' lines.</summary>
    private static Fact Item(string code, string name, string printed) => new()
    {
        Key = FactKeys.EconomicItem, Code = code, Name = name, PrintedUnit = 10000m, Page = 11, Quote = $"{name}支出{printed}万元",
        Value = decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture) * 10000m,
    };

    /// <summary>
    /// The basic-expenditure table and the operating-costs table print 30201 办公费 apart (110.00 and 167.03), 30205 水费
    /// alike (10.00).
    /// </summary>
    private static DocumentBuilder EconomicTables() => new DocumentBuilder()
        .Line(TableTypes.FiscalAppropriationBasicByEconomic, Dimensions.Economic, "30201", "办公费", Measures.Amount, "110.00")
        .Line(TableTypes.FiscalAppropriationBasicByEconomic, Dimensions.Economic, "30205", "水费", Measures.Amount, "10.00")
        .Line(TableTypes.OperatingCosts, Dimensions.Economic, "30201", "办公费", Measures.OperatingCosts, "167.03")
        .Line(TableTypes.OperatingCosts, Dimensions.Economic, "30205", "水费", Measures.OperatingCosts, "10.00");

    [Theory]
    [InlineData("30201", "110.00")]
    [InlineData("30201", "167.03")]
    [InlineData("30201", "111.00")]
    [InlineData("30205", "10.00")]
    public void Holds_an_item_stated_with_its_marks_to_the_economic_tables_only_where_they_print_it_alike(string code, string printed)
    {
        var document = EconomicTables().Fact(Item(code, "商品和服务支出（类）某费（款）", printed)).Build();

        Assert.Empty(new EconomicItemRule().Check(document));
    }

    [Fact]
    public void Flags_an_item_stated_otherwise_than_every_economic_table_prints_it()
    {
        var document = EconomicTables().Fact(Item("30205", "商品和服务支出（类）水费（款）", "10.50")).Build();

        var finding = Assert.Single(new EconomicItemRule().Check(document));

        Assert.Equal((RuleIds.NarrativeTable, 100000m, 105000m, TableTypes.FiscalAppropriationBasicByEconomic),
            (finding.Rule, finding.Expected, finding.Actual, finding.Refs[1].TableType));
    }

    [Theory]
    // Round GN's Shenzhen: 505 对事业单位经常性补助 printed 13,986.7 | 11,754.8 | 2,231.9 (合计 | 人员经费 | 公用经费), stated 19386.7.
    [InlineData("13986.70", false)]
    [InlineData("19386.70", true)]
    public void Holds_a_class_to_its_whole_line_where_its_table_prints_the_parts_beside_it(string stated, bool flagged)
    {
        var document = new DocumentBuilder()
            .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.GovEconomic, "505", "对事业单位经常性补助", Measures.Total, "13986.70")
            .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.GovEconomic, "505", "对事业单位经常性补助", Measures.BasicPersonnel, "11754.80")
            .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.GovEconomic, "505", "对事业单位经常性补助", Measures.BasicPublicFunds, "2231.90")
            .Fact(Item("505", "对事业单位经常性补助（类）", stated)).Build();

        Assert.Equal(flagged, new EconomicItemRule().Check(document).Any());
    }

    [Fact]
    public void Leaves_a_class_its_table_prints_beside_a_project_part()
    {
        // 30201 办公费 合计 200.00 | 公用经费 167.03 | 项目支出 32.97: the narrative's 167.03 is the basic part's, which the table prints apart.
        var document = new DocumentBuilder()
            .Line(TableTypes.GeneralBudgetExpenditure, Dimensions.Economic, "30201", "办公费", Measures.Total, "200.00")
            .Line(TableTypes.GeneralBudgetExpenditure, Dimensions.Economic, "30201", "办公费", Measures.BasicPublicFunds, "167.03")
            .Line(TableTypes.GeneralBudgetExpenditure, Dimensions.Economic, "30201", "办公费", Measures.ProjectTotal, "32.97")
            .Fact(Item("30201", "商品和服务支出（类）办公费（款）", "167.03")).Build();

        Assert.Empty(new EconomicItemRule().Check(document));
    }
}
