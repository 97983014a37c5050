using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>项目支出表's general-budget money, code by code, against the general-budget function table's 项目支出.</summary>
public sealed class CrossTableProjectsTests
{
    private static List<Finding> Check(DocumentBuilder builder) =>
        new CrossTableRule().Check(builder.Build()).Where(f => f.Message.Contains(TableTypes.ProjectExpenditure, StringComparison.Ordinal)).ToList();

    /// <summary>Chongqing's 项目支出表 beside its 一般公共预算财政拨款支出预算表: three projects under two codes, 合计 printed.</summary>
    private static DocumentBuilder Budget(string airProject, string listedTotal, string functionTotal = "1,293.97", string functionAir = "241.95",
        string functionWater = "1,052.02") => new DocumentBuilder()
        .Line(TableTypes.ProjectExpenditure, Dimensions.Project, "2110301", "大气污染防治及扬尘管控", Measures.FundGeneralBudget, airProject)
        .Line(TableTypes.ProjectExpenditure, Dimensions.Project, "2110302", "嘉陵江水污染防治", Measures.FundGeneralBudget, "64.46")
        .Line(TableTypes.ProjectExpenditure, Dimensions.Project, "2110302", "长江江北段水污染防治", Measures.FundGeneralBudget, "987.56")
        .Line(TableTypes.ProjectExpenditure, Dimensions.Summary, null, "合计", Measures.FundGeneralBudget, listedTotal)
        .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Summary, null, "合计", Measures.ProjectTotal, functionTotal)
        .Function("2110301", "大气", functionAir, Measures.ProjectTotal)
        .Function("2110302", "水体", functionWater, Measures.ProjectTotal);

    [Fact]
    public void Flags_a_project_whose_figure_and_the_lists_total_differ_from_the_function_row_by_the_same_amount()
    {
        var finding = Assert.Single(Check(Budget(airProject: "261.95", listedTotal: "1,313.97")));

        Assert.Equal((2419500m, 2619500m, FindingSeverity.Error), (finding.Expected, finding.Actual, finding.Severity));
        Assert.Equal([TableTypes.ProjectExpenditure, TableTypes.GeneralBudgetExpenditureByFunction], finding.Refs.Select(r => r.TableType));
        Assert.Equal("2110301", finding.Refs[0].Code);
    }

    [Fact]
    public void Reads_past_a_project_spending_no_general_budget_money()
    {
        // Round AE's Chongqing: a government-fund project under 2130153's fund code, 0 in the 一般公共预算 column.
        var document = Budget(airProject: "261.95", listedTotal: "1,313.97")
            .Line(TableTypes.ProjectExpenditure, Dimensions.Project, "2120803", "征地拆迁补偿", Measures.FundGeneralBudget, "0.00");

        Assert.Equal("2110301", Assert.Single(Check(document)).Refs[0].Code);
    }

    [Fact]
    public void Tells_of_several_projects_under_the_code_as_their_sum()
    {
        var finding = Assert.Single(Check(Budget(airProject: "241.95", listedTotal: "1,323.97", functionTotal: "1,293.97")
            .Line(TableTypes.ProjectExpenditure, Dimensions.Project, "2110302", "支流水质监测", Measures.FundGeneralBudget, "30.00")));

        Assert.Equal((10_520_200m, 10_820_200m), (finding.Expected, finding.Actual));
        Assert.Equal("同一数字在两张表中不一致：项目支出表第10页“嘉陵江水污染防治”、“长江江北段水污染防治”、“支流水质监测”（2110302）的一般公共预算财政拨款合计为1,082.02万元，"
            + "按一般公共预算支出功能分类表第10页“水体”（2110302）的项目支出应为1,052.02万元，相差30万元", finding.MessageZh);
    }

    [Theory]
    // Round AK's Henan: a list printing no codes, a project's figure misprinted into its row and the list's 合计.
    [InlineData("1,313.97", "0.00", 1)]
    [InlineData("1,293.97", "0.00", 0)]
    // A budget spending last year's carry-over: the list may leave it out.
    [InlineData("1,313.97", "20.00", 0)]
    public void Holds_an_uncoded_lists_general_budget_total_to_the_function_tables_project_total(string listedTotal, string carriedOver, int findings)
    {
        var document = new DocumentBuilder()
            .Line(TableTypes.IncomeSummary, Dimensions.Summary, null, "合计", Measures.IncomeCarryover, carriedOver)
            .Line(TableTypes.ProjectExpenditure, Dimensions.Project, null, "大气污染防治及扬尘管控", Measures.FundGeneralBudget, "261.95")
            .Line(TableTypes.ProjectExpenditure, Dimensions.Project, null, "嘉陵江水污染防治", Measures.FundGeneralBudget, "1,052.02")
            .Line(TableTypes.ProjectExpenditure, Dimensions.Summary, null, "合计", Measures.FundGeneralBudget, listedTotal)
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Summary, null, "合计", Measures.ProjectTotal, "1,293.97");

        var found = Check(document);

        Assert.Equal(findings, found.Count);
        Assert.All(found, f => Assert.Equal((12_939_700m, "合计"), (f.Expected!.Value, f.Refs[0].RowLabel)));
    }

    [Fact]
    public void Passes_a_list_that_agrees_code_by_code()
    {
        Assert.Empty(Check(Budget(airProject: "241.95", listedTotal: "1,293.97")));
    }

    [Fact]
    public void Leaves_a_difference_spread_over_several_codes_to_the_scope_of_the_two_tables()
    {
        // A list that holds last year's carry-over as well differs from the year's appropriation wherever a project carries some.
        var document = Budget(airProject: "261.95", listedTotal: "1,333.97")
            .Line(TableTypes.ProjectExpenditure, Dimensions.Project, "2110302", "上年结转项目", Measures.FundGeneralBudget, "20.00");

        Assert.Empty(Check(document));
    }

    [Fact]
    public void Leaves_a_list_total_alone_that_its_own_rows_do_not_give()
    {
        // A 合计 printed apart from its rows is the column total's finding, not a second table's.
        Assert.Empty(Check(Budget(airProject: "241.95", listedTotal: "1,313.97")));
    }

    [Fact]
    public void Flags_the_project_off_its_code_where_the_totals_agree()
    {
        // Round AC's Guangxi: the list's 合计 is the function table's, one project printed 50.00 more, the 合计 not its rows' sum.
        var finding = Assert.Single(Check(Budget(airProject: "291.95", listedTotal: "1,293.97")));

        Assert.Equal(("2110301", 2419500m, 2919500m), (finding.Refs[0].Code, finding.Expected, finding.Actual));
    }

    [Fact]
    public void Leaves_a_function_row_off_its_own_total_to_that_tables_sums()
    {
        // Round AB's Liaoning: the function table's row printed 10.00 less, its 合计 right; the list adds up and agrees with that 合计.
        Assert.Empty(Check(Budget(airProject: "241.95", listedTotal: "1,293.97", functionAir: "231.95")));
    }

    [Fact]
    public void Leaves_one_amount_a_project_that_adds_up_to_the_departments_whole_project_expenditure()
    {
        // Every project whatever its money: 事业收入 makes 2110301's projects more than its general-budget row.
        DocumentBuilder Document(string departmentProjects) => new DocumentBuilder()
            .Line(TableTypes.ProjectExpenditure, Dimensions.Project, "2110301", "大气污染防治及扬尘管控", Measures.Total, "261.95")
            .Line(TableTypes.ProjectExpenditure, Dimensions.Summary, null, "合计", Measures.Total, "261.95")
            .Line(TableTypes.ExpenditureSummary, Dimensions.Summary, null, "合计", Measures.ProjectTotal, departmentProjects)
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Summary, null, "合计", Measures.ProjectTotal, "241.95")
            .Function("2110301", "大气", "241.95", Measures.ProjectTotal);

        Assert.Empty(Check(Document(departmentProjects: "261.95")));
        Assert.Single(Check(Document(departmentProjects: "280.00")));
    }

    [Theory]
    // Round GC's Xinjiang: 2110301's project printed 20.00 over its row, the list's 合计 right; 2110302's function row misprinted too.
    [InlineData("1,293.97", 1)]
    // The list's 合计 its rows' sum: which of the two codes is off the tables do not tell.
    [InlineData("1,313.97", 0)]
    public void Tells_the_code_the_lists_own_sum_is_off_by_beside_another_code_off(string listedTotal, int findings)
    {
        var found = Check(Budget(airProject: "261.95", listedTotal: listedTotal, functionWater: "1,040.02"));

        Assert.Equal(findings, found.Count);
        Assert.All(found, f => Assert.Equal("2110301", f.Refs[0].Code));
    }

    [Fact]
    public void Holds_a_final_accounts_list_to_the_function_tables_outcome_not_its_budget()
    {
        // A function table printing 年初预算数 beside its outcome: the budget column is no project's outcome.
        var document = Budget(airProject: "261.95", listedTotal: "1,313.97").Final()
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Function, "2110301", "大气", $"{Measures.BudgetInitial}.{Measures.ProjectTotal}", "261.95");

        Assert.Equal("2110301", Assert.Single(Check(document)).Refs[0].Code);
    }

    [Theory]
    // Round GC's Xinjiang (项目名称 | 功能分类科目编码 | 财政拨款项目支出决算数): every project's money the general budget's, the
    // summary's 项目支出 the function table's; a list of more money than the general budget's is no code's.
    [InlineData("341.95", 1)]
    [InlineData("380.00", 0)]
    public void Holds_a_list_of_every_project_to_the_function_table_where_the_general_budget_is_the_whole(string functionTotal, int findings)
    {
        var document = new DocumentBuilder()
            .Line(TableTypes.ProjectExpenditure, Dimensions.Project, "2110301", "大气污染防治及扬尘管控", Measures.Amount, "261.95")
            .Line(TableTypes.ProjectExpenditure, Dimensions.Project, "2110302", "嘉陵江水污染防治", Measures.Amount, "100.00")
            .Line(TableTypes.ProjectExpenditure, Dimensions.Summary, null, "合计", Measures.Amount, "341.95")
            .Line(TableTypes.ExpenditureSummary, Dimensions.Summary, null, "合计", Measures.ProjectTotal, "341.95")
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Summary, null, "合计", Measures.ProjectTotal, functionTotal)
            .Function("2110301", "大气", "241.95", Measures.ProjectTotal)
            .Function("2110302", "水体", "100.00", Measures.ProjectTotal)
            .Final();

        Assert.Equal(findings, Check(document).Count);
    }
}
