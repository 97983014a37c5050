using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>A final account's figure against its budget: stated, printed by the 三公 table, or implied by the stated difference.</summary>
public sealed class NarrativeComparisonRuleTests
{
    /// <summary>A figure in 万元 as printed, with its comparison with the budget.</summary>
    private static Fact Actual(string key, string printed, BudgetExecution execution) => new()
    {
        Key = key, Value = decimal.Parse(printed) * 10000m, PrintedUnit = 10000m, Execution = execution, Page = 3, Quote = printed,
    };

    private static List<Finding> Check(params Fact[] facts)
    {
        var document = new DocumentBuilder().Final();
        foreach (var fact in facts) document.Fact(fact);
        return [.. new NarrativeComparisonRule().Check(document.Build())];
    }

    [Theory]
    // Round CK's Henan self-evaluation: 480.00 carried out of 485.96 is 98.77 %, printed 91.77.
    [InlineData("98.77", 0)]
    [InlineData("91.77", 1)]
    public void Checks_a_self_evaluations_rate_of_execution(string rate, int findings)
    {
        var fact = Actual(FactKeys.SelfEvaluationExecution, "480.00", new(4859600m, decimal.Parse(rate), null));

        Assert.Equal(findings, Check(fact).Count(f => f.Severity == FindingSeverity.Error));
    }

    [Theory]
    // 1200.50 spent, 50.50 over the budget: the budget was 1150.00, so 104.39 % of it was spent, not 100 %.
    [InlineData("100", "104")]
    [InlineData("104.39", null)]
    [InlineData("104.40", "104.39")]
    public void Checks_a_completion_rate_against_the_budget_the_stated_difference_implies(string completion, string? expected)
    {
        var findings = Check(Actual(FactKeys.GeneralBudgetTotal, "1200.50", new(null, decimal.Parse(completion), "greater") { Difference = 505000.00m }));

        Assert.Equal(expected, findings.SingleOrDefault(f => f.Rule == RuleIds.NarrativeShare && f.Severity == FindingSeverity.Error)?.Expected?.ToString());
        Assert.Equal(expected is null ? 0 : 1, findings.Count);
    }

    [Theory]
    [InlineData("16.67", false)]
    [InlineData("16.00", true)]
    public void Checks_the_rate_of_the_difference_against_the_budget_it_implies(string rate, bool flagged)
    {
        // 2500 spent, 500 under the budget: 500 of 3000 is 16.67 %.
        var findings = Check(Actual(FactKeys.ThreePublicTotal, "2500", new(null, null, "less") { Difference = 5000000m, DifferencePct = decimal.Parse(rate) }));

        Assert.Equal(flagged, findings.Any(f => f.Severity == FindingSeverity.Error && f.Rule == RuleIds.NarrativeShare));
    }

    [Theory]
    // Hainan: 年初 1030.81, 调整 1095.31, 决算 1256.42, "完成年初预算的121.89%" (of the 年初 one); Putuo's rates naming 年初 are of
    // the 全年 one (114.71 %). Either holds; a rate neither gives is flagged against the 全年 budget.
    [InlineData("121.89", "greater", null)]
    [InlineData("114.71", "greater", null)]
    [InlineData("112.89", "greater", "114.71")]
    public void Holds_a_rate_to_either_budget_where_both_are_printed(string completion, string stated, string? expected)
    {
        var findings = Check(Actual(FactKeys.BudgetExecution, "1256.42", new(10953100m, decimal.Parse(completion), stated) { InitialBudget = 10308100m }));

        Assert.Equal(expected, Assert.Single(findings.Select(f => f.Expected?.ToString()).DefaultIfEmpty(null)));
    }

    [Theory]
    // Round Y's Shaanxi: 年初 180.54, 调整 181.21, 决算 175.25; "完成年初预算的90.77%" is told against the 年初 budget it names
    // (97.07 %), a rate of neither; Putuo's 年初 of 0 leaves the 全年 one (96.71 %).
    [InlineData("1805400", "97.07")]
    [InlineData("0", "96.71")]
    public void Tells_a_rate_naming_the_initial_budget_against_it(string initial, string expected)
    {
        var findings = Check(Actual(FactKeys.BudgetExecution, "175.25", new(1812100m, 90.77m, null) { InitialBudget = decimal.Parse(initial), CompletionOfInitial = true }));

        Assert.Equal(expected, Assert.Single(findings).Expected?.ToString());
    }

