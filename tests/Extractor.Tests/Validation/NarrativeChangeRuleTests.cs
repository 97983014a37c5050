using Extractor.Mapping;
using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

public sealed class NarrativeChangeRuleTests
{
    private static ExtractedDocument Stated(decimal value, decimal increase) => new DocumentBuilder().Fact(new Fact
    {
        Key = FactKeys.GovernmentFundTotal,
        Value = value,
        PrintedUnit = 10000m,
        Change = new FactChange(2022, increase, null, "increase"),
        Page = 6,
        Quote = "政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元",
    }).Build();

    [Theory]
    // Round Y's Xinjiang: "…（项）：2024年预算数为35.4万元，比上年预算数减少4.3万元，下降14.48%", the function table's line 25.4: the rate
    // is of the table's figure, the amount the misprint (narrative.table's). Without the line, or with a rate of neither, the rate is flagged.
    [InlineData("25.4", "14.48", 0)]
    [InlineData(null, "14.48", 1)]
    [InlineData("25.4", "12.48", 1)]
    public void Leaves_an_items_rate_computed_from_the_tables_figure_to_the_misprinted_amounts_finding(string? table, string rate, int flagged)
    {
        var builder = new DocumentBuilder();
        if (table is not null) builder.Table(TableTypes.GeneralBudgetExpenditure).Line(TableTypes.GeneralBudgetExpenditure, Dimensions.Function, "2130705", "对村民委员会和村党支部的补助", Measures.Total, table);
        builder.Fact(new Fact
        {
            Key = FactKeys.FunctionItem, Code = "2130705", Value = 354000m, PrintedUnit = 10000m,
            Change = new FactChange(2023, 43000m, decimal.Parse(rate), "decrease"), Page = 4, Quote = "2024年预算数为35.4万元，比上年预算数减少4.3万元",
        });

        Assert.Equal(flagged, new NarrativeChangeRule().Check(builder.Build()).Count(f => f.Rule == RuleIds.NarrativeChange));
    }

    [Theory]
    // Round DM's Inner Mongolia: "预算数为76,722.43元，比上年预算数减少0.63万元，下降7.55%": a change printed in 万元 is good to 50元,
    // and the 6,265.60元 it rounds gives the rate printed; read as exact to the 元 it would not. Printed 7.95 %, the rate is wrong.
    [InlineData("7.55", 10000, 0)]
    [InlineData("7.95", 10000, 1)]
    [InlineData("7.55", null, 1)]
    public void Allows_a_change_printed_in_another_unit_the_rounding_of_its_own(string rate, int? changeUnit, int flagged)
    {
        var document = new DocumentBuilder().Fact(new Fact
        {
            Key = FactKeys.FunctionItem, Code = "2080501", Value = 76722.43m, PrintedUnit = 1m,
            Change = new FactChange(2025, 6300.00m, decimal.Parse(rate), "decrease") { PrintedUnit = changeUnit },
            Page = 20, Quote = "2026年预算数为76,722.43元，比上年预算数减少0.63万元",
        }).Build();

        Assert.Equal(flagged, new NarrativeChangeRule().Check(document).Count(f => f.Rule == RuleIds.NarrativeChange));
    }

