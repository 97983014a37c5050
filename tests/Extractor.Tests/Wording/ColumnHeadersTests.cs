using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Tests.Wording;

/// <summary>
/// Printed column headers (normalised as the measure map reads them: no spaces, ASCII brackets, no leading year)
/// against the measure or column kind each reads as.
/// </summary>
public sealed class ColumnHeadersTests
{
    [Theory]
    [InlineData("EconomicClasses", "工资福利支出", "301")]
    [InlineData("EconomicClasses", "对个人和家庭的补助", "303")]
    [InlineData("EconomicClasses", "资本性支出(基本建设)", "309")]
    [InlineData("EconomicClasses", "资本性支出", "310")]
    [InlineData("Groups", "基本支出", Measures.BasicTotal)]
    [InlineData("Groups", "专项业务经费支出", Measures.ProjectTotal)]
    [InlineData("Groups", "公共项目(专项资金)", Measures.ProjectPublic)]
    [InlineData("Groups", "财政拨款(补助)", Measures.IncomeFiscalAppropriation)]
    [InlineData("Groups", "本年政府性基金预算支出", Measures.Total)]
    [InlineData("Groups", "“三公”经费预算数", Measures.Total)]
    [InlineData("Groups", "公务用车购置及运行费", Measures.ThreePublicVehicle)]
    [InlineData("Funds", "一般公共预算", Measures.FundGeneralBudget)]
    [InlineData("Funds", "政府性基金", Measures.FundGovernmentFund)]
    [InlineData("Funds", "国有资本经营预算财政拨款", Measures.FundStateCapital)]
    [InlineData("VehicleParts", "购置费", Measures.ThreePublicVehiclePurchase)]
    [InlineData("VehicleParts", "运行费", Measures.ThreePublicVehicleOperation)]
    [InlineData("Leaves", "本年收入合计", Measures.Total)]
    [InlineData("Leaves", "附属单位上缴收入", Measures.IncomeSubordinateRemit)]
    [InlineData("Leaves", "纳入财政专户管理资金", Measures.IncomeSpecialAccount)]
    [InlineData("Leaves", "纳入预算管理非税", Measures.SourceNontax)]
    [InlineData("Leaves", "因公出国(境)费", Measures.ThreePublicOverseas)]
    [InlineData("Leaves", "机关运行经费预算数", Measures.OperatingCosts)]
    [InlineData("Leaves", "会议费", Measures.MeetingCosts)]
    [InlineData("Leaves", "培训费", Measures.TrainingCosts)]
    [InlineData("Leaves", "年初结转和结余", Measures.CarryoverOpening)]
    [InlineData("BasicParts", "工资福利支出", Measures.BasicWagesBenefits)]
    [InlineData("BasicParts", "一般资本性支出", Measures.BasicCapital)]
    [InlineData("ProjectKinds", "经常性项目", Measures.ProjectRecurring)]
    [InlineData("ProjectKinds", "一次性项目", Measures.ProjectOneOff)]
    public void Reads_each_printed_header_as_its_measure(string table, string header, string measure)
    {
        var rows = table switch
        {
            "EconomicClasses" => ColumnHeaders.EconomicClasses, "Groups" => ColumnHeaders.Groups, "Funds" => ColumnHeaders.Funds,
            "VehicleParts" => ColumnHeaders.VehicleParts, "Leaves" => ColumnHeaders.Leaves, "BasicParts" => ColumnHeaders.BasicParts,
            _ => ColumnHeaders.ProjectKinds,
        };

        Assert.Equal(measure, rows.FirstOrDefault(r => r.Item1.IsMatch(header)).Item2);
    }

    [Theory]
    [InlineData("年初预算数", Measures.BudgetInitial)]
    [InlineData("预算数", Measures.BudgetInitial)]
    [InlineData("调整预算数", Measures.BudgetAdjusted)]
    [InlineData("全年预算", Measures.BudgetAdjusted)]
    [InlineData("调整预算", Measures.BudgetAdjusted)]
    [InlineData("调整后预算数", Measures.BudgetAdjusted)]
    [InlineData("决算数", Measures.Actual)]
    [InlineData("合计", null)]
    public void Reads_the_phase_a_final_accounts_column_prints(string header, string? phase) => Assert.Equal(phase, ColumnHeaders.Phase(header));

