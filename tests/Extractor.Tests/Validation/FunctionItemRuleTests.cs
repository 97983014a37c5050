using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>The narrative's per-item paragraphs checked against the tables and against their own figures.</summary>
public sealed class FunctionItemRuleTests
{
    private static Fact Item(string code, decimal value, decimal? planned = null, PriorFigure? prior = null, FactChange? change = null) => new()
    {
        Key = FactKeys.FunctionItem, Code = code, Name = code, Value = value, PrintedUnit = 10000m, Planned = planned, Prior = prior,
        Change = change, Page = 6, Quote = "…",
    };

    private static IReadOnlyList<Finding> Check(ExtractedDocument document) =>
        [.. new FunctionItemRule().Check(document), .. new NarrativeChangeRule().Check(document)];

    [Fact]
    public void Holds_a_paragraph_to_its_subjects_line_in_a_table_printing_the_subject_under_a_misprinted_code()
    {
        // Round EO's Guangdong: 耕地建设与利用 printed 2130135 in the general budget's table (716.38), 2130153 in the income and
        // expenditure tables; the expenditure table's 843.18 holds 上年结转 as well: the paragraph's 716.38 is the general budget's line.
        var document = new DocumentBuilder()
            .Line(TableTypes.IncomeSummary, Dimensions.Function, "2130153", "耕地建设与利用", Measures.Total, "843.18")
            .Line(TableTypes.ExpenditureSummary, Dimensions.Function, "2130153", "耕地建设与利用", Measures.Total, "843.18")
            .Function("2130135", "耕地建设与利用", "716.38")
            .Fact(Item("2130153", 7163800.00m))
            .Build();

        Assert.Empty(new FunctionItemRule().Check(document));
    }

    [Fact]
    public void Holds_the_basic_and_project_parts_a_paragraph_states_to_its_lines_basic_and_project()
    {
        // Round FI's Shanxi: 生态环境监测与信息 640.75, "其中：基本支出473.19万元，项目支出203.56万元" where the table prints 437.19 | 203.56.
        ExtractedDocument Stating(decimal basic) => new DocumentBuilder()
            .Function("2110302", "生态环境监测与信息", "640.75")
            .Function("2110302", "生态环境监测与信息", "437.19", Measures.BasicTotal)
            .Function("2110302", "生态环境监测与信息", "203.56", Measures.ProjectTotal)
            .Fact(Item("2110302", 6407500.00m))
            .Fact(Item("2110302", basic) with { Key = FactKeys.FunctionItemBasic })
            .Fact(Item("2110302", 2035600.00m) with { Key = FactKeys.FunctionItemProject })
            .Build();

        Assert.Empty(Check(Stating(4371900.00m)));
        var finding = Assert.Single(Check(Stating(4731900.00m)));
        Assert.Equal((4371900m, 4731900m), (finding.Expected, finding.Actual));
        Assert.Contains("基本支出", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_a_paragraph_that_restates_the_table_line_rounded_or_cut_off()
    {
        var document = new DocumentBuilder("元")
            .Function("2040604", "基层司法业务", "21703947.00")
            .Function("2080501", "行政单位离退休", "877080.00")
            .Fact(Item("2040604", 21703900.00m, planned: 21703900.00m, prior: new PriorFigure(2025, "execution", 21494500.00m),
                change: new FactChange(2025, null, 0.97m, "increase")))
            .Fact(Item("2080501", 877000.00m))
            .Build();

        Assert.Empty(Check(document));
    }

    [Theory]
    // Round BE's Guangdong: "年初预算为0万元，支出决算为42.21万元" of a line printing its 年初预算数 blank beside 42.82 as its 调整预算数:
    // the blank cell is the nil stated. Against a printed 年初预算数, a nil budget is flagged.
    [InlineData(false, 0)]
    [InlineData(true, 1)]
    public void Takes_a_nil_initial_budget_for_the_blank_cell_beside_an_adjusted_one(bool initialPrinted, int flagged)
    {
        var builder = new DocumentBuilder().Final().Table(TableTypes.GeneralBudgetExpenditureByFunction)
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Function, "2080207", "行政区划和地名管理", Measures.BudgetAdjusted, "42.82")
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Function, "2080207", "行政区划和地名管理", $"{Measures.Actual}.{Measures.Total}", "42.21");
        if (initialPrinted) builder.Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Function, "2080207", "行政区划和地名管理", Measures.BudgetInitial, "40.00");
        builder.Fact(Item("2080207", 42.21m * 10000m) with { Execution = new BudgetExecution(0m, null, "greater") });

