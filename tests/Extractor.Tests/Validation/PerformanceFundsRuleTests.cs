using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>The fund overview (部门总体资金情况) of the department's overall performance form, on built figures.</summary>
public sealed class PerformanceFundsRuleTests
{
    private static DocumentBuilder Overview(string unitFunds = "87.33", string basic = "384.47", string extra = "")
    {
        var built = new DocumentBuilder()
            .Line(TableTypes.ExpenditureSummary, Dimensions.Summary, null, "合计", Measures.Total, "1791.00")
            .Line(TableTypes.ExpenditureSummary, Dimensions.Summary, null, "合计", Measures.BasicTotal, "384.47")
            .Line(TableTypes.ExpenditureSummary, Dimensions.Summary, null, "合计", Measures.ProjectTotal, "1406.53")
            .Line(TableTypes.OverallPerformanceTargets, Dimensions.Summary, null, "财政拨款", Measures.Amount, "1703.67")
            .Line(TableTypes.OverallPerformanceTargets, Dimensions.Summary, null, "财政专户管理资金", Measures.Amount, "0")
            .Line(TableTypes.OverallPerformanceTargets, Dimensions.Summary, null, "单位资金", Measures.Amount, unitFunds);
        if (extra.Length > 0) built.Line(TableTypes.OverallPerformanceTargets, Dimensions.Summary, null, extra, Measures.Amount, "10.00");
        return built
            .Line(TableTypes.OverallPerformanceTargets, Dimensions.Summary, null, "合计", Measures.Amount, "1791.00")
            .Line(TableTypes.OverallPerformanceTargets, Dimensions.Summary, null, "人员类及运转类(基本支出)", Measures.Amount, basic)
            .Line(TableTypes.OverallPerformanceTargets, Dimensions.Summary, null, "项目支出", Measures.Amount, "1406.53")
            .Line(TableTypes.OverallPerformanceTargets, Dimensions.Summary, null, "合计", Measures.Amount, "1791.00");
    }

    [Fact]
    public void Holds_an_overview_whose_blocks_add_up_and_restate_the_expenditure_table()
    {
        Assert.Empty(new PerformanceFundsRule().Check(Overview().Build()));
    }

    [Theory]
    // Round DP's Zhejiang: 收入 | 金额 | 支出 | 金额 side by side, 合计 first on both sides, 基本支出（人员类及运转类）. The 财政拨款
    // transposed (2965.5897 for 2956.5897) leaves the income block off its 合计 and off the income table's appropriation: the second
    // names it.
    [InlineData("2956.5897", 0)]
    [InlineData("2965.5897", 1)]
    public void Reads_an_overview_printed_side_by_side(string fiscal, int flagged)
    {
        var document = new DocumentBuilder()
            .Line(TableTypes.IncomeSummary, Dimensions.Summary, null, "合计", Measures.Total, "2973.5727")
            .Line(TableTypes.IncomeSummary, Dimensions.Summary, null, "合计", Measures.IncomeFiscalAppropriation, "2956.5897")
            .Line(TableTypes.ExpenditureSummary, Dimensions.Summary, null, "合计", Measures.Total, "2973.5727")
            .SummaryTable(TableTypes.OverallPerformanceTargets, [null, null, Measures.Amount, null, Measures.Amount],
                ["部门总体资金情况（万元）", "合计", "2973.5727", "合计", "2973.5727"],
                ["部门总体资金情况（万元）", "财政拨款", fiscal, "基本支出（人员类及运转类）", "773.5117"],
                ["部门总体资金情况（万元）", "财政专户管理资金", "0.0000", "项目支出", "2200.0610"],
                ["部门总体资金情况（万元）", "单位资金", "16.9830", "", ""])
            .Build();

        var findings = new PerformanceFundsRule().Check(document).ToList();

        Assert.Equal(flagged, findings.Count);
        Assert.All(findings, f => Assert.Contains(f.Refs, r => r.RowLabel == "财政拨款"));
    }

    [Theory]
    // Round JU's Shandong: the overall form's 年度资金总额 8681.47 over 其中：财政拨款 8558.47 and 其他资金 printed 133.00. The income
    // table's total and appropriations confirming the total and 财政拨款, 其他资金 is the misprint; the total unconfirmed, the sum stays.
    [InlineData("8681.47", "其他资金", 1_230_000.00, 1_330_000.00)]
    [InlineData("8691.47", "年度资金总额", 86_914_700.00, 86_814_700.00)]
    public void Flags_the_one_part_of_the_years_funds_the_tables_do_not_confirm(string tableTotal, string flagged, double expected, double actual)
    {
        var document = new DocumentBuilder()
            .Line(TableTypes.IncomeSummary, Dimensions.Summary, null, "合计", Measures.Total, tableTotal)
            .Line(TableTypes.IncomeSummary, Dimensions.Summary, null, "合计", Measures.IncomeGeneralBudget, "7308.47")
            .Line(TableTypes.IncomeSummary, Dimensions.Summary, null, "合计", Measures.IncomeGovernmentFund, "1250.00")
            .Line(TableTypes.OverallPerformanceTargets, Dimensions.Summary, null, "年度资金总额", Measures.Amount, "8681.47")
            .Line(TableTypes.OverallPerformanceTargets, Dimensions.Summary, null, "其中：财政拨款", Measures.Amount, "8558.47")
            .Line(TableTypes.OverallPerformanceTargets, Dimensions.Summary, null, "其他资金", Measures.Amount, "133.00")
            .Build();

        var sum = Assert.Single(new PerformanceFundsRule().Check(document), f => f.Rule == RuleIds.ColumnTotal);

        Assert.Equal((flagged, (decimal)expected, (decimal)actual), (sum.Refs[0].RowLabel, sum.Expected!.Value, sum.Actual!.Value));
    }

