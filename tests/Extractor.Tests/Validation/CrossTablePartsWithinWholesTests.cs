using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>A function line spent from all the department's money against the same line of one fund's table.</summary>
public sealed class CrossTablePartsWithinWholesTests
{
    private static List<Finding> Check(DocumentBuilder builder) =>
        new CrossTableRule().Check(builder.Build()).Where(f => f.Message.Contains("whole below its part", StringComparison.Ordinal)).ToList();

    [Fact]
    public void Flags_a_summary_class_line_below_the_general_budget_row_when_no_expenditure_table_prints_the_class()
    {
        var findings = Check(new DocumentBuilder()
            .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "八、社会保障和就业支出", Measures.Amount, "326.71")
            .Function("208", "社会保障和就业支出", "326.72"));

        var finding = Assert.Single(findings);
        Assert.Equal((3267200.00m, 3267100.00m, FindingSeverity.Error), (finding.Expected, finding.Actual, finding.Severity));
        Assert.Equal(TableTypes.IncomeExpenditureSummary, finding.Refs[0].TableType);
        Assert.Contains("印为326.71万元，小于其中", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Holds_a_subject_printed_under_another_subjects_code_to_its_own_subjects_whole()
    {
        // Round EO's Guangdong: 耕地建设与利用 printed 2130135 (716.38) in the general budget's table, the code of 农业资源保护修复与利用
        // (72.27), and 2130153 (843.18) in the income and expenditure tables.
        var findings = Check(new DocumentBuilder()
            .Line(TableTypes.IncomeSummary, Dimensions.Function, "2130153", "耕地建设与利用", Measures.Total, "843.18")
            .Line(TableTypes.ExpenditureSummary, Dimensions.Function, "2130135", "农业资源保护修复与利用", Measures.Total, "72.27")
            .Line(TableTypes.ExpenditureSummary, Dimensions.Function, "2130153", "耕地建设与利用", Measures.Total, "843.18")
            .Function("2130135", "农业资源保护修复与利用", "72.27")
            .Function("2130135", "耕地建设与利用", "716.38"));

        Assert.Empty(findings);
    }

    [Fact]
    public void Flags_an_expenditure_table_row_below_a_fund_tables_row_of_its_code()
    {
        var findings = Check(new DocumentBuilder()
            .Line(TableTypes.ExpenditureSummary, Dimensions.Function, "2080505", "机关事业单位基本养老保险缴费支出", Measures.Total, "84.60")
            .Line(TableTypes.ExpenditureSummary, Dimensions.Function, "2010101", "行政运行", Measures.Total, "1600.00")
            .Function("2080505", "机关事业单位基本养老保险缴费支出", "84.65")
            .Function("2010101", "行政运行", "1511.89"));

        Assert.Equal("2080505", Assert.Single(findings).Refs[0].Code);
    }

    [Fact]
    public void Passes_a_whole_that_holds_more_than_its_general_budget_part_and_one_equal_to_it()
    {
        Assert.Empty(Check(new DocumentBuilder()
            .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "八、社会保障和就业支出", Measures.Amount, "400.00")
            .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "九、卫生健康支出", Measures.Amount, "60.99")
            .Function("208", "社会保障和就业支出", "326.72")
            .Function("210", "卫生健康支出", "60.99")));
    }

    [Fact]
    public void Holds_a_summary_class_line_equal_to_the_general_budget_row_where_the_summary_spends_the_general_budget_alone()
    {
        // Jiangsu: 收支预算总表's 支出合计 is the general-budget table's 合计, so its 四、公共安全支出 is that table's 204.
        ExtractedDocument Document(string security, string generalBudgetTotal) => new DocumentBuilder()
            .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "四、公共安全支出", Measures.Amount, security)
            .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "八、社会保障和就业支出", Measures.Amount, "2,355.65")
            .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "支出合计", Measures.Amount, "29,843.88")
            .Function("204", "公共安全支出", "27,488.23")
            .Function("208", "社会保障和就业支出", "2,355.65")
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Summary, null, "合计", Measures.Total, generalBudgetTotal)
            .Build();

        Assert.Empty(new CrossTableRule().Check(Document("27,488.23", "29,843.88")));
        var finding = Assert.Single(new CrossTableRule().Check(Document("27,848.23", "29,843.88")));
        Assert.Equal((27488.23m * 10000m, 27848.23m * 10000m, FindingSeverity.Error), (finding.Expected, finding.Actual, finding.Severity));
        // Where the summary spends more than the general budget, a line above its part passes.
        Assert.Empty(new CrossTableRule().Check(Document("27,848.23", "29,483.88")));
    }
}
