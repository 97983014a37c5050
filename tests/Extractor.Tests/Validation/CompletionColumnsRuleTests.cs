using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary><c>sum.completion_columns</c> on built tables of a final account printing its budget, its actual figures and their ratio.</summary>
public sealed class CompletionColumnsRuleTests
{
    /// <summary>Round AF's Zhejiang: 年初预算数 | 调整预算数 | 决算数 / 合计 | 基本支出 | 项目支出 | the given ratio heading.</summary>
    private static ExtractedDocument Document(string ratioHeading, params string[][] rows)
    {
        var document = new DocumentBuilder().PrintedTable(TableTypes.GeneralBudgetExpenditureByFunction, "一般公共预算财政拨款支出决算表", 8, rows).Build();
        return document with
        {
            Tables = [document.Tables[0] with
            {
                Header = [["科目编码", "科目名称", "年初预算数", "调整预算数", "决算数", "决算数", "决算数", ratioHeading],
                          ["科目编码", "科目名称", "年初预算数", "调整预算数", "合计", "基本支出", "项目支出", ratioHeading]],
                Columns = [null, null, "budget.initial", "budget.adjusted", "actual.total", "actual.basic.total", "actual.project.total", null],
            }],
        };
    }

    private static string[] Row(string code, string initial, string adjusted, string actual, string rate) =>
        [code, "水利行业业务管理", initial, adjusted, actual, "0.00", actual, rate];

    [Fact]
    public void Flags_a_rate_that_is_not_the_actual_over_the_budget_its_heading_names()
    {
        var document = Document("决算数为调整预算数的%", Row("2130304", "344.13", "368.32", "329.54", "98.47"), Row("2130399", "135.90", "127.75", "129.46", "101.34"));

        var finding = Assert.Single(new CompletionColumnsRule().Check(document));

        Assert.Equal((RuleIds.CompletionColumns, 89.47m, 98.47m, "2130304"), (finding.Rule, finding.Expected, finding.Actual, finding.Refs[0].Code));
        Assert.Equal(FindingFigures.Rates, finding.Figures);
    }

    [Theory]
    // Round CK's Shandong: the headings as the form's header, 2,208.11 ÷ 2,239.46 = 98.60 %, printed 98.06.
    [InlineData(true)]
    // Round CK's Henan: the headings as a line of the body, under the form's 项目名称 line.
    [InlineData(false)]
    public void Flags_a_self_evaluation_forms_rate_that_is_not_its_funds_carried_out_over_its_years_budget(bool headingsAsHeader)
    {
        string[] headings = ["资金情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"];
        string[][] block =
        [
            ["资金情况（万元）", "年度资金总额", "2,223.82", "2,239.46", "2,208.11", "10", "98.06%", "9.86"],
            ["资金情况（万元）", "其中：财政拨款", "2,223.82", "2,239.46", "2,208.11", "—", "98.60%", "—"],
            ["资金情况（万元）", "其他资金", "", "", "", "—", "—", "—"],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "三级指标", "年度指标值", "实际完成值", "分值"],
            ["", "产出指标", "数量指标", "完成率", "完成率", "100", "98", "5.00%"],
        ];
        string[][] rows = headingsAsHeader ? block : [headings, .. block];
        var document = new DocumentBuilder().PrintedTable(TableTypes.OverallPerformanceTargets, "部门整体支出绩效自评表", 17, rows).Build();
        document = document with
        {
            Tables = [document.Tables[0] with
            {
                Header = headingsAsHeader ? [["部门（单位）名称", "平阴县市场监督管理局", "", "", "", "", "", ""], headings] : [["项目名称", "执法装备购置", "", "", "", "", "", ""]],
                Columns = [.. headings.Select(_ => (string?)null)],
            }],
        };

        var finding = Assert.Single(new CompletionColumnsRule().Check(document));