    [Theory]
    [InlineData("预算数", "AmountLeaf", true)]
    [InlineData("本年预算数", "AmountLeaf", true)]
    [InlineData("金额", "AmountLeaf", true)]
    [InlineData("合计", "AmountLeaf", false)]
    [InlineData("单位编码", "Label", true)]
    [InlineData("科目名称", "Label", true)]
    [InlineData("采购数量", "Label", true)]
    [InlineData("项目(按功能分类)", "Label", true)]
    [InlineData("预算数", "Label", false)]
    [InlineData("金额", "Money", true)]
    [InlineData("2022年", "Money", true)]
    [InlineData("上年", "Money", true)]
    [InlineData("完成工作任务数", "Money", false)]
    [InlineData("单位编码", "UnitCode", true)]
    [InlineData("科目编码", "UnitCode", false)]
    [InlineData("科目编码", "Code", true)]
    [InlineData("经济科目", "Code", true)]
    [InlineData("类", "Code", true)]
    // Round GN's Shenzhen: the classification's name over its 类 | 款 columns.
    [InlineData("政府预算支出经济分类款", "Code", true)]
    [InlineData("购买服务内容", "ItemName", true)]
    [InlineData("采购品目", "ItemName", true)]
    [InlineData("规格要求", "ItemName", true)]
    [InlineData("项目名称", "ProjectName", true)]
    [InlineData("项目(按经济分类)", "ProjectName", true)]
    [InlineData("科目名称", "SubjectName", true)]
    [InlineData("名称(科目)", "SubjectName", true)]
    [InlineData("单位名称", "UnitName", true)]
    public void Tells_each_kind_of_column_by_its_header(string header, string kind, bool matches)
    {
        Regex regex = kind switch
        {
            "AmountLeaf" => ColumnHeaders.AmountLeaf(), "Label" => ColumnHeaders.Label(), "Money" => ColumnHeaders.Money(),
            "UnitCode" => ColumnHeaders.UnitCode(), "Code" => ColumnHeaders.Code(), "ItemName" => ColumnHeaders.ItemName(),
            "ProjectName" => ColumnHeaders.ProjectName(), "SubjectName" => ColumnHeaders.SubjectName(), _ => ColumnHeaders.UnitName(),
        };

        Assert.Equal(matches, regex.IsMatch(header));
    }

    [Theory]
    [InlineData("项目(按功能分类)", true)]
    [InlineData("项目名称", false)]
    public void Tells_a_subject_column_printed_as_a_project(string header, bool subject) =>
        Assert.Equal(subject, ColumnHeaders.IsSubjectNamedProject(header));

    [Theory]
    [InlineData("科目编码", true)]
    [InlineData("单位代码", true)]
    [InlineData("编号", true)]
    [InlineData("科目名称", false)]
    public void Tells_a_heading_of_codes(string heading, bool codes) => Assert.Equal(codes, ColumnHeaders.NamesCodes(heading));

    [Theory]
    [InlineData("小计", true, false)]
    [InlineData("合计", true, true)]
    [InlineData("总计", false, true)]
    public void Tells_total_columns(string header, bool subtotal, bool total) =>
        Assert.Equal((subtotal, total), (ColumnHeaders.IsSubtotal(header), ColumnHeaders.IsTotal(header)));

    [Theory]
    [InlineData("2024年“三公”经费预算数", "“三公”经费预算数")]
    [InlineData("2024年度机关运行经费预算数", "机关运行经费预算数")]
    public void Sets_a_leading_year_apart_from_the_header(string printed, string header) =>
        Assert.Equal(header, ColumnHeaders.LeadingYear().Replace(printed, ""));

    [Theory]
    [InlineData(true, "栏次", "", "1", "2", "3")]
    [InlineData(true, "栏次", "1=2+3+4+5+6+7", "2", "3", "4", "5", "6", "7")]
    [InlineData(true, "1", "2", "3=4+5", "4", "5", "6")]
    [InlineData(true, "栏次", "1", "2", "3", "4=1+2-3", "5=4/1")]
    [InlineData(false, "栏次", "2=1+3", "2", "3")]
    [InlineData(true, "栏次", "", "1")]
    [InlineData(false, "", "1")]
    [InlineData(false, "2024", "2025")]
    [InlineData(false, "1", "2", "合计")]
    public void Tells_the_row_numbering_the_columns_with_the_sums_they_stand_for(bool numbering, params string[] cells) =>
        Assert.Equal(numbering, ColumnHeaders.IsColumnNumbering(cells));
}
