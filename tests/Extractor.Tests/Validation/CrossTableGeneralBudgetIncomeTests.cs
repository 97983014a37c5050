using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>The year's general-budget appropriation as 收入支出总表 and 财政拨款收支总表 list it among their income lines.</summary>
public sealed class CrossTableGeneralBudgetIncomeTests
{
    /// <summary>收入支出总表 printing 一、一般公共预算拨款收入 and 财政拨款收支总表 its 本年收入 and 上年结转 of the fund.</summary>
    private static DocumentBuilder Summaries(string summaryLine) => new DocumentBuilder()
        .Table(TableTypes.IncomeExpenditureSummary, page: 5)
        .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "一、一般公共预算拨款收入", Measures.Amount, summaryLine, page: 5)
        .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "二、政府性基金预算拨款收入", Measures.Amount, "0.00", page: 5)
        .Table(TableTypes.FiscalAppropriationSummary, page: 8)
        .Line(TableTypes.FiscalAppropriationSummary, Dimensions.Summary, null, "一、一般公共预算拨款", Measures.Amount, "1,214.77", page: 8)
        .Line(TableTypes.FiscalAppropriationSummary, Dimensions.Summary, null, "上年结转", Measures.Amount, "35.00", page: 8)
        .Line(TableTypes.FiscalAppropriationSummary, Dimensions.Summary, null, "一般公共预算拨款", Measures.Amount, "35.00", page: 8);

    private static IEnumerable<Finding> GeneralBudgetIncome(ExtractedDocument document) =>
        new CrossTableRule().Check(document).Where(f => f.Message.StartsWith("general_budget income", StringComparison.Ordinal));

    [Fact]
    public void The_summarys_general_budget_income_is_the_fiscal_summarys_years_line()
    {
        // Round CD's Fujian: 表1 prints 1,314.77, 表4 and the narrative 1,214.77; 表4's carry-over of the fund is another figure.
        Assert.Empty(GeneralBudgetIncome(Summaries("1,214.77").Build()));

        var finding = Assert.Single(GeneralBudgetIncome(Summaries("1,314.77").Build()));
        Assert.Equal(12_147_700m, finding.Expected);
        Assert.Equal(13_147_700m, finding.Actual);
        Assert.Equal("一、一般公共预算拨款收入", finding.Refs[0].RowLabel);
    }

    [Fact]
    public void The_summarys_government_fund_income_is_the_income_tables_column()
    {
        // Round EI's Beijing: 收支总表 prints 二、政府性基金预算拨款收入 102,059,437.26, the income table's column 102,095,437.26.
        DocumentBuilder Printed(string summary) => new DocumentBuilder("元")
            .Table(TableTypes.IncomeExpenditureSummary, page: 6)
            .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "二、政府性基金预算拨款收入", Measures.Amount, summary, page: 6)
            .Table(TableTypes.IncomeSummary, page: 7)
            .Line(TableTypes.IncomeSummary, Dimensions.Summary, null, "合计", Measures.IncomeGovernmentFund, "102,095,437.26", page: 7);

        Assert.Empty(new CrossTableRule().Check(Printed("102,095,437.26").Build()));
        var finding = Assert.Single(new CrossTableRule().Check(Printed("102,059,437.26").Build()));
        Assert.StartsWith("government_fund income", finding.Message);
        Assert.Equal((102_095_437.26m, 102_059_437.26m), (finding.Expected, finding.Actual));
        // And the 财政拨款收支总表's line, （二） as its enumerator.
        var fiscal = Printed("102,059,437.26").Table(TableTypes.FiscalAppropriationSummary, page: 8)
            .Line(TableTypes.FiscalAppropriationSummary, Dimensions.Summary, null, "（二）政府性基金预算资金", Measures.Amount, "102,095,437.26", page: 8).Build();
        Assert.Equal(2, new CrossTableRule().Check(fiscal).Count(f => f.Message.StartsWith("government_fund income", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_summarys_own_income_lines_are_the_income_tables_columns()
    {
        // Round FO's Chongqing: 收支总表 prints 四、财政专户管理资金收入 624.00, the income table's 合计 584.00; round FL's Jiangsu:
        // 五、单位资金收入 36.00 against the column 单位资金收入 30.00. Its parts under it, （一）事业收入 and （二）经营收入, as printed.
        // Round HQ's Jiangsu: 六、其他收入 470.00 against the column 其他收入 420.00.
        DocumentBuilder Printed(string specialAccount, string unitFunds, string other = "420.00") => new DocumentBuilder()
            .Table(TableTypes.IncomeExpenditureSummary, page: 4)
            .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "四、财政专户管理资金收入", Measures.Amount, specialAccount, page: 4)
            .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "五、单位资金收入", Measures.Amount, unitFunds, page: 4)
            .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "（一）事业收入", Measures.Amount, "18.00", page: 4)
            .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "（二）经营收入", Measures.Amount, "12.00", page: 4)
            .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "六、其他收入", Measures.Amount, other, page: 4)
            .Table(TableTypes.IncomeSummary, page: 5)
            .Line(TableTypes.IncomeSummary, Dimensions.Summary, null, "合计", Measures.IncomeSpecialAccount, "584.00", page: 5)
            .Line(TableTypes.IncomeSummary, Dimensions.Summary, null, "合计", Measures.IncomeOtherOwn, "30.00", page: 5)
            .Line(TableTypes.IncomeSummary, Dimensions.Summary, null, "合计", Measures.IncomePublicService, "18.00", page: 5)
            .Line(TableTypes.IncomeSummary, Dimensions.Summary, null, "合计", Measures.IncomeBusiness, "12.00", page: 5)
            .Line(TableTypes.IncomeSummary, Dimensions.Summary, null, "合计", Measures.IncomeOther, "420.00", page: 5);

        Assert.Empty(new CrossTableRule().Check(Printed("584.00", "30.00").Build()));
        var findings = new CrossTableRule().Check(Printed("624.00", "36.00", other: "470.00").Build()).ToList();
        Assert.Equal(["special_account income", "other_own income", "other income"], findings.Select(f => f.Message.Split(':')[0]));
        Assert.Equal([(5_840_000m, 6_240_000m), (300_000m, 360_000m), (4_200_000m, 4_700_000m)], findings.Select(f => (f.Expected!.Value, f.Actual!.Value)));
    }

    [Fact]
    public void A_summary_by_source_gives_its_years_income_column_and_none_where_no_column_names_it()
    {
        // Round EW's Wuxi: 收入支出决算总表 by source, 年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余 over 三、事业收入.
        DocumentBuilder Summary(string income, string printed) => new DocumentBuilder()
            .SummaryTable(TableTypes.IncomeExpenditureSummary, [null, Measures.CarryoverOpening, Measures.OtherPrefix + income, Measures.Total],
                ["三、事业收入", "85.40", printed, "1240.10"])
            .Table(TableTypes.IncomeSummary, page: 8)
            .Line(TableTypes.IncomeSummary, Dimensions.Summary, null, "合计", Measures.IncomePublicService, "1268.35", page: 8);

        Assert.Empty(new CrossTableRule().Check(Summary("本年收入", "1268.35").Build()));
        Assert.Empty(new CrossTableRule().Check(Summary("本年支出结余", "1258.35").Build()));
        var finding = Assert.Single(new CrossTableRule().Check(Summary("本年收入", "1258.35").Build()));
        Assert.Equal((12_683_500m, 12_583_500m), (finding.Expected, finding.Actual));
    }

    [Fact]
    public void A_funds_carry_over_is_not_the_years_line()
    {
        // Round BG's Tianjin: 财政拨款收入支出决算总表's year's 一、一般公共预算财政拨款 wrapped into the header; the first line of
        // that name left is the fund's part of 年初财政拨款结转和结余.
        var document = new DocumentBuilder()
            .Table(TableTypes.IncomeExpenditureSummary)
            .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "一、一般公共预算财政拨款收入", Measures.Amount, "8,149.30")
            .Table(TableTypes.FiscalAppropriationSummary)
            .Line(TableTypes.FiscalAppropriationSummary, Dimensions.Summary, null, "本年收入合计", Measures.Amount, "8,498.40")
            .Line(TableTypes.FiscalAppropriationSummary, Dimensions.Summary, null, "年初财政拨款结转和结余", Measures.Amount, "389.20")
            .Line(TableTypes.FiscalAppropriationSummary, Dimensions.Summary, null, "一、一般公共预算财政拨款", Measures.Amount, "389.20").Build();

        Assert.Empty(GeneralBudgetIncome(document));
    }

    [Fact]
    public void A_summary_naming_all_appropriations_as_one_line_is_not_compared()
    {
        // A final account's 一、财政拨款收入 holds every fund's appropriation, not the general budget's alone.
        var document = new DocumentBuilder()
            .Table(TableTypes.IncomeExpenditureSummary)
            .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "一、财政拨款收入", Measures.Amount, "1,300.00")
            .Table(TableTypes.FiscalAppropriationSummary)
            .Line(TableTypes.FiscalAppropriationSummary, Dimensions.Summary, null, "一、一般公共预算财政拨款", Measures.Amount, "1,214.77").Build();

        Assert.Empty(GeneralBudgetIncome(document));
    }

    [Theory]
    // Round DT's Ningxia: 一、本年收入 over （一）一般公共预算拨款 24,306,502 where the summary prints 24,306,520: the year's line.
    [InlineData("一、本年收入", true)]
    // Under the year's income total printed as a line of its own depth, it is not known to be the year's.
    [InlineData("本年收入合计", false)]
    public void A_general_budget_line_numbered_under_the_years_income_heading_is_the_years_line(string heading, bool compared)
    {
        var document = new DocumentBuilder()
            .Table(TableTypes.IncomeExpenditureSummary)
            .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "一、一般公共预算拨款收入", Measures.Amount, "24,306,520")
            .Table(TableTypes.FiscalAppropriationSummary)
            .Line(TableTypes.FiscalAppropriationSummary, Dimensions.Summary, null, heading, Measures.Amount, "24,306,520")
            .Line(TableTypes.FiscalAppropriationSummary, Dimensions.Summary, null, "（一）一般公共预算拨款", Measures.Amount, "24,306,502").Build();

        Assert.Equal(compared, GeneralBudgetIncome(document).Any());
    }

    [Theory]
    // Round DX's Shanxi: 收入总表's 合计 of 一般公共预算拨款收入 2,958.90 where the summary prints 2,928.90.
    [InlineData("2,928.90", false)]
    [InlineData("2,958.90", true)]
    public void The_summarys_general_budget_income_is_the_income_tables_column(string incomeColumn, bool flagged)
    {
        var document = new DocumentBuilder()
            .Table(TableTypes.IncomeExpenditureSummary)
            .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "一、一般公共预算拨款收入", Measures.Amount, "2,928.90")
            .Table(TableTypes.IncomeSummary)
            .Line(TableTypes.IncomeSummary, Dimensions.Summary, null, "合计", Measures.IncomeGeneralBudget, incomeColumn).Build();

        Assert.Equal(flagged, GeneralBudgetIncome(document).Any());
    }
}
