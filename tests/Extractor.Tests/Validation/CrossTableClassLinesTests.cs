using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>A class printed as a labelled line of the summaries against its coded row.</summary>
public sealed class CrossTableClassLinesTests
{
    private static DocumentBuilder Final(string summary, string fiscal) => new DocumentBuilder()
        .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "八、社会保障和就业支出", Measures.Amount, summary)
        .Line(TableTypes.FiscalAppropriationSummary, Dimensions.Summary, null, "八、社会保障和就业支出", Measures.FundGeneralBudget, fiscal)
        .Line(TableTypes.ExpenditureSummary, Dimensions.Function, "208", "社会保障和就业支出", Measures.Total, "326.72")
        .Function("208", "社会保障和就业支出", "326.72")
        .Function("210", "卫生健康支出", "60.99");

    [Fact]
    public void Flags_a_summary_class_line_that_differs_from_the_coded_row_it_repeats()
    {
        var findings = new CrossTableRule().Check(Final("326.71", "326.71").Build()).ToList();

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal((3267200.00m, 3267100.00m), (f.Expected, f.Actual)));
        Assert.Equal([TableTypes.IncomeExpenditureSummary, TableTypes.FiscalAppropriationSummary], findings.Select(f => f.Refs[0].TableType));
    }

    [Fact]
    public void Holds_a_final_accounts_summary_class_line_to_the_actual_of_a_function_table_printing_its_budget_beside_it()
    {
        // Hunan's 公开04表 prints 二、文化旅游体育与传媒支出 5747.66; 公开05表's 207 row 年初预算数 3891.80 | 决算数 5767.66.
        var document = new DocumentBuilder()
            .Line(TableTypes.FiscalAppropriationSummary, Dimensions.Summary, null, "二、文化旅游体育与传媒支出", Measures.FundGeneralBudget, "5747.66")
            .Function("207", "文化旅游体育与传媒支出", "3891.80", Measures.BudgetInitial)
            .Function("207", "文化旅游体育与传媒支出", "5767.66", Measures.Actual + "." + Measures.Total)
            .Build();

        var finding = Assert.Single(new CrossTableRule().Check(document));

        Assert.Equal((57676600.00m, 57476600.00m), (finding.Expected, finding.Actual));
    }

    [Theory]
    // Round FN's Zhejiang: 收入支出决算总表's 十二、农林水支出 年初预算数 7518.90 | 调整预算数 8471.23 | 决算数 8221.73, the function
    // table's 213 printing 8371.23 as its 调整预算数.
    [InlineData("8221.73", 1)]
    // Where the two print different outcomes, the summary's class holds more than the table's money: its budget too.
    [InlineData("8021.73", 0)]
    public void Holds_a_final_accounts_summary_class_budget_to_the_function_tables_budget_of_the_phase_where_their_outcomes_agree(string tableOutcome, int findings)
    {
        var document = new DocumentBuilder()
            .SummaryTable(TableTypes.IncomeExpenditureSummary, [null, Measures.BudgetInitial, Measures.BudgetAdjusted, Measures.Amount],
                ["十二、农林水支出", "7518.90", "8471.23", "8221.73"])
            .Function("213", "农林水支出", "7518.90", Measures.BudgetInitial + "." + Measures.Total)
            .Function("213", "农林水支出", "8371.23", Measures.BudgetAdjusted + "." + Measures.Total)
            .Function("213", "农林水支出", tableOutcome, Measures.Actual + "." + Measures.Total)
            .Final()
            .Build();

        var found = new CrossTableRule().Check(document).ToList();

        Assert.Equal(findings, found.Count);
        Assert.All(found, f => Assert.Equal((83712300.00m, 84712300.00m, Measures.BudgetAdjusted), (f.Expected!.Value, f.Actual!.Value, f.Refs[0].Measure)));
    }

    [Fact]
    public void Holds_a_fiscal_summarys_one_amount_class_line_to_the_general_budget_table_where_no_other_fund_spends_under_the_class()
    {
        // Round EE's Shaanxi: 财政拨款收支总表 as 项目 | 预算数 on each side, 一、社会保障和就业支出 printed 1,245.40 for 1,345.40.
        DocumentBuilder Fiscal() => new DocumentBuilder()
            .Line(TableTypes.FiscalAppropriationSummary, Dimensions.Summary, null, "一、社会保障和就业支出", Measures.Amount, "1,245.40")
            .Function("208", "社会保障和就业支出", "1,345.40");

        var finding = Assert.Single(new CrossTableRule().Check(Fiscal().Build()));

        Assert.Equal((13454000.00m, 12454000.00m), (finding.Expected, finding.Actual));
        // A government fund spending under the class: the line holds both funds, the general budget's table one of them.
        var twoFunds = Fiscal().Line(TableTypes.GovernmentFundExpenditure, Dimensions.Function, "2080801", "死亡抚恤", Measures.Total, "100.00").Build();
        Assert.Empty(new CrossTableRule().Check(twoFunds));
        // Round EI's Beijing: an unnamed column beside the funds' columns is no one amount of the line.
        var besideFunds = Fiscal().Line(TableTypes.FiscalAppropriationSummary, Dimensions.Summary, null, "一、社会保障和就业支出", Measures.FundGeneralBudget, "1,345.40").Build();
        Assert.Empty(new CrossTableRule().Check(besideFunds));
    }

    [Fact]
    public void Passes_summary_lines_that_agree_and_labels_that_name_no_class()
    {
        var document = Final("326.72", "326.72")
            .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "本年支出合计", Measures.Amount, "2940.05")
            .Build();

        Assert.Empty(new CrossTableRule().Check(document));
    }

    [Theory]
    [InlineData("763.85", false)]
    [InlineData("805.85", false)]
    [InlineData("815.85", true)]
    public void Holds_an_appropriation_summary_spending_last_years_carryover_no_lower_than_the_years_general_budget_line(string generalBudget, bool flagged)
    {
        // A township's 财政拨款收支总表 spends 二、上年结转 42.00 beside the year's 2300.67: 支出总计 2342.67, its 农林水支出
        // 805.85; 一般公共预算支出表 prints the year's money alone (不含上年结转), 2300.67 in all and 763.85 on 213.
        var findings = new CrossTableRule().Check(SpendingCarryover(generalBudgetTotal: "2300.67", generalBudget)).ToList();

        Assert.Equal(flagged, findings.Count == 1);
    }

    [Fact]
    public void Holds_an_appropriation_summary_to_the_general_budget_line_where_both_spend_the_carryover() =>
        Assert.Single(new CrossTableRule().Check(SpendingCarryover(generalBudgetTotal: "2342.67", "763.85")));

    private static ExtractedDocument SpendingCarryover(string generalBudgetTotal, string generalBudget) => new DocumentBuilder()
        .Line(TableTypes.FiscalAppropriationSummary, Dimensions.Summary, null, "二、上年结转", Measures.Amount, "42.00")
        .Line(TableTypes.FiscalAppropriationSummary, Dimensions.Summary, null, "（六）农林水支出", Measures.FundGeneralBudget, "805.85")
        .Line(TableTypes.FiscalAppropriationSummary, Dimensions.Summary, null, "支出总计", Measures.FundGeneralBudget, "2342.67")
        .Line(TableTypes.GeneralBudgetExpenditure, Dimensions.Summary, null, "合计", Measures.Total, generalBudgetTotal)
        .Line(TableTypes.GeneralBudgetExpenditure, Dimensions.Function, "213", "农林水支出", Measures.Total, generalBudget)
        .Build();

    [Theory]
    [InlineData("785.48", false)]
    [InlineData("825.48", true)]
    public void Holds_the_appropriation_summarys_government_fund_column_to_the_fund_table(string fundTable, bool flagged)
    {
        var document = new DocumentBuilder()
            .Line(TableTypes.FiscalAppropriationSummary, Dimensions.Summary, null, "一、城乡社区支出", Measures.FundGovernmentFund, "785.48")
            .Line(TableTypes.GovernmentFundExpenditure, Dimensions.Function, "212", "城乡社区支出", Measures.Total, fundTable)
            .Build();

        var findings = new CrossTableRule().Check(document).ToList();

        Assert.Equal(flagged, findings.Count == 1);
    }
}
