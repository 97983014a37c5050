using Extractor.Mapping;
using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

public sealed class NarrativeShareRuleTests
{
    private static List<Finding> Errors(string statement, bool final = false)
    {
        var builder = new DocumentBuilder("元").Facts(FactReader.Read(Documents.FromText(statement), fiscalYear: 2024));
        return [.. new NarrativeShareRule().Check((final ? builder.Final() : builder).Build()).Where(f => f.Severity == FindingSeverity.Error)];
    }

    [Fact]
    public void Holds_shares_of_an_unstated_general_budget_to_the_sum_of_its_basic_and_project_parts()
    {
        // Guangxi's wording with made-up figures: the whole is 2,000,000 yuan, so the project's 20 % is printed 25 %.
        var finding = Assert.Single(Errors(
            "1. 基本支出预算1600000.00元，占一般公共预算支出的80.00%，同比减少10000元，下降0.62%。" +
            "2. 项目支出400000元，占一般公共预算支出的25.00%，同比增加10000元，增长2.56%。"));

        Assert.Equal((FactKeys.GeneralBudgetProject, 20.00m, 25.00m), (finding.Refs[0].FactKey, finding.Expected, finding.Actual));
        Assert.Equal(3, finding.Refs.Count);
    }

    [Theory]
    // Round JP's Chongqing: a part "占5.95%" of a 支出预算总数 stated 12515.94 that the expenditure table prints 12,155.94: the share it
    // should be is the table's whole's (5.59 %), not the misprinted statement's (5.43 %). Round JL's Jiangsu unit: a whole the
    // reader has no statement of is the table's.
    [InlineData(true)]
    [InlineData(false)]
    public void Holds_a_share_to_the_tables_whole_where_the_narrative_misstates_the_whole_or_states_none(bool stated)
    {
        var builder = new DocumentBuilder()
            .Line(TableTypes.ExpenditureSummary, Dimensions.Summary, null, "合计", Measures.Total, "12,155.94")
            .Fact(new Fact { Key = FactKeys.ExpenditureBasic, Value = 6_800_000.00m, PrintedUnit = 10_000m, SharePct = 5.95m, ShareOf = FactKeys.ExpenditureTotal, Page = 4, Quote = "基本支出680.00万元，占5.95%" });
        if (stated) builder.Fact(new Fact { Key = FactKeys.ExpenditureTotal, Value = 125_159_400.00m, PrintedUnit = 10_000m, Page = 4, Quote = "支出预算总数12515.94万元" });

        var finding = Assert.Single(new NarrativeShareRule().Check(builder.Build()), f => f.Severity == FindingSeverity.Error);

        Assert.Equal((5.59m, 5.95m), (finding.Expected, finding.Actual));
        Assert.Equal(TableTypes.ExpenditureSummary, finding.Refs[1].TableType);
    }

    [Fact]
    public void Names_the_stated_part_where_the_share_holds_against_the_tables_part()
    {
        // Round CJ's Luchuan hospital: 上级补助收入 stated 1,553,000.00, printed 1,550,000.00 in the income table; 0.51 % is its share.
        var builder = new DocumentBuilder("元").Final()
            .Line(TableTypes.IncomeSummary, Dimensions.Summary, null, "合计", Measures.IncomeHigherSubsidy, "1,550,000.00")
            .Facts(FactReader.Read(Documents.FromText("本年收入合计301,459,588.10元。上级补助收入1,553,000.00元，占本年收入合计的0.51%。"), fiscalYear: 2024));

        var finding = Assert.Single(new NarrativeShareRule().Check(builder.Build()), f => f.Severity == FindingSeverity.Error);
        Assert.Equal((0.52m, 0.51m), (finding.Expected, finding.Actual));
        Assert.EndsWith("按收入总表第10页“合计”的上级补助收入所列1,550,000.00计算，占比相符，误印当在所述金额", finding.MessageZh);
    }

    [Fact]
    public void Names_a_class_paragraphs_amount_where_the_share_holds_against_the_function_tables_class()
    {
        // Round FR's Qingdao: "公共安全支出（类）1550.67万元，占80.18%" of 1921.41, the function table printing 204 as 1540.67.
        var builder = new DocumentBuilder()
            .Function("204", "公共安全支出", "1540.67")
            .Fact(new Fact { Key = FactKeys.GeneralBudgetTotal, Value = 19_214_100m, PrintedUnit = 10_000m, Page = 3, Quote = "2026年一般公共预算当年拨款1921.41万元" })
            .Fact(new Fact
            {
                Key = FactKeys.FunctionItem, Code = "204", Value = 15_506_700m, PrintedUnit = 10_000m, ShareOf = FactKeys.GeneralBudgetTotal, SharePct = 80.18m,
                Page = 3, Quote = "公共安全支出（类）1550.67万元，占80.18%",
            });

        var finding = Assert.Single(new NarrativeShareRule().Check(builder.Build()), f => f.Severity == FindingSeverity.Error);

        Assert.EndsWith("“公共安全支出”（204）的合计所列1540.67计算，占比相符，误印当在所述金额", finding.MessageZh);
    }