        Assert.Equal((98.60m, 98.06m), (finding.Expected, finding.Actual));
        Assert.Equal(("年度资金总额", "other:执行率"), (finding.Refs[0].RowLabel, finding.Refs[0].Measure));
    }

    /// <summary>Round KN's Hainan 部门整体支出绩效自评表: the fund block under its line of headings, in 万元.</summary>
    private static ExtractedDocument Form(string total, string totalRate)
    {
        string[] headings = ["年度预算资金情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"];
        string[][] rows =
        [
            ["年度预算资金情况（万元）", "年度资金总额", "5,268.12", total, "5,213.97", "10", totalRate, "9.72"],
            ["年度预算资金情况（万元）", "其中：当年财政拨款", "5,148.12", "5,110.69", "5,000.37", "—", "—", "—"],
            ["年度预算资金情况（万元）", "上年结转资金", "0.00", "176.80", "176.80", "—", "—", "—"],
            ["年度预算资金情况（万元）", "其他资金", "120.00", "78.01", "36.80", "—", "—", "—"],
            ["年度总体目标", "围绕自然资源管理职责，保障机构正常运转", "", "", "", "", "", ""],
        ];
        var document = new DocumentBuilder("万元").PrintedTable(TableTypes.OverallPerformanceTargets, "2024年度部门整体支出绩效自评表", 16, rows).Build();
        return document with
        {
            Tables = [document.Tables[0] with
            {
                Header = [["部门名称", "琼海市自然资源和规划局", "", "", "", "", "", ""], headings], Columns = [.. headings.Select(_ => (string?)null)],
            }],
        };
    }

    [Fact]
    public void Flags_a_fund_blocks_total_off_its_lines_and_not_the_rate_that_fits_them()
    {
        // 年度资金总额 全年预算数 printed 5,465.50 over lines of 5,365.50; its 执行率 97.18 % is 5,213.97 over 5,365.50.
        var finding = Assert.Single(new CompletionColumnsRule().Check(Form("5,465.50", "97.18%")));

        Assert.Equal((RuleIds.ColumnTotal, 53_655_000.00m, 54_655_000.00m), (finding.Rule, finding.Expected, finding.Actual));
        Assert.Equal(("年度资金总额", "other:全年预算数"), (finding.Refs[0].RowLabel, finding.Refs[0].Measure));
        Assert.Contains("印为5,465.50万元", finding.MessageZh);
    }

    [Fact]
    public void Reads_a_forms_year_budget_named_年度预算数_and_its_execution_named_执行数()
    {
        // Round IH's Henan: 年初预算数 | 年度预算数 | 执行数 | 执行率（%） | 得分; 236.45 ÷ 248.00 = 95.34 %, printed 93.54.
        string[] headings = ["项目资金（万元）", "", "年初预算数", "年度预算数", "执行数", "执行率（%）", "得分"];
        var document = new DocumentBuilder("万元").PrintedTable(TableTypes.ProjectPerformanceTargets, "项目支出绩效自评表", 19,
            ["", "年度资金总额", "180.00", "248.00", "236.45", "93.54", "9.53"],
            ["", "其中：当年财政拨款", "180.00", "248.00", "236.45", "—", "—"],
            ["", "上年结转资金", "", "", "", "—", "—"]).Build();
        document = document with
        {
            Tables = [document.Tables[0] with { Header = [["项目名称", "农作物重大病虫害防控项目", "", "", "", "", ""], headings], Columns = [.. headings.Select(_ => (string?)null)] }],
        };

        var finding = Assert.Single(new CompletionColumnsRule().Check(document));

        Assert.Equal((RuleIds.CompletionColumns, 95.34m, 93.54m), (finding.Rule, finding.Expected, finding.Actual));
    }

    [Theory]
    [InlineData("5,365.50", "97.18%", 0)]
    // A rate that fits neither the printed total nor its lines is flagged as well.
    [InlineData("5,465.50", "99.00%", 2)]
    public void Holds_a_fund_blocks_total_to_its_lines(string total, string rate, int findings)
    {
        Assert.Equal(findings, new CompletionColumnsRule().Check(Form(total, rate)).Count());
    }

    [Theory]
    // Of the initial budget where the heading names it: 329.54 ÷ 344.13 = 95.76 %.
    [InlineData("决算数占年初预算的比例(%)", "95.76", 0)]
    [InlineData("决算数占年初预算的比例(%)", "89.47", 1)]
    // Naming none, of the adjusted one the table prints.
    [InlineData("完成率(%)", "89.47", 0)]
    // Rounds AP, AQ and AR: 完成年初预算（%）, 完成年初预算%, 完成年初预算.
    [InlineData("完成年初预算(%)", "95.76", 0)]
    [InlineData("完成年初预算%", "89.47", 1)]
    [InlineData("完成年初预算", "95.76", 0)]
    public void Reads_the_budget_the_heading_names(string heading, string rate, int findings)
    {
        Assert.Equal(findings, new CompletionColumnsRule().Check(Document(heading, Row("2130304", "344.13", "368.32", "329.54", rate))).Count());
    }

    [Fact]
    public void Leaves_a_rate_over_no_budget_alone()
    {
        Assert.Empty(new CompletionColumnsRule().Check(Document("决算数为调整预算数的%", Row("2130305", "0.00", "-", "12.00", "100.00"))));
    }
}