    [Fact]
    public void Holds_the_block_of_all_the_forms_funds_where_it_prints_no_years_block()
    {
        // Round KI's Guangxi: 资金总额 printed 82,764,810 over 其中：财政拨款 81,552,310 and 其他资金 212,500, the income table's total 81,764,810.
        var document = new DocumentBuilder("元")
            .Line(TableTypes.IncomeSummary, Dimensions.Summary, null, "合计", Measures.Total, "81764810")
            .Line(TableTypes.IncomeSummary, Dimensions.Summary, null, "合计", Measures.IncomeGeneralBudget, "81552310")
            .Line(TableTypes.OverallPerformanceTargets, Dimensions.Summary, null, "资金总额", Measures.Amount, "82764810")
            .Line(TableTypes.OverallPerformanceTargets, Dimensions.Summary, null, "其中：财政拨款", Measures.Amount, "81552310")
            .Line(TableTypes.OverallPerformanceTargets, Dimensions.Summary, null, "其他资金", Measures.Amount, "212500")
            .Build();

        var findings = new PerformanceFundsRule().Check(document).ToList();

        Assert.Equal([(RuleIds.ColumnTotal, 81_764_810m), (RuleIds.NarrativeTable, 81_764_810m)],
            findings.Select(f => { Assert.Equal(("资金总额", 82_764_810m), (f.Refs[0].RowLabel, f.Actual!.Value)); return (f.Rule, f.Expected!.Value); }));
    }

    [Fact]
    public void Leaves_a_blocks_sum_to_the_part_its_table_shows_misprinted()
    {
        // Round KD's Zhejiang: 特定目标类（项目支出） printed 1,186.10 where the expenditure table prints 1,193.10, the block's 合计 6,433.30 right:
        // the part's own finding names it, the sum's would name the 合计.
        var document = new DocumentBuilder()
            .Line(TableTypes.ExpenditureSummary, Dimensions.Summary, null, "合计", Measures.Total, "6433.30")
            .Line(TableTypes.ExpenditureSummary, Dimensions.Summary, null, "合计", Measures.ProjectTotal, "1193.10")
            .Line(TableTypes.OverallPerformanceTargets, Dimensions.Summary, null, "财政拨款", Measures.Amount, "6226.70")
            .Line(TableTypes.OverallPerformanceTargets, Dimensions.Summary, null, "单位资金", Measures.Amount, "206.60")
            .Line(TableTypes.OverallPerformanceTargets, Dimensions.Summary, null, "合计", Measures.Amount, "6433.30")
            .Line(TableTypes.OverallPerformanceTargets, Dimensions.Summary, null, "人员类及运转类（基本支出）", Measures.Amount, "5240.20")
            .Line(TableTypes.OverallPerformanceTargets, Dimensions.Summary, null, "特定目标类（项目支出）", Measures.Amount, "1186.10")
            .Line(TableTypes.OverallPerformanceTargets, Dimensions.Summary, null, "合计", Measures.Amount, "6433.30")
            .Build();

        var finding = Assert.Single(new PerformanceFundsRule().Check(document));

        Assert.Equal((RuleIds.NarrativeTable, "特定目标类（项目支出）"), (finding.Rule, finding.Refs[0].RowLabel));
    }

    [Fact]
    public void Flags_an_income_part_that_leaves_its_block_short_of_the_total()
    {
        var finding = Assert.Single(new PerformanceFundsRule().Check(Overview(unitFunds: "78.33").Build()));

        Assert.Equal((RuleIds.ColumnTotal, FindingSeverity.Error, 17820000m, 17910000m), (finding.Rule, finding.Severity, finding.Expected, finding.Actual));
    }

    [Fact]
    public void Flags_a_basic_expenditure_off_the_expenditure_table_not_the_total_it_leaves_short()
    {
        // The block's 合计 off its parts by what 基本支出 is off the expenditure table: the part's own finding names it.
        var finding = Assert.Single(new PerformanceFundsRule().Check(Overview(basic: "348.47").Build()));

        Assert.Equal((RuleIds.NarrativeTable, 3844700m, 3484700m), (finding.Rule, finding.Expected, finding.Actual));
    }

    [Fact]
    public void Leaves_the_blocks_unsummed_where_a_line_is_no_part_the_form_names()
    {
        // A line of unknown meaning may be a part the sum needs, or a part of a part: no sum is claimed.
        Assert.DoesNotContain(new PerformanceFundsRule().Check(Overview(extra: "其中：上年结转").Build()), f => f.Rule == RuleIds.ColumnTotal);
    }
}