    [Theory]
    // Round AY's Anhui: 6,028.48万元, 3,709.84 more than last year's 2,318.64: 2.6 times it, printed 是上年的2.2倍.
    [InlineData(3_709.84, "2.6", true, 0)]
    [InlineData(3_709.84, "2.2", true, 1)]
    // 增长1.6倍 is the increase's multiple; 增长2.6倍 the figure's, as writers also use it (round AW's Jilin: "增加27.30万元，较上年增长
    // 2.2倍" of 22.74 grown to 50.04); 增长3.6倍 is neither.
    [InlineData(3_709.84, "1.6", false, 0)]
    [InlineData(3_709.84, "2.6", false, 0)]
    [InlineData(3_709.84, "3.6", false, 1)]
    // Printed to the whole multiple: 2.6 times is 3倍.
    [InlineData(3_709.84, "3", true, 0)]
    // Without the increase's amount, last year's figure is the table's beside this year's.
    [InlineData(null, "2.6", true, 0)]
    [InlineData(null, "2.2", true, 1)]
    public void Holds_a_change_stated_as_a_multiple_to_last_years_figure(double? increase, string multiple, bool ofFigure, int flagged)
    {
        var built = new DocumentBuilder()
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Function, "2050101", "学前教育", Measures.OtherPrefix + "上年预算数", "2318.64")
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Function, "2050101", "学前教育", Measures.Total, "6028.48")
            .Fact(new Fact
            {
                Key = FactKeys.FunctionItem, Code = "2050101", Value = 60_284_800m, PrintedUnit = 10000m,
                Change = new FactChange(2025, increase is { } i ? (decimal)i * 10_000 : null, null, "increase") { Multiple = decimal.Parse(multiple), MultipleOfFigure = ofFigure },
                Page = 20, Quote = "学前教育（项）：2026年预算数为6,028.48万元，较上年预算数增加3,709.84万元，是上年的2.2倍",
            })
            .Build();
        // The table's last year's column serves only where the paragraph states no increase.
        var document = increase is null
            ? InHeadedTable(built, TableTypes.GeneralBudgetExpenditureByFunction, [["科目编码", "科目名称", "上年预算数", "本年预算"]], lastYears: 2, thisYears: 3)
            : built with { LineItems = [] };

        var findings = new NarrativeChangeRule().Check(document).Where(f => f.Rule == RuleIds.NarrativeChange).ToList();

        Assert.Equal(flagged, findings.Count);
        Assert.All(findings, f => Assert.Equal((FindingFigures.Multiples, decimal.Parse(multiple)), (f.Figures!.Value, f.Actual!.Value)));
        Assert.All(findings, f => Assert.Contains($"印为{multiple}倍", f.MessageZh, StringComparison.Ordinal));
    }

    [Theory]
    // Round AB's Chongqing: 64.46, 0.60 less than last year's budget: 0.92 %, printed 7.92.
    [InlineData("0.92", 0)]
    [InlineData("7.92", 1)]
    public void Holds_a_second_changes_rate_to_its_amount(string rate, int flagged)
    {
        var document = new DocumentBuilder().Fact(new Fact
        {
            Key = FactKeys.FunctionItem, Code = "2110302", Value = 644600m, PrintedUnit = 10000m,
            Change = new FactChange(2023, 61800m, 8.75m, "decrease"), SecondChange = new FactChange(2023, 6000m, decimal.Parse(rate), "decrease"),
            Page = 3, Quote = "2024年预算64.46万元，较2023年执行数减少6.18万元，下降8.75%；较2023年预算数减少0.60万元",
        }).Build();

        Assert.Equal(flagged, new NarrativeChangeRule().Check(document).Count(f => f.Rule == RuleIds.NarrativeChange));
    }

    [Fact]
    public void Flags_an_increase_larger_than_the_figure_it_led_to()
    {
        var finding = Assert.Single(new NarrativeChangeRule().Check(Stated(0m, 14212500m)));

        Assert.Equal((FindingSeverity.Error, 0m, 14212500m), (finding.Severity, finding.Expected, finding.Actual));
        // Amounts, though the rule's other findings are rates.
        Assert.Equal(FindingFigures.Amounts, finding.Figures);
        Assert.EndsWith("印为1,421.25万元，应为0万元，相差1,421.25万元", finding.MessageZh);
    }

    [Theory]
    // "“三公”经费预算总额为196.9万元，较2024年的219万元减少22.1万元，下降10.1%", and the same with 12.1 misprinted.
    [InlineData(221000, 0)]
    [InlineData(121000, 1)]
    public void Holds_a_change_amount_to_last_years_figure_named_beside_it(int decrease, int findings)
    {
        var document = new DocumentBuilder().Fact(new Fact
        {
            Key = FactKeys.ThreePublicTotal, Value = 1969000m, PrintedUnit = 10000m, Prior = new PriorFigure(2024, "execution", 2190000m),
            Change = new FactChange(2024, decrease, 10.1m, "decrease"), Page = 3, Quote = "“三公”经费预算总额为196.9万元，较2024年的219万元减少22.1万元，下降10.1%",
        }).Build();

        var found = new NarrativeChangeRule().Check(document).ToList();

        Assert.Equal(findings, found.Count);
        Assert.All(found, f => Assert.Equal((221000m, (decimal)decrease), (f.Expected, f.Actual)));
        Assert.All(found, f => Assert.EndsWith("称减少12.1万元，按所列两年数字应为减少22.1万元", f.MessageZh));
    }

    [Theory]
    // Round AW's Heilongjiang: "招商引资（项）：2025年预算数为235.85万元，比上年预算数222.94万元增加15.61万元，增长7.00%", the
    // function table's line 238.55: the change follows the table's figure, the stated amount is the misprint (narrative.table's).
    // Without the line, or with a line the change does not fit either, the change amount is flagged.
    [InlineData("238.55", 0)]
    [InlineData(null, 1)]
    [InlineData("240.55", 1)]
    public void Leaves_a_change_amount_that_follows_the_tables_figure_to_the_misprinted_amounts_finding(string? table, int flagged)
    {
        var builder = new DocumentBuilder();
        if (table is not null) builder.Table(TableTypes.GeneralBudgetExpenditure).Line(TableTypes.GeneralBudgetExpenditure, Dimensions.Function, "2011308", "招商引资", Measures.Total, table);
        builder.Fact(new Fact
        {
            Key = FactKeys.FunctionItem, Code = "2011308", Value = 2358500m, PrintedUnit = 10000m, Prior = new PriorFigure(2024, PriorFigure.Budget, 2229400m),
            Change = new FactChange(2024, 156100m, null, "increase"), Page = 17, Quote = "招商引资（项）：2025年预算数为235.85万元，比上年预算数222.94万元增加15.61万元",
        });

        Assert.Equal(flagged, new NarrativeChangeRule().Check(builder.Build()).Count(f => f.Rule == RuleIds.NarrativeChange));
    }

    [Theory]
    // Round BC's Qinghai: "公务接待费2.5万元，比2025年预算（2.8万元）增加0.2万元，增长8.70%": the amount and the rate agree (last year's 2.3),
    // the bracketed 2.8 is the misprint. With a rate of neither, the rate is flagged.
    [InlineData(8.70, 23000)]
    [InlineData(15.00, null)]
    public void Names_last_years_figure_where_the_change_amount_and_rate_agree_without_it(double pct, int? expectedPrior)
    {
        var facts = FactReader.Read(Documents.FromText($"2026年“三公”经费预算7.20万元。公务接待费2.5万元，比2025年预算（2.8万元）增加0.2万元，增长{pct:0.00}%。"), fiscalYear: 2026);
        var document = new DocumentBuilder().Facts(facts.Where(f => f.Key == FactKeys.ThreePublicReception)).Build();

        var finding = Assert.Single(new NarrativeChangeRule().Check(document));

        Assert.Equal(expectedPrior is null ? FindingFigures.Rates : FindingFigures.Amounts, finding.Figures);
        if (expectedPrior is { } implied) Assert.Equal(((decimal)implied, 28000m), (finding.Expected, finding.Actual));
    }

    [Theory]
    // Round KL's Hebei: "机关运行经费支出130.46万元，比2023年度的103.58万元增加6.88万元，增长6.64%": 6.88 is 6.64 % of 103.58, so this year's
    // figure is the misprint (110.46). With a rate that is not the amount's share of last year's, the rate is flagged.
    [InlineData(6.64, 1104600)]
    [InlineData(9.00, null)]
    public void Names_this_years_figure_where_the_change_amount_and_rate_agree_with_last_years(double pct, int? expectedFigure)
    {
        var facts = FactReader.Read(Documents.FromText($"2024年度机关运行经费支出130.46万元，比2023年度的103.58万元增加6.88万元，增长{pct:0.00}%。"),
            fiscalYear: 2024, phase: BudgetPhase.FinalAccounts);
        var document = new DocumentBuilder().Facts(facts.Where(f => f.Key == FactKeys.OperatingCosts)).Build();

        var finding = Assert.Single(new NarrativeChangeRule().Check(document), f => f.Severity == FindingSeverity.Error);

        Assert.Equal(expectedFigure is null ? FindingFigures.Rates : FindingFigures.Amounts, finding.Figures);
        if (expectedFigure is { } implied)
        {
            Assert.Equal(((decimal)implied, 1304600m), (finding.Expected, finding.Actual));
            Assert.Contains("按所述上年数与变动额（二者与变动率相符）应为110.46万元", finding.MessageZh);
        }
    }

    [Theory]
    // Round KM's Gansu: "收入预算1.42亿元，比上年增加631.25万元，增长7.39%" where the table prints 12,446.78万元: 1.42 is 1.24 swapped, the rate
    // should be that of the table's figure (5.34 %). A table printing another figure not one swap away leaves the stated figure's rate (4.65 %).
    [InlineData("12446.78", 5.34)]
    [InlineData("13446.78", 4.65)]
    public void Gives_the_rate_of_the_tables_figure_where_the_stated_one_is_it_with_two_digits_swapped(string table, double expected)
    {
        var document = new DocumentBuilder("万元")
            .Line(TableTypes.IncomeSummary, Dimensions.Summary, null, "合计", Measures.Total, table)
            .Fact(new Fact
            {
                Key = FactKeys.IncomeTotal, Value = 142_000_000.00m, PrintedUnit = 100_000_000m, Page = 4,
                Change = new FactChange(2024, 6_312_500.00m, 7.39m, "increase") { PrintedUnit = 10_000m },
                Quote = "收入预算1.42亿元，比上年增加631.25万元，增长7.39%",
            }).Build();

        var finding = Assert.Single(new NarrativeChangeRule().Check(document), f => f.Figures == FindingFigures.Rates);

        Assert.Equal(((decimal)expected, 7.39m), (finding.Expected, finding.Actual));
    }

    [Fact]
    public void Tells_a_change_amount_its_figures_give_the_other_way_with_both_directions()
    {
        // Round X's Hunan: "2024年预算数120.59万元，2023年预算数112.40万元，较上年减少11.81万元": the figures make an increase of 8.19.
        var document = new DocumentBuilder().Fact(new Fact
        {
            Key = FactKeys.FunctionItem, Code = "2130122", Value = 1205900m, PrintedUnit = 10000m, Prior = new PriorFigure(2025, PriorFigure.Budget, 1124000m),
            Change = new FactChange(2025, 118100m, null, "decrease"), Page = 3, Quote = "农业生产发展（项）：2026年预算数120.59万元，2025年预算数112.40万元，较上年减少11.81万元",
        }).Build();

        var finding = Assert.Single(new NarrativeChangeRule().Check(document));

        Assert.EndsWith("称减少11.81万元，按所列两年数字应为增加8.19万元", finding.MessageZh);
    }

    [Theory]
    // Jiangxi: 136.99万元，比上年预算数增加18.02万元，增长11.63% where last year's was 155.01: the direction is misprinted.
    [InlineData(11.63, "称增加，而所列变动额与变动率只合于减少（上年数为155.01万元）")]
    // A rate fitting neither direction: the rate is told, and what the amount would be were the rate right.
    [InlineData(12.63, "印为12.63%，应为15.15%，相差-2.52%；若变动率无误，则变动额18.02万元应为15.36万元；若变动额和变动率均无误，则所述金额136.99万元应在160.64万元至160.75万元之间")]
    public void Names_a_change_stated_in_the_opposite_direction(double pct, string told)
    {
        var document = new DocumentBuilder().Fact(new Fact
        {
            Key = FactKeys.FunctionItem, Code = "2130104", Value = 1369900.00m, PrintedUnit = 10000m,
            Change = new FactChange(2023, 180200.00m, (decimal)pct, "increase"), Page = 3, Quote = "一般行政管理事务（项）136.99万元，比上年预算数增加18.02万元",
        }).Build();

        var finding = Assert.Single(new NarrativeChangeRule().Check(document));

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.EndsWith(told, finding.MessageZh);
    }

    [Fact]
    public void Tells_a_rate_whose_digits_swapped_back_fit_the_stated_direction_as_the_rates_slip()
    {
        // Round KO's Fujian: "416.60万元，比上年增加8.57万元，增长2.01%": 2.10 % of 408.03 swapped; a fall from 425.17 (2.02 %) fits 2.01 only
        // by the rounding of its figures.
        var document = new DocumentBuilder().Fact(new Fact
        {
            Key = FactKeys.FunctionItem, Code = "210", Value = 4166000.00m, PrintedUnit = 10000m,
            Change = new FactChange(2024, 85700.00m, 2.01m, "increase"), Page = 4, Quote = "卫生健康支出（类）416.60万元，比上年增加8.57万元，增长2.01%",
        }).Build();

        var finding = Assert.Single(new NarrativeChangeRule().Check(document));

        Assert.Equal((2.10m, 2.01m), (finding.Expected, finding.Actual));
        Assert.DoesNotContain("只合于", finding.MessageZh);
    }

    [Fact]
    public void Tells_what_the_figure_would_be_were_its_change_and_rate_right_where_no_table_prints_it()
    {
        // Round IW's Chongqing: 机关运行经费 printed 158.30 for 153.30, its change and rate those of 153.30.
        var document = new DocumentBuilder().Fact(new Fact
        {
            Key = FactKeys.OperatingCosts, Value = 1583000.00m, PrintedUnit = 10000m, Change = new FactChange(2024, 156000.00m, 9.24m, "decrease"),
            Page = 19, Quote = "2025年本部门机关运行经费预算158.30万元，比2024年减少15.60万元，下降9.24%",
        }).Build();

        var finding = Assert.Single(new NarrativeChangeRule().Check(document));

        Assert.EndsWith("；若变动额和变动率均无误，则所述金额158.30万元应在153.14万元至153.32万元之间", finding.MessageZh);
    }

    [Theory]
    // Round FM's Hebei: the change printed 4.52 for 4.25, which 6.62% of 68.42 gives.
    [InlineData("68.42", "4.52", 6.62, "变动额印为4.52万元，按所述变动率6.62%应为4.25万元，相差0.27万元，两位数字对调所致")]
    // Round FI's Chifeng: this year's figure printed 165.84 for 156.84, which the change 7.57 at 5.07% gives.
    [InlineData("165.84", "7.57", 5.07, "”印为165.84万元，按所述变动额和变动率5.07%应为156.84万元，相差9.00万元，两位数字对调所致")]
    // The rate printed 7.82 for the 7.28 its figures give: the rate, with no other reading.
    [InlineData("3241.43", "219.87", 7.82, "印为7.82%，应为7.28%，相差0.54%")]
    // No swap explains it: the rate, and what the amount would be were the rate right, as the amount is printed: every amount at its
    // digit the rate as printed rounds from (round GQ's Henan).
    [InlineData("3241.43", "219.87", 8.31, "印为8.31%，应为7.28%，相差1.03%；若变动率无误，则变动额219.87万元应在248.56万元至248.83万元之间；若变动额和变动率均无误，则所述金额3241.43万元应在2864.13万元至2867.31万元之间")]
    // A swap making the change larger than the figure leaves no last year's figure: no reading (公务接待费3.52万元，增加0.43万元 not 4.03).
    [InlineData("3.52", "0.43", 16.12, "印为16.12%，应为13.92%，相差2.20%；若变动率无误，则变动额0.43万元应为0.49万元；若变动额和变动率均无误，则所述金额3.52万元应为3.10万元")]
    // Round HW's Zhejiang: this year's figure printed 121.3 for 112.3, the rate only 0.3 off the printed figures': a swap of its
    // leading digits moves it too far to fit by chance.
    [InlineData("121.3", "6.2", 5.2, "”印为121.3万元，按所述变动额和变动率5.2%应为112.3万元，相差9.0万元，两位数字对调所致", "decrease")]
    public void Names_the_one_figure_of_a_change_two_digits_swapped_back_make_fit(string figure, string change, double pct, string told, string direction = "increase")
    {
        decimal Yuan(string wan) => decimal.Parse(wan, System.Globalization.CultureInfo.InvariantCulture) * 10000m;
        var document = new DocumentBuilder().Fact(new Fact
        {
            Key = FactKeys.OperatingCosts, Value = Yuan(figure), PrintedUnit = 10000m, Change = new FactChange(2024, Yuan(change), (decimal)pct, direction),
            Page = 6, Quote = $"机关运行经费{figure}万元，比上年增加{change}万元，增长{pct}%",
        }).Build();

        var finding = Assert.Single(new NarrativeChangeRule().Check(document));

        Assert.EndsWith(told, finding.MessageZh);
    }

    [Theory]
    // Round V's Beijing: "（项）：2024年预算数177.03万元，比2023年执行数227.43万元减少50.40万元", the function table printing
    // 2023年执行数 217.43 beside 2024年预算数 / 合计 177.03. Last year's budget named instead is not that column's figure.
    [InlineData("227.43", PriorFigure.Execution, 1)]
    [InlineData("217.43", PriorFigure.Execution, 0)]
    [InlineData("227.43", PriorFigure.Budget, 0)]
    public void Holds_last_years_figure_a_paragraph_names_to_the_tables_column_of_the_same_kind(string prior, string kind, int findings)
    {
        decimal Yuan(string wan) => decimal.Parse(wan, System.Globalization.CultureInfo.InvariantCulture) * 10000m;
        var built = new DocumentBuilder()
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Function, "2110102", "一般行政管理事务", Measures.OtherPrefix + "2023年执行数", "217.43")
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Function, "2110102", "一般行政管理事务", Measures.Total, "177.03")
            .Fact(new Fact
            {
                Key = FactKeys.FunctionItem, Code = "2110102", Value = Yuan("177.03"), PrintedUnit = 10000m, Page = 3,
                Prior = new PriorFigure(2025, kind, Yuan(prior)), Change = new FactChange(2025, Yuan(prior) - Yuan("177.03"), null, "decrease"),
                Quote = $"一般行政管理事务（项）：2026年预算数177.03万元，比2025年执行数{prior}万元减少",
            })
            .Build();
        var document = InHeadedTable(built, TableTypes.GeneralBudgetExpenditureByFunction,
            [["科目编码", "科目名称", "2025年执行数", "2026年预算数"], ["科目编码", "科目名称", "2025年执行数", "合计"]], lastYears: 2, thisYears: 3);

        var found = new NarrativeChangeRule().Check(document).Where(f => f.Rule == RuleIds.NarrativeTable).ToList();

        Assert.Equal(findings, found.Count);
        Assert.All(found, f => Assert.Equal((Yuan("217.43"), Yuan(prior)), (f.Expected, f.Actual)));
    }

    [Theory]
    // Round AF's Jiangsu: "资源勘探工业信息等（类）支出1784.31万元…与上年相比增加240.52万元" is the class over all funds (the
    // expenditure summary's line), not the general budget's 1,750.81 beside its 上年预算数 1,509.89 (240.92 apart).
    [InlineData(true, 0)]
    [InlineData(false, 1)]
    public void Holds_a_classs_change_to_last_years_column_only_of_the_table_printing_its_figure(bool summaryPrintsIt, int findings)
    {
        var built = new DocumentBuilder()
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Function, "215", "资源勘探工业信息等支出", Measures.OtherPrefix + "上年预算数", "1509.89")
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Function, "215", "资源勘探工业信息等支出", Measures.Total, "1750.81")
            .Fact(new Fact
            {
                Key = FactKeys.FunctionItem, Code = "215", Value = 1784.31m * 10000m, PrintedUnit = 10000m, Page = 2,
                Change = new FactChange(2025, 240.52m * 10000m, null, "increase"), Quote = "资源勘探工业信息等（类）支出1784.31万元，…与上年相比增加240.52万元",
            })
            .Build();
        var document = InHeadedTable(built, TableTypes.GeneralBudgetExpenditureByFunction,
            [["科目编码", "科目名称", "本年预算", "上年预算数"], ["科目编码", "科目名称", "小计", "上年预算数"]], lastYears: 3, thisYears: 2);
        var summaryLine = new DocumentBuilder()
            .Line(TableTypes.ExpenditureSummary, Dimensions.Function, "215", "资源勘探工业信息等支出", Measures.Total, "1784.31").Build().LineItems[0] with { TableId = "t9" };
        if (summaryPrintsIt) document = document with { LineItems = [.. document.LineItems, summaryLine] };

        Assert.Equal(findings, new NarrativeChangeRule().Check(document).Count());
    }

    [Theory]
    // Jiangxi's 三公 table prints 上年预算数 | 本年预算数 over 合计 | 公务接待费: 48.45 last year, 41.00 this year.
    [InlineData("7.45", "decrease", 0)]
    [InlineData("6.45", "decrease", 1)]
    [InlineData("7.45", "increase", 1)]
    public void Holds_a_change_without_a_rate_to_last_years_figure_the_table_prints_beside_this_years(string amount, string direction, int findings)
    {
        var built = new DocumentBuilder()
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "", Measures.OtherPrefix + "上年预算数/合计", "48.45")
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "", Measures.Total, "41.00")
            .Fact(new Fact
            {
                Key = FactKeys.ThreePublicTotal, Value = 410000m, PrintedUnit = 10000m, Page = 3,
                Change = new FactChange(2025, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture) * 10000m, null, direction),
                Quote = $"“三公”经费预算41.00万元，比上年预算{(direction == "increase" ? "增加" : "减少")}{amount}万元",
            })
            .Build();
        var document = InHeadedTable(built, TableTypes.ThreePublicExpenses,
            [["上年预算数", "上年预算数", "本年预算数", "本年预算数"], ["合计", "公务接待费", "合计", "公务接待费"]], lastYears: 0, thisYears: 2);

        var found = new NarrativeChangeRule().Check(document).ToList();

        Assert.Equal(findings, found.Count);
        Assert.All(found, f => Assert.Equal(-74500m, f.Expected));
    }

    [Theory]
    // Round JN's Sichuan township: "“三公”经费财政拨款预算4.88万元，比上年减少0.22万元，下降4.31%" beside 上年预算数 合计 printed 5.60 (its
    // parts adding up to 5.10): amount and rate agree with each other, so last year's figure in the table is the one flagged.
    [InlineData(4.31, 51000.00, 56000.00, true)]
    // Without a rate to confirm it, the stated change is flagged against the table's two years; so a change stated against another kind of
    // figure than the column's (比上年执行数 beside 上年预算数).
    [InlineData(null, -7200.00, -2200.00, false)]
    [InlineData(4.31, -7200.00, -2200.00, false, "执行数")]
    public void Flags_last_years_figure_in_the_table_where_the_stated_change_and_rate_agree(double? rate, double expected, double actual, bool tableFirst, string kind = "")
    {
        var built = new DocumentBuilder()
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "", Measures.OtherPrefix + "上年预算数/合计", "5.60")
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "", Measures.Total, "4.88")
            .Fact(new Fact
            {
                Key = FactKeys.ThreePublicTotal, Value = 48800.00m, PrintedUnit = 10000m, Page = 6,
                Change = new FactChange(2025, 2200.00m, (decimal?)rate, "decrease"), Quote = $"“三公”经费财政拨款预算4.88万元，比上年{kind}减少0.22万元，下降4.31%",
            })
            .Build();
        var document = InHeadedTable(built, TableTypes.ThreePublicExpenses, [["上年预算数", "本年预算数"], ["合计", "合计"]], lastYears: 0, thisYears: 1);

        var finding = Assert.Single(new NarrativeChangeRule().Check(document));

        Assert.Equal(((decimal)expected, (decimal)actual), (finding.Expected, finding.Actual));
        Assert.Equal(tableFirst, finding.Refs[0].FactKey is null);
    }

    [Fact]
    public void Holds_a_change_to_last_years_row_of_a_table_printing_the_years_as_rows()
    {
        // Round EF's Guangxi: 三公 table rows 上年预算数 | 本年预算数 | 增减 under the parts' columns; 公务接待费 3.40 then 2.85, stated
        // "比上年减少0.45万元，下降16.18%": the rate is the two years', the amount the misprint.
        var built = new DocumentBuilder()
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "上年预算数", Measures.ThreePublicReception, "3.40")
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "本年预算数", Measures.ThreePublicReception, "2.85")
            .Fact(new Fact
            {
                Key = FactKeys.ThreePublicReception, Value = 28500.00m, PrintedUnit = 10000m, Page = 3,
                Change = new FactChange(2025, 4500.00m, 16.18m, "decrease"), Quote = "公务接待费2.85万元，比上年减少0.45万元，下降16.18%",
            })
            .Build();
        var document = built with
        {
            Tables = [new Table { Id = built.LineItems[0].TableId, Type = TableTypes.ThreePublicExpenses, Pages = [10], Header = [["项目", "合计", "公务接待费"]] }],
            LineItems = [built.LineItems[0] with { Row = 0, Col = 2 }, built.LineItems[1] with { Row = 1, Col = 2 }],
        };

        var finding = Assert.Single(new NarrativeChangeRule().Check(document));

        Assert.Equal((-5500.00m, -4500.00m), (finding.Expected, finding.Actual));
    }

    [Fact]
    public void Accepts_an_increase_up_to_the_figure()
    {
        Assert.Empty(new NarrativeChangeRule().Check(Stated(14212500m, 14212500m)));
    }

    [Theory]
    [InlineData(true, 0)]
    [InlineData(false, 1)]
    public void Lets_a_rate_follow_the_tables_figure_where_the_narrative_misprints_the_amount(bool tablePrinted, int findings)
    {
        // czj 2024 "测试问题版本": "收入支出总计0万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%" — the 0 is the
        // misprint (flagged by narrative.table against the summary's 2995.39); the rate follows 2995.39.
        var builder = new DocumentBuilder().Fact(new Fact
        {
            Key = FactKeys.IncomeExpenditureTotal, Value = 0m, PrintedUnit = 10000m, Change = new FactChange(2023, 569500m, 1.87m, "decrease"),
            Page = 18, Quote = "2024年度收入支出总计0万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%",
        });
        if (tablePrinted) builder.Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "总计", Measures.Amount, "2995.39");

        Assert.Equal(findings, new NarrativeChangeRule().Check(builder.Build()).Count());
    }

    /// <summary>A Jiangsu item: "支出{value}万元，与上年相比增加{change}万元，增长{pct}%", amounts in 万元 as printed.</summary>
    private static ExtractedDocument Item(string value, string change, string pct, params string[] otherFigures)
    {
        decimal Yuan(string printed) => decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture) * 10000m;
        var builder = new DocumentBuilder().Fact(new Fact
        {
            Key = FactKeys.FunctionItem, Code = "2013101", Value = Yuan(value), PrintedUnit = 10000m, Page = 9,
            Change = new FactChange(2018, Yuan(change), decimal.Parse(pct, System.Globalization.CultureInfo.InvariantCulture), "increase"),
            Quote = $"行政运行（项）支出{value}万元，与上年相比增加{change}万元，增长{pct}%",
        });
        foreach (var figure in otherFigures)
            builder.Fact(new Fact { Key = FactKeys.ExpenditureTotal, Value = Yuan(figure), PrintedUnit = 10000m, Page = 5, Quote = $"支出{figure}万元" });
        return builder.Build();
    }

    [Theory]
    // 1297.83 / 8072.29 is 16.0774–16.0778 % whatever the exact figures: 16.07 is cut off.
    [InlineData("9370.12", "1297.83", "16.07", "16.08")]
    // 28.10 / 371.92 is 7.554–7.557 %: "28.1" drops a zero among figures printed to 0.01, it is not 28.05–28.15.
    [InlineData("400.02", "28.1", "7.57", "7.56")]
    public void Flags_a_rate_no_figures_within_their_rounding_can_give(string value, string change, string pct, string expected)
    {
        var finding = Assert.Single(new NarrativeChangeRule().Check(Item(value, change, pct, "24169.74", "15844.04")));

        Assert.Equal((decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(pct, System.Globalization.CultureInfo.InvariantCulture)), (finding.Expected, finding.Actual));
    }

    [Theory]
    // 41.67 / 743.39 is 5.6054 %, but 41.665 / 743.395 gives 5.6047 %: the printed figures admit 5.60.
    [InlineData("785.06", "41.67", "5.60")]
    [InlineData("785.06", "41.67", "5.61")]
    public void Accepts_a_rate_some_figures_within_their_rounding_give(string value, string change, string pct)
    {
        Assert.Empty(new NarrativeChangeRule().Check(Item(value, change, pct)));
    }

    [Fact]
    public void Takes_the_tables_exact_figure_for_a_stated_amount_they_print_more_exactly()
    {
        // "2025年当年预算执行数为0.50万元，2026年预算安排0.62万元，比2025年预算执行数增加22.22%": the table prints 6,160 元,
        // and 6,160 over a prior of 5,040 元 (printed 0.50万元) is 22.22 %; with the stated 0.62万元 alone 22.22 is possible too.
        ExtractedDocument Document(string tableFigure) => new DocumentBuilder("元").Function("2080599", "其他行政事业单位养老支出", tableFigure).Fact(new Fact
        {
            Key = FactKeys.FunctionItem, Code = "2080599", Value = 6200.00m, Planned = 6200.00m, PrintedUnit = 10000m, Page = 7,
            Prior = new PriorFigure(2025, "execution", 5000.00m), Change = new FactChange(2025, null, 22.22m, "increase"),
            Quote = "其他行政事业单位养老支出（99项）0.62万元。2025年当年预算执行数为0.50万元，2026年预算安排0.62万元，比2025年预算执行数增加22.22%",
        }).Build();

        Assert.Empty(new NarrativeChangeRule().Check(Document("6,160")));
        // A table figure of 6,240 元 leaves 23.56–26.06 %: 22.22 is flagged against it.
        var finding = Assert.Single(new NarrativeChangeRule().Check(Document("6,240")));
        Assert.Equal((24.80m, 22.22m), (finding.Expected, finding.Actual));
    }

    [Fact]
    public void Flags_a_parts_change_that_last_years_figure_stated_in_its_own_section_does_not_give()
    {
        // 11.80 − 12.40 is a fall of 0.60, 4.84 %: the printed 0.50 and 4.03 % are 0.50 of 12.40.
        var facts = FactReader.Read(Documents.FromText(
            "2022年度“三公”经费预算总计21.80万元，其中：因公出国（境）经费0万元，公务接待11.80万元，公务用车运行费用10.00万元。" +
            "2021年度“三公”经费合计支出20.10万元，其中：因公出国（境）经费0万元，公务接待12.40万元，公务用车运行费用7.70万元。" +
            "2022年度“三公”经费预算较2021年度增加1.70万元，其中公务接待较上年同期减少0.50万元，减少4.03%。"), fiscalYear: 2022);

        var finding = Assert.Single(new NarrativeChangeRule().Check(new DocumentBuilder().Facts(facts).Build()));

        Assert.Equal((FactKeys.ThreePublicReception, 4.84m, 4.03m), (finding.Refs[0].FactKey, finding.Expected, finding.Actual));
    }

    [Fact]
    public void Flags_a_final_accounts_change_that_last_years_outcome_stated_apart_does_not_give()
    {
        // Made-up figures in a Hubei final account's wording: 万 without 元, 决算数合计, 相较于上年. 1000.00 − 800.00 is a
        // rise of 200.00, not the printed 275.00; last year's outcome needs no confirmation by the total's change.
        var facts = FactReader.Read(Documents.FromText(
            "2022年的“三公”经费决算数合计为1000.00万，其中：因公出国（境）费0万元、公务用车购置费400.00万元、公务用车运行维护费500.00万元、公务接待费100.00万元。" +
            "2021年的三公经费决算数合计为800.00万，其中：因公出国（境）费0万元、公务用车购置费300.00万元、公务用车运行维护费400.00万元、公务接待费100.00万元。" +
            "2022年“三公”经费决算数相较于上年增加275.00万元。"), fiscalYear: 2022, BudgetPhase.FinalAccounts);
        var document = new DocumentBuilder().Facts(facts).Final().Build() with { FiscalYear = 2022 };

        var finding = Assert.Single(new NarrativeChangeRule().Check(document));

        Assert.Equal((FactKeys.ThreePublicTotal, 2000000m, 2750000m), (finding.Refs[0].FactKey, finding.Expected, finding.Actual));
    }

    [Fact]
    public void Checks_each_side_of_a_pair_of_totals_stated_with_their_changes_in_order()
    {
        // Sichuan fills the national template's 收、支总计各… with both sides. The income side holds (1267.86 of 5393.35 is
        // 23.51 %); the expenditure's 2570.97 of 6714.88 is 38.288 %, printed 38.28.
        var facts = FactReader.Read(Documents.FromText(
            "2022年度收、支总计各是4125.49，4143.91万元。与2021年相比，收、支总计各减少1267.86，2570.97万元，各下降23.51%、38.28%。"),
            fiscalYear: 2022, BudgetPhase.FinalAccounts);

        // Two figures of a balanced summary's 总计 cannot differ: they are the year's income and expenditure.
        Assert.Equal(41254900m, Assert.Single(facts, f => f.Key == FactKeys.IncomeTotal).Value);
        Assert.Equal(41439100m, Assert.Single(facts, f => f.Key == FactKeys.ExpenditureTotal).Value);
        Assert.DoesNotContain(facts, f => f.Key == FactKeys.IncomeExpenditureTotal);
        var finding = Assert.Single(new NarrativeChangeRule().Check(new DocumentBuilder().Facts(facts).Final().Build() with { FiscalYear = 2022 }));
        Assert.Equal((38.29m, 38.28m), (finding.Expected, finding.Actual));
    }

    [Fact]
    public void Reads_each_figure_of_a_pair_in_its_own_unit()
    {
        var facts = FactReader.Read(Documents.FromText(
            "2022年度收、支总计各为9876.54万元、1.02亿元。与2021年相比，收、支总计各增加876.54万元、0.12亿元。"), fiscalYear: 2022, BudgetPhase.FinalAccounts);

        var income = Assert.Single(facts, f => f.Key == FactKeys.IncomeTotal);
        var spent = Assert.Single(facts, f => f.Key == FactKeys.ExpenditureTotal);
        Assert.Equal((98765400m, (decimal?)8765400m), (income.Value, income.Change?.Amount));
        Assert.Equal((102000000m, (decimal?)12000000m), (spent.Value, spent.Change?.Amount));
        Assert.DoesNotContain(facts, f => f.Key == FactKeys.IncomeExpenditureTotal);
    }

    [Theory]
    // Made-up figures, each statement's arithmetic right. A change against last year's budget is not against the
    // outcome stated apart (54.00 − 35.50 is 34.26 %, the budget's rate 35.45 % is another).
    [InlineData("2020年“三公”经费决算数合计为35.50万元，比上年预算数下降35.45%，比上年决算数下降34.26%；其中公务接待费15.50万元，比上年预算数下降18.42%，比上年决算数下降16.22%。2019年“三公”经费决算数合计为54.00万元，其中公务接待费18.50万元。", 2020, true)]
    // A budget's sentence on last year's outcome and its change is no change of this year's budget.
    [InlineData("2023年“三公”经费预算为50.00万元，比上年预算增加5.00万元，增长11.11%。2022年“三公”经费决算数为40.00万元。2022年“三公”经费决算数较2021年决算数减少2.00万元，下降4.76%。", 2023, false)]
    // Last year's figure of all funds is no base for the fiscal appropriation's change.
    [InlineData("2022年度“三公”经费财政拨款支出决算为50.00万元。2021年度“三公”经费支出合计52.00万元。“三公”经费财政拨款支出决算数比2021年度增加5.00万元，增长11.11%。", 2022, true)]
    // A sentence naming a rule's year besides its own is not about that year alone.
    [InlineData("2022年度，本单位严格执行2021年修订的管理办法，“三公”经费财政拨款支出决算50.00万元。2021年度“三公”经费财政拨款支出决算45.00万元。“三公”经费财政拨款支出决算较上年增加5.00万元，增长11.11%。", 2022, true)]
    // A final account's budget with its outcome after it (决算数合计为) is not the outcome.
    [InlineData("2022年度“三公”经费预算数为1200.00万元，决算数合计为1000.86万元。2021年的三公经费决算数合计为807.95万元。2022年“三公”经费决算数相较于上年增加192.91万元。", 2022, true)]
    public void Finds_no_change_error_where_the_stated_change_holds(string statement, int year, bool final)
    {
        var facts = FactReader.Read(Documents.FromText(statement), year, final ? BudgetPhase.FinalAccounts : BudgetPhase.Budget);
        var builder = new DocumentBuilder().Facts(facts);
        if (final) builder.Final();

        Assert.Empty(new NarrativeChangeRule().Check(builder.Build() with { FiscalYear = year }));
    }

    [Theory]
    // Round BN's Xining: 32.80万元 "较2025年预算减少3.00万元，下降5.75%", the table printing 34.80 last year: the rate is the table's
    // fall of 2.00, so the amount is the misprint. Without the table, the rate is told against the amount.
    [InlineData(true, -20_000, -30_000)]
    [InlineData(false, 8.38, 5.75)]
    public void Names_the_amount_where_the_rate_is_the_one_the_tables_two_years_give(bool tabled, double expected, double actual)
    {
        var built = new DocumentBuilder()
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Function, "2010301", "行政运行", Measures.OtherPrefix + "上年预算数", "34.80")
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Function, "2010301", "行政运行", Measures.Total, "32.80")
            .Fact(new Fact
            {
                Key = FactKeys.FunctionItem, Code = "2010301", Value = 32.80m * 10000m, PrintedUnit = 10000m,
                Change = new FactChange(2025, 3.00m * 10000m, 5.75m, "decrease"), Page = 18, Quote = "行政运行（项）：2026年预算安排32.80万元，较2025年预算减少3.00万元，下降5.75%",
            })
            .Build();
        var document = tabled
            ? InHeadedTable(built, TableTypes.GeneralBudgetExpenditureByFunction, [["科目编码", "科目名称", "上年预算数", "本年预算"]], lastYears: 2, thisYears: 3)
            : built with { LineItems = [] };

        var finding = Assert.Single(new NarrativeChangeRule().Check(document), f => f.Rule == RuleIds.NarrativeChange);

        Assert.Equal(((decimal)expected, (decimal)actual), (finding.Expected!.Value, finding.Actual!.Value));
    }

    /// <summary>
    /// The built document with its two lines (last year's first, then this year's) in one row of a table printing these
    /// headings, each in its column.
    /// </summary>
    private static ExtractedDocument InHeadedTable(ExtractedDocument built, string type, IReadOnlyList<IReadOnlyList<string>> header, int lastYears, int thisYears) =>
        built with
        {
            Tables = [new Table { Id = built.LineItems[0].TableId, Type = type, Pages = [10], Header = header }],
            LineItems = [built.LineItems[0] with { Row = 0, Col = lastYears }, built.LineItems[1] with { Row = 0, Col = thisYears }],
        };
}