        Assert.Equal(flagged, new FunctionItemRule().Check(builder.Build()).Count(f => f.Severity == FindingSeverity.Error));
    }

    [Theory]
    // Round GU's Chongqing: "农田建设（项）：年初预算为2040.00万元，调整预算为2420.00万元，支出决算为2288.90万元" of a line printing 2400.00 as
    // its 年初预算数 and 2420.00 as its 调整预算数: the 年初 figure is held to the 年初 column, whichever column holds the 调整 one.
    [InlineData("2040.00", 1)]
    [InlineData("2400.00", 0)]
    public void Holds_an_initial_budget_stated_beside_the_adjusted_one_to_the_tables_initial_budget(string initial, int flagged)
    {
        var builder = new DocumentBuilder().Final().Table(TableTypes.GeneralBudgetExpenditureByFunction)
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Function, "2130153", "农田建设", Measures.BudgetInitial, "2400.00")
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Function, "2130153", "农田建设", Measures.BudgetAdjusted, "2420.00")
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Function, "2130153", "农田建设", $"{Measures.Actual}.{Measures.Total}", "2288.90");
        builder.Fact(Item("2130153", 22_889_000m) with
        {
            Execution = new BudgetExecution(24_200_000m, 95.37m, "less") { InitialBudget = decimal.Parse(initial) * 10000m, CompletionOfInitial = true },
        });

        var findings = new FunctionItemRule().Check(builder.Build()).Where(f => f.Severity == FindingSeverity.Error).ToList();

        Assert.Equal(flagged, findings.Count);
        if (flagged == 1) Assert.Equal((24_000_000m, 20_400_000m), (findings[0].Expected, findings[0].Actual));
    }

    [Fact]
    public void Leaves_an_initial_budget_alone_where_the_table_prints_a_single_budget_column()
    {
        // A final account's 预算数 | 决算数 (read as the 年初 budget) may hold the adjusted budget the paragraph states beside its 年初 one.
        var builder = new DocumentBuilder().Final().Table(TableTypes.GeneralBudgetExpenditureByFunction)
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Function, "2130153", "农田建设", Measures.BudgetInitial, "2420.00")
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Function, "2130153", "农田建设", $"{Measures.Actual}.{Measures.Total}", "2288.90");
        builder.Fact(Item("2130153", 22_889_000m) with
        {
            Execution = new BudgetExecution(24_200_000m, 94.58m, "less") { InitialBudget = 24_000_000m },
        });

        Assert.DoesNotContain(new FunctionItemRule().Check(builder.Build()), f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void Holds_a_figure_stated_in_yuan_to_a_table_in_wan_yuan_at_the_table_s_digit()
    {
        // Xinjiang: the narrative in exact yuan, the tables in 万元 to two decimals.
        var document = new DocumentBuilder()
            .Function("2070101", "行政运行", "507.42")
            .Function("2070104", "图书馆", "120.00")
            .Fact(Item("2070101", 5074248.00m) with { PrintedUnit = 1m })
            .Fact(Item("2070104", 1200600.00m) with { PrintedUnit = 1m })
            .Build();

        var finding = Assert.Single(Check(document));

        Assert.Equal((1200000.00m, 1200600.00m), (finding.Expected, finding.Actual));
    }

    [Fact]
    public void Flags_a_stated_amount_and_a_restated_amount_that_differ_from_the_table()
    {
        var document = new DocumentBuilder()
            .Function("2080506", "机关事业单位职业年金缴费支出", "87.36")
            .Function("2210201", "住房公积金", "208.80")
            .Fact(Item("2080506", 8873600.00m))
            .Fact(Item("2210201", 2088000.0m, planned: 2015000.0m))
            .Build();

        var findings = Check(document);

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(("narrative.table", FindingSeverity.Error), (f.Rule, f.Severity)));
        Assert.Equal((873600.00m, 8873600.00m), (findings[0].Expected, findings[0].Actual));
        Assert.Equal((2088000.00m, 2015000.0m), (findings[1].Expected, findings[1].Actual));
        Assert.Equal([null, "2210201"], findings[1].Refs.Select(r => r.Code));
    }

    [Fact]
    public void Takes_a_class_statement_as_describing_the_summary_line_over_all_funds_when_it_matches_that()
    {
        var document = new DocumentBuilder()
            .Function("204", "公共安全支出", "16444.36", Measures.Amount)
            .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "四、公共安全支出", Measures.Amount, "16458.75")
            .Fact(Item("204", 164587500.00m))
            .Fact(Item("204", 164587600.00m))
            .Build();

        var finding = Assert.Single(Check(document));
        Assert.Equal(164587600m, finding.Actual);
    }

    [Theory]
    [InlineData("14581.24", false)]
    [InlineData("14518.24", true)]
    public void Takes_a_class_of_all_appropriated_spending_as_its_lines_over_the_funds_added(string stated, bool flagged)
    {
        // Round EI's Beijing: "财政拨款支出主要用于：…城乡社区支出14,581.24万元", the general budget spending 4,371.69 on the
        // class and the government funds 10,209.55.
        var document = new DocumentBuilder()
            .Function("212", "城乡社区支出", "4371.69")
            .Line(TableTypes.GovernmentFundExpenditure, Dimensions.Function, "212", "城乡社区支出", Measures.Total, "10209.55")
            .Fact(Item("212", decimal.Parse(stated, System.Globalization.CultureInfo.InvariantCulture) * 10000m))
            .Build();

        Assert.Equal(flagged, Check(document).Any());
    }

    [Fact]
    public void Compares_the_two_amounts_of_a_paragraph_whose_code_no_table_prints()
    {
        var document = new DocumentBuilder().Fact(Item("2080501", 561200.00m, planned: 578000.00m)).Build();

        var finding = Assert.Single(Check(document));
        Assert.Equal((578000.00m, 561200.00m), (finding.Expected, finding.Actual));
    }

    [Theory]
    [InlineData("38452900.00", "432693000.0", "17.62", "increase", "-91.11")] // a prior-year figure misprinted
    [InlineData("2070000", "2415000.0", "21.74", "increase", "-14.29")] // a fall stated as a rise
    [InlineData("454100.00", "116700.00", "314.82", "increase", "289.12")]
    public void Flags_a_rate_that_does_not_follow_from_the_prior_year_figure(string planned, string prior, string pct, string direction, string expected)
    {
        var document = new DocumentBuilder()
            .Fact(Item("2040699", decimal.Parse(planned), planned: decimal.Parse(planned), prior: new PriorFigure(2025, "execution", decimal.Parse(prior)),
                change: new FactChange(2025, null, decimal.Parse(pct), direction)))
            .Build();

        var finding = Assert.Single(Check(document));
        Assert.Equal(("narrative.change", decimal.Parse(expected), decimal.Parse(pct)), (finding.Rule, finding.Expected, finding.Actual));
    }

    [Fact]
    public void Checks_no_rate_against_a_prior_year_of_nothing()
    {
        var document = new DocumentBuilder()
            .Fact(Item("2012999", 601300m, planned: 601300m, prior: new PriorFigure(2022, "execution", 0m), change: new FactChange(2022, null, 100.00m, "increase")))
            .Build();

        Assert.Empty(Check(document));
    }

    [Fact]
    public void Flags_only_the_restated_amount_when_the_rate_follows_the_table()
    {
        // "住房公积金（01项）208.8万元 … 2025年当年预算执行数为198.34万元，2026年预算安排201.50万元，比2025年预算执行数增加5.27%"
        var document = new DocumentBuilder("元")
            .Function("2210201", "住房公积金", "2087959.00")
            .Fact(Item("2210201", 2088000.0m, planned: 2015000.00m, prior: new PriorFigure(2025, "execution", 1983400.00m),
                change: new FactChange(2025, null, 5.27m, "increase")))
            .Build();

        var finding = Assert.Single(Check(document));
        Assert.Equal(("narrative.table", 2015000.00m), (finding.Rule, finding.Actual));
    }

    [Fact]
    public void Takes_shares_of_the_three_public_expenses_against_the_three_parts_the_table_prints()
    {
        // rdbgt 2017: 222.5 + 183.6 + 427.5 = 833.6 in the 三公 table, whose 合计 2542.60 also holds 会议费 and 培训费.
        Fact Part(string key, decimal value, decimal pct) => new()
        {
            Key = key, Value = value, PrintedUnit = 10000m, ShareOf = FactKeys.ThreePublicTotal, SharePct = pct, Page = 28, Quote = "…",
        };
        var document = new DocumentBuilder()
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "合计", Measures.Total, "2542.60")
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "合计", Measures.ThreePublicOverseas, "222.50")
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "合计", Measures.ThreePublicVehicle, "183.60")
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "合计", Measures.ThreePublicReception, "427.50")
            .Fact(new Fact { Key = FactKeys.ThreePublicTotal, Value = 25426000.00m, Page = 28, Quote = "…" })
            .Fact(Part(FactKeys.ThreePublicOverseas, 2225000.0m, 8.75m))
            .Fact(Part(FactKeys.ThreePublicVehicle, 1836000.0m, 22.02m))
            .Build();

        var finding = Assert.Single(new NarrativeShareRule().Check(document));
        Assert.Equal((26.69m, 8.75m), (finding.Expected, finding.Actual));
    }

    [Theory]
    // A final account leaves out the part it spent nothing on; the two listed state shares adding up to 100 %, so they
    // are the whole (made-up figures): 0.60 of 1.90 is 31.58 %, not the 68.42 % printed, the two shares swapped.
    [InlineData("68.42", "31.58", true)]
    [InlineData("31.58", "68.42", false)]
    public void Takes_shares_of_three_public_against_the_listed_parts_when_their_shares_add_up_to_the_whole(string reception, string vehicle, bool flagged)
    {
        Fact Part(string key, decimal value, string pct) => new()
        {
            Key = key, Value = value, PrintedUnit = 10000m, ShareOf = FactKeys.ThreePublicTotal, SharePct = decimal.Parse(pct), Page = 5, Quote = "…",
        };
        var document = new DocumentBuilder().Final()
            .Fact(Part(FactKeys.ThreePublicReception, 6000.00m, reception))
            .Fact(Part(FactKeys.ThreePublicVehicle, 13000.00m, vehicle))
            .Build();

        Assert.Equal(flagged ? 2 : 0, new NarrativeShareRule().Check(document).Count(f => f.Severity == FindingSeverity.Error));
    }
}
