using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

public sealed class CrossTableProjectFormsTests
{
    /// <summary>Round IP's Liaoning: 部门项目支出表 lists 就业创业服务补贴 at 520.00; its 项目支出绩效目标表 asks for the year's funds.</summary>
    private static DocumentBuilder Budget(string formFigure) => new DocumentBuilder()
        .Line(TableTypes.ProjectExpenditure, Dimensions.Project, "2080701", "就业创业服务补贴", Measures.Total, "520.00", page: 17)
        .Line(TableTypes.ProjectExpenditure, Dimensions.Project, "2080109", "社会保险经办信息系统运维经费", Measures.Total, "320.00", page: 17)
        .Line(TableTypes.ProjectPerformanceTargets, Dimensions.Project, null, "就业创业服务补贴", Measures.ProjectFundsAnnual, formFigure, page: 19);

    [Theory]
    [InlineData("520.00", 0)]
    [InlineData("502.00", 1)]
    public void Holds_a_project_forms_year_funds_to_the_project_lists_row_of_its_name(string formFigure, int findings)
    {
        var found = new CrossTableRule().Check(Budget(formFigure).Build()).ToList();

        Assert.Equal(findings, found.Count);
        Assert.All(found, f => Assert.Equal((5_200_000m, 5_020_000m, TableTypes.ProjectPerformanceTargets), (f.Expected, f.Actual, f.Refs[0].TableType)));
    }

    [Fact]
    public void Holds_a_form_to_a_list_printing_one_amount_a_project()
    {
        // Round JR's Hainan: 项目名称 | 项目类型 | 金额, 环海南岛国际公路自行车赛项目 1,500.00; its form's 预算金额 printed 1,550.00.
        var document = new DocumentBuilder()
            .Line(TableTypes.ProjectExpenditure, Dimensions.Project, null, "环海南岛国际公路自行车赛项目", Measures.Amount, "1500.00", page: 18)
            .Line(TableTypes.ProjectPerformanceTargets, Dimensions.Project, null, "环海南岛国际公路自行车赛项目", Measures.ProjectFundsAnnual, "1550.00", page: 20)
            .Build();

        var finding = Assert.Single(new CrossTableRule().Check(document));

        Assert.Equal((15_000_000m, 15_500_000m, TableTypes.ProjectPerformanceTargets), (finding.Expected, finding.Actual, finding.Refs[0].TableType));
    }

    [Fact]
    public void Holds_no_form_to_a_list_naming_its_project_twice_nor_a_final_accounts_forms()
    {
        var twice = Budget("502.00").Line(TableTypes.ProjectExpenditure, Dimensions.Project, "2080701", "就业创业服务补贴", Measures.Total, "502.00", page: 17);
        Assert.Empty(new CrossTableRule().Check(twice.Build()));
        Assert.Empty(new CrossTableRule().Check(Budget("502.00").Final().Build()));
    }
}