    [Theory]
    // Round AA's Shanghai: 年初 70.15, 调整 73.88, 决算 80.82; "决算数比年初预算增加10.13万元" holds against neither and is told
    // against the 年初 budget it names (10.67), not the 调整 one (6.94).
    [InlineData(true, "10.67")]
    [InlineData(false, "6.94")]
    public void Tells_a_difference_naming_the_initial_budget_against_it(bool named, string expected)
    {
        var findings = Check(Actual(FactKeys.BudgetExecution, "80.82", new(738800m, null, "greater") { InitialBudget = 701500m, ComparisonOfInitial = named, Difference = 101300m }));

        Assert.Equal(decimal.Parse(expected) * 10000m, Assert.Single(findings).Expected);
    }

    [Theory]
    // Round Z's Beijing: 年初 5987.74, 调整 6342.23, 决算 5930.55, "完成年初预算的99.04%，完成调整预算的93.51%".
    [InlineData("93.51", null)]
    [InlineData("95.51", "93.51")]
    public void Checks_a_second_rate_of_the_adjusted_budget(string adjusted, string? expected)
    {
        var findings = Check(Actual(FactKeys.BudgetExecution, "5930.55", new(63422300m, 99.04m, null)
        {
            InitialBudget = 59877400m, CompletionOfInitial = true, AdjustedCompletionPct = decimal.Parse(adjusted),
        }));

        Assert.Equal(expected, Assert.Single(findings.Select(f => f.Expected?.ToString()).DefaultIfEmpty(null)));
    }

    [Theory]
    // 年初 166.17, 调整 173.53, 决算 172.90: "决算数大于年初预算数" holds against the 年初 one; "决算数等于预算数" against neither.
    [InlineData("greater", 0)]
    [InlineData("less", 0)]
    [InlineData("equal", 1)]
    public void Holds_a_comparison_to_either_budget_where_both_are_printed(string stated, int flagged)
    {
        var findings = Check(Actual(FactKeys.BudgetExecution, "172.90", new(1735300m, null, stated) { InitialBudget = 1661700m }));

        Assert.Equal(flagged, findings.Count(f => f.Rule == RuleIds.NarrativeComparison));
    }

    [Theory]
    // Round V's Heilongjiang: "“三公”经费…决算18.05万元…年初预算18.22万元，完成预算的91.93%", the 三公 table's 决算数 16.75: the rate
    // is of the table's figure, the amount the misprint (narrative.table's). Without the table, the rate is flagged.
    [InlineData(true, 0)]
    [InlineData(false, 1)]
    public void Leaves_a_rate_computed_from_the_tables_figure_to_the_misprinted_amounts_finding(bool table, int flagged)
    {
        var builder = new DocumentBuilder().Final();
        if (table) builder.Table(TableTypes.ThreePublicExpenses).Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "", $"{Measures.Actual}.{Measures.Total}", "16.75");
        builder.Fact(Actual(FactKeys.ThreePublicTotal, "18.05", new(182200m, 91.93m, null)));

