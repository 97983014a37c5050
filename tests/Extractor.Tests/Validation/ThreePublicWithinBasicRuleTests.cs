using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>The 三公 costs of basic expenditure by economic class, each within the 三公 table's part of that name.</summary>
public sealed class ThreePublicWithinBasicRuleTests
{
    private static List<Finding> Check(string reception, string inBasic) =>
    [
        .. new ThreePublicWithinBasicRule().Check(new DocumentBuilder()
            .Table(TableTypes.GeneralBudgetBasicByEconomic)
            .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Economic, "302", "商品和服务支出", Measures.Total, "120.00")
            .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Economic, "30217", "公务接待费", Measures.Total, inBasic)
            .Table(TableTypes.ThreePublicExpenses)
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "", Measures.ThreePublicReception, reception)
            .Build()),
    ];

    [Fact]
    public void Leaves_a_class_of_that_code_named_for_another_item()
    {
        // Shanghai prints 30212 as 机关事业单位退休人员活动费, no 三公 cost.
        var document = new DocumentBuilder()
            .Table(TableTypes.GeneralBudgetBasicByEconomic)
            .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Economic, "30212", "机关事业单位退休人员活动费", Measures.Total, "0.70")
            .Table(TableTypes.ThreePublicExpenses)
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "", Measures.ThreePublicOverseas, "0.00")
            .Build();

        Assert.Empty(new ThreePublicWithinBasicRule().Check(document));
    }

    [Theory]
    // Round X's Chongqing: 30217 公务接待费 6.56 in the basic table, 公务接待费 3.56 in the 三公 table.
    [InlineData("3.56", "6.56", 1)]
    // Projects spend on receptions too: the basic expenditure's share may be less, or all of it.
    [InlineData("6.56", "3.56", 0)]
    [InlineData("6.56", "6.56", 0)]
    public void Holds_the_basic_expenditures_reception_costs_within_the_three_public_part(string reception, string inBasic, int findings)
    {
        var found = Check(reception, inBasic);

        Assert.Equal(findings, found.Count);
        Assert.All(found, f => Assert.Equal((RuleIds.CrossTable, Measures.ThreePublicReception, "30217"), (f.Rule, f.Refs[0].Measure, f.Refs[1].Code)));
        Assert.All(found, f => Assert.Contains("印为3.56万元，小于其中", f.MessageZh));
    }
}
