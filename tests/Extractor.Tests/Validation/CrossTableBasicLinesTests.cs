using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>The department's basic expenditure by function line (支出总表) against the general budget's (一般公共预算支出表).</summary>
public sealed class CrossTableBasicLinesTests
{
    private static DocumentBuilder Tables(string summaryTotal, string summaryLine) => new DocumentBuilder()
        .Line(TableTypes.ExpenditureSummary, Dimensions.Summary, null, "合计", Measures.BasicTotal, summaryTotal)
        .Line(TableTypes.ExpenditureSummary, Dimensions.Function, "2010350", "事业运行", Measures.BasicTotal, summaryLine)
        .Line(TableTypes.GeneralBudgetExpenditure, Dimensions.Summary, null, "合计", Measures.BasicTotal, "999.44")
        .Line(TableTypes.GeneralBudgetExpenditure, Dimensions.Function, "2010350", "事业运行", Measures.BasicTotal, "203.33");

    private static List<Finding> Check(DocumentBuilder builder) =>
        [.. new CrossTableRule().Check(builder.Build()).Where(f => f.Message.StartsWith("2010350 basic.total", StringComparison.Ordinal))];

    [Fact]
    public void Holds_a_line_to_the_general_budgets_where_the_basic_totals_agree()
    {
        var finding = Assert.Single(Check(Tables("999.44", "232.29")));

        Assert.Equal((2322900.00m, 2033300.00m), (finding.Expected, finding.Actual));
    }

    [Fact]
    public void Pairs_no_line_where_the_departments_basic_expenditure_holds_other_money()
    {
        // Sichuan: 事业运行's basic expenditure holds 28.96 of 事业收入, in the department's table only.
        Assert.Empty(Check(Tables("1028.40", "232.29")));
    }

    [Fact]
    public void Pairs_no_line_of_a_part_whose_totals_differ_where_a_table_prints_no_basic_total()
    {
        // Round AR's Gansu: 公用经费 of the department holds 7.60 of 单位资金; the general budget's table prints 人员经费 | 公用经费 only.
        static DocumentBuilder Public(string summaryTotal) => new DocumentBuilder()
            .Line(TableTypes.ExpenditureSummary, Dimensions.Summary, null, "合计", Measures.BasicPublicFunds, summaryTotal)
            .Line(TableTypes.ExpenditureSummary, Dimensions.Function, "2130204", "事业机构", Measures.BasicPublicFunds, "31.33")
            .Line(TableTypes.GeneralBudgetExpenditure, Dimensions.Summary, null, "合计", Measures.BasicPublicFunds, "105.67")
            .Line(TableTypes.GeneralBudgetExpenditure, Dimensions.Function, "2130204", "事业机构", Measures.BasicPublicFunds, "23.73");
        static List<Finding> Lines(DocumentBuilder builder) =>
            [.. new CrossTableRule().Check(builder.Build()).Where(f => f.Message.StartsWith("2130204 basic.public_funds", StringComparison.Ordinal))];

        Assert.Empty(Lines(Public("113.27")));
        Assert.Single(Lines(Public("105.67")));
    }
}