    [Theory]
    // Round BI: the 三公 table's 公务接待费 misprinted 1.24 (its 合计 13.59 adds up with 1.28): a share of it right against the 合计 is
    // right; one right against neither is flagged.
    [InlineData("90.58", 0)]
    [InlineData("92.00", 1)]
    public void Holds_a_three_public_share_to_the_tables_total_where_its_parts_do_not_add_up_to_it(string share, int errors)
    {
        var builder = new DocumentBuilder().Final().Table(TableTypes.ThreePublicExpenses);
        foreach (var (measure, printed) in new[] { (Measures.ThreePublicOverseas, "0.00"), (Measures.ThreePublicVehicle, "12.31"), (Measures.ThreePublicReception, "1.24"), (Measures.Total, "13.59") })
            builder.Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "", $"{Measures.Actual}.{measure}", printed);
        builder.Fact(new Fact
        {
            Key = FactKeys.ThreePublicVehicle, Value = 12.31m * 10000m, PrintedUnit = 10000m, ShareOf = FactKeys.ThreePublicTotal, SharePct = decimal.Parse(share),
            Page = 16, Quote = $"公务用车购置及运行维护费支出决算12.31万元，占{share}%",
        });

        Assert.Equal(errors, new NarrativeShareRule().Check(builder.Build()).Count(f => f.Severity == FindingSeverity.Error));
    }

    [Theory]
    // Round BE's Guangdong: the procurement's total misprinted 2,335,040.81 where its three kinds add up to 2,353,040.81: a share right
    // against the kinds' sum is not flagged (the total's misprint is sum.procurement's); one right against neither is.
    [InlineData("90.76", 0)]
    [InlineData("95.00", 1)]
    public void Holds_a_share_of_a_procurement_total_off_its_kinds_to_the_kinds_sum(string share, int errors)
    {
        var found = Errors("2024年度政府采购支出总额2,335,040.81元，其中：政府采购货物支出1,000,000.00元、政府采购工程支出353,040.81元、政府采购服务支出"
            + $"1,000,000.00元。授予中小企业合同金额2,135,591.38元，占政府采购支出总额的{share}%。", final: true);

        Assert.Equal(errors, found.Count);
    }

    [Fact]
    public void Names_the_whole_by_the_sentence_printing_its_figure_not_by_its_change()
    {
        // Round V's Beijing: the income total restated by the change of both totals after the expenditure's parts.
        var finding = Assert.Single(Errors(
            "2024年收入预算2659.47万元，其中：本年财政拨款收入2556.77万元，占94.64%；事业收入102.70万元，占3.86%。" +
            "2024年支出预算2659.47万元，其中：基本支出2110.18万元，占79.35%；项目支出549.29万元，占20.65%。与2023年执行数相比，收入、支出预算总计各减少302.82万元，下降10.22%。"));

        Assert.Equal((96.14m, "2024年收入预算2659.47万元"), (finding.Expected, finding.Refs[1].Quote));
    }

    [Theory]
    // Gansu: 119.77 of 1,268.06 万元 is 9.4451 %, but figures within their rounding give 9.4448 %: 9.44 % holds.
    [InlineData("9.44", false)]
    [InlineData("9.45", false)]
    [InlineData("9.43", true)]
    public void Holds_a_share_that_figures_within_their_rounding_give(string share, bool flagged)
    {
        var errors = Errors($"一般公共预算财政拨款支出1268.06万元。社会保障和就业支出（类）119.77万元，占{share}%。", final: true);

        Assert.Equal(flagged, errors.Count == 1);
    }

    private static Fact Stated(string key, decimal value, int page, string? shareOf = null, decimal? share = null) =>
        new() { Key = key, Value = value, Page = page, ShareOf = shareOf, SharePct = share, Quote = $"{key} p{page}" };

    [Theory]
    // The general budget stated twice, 3,000 in the overview (p5) and 2,000 in its own section (p8): 500 is 25 % of
    // 2,000 and 16.67 % of 3,000; a share right against either holds.
    [InlineData(8, "25.00", null, null)]
    [InlineData(8, "16.67", null, null)]
    // Wrong against both, it is held to the whole stated last on its page or before: 2,000 on p8, 3,000 for a share on p6.
    [InlineData(8, "30.00", "25.00", "general_budget.total p8")]
    [InlineData(6, "30.00", "16.67", "general_budget.total p5")]
    public void Holds_a_share_to_the_nearest_of_a_whole_stated_twice(int page, string share, string? expected, string? whole)
    {
        var document = new DocumentBuilder("元")
            .Fact(Stated(FactKeys.GeneralBudgetTotal, 3000m, page: 5))
            .Fact(Stated(FactKeys.GeneralBudgetTotal, 2000m, page: 8))
            .Fact(Stated(FactKeys.FunctionItem, 500m, page, FactKeys.GeneralBudgetTotal, decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture)) with { Code = "201" })
            .Build();

        var found = new NarrativeShareRule().Check(document).ToList();

        Assert.Equal(expected is null ? [] : [(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), whole)],
            found.Select(f => (f.Expected, f.Refs[1].Quote)));
    }

    [Fact]
    public void Holds_a_share_of_three_public_to_its_three_parts_however_often_a_wider_total_is_stated()
    {
        // The 三公 table prints 30 + 40 + 30; the narrative states a total of 120 (会议费 and 培训费 in it) twice, and
        // the overseas part's 30 as 25 % of it: of the three parts it is 30 %.
        var document = new DocumentBuilder()
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "合计", Measures.ThreePublicOverseas, "30.00")
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "合计", Measures.ThreePublicVehicle, "40.00")
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "合计", Measures.ThreePublicReception, "30.00")
            .Fact(Stated(FactKeys.ThreePublicTotal, 1200000m, page: 5))
            .Fact(Stated(FactKeys.ThreePublicTotal, 1200000m, page: 9))
            .Fact(Stated(FactKeys.ThreePublicOverseas, 300000m, 9, FactKeys.ThreePublicTotal, 25.00m))
            .Build();

        var finding = Assert.Single(new NarrativeShareRule().Check(document));

        Assert.Equal((30.00m, 25.00m), (finding.Expected, finding.Actual));
    }

    [Fact]
    public void Holds_shares_of_three_public_to_its_parts_with_the_vehicles_purchase_and_running_costs_stated_apart()
    {
        // Chongqing's wording: 0 + (29.80 + 16.42) + 0.26 = 46.48.
        Assert.Empty(Errors("2024年度“三公”经费支出决算46.48万元，其中：因公出国（境）费支出0.00万元，占0.00%；公务用车购置费29.80万元，占64.11%；" +
            "公务用车运行维护费16.42万元，占35.33%；公务接待费0.26万元，占0.56%。", final: true));
    }

    [Fact]
    public void Accepts_a_share_of_three_public_that_the_tables_exact_figures_give()
    {
        // Guangzhou: the 三公 table in 元 as lines (79,364.21 of 85,196.21 is 93.15 %), the text in 万元 (7.94 of 8.52 is 93.19 %).
        var document = new DocumentBuilder("元").Final()
            .Table(TableTypes.ThreePublicExpenses)
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "因公出国（境）费", $"{Measures.Actual}.{Measures.Amount}", "0.00")
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "公务用车购置及运行维护费", $"{Measures.Actual}.{Measures.Amount}", "79364.21")
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "公务用车运行维护费", $"{Measures.Actual}.{Measures.Amount}", "79364.21")
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "公务接待费", $"{Measures.Actual}.{Measures.Amount}", "5832.00")
            .Fact(Stated(FactKeys.ThreePublicVehicleOperation, 79400.00m, 15, FactKeys.ThreePublicTotal, 93.15m))
            .Fact(Stated(FactKeys.ThreePublicReception, 5800.00m, 15, FactKeys.ThreePublicTotal, 6.85m))
            .Build();

        Assert.DoesNotContain(new NarrativeShareRule().Check(document), f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void Says_nothing_of_a_share_of_an_unstated_whole_whose_other_part_is_not_stated()
    {
        Assert.Empty(Errors("2. 项目支出400000元，占一般公共预算支出的25.00%，同比增加10000元，增长2.56%。"));
    }

    [Fact]
    public void Accepts_shares_of_an_unstated_whole_that_fit_its_parts()
    {
        Assert.Empty(Errors("1. 基本支出预算1600000.00元，占一般公共预算支出的80.00%。2. 项目支出400000元，占一般公共预算支出的20.00%。"));
    }

    [Theory]
    // A budget's expenditure is its basic and project expenditure: 400 of 1,000 is 40 %, not 45 %.
    [InlineData("其中：基本支出600.00万元，占60.00%；项目支出400.00万元，占45.00%。", false, 1)]
    // A final account's expenditure has other parts the text may leave out.
    [InlineData("其中：基本支出600.00万元，占60.00%；项目支出400.00万元，占45.00%。", true, 0)]
    // A third part printed in a wording not read (事业单位经营支出…，占4%): shares short of 100 % say so.
    [InlineData("其中：基本支出1000.00万元，占80%；项目支出200.00万元，占16%；事业单位经营支出50.00万元，占4%。", false, 0)]
    // Jiangsu's reserve is a third part, the whole then the three: 400 of 1,010 is 39.60 %.
    [InlineData("其中：基本支出600.00万元，占59.41%；项目支出400.00万元，占45.00%；单位预留机动经费10.00万元，占0.99%。", false, 1)]
    [InlineData("其中：基本支出600.00万元，占59.41%；项目支出400.00万元，占39.60%；单位预留机动经费10.00万元，占0.99%。", false, 0)]
    public void Holds_shares_of_an_unstated_budget_expenditure_to_its_basic_and_project_parts_alone(string statement, bool final, int findings) =>
        Assert.Equal(findings, Errors(statement, final).Count);

    [Theory]
    // Made-up figures in a Hubei final account's wording: 2982.61 of 4680.58 is 63.72 %, printed to the percent 64, not 63.
    [InlineData("2023年度收入合计4680.58万元。其中：财政拨款收入2982.61万元，占本年收入63%；其他收入1697.97万元，占本年收入36%。", true, 1)]
    [InlineData("2023年度收入合计4680.58万元。其中：财政拨款收入2982.61万元，占本年收入64%；其他收入1697.97万元，占本年收入36%。", true, 0)]
    // Two income totals stated (a budget's and the year's): which one a bare 本年收入 means is not read.
    [InlineData("2023年度收入预算5000.00万元，2023年度收入合计4680.58万元。其中：财政拨款收入2982.61万元，占本年收入63.72%；其他收入1697.97万元，占本年收入36.28%。", true, 0)]
    // The fiscal appropriation's own 本年收入合计 is no income total.
    [InlineData("2023年度财政拨款本年收入合计2982.61万元。其中：财政拨款收入2982.61万元，占本年收入63.72%。", true, 0)]
    // A budget's bare 本年收入 may leave out the carry-over its income holds: not read as that.
    [InlineData("2023年度收入合计4680.58万元。其中：财政拨款收入2982.61万元，占本年收入63%；其他收入1697.97万元，占本年收入36%。", false, 0)]
    public void Reads_a_final_accounts_bare_years_income_as_its_income_total(string statement, bool final, int findings)
    {
        var facts = FactReader.Read(Documents.FromText(statement), fiscalYear: 2023, final ? BudgetPhase.FinalAccounts : BudgetPhase.Budget);
        var builder = new DocumentBuilder().Facts(facts);

        Assert.Equal(findings, new NarrativeShareRule().Check((final ? builder.Final() : builder).Build())
            .Count(f => f.Severity == FindingSeverity.Error));
    }

    [Theory]
    // Round BB's Hubei: "2025年支出预算2363.36万元…基本支出1786.31万元，占75.59%", the tables' 合计 2,363.26: the share holds against
    // the table's whole, the stated whole is the misprint (narrative.table's). Without the table, or with one giving another
    // share, the share is flagged.
    [InlineData("2363.26", 0)]
    [InlineData(null, 1)]
    [InlineData("2300.00", 1)]
    public void Leaves_a_share_right_against_the_tables_whole_to_the_misstated_wholes_finding(string? table, int flagged)
    {
        var builder = new DocumentBuilder().Facts(FactReader.Read(Documents.FromText("2025年支出预算2363.36万元，其中：基本支出1786.31万元，占75.59%；项目支出577.05万元，占24.41%。"), fiscalYear: 2025));
        if (table is not null) builder.Table(TableTypes.ExpenditureSummary).Line(TableTypes.ExpenditureSummary, Dimensions.Summary, null, "合计", Measures.Total, table);

        Assert.Equal(flagged, new NarrativeShareRule().Check(builder.Build()).Count(f => f.Severity == FindingSeverity.Error && f.Refs[0].FactKey == FactKeys.ExpenditureBasic));
    }
}
