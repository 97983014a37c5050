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
