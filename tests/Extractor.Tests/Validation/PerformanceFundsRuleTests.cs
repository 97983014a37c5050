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
    // transposed (2965.5897 for 2956.5897) leaves the income block off its 合计 and off the income table's appropriation.
    [InlineData("2956.5897", 0)]
    [InlineData("2965.5897", 2)]
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

    [Fact]
    public void Flags_an_income_part_that_leaves_its_block_short_of_the_total()
    {
        var finding = Assert.Single(new PerformanceFundsRule().Check(Overview(unitFunds: "78.33").Build()));

        Assert.Equal((RuleIds.ColumnTotal, FindingSeverity.Error, 17820000m, 17910000m), (finding.Rule, finding.Severity, finding.Expected, finding.Actual));
    }

    [Fact]
    public void Flags_a_basic_expenditure_that_neither_adds_up_nor_restates_the_expenditure_table()
    {
        var findings = new PerformanceFundsRule().Check(Overview(basic: "348.47").Build()).ToList();

        Assert.Equal([RuleIds.NarrativeTable, RuleIds.ColumnTotal], findings.Select(f => f.Rule).Order());
        Assert.Contains(findings, f => f.Rule == RuleIds.NarrativeTable && f.Expected == 3844700m && f.Actual == 3484700m);
    }

    [Fact]
    public void Leaves_the_blocks_unsummed_where_a_line_is_no_part_the_form_names()
    {
        // A line of unknown meaning may be a part the sum needs, or a part of a part: no sum is claimed.
        Assert.DoesNotContain(new PerformanceFundsRule().Check(Overview(extra: "其中：上年结转").Build()), f => f.Rule == RuleIds.ColumnTotal);
    }
}
