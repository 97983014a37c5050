using System.Globalization;
using Extractor.Mapping;
using Extractor.Model;

namespace Extractor.Tests.Mapping;

public sealed class PerformanceFormReaderTests
{
    private static Cell C(string text) =>
        new(text, decimal.TryParse(text.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null, new CellBox(31, 0, 0, 1, 1));

    /// <summary>
    /// Shanghai's 财政项目支出绩效目标填报表 as the lattice reads it: the project name in the header, the fund block in
    /// four rows of label | figure | label | figure, 其中：财政资金 merged over two rows, 其他资金 printed under both totals.
    /// </summary>
    private static Table ShanghaiForm(string appropriation) => new()
    {
        Id = "t10",
        Type = TableTypes.ProjectPerformanceTargets,
        Pages = [31],
        Header =
        [
            ["项目名称", "项目名称", "公共服务设施运行经费", "公共服务设施运行经费", "项目性质", "经常性项目"],
        ],
        Rows =
        [
            [C("项目资金（元）"), C("项目资金总额"), C("10,903,043.00"), C("年度资金申请总额"), C("年度资金申请总额"), C("10,903,043.00")],
            [C("项目资金（元）"), C("其中：财政资金"), C("10,903,043.00"), C("其中：当年财政拨款"), C("其中：当年财政拨款"), C(appropriation)],
            [C("项目资金（元）"), C("其中：财政资金"), C("10,903,043.00"), C("上年结转资金"), C("上年结转资金"), C("0.00")],
            [C("项目资金（元）"), C("其他资金"), C("0.00"), C("其他资金"), C("其他资金"), C("0.00")],
        ],
        Spans =
        [
            new CellSpan(0, 0, 1, 2), new CellSpan(0, 2, 1, 2),
            new CellSpan(1, 0, 4, 1), new CellSpan(1, 3, 1, 2), new CellSpan(2, 1, 2, 1), new CellSpan(2, 2, 2, 1),
            new CellSpan(2, 3, 1, 2), new CellSpan(3, 3, 1, 2), new CellSpan(4, 3, 1, 2),
        ],
    };

    [Fact]
    public void Reads_each_figure_of_a_fund_block_once_under_its_label_and_side()
    {
        var items = PerformanceFormReader.Read(ShanghaiForm("11,419,043.00"), defaultFactor: 10000m).ToList();

        Assert.Equal(
            [
                (Measures.ProjectFundsTotal, 10903043m, 0, 2), (Measures.ProjectFundsAnnual, 10903043m, 0, 5),
                (Measures.ProjectFundsFiscal, 10903043m, 1, 2), (Measures.ProjectFundsAnnualAppropriation, 11419043m, 1, 5),
                (Measures.ProjectFundsAnnualCarryover, 0m, 2, 5),
                (Measures.ProjectFundsOther, 0m, 3, 2), (Measures.ProjectFundsAnnualOther, 0m, 3, 5),
            ],
            items.Select(i => (i.Measure, i.Amount, i.Row, i.Col)));
        // In 元 as the block says, not in the document's 万元; every figure the project's.
        Assert.All(items, i => Assert.Equal(("公共服务设施运行经费", Dimensions.Project, 31), (i.Name, i.Dimension, i.Page)));
    }

    [Fact]
    public void Reads_each_rows_funds_of_a_list_of_projects_as_its_projects_total()
    {
        // Round GG's Sichuan: 项目名称 | 预算单位 | 项目资金 | 年度目标, a project a row.
        var table = new Table
        {
            Id = "t12", Type = TableTypes.ProjectPerformanceTargets, Pages = [18],
            Header = [["项目名称", "预算单位", "项目资金", "年度目标"]],
            Rows =
            [
                [C("城乡社区治理示范建设"), C("成都市新都区民政局（本级）"), C("135.00"), C("建设城乡社区治理示范点10个。")],
                [C("临时救助资金"), C("成都市新都区民政局（本级）"), C("162.00"), C("及时给予临时救助。")],
            ],
        };

        var items = PerformanceFormReader.Read(table, defaultFactor: 10000m).ToList();

        Assert.Equal([("城乡社区治理示范建设", 1350000m), ("临时救助资金", 1620000m)], items.Select(i => (i.Name, i.Amount)));
        Assert.All(items, i => Assert.Equal((Measures.ProjectFundsTotal, Dimensions.Project), (i.Measure, i.Dimension)));
        // The unit its header prints, not the document's.
        var inYuan = PerformanceFormReader.Read(table with { Header = [["项目名称", "预算单位", "预算金额（元）", "年度目标"]] }, defaultFactor: 10000m);
        Assert.Equal([135m, 162m], inYuan.Select(i => i.Amount));
    }

    [Fact]
    public void Reads_a_fund_total_labelled_with_its_unit()
    {
        // Round EX's Tianjin: 项目名称 | name over 主管部门, 资金总额（万元） | 88.60, 年度目标.
        Table form = new()
        {
            Id = "t11", Type = TableTypes.ProjectPerformanceTargets, Pages = [21],
            Header = [["项目名称", "重大病虫害统防统治"]],
            Rows = [[C("主管部门"), C("青岛市崂山区农业农村局")], [C("资金总额（万元）"), C("88.60")], [C("年度目标"), C("完成统防统治。")]],
        };

        var item = Assert.Single(PerformanceFormReader.Read(form, defaultFactor: 1m));

        Assert.Equal((Measures.ProjectFundsTotal, 886_000m, "重大病虫害统防统治"), (item.Measure, item.Amount, item.Name));
    }

    [Fact]
    public void Reads_an_overall_form_printed_as_label_and_figure_rows_by_its_first_run_of_figures()
    {
        // Round JU's Shandong: 部门名称 | 潍坊市水利局 read as the header, the fund block's rows under it, its indicators after.
        Table form = new()
        {
            Id = "t10", Type = TableTypes.OverallPerformanceTargets, Pages = [16],
            Header = [["部门名称", "潍坊市水利局", "潍坊市水利局"]],
            Rows =
            [
                [C("年度资金总额"), C("8681.47"), C("8681.47")], [C("其中：财政拨款"), C("8558.47"), C("8558.47")], [C("其他资金"), C("133.00"), C("133.00")],
                [C("年度总体目标"), C("统筹推进水资源节约集约利用。"), C("统筹推进水资源节约集约利用。")],
                [C("一级指标"), C("二级指标"), C("指标值")], [C("产出指标"), C("数量指标"), C("12")],
            ],
        };

        var items = PerformanceFormReader.ReadFundRows(form, defaultFactor: 10000m).ToList();

        Assert.Equal([("年度资金总额", 86_814_700m), ("其中：财政拨款", 85_584_700m), ("其他资金", 1_330_000m)], items.Select(i => (i.Name, i.Amount)));
        Assert.All(items, i => Assert.Equal((Measures.Amount, Dimensions.Summary, 1), (i.Measure, i.Dimension, i.Col)));
    }

    [Fact]
    public void Reads_an_overall_forms_figures_printed_under_rows_of_their_labels()
    {
        // Round KD's Zhejiang: 部门总体资金情况 | 财政拨款 | … | 合计 over 资金来源（万元）| figures, then the expenditure's labels over its figures.
        Table form = new()
        {
            Id = "t10", Type = TableTypes.OverallPerformanceTargets, Pages = [16],
            Header = [["部门名称", "德清县市场监督管理局", "", ""], ["部门总体资金情况", "财政拨款", "单位资金", "合计"]],
            Rows =
            [
                [C("资金来源（万元）"), C("6,226.70"), C("206.60"), C("6,433.30")],
                [C("部门总体资金情况"), C("人员类及运转类（基本支出）"), C("特定目标类（项目支出）"), C("合计")],
                [C("支出类别（万元）"), C("5,240.20"), C("1,186.10"), C("6,433.30")],
                [C("一级指标"), C("二级指标"), C("三级指标"), C("指标值")],
                [C("产出指标"), C("数量指标"), C("食品安全监督抽检批次"), C("3000")],
            ],
        };

        Assert.True(PerformanceFormReader.HasFiguresUnderLabels(form));
        // A project list's headings over its figures are no overview's labels (Hubei's overall form lists its projects after the overview).
        Assert.False(PerformanceFormReader.HasFiguresUnderLabels(form with { Rows = [[C("项目名称"), C("项目总预算"), C("项目本年度预算"), C("")], [C("日常工作运行经费"), C("2512"), C("2512"), C("")]] }));
        var items = PerformanceFormReader.ReadFundRows(form, defaultFactor: 10000m).ToList();

        Assert.Equal(["财政拨款", "单位资金", "合计", "人员类及运转类（基本支出）", "特定目标类（项目支出）", "合计"], items.Select(i => i.Name));
        Assert.Equal([(0, 1), (0, 2), (0, 3), (2, 1), (2, 2), (2, 3)], items.Select(i => (i.Row, i.Col)));
    }

    [Fact]
    public void Reads_a_budgets_form_naming_its_funds_as_its_budget_as_the_years_funds()
    {
        // Round JR's Hainan: 项目名称 | name over 主管部门 | … | 实施单位, 预算金额（万元） | 1,500.00 | 项目类型, 年度目标.
        Table form = new()
        {
            Id = "t13", Type = TableTypes.ProjectPerformanceTargets, Pages = [20],
            Header = [["项目名称", "环海南岛国际公路自行车赛项目", "环海南岛国际公路自行车赛项目", "环海南岛国际公路自行车赛项目"]],
            Rows = [[C("预算金额（万元）"), C("1,500.00"), C("项目类型"), C("特定目标类")], [C("年度目标"), C("承办赛事。"), C("承办赛事。"), C("承办赛事。")]],
        };

        var item = Assert.Single(PerformanceFormReader.Read(form, defaultFactor: 1m));

        Assert.Equal((Measures.ProjectFundsAnnual, 15_000_000m, "环海南岛国际公路自行车赛项目"), (item.Measure, item.Amount, item.Name));
    }

    [Fact]
    public void Reads_the_appropriation_under_the_projects_total_as_its_fiscal_funds_where_no_years_block_is_printed()
    {
        // Round HA's Beijing: 资金总额 | 其中：财政拨款 | 其他资金, the form's only block.
        Table form = new()
        {
            Id = "t14", Type = TableTypes.ProjectPerformanceTargets, Pages = [14],
            Rows = [[C("项目名称"), C("基本公共卫生服务项目")], [C("资金总额"), C("3560.00")], [C("其中：财政拨款"), C("3560.00")], [C("其他资金"), C("0.00")]],
        };

        var items = PerformanceFormReader.Read(form, defaultFactor: 10000m).ToList();

        Assert.Equal([(Measures.ProjectFundsTotal, 35_600_000m), (Measures.ProjectFundsFiscal, 35_600_000m), (Measures.ProjectFundsOther, 0m)],
            items.Select(i => (i.Measure, i.Amount)));
    }

    [Fact]
    public void Starts_a_new_form_at_each_project_name_and_reads_figures_printed_beside_their_labels()
    {
        // The national template stacks one block in one column, in 万元, the figure in the label's cell; two forms follow each other.
        var table = new Table
        {
            Id = "t12",
            Type = TableTypes.ProjectPerformanceTargets,
            Pages = [40],
            Rows =
            [
                [C("项目名称"), C("信息化运维")],
                [C("项目资金(万元)"), C("年度资金总额：120.00")],
                [C(""), C("其中：财政拨款：100.00")],
                [C(""), C("其他资金：20.00")],
                [C("项目名称"), C("培训经费")],
                [C("项目资金(万元)"), C("年度资金总额：8.50")],
            ],
        };

        var items = PerformanceFormReader.Read(table, defaultFactor: 1m).ToList();

        Assert.Equal(
            [
                ("信息化运维", Measures.ProjectFundsAnnual, 1200000m), ("信息化运维", Measures.ProjectFundsAnnualAppropriation, 1000000m),
                ("信息化运维", Measures.ProjectFundsAnnualOther, 200000m), ("培训经费", Measures.ProjectFundsAnnual, 85000m),
            ],
            items.Select(i => (i.Name, i.Measure, i.Amount)));
    }

    [Fact]
    public void Reads_nothing_from_a_form_without_a_project_name_or_from_a_list_of_projects()
    {
        var table = new Table
        {
            Id = "t12",
            Type = TableTypes.ProjectPerformanceTargets,
            Header = [["项目名称", "年度资金总额", "其中：财政拨款"]],
            Rows = [[C("培训经费"), C("8.50"), C("8.50")]],
        };

        Assert.Empty(PerformanceFormReader.Read(table, 10000m));
    }
}
