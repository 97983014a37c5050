using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>The summary's 人员经费 / 公用经费 of basic expenditure against the basic-expenditure economic table.</summary>
public sealed class CrossTableBasicSplitTests
{
    /// <summary>sh-putuo-sifaju-2026's unit budget: the summary in whole yuan, the economic table to the fen.</summary>
    private static ExtractedDocument Unit(string personnel, string publicFunds) => new DocumentBuilder("元")
        .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "支出总计", Measures.BasicPersonnel, personnel)
        .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "支出总计", Measures.BasicPublicFunds, publicFunds)
        .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Summary, null, "合计", Measures.BasicPersonnel, "20,272,981.00")
        .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Summary, null, "合计", Measures.BasicPublicFunds, "1,845,880.34")
        .Build();

    [Fact]
    public void Flags_a_summary_that_splits_the_same_basic_expenditure_differently()
    {
        var findings = new CrossTableRule().Check(Unit("20,374,181", "1,744,680")).ToList();

        Assert.Equal([(20272981.00m, 20374181m), (1845880.34m, 1744680m)], findings.Select(f => (f.Expected!.Value, f.Actual!.Value)));
        Assert.All(findings, f => Assert.Equal((FindingSeverity.Error, TableTypes.IncomeExpenditureSummary), (f.Severity, f.Refs[0].TableType)));
    }

    [Fact]
    public void Accepts_the_same_split_printed_to_the_yuan()
    {
        Assert.Empty(new CrossTableRule().Check(Unit("20,272,981", "1,845,880")));
    }

    [Theory]
    // Anhui's final account: 公开05表's 合计 prints 人员经费 2,065.57 | 公用经费 154.74, 公开06表 (in two) 人员经费合计 2,053.57 |
    // 公用经费合计 166.74.
    [InlineData("2,053.57", "166.74", 2)]
    [InlineData("2,065.57", "154.74", 0)]
    public void Holds_the_function_tables_split_of_basic_expenditure_to_the_feet_of_the_economic_table(string personnel, string publicFunds, int findings)
    {
        var document = new DocumentBuilder()
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Summary, null, "合计", Measures.Actual + "." + Measures.BasicPersonnel, "2,065.57")
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Summary, null, "合计", Measures.Actual + "." + Measures.BasicPublicFunds, "154.74")
            .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Summary, null, "人员经费合计", Measures.Amount, personnel)
            .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Summary, null, "公用经费合计", Measures.Amount, publicFunds)
            .Build();

        var found = new CrossTableRule().Check(document).ToList();

        Assert.Equal(findings, found.Count);
        Assert.All(found, f => Assert.Equal(TableTypes.GeneralBudgetBasicByEconomic, f.Refs[0].TableType));
    }

    [Fact]
    public void Flags_the_function_tables_split_where_the_narrative_states_the_economic_tables()
    {
        var document = new DocumentBuilder()
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Summary, null, "合计", Measures.BasicPersonnel, "2,065.57")
            .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Summary, null, "人员经费合计", Measures.Amount, "2,053.57")
            .Fact(new Fact { Key = FactKeys.ExpenditurePersonnel, Value = 20535700m, PrintedUnit = 10000m, Page = 3, Quote = "人员经费2053.57万元" })
            .Build();

        var finding = Assert.Single(new CrossTableRule().Check(document));

        Assert.Equal((TableTypes.GeneralBudgetExpenditureByFunction, 20535700.00m), (finding.Refs[0].TableType, finding.Expected!.Value));
    }

    [Fact]
    public void Leaves_alone_a_summary_whose_basic_expenditure_holds_more_than_the_general_budget_table()
    {
        Assert.Empty(new CrossTableRule().Check(Unit("20,872,981", "1,845,880")));
    }
}
