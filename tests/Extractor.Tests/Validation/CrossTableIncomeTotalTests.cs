using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>The income table's 合计 against the summary's income: the year's, or the whole with what was carried over.</summary>
public sealed class CrossTableIncomeTotalTests
{
    /// <summary>A summary printing 本年收入合计 2,210.60, 年初结转和结余 62.21 and 收入总计 2,272.81, and an income table's 合计.</summary>
    private static DocumentBuilder Summary(string incomeTableTotal) => new DocumentBuilder()
        .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "本年收入合计", Measures.Amount, "2,210.60")
        .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "年初结转和结余", Measures.Amount, "62.21")
        .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "收入总计", Measures.Amount, "2,272.81")
        .Line(TableTypes.IncomeSummary, Dimensions.Summary, null, "合计", Measures.Total, incomeTableTotal);

    private static IEnumerable<Finding> IncomeTotals(ExtractedDocument document) =>
        new CrossTableRule().Check(document).Where(f => f.Message.StartsWith("income total", StringComparison.Ordinal));

    [Fact]
    public void An_income_table_without_a_carry_over_column_totals_the_year_s_income()
    {
        // Liaoning's 收入决算表: 合计 is 本年收入合计, not 收入总计 with 年初结转和结余.
        Assert.Empty(IncomeTotals(Summary("2,210.60").Build()));

        var finding = Assert.Single(IncomeTotals(Summary("2,201.60").Build()));
        Assert.Equal(22_106_000m, finding.Expected);
    }

    [Fact]
    public void An_income_table_printing_the_carry_over_totals_the_income_with_it()
    {
        var document = Summary("2,272.81")
            .Line(TableTypes.IncomeSummary, Dimensions.Summary, null, "合计", Measures.IncomeCarryover, "62.21").Build();

        Assert.Empty(IncomeTotals(document));
    }

    [Fact]
    public void A_summary_printing_last_years_budget_first_is_read_in_the_years_column()
    {
        // Zhejiang's 部门收支总表: 项目 | 上年预算数 | 2024年预算数 on each side; the income table totals this year's.
        var document = new DocumentBuilder()
            .SummaryTable(TableTypes.IncomeExpenditureSummary, [null, "other:上年预算数", Measures.Amount, null, "other:上年预算数", Measures.Amount],
                ["本年收入合计", "13,177.20", "12,814.36", "本年支出合计", "13,177.20", "12,814.36"])
            .Line(TableTypes.IncomeSummary, Dimensions.Summary, null, "合计", Measures.Total, "12,814.36").Build();

        Assert.Empty(IncomeTotals(document));
    }

    [Theory]
    // Round DS's Jiangxi: a budget summary's 上年结转 against the income table's; a final account's carrying is not compared.
    [InlineData("451,477.32", false, false)]
    [InlineData("491,477.32", false, true)]
    [InlineData("491,477.32", true, false)]
    public void A_budget_summarys_carry_over_is_the_income_tables(string summaryCarried, bool final, bool flagged)
    {
        var builder = new DocumentBuilder()
            .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "本年收入合计", Measures.Amount, "13,161,599.61")
            .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "五、上年结转", Measures.Amount, summaryCarried)
            .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "收入总计", Measures.Amount, "13,613,076.93")
            .Line(TableTypes.IncomeSummary, Dimensions.Summary, null, "合计", Measures.Total, "13,613,076.93")
            .Line(TableTypes.IncomeSummary, Dimensions.Summary, null, "合计", Measures.IncomeCarryover, "451,477.32");
        if (final) builder.Final();

        var carried = new CrossTableRule().Check(builder.Build()).Where(f => f.Message.StartsWith("income.carryover", StringComparison.Ordinal)).ToList();

        Assert.Equal(flagged, carried.Count == 1);
        if (flagged) Assert.Equal("五、上年结转", carried[0].Refs[0].RowLabel);
    }
}
