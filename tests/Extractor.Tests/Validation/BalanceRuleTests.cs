using Extractor.Mapping;
using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

public sealed class BalanceRuleTests
{
    [Fact]
    public void Balances_jiangsus_totals_with_what_is_carried_over_and_the_other_side()
    {
        string?[] threeSided = [null, Measures.Amount, null, Measures.Amount, null, Measures.Amount];
        var document = new DocumentBuilder().SummaryTable(TableTypes.IncomeExpenditureSummary, threeSided,
            ["一、财政拨款", "28,849.38", "四、公共安全支出", "28,849.38", "一、基本支出", "28,849.38"],
            ["当年收入小计", "28,849.38", "当年支出小计", "当年支出小计", "当年支出小计", "28,849.38"],
            ["上年结转资金", "100.00", "结转下年资金", "结转下年资金", "结转下年资金", ""],
            ["收入合计", "28,894.38", "支出合计", "支出合计", "支出合计", "28,849.38"]).Build();

        var findings = new BalanceRule().Check(document).Where(f => f.Severity == FindingSeverity.Error).ToList();

        // 收入合计 misprinted: 28,849.38 + 100.00 is 28,949.38; and the income side no longer balances the expenditure side.
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Message.StartsWith("收入合计 != 当年收入小计 + 上年结转资金") && f.Expected == 28949.38m * 10000m);
        Assert.Contains(findings, f => f.Message.StartsWith("支出合计 != 收入合计"));
    }

    [Fact]
    public void Holds_a_final_accounts_totals_to_the_years_and_what_is_carried_and_the_two_sides_to_each_other()
    {
        // 收入支出决算总表: 总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 on the left, 本年支出合计 + 结余分配 +
        // 年末结转和结余 on the right; 年初结转和结余 misprinted 94.14 for 49.14.
        string?[] twoSided = [null, Measures.Amount, null, Measures.Amount];
        var document = new DocumentBuilder().SummaryTable(TableTypes.IncomeExpenditureSummary, twoSided,
            ["本年收入合计", "2,946.25", "本年支出合计", "2,940.05"],
            ["使用非财政拨款结余（含专用结余）", "", "结余分配", ""],
            ["年初结转和结余", "94.14", "年末结转和结余", "55.34"],
            ["总计", "2,995.39", "总计", "2,995.39"]).Final().Build();

        var finding = Assert.Single(new BalanceRule().Check(document), f => f.Severity == FindingSeverity.Error);

        Assert.Equal("总计 != 本年收入合计 + 年初结转和结余", finding.Message);
        Assert.Equal(3040.39m * 10000m, finding.Expected);
    }

    [Fact]
    public void Holds_a_carrying_to_the_funds_listed_under_it_and_the_side_to_the_carrying()
    {
        // Round LC's Inner Mongolia: 年初财政拨款结转和结余 misprinted 106.00 over its funds 160.00 / 0.00 / 0.00, 总计 8,408.87 + 160.00.
        string?[] twoSided = [null, Measures.Amount, null, Measures.Amount];
        var document = new DocumentBuilder().SummaryTable(TableTypes.FiscalAppropriationSummary, twoSided,
            ["本年收入合计", "8,408.87", "本年支出合计", "8,470.12"],
            ["年初财政拨款结转和结余", "106.00", "年末财政拨款结转和结余", "98.75"],
            ["一般公共预算财政拨款", "160.00", "", ""],
            ["政府性基金预算财政拨款", "0.00", "", ""],
            ["国有资本经营预算财政拨款", "0.00", "", ""],
            ["总计", "8,568.87", "总计", "8,568.87"]).Final().Build();

        var findings = new BalanceRule().Check(document).Where(f => f.Severity == FindingSeverity.Error).ToList();

        Assert.Equal([(1600000.00m, 1060000.00m), (85148700.00m, 85688700.00m)], findings.Select(f => (f.Expected!.Value, f.Actual!.Value)));
        Assert.All(findings, f => Assert.Contains(f.Refs, r => r.RowLabel == "年初财政拨款结转和结余"));
        // Read as the validator blames: the carrying is the cell both sums share.
        Assert.All(DocumentValidator.Validate(document).Where(f => f.Rule == RuleIds.IncomeExpenditure && f.Severity == FindingSeverity.Error),
            f => Assert.Equal("年初财政拨款结转和结余", f.Refs[0].RowLabel));
    }

    [Fact]
    public void Holds_the_two_sides_actual_totals_to_each_other_past_their_budget_columns()
    {
        // Shanghai's final accounts print 年初预算数 | 决算数 on each side; the budgets balance, the actual 收入总计 is misprinted.
        string?[] phased = [null, Measures.BudgetInitial, Measures.Amount, null, Measures.BudgetInitial, Measures.Amount];
        var document = new DocumentBuilder().SummaryTable(TableTypes.IncomeExpenditureSummary, phased,
            ["收入总计", "3,100.00", "3,016.29", "支出总计", "3,100.00", "3,006.29"]).Final().Build();

        var finding = Assert.Single(new BalanceRule().Check(document), f => f.Severity == FindingSeverity.Error);

        Assert.Equal(3016.29m * 10000m, finding.Expected);
        Assert.Equal(3006.29m * 10000m, finding.Actual);
    }

    [Theory]
    [InlineData("48.00", false)]
    [InlineData("14.50", true)]
    public void Counts_a_schools_reserve_drawn_on_among_the_years_inflows(string closing, bool flagged)
    {
        // A school's 收入支出决算总表: 68.00 + 4,656.48 + 用事业基金弥补收支差额 33.50 − 4,709.98 = 48.00 at the close.
        string?[] twoSided = [null, Measures.Amount, null, Measures.Amount];
        var document = new DocumentBuilder().SummaryTable(TableTypes.IncomeExpenditureSummary, twoSided,
            ["本年收入合计", "4,656.48", "本年支出合计", "4,709.98"],
            ["用事业基金弥补收支差额", "33.50", "结余分配", ""],
            ["年初结转和结余", "68.00", "年末结转和结余", closing],
            ["总计", "4,757.98", "总计", "4,757.98"]).Final().Build();

        Assert.Equal(flagged, new CarryoverRule().Check(document).Any());
    }

    /// <summary>A fund's paragraph (round IJ's Gansu), read as the narrative reader reads it.</summary>
    private static IEnumerable<Fact> FundParagraph(string closing) => FactReader.Read(Documents.FromText(
        $"一般公共预算财政拨款：年初结转和结余20.00万元，本年收入100.00万元，本年支出105.00万元，年末结转和结余{closing}万元。"), 2024);

    [Theory]
    // Round KT's Hebei: the fund's opening row under 年初财政拨款结转和结余 printed 2,315.05 for 2,415.05, the summary's balance holding:
    // the fund's opening row is the misprint, not its closing balance. Where the 年初 line agrees with the fund's row (the fund's 年末
    // 1,561.12 then the misprint), the fund's balance stays told of its closing.
    [InlineData("2,415.05", "1,561.12", "一般公共预算财政拨款", 24_150_500.00)]
    [InlineData("2,315.05", "1,461.12", "年末财政拨款结转和结余", 14_611_200.00)]
    public void Tells_a_funds_broken_balance_of_its_opening_row_where_the_summarys_balance_holds(string openingTotal, string closingTotal, string flagged, double expected)
    {
        string?[] byFund = [null, Measures.Amount, null, Measures.Total, Measures.FundGeneralBudget];
        var document = new DocumentBuilder().SummaryTable(TableTypes.FiscalAppropriationSummary, byFund,
            ["一、一般公共预算财政拨款", "49,338.48", "一、教育支出", "50,192.41", "50,192.41"],
            ["本年收入合计", "49,338.48", "本年支出合计", "50,192.41", "50,192.41"],
            ["年初财政拨款结转和结余", openingTotal, "年末财政拨款结转和结余", closingTotal, "1,561.12"],
            ["一般公共预算财政拨款", "2,315.05", "", "", ""],
            ["总计", "51,753.53", "总计", "51,753.53", "51,753.53"]).Final().Build();

        var byItsFund = Assert.Single(new CarryoverRule().Check(document), f => f.Severity == FindingSeverity.Error && f.Refs[0].Measure != Measures.Total);

        Assert.Equal((flagged, (decimal)expected), (byItsFund.Refs[0].RowLabel, byItsFund.Expected!.Value));
    }

    [Theory]
    [InlineData("15.00", false)]
    [InlineData("51.00", true)]
    public void Holds_a_funds_paragraph_to_its_lines_of_the_fiscal_appropriation_summary(string closing, bool flagged)
    {
        string?[] byFund = [null, Measures.Amount, null, Measures.Total, Measures.FundGeneralBudget];
        var document = new DocumentBuilder().SummaryTable(TableTypes.FiscalAppropriationSummary, byFund,
            ["一、一般公共预算财政拨款", "100.00", "一、教育支出", "105.00", "105.00"],
            ["本年收入合计", "100.00", "本年支出合计", "105.00", "105.00"],
            ["年初财政拨款结转和结余", "20.00", "年末财政拨款结转和结余", "15.00", "15.00"],
            ["一般公共预算财政拨款", "20.00", "", "", ""],
            ["总计", "120.00", "总计", "120.00", "120.00"]).Final().Facts(FundParagraph(closing)).Build();

        var findings = new NarrativeTableRule().Check(document).Where(f => f.Refs[0].FactKey is FactKeys.GeneralBudgetCarryoverClosing).ToList();

        Assert.Equal(flagged, findings.Count == 1);
        Assert.All(findings, f => Assert.Equal((150_000m, 510_000m), (f.Expected, f.Actual)));
        // The summary prints the fund's lines: its paragraph is held to them, not to itself.
        Assert.DoesNotContain(new CarryoverRule().Check(document), f => f.Refs[0].FactKey is not null);
    }

    [Theory]
    [InlineData("15.00", false)]
    [InlineData("51.00", true)]
    public void Balances_a_funds_paragraph_where_no_summary_prints_its_lines(string closing, bool flagged)
    {
        var document = new DocumentBuilder().Final().Facts(FundParagraph(closing)).Build();

        var findings = new CarryoverRule().Check(document).ToList();

        Assert.Equal(flagged ? [FactKeys.GeneralBudgetCarryoverClosing] : [], findings.Select(f => f.Refs[0].FactKey));
    }

    [Fact]
    public void Holds_a_government_funds_paragraph_to_its_own_table_where_the_summary_prints_no_lines_of_it()
    {
        // Round IR's Ningxia: the paragraph's 本年收入 printed 312.00 for the fund table's 321.00; its closing balance then off its own figures.
        var document = new DocumentBuilder()
            .Line(TableTypes.GovernmentFundExpenditure, Dimensions.Summary, null, "合计", Measures.CarryoverOpening, "42.60", page: 19)
            .Line(TableTypes.GovernmentFundExpenditure, Dimensions.Summary, null, "合计", Measures.IncomeGovernmentFund, "321.00", page: 19)
            .Line(TableTypes.GovernmentFundExpenditure, Dimensions.Summary, null, "合计", Measures.Total, "330.05", page: 19)
            .Line(TableTypes.GovernmentFundExpenditure, Dimensions.Summary, null, "合计", Measures.CarryoverClosing, "33.55", page: 19)
            .Final().Facts(FactReader.Read(Documents.FromText(
                "政府性基金预算财政拨款年初结转和结余42.60万元，本年收入312.00万元，本年支出330.05万元，年末结转和结余33.55万元。"), 2024)).Build();

        var finding = Assert.Single(new NarrativeTableRule().Check(document));

        Assert.Equal((FactKeys.IncomeGovernmentFund, 3_210_000m, 3_120_000m), (finding.Refs[0].FactKey, finding.Expected, finding.Actual));
        Assert.DoesNotContain(new CarryoverRule().Check(document), f => f.Refs[0].FactKey is not null);
    }

    [Fact]
    public void Takes_the_carried_line_over_the_funds_listed_under_it()
    {
        string?[] twoSided = [null, Measures.Amount, null, Measures.Total];
        var document = new DocumentBuilder().SummaryTable(TableTypes.FiscalAppropriationSummary, twoSided,
            ["本年收入合计", "2,940.05", "本年支出合计", "2,940.05"],
            ["年初财政拨款结转和结余", "21.63", "年末财政拨款结转和结余", "21.63"],
            ["一、一般公共预算财政拨款", "21.63", "", ""],
            ["总计", "2,961.68", "总计", "2,961.68"]).Final().Build();

        Assert.Empty(new BalanceRule().Check(document));
    }

    [Fact]
    public void Leaves_a_side_listing_parts_of_what_it_carries_without_qizhong_on_each()
    {
        // The national template lists 结余分配's parts under one 其中: 提取职工福利基金 is no line of its own.
        string?[] twoSided = [null, Measures.Amount, null, Measures.Amount];
        var document = new DocumentBuilder().SummaryTable(TableTypes.IncomeExpenditureSummary, twoSided,
            ["本年收入合计", "100.00", "本年支出合计", "90.00"],
            ["", "", "结余分配", "4.00"],
            ["", "", "其中：交纳所得税", "1.00"],
            ["", "", "提取职工福利基金", "3.00"],
            ["年初结转和结余", "10.00", "年末结转和结余", "16.00"],
            ["总计", "110.00", "总计", "110.00"]).Final().Build();

        Assert.DoesNotContain(new BalanceRule().Check(document), f => f.Severity == FindingSeverity.Error);
    }
}