        Assert.Equal(flagged, new NarrativeComparisonRule().Check(builder.Build()).Count(f => f.Rule == RuleIds.NarrativeShare));
    }

    [Fact]
    public void Flags_a_stated_difference_the_stated_budget_and_actual_do_not_give()
    {
        var finding = Assert.Single(Check(Actual(FactKeys.BudgetExecution, "12.00", new(100000.00m, null, "greater") { Difference = 30000.00m })));

        Assert.Equal((RuleIds.NarrativeComparison, FindingSeverity.Error, 20000.00m, 30000.00m), (finding.Rule, finding.Severity, finding.Expected, finding.Actual));
        // The two differences, not an actual and a budget.
        Assert.EndsWith("印为3.00万元，应为2.00万元，相差1.00万元（舍入容差0.015万元）", finding.MessageZh);
    }

    [Fact]
    public void Accepts_a_difference_of_zero_stated_as_an_increase_of_nothing()
    {
        Assert.Empty(Check(Actual(FactKeys.BudgetExecution, "10.00", new(100000.00m, null, "equal") { Difference = 0m })));
    }

    [Theory]
    [InlineData("100", false)]
    [InlineData("98", true)]
    public void Holds_a_completion_rate_to_a_stated_equality_with_the_budget(string completion, bool flagged)
    {
        var findings = Check(Actual(FactKeys.FunctionItem, "120.50", new(null, decimal.Parse(completion), "equal")));

        Assert.Equal(flagged, findings.Any(f => f.Severity == FindingSeverity.Error));
    }

    [Theory]
    // Round AX's Chongqing: "物价管理（项）：…支出决算为49.70万元，年初预算为48.21万元，比年初预算增加2.49万元，完成年初预算的105.27%",
    // the function table's 年初预算数 47.21: the difference and the rate hold against the table's budget, the stated budget is the
    // misprint (function_item's finding). Without the table's line, both are flagged.
    [InlineData(true, 0)]
    [InlineData(false, 2)]
    public void Leaves_a_difference_and_rate_that_hold_against_the_tables_budget_to_the_misprinted_budgets_finding(bool tabled, int flagged)
    {
        var builder = new DocumentBuilder().Final();
        if (tabled) builder.Table(TableTypes.GeneralBudgetExpenditureByFunction)
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Function, "2010408", "物价管理", Measures.BudgetInitial, "47.21");
        builder.Fact(Actual(FactKeys.FunctionItem, "49.70", new(482100m, 105.27m, "greater") { Difference = 24900m }) with { Code = "2010408" });

        Assert.Equal(flagged, new NarrativeComparisonRule().Check(builder.Build()).Count(f => f.Severity == FindingSeverity.Error));
    }

    [Fact]
    public void Holds_an_items_rate_to_the_budget_it_names_where_the_tables_print_that_budget_beside_another()
    {
        // Round EG's Zhejiang: "城乡社区环境卫生（项）。全年预算数为700.00万元，支出决算为684.25万元，完成全年预算的114.04%", the function table
        // printing 年初预算数 600.00 and 全年预算数 700.00: the stated budget is the table's, so the rate of the 年初 one is flagged.
        var builder = new DocumentBuilder().Final();
        builder.Table(TableTypes.GeneralBudgetExpenditureByFunction)
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Function, "2120501", "城乡社区环境卫生", Measures.BudgetInitial, "600.00")
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Function, "2120501", "城乡社区环境卫生", Measures.BudgetAdjusted, "700.00");
        builder.Fact(Actual(FactKeys.FunctionItem, "684.25", new(7000000m, 114.04m, "less")) with { Code = "2120501" });

        var finding = Assert.Single(new NarrativeComparisonRule().Check(builder.Build()), f => f.Severity == FindingSeverity.Error);

        Assert.Equal((97.75m, 114.04m), (finding.Expected, finding.Actual));
    }

    [Theory]
    // Round DE's Guangdong: "…统计抽样调查（项）支出决算为811.60万元，…。决算数为年初预算的94.87%", no budget stated: the rate is of the
    // function table's 年初预算数 856.36, 94.77 %. Without the table's budget it is not checked.
    [InlineData("94.77", true, 0)]
    [InlineData("94.87", true, 1)]
    [InlineData("94.87", false, 0)]
    public void Holds_an_items_completion_stated_alone_to_the_budget_its_tables_print(string rate, bool tabled, int flagged)
    {
        var builder = new DocumentBuilder().Final();
        if (tabled) builder.Table(TableTypes.GeneralBudgetExpenditureByFunction)
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Function, "2010508", "统计抽样调查", Measures.BudgetInitial, "856.36");
        builder.Fact(Actual(FactKeys.FunctionItem, "811.60", new(null, decimal.Parse(rate), null)) with { Code = "2010508" });

        Assert.Equal(flagged, new NarrativeComparisonRule().Check(builder.Build()).Count(f => f.Severity == FindingSeverity.Error));
    }

    [Theory]
    // Round BE's Guangdong: "…（项）：年初预算为687.73万元，支出决算为898.5万元，完成年初预算的129.35%", the function table's actual
    // 889.56: the rate is of the table's figure, the stated actual the misprint (function_item's). Without the line, it is flagged.
    [InlineData(true, 0)]
    [InlineData(false, 1)]
    public void Leaves_an_items_rate_computed_from_its_tables_actual_to_the_misprinted_actuals_finding(bool tabled, int flagged)
    {
        var builder = new DocumentBuilder().Final();
        if (tabled) builder.Table(TableTypes.GeneralBudgetExpenditureByFunction)
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Function, "2080201", "城市最低生活保障金支出", $"{Measures.Actual}.{Measures.Total}", "889.56");
        builder.Fact(Actual(FactKeys.FunctionItem, "898.5", new(6_877_300m, 129.35m, null)) with { Code = "2080201" });

        Assert.Equal(flagged, new NarrativeComparisonRule().Check(builder.Build()).Count(f => f.Severity == FindingSeverity.Error));
    }

    [Theory]
    // Round BM's Anhui: "…群众文化（项）：年初预算为241.80万元，支出决算为234.89万元…。决算数大于年初预算数", the function table's
    // actual 254.89: the comparison holds of the table's figure, the stated actual is the misprint. Without the line, it is flagged.
    [InlineData(true, 0)]
    [InlineData(false, 1)]
    public void Leaves_an_items_comparison_holding_of_its_tables_actual_to_the_misprinted_actuals_finding(bool tabled, int flagged)
    {
        var builder = new DocumentBuilder().Final();
        if (tabled) builder.Table(TableTypes.GeneralBudgetExpenditureByFunction)
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Function, "2070109", "群众文化", $"{Measures.Actual}.{Measures.Total}", "254.89");
        builder.Fact(Actual(FactKeys.FunctionItem, "234.89", new(2_418_000m, null, "greater")) with { Code = "2070109" });

        Assert.Equal(flagged, new NarrativeComparisonRule().Check(builder.Build()).Count(f => f.Rule == RuleIds.NarrativeComparison));
    }

    [Theory]
    // Round GU's Chongqing: "年初预算为2040.00万元，调整预算为2420.00万元，支出决算为2288.90万元，完成年初预算的95.37%" of a line printing
    // 2400.00 as its 年初预算数: the rate holds against the table's, the stated budget is the misprint (function_item's). Without the
    // table's 年初预算数, the rate is flagged.
    [InlineData(true, 0)]
    [InlineData(false, 1)]
    public void Leaves_an_items_rate_of_its_initial_budget_printed_otherwise_to_the_misprinted_budgets_finding(bool tabled, int flagged)
    {
        var builder = new DocumentBuilder().Final();
        builder.Table(TableTypes.GeneralBudgetExpenditureByFunction)
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Function, "2130153", "农田建设", Measures.BudgetAdjusted, "2420.00");
        if (tabled) builder.Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Function, "2130153", "农田建设", Measures.BudgetInitial, "2400.00");
        builder.Fact(Actual(FactKeys.FunctionItem, "2288.90", new(24_200_000m, 95.37m, "less") { InitialBudget = 20_400_000m, CompletionOfInitial = true }) with { Code = "2130153" });

        Assert.Equal(flagged, new NarrativeComparisonRule().Check(builder.Build()).Count(f => f.Rule == RuleIds.NarrativeShare));
    }

    [Theory]
    // Round BE's Zhejiang: "年初预算为1272.18万元，调整预算为1182.22万元，支出决算为1183.18万元，完成调整预算的99.58%", the table's 调整预算数
    // 1,188.22: the stated 调整 budget is the misprint and the rate holds against the table's. Against its 年初预算数 alone, it is flagged.
    [InlineData(Measures.BudgetAdjusted, 0)]
    [InlineData(Measures.BudgetInitial, 1)]
    public void Holds_an_items_rate_of_its_adjusted_budget_to_the_tables_adjusted_budget(string tableMeasure, int flagged)
    {
        var builder = new DocumentBuilder().Final();
        builder.Table(TableTypes.GeneralBudgetExpenditureByFunction)
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Function, "2100401", "疾病预防控制机构", tableMeasure, tableMeasure == Measures.BudgetInitial ? "1272.18" : "1188.22");
        builder.Fact(Actual(FactKeys.FunctionItem, "1183.18", new(11_822_200m, 99.58m, "less") { InitialBudget = 12_721_800m }) with { Code = "2100401" });

        Assert.Equal(flagged, new NarrativeComparisonRule().Check(builder.Build()).Count(f => f.Rule == RuleIds.NarrativeShare));
    }
}
