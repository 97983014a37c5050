using System.Globalization;
using Extractor.Mapping;
using Extractor.Model;
using Extractor.Tests.Support;

namespace Extractor.Tests.Mapping;

[Collection(ProcessedFixturesCollection.Name)]
public sealed class FactReaderTests(ProcessedFixtures processed)
{
    private Fact Fact(string pdf, string key) => Assert.Single(processed[$"disclosures/{pdf}"].Facts, f => f.Key == key);

    [Fact]
    public void Reads_a_stated_total_with_its_change_against_last_year()
    {
        var fact = Fact("dev03-2024-wan.pdf", FactKeys.ExpenditureTotal);

        Assert.Equal(20378900m, fact.Value);
        Assert.Equal(new FactChange(2023, 2241700m, 12.36m, "increase"), fact.Change);
        Assert.Equal("2024年部门收支总预算2037.89万元,比2023年预算增加224.17万元,增长12.36%", fact.Quote);
        Assert.Equal(1, fact.Page);
    }

    [Fact]
    public void Reads_each_statement_of_a_final_accounts_budget_carried_out()
    {
        // The statements that give their budget (a 三公 part's completion alone is its own test's).
        var executions = processed["real-cn/sh-putuo-czj-2024-dept-final.pdf"].Facts.Where(f => f.Execution?.Budget is not null).ToList();

        var whole = executions.First(f => f.Key == FactKeys.GeneralBudgetTotal);
        Assert.Equal((29400500m, new BudgetExecution(29939200m, 98.20m, "less")), (whole.Value, whole.Execution));
        Assert.StartsWith("一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。决算数小于预算数", whole.Quote);
        // Each item's statement is read once, as the item's: the whole budget's is the general budget's.
        Assert.Contains(executions, f => f.Execution == new BudgetExecution(100000m, null, "about_equal")
            && f.Key == FactKeys.FunctionItem && f.Name == "一般公共服务支出（类）财政事务（款）一般行政管理事务（项）" && f.Code == "2010602");
        Assert.Equal(executions.Count, executions.Select(f => f.Quote[f.Quote.IndexOf("年初预算", StringComparison.Ordinal)..]).Distinct().Count());
        Assert.True(executions.Count >= 8, $"{executions.Count} statements");
        // Against the 全年 budget where the text gives one after a 年初 budget of 0, though it names the 年初 one.
        Assert.Contains(processed["real-cn/sh-putuo-shgzb-2024-dept-final.pdf"].Facts,
            f => f.Execution == new BudgetExecution(3210200m, 95.89m, "less") { InitialBudget = 0m, CompletionOfInitial = true, ComparisonOfInitial = true } && f.Value == 3078200m);
    }

    [Fact]
    public void Reads_figures_worded_as_the_seed_rebuild_words_them_wherever_stated()
    {
        var facts = processed["disclosures/dxh-xzspj-2023.pdf"].Facts;

        // "1.因公出国(境)经费预算0万元" and "3.公务接待费预算1万元", stated in two sections each.
        Assert.Equal(2, facts.Count(f => f.Key == FactKeys.ThreePublicOverseas && f.Value == 0m));
        Assert.Equal(2, facts.Count(f => f.Key == FactKeys.ThreePublicReception && f.Value == 10000m));
        // "2023年部门机关及下属参照公务员法管理事业单位的机关运行经费186.28万元"
        Assert.Equal(1862800m, Assert.Single(facts, f => f.Key == FactKeys.OperatingCosts).Value);
        // A part of the income composition is read there only: "政府性基金…上年结转0万元" is another quantity.
        Assert.Equal(9945000m, Assert.Single(facts, f => f.Key == FactKeys.IncomeCarryover).Value);
    }

    [Fact]
    public void Reads_the_figures_of_a_shanghai_budget_as_it_words_them()
    {
        var facts = processed["real-cn/sh-putuo-zfb-2025-dept-budget.pdf"].Facts;
        decimal Value(string key) => Assert.Single(facts, f => f.Key == key).Value;

        // "2025年，上海市普陀区人民政府办公室收入预算9,101.68万元，其中：…" and "支出预算9,101.68万元，其中：…"
        Assert.Equal(91016800m, Value(FactKeys.IncomeTotal));
        Assert.Equal(91016800m, Value(FactKeys.ExpenditureTotal));
        // "一般公共预算拨款支出预算9,101.68万元，比2024年预算减少2,389.52万元" states no percentage.
        var general = Assert.Single(facts, f => f.Key == FactKeys.GeneralBudgetTotal);
        Assert.Equal(new FactChange(2024, 23895200m, null, "decrease"), general.Change);
        // "“三公”经费预算数为867.50万元，与2024年预算持平"; "公务用车购置及运行费0万元"; "公务用车运行费0万元"
        var threePublic = Assert.Single(facts, f => f.Key == FactKeys.ThreePublicTotal);
        Assert.Equal((8675000m, "flat"), (threePublic.Value, threePublic.Change?.Direction));
        Assert.Equal(0m, Value(FactKeys.ThreePublicVehicle));
        Assert.Equal(0m, Value("three_public.vehicle_operation"));
        // "…下属1家机关和1家事业单位财政拨款的机关运行经费预算为213.28万元"
        Assert.Equal(2132800m, Value(FactKeys.OperatingCosts));
        // "政府采购预算34万元，其中：政府采购货物预算0万元、政府采购工程预算0万元、政府采购服务预算34万元"
        Assert.Equal((340000m, 0m, 0m, 340000m),
            (Value(FactKeys.ProcurementTotal), Value(FactKeys.ProcurementGoods), Value(FactKeys.ProcurementWorks), Value(FactKeys.ProcurementServices)));
        // "截至2024年8月31日，上海市普陀区人民政府办公室共有车辆0辆"
        Assert.Equal(0m, Value(FactKeys.VehiclesTotal));
    }

    [Fact]
    public void Reads_the_totals_of_a_shanghai_final_account_as_it_words_them()
    {
        var facts = processed["real-cn/sh-putuo-czj-2024-dept-final.pdf"].Facts;
        decimal Value(string key) => Assert.Single(facts.Where(f => f.Key == key).Select(f => f.Value).Distinct());

        // "本年收入合计2946.25万元，其中：…"; "本年支出合计2940.05万元"; "一般公共预算财政拨款支出2940.05万元",
        // stated in both the overview and the structure paragraph of that section (one statement: the second restates
        // the first on its page), and carried out against its budget in the 具体情况 ("一般公共预算财政拨款支出年初预算为
        // 2993.92万元，支出决算为2940.05万元").
        Assert.Equal(29462500m, Value(FactKeys.IncomeTotal));
        Assert.Equal(29400500m, Value(FactKeys.ExpenditureTotal));
        Assert.Equal(29400500m, Value(FactKeys.GeneralBudgetTotal));
        Assert.Equal(2, facts.Count(f => f.Key == FactKeys.GeneralBudgetTotal));
    }

    [Fact]
    public void Reads_the_income_composition_of_a_jiangsu_budget()
    {
        var facts = processed["real-cn/js-zxbgt-2019-dept-budget-text.pdf"].Facts;

        // "收入预算总计13,377.11万元" (the composition's own "本年收入预算合计" names the department first).
        Assert.Equal(133771100m, Assert.Single(facts, f => f.Key == FactKeys.IncomeTotal).Value);
        // "其中：一般公共预算收入13,297.11万元，占99.4%；政府性基金预算收入0万元，占0%；…上年结转资金0万元，占0%"
        var general = Assert.Single(facts, f => f.Key == FactKeys.IncomeGeneralBudget && f.ShareOf is not null);
        Assert.Equal((132971100m, 99.4m, FactKeys.IncomeTotal), (general.Value, general.SharePct, general.ShareOf));
        // The source is stated again with its change: "一般公共预算收入预算13,297.11万元，与上年相比增加3,226.63万元，增长32.04%".
        Assert.Equal(new FactChange(2018, 32266300m, 32.04m, "increase"), Assert.Single(facts, f => f.Key == FactKeys.IncomeGeneralBudget && f.ShareOf is null).Change);
        Assert.Equal(0m, Assert.Single(facts, f => f.Key == FactKeys.IncomeGovernmentFund).Value);
        Assert.Equal(0m, Assert.Single(facts, f => f.Key == FactKeys.IncomeCarryover).Value);
        Assert.Equal(46m, Assert.Single(facts, f => f.Key == FactKeys.VehiclesTotal).Value);
    }

    [Fact]
    public void Does_not_read_an_increase_of_a_figure_as_the_figure()
    {
        // "基本支出增加人员经费1408.29万元" comes first; the level is stated later, in two sections (pages 23, 24).
        var facts = processed["real-cn/js-gy-2017-dept-budget.pdf"].Facts.Where(f => f.Key == FactKeys.ExpenditurePersonnel).ToList();

        Assert.Equal([23, 24], facts.Select(f => f.Page));
        Assert.All(facts, f => Assert.Equal((135948200m, "人员经费13594.82万元"), (f.Value, f.Quote)));
    }

    [Fact]
    public void Reads_a_part_restated_later_with_its_share_but_not_the_same_words_naming_another_figure()
    {
        // swbgt 2017: the overview states the general budget's income, the income section restates it with its share;
        // a later 上年结转 under 政府性基金 is another quantity.
        var facts = FactReader.Read(Documents.FromText(
            "收入预算总计20849.45万元。包括：1．一般公共预算收入20702.25万元。2．财政专户管理资金147.20万元。",
            "省委办公厅本年收入预算合计 20849.45 万元，其中：\n一般公共预算收入 20702.25 万元，占 99.29%。\n财政专户管理资金 147.20 万元，占 0.71%。",
            "政府性基金预算收入0万元，其中一般公共预算收入 0 万元，占 0%。"), fiscalYear: 2017);

        var generalBudget = facts.Where(f => f.Key == FactKeys.IncomeGeneralBudget).ToList();
        Assert.Equal([(1, null), (2, 99.29m)], generalBudget.Select(f => (f.Page, f.SharePct)));
        Assert.All(generalBudget, f => Assert.Equal(207022500m, f.Value));
    }

    [Fact]
    public void A_change_stated_apart_takes_no_figure_stated_pages_before()
    {
        // A note under a unit's 三公 table, pages after the department's figure, is of the unit's figure.
        var facts = FactReader.Read(Documents.FromText("“三公”经费预算数为66.40万元，比2025年预算增加1.88万元，增长2.91%。", "", "", "",
            "注：2026年“三公”经费预算较2025年增加0.33万元，增长1.04%。"), fiscalYear: 2026);

        Assert.Equal([1], facts.Where(f => f.Key == FactKeys.ThreePublicTotal).Select(f => f.Page));
    }

    [Theory]
    // Final accounts of other provinces compare a figure with its budget without printing the budget: by the completion
    // rate and the difference after the change, by the difference before it, or by the difference and its rate.
    [InlineData("2023年度，本单位一般公共预算财政拨款支出总计1200.50万元，与上年相比减少40.2万元，降低3.24%；完成年初预算100%，决算数大于预算数50.50万元，主要原因：…",
        "general_budget.total", "12005000.00", "null 100 greater 505000.00 null", "2022 402000.0 3.24 decrease")]
    [InlineData("2023 年度一般公共预算财政拨款安排的“三公”经费支出决算总额为 8.20 万元，比预算增加 0 万元，比去年增加2.10 万元，增长 34.4%，增加原因…",
        "three_public.total", "82000.00", "null null equal 0 null", "2022 21000.00 34.4 increase")]
    [InlineData("2023年市本级部门使用财政拨款安排 “三公”经费支出总额为2500万元，比预算数减少500万元，下降16.67%。",
        "three_public.total", "25000000", "null null less 5000000 16.67", "null")]
    [InlineData("2023年度“三公”经费支出预算为8.00万元，支出决算为7.50万元，完成预算的93.75%；较上年增加0.50万元，增长7.14%。",
        "three_public.total", "75000.00", "80000.00 93.75 null null null", "2022 5000.00 7.14 increase")]
    // The budget named inside the completion; a bare 三公经费 with its change and its difference from the 年初 budget.
    [InlineData("公务用车购置及运行维护费支出决算为27.46万元，完成预算29.6万元的92.8%，比上年决算数增加6.32万元，增长29.9%；",
        "three_public.vehicle", "274600.00", "296000.0 92.8 null null null", "2022 63200.00 29.9 increase")]
    [InlineData("经比较2023年度镇本级“三公”经费41万元，较上年减少19万元，下降31.67%，较年初预算数减少4万元，下降8.9%。",
        "three_public.total", "410000", "null null less 40000 8.9", "2022 190000 31.67 decrease")]
    [InlineData("2023年市本级“三公”支出合计为961.51万元，完成年初预算71.21%，比年初预算减少388.75万元。",
        "three_public.total", "9615100.00", "null 71.21 less 3887500.00 null", "null")]
    // The rate worded as the actual's share of the budget; the difference before the rate.
    [InlineData("2023年度“三公”经费支出决算15.23万元，决算数为预算数的76.13%。",
        "three_public.total", "152300.00", "null 76.13 null null null", "null")]
    [InlineData("2023年度“三公”经费支出8.65万元，较年初预算减少3.35万元，完成年初预算的72.08%。",
        "three_public.total", "86500.00", "null 72.08 less 33500.00 null", "null")]
    // The actual as a share of the budget it names.
    [InlineData("2023年度一般公共预算财政拨款支出决算1349.28万元，为年初预算1200.00万元的112.44%。决算数大于预算数的主要原因是人员增加。",
        "general_budget.total", "13492800.00", "12000000.00 112.44 null null null", "null")]
    public void Reads_a_final_accounts_comparison_with_the_budget_it_does_not_print(string printed, string key, string value, string execution, string change)
    {
        var fact = Assert.Single(FactReader.Read(Documents.FromText(printed), fiscalYear: 2023), f => f.Key == key);

        static string Shown(object? v) => v?.ToString() ?? "null";
        Assert.Equal((value, execution, change), (Shown(fact.Value),
            string.Join(' ', new object?[] { fact.Execution?.Budget, fact.Execution?.CompletionPct, fact.Execution?.Stated, fact.Execution?.Difference, fact.Execution?.DifferencePct }.Select(Shown)),
            fact.Change is { } c ? string.Join(' ', new object?[] { c.ComparedYear, c.Amount, c.Pct, c.Direction }.Select(Shown)) : "null"));
    }

    [Theory]
    // Round AD's Hunan: last year's figure stated as a clause of its own is the change's base; this year's budget is not.
    [InlineData("2023年度本部门机关运行经费支出159.21万元，2022年度为180.60万元，比上年减少21.39万元，下降11.84%。", "2022 execution 1806000.00")]
    [InlineData("2023年度本部门机关运行经费支出159.21万元，2022年度预算数为180.60万元，比上年减少21.39万元，下降11.84%。", "2022 budget 1806000.00")]
    [InlineData("2023年度本部门机关运行经费支出159.21万元，2023年度预算数为170.00万元，比上年减少21.39万元，下降11.84%。", "none")]
    public void Reads_last_years_figure_stated_as_a_clause_before_the_change(string printed, string prior)
    {
        var fact = FactReader.Read(Documents.FromText(printed), fiscalYear: 2023).Single(f => f.Key == FactKeys.OperatingCosts);

        Assert.Equal(prior, fact.Prior is { } p ? $"{p.Year} {p.Kind} {p.Amount:0.00}" : "none");
    }

    [Fact]
    public void Reads_last_years_figure_in_brackets_as_the_base_of_the_change_after_it_and_the_parts_after_the_brackets()
    {
        // Round KZ's Shaanxi: each 三公 figure with last year's in brackets; the vehicle's parts follow its bracket.
        var facts = FactReader.Read(Documents.FromText("“三公”经费预算47.60万元（上年60.00万元），较上年减少12.40万元，下降20.67%。其中：公务接待费5.00万元（上年14.20万元）；" +
            "公务用车购置及运行维护费42.60万元（上年45.80万元），其中：公务用车购置费0.00万元（上年0.00万元），公务用车运行维护费46.20万元（上年45.80万元），减少3.20万元，主要原因是严控车辆运行。"), fiscalYear: 2025);

        string Told(string key) => facts.Single(f => f.Key == key) is var f ? $"{f.Value} {f.Prior?.Amount} {f.Change?.Amount} {f.Change?.Direction}" : "";
        Assert.Equal("476000.00 600000.00 124000.00 decrease", Told(FactKeys.ThreePublicTotal));
        Assert.Equal("462000.00 458000.00 32000.00 decrease", Told(FactKeys.ThreePublicVehicleOperation));
        Assert.Equal("0.00   ", Told(FactKeys.ThreePublicVehiclePurchase));
    }

    [Fact]
    public void Reads_a_self_evaluations_funds_carried_out_with_their_budget_and_rate()
    {
        // Round CK's Henan: the department's figures, then its 财政拨款's after 其中.
        var facts = FactReader.Read(Documents.FromText("全年预算数2,419.78万元，全年执行数2,382.88万元，执行率98.48%，自评得分96.35分。" +
            "其中：财政拨款全年预算数2,400.00万元，全年执行数2,370.00万元，执行率98.75%。"), fiscalYear: 2025)
            .Where(f => f.Key == FactKeys.SelfEvaluationExecution).ToList();

        Assert.Equal([(23828800m, 24197800m, 98.48m), (23700000m, 24000000m, 98.75m)],
            facts.Select(f => (f.Value, f.Execution!.Budget!.Value, f.Execution.CompletionPct!.Value)));
    }

    [Fact]
    public void Reads_a_projects_self_evaluation_with_its_funds_carried_out_named_执行数()
    {
        // Round DB's Hunan: a project's sentence, 执行数 without 全年.
        var fact = Assert.Single(FactReader.Read(Documents.FromText("（2）普法宣传教育经费绩效自评情况。普法宣传教育经费全年预算数75.92万元，执行数73.68万元，执行率93.04%，自评得分99.70分。"),
            fiscalYear: 2025), f => f.Key == FactKeys.SelfEvaluationExecution);

        Assert.Equal((736800m, 759200m, 93.04m), (fact.Value, fact.Execution!.Budget!.Value, fact.Execution.CompletionPct!.Value));
    }

    [Fact]
    public void Reads_the_sources_listed_without_shares_after_the_incomes_whole_named_by_its_heading()
    {
        // Round AE's Chongqing.
        var facts = FactReader.Read(Documents.FromText("（一）收入预算：2025年年初预算数7796.05万元，其中：一般公共预算拨款7105.96万元，政府性基金预算拨款615.69万元，事业收入52.08万元，其他收入22.32万元。"), fiscalYear: 2025);

        Assert.Equal([77960500m, 71059600m, 6156900m, 520800m, 223200m],
            new[] { FactKeys.IncomeTotal, FactKeys.IncomeGeneralBudget, FactKeys.IncomeGovernmentFund, FactKeys.IncomePublicService, FactKeys.IncomeOther }
                .Select(key => facts.Single(f => f.Key == key).Value));
    }

    [Theory]
    // Rounds V and W: figures and the change, share or rate stated with them as these provinces word them.
    // Hainan: the change of both totals of the appropriation after 与上年相比; Qinghai: the share of 本年支出预算 and 与2023年预算相比.
    [InlineData(2023, "2023年度财政拨款收入总计5360.46万元，支出总计5360.46万元。与上年相比，财政拨款收入、支出总计各增加120.25万元，增长2.29%。",
        FactKeys.FiscalAppropriationTotal, "53604600.00 null 2022/1202500.00/2.29/increase null")]
    [InlineData(2024, "2024年一般公共预算支出4678.2万元，占本年支出预算的99.17%。与2023年预算相比，一般公共预算支出减少298.9万元，下降6.01%。",
        FactKeys.GeneralBudgetTotal, "46782000.0 99.17 2023/2989000.0/6.01/decrease null")]
    // Hainan: the 三公 total's change stated apart, 比上年; Heilongjiang: its budget stated before its completion rate.
    [InlineData(2023, "2023年度“三公”经费财政拨款支出决算27.05万元。“三公”经费财政拨款支出决算比上年减少2.39万元，下降8.12%。",
        FactKeys.ThreePublicTotal, "270500.00 null 2022/23900.00/8.12/decrease null")]
    [InlineData(2023, "2023年度“三公”经费财政拨款支出决算18.05万元，比2022年度减少3.39万元，下降16.83%；年初预算18.22万元，完成预算的91.93%。",
        FactKeys.ThreePublicTotal, "180500.00 null 2022/33900.00/16.83/decrease 182200.00/91.93")]
    // Tianjin: a 三公 part's share of the 三公 total after its budget carried out.
    [InlineData(2023, "2.公务用车购置及运行维护费支出预算为25.93万元，支出决算为22.59万元，完成预算的87.12%，占“三公”经费的86.25%。",
        FactKeys.ThreePublicVehicle, "225900.00 86.25 null 259300.00/87.12")]
    // Beijing: both totals changed together against last year's execution, after the expenditure's parts.
    [InlineData(2024, "2024年收入预算2659.47万元，其中：事业收入71.88万元，占2.70%。2024年支出预算2659.47万元，其中：基本支出2110.18万元，占79.35%；项目支出549.29万元，占20.65%。与2023年执行数相比，收入、支出预算总计各减少302.82万元，下降10.22%，主要原因是项目完成。",
        FactKeys.IncomeTotal, "26594700.00 null 2023/3028200.00/10.22/decrease null")]
    // Beijing: the 三公 total's change naming its subject again inside the base.
    [InlineData(2024, "2024年一般公共预算“三公”经费财政拨款预算数为39.98万元，比2023年“三公”经费财政拨款预算减少9.04万元，下降18.44%。",
        FactKeys.ThreePublicTotal, "399800.00 null 2023/90400.00/18.44/decrease null")]
    // Beijing: the appropriation's income of the year listed after the income total.
    [InlineData(2024, "2024年收入预算2659.47万元，其中：本年财政拨款收入2556.77万元，占96.14%；事业收入71.88万元，占2.70%。",
        FactKeys.IncomeFiscalAppropriation, "25567700.00 96.14 null null")]
    // Round Y's Shanghai: a share of 支出预算; 其他收入 with 预算; a 三公 part's change stated without its base, after the total's.
    [InlineData(2024, "按支出性质划分，基本支出11411.91万元，占支出预算的58.20%；项目支出8195.17万元，占支出预算的41.80%。",
        FactKeys.ExpenditureBasic, "114119100.00 58.20 null null")]
    // Rounds AD's Shandong and AE's Jilin: the amount stated before its quoted subject, read after it.
    [InlineData(2024, "（一）一般公共预算拨款支出按项级科目说明如下：4.安排431.04万元用于“文化旅游体育与传媒支出（类）文化和旅游（款）群众文化（项）”科目，比上年预算增加62.87万元，增长17.08%，主要用于群众文化活动。",
        FactKeys.FunctionItem, "4310400.00 null 2023/628700.00/17.08/increase null")]
    // Round AD's Hunan (the national final-account template): the change opening the next sentence names the 三公
    // spending, or the fiscal appropriation's totals after its funds.
    [InlineData(2023, "2023年度“三公”经费财政拨款支出决算为25.25万元。与2022年度相比，“三公”经费财政拨款支出减少0.15万元，下降0.59%。",
        FactKeys.ThreePublicTotal, "252500.00 null 2022/1500.00/0.59/decrease null")]
    [InlineData(2023, "2023年度财政拨款收入总计2846.76万元，支出总计2846.76万元，其中：一般公共预算财政拨款2726.12万元，政府性基金预算财政拨款120.64万元。与2022年度相比，财政拨款收、支总计各增加61.89万元，增长2.22%。",
        FactKeys.FiscalAppropriationTotal, "28467600.00 null 2022/618900.00/2.22/increase null")]
    // Round AE's Liaoning: the general budget's income of the year (当年拨款收入).
    [InlineData(2024, "二、收入预算情况2024年收入预算5591.76万元，其中：一般公共预算当年拨款收入5314.98万元，占95.05%；政府性基金预算拨款收入176.35万元，占3.15%。",
        FactKeys.IncomeGeneralBudget, "53149800.00 95.05 null null")]
    // Round AF's Guangdong: a hospital's 事业单位经营支出 beside its basic and project expenditure.
    [InlineData(2025, "二、支出预算情况2025年支出预算142014.77万元，其中：基本支出131912.72万元，占92.89%；项目支出9783.45万元，占6.89%；事业单位经营支出318.60万元，占0.22%。",
        FactKeys.ExpenditureBusiness, "3186000.00 0.22 null null")]
    // Round AI's Ningxia: a budget's state-capital expenditure with its change.
    [InlineData(2025, "九、国有资本经营预算支出情况2025年国有资本经营预算支出356.21万元，比上年减少21.02万元，下降5.57%。",
        FactKeys.StateCapitalTotal, "3562100.00 null 2024/210200.00/5.57/decrease null")]
    // Round AE's Jilin: the quoted subject without 科目 after it.
    [InlineData(2025, "（三）一般公共预算当年拨款具体使用情况（一）安排105.85万元用于“社会保障和就业支出（类）行政事业单位养老支出（款）事业单位离退休（项）”，比上年预算减少9.69万元，下降8.39%，主要用于事业单位离退休人员的离退休费和补贴。",
        FactKeys.FunctionItem, "1058500.00 null 2024/96900.00/8.39/decrease null")]
    // Round AD's Hunan: last year's figure stated as a clause of its own before the change.
    [InlineData(2023, "2023年度本部门机关运行经费支出159.21万元，2022年度为180.60万元，比上年减少21.39万元，下降11.84%。主要原因是压减一般性支出。",
        FactKeys.OperatingCosts, "1592100.00 null 2022/213900.00/11.84/decrease null")]
    // Round AD's Shandong: 占比.
    [InlineData(2024, "（一）收入预算：2024年收入预算4685.83万元，其中：一般公共预算拨款收入4658.10万元，占比99.41%；事业收入19.41万元，占比0.41%。",
        FactKeys.IncomePublicService, "194100.00 0.41 null null")]
    [InlineData(2024, "收入预算19607.08万元，其中：财政拨款收入19417.79万元；事业收入预算132.50万元；其他收入预算56.79万元，占0.29%。",
        FactKeys.IncomeOther, "567900.00 0.29 null null")]
    [InlineData(2024, "“三公”经费预算数为40.60万元，比2023年预算数增加2.19万元，增长5.70%。其中：因公出国（境）费0.00万元，与上年持平；公务接待费12.24万元，减少2.61万元，下降17.58%。",
        FactKeys.ThreePublicReception, "122400.00 null 2023/26100.00/17.58/decrease null")]
    // Round KX's Anhui: last year's execution named 当年.
    [InlineData(2025, "2025年一般公共预算当年拨款支出3000.00万元，比2024年当年预算执行数增加26.90万元，增长0.90%。",
        FactKeys.GeneralBudgetTotal, "30000000.00 null 2024/269000.00/0.90/increase null")]
    // Round KW's Xinjiang: a part's share of the year's expenditure named bare.
    [InlineData(2024, "2024年度支出合计2,283.24万元，与上年相比增加153.87万元，增长7.23%。其中：基本支出1,153.92万元，占本年支出的50.10%；项目支出1,139.31万元，占本年支出的49.90%。",
        FactKeys.ExpenditureBasic, "11539200.00 50.10 null null")]
    // Round KO's Fujian: what the figure equals, said between it and its change.
    [InlineData(2025, "福建省水利厅2025年支出预算39742.40万元，与收入预算一致，比上年减少3273.75万元，下降7.61%。",
        FactKeys.ExpenditureTotal, "397424000.00 null 2024/32737500.00/7.61/decrease null")]
    // Round Y's Hebei: what the total is all of, said between it and its change.
    [InlineData(2024, "2024年本单位收入预算1915.19万元，全部为一般公共预算拨款，比上年执行数减少122.24万元，下降6.00%。",
        FactKeys.IncomeTotal, "19151900.00 null 2023/1222400.00/6.00/decrease null")]
    // Round Y's Gansu: the share reserved for small firms, of the procurement budget's 总额.
    [InlineData(2024, "政府采购预算总额2241.01万元。面向中小企业预留1055.95万元，占政府采购预算总额的47.12%。",
        FactKeys.ProcurementSmeReserved, "10559500.00 47.12 null null")]
    // Round CF's Jilin: the whole named as 本部门政府采购项目预算总额.
    [InlineData(2026, "2026年吉林省财政厅政府采购预算总额427.71万元，其中：货物类181.23万元。面向中小企业预留政府采购项目预算金额178.21万元，占本部门政府采购项目预算总额的46.7%，其中预留给小微企业124.74万元。",
        FactKeys.ProcurementSmeReserved, "1782100.00 46.7 null null")]
    // Round Z's Beijing: a 三公 part named as its paragraph's heading.
    [InlineData(2023, "3.公务接待费。2023年度支出预算为327.87万元，支出决算为324.72万元，完成预算的99.04%，比2022年度减少112.11万元，下降25.66%。",
        FactKeys.ThreePublicReception, "3247200.00 null 2022/1121100.00/25.66/decrease 3278700.00/99.04")]
    // Round JB's Zhejiang: the part named with 支出 before its budget.
    [InlineData(2024, "3.公务接待费支出年初预算为24.00万元，支出决算为13.56万元，完成年初预算的64.00%，比2023年度减少3.36万元，下降17.95%。",
        FactKeys.ThreePublicReception, "135600.00 null 2023/33600.00/17.95/decrease 240000.00/64.00")]
    // Round AI's Ningxia: the state capital's income with its share; round AH's Henan: both fiscal totals 均为 a figure in 亿元.
    [InlineData(2025, "2025年收入预算4968.51万元，其中：一般公共预算拨款收入4112.30万元，占82.77%；国有资本经营预算拨款收入356.21万元，占7.17%。",
        FactKeys.IncomeStateCapital, "3562100.00 7.17 null null")]
    [InlineData(2025, "2025年财政拨款收支预算总额均为1.30亿元，全部为一般公共预算拨款，较上年增加857.10万元，同比增长6.97%。",
        FactKeys.FiscalAppropriationTotal, "130000000.00 null 2024/8571000.00/6.97/increase null")]
    // Round DC's Sichuan: 人员经费 with its share of the general budget's basic expenditure it is listed under.
    [InlineData(2026, "2026年一般公共预算基本支出2,619.79万元，其中：人员经费2,248.20万元，占比85.82%，主要包括基本工资、津贴补贴等；公用经费371.59万元，占比14.18%，主要包括办公费。",
        FactKeys.ExpenditurePublicFunds, "3715900.00 14.18 null null")]
    // Rounds CN and CX (Hebei, Beijing): each fund's appropriation listed after the appropriation's 收支预算总计.
    [InlineData(2026, "2026年财政拨款收支预算总计2,025.78万元，比2025年增加102.65万元，增长5.34%。其中：一般公共预算财政拨款1,814.43万元，比2025年增加72.10万元，增长4.14%；政府性基金预算拨款201.59万元，比2025年增加30.85万元，增长18.07%。",
        FactKeys.GovernmentFundTotal, "2015900.00 null 2025/308500.00/18.07/increase null")]
    [InlineData(2026, "2026年财政拨款收支预算总计2,025.78万元，比2025年增加102.65万元，增长5.34%。其中：一般公共预算财政拨款1,814.43万元，比2025年增加72.10万元，增长4.14%。",
        FactKeys.FiscalAppropriationTotal, "20257800.00 null 2025/1026500.00/5.34/increase null")]
    // Round AN's Guangdong school: a remark in brackets between the amount and its share; the whole named first is the income.
    [InlineData(2025, "2025年本单位收入预算总计9014.89万元，其中：一般公共预算拨款收入8414.69万元，占93.34%；事业收入486.00万元（其中：教育收费412.50万元），占5.39%。",
        FactKeys.IncomePublicService, "4860000.00 5.39 null null")]
    // Round AO's Jiangxi: the appropriation's change after its funds, not the department's total's.
    [InlineData(2025, "2025年支出预算3483.87万元。2025年财政拨款支出预算3432.75万元，其中：一般公共预算拨款支出3135.03万元，政府性基金预算拨款支出297.72万元。与上年相比，财政拨款支出减少38.00万元，下降1.09%。",
        FactKeys.FiscalAppropriationTotal, "34327500.00 null 2024/380000.00/1.09/decrease null")]
    // Round AH's Guangxi: a change called flat in words, its amount in brackets.
    [InlineData(2026, "2026年桂林市商务局机关运行经费预算104.85万元，与上年预算基本持平（增加0.12万元）。",
        FactKeys.OperatingCosts, "1048500.00 null 2025/1200.00//increase null")]
    // Round FJ's Fujian: both totals, then their change with both restated as its subject.
    [InlineData(2026, "2026年本部门收入预算总计321584993.85元，支出预算总计321584993.85元，收支总计比2025年减少6432180.55元，下降2.81%。",
        FactKeys.IncomeTotal, "321584993.85 null 2025/6432180.55/2.81/decrease null")]
    // Round FR's Qingdao: both totals, then the two as one total of their own, then its change.
    [InlineData(2026, "2026年收入预算总计1984.31万元，支出预算总计1984.31万元，收支总预算1984.31万元，比上年预算增加79.58万元，增长4.81%。",
        FactKeys.IncomeTotal, "19843100.00 null 2025/795800.00/4.81/increase null")]
    // Round FT's Anhui: both totals, then their change in a sentence naming last year's both with its figure.
    [InlineData(2026, "2026年收入预算总计19158.18万元，支出预算总计19158.18万元。与2025年收支预算总计18420.56万元相比，增加737.62万元，增长4.60%，主要原因是…",
        FactKeys.IncomeTotal, "191581800.00 null 2025/7376200.00/4.60/increase null")]
    // Round FB's Yunnan: the office's 机关运行经费 named after it (局机关机关运行经费) is the department's, which only its office has.
    [InlineData(2026, "2026年局机关机关运行经费预算53.73万元，比上年预算减少5.17万元，下降8.87%。",
        FactKeys.OperatingCosts, "537300.00 null 2025/51700.00/8.87/decrease null")]
    // Round FP's Jiangxi: so the office named as the department's own level (局本级).
    [InlineData(2026, "2026年萍乡市农业农村局本级机关运行经费预算61.20万元，与上年相比增加2.86万元，增长4.09%，主要用于办公费。",
        FactKeys.OperatingCosts, "612000.00 null 2025/28600.00/4.09/increase null")]
    // Round AA's Guangdong: the share in brackets.
    [InlineData(2024, "2024年部门收入预算12873.04万元，其中：事业收入118.62万元（占0.92%），较上年预算增长7.53%（增加8.31万元）。",
        FactKeys.IncomePublicService, "1186200.00 0.92 2023/83100.00/7.53/increase null")]
    // Round AB: both totals' change, with the subject before the base (Liaoning) or after it (Ningxia).
    [InlineData(2024, "2024年收入预算2477.86万元。收支总预算较2023年执行数减少6.89万元，下降0.27%，主要是项目完成。",
        FactKeys.IncomeTotal, "24778600.00 null 2023/68900.00/0.27/decrease null")]
    // Round JN's Sichuan township: the year before the two totals named as one.
    [InlineData(2025, "文宫镇人民政府2025年收支总预算8,188,485.48元。收入方面：一般公共预算拨款收入8,168,485.48元，其他收入20,000.00元。2025年收支总预算比2024年增加325,945.12元，增长4.15%。",
        FactKeys.ExpenditureTotal, "8188485.48 null 2024/325945.12/4.15/increase null")]
    // Round KJ's Shaanxi: the base before the two totals named as one, opening the sentence after them.
    [InlineData(2025, "2025年收入总计5,173.98万元，支出总计5,173.98万元。与上年相比，收支总预算增加183.90万元，增长3.96%，主要原因是人员经费标准调整。",
        FactKeys.IncomeExpenditureTotal, "51739800.00 null 2024/1839000.00/3.96/increase null")]
    [InlineData(2024, "2024年部门预算收入17012.26万元，支出17012.26万元，收支平衡。与上年预算相比，收入和支出预算均减少833.97万元，下降4.67%。",
        FactKeys.IncomeTotal, "170122600.00 null 2023/8339700.00/4.67/decrease null")]
    // Round AT's Jiangsu: 当年 before the general budget.
    [InlineData(2025, "2025年当年一般公共预算拨款支出32242.97万元，与上年执行数相比增加2413.31万元，增长8.09%。",
        FactKeys.GeneralBudgetTotal, "322429700.00 null 2024/24133100.00/8.09/increase null")]
    // A numbered heading followed by the department's own name is no unit's item (round AA's Henan).
    [InlineData(2024, "五、一般公共预算支出预算情况（一）一般公共预算支出规模变化情况二七区教育局2024年一般公共预算支出53660.5万元，与2023年相比，一般公共预算支出增加412.0万元，增长0.77%。",
        FactKeys.GeneralBudgetTotal, "536605000.0 null 2023/4120000.0/0.77/increase null")]
    // Round AU's Jiangxi: the department's own figures in the section after a list by unit.
    [InlineData(2025, "2.上饶市广信区住房保障服务中心2025年收支预算总计475.04万元，比上年减少61.59万元，下降11.48%。二、收入预算情况2025年本部门收入预算2838.76万元，" +
        "其中：一般公共预算拨款收入2584.89万元，占91.06%。", FactKeys.IncomeGeneralBudget, "25848900.00 91.06 null null")]
    // Round AY: a signed rate after the amount, named 增减率 or in brackets.
    [InlineData(2024, "2024年机关运行经费预算665.20万元，比上年预算减少73.91万元，增减率-20.00%。",
        FactKeys.OperatingCosts, "6652000.00 null 2023/739100.00/20.00/decrease null")]
    [InlineData(2024, "2024年部门收入预算3000.00万元，比2023年增加856.60万元（+40.0%）。",
        FactKeys.IncomeTotal, "30000000.00 null 2023/8566000.00/40.0/increase null")]
    // Round AP: an item's change with the particle 了 after each word.
    [InlineData(2025, "行政运行（2010101）安排520.00万元，比上年增加了20.00万元，增长了4.00%。",
        FactKeys.FunctionItem, "5200000.00 null 2024/200000.00/4.00/increase null")]
    // Round AW's Jilin: last year's figure inside the comparison that opens with 与 and closes with 相比.
    [InlineData(2025, "（七）社会保障和就业支出（类）就业补助（款）其他就业补助支出（项）：2025年预算数为50.04万元，与2024年预算数22.74万元相比，增加27.30万元，增长120.05%。",
        FactKeys.FunctionItem, "500400.00 null 2024/273000.00/120.05/increase null")]
    // Round AP's Sichuan: the department named after a county whose name ends in 全县 (天全县), not a county-wide statement.
    [InlineData(2025, "天全县林业局2025年收支总预算3031.68万元，比2024年收支总预算增加116.15万元，增长3.98%，主要原因是面积调增。",
        FactKeys.ExpenditureTotal, "30316800.00 null 2024/1161500.00/3.98/increase null")]
    // Round BN's Xinjiang and Qinghai: the department's name between the year and the total.
    [InlineData(2026, "2026年新疆维吾尔自治区统计局一般公共预算当年拨款4,554.37万元，比上年增加243.06万元，增长5.65%。",
        FactKeys.GeneralBudgetTotal, "45543700.00 null 2025/2430600.00/5.65/increase null")]
    [InlineData(2026, "2026年青海省水利厅部门收支总预算7,281.51万元，较2025年预算增加229.96万元，增长3.29%。",
        FactKeys.ExpenditureTotal, "72815100.00 null 2025/2299600.00/3.29/increase null")]
    // Round BL's Hebei: the general budget's parts under a heading numbered in brackets.
    [InlineData(2026, "（二）支出预算情况2026年部门支出预算3,218.89万元。其中：基本支出1,423.95万元，占44.24%。（三）一般公共预算支出情况2026年一般公共预算财政拨款支出预算2,666.20万元，比2025年预算减少135.20万元，下降4.83%。其中：基本支出1,423.95万元，占53.41%；项目支出1,242.25万元，占46.59%。",
        FactKeys.GeneralBudgetBasic, "14239500.00 53.41 null null")]
    // Round BP's Shaanxi: the reserve's share in a sentence of its own closing the paragraph.
    [InlineData(2026, "2026年度面向中小企业预留政府采购项目预算金额506.00万元，其中，预留给小型和微型企业的政府采购项目预算为420.00万元。预留给中小企业的预算金额占部门政府采购预算总额的85.99%。",
        FactKeys.ProcurementSmeReserved, "5060000.00 85.99 null null")]
    // Round BI's Gansu: a 三公 part's change in the total's 其中 list, its figure stated only in the section after.
    [InlineData(2024, "与2023年相比，2024年度“三公”经费财政拨款支出决算减少10,963元，下降15.48%，其中：公务用车购置及运行维护费支出决算减少5,679元，下降10.74%；公务接待费支出决算减少5,284元，下降31.81%。（二）公务用车购置及运行维护费支出决算48,537元，主要用于公务用车运行维护。",
        FactKeys.ThreePublicVehicle, "48537 null 2023/5679/10.74/decrease null")]
    public void Reads_what_other_provinces_state_with_a_figure(int year, string printed, string key, string expected)
    {
        var fact = FactReader.Read(Documents.FromText(printed), fiscalYear: year).First(f => f.Key == key && (f.Change is not null || f.Execution is not null || f.SharePct is not null));

        static string Shown(object? v) => v?.ToString() ?? "null";
        string change = fact.Change is { } c ? $"{c.ComparedYear}/{c.Amount}/{c.Pct}/{c.Direction}" : "null";
        string execution = fact.Execution is { } e ? $"{Shown(e.Budget)}/{Shown(e.CompletionPct)}" : "null";
        Assert.Equal(expected, $"{fact.Value} {Shown(fact.SharePct)} {change} {execution}");
    }

    [Theory]
    // Round AM's Beijing and Tianjin: a second comparison after the first, against an earlier year's outcome.
    [InlineData("2026年“三公”经费预算26.07万元，比2025年预算数减少3.19万元，下降10.90%；比2024年决算数23.67万元增加12.40万元，增长10.14%。",
        FactKeys.ThreePublicTotal, "2025/31900.00/10.90/decrease,2024/124000.00/10.14/increase", "2024 execution 236700.00")]
    [InlineData("事业运行（2010450）128.89万元，比2025年预算数减少4.99万元，下降3.73%，比2024年决算数增加5.12万元，增长4.14%，主要用于事业单位运转。",
        FactKeys.FunctionItem, "2025/49900.00/3.73/decrease,2024/51200.00/4.14/increase", "")]
    // Round BC's Qinghai: against the same year's other figure stating its base, which the change holds to by itself.
    [InlineData("2026年收支总预算556.0万元，比2025年预算数增加12.3万元，增长2.26%；与2025年执行数555.2万元相比，增加0.8万元，增长1.40%。",
        FactKeys.ExpenditureTotal, "2025/123000.0/2.26/increase,2025/8000.0/1.40/increase", "2025 execution 5552000.0")]
    // Round AB's Chongqing: against the same year's other figure, the base the tables print cannot be told: not read.
    [InlineData("“三公”经费预算34.75万元，比2025年预算数减少2.25万元，下降6.08%；比2025年执行数减少0.27万元，下降0.77%。",
        FactKeys.ThreePublicTotal, "2025/22500.00/6.08/decrease", "")]
    public void Reads_a_second_comparison_of_the_same_figure(string printed, string key, string changes, string prior)
    {
        var facts = FactReader.Read(Documents.FromText(printed), fiscalYear: 2026).Where(f => f.Key == key).ToList();

        Assert.Equal(changes, string.Join(",", facts.Select(f => f.Change).OfType<FactChange>().Select(c => $"{c.ComparedYear}/{c.Amount}/{c.Pct}/{c.Direction}")));
        Assert.Equal(prior, string.Join(",", facts.Select(f => f.Prior).OfType<PriorFigure>().Select(p => $"{p.Year} {p.Kind} {p.Amount}")));
        Assert.All(facts, f => Assert.Contains(f.Quote, printed));
    }

    [Theory]
    // Round AY: shares stated after the list of parts, in its order, each of the whole the sentence's parts are parts of.
    [InlineData("2024年一般公共预算支出2726.00万元。按支出功能分类科目划分：一般公共服务支出2357.21万元、社会保障和就业支出176.27万元、卫生健康支出107.62万元、" +
        "住房保障支出84.90万元，分别占87.47%、6.47%、3.95%和3.11%。", FactKeys.FunctionItem, "87.47 general_budget.total,6.47 general_budget.total,3.95 general_budget.total,3.11 general_budget.total")]
    [InlineData("2024年支出预算2726.00万元。支出预算中：基本支出1396.16万元，项目支出1329.84万元，分别占51.22%和48.78%。",
        "expenditure.", "51.22 expenditure.total,48.78 expenditure.total")]
    [InlineData("2024年收入预算45081.00万元，其中：一般公共预算拨款收入44,599.00万元、其他收入482.00万元，分别占98.93%、1.07%。",
        "income.", "98.93 income.total,1.07 income.total")]
    [InlineData("2024年政府采购预算总额7,880.34万元，其中：政府采购货物预算2,915.27万元、政府采购工程预算1,733.67万元、政府采购服务预算3,230.95万元，分别占37.00%、22.00%和41.00%。",
        "procurement.", "37.00 procurement.total,22.00 procurement.total,41.00 procurement.total")]
    // As many shares as parts only.
    [InlineData("2024年支出预算2726.00万元。支出预算中：基本支出1396.16万元，项目支出1329.84万元，分别占51.22%、30.00%和18.78%。", "expenditure.", "")]
    public void Reads_shares_listed_after_their_parts(string printed, string keys, string shares)
    {
        var facts = FactReader.Read(Documents.FromText(printed), fiscalYear: 2024).Where(f => f.Key.StartsWith(keys, StringComparison.Ordinal) && f.SharePct is not null);

        Assert.Equal(shares, string.Join(",", facts.Select(f => $"{f.SharePct} {f.ShareOf}")));
    }

    [Fact]
    public void Reads_an_items_budget_stated_after_its_actual_with_the_difference_between_them()
    {
        // Round AX's Chongqing: the budget, then the difference from it, then the completion rate.
        var item = Assert.Single(FactReader.Read(Documents.FromText("3.一般公共服务支出（类）发展与改革事务（款）物价管理（项）：2023年度支出决算为49.70万元，" +
            "年初预算为48.21万元，比年初预算增加2.49万元，完成年初预算的105.27%。"), fiscalYear: 2023, BudgetPhase.FinalAccounts), f => f.Key == FactKeys.FunctionItem);

        Assert.Equal((497000m, 482100m, 105.27m), (item.Value, item.Execution?.Budget, item.Execution?.CompletionPct));
    }

    [Fact]
    public void Reads_a_final_accounts_balances_and_a_funds_as_its_own()
    {
        // Round AI: the national template's overview, the appropriated funds' sentence, and a fund's (its own keys).
        const string printed = "2024年度收入、支出决算总计12,465.26万元。其中：本年收入合计12,076.48万元，使用非财政拨款结余0.00万元，年初结转和结余388.78万元；"
            + "本年支出合计11,981.43万元，结余分配9.57万元，年末结转和结余474.26万元。四、财政拨款收入支出决算总体情况说明：其中：年初财政拨款结转和结余335.72万元，"
            + "本年财政拨款收入11,749.96万元；本年财政拨款支出11,662.40万元，年末财政拨款结转和结余423.28万元。"
            + "2024年度政府性基金预算财政拨款年初结转和结余110.63万元，本年收入2,127.02万元，本年支出2,102.61万元，年末结转和结余135.04万元。";

        var balances = FactReader.Read(Documents.FromText(printed), fiscalYear: 2024, BudgetPhase.FinalAccounts)
            .Where(f => f.Key.Contains("carryover", StringComparison.Ordinal)).Select(f => $"{f.Key} {f.Value}").Order(StringComparer.Ordinal);

        Assert.Equal(["carryover.closing 4742600.00", "carryover.opening 3887800.00", "fiscal_appropriation.carryover_closing 4232800.00",
            "fiscal_appropriation.carryover_opening 3357200.00", "government_fund.carryover_closing 1350400.00", "government_fund.carryover_opening 1106300.00"], balances);
    }

    [Theory]
    // Round AD's Shandong: 占比 is read as 占; Round AE's Jilin: the amount stated before its subject is read after it.
    [InlineData("2024年收入预算4685.83万元，其中：事业收入19.41万元，占比0.41%。", FactKeys.IncomePublicService, "事业收入19.41万元，占比0.41%")]
    [InlineData("2024年收入预算9014.89万元，其中：事业收入486.00万元（其中：教育收费412.50万元），占5.39%。", FactKeys.IncomePublicService, "事业收入486.00万元（其中：教育收费412.50万元），占5.39%")]
    // Round CR's Anhui: 的比重为 after the share's whole is read as 的.
    [InlineData("2024年支出预算6846.4万元，其中：基本支出2085.1万元，占支出预算的比重为30.46%。", FactKeys.ExpenditureBasic, "基本支出2085.1万元，占支出预算的比重为30.46%")]
    [InlineData("（一）一般公共预算拨款支出按项级科目说明如下：4.安排431.04万元用于“文化旅游体育与传媒支出（类）文化和旅游（款）群众文化（项）”科目，比上年预算增加62.87万元，增长17.08%，主要用于群众文化活动。",
        FactKeys.FunctionItem, "安排431.04万元用于“文化旅游体育与传媒支出（类）文化和旅游（款）群众文化（项）”科目，比上年预算增加62.87万元，增长17.08%")]
    public void Quotes_a_sentence_read_in_another_order_as_it_is_printed(string printed, string key, string quoted)
    {
        var fact = FactReader.Read(Documents.FromText(printed), fiscalYear: 2024).First(f => f.Key == key);

        Assert.Equal(quoted, fact.Quote);
        Assert.Contains(fact.Quote, printed);
    }

    [Theory]
    // Guizhou: a list of classes under a heading naming the classification; Gansu: after it and a colon.
    [InlineData("2024年一般公共预算支出2504.16万元，较上年预算数下降6.30%，减少168.26万元。主要原因是压减非刚性支出。（一）按支出功能分类科目（类级）划分社会保障和就业支出419.27万元，占一般公共预算支出的16.74%；卫生健康支出320.91万元，占一般公共预算支出的12.82%。",
        "社会保障和就业（类） 16.74,卫生健康（类） 12.82")]
    [InlineData("2024年一般公共预算拨款支出30,609,445.17元，比上年预算增加1,596,316.20元，增长5.50%。主要原因是新增教学设备购置项目。按支出功能分类科目（类级）：教育支出23,183,076.93元，占75.74%；社会保障和就业支出5,636,038.06元，占18.41%。",
        "教育（类） 75.74,社会保障和就业（类） 18.41")]
    // Round X's Anhui: under a heading naming the general budget's structure, no lead-in.
    [InlineData("2024年一般公共预算当年拨款9372.60万元，比上年预算减少834.08万元，下降8.17%。（二）一般公共预算当年拨款结构情况社会保障和就业支出958.63万元，占10.23%；卫生健康支出435.65万元，占4.65%。",
        "社会保障和就业（类） 10.23,卫生健康（类） 4.65")]
    // Round AB's Ningxia: under a heading naming the structure alone, in the section opening on the general budget.
    [InlineData("五、一般公共预算支出情况（一）总体情况。2024年一般公共预算支出17012.26万元，比上年执行数减少833.97万元，下降4.67%，主要原因是调整。（二）结构情况。公共安全支出12338.11万元，占72.52%；社会保障和就业支出3065.73万元，占18.02%。",
        "公共安全（类） 72.52,社会保障和就业（类） 18.02")]
    // Round AB's Hainan and Chongqing: the classification named before a comma.
    [InlineData("2024年一般公共预算拨款支出2001.3万元，比2023年预算数减少87.7万元，下降4.20%。主要原因是压减一般性支出。按支出功能分类科目，文化旅游体育与传媒支出1227.9万元，占一般公共预算拨款支出的61.36%；社会保障和就业支出363.7万元，占一般公共预算拨款支出的18.17%。",
        "文化旅游体育与传媒（类） 61.36,社会保障和就业（类） 18.17")]
    // Round EO's Fujian: after the year's appropriation named barely, the fiscal appropriation's total stated before it.
    [InlineData("2024年财政拨款收支预算总计3407.76万元。（二）一般公共预算当年拨款结构情况2024年一般公共预算拨款3322.76万元，其中：社会保障和就业支出（类）3209.38万元，占96.59%；住房保障支出（类）63.48万元，占1.91%。",
        "社会保障和就业支出（类） 96.59,住房保障支出（类） 1.91")]
    // Round AD's Hunan: shares printed 占比.
    [InlineData("2024年一般公共预算财政拨款支出2726.12万元，其中：社会保障和就业支出486.30万元，占比17.84%；自然资源海洋气象等支出1860.10万元，占比64.23%。",
        "社会保障和就业（类） 17.84,自然资源海洋气象等（类） 64.23")]
    public void Reads_the_general_budgets_classes_listed_under_a_heading_naming_the_classification(string printed, string classes)
    {
        var facts = FactReader.Read(Documents.FromText(printed), fiscalYear: 2024).Where(f => f.Key == FactKeys.FunctionItem);

        Assert.Equal(classes, string.Join(',', facts.Select(f => $"{f.Name} {f.SharePct}")));
        Assert.All(facts, f => Assert.Equal(FactKeys.GeneralBudgetTotal, f.ShareOf));
    }

    [Theory]
    // Round HW's Zhejiang: the department's classes over all funds, after its expenditure and its basic and project parts; round KB's
    // Hunan: the expenditure named right after its year.
    [InlineData("2025年部门支出预算2,396.2万元，其中：基本支出1,112.2万元，占46.4%；项目支出1,284.0万元，占53.6%，主要用于储备粮油补贴等。")]
    [InlineData("三、支出预算情况2025年支出预算2,396.2万元。")]
    public void Reads_the_departments_classes_listed_after_its_expenditure_as_shares_of_it(string expenditure)
    {
        string printed = expenditure + "按支出功能分类：一般公共服务支出1,195.8万元，占49.9%；社会保障和就业支出154.2万元，占6.1%。";

        var facts = FactReader.Read(Documents.FromText(printed), fiscalYear: 2025).Where(f => f.Key == FactKeys.FunctionItem).ToList();

        Assert.Equal("一般公共服务（类） 11958000.0 49.9,社会保障和就业（类） 1542000.0 6.1", string.Join(',', facts.Select(f => $"{f.Name} {f.Value} {f.SharePct}")));
        Assert.All(facts, f => Assert.Equal(FactKeys.ExpenditureTotal, f.ShareOf));
    }

    [Theory]
    // Budgets' totals worded with the unit between the year and the total, or 预算 before 收入/支出.
    [InlineData("2024年本部门收支总预算1,500.00万元。", FactKeys.ExpenditureTotal)]
    [InlineData("2024年本部门收入预算1,500.00万元，其中：上年结转100.00万元，占6.67%。", FactKeys.IncomeTotal)]
    [InlineData("2024年本单位支出预算1,500.00万元，其中：基本支出1,000.00万元，占66.67%。", FactKeys.ExpenditureTotal)]
    [InlineData("2024年部门预算收入1,500.00万元，比上年预算增加100.00万元，增长7.14%。", FactKeys.IncomeTotal)]
    [InlineData("2024年部门预算支出1,500.00万元，比上年预算增加100.00万元，增长7.14%。", FactKeys.ExpenditureTotal)]
    // Round IE's Chongqing: 预算总数.
    [InlineData("2024年收入预算总数1,500.00万元，比2023年增加100.00万元，增长7.14%。", FactKeys.IncomeTotal)]
    [InlineData("2024年支出预算总数1,500.00万元，其中：基本支出1,000.00万元，占66.67%。", FactKeys.ExpenditureTotal)]
    [InlineData("2024年本部门政府采购预算300.00万元，其中：货物类采购预算1,500.00万元。", FactKeys.ProcurementGoods)]
    public void Reads_a_budgets_totals_as_other_provinces_word_them(string printed, string key)
    {
        Assert.Equal(15000000m, Assert.Single(FactReader.Read(Documents.FromText(printed), fiscalYear: 2024), f => f.Key == key).Value);
    }

    [Fact]
    public void Gives_a_fact_the_page_its_figure_is_printed_on_where_its_sentence_runs_over_a_page_break()
    {
        // Round FU's Shaanxi: a paragraph opening on one page, its figure the first line of the next.
        var facts = FactReader.Read(Documents.FromText("十、机关运行经费支出情况说明 2025年度本单位机关运行经费支出", "188.50万元，比上年减少11.50万元，下降5.75%。"), fiscalYear: 2025);
        var onePage = FactReader.Read(Documents.FromText("十、机关运行经费支出情况说明 2025年度本单位机关运行经费支出188.50万元，比上年减少11.50万元，下降5.75%。"), fiscalYear: 2025);

        var costs = Assert.Single(facts, f => f.Key == FactKeys.OperatingCosts);
        Assert.Equal(Assert.Single(onePage, f => f.Key == FactKeys.OperatingCosts).Page + 1, costs.Page);
    }

    [Fact]
    public void Reads_a_budgets_two_totals_changed_together_as_one_change_of_the_income_total()
    {
        var facts = FactReader.Read(Documents.FromText("2023年收入预算总计1990.95万元，支出预算总计1990.95万元。与2022年相比，收、支预算总计各减少19.91万元，下降0.99%。"), fiscalYear: 2023);

        var changed = Assert.Single(facts, f => f.Change is not null);
        Assert.Equal((FactKeys.IncomeTotal, 19909500.00m, 199100.00m, 0.99m, "decrease"), (changed.Key, changed.Value, changed.Change!.Amount, changed.Change.Pct, changed.Change.Direction));
    }

    [Theory]
    // Final accounts' figures as other provinces word them: the value and the change against last year.
    [InlineData("2023年度支出合计1,200.00万元，其中：基本支出800.00万元，占66.67%。", FactKeys.ExpenditureTotal, "12000000.00", "null")]
    [InlineData("2023年度本单位会议费支出2.00万元，比上年减少0.50万元，下降20%。", FactKeys.MeetingCosts, "20000.00", "2022 5000.00 20 decrease")]
    [InlineData("2023年度培训费支出决算3.00万元，比上年增加1.00万元，增长50%。", FactKeys.TrainingCosts, "30000.00", "2022 10000.00 50 increase")]
    [InlineData("2023年度一般公共预算财政拨款支出决算1,050.00万元，比2022年度减少20.00万元，下降1.87%。", FactKeys.GeneralBudgetTotal, "10500000.00", "2022 200000.00 1.87 decrease")]
    [InlineData("其中：人员经费6,512.40万元，比上年增加312.40万元，增长5.04%；公用经费732.96万元。", FactKeys.ExpenditurePersonnel, "65124000.00", "2022 3124000.00 5.04 increase")]
    [InlineData("2023年会议费预算6.50万元，比上年减少0.50万元，下降7.14%；培训费预算12.00万元，与上年持平。", FactKeys.MeetingCosts, "65000.00", "2022 5000.00 7.14 decrease")]
    [InlineData("2023年度培训费支出12.34万元，完成预算的82.27%，比上年增加2.34万元，增长23.40%。", FactKeys.TrainingCosts, "123400.00", "2022 23400.00 23.40 increase")]
    // Round HZ's Guangxi: what the year's budget arranges, 培训费 after 会议费 in the same sentence.
    [InlineData("2023年一般公共预算安排会议费586,000.00元，比上年减少46,000.00元，下降7.28%；培训费1,126,500.00元，比上年减少91,500.00元，下降7.51%。", FactKeys.MeetingCosts, "586000.00", "2022 46000.00 7.28 decrease")]
    [InlineData("2023年一般公共预算安排会议费586,000.00元，比上年减少46,000.00元，下降7.28%；培训费1,126,500.00元，比上年减少91,500.00元，下降7.51%。", FactKeys.TrainingCosts, "1126500.00", "2022 91500.00 7.51 decrease")]
    [InlineData("2023年度机关运行经费支出100.00万元，比上年减少11.70万元，减幅为10.47%。", FactKeys.OperatingCosts, "1000000.00", "2022 117000.00 10.47 decrease")]
    [InlineData("2023年度机关运行经费支出9,686.20万元，较上年下降4.08%（减少412.35万元）。", FactKeys.OperatingCosts, "96862000.00", "2022 4123500.00 4.08 decrease")]
    [InlineData("其中：人员经费支出6,512.40万元；公用经费支出732.96万元，比上年减少7.04万元，下降0.95%。", FactKeys.ExpenditurePublicFunds, "7329600.00", "2022 70400.00 0.95 decrease")]
    // Totals as Beijing's and other templates word them, with the change restated in the next sentence.
    [InlineData("2023年度收入总计12,345.67万元，支出总计12,345.67万元。与2022年度相比，收入总计和支出总计各增加1,234.56万元，增长11.11%。", FactKeys.IncomeExpenditureTotal, "123456700.00", "2022 12345600.00 11.11 increase")]
    [InlineData("2023年度财政拨款收、支总计各为10,320.45万元。与上年相比，财政拨款收、支总计各增加320.45万元，增长3.20%。", FactKeys.FiscalAppropriationTotal, "103204500.00", "2022 3204500.00 3.20 increase")]
    [InlineData("2023年部门收入预算总计8,632.50万元，支出预算总计8,632.50万元。", FactKeys.IncomeTotal, "86325000.00", "null")]
    // Round IF's Anhui: the totals opening their sentence after the budget's scope, the change restating both.
    [InlineData("按照全口径预算的原则，所有收入和支出均纳入部门预算管理。收入总计28,247,800元，支出总计28,247,800元，与2022年相比，收、支总计各增加1,028,090元，增长3.78%。", FactKeys.IncomeExpenditureTotal, "28247800", "2022 1028090 3.78 increase")]
    // A closing restatement of both totals as one (round BZ's Hunan).
    [InlineData("综上，隆回县桃洪镇人民政府2023年部门预算收支总额为545.02万元，其中一般公共预算拨款521.89万元。", FactKeys.ExpenditureTotal, "5450200.00", "null")]
    // The department named between the year and 收入预算总计 (round BR's Tibet).
    [InlineData("按照全口径预算的原则，2023年日喀则市桑珠孜区人力资源和社会保障局收入预算总计621.44万元，支出预算总计612.44万元。", FactKeys.IncomeTotal, "6214400.00", "null")]
    // 各 alone before the figure (round BE's Jiangxi), and the department named before its totals (round BE's Zhejiang).
    [InlineData("2023年度财政拨款收、支总计各1,100.00万元。", FactKeys.FiscalAppropriationTotal, "11000000.00", "null")]
    [InlineData("2023年度部门收入总计1,250.00万元、支出总计1,250.00万元。", FactKeys.IncomeExpenditureTotal, "12500000.00", "null")]
    // Both totals' change said with 均 ("both") where others say 各 ("each"), or as the sentence's second clause.
    [InlineData("2023年度收、支总计均为1,250.00万元。与2022年度相比，收、支总计均减少50.00万元，下降3.85%。", FactKeys.IncomeExpenditureTotal, "12500000.00", "2022 500000.00 3.85 decrease")]
    [InlineData("2023年度收入、支出决算总计均为1,250.00万元，收入、支出决算总计均比2022年度减少50.00万元，下降3.85%。", FactKeys.IncomeExpenditureTotal, "12500000.00", "2022 500000.00 3.85 decrease")]
    [InlineData("2023年度财政拨款收、支总计均为1,100.00万元，均比2022年减少40.00万元，下降3.51%。", FactKeys.FiscalAppropriationTotal, "11000000.00", "2022 400000.00 3.51 decrease")]
    [InlineData("2023年本部门财政拨款收入预算8,280.00万元，比上年预算增加280.00万元，增长3.50%。", FactKeys.IncomeFiscalAppropriation, "82800000.00", "2022 2800000.00 3.50 increase")]
    // The general budget's total opening a sentence without its year, its project expenditure named with the fund.
    [InlineData("本部门一般公共预算拨款支出预算7,980.00万元，比上年增加380.00万元，增长5.00%。", FactKeys.GeneralBudgetTotal, "79800000.00", "2022 3800000.00 5.00 increase")]
    [InlineData("2023年一般公共预算财政拨款项目支出2,347.50万元，比上年减少52.50万元，下降2.19%。", FactKeys.GeneralBudgetProject, "23475000.00", "2022 525000.00 2.19 decrease")]
    // Round FG's Anhui: the purchased services' budget arranged.
    [InlineData("2023年县水利局安排政府购买服务预算96.10万元，主要用于水利工程质量检测服务。", FactKeys.PurchasedServicesTotal, "961000.00", "null")]
    public void Reads_figures_as_other_provinces_word_them_with_their_change(string printed, string key, string value, string change)
    {
        var fact = Assert.Single(FactReader.Read(Documents.FromText(printed), fiscalYear: 2023), f => f.Key == key);

        static string Shown(object? v) => v?.ToString() ?? "null";
        Assert.Equal((value, change), (Shown(fact.Value),
            fact.Change is { } c ? string.Join(' ', new object?[] { c.ComparedYear, c.Amount, c.Pct, c.Direction }.Select(Shown)) : "null"));
    }

    [Fact]
    public void Reads_the_change_restating_both_sides_stated_with_two_figures_with_the_expenditure_side()
    {
        // Round IF's Anhui: 收入总计 misprinted 28,256,800 beside 支出总计 28,247,800, the change after them.
        var facts = FactReader.Read(Documents.FromText("所有收入和支出均纳入部门预算管理。收入总计28,256,800元，支出总计28,247,800元，与2024年相比，收、支总计各增加1,028,090元，增长4.78%。"), 2025)
            .Where(f => f.Key == FactKeys.IncomeExpenditureTotal).ToList();

        Assert.Equal([(28256800m, null), (28247800m, new FactChange(2024, 1028090m, 4.78m, "increase"))], facts.Select(f => (f.Value, f.Change)));
    }

    [Fact]
    public void Reads_both_sides_of_a_summary_stated_with_two_figures_as_two_statements_of_its_total()
    {
        // Round BE's Zhejiang: one of the two misprinted, each is held to the summary's 总计.
        var facts = FactReader.Read(Documents.FromText("2023年度部门收入总计7584.21万元、支出总计7548.21万元，与2022年度相比，收入总计和支出总计各减少6.75万元。"), fiscalYear: 2023);

        Assert.Equal([75842100.00m, 75482100.00m], facts.Where(f => f.Key == FactKeys.IncomeExpenditureTotal).Select(f => f.Value));
    }

    [Theory]
    // Round BG's Beijing: 财政拨款收入总计 here is the summary's 总计, the year's income and the carry-over together; round EW's Zhejiang
    // names the other side's subject again.
    [InlineData("2023年财政拨款收入总计16424.43万元、支出总计16424.43万元。")]
    [InlineData("2023年度财政拨款收入总计16424.43万元，财政拨款支出总计16424.43万元。")]
    public void Reads_the_fiscal_appropriations_two_totals_parted_by_a_list_comma_as_its_total_not_its_income(string printed)
    {
        var facts = FactReader.Read(Documents.FromText(printed), fiscalYear: 2023);

        Assert.DoesNotContain(facts, f => f.Key == FactKeys.IncomeFiscalAppropriation);
        Assert.Contains(facts, f => f.Key == FactKeys.FiscalAppropriationTotal && f.Value == 164244300.00m);
    }

    [Theory]
    // A change stated as a multiple: after the amount (增长1.2倍, 是上年的2.2倍), as the change itself, or alone.
    [InlineData("2023年机关运行经费预算9,558.74万元，较2022年预算增加5,213.86万元，增长1.2倍。", FactKeys.OperatingCosts, "52138600.00", "increase", "1.2", false)]
    [InlineData("2023年支出预算6,028.48万元，较上年预算数增加3,709.84万元，是上年的2.6倍。", FactKeys.ExpenditureTotal, "37098400.00", "increase", "2.6", true)]
    [InlineData("2023年机关运行经费预算9,558.74万元，比上年增长1.2倍。", FactKeys.OperatingCosts, null, "increase", "1.2", false)]
    [InlineData("2023年本部门收入预算500万元，是上年的2.5倍。", FactKeys.IncomeTotal, null, "increase", "2.5", true)]
    [InlineData("2023年本部门收入预算500万元，为上年的0.8倍。", FactKeys.IncomeTotal, null, "decrease", "0.8", true)]
    public void Reads_a_change_stated_as_a_multiple(string printed, string key, string? amount, string direction, string multiple, bool ofFigure)
    {
        var fact = Assert.Single(FactReader.Read(Documents.FromText(printed), fiscalYear: 2023), f => f.Key == key);

        Assert.Equal((amount, direction, decimal.Parse(multiple, System.Globalization.CultureInfo.InvariantCulture), ofFigure),
            (fact.Change?.Amount?.ToString(System.Globalization.CultureInfo.InvariantCulture), fact.Change?.Direction, fact.Change?.Multiple, fact.Change?.MultipleOfFigure));
    }

    [Theory]
    [InlineData("2023年度，本部门机关运行经费支出100.00万元，较年初预算数减少5.00万元，降低4.76%。", FactKeys.OperatingCosts, 1000000)]
    [InlineData("2023年度本单位“三公”经费预算数为22.00万元，决算数为20.00万元，决算数比预算数减少5.00万元，下降4.76%。", FactKeys.ThreePublicTotal, 200000)]
    public void Reads_a_final_accounts_difference_from_its_budget_with_the_differences_rate(string printed, string key, int value)
    {
        var fact = Assert.Single(FactReader.Read(Documents.FromText(printed), fiscalYear: 2023), f => f.Key == key);

        Assert.Equal(((decimal)value, "less", 50000m, 4.76m), (fact.Value, fact.Execution?.Stated, fact.Execution?.Difference, fact.Execution?.DifferencePct));
    }

    [Fact]
    public void Reads_figures_typed_in_full_width_digits_with_a_full_width_percent()
    {
        var facts = FactReader.Read(Documents.FromText("２０２４年本部门收入预算１，５００．００万元，其中：一般公共预算拨款收入１，４００．００万元，占９３．３３％。"), fiscalYear: 2024);

        Assert.Equal(15000000m, Assert.Single(facts, f => f.Key == FactKeys.IncomeTotal).Value);
        var part = Assert.Single(facts, f => f.Key == FactKeys.IncomeGeneralBudget);
        Assert.Equal((14000000m, FactKeys.IncomeTotal, 93.33m), (part.Value, part.ShareOf, part.SharePct));
    }

    [Fact]
    public void Reads_both_totals_stated_as_one_figure_grouped_by_a_comma_as_one_figure()
    {
        var facts = FactReader.Read(Documents.FromText("2023年度收、支总计各为12,345.67万元。与上年相比，收、支总计各增加1,234.56万元，增长11.11%。"), fiscalYear: 2023);

        var total = Assert.Single(facts);
        Assert.Equal((FactKeys.IncomeExpenditureTotal, 123456700m, 12345600m), (total.Key, total.Value, total.Change?.Amount));
    }

    [Theory]
    [InlineData("2023年度一般公共预算财政拨款支出9,686.20万元，其中：基本支出7,245.36万元，占74.80%；项目支出2,440.84万元，占25.20%。")]
    [InlineData("2023年一般公共预算财政拨款支出中，基本支出7,245.36万元，占74.80%；项目支出2,440.84万元，占25.20%。")]
    [InlineData("2023年一般公共预算拨款基本支出7,245.36万元，占一般公共预算拨款支出的74.80%；项目支出2,440.84万元，占25.20%。")]
    public void Reads_the_parts_a_sentence_gives_the_general_budget_as_the_general_budgets(string printed)
    {
        var facts = FactReader.Read(Documents.FromText(printed), fiscalYear: 2023);

        Assert.DoesNotContain(facts, f => f.Key is FactKeys.ExpenditureBasic or FactKeys.ExpenditureProject);
        var project = Assert.Single(facts, f => f.Key == FactKeys.GeneralBudgetProject);
        Assert.Equal((24408400m, FactKeys.GeneralBudgetTotal, 25.20m), (project.Value, project.ShareOf, project.SharePct));
        Assert.Contains(facts, f => f.Key == FactKeys.GeneralBudgetBasic && f.ShareOf == FactKeys.GeneralBudgetTotal && f.SharePct == 74.80m);
    }

    [Fact]
    public void Reads_the_departments_parts_after_its_own_total_as_the_departments()
    {
        var facts = FactReader.Read(Documents.FromText(
            "2023年度收入合计8,100.00万元，其中：一般公共预算财政拨款收入8,000.00万元；本年支出合计8,000.00万元，其中：基本支出5,632.50万元，占70.41%；项目支出2,367.50万元，占29.59%。"), fiscalYear: 2023);

        Assert.Equal(FactKeys.ExpenditureTotal, Assert.Single(facts, f => f.Key == FactKeys.ExpenditureProject).ShareOf);
        Assert.DoesNotContain(facts, f => f.Key is FactKeys.GeneralBudgetBasic or FactKeys.GeneralBudgetProject);
    }

    [Fact]
    public void Reads_the_receptions_domestic_and_foreign_parts_as_no_reception_total()
    {
        var facts = FactReader.Read(Documents.FromText(
            "（三）公务接待费支出15.00万元。其中：国内公务接待支出13.28万元，接待50批次；国（境）外公务接待支出1.72万元，接待2批次。"), fiscalYear: 2023);

        Assert.Equal(150000m, Assert.Single(facts, f => f.Key == FactKeys.ThreePublicReception).Value);
    }

    [Fact]
    public void Reads_no_part_from_a_sentence_after_one_listing_the_parts()
    {
        // The list ends with 公务接待费; the sentence after states the 三公 total, not the reception's.
        var facts = FactReader.Read(Documents.FromText(
            "“三公”经费包括因公出国（境）费、公务用车购置及运行费和公务接待费。2026年预算数为5.69万元，比上年增加0.09万元。"), fiscalYear: 2026);

        Assert.DoesNotContain(facts, f => f.Key == FactKeys.ThreePublicReception);
    }

    [Fact]
    public void Reads_no_fiscal_appropriation_income_from_a_total_that_holds_the_opening_balance()
    {
        var facts = FactReader.Read(Documents.FromText(
            "2023年度财政拨款收入总计10,320.45万元，其中：年初结转和结余200.00万元，本年财政拨款收入10,120.45万元。"), fiscalYear: 2023);

        Assert.DoesNotContain(facts, f => f.Key == FactKeys.IncomeFiscalAppropriation);
    }

    [Fact]
    public void Reads_the_national_templates_vehicle_kinds_a_bracket_inside_the_first()
    {
        var facts = FactReader.Read(Documents.FromText(
            "截至2023年12月31日，本部门共有车辆12辆，其中：副部（省）级及以上领导用车0辆，主要负责人用车1辆，机要通信用车1辆，应急保障用车2辆，执法执勤用车6辆，特种专业技术用车1辆，离退休干部服务用车0辆，其他用车1辆。"), fiscalYear: 2023);

        var parts = facts.Where(f => f.Key == FactKeys.CountPart).ToList();
        Assert.Equal((8, 12m, "副部（省）级及以上领导用车"), (parts.Count, parts.Sum(p => p.Value), parts[0].Name));
    }

    [Fact]
    public void Reads_the_meeting_costs_budget_carried_out_as_the_meeting_costs()
    {
        var fact = Assert.Single(FactReader.Read(Documents.FromText("会议费年初预算10.00万元，支出决算8.56万元，完成预算的85.60%。"), fiscalYear: 2023));

        Assert.Equal((FactKeys.MeetingCosts, 85600m, 100000m, 85.60m), (fact.Key, fact.Value, fact.Execution?.Budget, fact.Execution?.CompletionPct));
    }

    [Fact]
    public void Reads_the_three_public_parts_by_their_shorter_names()
    {
        var facts = FactReader.Read(Documents.FromText(
            "2023年度“三公”经费支出20.00万元，其中：出国（境）费0万元，公车购置及运维费12.00万元，公务接待费（含外宾接待）8.00万元。"), fiscalYear: 2023);

        Assert.Equal([(FactKeys.ThreePublicOverseas, 0m), (FactKeys.ThreePublicVehicle, 120000m), (FactKeys.ThreePublicReception, 80000m)],
            facts.Where(f => f.Key != FactKeys.ThreePublicTotal).Select(f => (f.Key, f.Value)));
    }

    [Fact]
    public void Reads_the_procurement_totals_change_and_its_kinds_shares_of_it()
    {
        var facts = FactReader.Read(Documents.FromText(
            "2023年度本部门政府采购支出总额1,256.80万元，比上年增加156.80万元，增长14.25%，其中：政府采购货物支出256.80万元，占20.43%；政府采购工程支出0万元；政府采购服务支出1,000.00万元，占79.57%。"), fiscalYear: 2023);

        Assert.Equal(new FactChange(2022, 1568000m, 14.25m, "increase"), Assert.Single(facts, f => f.Key == FactKeys.ProcurementTotal).Change);
        Assert.Equal((FactKeys.ProcurementTotal, 79.57m), (Assert.Single(facts, f => f.Key == FactKeys.ProcurementServices).ShareOf, facts.Single(f => f.Key == FactKeys.ProcurementServices).SharePct!.Value));
    }

    [Theory]
    [InlineData("其中，预留给小微企业的预算金额484.40万元。")]
    [InlineData("其中，面向小微企业预留484.40万元。")]
    public void Reads_the_small_and_micro_reserve_as_other_provinces_word_it(string printed)
    {
        Assert.Equal(4844000m, Assert.Single(FactReader.Read(Documents.FromText(printed), fiscalYear: 2024), f => f.Key == FactKeys.ProcurementSmallMicroReserved).Value);
    }

    [Fact]
    public void Reads_the_general_budgets_budget_carried_out_as_the_general_budgets_figure()
    {
        var fact = Assert.Single(FactReader.Read(Documents.FromText(
            "（三）一般公共预算财政拨款支出决算具体情况\n一般公共预算财政拨款支出年初预算为1,000.00万元，支出决算为1,050.00万元，完成年初预算的105%。"), fiscalYear: 2023));

        Assert.Equal((FactKeys.GeneralBudgetTotal, 10500000m, 10000000m), (fact.Key, fact.Value, fact.Execution?.Budget));
    }

    [Theory]
    [InlineData("占授予中小企业合同金额的66.67%", FactKeys.ProcurementSmeAwarded)]
    [InlineData("占政府采购支出总额的50%", FactKeys.ProcurementTotal)]
    public void Reads_the_small_and_micro_enterprises_share_of_the_whole_it_names(string share, string whole)
    {
        var facts = FactReader.Read(Documents.FromText(
            $"2023年度本部门政府采购支出总额200.00万元。授予中小企业合同金额150.00万元，占政府采购支出总额的75%，其中：授予小微企业合同金额100.00万元，{share}。"), fiscalYear: 2023);

        Assert.Equal(whole, Assert.Single(facts, f => f.Key == FactKeys.ProcurementSmallMicroAwarded).ShareOf);
    }

    [Fact]
    public void Reads_the_income_and_expenditure_total_stated_on_each_side_with_its_change_between()
    {
        var fact = Assert.Single(FactReader.Read(Documents.FromText(
            "2023年度收入总计1,234.56万元，较上年增加100.00万元，增长8.82%；支出总计1,234.56万元，较上年增加100.00万元，增长8.82%。"), fiscalYear: 2023));

        Assert.Equal((FactKeys.IncomeExpenditureTotal, 12345600m, new FactChange(2022, 1000000m, 8.82m, "increase")), (fact.Key, fact.Value, fact.Change));
    }

    [Fact]
    public void Reads_a_three_public_part_that_names_the_two_it_adds_up_before_its_difference_from_the_budget()
    {
        var facts = FactReader.Read(Documents.FromText(
            "2023年公务用车购置及运行维护费300万元（其中：公务用车购置费0万元，公务用车运行维护费300万元），比预算数减少20万元。"), fiscalYear: 2023);

        Assert.Equal(("less", 200000m), (Assert.Single(facts, f => f.Key == FactKeys.ThreePublicVehicle).Execution?.Stated,
            facts.Single(f => f.Key == FactKeys.ThreePublicVehicle).Execution?.Difference));
        Assert.Equal(3000000m, Assert.Single(facts, f => f.Key == FactKeys.ThreePublicVehicleOperation).Value);
    }

    [Fact]
    public void Reads_a_three_public_parts_change_stated_apart_in_a_budget_as_a_change_of_its_figure()
    {
        // Sichuan's form, made-up figures: 公务接待 without 费, and its change in a later sentence naming it alone.
        var facts = FactReader.Read(Documents.FromText(
            "2023年度“三公”经费预算总计30.5万元，其中：因公出国（境）经费0万元，公务接待10.5万元，公务用车运行费用20万元。" +
            "2023年度“三公”经费预算较2022年度增加1.5万元，其中公务接待较上年同期减少0.5万元，减少4.55%。公务用车运行费用较上年同期增加2万元，增长11.11%。"), fiscalYear: 2023);

        var reception = facts.Where(f => f.Key == FactKeys.ThreePublicReception).ToList();
        Assert.Equal([105000.0m, 105000.0m], reception.Select(f => f.Value));
        Assert.Equal(new FactChange(2022, 5000.0m, 4.55m, "decrease"), reception[1].Change);
        Assert.Equal(new FactChange(2022, 20000m, 11.11m, "increase"), facts.Last(f => f.Key == FactKeys.ThreePublicVehicleOperation).Change);
    }

    [Fact]
    public void Reads_the_three_public_totals_change_stated_apart_in_a_budget_with_its_rate_printed_as_a_reduction()
    {
        var facts = FactReader.Read(Documents.FromText(
            "2023年财政拨款“三公”经费预算总额为2.7万元，其中，因公出国（境）费支出0万元。2023年“三公”经费预算数比2022年预算数减少0.06万元，减幅 2.17%。"), fiscalYear: 2023);

        Assert.Equal(new FactChange(2022, 600.00m, 2.17m, "decrease"), facts.Last(f => f.Key == FactKeys.ThreePublicTotal).Change);
    }

    [Fact]
    public void Reads_a_change_that_opens_the_sentence_after_the_one_saying_what_the_figure_is()
    {
        // Guangxi's final accounts, made-up figures: each source is defined, then its change follows without a subject.
        var facts = FactReader.Read(Documents.FromText(
            "（一）本单位2023年度总收入600.00万元，其中本年收入400.00万元，较2022年度决算数减少100.00万元，下降20%。" +
            "1.一般公共预算财政拨款收入380.00万元，为市本级财政当年拨付的资金。较2022年度决算数减少95.00万元，下降20%，主要原因是…" +
            "2.事业收入20.00万元，为事业单位开展专业业务活动及其辅助活动取得的收入。较2022年度决算数减少5.00万元，下降20%。"), fiscalYear: 2023);

        Assert.Equal(new FactChange(2022, 1000000.00m, 20m, "decrease"), Assert.Single(facts, f => f.Key == FactKeys.IncomeTotal).Change);
        Assert.Equal(new FactChange(2022, 950000.00m, 20m, "decrease"), Assert.Single(facts, f => f.Key == FactKeys.IncomeGeneralBudget).Change);
        var publicService = Assert.Single(facts, f => f.Key == FactKeys.IncomePublicService);
        Assert.Equal((200000.00m, new FactChange(2022, 50000.00m, 20m, "decrease")), (publicService.Value, publicService.Change));
        Assert.EndsWith("下降20%", publicService.Quote);
    }

    [Fact]
    public void Reads_an_items_completion_stated_without_its_budget()
    {
        // The national final-account template with made-up figures. Its 财政拨款支出 is this year's spending, not the
        // 总计 of the fiscal appropriation (which holds the carry-overs): it is not read as that.
        var facts = FactReader.Read(Documents.FromText(
            "（三）财政拨款支出决算情况 2023年度财政拨款支出500.00万元，与上年相比，增加100.00万元，增长25%。",
            "一般公共服务（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：支出决算为120.50万元，完成预算98%，决算数与预算数持平。"), fiscalYear: 2023);

        Assert.DoesNotContain(facts, f => f.Key == FactKeys.FiscalAppropriationTotal);
        Assert.Equal(new BudgetExecution(null, 98m, "equal"), Assert.Single(facts, f => f.Key == FactKeys.FunctionItem).Execution);
    }

    [Theory]
    // Made-up figures in the wordings of Gansu, Chongqing and Guangxi final accounts.
    [InlineData("2015年部门决算公开“三公”经费合计31.00万元，其中：公务接待费2.00万元。", FactKeys.ThreePublicTotal, "310000")]
    [InlineData("2021年度一般公共预算财政拨款开支的“三公”经费总支出为4,333.33万元。", FactKeys.ThreePublicTotal, "43333300")]
    [InlineData("经比较2020年度镇本级“三公”经费41万元，较上年减少19万元。", FactKeys.ThreePublicTotal, "410000")]
    [InlineData("2021年度“三公”经费合计30.91万元，其中：公务接待费2.00万元，车辆运行费28.91万元。", FactKeys.ThreePublicVehicleOperation, "289100")]
    [InlineData("2021年度收、支总计各是4125.49万元。与2020年相比，收、支总计各减少1267.86万元，下降23.51%。", FactKeys.IncomeExpenditureTotal, "41254900")]
    [InlineData("3.上年结转和结余190.89万元，为以前年度支出预算因客观条件变化未执行完毕的资金。较2020年度决算数减少7.63万元，下降3.8%。", FactKeys.IncomeCarryover, "1908900")]
    // Round HZ's Guangxi: 上年结转结余 with its share, last in the income's list.
    [InlineData("2021年部门收入预算574,508,199.88元，其中：其他收入356,000.00元，占0.06%；上年结转结余3,500,000.00元，占0.61%。", FactKeys.IncomeCarryover, "3500000")]
    [InlineData("（二）本单位2021年度总支出581.45万元，其中本年支出480.71万元，较2020年度决算数减少90.49万元，下降15.8%。", FactKeys.ExpenditureTotal, "4807100")]
    // The national budget template as counties and cities print it (made-up figures).
    [InlineData("按照预算绩效管理工作的总体要求，本部门7个项目全部实行绩效目标管理，涉及项目预算资金1715.00万元。", FactKeys.PerformanceProjectFunds, "17150000")]
    [InlineData("共有12个项目编报了绩效目标，涉及项目预算资金300.00万元。", FactKeys.PerformanceProjects, "12")]
    [InlineData("2021年，成都市民政局机关运行经费财政拨款预算258.39万元，比2020年预算增加1.88万元，增长0.73%。", FactKeys.OperatingCosts, "2583900")]
    [InlineData("2021年一般公共预算当年拨款25,617,223.75元，比2020年减少368,544.39元，下降1.42%。", FactKeys.GeneralBudgetTotal, "25617223.75")]
    [InlineData("…项目支出增加。其中：收入总计3579.91万元，包括本年收入合计3559.41万元、年初结转和结余20.50万元；支出总计3579.91万元，包括本年支出合计3454.11万元、年末结转和结余125.80万元。", FactKeys.IncomeExpenditureTotal, "35799100")]
    public void Reads_a_figure_as_other_provinces_word_it(string statement, string key, string yuan) =>
        Assert.Equal(decimal.Parse(yuan, CultureInfo.InvariantCulture), Assert.Single(FactReader.Read(Documents.FromText(statement), fiscalYear: 2021), f => f.Key == key).Value);

    [Fact]
    public void Reads_the_fiscal_appropriations_two_sides_stated_apart_with_one_figure_and_their_change()
    {
        var facts = FactReader.Read(Documents.FromText(
            "2024年度财政拨款收入总计800.00万元，支出总计800.00万元，与2023年度相比，财政拨款收入、支出总计各增加80.00万元，增长11.11%。"), fiscalYear: 2024);

        var total = Assert.Single(facts, f => f.Key == FactKeys.FiscalAppropriationTotal);
        Assert.Equal((8000000m, new FactChange(2023, 800000m, 11.11m, "increase")), (total.Value, total.Change));
    }

    [Fact]
    public void Does_not_read_last_years_three_public_total_named_inside_a_comparison_after_its_year()
    {
        var facts = FactReader.Read(Documents.FromText(
            "2015年“三公”经费合计31.23万元。较2014年度部门决算公开“三公”经费合计16.08万元增加15.15万元。"), fiscalYear: 2015);

        Assert.Equal([312300m], facts.Where(f => f.Key == FactKeys.ThreePublicTotal).Select(f => f.Value));
    }

    [Fact]
    public void Reads_a_change_in_the_unit_printed_with_it_not_the_figures()
    {
        var facts = FactReader.Read(Documents.FromText("2024年部门收支总预算12.35亿元，比2023年预算增加5000万元，增长4.22%。"), fiscalYear: 2024);

        Assert.Equal(50_000_000m, Assert.Single(facts, f => f.Key == FactKeys.ExpenditureTotal).Change?.Amount);
    }

    [Theory]
    [InlineData("2015年“三公”经费合计31.23万元，与2014年度“三公”经费合计16.08万元相比，增加15.15万元。")]
    [InlineData("2015年“三公”经费合计31.23万元，上年同期“三公”经费合计16.08万元。")]
    [InlineData("上年度决算“三公”经费合计16.08万元，2015年“三公”经费合计31.23万元。")]
    public void Does_not_read_last_years_three_public_total_beside_this_years(string statement) =>
        Assert.Equal([312300m], FactReader.Read(Documents.FromText(statement), fiscalYear: 2015).Where(f => f.Key == FactKeys.ThreePublicTotal).Select(f => f.Value));

    [Theory]
    // Bare 车辆 is the official vehicles only in a sentence on 三公.
    [InlineData("2023年度机关运行经费100.00万元，其中：办公费50.00万元，车辆运行费10.00万元。", 0)]
    [InlineData("2023年度“三公”经费合计30.00万元，其中：公务接待费2.00万元，车辆运行费28.00万元。", 1)]
    public void Reads_bare_vehicle_running_costs_only_in_a_three_public_sentence(string statement, int read) =>
        Assert.Equal(read, FactReader.Read(Documents.FromText(statement), fiscalYear: 2023).Count(f => f.Key == FactKeys.ThreePublicVehicleOperation));

    [Fact]
    public void Does_not_read_this_years_spending_or_income_of_the_fiscal_appropriation_as_the_departments_total()
    {
        var facts = FactReader.Read(Documents.FromText("2021年度财政拨款总支出500.00万元，其中本年支出450.00万元。财政拨款总收入500.00万元，其中本年收入450.00万元。"), fiscalYear: 2021);

        Assert.DoesNotContain(facts, f => f.Key is FactKeys.ExpenditureTotal or FactKeys.IncomeTotal);
    }

    [Fact]
    public void Reads_figures_printed_in_yi_yuan_with_their_unit()
    {
        // A large department's budget, made-up figures: the total and its change in 亿元, a part in 万元.
        var facts = FactReader.Read(Documents.FromText(
            "2024年部门收支总预算12.35亿元，比2023年预算增加1.20亿元，增长10.76%。其中：基本支出9800.00万元，占7.94%。"), fiscalYear: 2024);

        var total = Assert.Single(facts, f => f.Key == FactKeys.ExpenditureTotal);
        Assert.Equal((1_235_000_000m, 100_000_000m), (total.Value, total.PrintedUnit));
        Assert.Equal(new FactChange(2023, 120_000_000m, 10.76m, "increase"), total.Change);
        Assert.Equal(98_000_000m, Assert.Single(facts, f => f.Key == FactKeys.ExpenditureBasic).Value);
    }

    [Theory]
    [InlineData("2023年“三公”经费36.50万元，比上年减少2.00万元。", 1)]
    [InlineData("2023年“三公”经费预算50万元，比上年“三公”经费41万元增加9万元。", 1)]
    [InlineData("通过节约开支，节省“三公”经费2.00万元。", 0)]
    [InlineData("厉行节约，比上年压减“三公”经费2.00万元。", 0)]
    [InlineData("2023年压缩“三公”经费2.00万元。", 0)]
    public void Reads_a_bare_three_public_figure_as_the_total_but_not_a_cut_made_to_it(string printed, int read) =>
        Assert.Equal(read, FactReader.Read(Documents.FromText(printed), fiscalYear: 2023).Count(f => f.Key == FactKeys.ThreePublicTotal));

    [Fact]
    public void Reads_economic_classes_with_their_shares_of_the_basic_or_project_expenditure_stated_before_them()
    {
        // Guangxi's form, with made-up figures; the share of 商品和服务支出 printed blank.
        var facts = FactReader.Read(Documents.FromText(
            "1. 基本支出预算 500000.00 元，占一般公共预算支出的80.00%，同比减少 10000 元，下降 1.96 %。其中：工资福利支出预算 400000.00 元，" +
            "占基本支出预算80.00%，同比减少 20000.00 元，下降 4.76%。商品和服务支出预算 100000 元，占基本支出预算%，同比增加10000 元，增长 11.11%。" +
            "2. 项目支出 125000 元，占一般公共预算支出的 20.00%。其中：资本性支出 25000 元，占项目支出预算 20.00%。"), fiscalYear: 2023);

        var items = facts.Where(f => f.Key == FactKeys.EconomicItem).ToList();
        Assert.Equal(["301 工资福利支出 400000.00 general_budget.basic 80.00", "302 商品和服务支出 100000 general_budget.basic -", "310 资本性支出 25000 general_budget.project 20.00"],
            items.Select(i => $"{i.Code} {i.Name} {i.Value} {i.ShareOf} {i.SharePct?.ToString() ?? "-"}"));
        Assert.Equal(new FactChange(2022, 20000.00m, 4.76m, "decrease"), items[0].Change);
    }

    [Theory]
    // Guizhou: the list in the section on the general budget, after the department's basic expenditure; 项目支出 ends it.
    [InlineData("2024年部门支出预算3289.20万元，其中：基本支出1943.56万元，占59.09%；项目支出1345.64万元，占40.91%。" +
        "三、一般公共预算支出情况。2024年一般公共预算支出2504.16万元。（二）按支出经济分类科目（类级）划分。基本支出中：工资福利支出1434.17万元，" +
        "商品和服务支出132.26万元，对个人和家庭的补助280.44万元，资本性支出3.22万元；项目支出654.07万元。",
        "301 14341700.00 general_budget.basic|302 1322600.00 general_budget.basic|303 2804400.00 general_budget.basic|310 32200.00 general_budget.basic")]
    // The department's: no general budget figure since its basic expenditure.
    [InlineData("2024年一般公共预算支出2504.16万元。部门支出预算3289.20万元，其中：基本支出1943.56万元，其中：工资福利支出1500.00万元、商品和服务支出443.56万元。",
        "301 15000000.00 expenditure.basic|302 4435600.00 expenditure.basic")]
    // A class stated with its share is read by the form with shares, and ends the list.
    [InlineData("一般公共预算基本支出500.00万元，其中：工资福利支出400.00万元，占基本支出预算80.00%。", "301 4000000.00 general_budget.basic 80.00")]
    // Round AQ's Shandong: a list by share after 按经济分类科目划分, the whole left unnamed.
    [InlineData("2024年一般公共预算基本支出1779.61万元。按经济分类科目划分，工资福利支出1502.18万元，占84.41%；商品和服务支出168.32万元，占11.46%。",
        "301 15021800.00 general_budget.basic 84.41|302 1683200.00 general_budget.basic 11.46")]
    // Round AS's Zhejiang: the project expenditure's, a class qualified in brackets.
    [InlineData("2024年度一般公共预算财政拨款项目支出4817.56万元，按支出经济分类：工资福利支出416.57万元，占8.65%；资本性支出（基本建设）663.96万元，占13.78%。",
        "301 4165700.00 general_budget.project 8.65|309 6639600.00 general_budget.project 13.78")]
    public void Reads_a_list_of_economic_classes_of_the_basic_expenditure_stated_without_shares(string printed, string expected)
    {
        var items = FactReader.Read(Documents.FromText(printed), fiscalYear: 2024).Where(f => f.Key == FactKeys.EconomicItem);
        Assert.Equal(expected, string.Join("|", items.Select(i => $"{i.Code} {i.Value} {i.ShareOf}{(i.SharePct is { } pct ? $" {pct}" : "")}")));
        Assert.All(items, i => Assert.DoesNotContain('（', i.Name ?? ""));
    }

    [Fact]
    public void Gives_a_change_stated_after_a_heads_listed_parts_to_the_head_where_its_rate_fits_the_head_only()
    {
        // Round Z's Sichuan: 3.77 of 20.75 is 18.17%; of the operation's 13.07 it would be 28.84%.
        var facts = FactReader.Read(Documents.FromText(
            "（二）公务用车购置及运行费16.98万元，其中：公务用车购置费7.68万元，公务用车运行费9.30万元，比上年减少3.77万元，下降18.17%。" +
            "（三）公务接待费1.92万元，其中：国内接待1.92万元，比上年减少0.48万元，下降20.00%。"), fiscalYear: 2024);

        Assert.Equal(new FactChange(2023, 37700m, 18.17m, "decrease"), Assert.Single(facts, f => f.Key == FactKeys.ThreePublicVehicle).Change);
        Assert.Null(Assert.Single(facts, f => f.Key == FactKeys.ThreePublicVehicleOperation).Change);
    }

    [Fact]
    public void Reads_the_procurement_total_of_a_final_account_stated_as_its_contracts_sum()
    {
        // Round Z's Jilin.
        var facts = FactReader.Read(Documents.FromText(
            "2023年度本部门政府采购金额（以合同签订为准）合计254.63万元。授予中小企业合同金额157.12万元，占政府采购支出总额的71.71%。"), fiscalYear: 2023);

        Assert.Equal(2546300m, Assert.Single(facts, f => f.Key == FactKeys.ProcurementTotal).Value);
    }

    [Fact]
    public void Reads_the_changes_a_jiangsu_budget_states_for_each_source_and_for_the_fiscal_appropriation()
    {
        var facts = FactReader.Read(Documents.FromText(
            "（1）一般公共预算收入预算 21,940.96 万元，与上\n年相比增加 3,959.28 万元，增长 22 %。\n" +
            "2．其他资金收入预算总计 14.39 万元。与上年相比减\n少 0.61 万元。主要是因代发绩效工资减少。\n" +
            "2018 年省检察院机关本级单位预留机动经费预算数为 2,388.04 万元。与上年相比增加 2,247.84 万元（上年仅安排 140.2 万元）。",
            "省检察院 2018 年度财政拨款收、支总预算 21,940.96\n万元。与上年相比，财政拨款收、支总计各增加 3,958.98\n万元，增长 22 %。\n" +
            "省检察院 2018 年财政拨款预算支出 21,940.96 万元，\n占本年支出合计的 99.94 %。与上年相比，财政拨款支出\n增加 3,958.98 万元，增长 22 %。"), fiscalYear: 2018);

        Assert.Equal(new FactChange(2017, 39592800m, 22m, "increase"), Assert.Single(facts, f => f.Key == FactKeys.IncomeGeneralBudget).Change);
        Assert.Equal(new FactChange(2017, 6100m, null, "decrease"), Assert.Single(facts, f => f.Key == FactKeys.IncomeOther).Change);
        Assert.Equal(22478400m, Assert.Single(facts, f => f.Key == FactKeys.ExpenditureReserve).Change?.Amount);
        var fiscal = facts.Where(f => f.Key == FactKeys.FiscalAppropriationTotal).ToList();
        Assert.Equal([2, 2], fiscal.Select(f => f.Page));
        Assert.All(fiscal, f => Assert.Equal((219409600m, new FactChange(2017, 39589800m, 22m, "increase")), (f.Value, f.Change)));
        Assert.Equal((FactKeys.ExpenditureTotal, 99.94m), (fiscal[1].ShareOf, fiscal[1].SharePct));
    }

    [Theory]
    // Shanghai lists every kind; Jiangsu opens a new sentence; a Shanghai district puts the kinds in brackets.
    [InlineData("截至2024年8月31日，上海市普陀区人民政府万里街道办事处（部门）共有车辆8辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车0辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车8辆；单价100万元（含）以上设备（不含车辆）0台（套）。",
        8, "部级领导干部用车 主要领导干部用车 机要通信用车 应急保障用车 执法执勤用车 特种专业技术用车 离退休干部用车 其他用车", "0 0 0 0 0 0 0 8")]
    [InlineData("本部门共有车辆 55 辆。其中，一般公务用车 13 辆、执法执勤用车 40 辆、其他用车 2 辆。单价 20 万元（含）以上的设备 63 台（套）。",
        55, "一般公务用车 执法执勤用车 其他用车", "13 40 2")]
    [InlineData("共有车辆7辆（一般公务用车3辆，执法执勤用车4辆，特种专业技术用车0辆，其他用车0辆）；单价50万元以上通用设备0台/套",
        7, "一般公务用车 执法执勤用车 特种专业技术用车 其他用车", "3 4 0 0")]
    [InlineData("本部门共有车辆54辆，其中，一般公务用车54辆。单价20万元（含）以上的设备69台（套）。", 54, "一般公务用车", "54")]
    public void Reads_the_kinds_a_vehicle_count_lists(string printed, int total, string kinds, string counts)
    {
        var facts = FactReader.Read(Documents.FromText(printed));

        Assert.Equal(total, Assert.Single(facts, f => f.Key == FactKeys.VehiclesTotal).Value);
        var parts = facts.Where(f => f.Key == FactKeys.CountPart).ToList();
        Assert.All(parts, p => Assert.Equal(FactKeys.VehiclesTotal, p.ShareOf));
        Assert.Equal(kinds.Split(' '), parts.Select(p => p.Name));
        Assert.Equal(counts.Split(' ').Select(decimal.Parse), parts.Select(p => p.Value));
    }

    [Theory]
    // Other provinces' comparisons (wordings as published, figures made up): against a named year's budget, 较上年 after a
    // completion rate, last year's figure named inside the comparison, 与上年持平.
    [InlineData("2.公务接待费支出3.24万元, 与2023年度预算相比,增加1.24万元,增长62%。", 2023,
        FactKeys.ThreePublicReception, 32400, 2023, 12400, 62.0, "increase", null)]
    [InlineData("2023年“三公”经费财政拨款支出决算为5.46万元,完成预算100%,较上年增加1.4万元,增长34.48%。", 2023,
        FactKeys.ThreePublicTotal, 54600, 2022, 14000, 34.48, "increase", null)]
    [InlineData("2025年本部门“三公”经费预算总额为196.9万元,较2024年的219万元减少22.1万元,下降10.1%;", 2025,
        FactKeys.ThreePublicTotal, 1969000, 2024, 221000, 10.1, "decrease", 2190000)]
    [InlineData("2019年度本部门“三公”经费决算支出数为3.05万元,较上年3.08减少0.03万元,减少了0.97%。", 2019,
        FactKeys.ThreePublicTotal, 30500, 2018, 300, 0.97, "decrease", 30800)]
    [InlineData("其中:因公出国(境)经费25万元,较上年持平;", 2025, FactKeys.ThreePublicOverseas, 250000, 2024, 0, null, "flat", null)]
    // A part heading its own paragraph (Shandong's budget, a final account).
    [InlineData("具体情况如下：（三）公务接待费。2026年预算数为2.05万元，比上年减少0.10万元，下降6.45%。", 2026,
        FactKeys.ThreePublicReception, 20500, 2025, 1000, 6.45, "decrease", null)]
    [InlineData("2.公务用车购置及运行维护费。支出决算为12.30万元，比上年增加1.30万元，增长11.82%。", 2023,
        FactKeys.ThreePublicVehicle, 123000, 2022, 13000, 11.82, "increase", null)]
    [InlineData("（一）因公出国（境）费：2026年预算安排10.66万元，较2025年预算增加0.60万元，增长5.96%。", 2026,
        FactKeys.ThreePublicOverseas, 106600, 2025, 6000, 5.96, "increase", null)]
    [InlineData("2026年吉林市水利局收入预算2579.01万元，支出预算2579.01万元。与2025年相比，收、支预算总数各增加44.24万元，增长1.75%。", 2026,
        FactKeys.IncomeTotal, 25790100, 2025, 442400, 1.75, "increase", null)]
    // Round IK's Beijing: 收支预算总量.
    [InlineData("2025年收入预算64466.97万元，支出预算64466.97万元。与2024年相比收支预算总量各增加2293.12万元，增长3.69%。", 2025,
        FactKeys.IncomeTotal, 644669700, 2024, 22931200, 3.69, "increase", null)]
    // A final account's totals: both sides given one figure, or stated apart with the same figure, the change after.
    [InlineData("2023年度收、支总计均为412.36万元。收、支与2022年度相比,减少20.15万元,下降4.66%。", 2023,
        FactKeys.IncomeExpenditureTotal, 4123600, 2022, 201500, 4.66, "decrease", null)]
    [InlineData("1.总体情况。2022年度收入总计6021.5万元,支出总计6021.5万元。收支较上年决算数减少410.2万元,下降6.38%,", 2022,
        FactKeys.IncomeExpenditureTotal, 60215000, 2021, 4102000, 6.38, "decrease", null)]
    // Last year's figure named inside 与…相比.
    [InlineData("2023年度收入合计1,500.00万元，与2022年的1,400.00万元相比，增加100.00万元，增长7.14%。", 2023,
        FactKeys.IncomeTotal, 15000000, 2022, 1000000, 7.14, "increase", 14000000)]
    [InlineData("2023年度“三公”经费支出决算为12.00万元，与2022年度的10.00万元相比，增加2.00万元，增长20.00%。", 2023,
        FactKeys.ThreePublicTotal, 120000, 2022, 20000, 20.00, "increase", 100000)]
    // 与…相同, 同比持平; both of a budget's totals restated (Henan); both sides' change after a comma (Chongqing).
    [InlineData("2019年“三公”经费预算为5.60万元，与2018年预算相同。", 2019, FactKeys.ThreePublicTotal, 56000, 2018, 0, null, "flat", null)]
    [InlineData("2022年一般公共预算基本支出预算10,236,300.00元，同比持平。", 2022, FactKeys.GeneralBudgetBasic, 10236300, 2021, 0, null, "flat", null)]
    [InlineData("2024年收入总预算86,452.31万元，支出总预算86,452.31万元。与2023年相比，收、支总预算各增加6,215.40万元，增长7.75%。", 2024,
        FactKeys.IncomeTotal, 864523100, 2023, 62154000, 7.75, "increase", null)]
    [InlineData("2023年度收入总计2,356.20万元，支出总计2,356.20万元，收支较上年决算数增加156.20万元，增长7.10%。", 2023,
        FactKeys.IncomeExpenditureTotal, 23562000, 2022, 1562000, 7.10, "increase", null)]
    [InlineData("2025年度收入总计4054.86万元、支出总计4054.86万元，与2024年度相比，收入总计和支出总计各增加72.11万元，增长1.81%。", 2025,
        FactKeys.IncomeExpenditureTotal, 40548600, 2024, 721100, 1.81, "increase", null)]
    // Qinghai: against last year's execution, the subject named after the base.
    [InlineData("2024年一般公共预算支出937.1万元，占本年支出合计的100.00%。与上年执行数相比，一般公共预算支出增加113.1万元，增长13.73%。", 2024,
        FactKeys.GeneralBudgetTotal, 9371000, 2023, 1131000, 13.73, "increase", null)]
    // Shanghai: the general budget as a clause of the appropriated expenditure (round BU).
    [InlineData("财政拨款支出预算中，一般公共预算支出预算2811.13万元，比2025年预算减少225.88万元，下降7.74%；政府性基金支出预算100.00万元。", 2026,
        FactKeys.GeneralBudgetTotal, 28111300, 2025, 2258800, 7.74, "decrease", null)]
    // Guizhou's final account: against the budget first, then against last year.
    [InlineData("2021年度一般公共预算财政拨款支出3,256.30万元，比年初预算增加56.30万元，增长1.76%，比上年决算增加156.30万元，增长5.04%。", 2021,
        FactKeys.GeneralBudgetTotal, 32563000, 2020, 1563000, 5.04, "increase", null)]
    public void Reads_changes_worded_as_other_provinces_word_them(string printed, int year, string key, int value,
        int compared, int amount, double? pct, string direction, int? prior)
    {
        var fact = Assert.Single(FactReader.Read(Documents.FromText(printed), year), f => f.Key == key);

        Assert.Equal(value, fact.Value);
        Assert.Equal(new FactChange(compared, amount, (decimal?)pct, direction), fact.Change);
        Assert.Equal((decimal?)prior, fact.Prior?.Amount);
    }

    [Fact]
    public void Reads_the_budget_a_final_account_names_inside_its_comparison_with_it()
    {
        var fact = Assert.Single(FactReader.Read(Documents.FromText(
            "（二）总体情况。2024年度一般公共预算财政拨款支出决算为1600.00万元，比年初预算1500.00万元增加100.00万元，增长6.67%。"), 2024, BudgetPhase.FinalAccounts));

        Assert.Equal(new BudgetExecution(15000000.00m, null, "greater") { Difference = 1000000.00m, DifferencePct = 6.67m }, fact.Execution);
    }

    [Fact]
    public void Reads_a_budget_followed_by_its_actual_naming_year_and_subject_again_as_no_level()
    {
        // Hunan's wording (figures made up): the budget, then the actual in a clause of its own.
        var facts = FactReader.Read(Documents.FromText(
            "2020年度“三公”经费财政拨款支出预算为34.52万元,2020年实际支出“三公经费”决算为12.62万元。其中公务接待费为10.10万元,占80.03%;" +
            "公务用车运行维护费为2.52万元,占19.97%。"), fiscalYear: 2020);

        Assert.Equal(126200m, Assert.Single(facts, f => f.Key == FactKeys.ThreePublicTotal).Value);
        Assert.Equal((FactKeys.ThreePublicTotal, 80.03m), Assert.Single(facts, f => f.Key == FactKeys.ThreePublicReception) is var r ? (r.ShareOf, r.SharePct) : default);
    }

    [Fact]
    public void Reads_a_share_of_the_whole_it_names_and_none_of_a_whole_it_does_not_know()
    {
        var facts = FactReader.Read(Documents.FromText(
            "基本支出预算824,289.71元,占支出总预算的100.00%,同比减少175,044.29元,下降17.52%。" +
            "其中:货物类采购12000元,占政府采购预算60%;工程类采购0元,占政府采购预算0%;服务类采购8000元,占政府采购预算40%。" +
            "其他收入166.33万元,占单位自筹的6.46%。"), fiscalYear: 2020);

        var basic = Assert.Single(facts, f => f.Key == FactKeys.ExpenditureBasic);
        Assert.Equal((FactKeys.ExpenditureTotal, 100.00m, new FactChange(2019, 175044.29m, 17.52m, "decrease")), (basic.ShareOf, basic.SharePct, basic.Change));
        Assert.Equal([(FactKeys.ProcurementTotal, 60m), (FactKeys.ProcurementTotal, 0m), (FactKeys.ProcurementTotal, 40m)],
            new[] { FactKeys.ProcurementGoods, FactKeys.ProcurementWorks, FactKeys.ProcurementServices }.Select(k => Assert.Single(facts, f => f.Key == k)).Select(f => (f.ShareOf, f.SharePct)));
        var other = Assert.Single(facts, f => f.Key == FactKeys.IncomeOther);
        Assert.Equal((1663300m, null, null), (other.Value, other.ShareOf, other.SharePct));
    }

    // A budget's section on last year's 三公 (made-up figures): its total and parts are last year's figures of this year's
    // changes where the total's change is theirs (21.80 − 20.10 = 1.70); against another base (1.50) they are not.
    [Theory]
    [InlineData("1.70", true)]
    [InlineData("1.50", false)]
    public void Reads_last_years_three_public_figures_stated_in_a_section_of_their_own_as_the_base_of_this_years_changes(string totalIncrease, bool read)
    {
        var facts = FactReader.Read(Documents.FromText(
            "一、2022年“三公”经费预算安排情况2022年度“三公”经费预算总计21.80万元，其中：因公出国（境）经费0万元，公务接待11.80万元，公务用车运行费用10.00万元。" +
            "二、2021年“三公”经费决算情况2021年度“三公”经费合计支出20.10万元，其中：因公出国（境）经费0万元，公务接待12.40万元，公务用车运行费用7.70万元。" +
            $"2022年度“三公”经费预算较2021年度增加{totalIncrease}万元，其中公务接待较上年同期减少0.50万元，减少4.03%。"), fiscalYear: 2022);

        var reception = Assert.Single(facts, f => f.Key == FactKeys.ThreePublicReception && f.Change is not null);
        Assert.Equal(read ? new PriorFigure(2021, "execution", 124000.00m) : null, reception.Prior);
        Assert.Equal([218000.00m], facts.Where(f => f.Key == FactKeys.ThreePublicTotal).Select(f => f.Value).Distinct());
    }

    [Fact]
    public void Reads_a_final_accounts_income_of_the_year_with_its_change_but_not_last_years()
    {
        var facts = FactReader.Read(Documents.FromText(
            "2023年度收入合计4680.00万元，与2022年度相比，收入合计减少2400.00万元，下降33.90%。" +
            "2023年度收入合计4680.00万元，比2022年度收入合计7080.00万元减少2400.00万元。2022年度收入合计7080.00万元。"), fiscalYear: 2023);

        // The second statement restates the first and adds nothing read: one statement.
        Assert.Equal([(46800000m, new FactChange(2022, 24000000m, 33.90m, "decrease"))],
            facts.Where(f => f.Key == FactKeys.IncomeTotal).Select(f => (f.Value, f.Change)));
    }

    // A change opening the next sentence is the whole's, not the last part's listed before it.
    [Theory]
    [InlineData("2024年部门收支总预算1000.00万元，其中：基本支出600.00万元，占支出合计的60%，项目支出400.00万元，占支出合计的40%。比2023年预算增加100.00万元，增长11.11%", FactKeys.ExpenditureProject)]
    [InlineData("“三公”经费预算5.00万元，其中：公务接待费1.35万元，公务用车运行维护费3.65万元。比2023年预算减少0.50万元，下降9.09%", FactKeys.ThreePublicVehicleOperation)]
    public void Reads_no_change_opening_the_next_sentence_as_the_last_listed_parts(string statement, string key) =>
        Assert.All(FactReader.Read(Documents.FromText(statement), fiscalYear: 2024).Where(f => f.Key == key), f => Assert.Null(f.Change));

    // A budget's income total holds the carry-over 本年收入 leaves out; a fiscal paragraph's 本年收入 may be its own.
    [Theory]
    [InlineData("2024年部门收入预算1000.00万元，其中：本年收入900.00万元，上年结转100.00万元。其他收入100.00万元，占本年收入的11.11%", FactKeys.IncomeOther)]
    [InlineData("2023年度财政拨款收入3000.00万元，其中：一般公共预算财政拨款收入2800.00万元，占本年收入的93.33%", FactKeys.IncomeGeneralBudget)]
    public void Reads_no_share_of_a_bare_income_of_the_year(string statement, string key) =>
        Assert.All(FactReader.Read(Documents.FromText(statement), fiscalYear: 2024).Where(f => f.Key == key), f => Assert.Null(f.ShareOf));

    // Last year's and a sub-unit's operating costs are not this year's.
    [Theory]
    [InlineData("本部门机关运行经费财政拨款预算100.00万元，较上年机关运行经费财政拨款预算87.00万元增加13.00万元", 1)]
    [InlineData("上年机关运行经费财政拨款预算87.00万元。", 0)]
    [InlineData("其中：本级机关运行经费财政拨款预算30.00万元", 0)]
    [InlineData("本部门机关运行经费财政拨款预算100.00万元，实际支出90.00万元", 0)]
    public void Reads_operating_costs_without_a_year_only_as_this_years_own(string statement, int read) =>
        Assert.Equal(read, FactReader.Read(Documents.FromText(statement), fiscalYear: 2024).Count(f => f.Key == FactKeys.OperatingCosts));

    [Fact]
    public void Reads_no_level_from_a_sentence_on_last_years_figures_nor_a_pairs_figure_as_one_part()
    {
        var facts = FactReader.Read(Documents.FromText(
            "2023年度“三公”经费预算总计31.5万元,其中:因公出国(境)经费0万元,公务用车运行费用15万元。" +
            "2022年度“三公”经费合计支出28.4万元,其中:因公出国(境)经费0万元,公务用车运行费用12.6万元。",
            "公务用车运行维护费及公务用车购置费1260.5万元,比2022年增加84.2万元"), fiscalYear: 2023);

        Assert.Equal(315000m, Assert.Single(facts, f => f.Key == FactKeys.ThreePublicTotal).Value);
        Assert.Equal(150000m, Assert.Single(facts, f => f.Key == FactKeys.ThreePublicVehicleOperation).Value);
        Assert.DoesNotContain(facts, f => f.Key == FactKeys.ThreePublicVehiclePurchase);
    }

    [Fact]
    public void Reads_staff_by_establishment_and_the_vehicles_a_budget_buys_but_no_list_closed_by_etc()
    {
        var facts = FactReader.Read(Documents.FromText(
            "武汉市东西湖区行政审批局共有编制46人,其中:行政编制21人,事业编制23人,员额编制2人。在职实有人数39人,其中:行政编制19人,事业编制18人(其中参照公务员法管理0人),员额编制2人。",
            "部门共有车辆46辆，其中，一般公务用车46辆、执法执勤用车0辆、其他用车0辆等。2025年部门预算安排购置车辆1辆，其中：执法执勤用车0辆、其他用车1辆。"));

        string Parts(string whole) => string.Join(" ", facts.Where(f => f.Key == FactKeys.CountPart && f.ShareOf == whole).Select(f => $"{f.Name}{f.Value}"));
        Assert.Equal("行政编制21 事业编制23 员额编制2", Parts(FactKeys.StaffAuthorized));
        Assert.Equal("行政编制19 事业编制18 员额编制2", Parts(FactKeys.StaffActual));
        Assert.Equal("", Parts(FactKeys.VehiclesTotal));
        Assert.Equal(1m, Assert.Single(facts, f => f.Key == FactKeys.VehiclesPurchase).Value);
        Assert.Equal("执法执勤用车0 其他用车1", Parts(FactKeys.VehiclesPurchase));
    }

    [Theory]
    // Round AH: Henan's two totals stated 均为 in 亿元; Guangxi's change of both in the next sentence; Inner Mongolia's
    // vehicles' change after its two parts and its completion.
    [InlineData(2025, "南阳市科学技术局2025年收支预算总额均为1.31亿元，较2024年增加855.33万元，同比增长6.97%。",
        FactKeys.ExpenditureTotal, "131000000.00 2024/8553300.00/6.97/increase")]
    [InlineData(2026, "2026年部门收支预算总额3022.87万元。与2025年相比，收支预算总额增加69.99万元，增幅为2.37%。",
        FactKeys.ExpenditureTotal, "30228700.00 2025/699900.00/2.37/increase")]
    // Round IQ's Hainan: 收支预算总计 with its change after it.
    [InlineData(2025, "按照综合预算的原则，所有收入和支出均纳入部门预算管理。2025年收支预算总计20048.22万元，比上年预算增加473.69万元，增长3.42%。",
        FactKeys.ExpenditureTotal, "200482200.00 2024/4736900.00/3.42/increase")]
    [InlineData(2022, "2.公务用车购置及运行维护费支出决算6.0万元，完成预算的95.24%，其中：公务用车购置费0.0万元，公务用车运行维护费6.0万元。与上年相比，减少0.7万元，下降10.45%，主要原因是下乡调研频次减少。",
        FactKeys.ThreePublicVehicle, "60000.0 2021/7000.0/10.45/decrease")]
    public void Reads_the_change_of_a_total_stated_apart_from_it(int year, string printed, string key, string expected)
    {
        var fact = FactReader.Read(Documents.FromText(printed), fiscalYear: year).First(f => f.Key == key && f.Change is not null);

        Assert.Equal(expected, $"{fact.Value} {fact.Change!.ComparedYear}/{fact.Change.Amount}/{fact.Change.Pct}/{fact.Change.Direction}");
    }

    [Fact]
    public void Reads_the_government_fund_and_state_capital_expenditure_of_the_national_final_template()
    {
        // Round AI's Hebei.
        var facts = FactReader.Read(Documents.FromText(
            "八、政府性基金预算财政拨款收入支出决算情况说明2024年度政府性基金预算财政拨款年初结转和结余110.63万元，本年收入2,127.02万元，本年支出2,102.61万元，年末结转和结余135.04万元。" +
            "九、国有资本经营预算财政拨款支出决算情况说明2024年度国有资本经营预算财政拨款支出450.97万元，为国有资本经营预算支出（类）国有企业资本金注入（款）公益性设施投资支出（项）支出。"),
            fiscalYear: 2024, phase: BudgetPhase.FinalAccounts);

        Assert.Equal(21026100m, Assert.Single(facts, f => f.Key == FactKeys.GovernmentFundTotal).Value);
        Assert.Equal(4509700m, Assert.Single(facts, f => f.Key == FactKeys.StateCapitalTotal).Value);
    }

    [Theory]
    // Round IX's Shenzhen: the fund's spending named again as the subject of its change.
    [InlineData("七、政府性基金预算财政拨款收入支出决算情况说明2024年度政府性基金预算财政拨款年初结转和结余1580.40万元，本年收入34150.00万元，" +
        "本年支出33433.11万元，年末结转和结余2297.29万元。本年支出与2023年度相比增加3568.61万元，增长11.59%。", "334331100.00 2023/35686100.00/11.59/increase")]
    // The department's spending stated last: not the fund's change.
    [InlineData("2024年度政府性基金预算财政拨款本年支出33433.11万元。2024年度本部门支出决算合计50000.00万元。本年支出与2023年度相比增加3568.61万元，增长11.59%。", "")]
    public void Reads_a_funds_spending_named_again_with_its_change_as_the_funds(string printed, string expected)
    {
        var facts = FactReader.Read(Documents.FromText(printed), fiscalYear: 2024, phase: BudgetPhase.FinalAccounts);

        var fund = facts.SingleOrDefault(f => f.Key == FactKeys.GovernmentFundTotal && f.Change is not null);
        Assert.Equal(expected, fund is null ? "" : $"{fund.Value} {fund.Change!.ComparedYear}/{fund.Change.Amount}/{fund.Change.Pct}/{fund.Change.Direction}");
    }

    [Fact]
    public void Reads_the_basic_expenditures_parts_after_its_change_and_across_a_sentence_end()
    {
        // Round JC's Guizhou: the change before 其中, the first part's list ending its sentence.
        var facts = FactReader.Read(Documents.FromText("遵义市交通运输局2025年一般公共预算基本支出2919.24万元，比上年减少493.62万元，下降14.46%。其中：" +
            "人员经费2544.48万元，占87.76%，比上年减少374.12万元，下降12.82%，主要包括：基本工资、津贴补贴。公用经费374.76万元，占12.84%，比上年减少119.50万元，" +
            "下降24.18%，主要包括：办公费、水费。"), fiscalYear: 2025);

        Assert.Equal(["expenditure.personnel general_budget.basic 87.76 374.12", "expenditure.public_funds general_budget.basic 12.84 119.50"],
            facts.Where(f => f.Key is FactKeys.ExpenditurePersonnel or FactKeys.ExpenditurePublicFunds)
                .Select(f => $"{f.Key} {f.ShareOf} {f.SharePct} {f.Change?.Amount / 10000m:0.00}"));
    }

    [Fact]
    public void Reads_an_item_paragraph_a_heading_naming_the_general_budget_runs_into()
    {
        // Round JD's Yunnan: the section's heading joined to the first item's header, no stop between them.
        var facts = FactReader.Read(Documents.FromText("（三）一般公共预算财政拨款支出决算具体情况一、社会保障和就业支出（类）行政事业单位养老支出（款）" +
            "行政单位离退休（项）：年初预算为55.00万元，支出决算为56.32万元，完成年初预算的102.40%。"), fiscalYear: 2024, phase: BudgetPhase.FinalAccounts);

        var item = Assert.Single(facts, f => f.Key == FactKeys.FunctionItem);
        Assert.Equal((563200.00m, 550000.00m, 102.40m), (item.Value, item.Execution!.Budget, item.Execution.CompletionPct));
    }

    [Fact]
    public void Reads_the_basic_expenditure_within_the_general_budgets_appropriation()
    {
        // Round JA's Hebei.
        var facts = FactReader.Read(Documents.FromText("2025年财政拨款预算21297.18万元，其中：一般公共预算拨款20097.18万元；政府性基金预算拨款1200.00万元。" +
            "一般公共预算拨款中，基本支出9067.18万元，其中人员经费7978.88万元、公用经费1088.30万元；项目支出11030.00万元。"), fiscalYear: 2025);

        Assert.Equal(90671800m, Assert.Single(facts, f => f.Key == FactKeys.GeneralBudgetBasic).Value);
    }

    [Fact]
    public void Reads_the_fiscal_appropriations_total_stated_without_a_year_under_its_heading()
    {
        // Round AJ's Sichuan.
        var facts = FactReader.Read(Documents.FromText("四、财政拨款收支预算情况的总体说明财政拨款收入支出预算总计2696.63万元。收入全部为一般公共预算拨款。"), fiscalYear: 2024);

        Assert.Equal(26966300m, Assert.Single(facts, f => f.Key == FactKeys.FiscalAppropriationTotal).Value);
    }

    [Theory]
    // Round AJ's Shanghai: the general budget's completion right after the list of its classes, named without a mark.
    [InlineData("2024年度本部门一般公共预算财政拨款支出11528.17万元，与2023年度相比，增加336.69万元，增长3.01%。按支出功能分类，城乡社区支出11381.73万元，占98.73%；" +
        "住房保障支出146.44万元，占1.27%。2024年度一般公共预算财政拨款支出年初预算为11033.81万元，支出决算为11528.17万元，完成年初预算的104.48%。", "104.48")]
    // Round AO's Chongqing: the classes marked (类), the same sentence after them.
    [InlineData("2024年度一般公共预算财政拨款支出5816.58万元，主要用于以下方面：科学技术（类）支出5000.00万元，占85.96%；住房保障（类）支出57.88万元，占1.00%。" +
        "2024年度一般公共预算财政拨款支出年初预算为4844.20万元，支出决算为5816.58万元，完成年初预算的120.07%。", "120.07")]
    public void Ends_a_listed_class_with_its_list_and_reads_the_next_sentence_as_its_own_subjects(string printed, string completion)
    {
        var facts = FactReader.Read(Documents.FromText(printed), fiscalYear: 2024, phase: BudgetPhase.FinalAccounts);

        Assert.Null(Assert.Single(facts, f => f.Key == FactKeys.FunctionItem && f.Name == "住房保障（类）").Execution);
        Assert.Equal(decimal.Parse(completion, CultureInfo.InvariantCulture),
            Assert.Single(facts, f => f.Key == FactKeys.GeneralBudgetTotal && f.Execution is not null).Execution!.CompletionPct);
    }

    [Theory]
    // Round DE's Guangdong: the outcome stated first, its budget and completion in a later sentence without it.
    [InlineData("2025年度一般公共预算财政拨款支出年初预算为92019.01万元，决算数为年初预算的107.73%。", 107.73)]
    [InlineData("一般公共预算财政拨款支出年初预算为92,019.01万元，完成年初预算的107.7%。", 107.7)]
    public void Reads_a_completion_stated_apart_from_its_figure_as_that_figures(string completion, decimal pct)
    {
        var facts = FactReader.Read(Documents.FromText("2025年度一般公共预算财政拨款支出决算为99132.82万元，占本年支出合计的98.36%。比上年决算减少13021.62万元，" +
            "下降11.61%，主要原因是压减非急需非刚性支出。" + completion), fiscalYear: 2025, phase: BudgetPhase.FinalAccounts);

        var carriedOut = Assert.Single(facts, f => f.Execution is not null);
        Assert.Equal((FactKeys.GeneralBudgetTotal, 991328200m, new BudgetExecution(920190100m, pct, null)), (carriedOut.Key, carriedOut.Value, carriedOut.Execution));
        Assert.StartsWith("一般公共预算财政拨款支出年初预算为", carriedOut.Quote);
    }

    [Fact]
    public void Reads_the_expenditure_total_divided_into_basic_and_project_expenditure_as_their_whole()
    {
        // Round DS's Jiangxi: 支出总计 opening its parts' shares.
        var facts = FactReader.Read(Documents.FromText("瑞金市人民医院2024年支出总计5216.50万元，其中：基本支出3585.32万元，占68.73%，主要用于人员支出；" +
            "项目支出1631.18万元，占31.27%。"), fiscalYear: 2024);

        Assert.Equal(52165000m, Assert.Single(facts, f => f.Key == FactKeys.ExpenditureTotal).Value);
        Assert.Equal(FactKeys.ExpenditureTotal, Assert.Single(facts, f => f.Key == FactKeys.ExpenditureBasic).ShareOf);
        // A final account's 支出总计 lists 年末结转和结余 beside the year's expenditure: not the year's expenditure.
        Assert.DoesNotContain(FactReader.Read(Documents.FromText("2023年度支出总计1,200.00万元，其中：基本支出800.00万元，项目支出300.00万元，年末结转和结余100.00万元。"),
            fiscalYear: 2023, phase: BudgetPhase.FinalAccounts), f => f.Key == FactKeys.ExpenditureTotal && f.Value == 12000000m);
        // 支出总计 beside 收入总计, no parts after it, is the two totals' (read as one).
        Assert.DoesNotContain(FactReader.Read(Documents.FromText("2024年收入总计3332.76万元，其中本年收入3332.76万元；支出总计3332.76万元。"), fiscalYear: 2024),
            f => f.Key == FactKeys.ExpenditureTotal);
    }

    [Fact]
    public void Reads_the_change_of_both_totals_named_as_one_as_the_change_of_the_income_and_expenditure_total()
    {
        // Round DS's Hubei.
        var facts = FactReader.Read(Documents.FromText("2024年收入总计3332.76万元，其中本年收入3332.76万元，上年结转0.00万元；支出总计3332.76万元。" +
            "收支总预算比上年减少166.64万元，下降4.76%，主要原因是事业收入减少。"), fiscalYear: 2024);

        var changed = Assert.Single(facts, f => f.Change is not null);
        Assert.Equal((FactKeys.IncomeExpenditureTotal, 33327600m, new FactChange(2023, 1666400m, 4.76m, "decrease")), (changed.Key, changed.Value, changed.Change));
    }

    [Fact]
    public void Reads_no_completion_apart_from_a_figure_without_a_subject_or_in_a_budget()
    {
        const string text = "2025年度一般公共预算财政拨款支出决算为99132.82万元。";
        Assert.DoesNotContain(FactReader.Read(Documents.FromText(text + "年初预算为92019.01万元，决算数为年初预算的107.73%。"), fiscalYear: 2025,
            phase: BudgetPhase.FinalAccounts), f => f.Execution is not null);
        Assert.DoesNotContain(FactReader.Read(Documents.FromText(text + "一般公共预算财政拨款支出年初预算为92019.01万元，决算数为年初预算的107.73%。"), fiscalYear: 2025,
            phase: BudgetPhase.Budget), f => f.Execution is not null);
    }

    [Fact]
    public void Reads_a_listed_vehicle_kind_past_a_remark_in_brackets_after_the_one_before()
    {
        // Round AH's Shaanxi.
        var facts = FactReader.Read(Documents.FromText(
            "共有车辆6辆，其中：机要通信用车1辆、应急保障用车3辆（人防机动指挥通信车）、特种专业技术用车2辆（警报试鸣保障车）。"), fiscalYear: 2024);

        Assert.Equal("机要通信用车1 应急保障用车3 特种专业技术用车2",
            string.Join(" ", facts.Where(f => f.Key == FactKeys.CountPart && f.ShareOf == FactKeys.VehiclesTotal).Select(f => $"{f.Name}{f.Value}")));
    }

    [Fact]
    public void Reads_the_basic_expenditures_parts_in_the_sentence_after_the_last_class_paragraph()
    {
        // Round KV's Hunan: the basic expenditure's sentence follows the last class's paragraph without a heading of its own.
        var facts = FactReader.Read(Documents.FromText("（六）住房保障支出（类）614,193.60元，比2024年增加23,054.43元，增长3.90%，主要用于按规定为干部职工缴纳住房公积金。" +
            "一般公共预算基本支出7,654,958.96元，其中：人员经费6,957,718.96元，主要包括基本工资；公用经费697,240.00元，主要包括办公费。"), fiscalYear: 2025);

        Assert.Equal(6_957_718.96m, Assert.Single(facts, f => f.Key == FactKeys.ExpenditurePersonnel).Value);
        Assert.Equal(697_240.00m, Assert.Single(facts, f => f.Key == FactKeys.ExpenditurePublicFunds).Value);
        Assert.Equal(614_193.60m, Assert.Single(facts, f => f.Key == FactKeys.FunctionItem).Value);
    }

    [Fact]
    public void Reads_a_listed_vehicle_kind_naming_its_use_in_brackets()
    {
        // Round KJ's Shaanxi: the ambulances' kind named in brackets, a remark after its count, the list closed by ；.
        var facts = FactReader.Read(Documents.FromText(
            "截至2024年12月31日，周至县卫生健康局共有车辆4辆，其中：机要通信用车1辆，应急保障用车1辆，特种专业技术用车（救护车）2辆（两所卫生院各1辆）；单价50万元（含）以上通用设备0台（套）。"), fiscalYear: 2025);

        Assert.Equal("机要通信用车1 应急保障用车1 特种专业技术用车（救护车）2",
            string.Join(" ", facts.Where(f => f.Key == FactKeys.CountPart && f.ShareOf == FactKeys.VehiclesTotal).Select(f => $"{f.Name}{f.Value}")));
    }

    [Theory]
    [InlineData("（二）政府采购：2025年度政府采购支出总额4123.68万元，其中货物386.24万元、工程2841.60万元、服务895.84万元。")]
    [InlineData("2025年度政府采购支出总额4123.68万元，其中：货物386.24万元，工程2841.60万元，服务895.84万元。")]
    // Round AJ's Jiangsu: 共 before the total.
    [InlineData("2025年本部门政府采购预算共4,123.68万元，其中：货物386.24万元、工程2841.60万元、服务895.84万元。")]
    public void Reads_the_kinds_of_procurement_named_bare_in_the_list_after_its_total(string text)
    {
        var facts = FactReader.Read(Documents.FromText(text), fiscalYear: 2025, phase: BudgetPhase.FinalAccounts);

        decimal Value(string key) => Assert.Single(facts, f => f.Key == key).Value;
        Assert.Equal([41236800m, 3862400m, 28416000m, 8958400m], new[] { FactKeys.ProcurementTotal, FactKeys.ProcurementGoods, FactKeys.ProcurementWorks, FactKeys.ProcurementServices }.Select(Value));
    }

    [Fact]
    public void Reads_the_procurement_sentences_of_a_final_account_with_its_sme_parts()
    {
        var facts = FactReader.Read(Documents.FromText(
            "2024 年度政府采购金额（以合同签订为准）为 251.25 万元，其中：货物采购金额 4.79 万元、工程采购金额 0 万元、服务采购金额 246.47 万元。" +
            "2024 年度本部门面向中小企业预留政府采购项目预算金额\n246.47 万元，面向小微企业预留政府采购项目预算金额 0 万元。" +
            "在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额 246.47 万元；" +
            "在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额 4.79 万元。",
            "政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元；"));

        decimal Value(string key) => Assert.Single(facts, f => f.Key == key).Value;
        Assert.Equal([2512500m, 47900m, 0m, 2464700m], new[] { FactKeys.ProcurementTotal, FactKeys.ProcurementGoods, FactKeys.ProcurementWorks, FactKeys.ProcurementServices }.Select(Value));
        Assert.Equal([2464700m, 0m, 2464700m, 47900m], new[] { FactKeys.ProcurementSmeReserved, FactKeys.ProcurementSmallMicroReserved, FactKeys.ProcurementSmeWonReserved, FactKeys.ProcurementSmeWonOther }.Select(Value));
        var fund = Assert.Single(facts, f => f.Key == FactKeys.GovernmentFundTotal);
        Assert.Equal((0m, new FactChange(2022, 14212500m, null, "increase")), (fund.Value, fund.Change));
    }

    [Fact]
    public void Reads_a_final_accounts_three_public_statement_as_the_three_public_total_carried_out()
    {
        var facts = FactReader.Read(Documents.FromText("（一）“三公”经费财政拨款支出决算总体情况说明。",
            "“三公”经费财政拨款支出年初预算为 0.95 万元，支出决\n算为 0.00 万元，完成预算的 0%，其中：因公出国（境）费决\n算为 0.00 万元。"));

        var total = Assert.Single(facts, f => f.Key == FactKeys.ThreePublicTotal);
        Assert.Equal((0.00m, new BudgetExecution(9500.00m, 0m, null), 2), (total.Value, total.Execution, total.Page));
        Assert.StartsWith("“三公”经费财政拨款支出年初预算为0.95万元", total.Quote);
    }

    [Fact]
    public void Reads_a_final_accounts_three_public_parts_with_their_completion_shares_and_changes_stated_apart()
    {
        var facts = FactReader.Read(Documents.FromText(
            "“三公”经费财政拨款支出年初预算为2.85万元，支出决算为0.39万元，完成预算的13.68%，其中：因公出国（境）费决算为0.00万元，完成预算的0.00%；" +
            "公务接待费支出决算为0.39万元，完成预算的13.68%。2024年度“三公”经费财政拨款支出决算数比2023年度减少0.15万元，下降（增长）27.78%，" +
            "其中：因公出国（境）费支出与上一年度持平；公务接待费支出决算减少0.15万元，下降27.78%。",
            "“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0.00万元，占0.00%；公务接待费支出决算0.39万元，占100.00%。"), fiscalYear: 2024);

        var reception = facts.Where(f => f.Key == FactKeys.ThreePublicReception).ToList();
        Assert.Equal(3, reception.Count);
        Assert.All(reception, f => Assert.Equal(3900.00m, f.Value));
        Assert.Equal(new BudgetExecution(null, 13.68m, null), Assert.Single(reception, f => f.Execution is not null).Execution);
        Assert.Equal(new FactChange(2023, 1500.00m, 27.78m, "decrease"), Assert.Single(reception, f => f.Change is not null).Change);
        Assert.Equal((FactKeys.ThreePublicTotal, 100.00m, 2), Assert.Single(reception, f => f.ShareOf is not null) is var share ? (share.ShareOf, share.SharePct, share.Page) : default);
        // The 三公 total's change follows its 决算 figure; the template's unchosen "（增长）" is not the direction.
        var total = facts.Where(f => f.Key == FactKeys.ThreePublicTotal).ToList();
        Assert.Equal([null, new FactChange(2023, 1500.00m, 27.78m, "decrease")], total.Select(f => f.Change));
        Assert.All(total, f => Assert.Equal(3900.00m, f.Value));
    }

    [Fact]
    public void Reads_the_national_templates_final_account_three_public_parts_and_sme_awards()
    {
        var facts = FactReader.Read(Documents.FromText(
            "2023年度“三公”经费财政拨款支出预算为10.00万元，支出决算为8.00万元，完成预算的80.00%，其中：因公出国（境）费支出预算为0万元，" +
            "支出决算为0万元，完成预算的0%；公务用车购置及运行维护费支出预算为6.00万元，支出决算为5.00万元，完成预算的83.33%；公务接待费支出" +
            "预算为4.00万元，支出决算为3.00万元，完成预算的75.00%。",
            "本部门2023年度政府采购支出总额60.00万元，其中：政府采购货物支出20.00万元、政府采购工程支出0万元、政府采购服务支出40.00万元。" +
            "授予中小企业合同金额50.00万元，占政府采购支出总额的83.33%，其中：授予小微企业合同金额30.00万元，占授予中小企业合同金额的60.00%。"), fiscalYear: 2023);

        // Each part's budget carried out is the part's, checked against its columns of the 三公 table; none is left a bare budget_execution.
        Assert.DoesNotContain(facts, f => f.Key == FactKeys.BudgetExecution);
        Assert.Equal((50000.00m, new BudgetExecution(60000.00m, 83.33m, null)),
            Assert.Single(facts, f => f.Key == FactKeys.ThreePublicVehicle) is var vehicle ? (vehicle.Value, vehicle.Execution) : default);
        Assert.Equal(new BudgetExecution(40000.00m, 75.00m, null), Assert.Single(facts, f => f.Key == FactKeys.ThreePublicReception).Execution);
        var sme = Assert.Single(facts, f => f.Key == FactKeys.ProcurementSmeAwarded);
        Assert.Equal((500000.00m, FactKeys.ProcurementTotal, 83.33m), (sme.Value, sme.ShareOf, sme.SharePct));
        var smallMicro = Assert.Single(facts, f => f.Key == FactKeys.ProcurementSmallMicroAwarded);
        Assert.Equal((300000.00m, FactKeys.ProcurementSmeAwarded, 60.00m), (smallMicro.Value, smallMicro.ShareOf, smallMicro.SharePct));
    }

    [Fact]
    public void Reads_the_general_budgets_parts_with_their_shares_of_it_not_as_the_whole_expenditures()
    {
        var facts = FactReader.Read(Documents.FromText(
            "2024年一般公共预算支出2945760.58元，同比增加65133.34元，增长2.26%。\n" +
            "1. 基本支出预算 2476260.58 元，占一般公共预算支出\n的84.06%，同比减少 4966.66 元，下降 0.2%。其中：\n" +
            "2. 项目支出 469500 元，占一般公共预算支出的 19.62%，\n同比增加 70100 元 ，增长 17.55%。"), fiscalYear: 2024);

        Assert.DoesNotContain(facts, f => f.Key is FactKeys.ExpenditureBasic or FactKeys.ExpenditureProject);
        var project = Assert.Single(facts, f => f.Key == FactKeys.GeneralBudgetProject);
        Assert.Equal((FactKeys.GeneralBudgetTotal, 19.62m, new FactChange(2023, 70100m, 17.55m, "increase")), (project.ShareOf, project.SharePct, project.Change));
        Assert.Equal(new FactChange(2023, 65133.34m, 2.26m, "increase"), Assert.Single(facts, f => f.Key == FactKeys.GeneralBudgetTotal).Change);
    }

    [Theory]
    // The parts after the general budget's own sentence, with its completion rate or its change, are its parts.
    [InlineData("2023年度一般公共预算财政拨款支出决算为1,234.56万元，完成年初预算的98.76%。其中：基本支出1,000.00万元，占81.00%；项目支出234.56万元，占19.00%。",
        FactKeys.GeneralBudgetBasic, FactKeys.GeneralBudgetProject, FactKeys.GeneralBudgetTotal)]
    [InlineData("2023年一般公共预算拨款支出预算1,234.56万元，比上年增加10.00万元，增长0.82%。其中：基本支出1,000.00万元，占81.00%；项目支出234.56万元，占19.00%。",
        FactKeys.GeneralBudgetBasic, FactKeys.GeneralBudgetProject, FactKeys.GeneralBudgetTotal)]
    // Its change between the total and the 其中.
    [InlineData("2023年度一般公共预算财政拨款支出1,234.56万元，较上年减少43.70万元，下降3.42%，其中：基本支出1,000.00万元，占81.00%；项目支出234.56万元，占19.00%。",
        FactKeys.GeneralBudgetBasic, FactKeys.GeneralBudgetProject, FactKeys.GeneralBudgetTotal)]
    // Not where the general budget is a part named inside the sentence on the whole expenditure.
    [InlineData("本年支出合计1,300.00万元，其中一般公共预算财政拨款支出1,234.56万元，政府性基金65.44万元。其中：基本支出1,000.00万元，占76.92%；项目支出300.00万元，占23.08%。",
        FactKeys.ExpenditureBasic, FactKeys.ExpenditureProject, FactKeys.ExpenditureTotal)]
    // The numbered parts after the year's expenditure total are its, a bare share or one naming it (in Hubei's budgets they
    // follow the general budget's total and are its: the disclosure corpus).
    [InlineData("2023年度本年支出合计1,300.00万元。其中：（一）基本支出1,000.00万元，占76.92%；（二）项目支出300.00万元，占23.08%。",
        FactKeys.ExpenditureBasic, FactKeys.ExpenditureProject, FactKeys.ExpenditureTotal)]
    [InlineData("本年支出合计1,300.00万元，其中：（一）基本支出1,000.00万元，占本年支出合计的76.92%；（二）项目支出300.00万元，占本年支出合计的23.08%。",
        FactKeys.ExpenditureBasic, FactKeys.ExpenditureProject, FactKeys.ExpenditureTotal)]
    // 按支出类型分 after the general budget's own sentence; a budget's 支出预算…。其中：（一）基本支出….
    [InlineData("2023年一般公共预算拨款支出预算1,234.56万元。按支出类型分：基本支出1,000.00万元，占81.00%；项目支出234.56万元，占19.00%。",
        FactKeys.GeneralBudgetBasic, FactKeys.GeneralBudgetProject, FactKeys.GeneralBudgetTotal)]
    [InlineData("2023年支出预算1,300.00万元。其中：（一）基本支出1,000.00万元，占76.92%；（二）项目支出300.00万元，占23.08%。",
        FactKeys.ExpenditureBasic, FactKeys.ExpenditureProject, FactKeys.ExpenditureTotal)]
    // Round CF's Jilin: the parts after the general budget's 当年拨款 and its change are that budget's.
    [InlineData("（一）一般公共预算当年拨款规模变化情况。2023年一般公共预算当年拨款1,300.00万元，比2022年预算1,200.00万元增加100.00万元，增长8.33%。其中：基本支出1,000.00万元，占76.92%；项目支出300.00万元，占23.08%。",
        FactKeys.GeneralBudgetBasic, FactKeys.GeneralBudgetProject, FactKeys.GeneralBudgetTotal)]
    // Round BX's Jiangsu: the total's change before 其中, and a sentence on what each part is for.
    [InlineData("2023年部门预算支出总计1,300.00万元，比2022年预算减少71.49万元，下降5.21%。其中：（一）基本支出1,000.00万元，占76.92%。主要用于保障机构正常运转。（二）项目支出300.00万元，占23.08%。主要用于完成特定工作任务。",
        FactKeys.ExpenditureBasic, FactKeys.ExpenditureProject, FactKeys.ExpenditureTotal)]
    public void Reads_the_parts_opening_the_sentence_after_a_total_as_that_totals(string printed, string basic, string project, string whole)
    {
        var facts = FactReader.Read(Documents.FromText(printed), 2023);

        Assert.Equal((10000000m, whole), Assert.Single(facts, f => f.Key == basic) is var b ? (b.Value, b.ShareOf) : default);
        Assert.Equal(whole, Assert.Single(facts, f => f.Key == project).ShareOf);
    }

    [Theory]
    // A change opening the sentence after a list of parts is the whole's, the parts parted by ； as by ，.
    [InlineData("2022年支出预算3,562.00万元，其中：基本支出2,100.00万元，占58.96%；项目支出1,462.00万元，占41.04%。比上年增加62.00万元，增长1.77%。", FactKeys.ExpenditureProject)]
    [InlineData("2022年“三公”经费预算36.00万元，其中：因公出国（境）费0万元；公务接待费6.00万元；公务用车购置及运行费30.00万元。比上年减少4.00万元，下降10.00%。", FactKeys.ThreePublicVehicle)]
    public void Reads_no_change_after_parts_parted_by_semicolons_as_the_last_parts(string printed, string lastPart) =>
        Assert.Null(Assert.Single(FactReader.Read(Documents.FromText(printed), 2022), f => f.Key == lastPart).Change);

    [Theory]
    // A change after a total's parts: opening the next sentence without a subject, or naming the subject after its base.
    [InlineData("2024年支出预算5,000.00万元，其中：基本支出3,000.00万元，占60.00%；项目支出2,000.00万元，占40.00%。比上年增加200.00万元，增长4.17%。", FactKeys.ExpenditureTotal, 2000000, 4.17, "increase")]
    [InlineData("2024年“三公”经费预算36.00万元，其中：因公出国（境）费0万元；公务接待费6.00万元；公务用车购置及运行费30.00万元。比上年减少4.00万元，下降10.00%。", FactKeys.ThreePublicTotal, 40000, 10.00, "decrease")]
    [InlineData("2024年度本年收入合计5,400.00万元，其中：财政拨款收入5,300.00万元，占98.15%；其他收入100.00万元，占1.85%。与2023年度相比，本年收入合计减少276.60万元，下降4.87%。", FactKeys.IncomeTotal, 2766000, 4.87, "decrease")]
    [InlineData("2024年“三公”经费预算36.00万元，其中：因公出国（境）费0万元，公务接待费6.00万元，公务用车购置及运行费30.00万元。与上年相比，“三公”经费预算减少4.00万元，下降10.00%。", FactKeys.ThreePublicTotal, 40000, 10.00, "decrease")]
    // Round DJ's Tianjin: the total named again to open its change.
    [InlineData("2024年收入预算5,732.20万元，其中：一般公共预算拨款3,164.30万元，占55.20%；其他收入2,567.90万元，占44.80%。收入预算比2023年预算减少233.60万元，下降3.92%。", FactKeys.IncomeTotal, 2336000, 3.92, "decrease")]
    // Round IA's Sichuan: the total named again, then the base.
    [InlineData("2024年收入总计15,631.00万元，其中：一般公共预算拨款收入15,335.00万元，事业收入276.00万元，其他收入20.00万元。收入总计比上年增加710.97万元，增长4.87%。", FactKeys.IncomeTotal, 7109700, 4.87, "increase")]
    public void Reads_a_totals_change_stated_after_its_parts(string printed, string key, int amount, double pct, string direction)
    {
        var totals = FactReader.Read(Documents.FromText(printed), 2024).Where(f => f.Key == key).ToList();

        Assert.Equal([null, new FactChange(2023, amount, (decimal)pct, direction)], totals.Select(f => f.Change));
        Assert.Single(totals.Select(f => f.Value).Distinct());
    }

    [Theory]
    // Round IJ's Gansu, in 元 after a colon; round ID's Hunan, in 万元 after the year.
    [InlineData("一般公共预算财政拨款：年初结转和结余4,862,300元，本年收入356,079,777元，本年支出358,626,597元，年末结转和结余2,351,480元。",
        FactKeys.GeneralBudgetCarryoverOpening, FactKeys.IncomeGeneralBudget, FactKeys.GeneralBudgetTotal, FactKeys.GeneralBudgetCarryoverClosing, 1, 4_862_300, 2_351_480, 356_079_777)]
    [InlineData("2024年度政府性基金预算财政拨款年初结转和结余620.40万元，本年收入9996.30万元，本年支出10288.88万元，年末结转和结余372.82万元。本年支出与2023年度相比增加426.48万元。",
        FactKeys.GovernmentFundCarryoverOpening, FactKeys.IncomeGovernmentFund, FactKeys.GovernmentFundTotal, FactKeys.GovernmentFundCarryoverClosing, 10_000, 6_204_000, 3_728_200, 99_963_000)]
    public void Reads_a_funds_paragraph_as_its_balances_income_and_spending(string printed, string opening, string income, string spent, string closing, int unit,
        int openingValue, int closingValue, int incomeValue)
    {
        var facts = FactReader.Read(Documents.FromText(printed), 2024);

        Assert.Equal((openingValue, (decimal)unit), Assert.Single(facts, f => f.Key == opening) is var o ? (o.Value, o.PrintedUnit!.Value) : default);
        Assert.Equal(closingValue, Assert.Single(facts, f => f.Key == closing).Value);
        // Its year's income and spending, once each (a reader taking the fund's spending from the same paragraph leaves one fact); the
        // spending's change stated after it is a fact of its own.
        Assert.Equal(incomeValue, Assert.Single(facts, f => f.Key == income).Value);
        Assert.Single(facts, f => f.Key == spent && f.Change is null);
    }

    [Fact]
    public void Reads_a_totals_change_after_the_two_totals_stated_together()
    {
        // Round II's Fujian: the income total named again after a sentence stating both totals.
        var facts = FactReader.Read(Documents.FromText("2024年收入总计9,321.31万元，支出总计9,321.31万元。收入总计比上年增加606.14万元，增长6.59%，主要原因是专项债券资金增加。"), 2024);

        // The two totals' own figure, with the change: a final account's 收入总计 is not its 本年收入合计 (income.total).
        var changed = Assert.Single(facts, f => f.Change is not null);
        Assert.Equal((FactKeys.IncomeExpenditureTotal, 93213100m, new FactChange(2023, 6061400, 6.59m, "increase")), (changed.Key, changed.Value, changed.Change));
    }

    [Fact]
    public void Reads_no_change_stated_with_its_figure_a_second_time()
    {
        var facts = FactReader.Read(Documents.FromText("2024年度收入合计4680.00万元，与2023年度相比，收入合计减少2400.00万元，下降33.90%。"), 2024);

        Assert.Single(facts, f => f.Key == FactKeys.IncomeTotal);
    }

    [Fact]
    public void Reads_no_income_of_the_fiscal_appropriation_from_its_both_totals_stated_apart()
    {
        // Both of the fiscal appropriation's totals hold the opening balance, which its income of the year leaves out.
        var facts = FactReader.Read(Documents.FromText(
            "2024年度财政拨款收入总计5,223.40万元，支出总计5,223.40万元，与2023年度相比，财政拨款收入、支出总计各减少276.60万元，下降5.03%。"), 2024);

        Assert.DoesNotContain(facts, f => f.Key == FactKeys.IncomeFiscalAppropriation);
        Assert.Equal(52234000m, Assert.Single(facts, f => f.Key == FactKeys.FiscalAppropriationTotal).Value);
    }

    [Fact]
    public void Reads_a_final_accounts_government_fund_expenditure_with_its_completion_and_its_share()
    {
        var facts = FactReader.Read(Documents.FromText(
            "2023年度政府性基金预算财政拨款支出决算为120.50万元，完成年初预算的100.42%。",
            "政府性基金预算财政拨款支出120.50万元，占本年支出合计的10.20%。"), 2023, BudgetPhase.FinalAccounts);

        var funds = facts.Where(f => f.Key == FactKeys.GovernmentFundTotal).ToList();
        Assert.Equal([1205000m, 1205000m], funds.Select(f => f.Value));
        Assert.Equal(100.42m, funds[0].Execution?.CompletionPct);
        Assert.Equal((FactKeys.ExpenditureTotal, 10.20m), (funds[1].ShareOf, funds[1].SharePct));
    }

    [Fact]
    public void Reads_a_stated_share_and_a_flat_change_and_counts()
    {
        var share = Fact("dev03-2024-wan.pdf", FactKeys.IncomeGeneralBudget);
        Assert.Equal((19406600m, FactKeys.IncomeTotal, 95.23m), (share.Value, share.ShareOf, share.SharePct));
        Assert.Equal("flat", Fact("dev03-2024-wan.pdf", FactKeys.ThreePublicTotal).Change?.Direction);
        Assert.Equal(40m, Fact("dev03-2024-wan.pdf", FactKeys.StaffAuthorized).Value);
        Assert.Equal(3m, Fact("dev03-2024-wan.pdf", FactKeys.VehiclesTotal).Value);
    }

    [Fact]
    public void Converts_amounts_printed_in_yuan_and_in_wan_yuan()
    {
        Assert.Equal(17910024.14m, Fact("dev01-2024-yuan.pdf", FactKeys.ExpenditureTotal).Value);
        Assert.Equal(1382500m, Fact("dev03-2024-wan.pdf", FactKeys.OperatingCosts).Value);
    }

    [Fact]
    public void Reads_the_facts_of_the_disclosure_corpus()
    {
        int truth = 0, extracted = 0, matched = 0;
        var pdfs = Fixtures.Pdfs("disclosures").Select(p => Path.GetFileName(p)).Where(n => !n.StartsWith("scan")).ToList();
        // Only the keys the truth annotates somewhere are scored (it lists no count parts), as `eval mapping` does.
        var annotated = pdfs.SelectMany(pdf => Fixtures.Truth(pdf).GetProperty("facts").EnumerateArray()).Select(f => f.GetProperty("key").GetString()).ToHashSet();
        foreach (var pdf in pdfs)
        {
            var expected = Fixtures.Truth(pdf).GetProperty("facts").EnumerateArray()
                .Select(f => $"{f.GetProperty("key").GetString()}|{decimal.Parse(f.GetProperty("value").GetString()!, CultureInfo.InvariantCulture):0.##}").ToList();
            var actual = processed[$"disclosures/{pdf}"].Facts.Where(f => annotated.Contains(f.Key)).Select(f => $"{f.Key}|{f.Value:0.##}").ToList();
            truth += expected.Count;
            extracted += actual.Count;
            matched += expected.GroupBy(k => k).Sum(g => Math.Min(g.Count(), actual.Count(a => a == g.Key)));
        }
        // Measured: precision 99.9 %, recall 98.6 % (targets 99 % and 98 %).
        Assert.True(matched >= 0.99 * extracted, $"precision {matched} of {extracted}");
        Assert.True(matched >= 0.98 * truth, $"recall {matched} of {truth}");
    }
    [Fact]
    public void Reads_the_national_templates_changes_restating_their_subject_in_the_next_sentence()
    {
        var facts = FactReader.Read(Documents.FromText(
            "2023年度收入、支出决算总计5,000.00万元。与2022年度相比，收入、支出决算总计各增加200.00万元，增长4.17%。主要原因是业务增加。\n" +
            "2023年度财政拨款收入、支出决算总计4,800.00万元。与2022年度相比，财政拨款收入、支出总计各增加100.00万元，增长2.13%。\n" +
            "一般公共预算财政拨款支出4,700.00万元，占本年支出合计的95.92%。与2022年度相比，一般公共预算财政拨款支出增加150.00万元，增长3.30%。\n" +
            "机关运行经费支出300.00万元。与2022年度相比，基本支出减少20.00万元。"), fiscalYear: 2023);

        Assert.Equal(new FactChange(2022, 2000000m, 4.17m, "increase"), Assert.Single(facts, f => f.Key == FactKeys.IncomeExpenditureTotal).Change);
        Assert.Equal(new FactChange(2022, 1000000m, 2.13m, "increase"), Assert.Single(facts, f => f.Key == FactKeys.FiscalAppropriationTotal).Change);
        var general = Assert.Single(facts, f => f.Key == FactKeys.GeneralBudgetTotal);
        Assert.Equal((FactKeys.ExpenditureTotal, 95.92m, new FactChange(2022, 1500000m, 3.30m, "increase")), (general.ShareOf, general.SharePct, general.Change));
        // A next sentence on another subject (基本支出) is not this figure's change.
        Assert.All(facts.Where(f => f.Key == FactKeys.OperatingCosts), f => Assert.Null(f.Change));
    }

    [Fact]
    public void Reads_a_final_accounts_budget_without_its_year_as_the_budget_carried_out_not_as_the_figure()
    {
        var facts = FactReader.Read(Documents.FromText("2023年度“三公”经费财政拨款支出预算为60.00万元，支出决算为55.00万元，完成预算的91.67%。"), fiscalYear: 2023);

        var threePublic = Assert.Single(facts, f => f.Key == FactKeys.ThreePublicTotal);
        Assert.Equal((550000m, new BudgetExecution(600000m, 91.67m, null)), (threePublic.Value, threePublic.Execution));
    }

    [Theory]
    // Other provinces' totals, sources and costs (wordings as published, figures made up).
    [InlineData("XX镇2019年部门支出预算1,625.80万元，其中基本支出825.80万元，占50.79%；项目支出800.00万元，占49.21%。", 2019, FactKeys.ExpenditureTotal, "16258000")]
    [InlineData("2019年收入预算为3,120.00万元，比2018年减少180.00万元，下降5.45%。", 2019, FactKeys.IncomeTotal, "31200000")]
    [InlineData("2022年收入预算合计12,456,300.00元，比上年增加456,300.00元，增长3.80%。", 2022, FactKeys.IncomeTotal, "12456300")]
    [InlineData("XX县教育局2021年部门预算收入合计48,562,300.00元，比上年增加2,562,300.00元。", 2021, FactKeys.IncomeTotal, "48562300")]
    [InlineData("辽宁省交通运输厅2023年收入预算总计4,210.00万元，较2022年增加210.00万元，增长5.25%。", 2023, FactKeys.IncomeTotal, "42100000")]
    [InlineData("2023年本部门预算收入3,652.10万元，比上年增加152.10万元，增长4.35%。", 2023, FactKeys.IncomeTotal, "36521000")]
    [InlineData("安徽省XX厅2024年部门预算收入5,620.18万元，比上年预算增加420.18万元；部门预算支出5,620.18万元，比上年预算增加420.18万元。", 2024, FactKeys.ExpenditureTotal, "56201800")]
    [InlineData("2024年部门预算收入总计3,216.75万元，支出总计3,216.75万元。", 2024, FactKeys.ExpenditureTotal, "32167500")]
    [InlineData("河南省农业农村厅2024年收入总预算86,452.31万元，支出总预算86,452.31万元。", 2024, FactKeys.ExpenditureTotal, "864523100")]
    [InlineData("2020年收、支总预算均为1,562.30万元。", 2020, FactKeys.ExpenditureTotal, "15623000")]
    [InlineData("2025年本部门收支预算总额为5,000.00万元，比上年增加200.00万元，增长4.17%。", 2025, FactKeys.ExpenditureTotal, "50000000")]
    [InlineData("2023年度本部门支出合计3,602.50万元，较上年减少197.50万元，下降5.20%。", 2023, FactKeys.ExpenditureTotal, "36025000")]
    [InlineData("2022年度部门决算收入合计4,562.30万元。", 2022, FactKeys.IncomeTotal, "45623000")]
    [InlineData("2023年度收入决算总计2,356.20万元，支出决算总计2,356.20万元。", 2023, FactKeys.IncomeExpenditureTotal, "23562000")]
    [InlineData("2024年收入预算86,452.31万元，其中：政府性基金收入5,000.00万元，占5.78%。", 2024, FactKeys.IncomeGovernmentFund, "50000000")]
    [InlineData("2024年收入预算45,248.00万元，其中：上年结转收入2,000.00万元，占4.42%。", 2024, FactKeys.IncomeCarryover, "20000000")]
    [InlineData("XX镇2019年部门收入预算1,625.80万元，其中一般公共预算拨款1,525.80万元，占93.85%。", 2019, FactKeys.IncomeGeneralBudget, "15258000")]
    [InlineData("2025年财政拨款收支预算3,362.40万元，较上年增加162.40万元，增长5.08%。", 2025, FactKeys.FiscalAppropriationTotal, "33624000")]
    [InlineData("2022年一般公共预算当年拨款支出3,362.00万元，比上年增加62.00万元，增长1.88%。", 2022, FactKeys.GeneralBudgetTotal, "33620000")]
    [InlineData("2024年本部门一般公共预算支出3,562.40万元，比上年增加62.40万元，增长1.78%。", 2024, FactKeys.GeneralBudgetTotal, "35624000")]
    // Round EW's Anhui: the year's income and expenditure after the two totals.
    [InlineData("2023年度收入总计1917.86万元，支出总计1917.86万元。其中：本年收入1832.46万元，比上年增加125.63万元，增长7.63%，主要原因是门诊量增加。本年支出1802.56万元，比上年增加113.24万元，增长6.70%。", 2023, FactKeys.IncomeTotal, "18324600")]
    [InlineData("2023年度收入总计1917.86万元，支出总计1917.86万元。其中：本年收入1832.46万元，比上年增加125.63万元，增长7.63%，主要原因是门诊量增加。本年支出1802.56万元，比上年增加113.24万元，增长6.70%。", 2023, FactKeys.ExpenditureTotal, "18025600")]
    // Round EZ's Anhui: the fiscal appropriation's income side stated alone.
    [InlineData("2026年财政拨款收入预算总计3996.36万元，其中：一般公共预算拨款收入3106.36万元，政府性基金预算拨款收入860.00万元。", 2026, FactKeys.FiscalAppropriationTotal, "39963600")]
    // Round EO's Fujian: the year's appropriation named barely.
    [InlineData("2025年一般公共预算拨款3322.76万元，比上年增加149.09万元，增长4.07%，主要原因是养老服务补助增加。", 2025, FactKeys.GeneralBudgetTotal, "33227600")]
    [InlineData("2023年政府性基金预算支出500.00万元，比上年减少100.00万元，下降16.67%。", 2023, FactKeys.GovernmentFundTotal, "5000000")]
    [InlineData("2020年“三公”经费预算合计26.00万元，其中：公务接待费5.00万元。", 2020, FactKeys.ThreePublicTotal, "260000")]
    [InlineData("2025年“三公”经费预算支出合计12.80万元，比上年减少0.70万元，下降5.19%。", 2025, FactKeys.ThreePublicTotal, "128000")]
    [InlineData("2023年“三公”经费一般公共预算拨款预算33.00万元，比上年减少2.00万元，下降5.71%。", 2023, FactKeys.ThreePublicTotal, "330000")]
    [InlineData("“三公”经费2023年预算为18.00万元，与2022年预算持平。", 2023, FactKeys.ThreePublicTotal, "180000")]
    [InlineData("2023年度“三公”经费支出决算数为12.36万元，其中财政拨款支出决算为10.00万元，完成预算的83.33%。", 2023, FactKeys.ThreePublicTotal, "100000")]
    [InlineData("2024年机关运行经费预算安排386.50万元，比上年减少13.50万元，下降3.38%。", 2024, FactKeys.OperatingCosts, "3865000")]
    [InlineData("2024年本部门机关运行经费（一般公共预算拨款）预算126.30万元。", 2024, FactKeys.OperatingCosts, "1263000")]
    [InlineData("2021年度，本部门机关运行经费支出决算326.50万元，比2020年度增加16.50万元，增长5.32%。", 2021, FactKeys.OperatingCosts, "3265000")]
    [InlineData("2020年会议费预算5.00万元，培训费预算8.00万元。", 2020, FactKeys.TrainingCosts, "80000")]
    [InlineData("2024年政府采购预算共计560.00万元。", 2024, FactKeys.ProcurementTotal, "5600000")]
    [InlineData("2024年度本部门政府采购合同金额236,000.00元，其中：货物采购合同金额36,000.00元，工程采购合同金额0元，服务采购合同金额200,000.00元。", 2024, FactKeys.ProcurementServices, "200000")]
    [InlineData("面向中小企业预留采购份额680.00万元，其中预留给小微企业476.00万元。", 2023, FactKeys.ProcurementSmeReserved, "6800000")]
    [InlineData("面向中小企业预留采购份额680.00万元，其中预留给小微企业476.00万元。", 2023, FactKeys.ProcurementSmallMicroReserved, "4760000")]
    [InlineData("实行绩效目标管理的项目6个，涉及项目预算资金560.00万元。", 2025, FactKeys.PerformanceProjectFunds, "5600000")]
    [InlineData("2026年本部门实行绩效目标管理的项目3个，涉及一般公共预算拨款1048.49万元。", 2026, FactKeys.PerformanceProjectFunds, "10484900")]
    [InlineData("2026年共有7个项目纳入绩效目标管理，涉及资金3478.55万元，占全部项目支出的100.00%。", 2026, FactKeys.PerformanceProjectFunds, "34785500")]
    [InlineData("2026年共有7个项目纳入绩效目标管理，涉及资金3478.55万元，占全部项目支出的100.00%。", 2026, FactKeys.PerformanceProjects, "7")]
    [InlineData("2025年本部门对重点项目全部编制了绩效目标，纳入绩效目标管理的项目3个，涉及一般公共预算当年拨款5161.00万元。", 2025, FactKeys.PerformanceProjectFunds, "51610000")]
    [InlineData("2025年本部门对重点项目全部编制了绩效目标，纳入绩效目标管理的项目3个，涉及一般公共预算当年拨款5161.00万元。", 2025, FactKeys.PerformanceProjects, "3")]
    // The general budget's parts without shares after its sentence; parts with their shares of 部门预算支出总额.
    [InlineData("2020年一般公共预算支出预算1,462.30万元，比上年增加62.30万元。其中：基本支出1,062.30万元，项目支出400.00万元。", 2020, FactKeys.GeneralBudgetProject, "4000000")]
    [InlineData("2021年部门预算支出48,562,300.00元，其中：基本支出38,562,300.00元，占部门预算支出总额的79.41%。", 2021, FactKeys.ExpenditureBasic, "38562300")]
    // The department's parts listed without its total; a part's own sentence after the year; Chongqing's totals under their headings.
    [InlineData("2020年部门预算中，基本支出1,062.30万元，较上年增加62.30万元；项目支出400.00万元，较上年减少20.00万元。", 2020, FactKeys.ExpenditureProject, "4000000")]
    [InlineData("2020年基本支出预算数为3,000.00万元，比上年增加100.00万元。", 2020, FactKeys.ExpenditureBasic, "30000000")]
    [InlineData("（一）收入预算：2020年年初预算数3,562.40万元，其中，一般公共预算拨款3,362.40万元，占94.39%。", 2020, FactKeys.IncomeTotal, "35624000")]
    [InlineData("（二）支出预算：2020年年初预算数3,562.40万元，比上年增加100.00万元。", 2020, FactKeys.ExpenditureTotal, "35624000")]
    public void Reads_totals_sources_and_costs_as_other_provinces_word_them(string printed, int year, string key, string value) =>
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), Assert.Single(FactReader.Read(Documents.FromText(printed), year), f => f.Key == key).Value);

    [Fact]
    public void Reads_a_figure_restated_on_its_page_with_nothing_of_its_own_once()
    {
        // Hubei: the expenditure total, then restated before its parts.
        var facts = FactReader.Read(Documents.FromText(
            "2024年部门收支总预算2037.89万元，比2023年预算增加224.17万元，增长12.36%。2024年部门支出预算2037.89万元，其中：基本支出645.50万元，占31.67%。",
            "2024年部门支出预算2037.89万元。"), 2024);

        Assert.Equal([(1, (FactChange?)new FactChange(2023, 2241700m, 12.36m, "increase")), (2, null)],
            facts.Where(f => f.Key == FactKeys.ExpenditureTotal).Select(f => (f.Page, f.Change)));
    }

    [Theory]
    // Last year named without its number, an earlier year before 预算/决算 mid-sentence, several years together: no level
    // of this year's; this year named again after last year's is.
    [InlineData("2024年人员经费850.00万元，上年人员经费800.00万元。", FactKeys.ExpenditurePersonnel, "8500000")]
    [InlineData("上年一般公共预算财政拨款支出1,000.00万元，本年一般公共预算财政拨款支出1,100.00万元。", FactKeys.GeneralBudgetTotal, "11000000")]
    [InlineData("上一年度“三公”经费预算36.00万元，今年“三公”经费预算35.00万元。", FactKeys.ThreePublicTotal, "350000")]
    [InlineData("2023年预算安排“三公”经费36.00万元，2024年“三公”经费预算35.00万元，比上年减少1.00万元。", FactKeys.ThreePublicTotal, "350000")]
    [InlineData("2022年至2024年累计安排“三公”经费100.00万元。2024年“三公”经费预算35.00万元。", FactKeys.ThreePublicTotal, "350000")]
    [InlineData("去年同期，本部门支出预算合计为1,200.00万元。2024年本部门支出预算合计为1,300.00万元。", FactKeys.ExpenditureTotal, "13000000")]
    public void Reads_no_level_from_a_statement_about_last_year_or_several_years(string printed, string key, string thisYears) =>
        Assert.Equal([decimal.Parse(thisYears, CultureInfo.InvariantCulture)],
            FactReader.Read(Documents.FromText(printed), 2024).Where(f => f.Key == key).Select(f => f.Value).Distinct());

    [Theory]
    // Another scope's figure: a subordinate unit's, the office alone, a region's, all funds' 三公 beside the appropriation's.
    [InlineData("下属单位支出预算合计500.00万元，机关本级支出预算合计800.00万元。", FactKeys.ExpenditureTotal, "5000000")]
    [InlineData("2024年，下属XX中心收入预算300.00万元，支出预算300.00万元。", FactKeys.IncomeTotal, "3000000")]
    [InlineData("全市2024年一般公共预算支出预算1,234.56亿元。", FactKeys.GeneralBudgetTotal, "123456000000")]
    [InlineData("2024年度全部资金“三公”经费支出30.00万元。", FactKeys.ThreePublicTotal, "300000")]
    // A part of 人员经费 or 公用经费, or one another source holds.
    [InlineData("人员经费800.00万元，其中：在职人员经费700.00万元，离退休人员经费100.00万元。", FactKeys.ExpenditurePersonnel, "7000000")]
    [InlineData("公用经费200.00万元，其中：定额公用经费150.00万元，非定额公用经费50.00万元。", FactKeys.ExpenditurePublicFunds, "1500000")]
    [InlineData("另外，财政专户管理资金安排人员经费30.00万元。", FactKeys.ExpenditurePersonnel, "300000")]
    // 三公's words naming another quantity: a reception's domestic or foreign part, a cost among 机关运行经费's.
    [InlineData("2024年“三公”经费预算35.00万元，其中：公务接待费10.00万元（境内公务接待费8.00万元，国外公务接待费2.00万元）。", FactKeys.ThreePublicReception, "20000")]
    [InlineData("2024年机关运行经费预算500.00万元，其中：办公费50.00万元，公务用车运行维护费10.00万元，公务接待费5.00万元。", FactKeys.ThreePublicReception, "50000")]
    // Another fund's carry-over, or one outside the income's list.
    [InlineData("政府性基金预算拨款收入100.00万元，其中本年收入100.00万元，上年结转0万元。", FactKeys.IncomeCarryover, "0")]
    [InlineData("2024年一般公共预算拨款支出预算10,000.00万元（不含上年结转300.00万元）。", FactKeys.IncomeCarryover, "3000000")]
    // A fund's income inside the fiscal appropriation's list: its share is of that, not of the income.
    [InlineData("2024年财政拨款收入1,000.00万元，其中：一般公共预算拨款收入800.00万元，占80.00%；政府性基金预算拨款收入200.00万元，占20.00%。", FactKeys.IncomeGeneralBudget, "8000000")]
    // Parts of a part, a later item of a change's list, a fund's own carry-over, a range, a count beside the list, a subordinate unit's vehicles.
    [InlineData("公用经费500.00万元，其中：日常公用经费380.00万元，专项公用经费120.00万元。", FactKeys.ExpenditurePublicFunds, "3800000")]
    [InlineData("基本支出6,200.00万元，比上年增加人员经费300.00万元、公用经费50.00万元。", FactKeys.ExpenditurePublicFunds, "500000")]
    [InlineData("2024年部门收入预算1,000.00万元，其中：财政拨款收入800.00万元，占80.00%；政府性基金预算财政拨款收入200.00万元（含上年结转50.00万元），占20.00%。", FactKeys.IncomeCarryover, "500000")]
    [InlineData("2024年政府采购预算1,000万元至1,200万元。", FactKeys.ProcurementTotal, "10000000")]
    [InlineData("共有车辆6辆，其中：执法执勤用车4辆，特种专业技术用车2辆，另有租用车辆1辆。", FactKeys.CountPart, "1")]
    [InlineData("本部门下属事业单位共有车辆3辆。", FactKeys.VehiclesTotal, "3")]
    public void Reads_no_fact_from_another_scopes_or_parts_figure(string printed, string key, string notRead) =>
        Assert.DoesNotContain(FactReader.Read(Documents.FromText(printed), 2024), f => f.Key == key && f.Value == decimal.Parse(notRead, CultureInfo.InvariantCulture));

    [Fact]
    public void Reads_a_change_of_both_totals_after_their_parts_as_the_grand_totals()
    {
        var facts = FactReader.Read(Documents.FromText("2022年度收入总计1823.45万元，其中：本年收入合计1703.45万元，年初结转和结余120.00万元；支出总计1823.45万元，其中：本年支出合计1753.45万元，年末结转和结余70.00万元。与2021年度相比，收、支总计各减少176.55万元，下降8.83%。"), 2022, BudgetPhase.FinalAccounts);

        Assert.DoesNotContain(facts, f => f.Key is FactKeys.IncomeTotal or FactKeys.ExpenditureTotal && f.Change is not null);
        Assert.Contains(facts, f => f.Key == FactKeys.IncomeExpenditureTotal && f.Value == 18234500m && f.Change == new FactChange(2021, 1765500m, 8.83m, "decrease"));
    }

    [Fact]
    public void Reads_the_appropriations_grand_total_holding_its_opening_balance_as_both_sides_total()
    {
        var facts = FactReader.Read(Documents.FromText("2022年度财政拨款收入总计1625.30万元，其中：年初财政拨款结转和结余45.30万元，本年财政拨款收入1580.00万元；财政拨款支出总计1625.30万元，其中：本年财政拨款支出1590.30万元，年末财政拨款结转和结余35.00万元。"), 2022, BudgetPhase.FinalAccounts);

        Assert.DoesNotContain(facts, f => f.Key == FactKeys.IncomeFiscalAppropriation);
        Assert.Contains(facts, f => f.Key == FactKeys.FiscalAppropriationTotal && f.Value == 16253000m);
    }

    [Theory]
    // The 三公 total of all funds before the fiscal appropriation's part: the latter is the total the tables print.
    [InlineData("2022年度“三公”经费支出合计15.00万元，其中：财政拨款支出12.00万元，其他资金支出3.00万元。", "120000")]
    [InlineData("“三公”经费支出合计20.10万元，比上年减少2.00万元，其中：财政拨款支出18.60万元，比上年减少2.40万元。", "186000")]
    public void Reads_the_appropriations_three_public_total_after_all_funds(string printed, string total) =>
        Assert.Equal([decimal.Parse(total, CultureInfo.InvariantCulture)],
            FactReader.Read(Documents.FromText(printed), 2022, BudgetPhase.FinalAccounts).Where(f => f.Key == FactKeys.ThreePublicTotal).Select(f => f.Value).Distinct());

    [Theory]
    [InlineData("五、一般公共预算支出预算情况2025年一般公共预算支出预算6090.23万元，比2024年预算增加13.24万元，增长0.2%。其中：基本支出3472.45万元，占57.0%；项目支出2617.78万元，占43.0%。")]
    // Round DN's Shandong: the department names itself before the year.
    [InlineData("五、一般公共预算支出预算情况山东省地方金融管理局2025年一般公共预算支出6090.23万元，比上年预算增加13.24万元，增长0.2%，主要原因是监管经费增加。其中：基本支出3472.45万元，占57.0%；项目支出2617.78万元，占43.0%。")]
    public void Reads_parts_after_the_general_budgets_total_under_a_section_heading_as_its_parts(string printed)
    {
        var facts = FactReader.Read(Documents.FromText(printed), 2025, BudgetPhase.Budget);

        Assert.DoesNotContain(facts, f => f.Key is FactKeys.ExpenditureBasic or FactKeys.ExpenditureProject);
        Assert.Contains(facts, f => f.Key == FactKeys.GeneralBudgetBasic && f.ShareOf == FactKeys.GeneralBudgetTotal && f.SharePct == 57.0m);
    }

    [Fact]
    public void Reads_parts_after_the_general_budgets_budget_carried_out_as_its_parts()
    {
        var facts = FactReader.Read(Documents.FromText("2022年度一般公共预算财政拨款支出年初预算为2350.00万元，支出决算为2456.70万元，完成年初预算的104.54%。其中：基本支出1856.70万元，占75.58%；项目支出600.00万元，占24.42%。"), 2022, BudgetPhase.FinalAccounts);

        Assert.DoesNotContain(facts, f => f.Key is FactKeys.ExpenditureBasic or FactKeys.ExpenditureProject);
        Assert.Contains(facts, f => f.Key == FactKeys.GeneralBudgetBasic && f.ShareOf == FactKeys.GeneralBudgetTotal && f.SharePct == 75.58m);
    }

    [Theory]
    // Next year's budget in a final account, a budget's medium-term plan, last year's budget carried out in a budget.
    [InlineData("2022年度机关运行经费支出96.00万元。2023年机关运行经费预算安排90.00万元，比2022年度决算减少6.00万元。", 2022, "final", FactKeys.OperatingCosts, "900000")]
    [InlineData("2022年度会议费支出决算3.25万元。2023年会议费预算4.00万元。", 2022, "final", FactKeys.MeetingCosts, "40000")]
    [InlineData("根据中期财政规划，2027年本部门支出预算5,600.00万元，2028年支出预算5,800.00万元。", 2026, "budget", FactKeys.ExpenditureTotal, "56000000")]
    [InlineData("2025年“三公”经费预算40.00万元，支出决算为38.00万元，完成预算的95.00%。", 2026, "budget", FactKeys.ThreePublicTotal, "380000")]
    [InlineData("2025年一般公共预算财政拨款支出年初预算为1,900.00万元，支出决算为1,880.00万元。", 2026, "budget", FactKeys.GeneralBudgetTotal, "18800000")]
    public void Reads_no_level_from_a_statement_about_another_year(string printed, int year, string phase, string key, string notRead) =>
        Assert.DoesNotContain(FactReader.Read(Documents.FromText(printed), year, phase == "final" ? BudgetPhase.FinalAccounts : BudgetPhase.Budget),
            f => f.Key == key && f.Value == decimal.Parse(notRead, CultureInfo.InvariantCulture));

    [Fact]
    public void Reads_a_final_accounts_procurement_as_what_was_bought_beside_its_budget()
    {
        var facts = FactReader.Read(Documents.FromText("2022年度本部门政府采购预算总额为60.00万元，实际采购金额为56.80万元，其中：货物类36.80万元，服务类20.00万元。"), 2022, BudgetPhase.FinalAccounts);

        Assert.Equal([568000m], facts.Where(f => f.Key == FactKeys.ProcurementTotal).Select(f => f.Value));
    }

    [Theory]
    // A subordinate unit's total and the parts listed after it; a town's, a whole system's, the bureau's own office's, a directly attached unit's.
    [InlineData("本部门所属第三中学2022年度本年支出合计865.40万元，其中：基本支出765.40万元，项目支出100.00万元。", 2022, "final")]
    [InlineData("本部门下属XX中心2022年度收入合计860.00万元，其中：财政拨款收入800.00万元，占93.02%，其他收入60.00万元，占6.98%。", 2022, "final")]
    [InlineData("全镇2022年度一般公共预算支出8650.00万元，其中镇本级支出2456.70万元。", 2022, "final")]
    [InlineData("全系统2026年“三公”经费预算合计80.00万元。", 2026, "budget")]
    [InlineData("负责全县林业工作，全县2025年林业支出预算3000.00万元。", 2025, "budget")]
    [InlineData("其中：局本级“三公”经费预算16.00万元，所属单位10.00万元。", 2026, "budget")]
    [InlineData("其中：机关本级2,362.40万元，直属单位一般公共预算财政拨款支出1,000.00万元。", 2026, "budget")]
    // The sentence's subject names the units: its later clauses are theirs too.
    [InlineData("其中，所属事业单位预算收入合计1005.42万元，支出合计1005.42万元，已并入本部门预算。", 2026, "budget")]
    // Round AK's Inner Mongolia and Shanxi: a numbered paragraph on one unit, the department's own office too.
    [InlineData("（四）各单位预算情况1.鄂尔多斯市生态环境局（本级）：2025年收入预算1712.7万元，支出预算1712.7万元，其中：基本支出602.9万元，项目支出1109.8万元。", 2025, "budget")]
    [InlineData("2.鄂尔多斯市生态环境监测站：2025年收入预算596.4万元，支出预算596.4万元，其中：基本支出537.9万元，项目支出58.5万元。", 2025, "budget")]
    [InlineData("3.大同市国有采凉山林场：本年收入442.93万元，本年支出408.01万元，其中：基本支出222.72万元，项目支出225.29万元。", 2023, "final")]
    // Round AU's Anhui: a sentence going through the units one by one.
    [InlineData("分单位看：局本级“三公”经费支出决算57.00万元；区图书馆“三公”经费支出决算2.80万元；区文化馆“三公”经费支出决算4.80万元。", 2024, "final")]
    // Round AU: an item of a list by unit, over its sentences, with no colon after the unit (Jiangxi) or with one (Guangxi).
    [InlineData("分单位收支预算情况：1.上饶市广信区住房和城乡建设局（机关）2025年收支预算总计1904.44万元，比上年增加155.86万元，增长8.91%。收入预算中：" +
        "一般公共预算拨款收入1736.81万元，占91.20%。支出预算中：基本支出648.47万元，占34.05%；项目支出1255.97万元，占65.95%。", 2025, "budget")]
    [InlineData("按单位划分：（一）桂林市临桂区统计局（本级）：2025年收入预算4,993,691.86元，比上年增加160,102.10元，增长3.31%；支出预算4,993,691.86元，" +
        "其中：基本支出2,145,193.67元，项目支出2,848,498.19元。", 2025, "budget")]
    // Round DG's Jiangsu: the fourth unit's item, its list's 按单位 more than 400 characters above.
    [InlineData("（按单位）各预算单位收支预算情况" +
        "1．江苏省文物考古研究院：2026年收入预算合计1572.05万元，其中一般公共预算拨款收入1488.34万元，事业收入72.66万元；支出预算合计1572.05万元，其中基本支出999.44万元，项目支出572.61万元。与上年相比减少277.11万元，下降14.99%。" +
        "2．江苏省文物保护中心：2026年收入预算合计1535.45万元，其中一般公共预算拨款收入1396.48万元，事业收入110.48万元；支出预算合计1535.45万元，其中基本支出786.82万元，项目支出748.63万元。与上年相比增加151.29万元，增长10.93%。" +
        "3．江苏省文物交流中心：2026年收入预算合计1535.45万元，其中一般公共预算拨款收入1396.48万元，事业收入110.48万元；支出预算合计1535.45万元，其中基本支出786.82万元，项目支出748.63万元。与上年相比增加151.29万元，增长10.93%。" +
        "4．江苏省文物鉴定中心：2026年收入预算合计967.27万元，其中一般公共预算拨款收入908.62万元，事业收入58.65万元；支出预算合计967.27万元，其中基本支出863.23万元，项目支出104.04万元。与上年相比增加120.62万元，增长14.25%。", 2026, "budget")]
    // Round EH's Sichuan: the units listed after "下属单位…情况如下", the office's item named 本级 without brackets.
    [InlineData("绵阳市游仙区农业农村局下属单位2025年收支预算情况如下：（一）绵阳市游仙区农业农村局本级：2025年收入预算1,510.78万元，支出预算1,510.78万元，其中：" +
        "基本支出605.78万元，项目支出905.00万元。较上年增加57.98万元，增长3.99%。（二）绵阳市游仙区农业技术推广中心：2025年收入预算632.05万元，支出预算632.05万元，" +
        "其中：基本支出391.55万元，项目支出240.50万元。较上年增加23.80万元，增长3.91%。", 2025, "budget")]
    // Round HN's Ningxia: a heading on the units, their items after it, the first of them the office's own (本级).
    [InlineData("二、部门所属单位收支预算情况（一）吴忠市利通区教育局（本级）：收入预算776.17万元，其中：财政拨款776.17万元；支出预算776.17万元，其中：基本支出630.17万元，" +
        "项目支出146.00万元。（二）吴忠市利通区高级中学：收入预算4632.64万元，其中：财政拨款4094.64万元，事业收入520.00万元，其他收入18.00万元；支出预算4632.64万元，" +
        "其中：基本支出3738.64万元，项目支出894.00万元。", 2025, "budget")]
    public void Reads_nothing_of_another_scope_as_the_departments(string printed, int year, string phase) =>
        Assert.DoesNotContain(FactReader.Read(Documents.FromText(printed), year, phase == "final" ? BudgetPhase.FinalAccounts : BudgetPhase.Budget), f => f.Scope is null);

    [Fact]
    public void Reads_the_departments_own_sentence_naming_its_units()
    {
        var facts = FactReader.Read(Documents.FromText("本局（含下属单位）2025年收支预算情况如下：收入预算合计3,154.78万元，支出预算合计3,154.78万元。"), 2025, BudgetPhase.Budget);

        Assert.Contains(facts, f => f.Value == 31547800m);
    }

    [Fact]
    public void Gives_a_change_stated_in_a_units_item_to_no_figure_of_the_department()
    {
        // Round AU's Anhui: the unit's change follows its totals, which are not the department's.
        var facts = FactReader.Read(Documents.FromText("2024年度收入总计2140.73万元，支出总计2140.73万元。分单位情况：1.六安市金安区文化和旅游局（本级）2024年度" +
            "收入总计1221.41万元，支出总计1221.41万元，与上年相比，收、支总计各增加110.98万元，增长9.99%。"), 2024, BudgetPhase.FinalAccounts);

        Assert.NotEmpty(facts);
        Assert.All(facts, f => Assert.Null(f.Change));
        Assert.DoesNotContain(facts, f => f.Value == 12214100m && f.Scope is null);
    }

    [Theory]
    // Round AV's Hubei: a long list after the reason's sentence.
    [InlineData("2024年度机关运行经费支出193.11万元，比2023年度减少10.83万元，下降5.31%。主要原因是压减日常公用经费。其中：办公费10.22万元，印刷费12.44万元，" +
        "水费9.42万元，电费20.82万元，邮电费12.08万元，差旅费4.57万元，维修（护）费17.22万元，会议费13.09万元，培训费20.48万元，公务接待费4.45万元，" +
        "工会经费25.54万元，福利费10.70万元，公务用车运行维护费25.94万元，其他商品和服务支出6.14万元。")]
    [InlineData("2022年度本部门机关运行经费支出186.30万元，主要用于办公费32.00万元、印刷费4.50万元、水电费18.80万元、邮电费6.00万元、物业管理费45.00万元、差旅费10.00万元、维修（护）费20.00万元、公务用车运行维护费7.26万元、其他商品和服务支出42.74万元。")]
    [InlineData("2022年本单位机关运行经费预算为186.50万元，比上年增加6.50万元，增长3.61%。其中：办公费30.00万元，公务用车运行维护费8.00万元，公务接待费2.50万元。")]
    public void Reads_no_three_public_part_among_a_long_list_of_operating_costs(string printed) =>
        Assert.DoesNotContain(FactReader.Read(Documents.FromText(printed), 2022), f => f.Key.StartsWith("three_public.", StringComparison.Ordinal));

    [Fact]
    public void Reads_no_part_of_the_fiscal_appropriations_expenditure_as_the_departments()
    {
        var facts = FactReader.Read(Documents.FromText("2026年本单位支出预算1,500.00万元。2026年本单位财政拨款支出预算1,250.00万元，其中：基本支出1,000.00万元，占80.00%；项目支出250.00万元，占20.00%。"), 2026);

        Assert.DoesNotContain(facts, f => f.Key is FactKeys.ExpenditureBasic or FactKeys.ExpenditureProject);
    }

    [Theory]
    [InlineData("2026年收入预算21,940.96万元，其中：本年收入21,740.96万元，上年结转200.00万元。本年收入中，一般公共预算收入20,702.25万元，占95.22%；其他收入1,038.71万元，占4.78%。")]
    // Round AN's Guangdong school: the year's income stated with its figure before its parts.
    [InlineData("2026年本单位收入预算总计21,940.96万元。2026年本单位本年收入预算21,740.96万元，其中：一般公共预算拨款收入20,702.25万元，占95.22%；其他收入1,038.71万元，占4.78%。")]
    public void Reads_no_share_of_the_income_total_from_a_budgets_sentence_on_the_years_income_without_its_carry_over(string printed)
    {
        var facts = FactReader.Read(Documents.FromText(printed), 2026, BudgetPhase.Budget);

        Assert.DoesNotContain(facts, f => f.Key is FactKeys.IncomeGeneralBudget or FactKeys.IncomeOther && f.SharePct is not null);
    }

    [Theory]
    // An item's explanation names the item's own part of a department-wide quantity.
    [InlineData("1、一般公共服务支出（201）人大事务（01）行政运行（01）：2024年预算数为350.00万元，较上年预算执行数330.00万元增长6.06%，主要用于机关人员经费280.00万元和公用经费70.00万元。")]
    [InlineData("2、一般公共服务支出（201）人大事务（01）一般行政管理事务（02）：2024年预算数为50.00万元，主要用于人大代表活动，其中会议费预算支出20.00万元，公务接待费2.00万元。")]
    [InlineData("7、城乡社区支出（212类）城乡社区管理事务（01款）城管执法（04项）600.00万元。主要用于城管执法队伍运转，其中：执法车辆运行维护费40.00万元，公务用车运行维护费12.00万元。")]
    public void Reads_no_department_figure_from_an_items_explanation(string printed) =>
        Assert.All(FactReader.Read(Documents.FromText(printed), 2024, BudgetPhase.Budget), f => Assert.Equal(FactKeys.FunctionItem, f.Key));

    [Fact]
    public void Reads_a_department_figure_stated_on_its_own_after_an_item()
    {
        var facts = FactReader.Read(Documents.FromText("1．公共安全（类）支出13656.34万元，主要用于检察院行政支出。与上年相比增加309.03万元，增长2.31%。此外，基本支出预算数为12323.46万元。与上年相比增加1483.8万元，增长13.69%。"), 2017, BudgetPhase.Budget);

        Assert.Contains(facts, f => f.Key == FactKeys.ExpenditureBasic && f.Value == 123234600m);
    }

    [Fact]
    public void Reads_the_parts_listed_after_the_totals_change()
    {
        var facts = FactReader.Read(Documents.FromText("2024年本部门支出预算10,000.00万元，比上年增加1,000.00万元，增长11.11%，其中：基本支出6,000.00万元，比上年增加200.00万元；项目支出4,000.00万元，比上年增加800.00万元。"), 2024, BudgetPhase.Budget);

        var basic = Assert.Single(facts, f => f.Key == FactKeys.ExpenditureBasic);
        Assert.Equal((60000000m, (decimal?)2000000m), (basic.Value, basic.Change?.Amount));
        Assert.Contains(facts, f => f.Key == FactKeys.ExpenditureProject && f.Value == 40000000m);
    }

    [Fact]
    public void Reads_last_years_figure_named_in_a_comparison_as_the_prior_not_a_level()
    {
        var facts = FactReader.Read(Documents.FromText("2026年本部门收入预算5,000.00万元，比2025年收入预算4,800.00万元增加200.00万元，增长4.17%。"), 2026, BudgetPhase.Budget);

        var total = Assert.Single(facts, f => f.Key == FactKeys.IncomeTotal);
        Assert.Equal((50000000m, 48000000m), (total.Value, total.Prior?.Amount));
        Assert.Equal(new FactChange(2025, 2000000m, 4.17m, "increase"), total.Change);
    }

    [Fact]
    public void Reads_a_final_accounts_income_total_worded_with_its_stage_and_a_share_in_brackets()
    {
        var facts = FactReader.Read(Documents.FromText("2023年度收入决算合计4986.48万元，其中：财政拨款收入4800.00万元，占96.26%。一般公共预算财政拨款支出1408.13万元（占本年支出合计的93.99%），比2022年度增加58.13万元，增长4.31%。"), 2023, BudgetPhase.FinalAccounts);

        Assert.Contains(facts, f => f.Key == FactKeys.IncomeTotal && f.Value == 49864800m);
        var generalBudget = Assert.Single(facts, f => f.Key == FactKeys.GeneralBudgetTotal);
        Assert.Equal((93.99m, 4.31m), (generalBudget.SharePct, generalBudget.Change?.Pct));
    }

    [Theory]
    // A figure given as approximate or as a bound states no amount.
    [InlineData("2024年机关运行经费支出35.00万元左右，主要用于办公费、水电费。", FactKeys.OperatingCosts)]
    [InlineData("2024年“三公”经费预算控制在30.00万元以内。", FactKeys.ThreePublicTotal)]
    [InlineData("2024年本部门一般公共预算财政拨款支出预算1,000.00万元以上。", FactKeys.GeneralBudgetTotal)]
    public void Reads_no_amount_given_as_approximate_or_as_a_bound(string printed, string key) =>
        Assert.DoesNotContain(FactReader.Read(Documents.FromText(printed), 2024), f => f.Key == key);

    [Theory]
    [InlineData("2024年一般公共预算拨款支出预算5,000.00万元。基本支出中人员经费2,500.00万元，占83.33%。", FactKeys.ExpenditurePersonnel, "25000000")]
    [InlineData("本部门（含下属单位）2024年收入预算1,000.00万元。", FactKeys.IncomeTotal, "10000000")]
    [InlineData("2024年部门收入预算1997.18万元，其中：一般公共预算财政拨款收入1374.15万元，占68.80%；其他收入0.00万元，占0.00%；上年结转373.62万元。", FactKeys.IncomeCarryover, "3736200")]
    public void Reads_the_departments_own_figure_beside_such_words(string printed, string key, string value) =>
        Assert.Contains(FactReader.Read(Documents.FromText(printed), 2024), f => f.Key == key && f.Value == decimal.Parse(value, CultureInfo.InvariantCulture));

    [Fact]
    public void Reads_a_final_accounts_appropriation_outcome_after_all_funds_with_a_bracket_as_the_three_public_total()
    {
        var facts = FactReader.Read(Documents.FromText("2024年“三公”经费支出决算30.00万元（含事业收入安排5.00万元），其中财政拨款支出决算25.00万元。"), 2024, BudgetPhase.FinalAccounts);

        Assert.Equal([250000m], facts.Where(f => f.Key == FactKeys.ThreePublicTotal).Select(f => f.Value));
    }

    [Theory]
    // A count of another kind ends a list of parts: the staff actually in post, the retired, a vehicle to be replaced.
    [InlineData("单位共有编制46人，其中：行政编制21人，事业编制25人，实有人数44人，离退休人员10人。", "行政编制 事业编制")]
    [InlineData("共有车辆5辆，其中：一般公务用车2辆，执法执勤用车3辆，本年度拟更新车辆1辆。", "一般公务用车 执法执勤用车")]
    // Round BN's Xinjiang: the authorised staff as 核定编制.
    [InlineData("截至2025年底，新疆维吾尔自治区统计局核定编制182人，其中：行政编制132人，事业编制50人；实有人员170人。", "行政编制 事业编制")]
    public void Reads_no_count_of_another_kind_as_a_part(string printed, string parts) =>
        Assert.Equal(parts.Split(' '), FactReader.Read(Documents.FromText(printed), 2024).Where(f => f.Key == FactKeys.CountPart).Select(f => f.Name));

    [Fact]
    public void Reads_no_budget_added_during_the_year_as_the_budget_carried_out()
    {
        var fact = Assert.Single(FactReader.Read(Documents.FromText(
            "一般公共服务支出（类）财政事务（款）行政运行（项）：年初预算为1,560.05万元，年中追加预算100.00万元，支出决算为1,511.89万元，完成年初预算的96.91%。"), 2022));

        Assert.NotEqual(1000000m, fact.Execution?.Budget);
    }

    [Fact]
    public void Reads_no_total_from_a_function_lines_paragraph_opening_with_its_year()
    {
        // Jiangsu: a line's paragraph states its budget as 2018年预算支出合计 after the header.
        var facts = FactReader.Read(Documents.FromText("（一）公共安全（类）检察（款）:2018年预算支出合计16,444.36万元。"), 2018);

        Assert.DoesNotContain(facts, f => f.Key == FactKeys.ExpenditureTotal);
    }

    [Theory]
    // Shanghai's budget opening with the year and the unit's own name, or 本部门, before the totals (made-up figures).
    [InlineData("2024年度，本部门收入预算1,500.00万元，其中：财政拨款收入1,400.00万元。", "income.total", "15000000.00")]
    [InlineData("2024年度，本部门支出预算1,500.00万元，其中：财政拨款支出预算1,400.00万元。", "expenditure.total", "15000000.00")]
    public void Reads_a_budgets_totals_after_its_year_and_the_units_name(string printed, string key, string value) =>
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
            Assert.Single(FactReader.Read(Documents.FromText(printed), fiscalYear: 2024), f => f.Key == key).Value);

    [Theory]
    // After the year and the unit, a source or a part of the total is not the unit's total.
    [InlineData("2024年度，本部门财政拨款收入预算1,400.00万元，其中：一般公共预算收入预算1,300.00万元。")]
    [InlineData("2024年度，本部门财政拨款支出预算1,400.00万元，其中：一般公共预算支出预算1,300.00万元。")]
    [InlineData("2024年度，本部门“三公”经费支出预算12.00万元，其中：因公出国（境）费0万元。")]
    [InlineData("2024年度，本部门上年结转收入预算100.00万元，其中：财政拨款结转100.00万元。")]
    [InlineData("2024年度，本部门政府性基金收入预算100.00万元。")]
    public void Reads_no_total_where_a_source_or_part_follows_the_year_and_the_unit(string printed) =>
        Assert.DoesNotContain(FactReader.Read(Documents.FromText(printed), fiscalYear: 2024),
            f => f.Key is FactKeys.IncomeTotal or FactKeys.ExpenditureTotal);

    [Theory]
    // The budget's own subject says 预算; 决算 only in its change and in the outcome after it.
    [InlineData("2023年度“三公”经费财政拨款支出预算为60.00万元，较上年决算数减少5.00万元，支出决算为55.00万元，完成预算的91.67%。", "600000")]
    // All funds, then the fiscal appropriation's part the 三公 table prints: the wider figure is no level of it.
    [InlineData("2023年度“三公”经费支出决算为70.00万元，其中财政拨款支出决算为60.00万元，其中：因公出国（境）费10.00万元，公务用车购置及运行维护费" +
        "30.00万元，公务接待费20.00万元。", "700000")]
    public void Reads_no_final_accounts_figure_that_another_statement_of_its_outcome_follows(string printed, string notTheFigure) =>
        Assert.DoesNotContain(FactReader.Read(Documents.FromText(printed), 2023, BudgetPhase.FinalAccounts),
            f => f.Key == FactKeys.ThreePublicTotal && f.Value == decimal.Parse(notTheFigure, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Reads_no_outcome_of_an_earlier_year_in_a_budget_as_this_years_figure()
    {
        // A budget reporting last year's outcome far from the year it names: its parts' 决算 are no budget of this year's.
        var facts = FactReader.Read(Documents.FromText(
            "2024年“三公”经费财政拨款预算为10.00万元，其中：因公出国（境）费2.00万元，公务用车购置及运行维护费5.00万元，公务接待费3.00万元。" +
            "本部门2023年度“三公”经费财政拨款支出决算为8.78万元，完成预算的87.80%，其中：因公出国（境）费支出决算为0万元，完成预算的0%，" +
            "公务用车购置及运行维护费支出决算为8.50万元，完成预算的94.44%，公务接待费支出决算为0.28万元，完成预算的9.33%。"), 2024, BudgetPhase.Budget);

        Assert.Equal([50000m], facts.Where(f => f.Key == FactKeys.ThreePublicVehicle).Select(f => f.Value));
        Assert.Equal([30000m], facts.Where(f => f.Key == FactKeys.ThreePublicReception).Select(f => f.Value));
    }

    [Fact]
    public void Reads_an_outcome_followed_by_its_parts_outcomes_and_then_their_changes()
    {
        // Shanghai's final-account wording (made-up figures): each 决算 is followed by the next part's 决算, not its own.
        var facts = FactReader.Read(Documents.FromText(
            "2017年度“三公”经费财政拨款支出决算为8.78万元，其中：因公出国（境）费支出决算为0万元，公务用车购置及运行维护费支出决算为8.5万元，" +
            "公务接待费支出决算为0.28万元。2017年度“三公”经费财政拨款支出决算数比2016年度减少0.28万元，降低3.09%，其中：公务用车购置及运行维护费" +
            "支出决算减少0.29万元，降低3.30%；公务接待费支出决算增加0.01万元，增长3.70%。"), fiscalYear: 2017, BudgetPhase.FinalAccounts);

        Assert.Equal([87800m, 87800m], facts.Where(f => f.Key == FactKeys.ThreePublicTotal).Select(f => f.Value));
        Assert.Equal(new FactChange(2016, 2800m, 3.09m, "decrease"), facts.Single(f => f.Key == FactKeys.ThreePublicTotal && f.Change is not null).Change);
        Assert.Equal([0m], facts.Where(f => f.Key == FactKeys.ThreePublicOverseas).Select(f => f.Value));
        Assert.Equal(new FactChange(2016, 2900m, 3.30m, "decrease"), facts.Single(f => f.Key == FactKeys.ThreePublicVehicle && f.Change is not null).Change);
    }
    [Theory]
    // Each figure with its unit, or the unit after the last only (made-up figures).
    [InlineData("2024年“三公”经费预算数为16.00万元，其中：因公出国（境）费、公务用车购置及运行维护费、公务接待费分别为0万元、10.00万元、5.00万元。",
        "three_public.overseas=0 three_public.vehicle=100000.00 three_public.reception=50000.00")]
    [InlineData("2024年“三公”经费预算数为15.00万元，其中因公出国（境）费、公务用车购置费、公务用车运行维护费、公务接待费分别为0、2.00、8.00、5.00万元，比上年减少1万元。",
        "three_public.overseas=0 three_public.vehicle_purchase=20000.00 three_public.vehicle_operation=80000.00 three_public.reception=50000.00")]
    // A list naming anything else, or fewer figures than names, is not read so.
    [InlineData("2024年“三公”经费预算数为16.00万元，其中：因公出国（境）费、会议费、公务接待费分别为0万元、10.00万元、5.00万元。", "")]
    [InlineData("2024年“三公”经费预算数为16.00万元，其中：因公出国（境）费、公务用车购置及运行维护费、公务接待费分别为10.00万元、5.00万元。", "")]
    // Not last year's, nor a final account's budget (made-up figures, read as a 2024 final account's where 决算 is said).
    [InlineData("2023年“三公”经费预算中，因公出国（境）费、公务用车购置及运行维护费、公务接待费分别为5.00万元、17.00万元、10.00万元。", "")]
    [InlineData("上年决算数中，因公出国（境）费、公务用车购置及运行维护费、公务接待费决算分别为5.00万元、17.00万元、10.00万元。", "")]
    [InlineData("“三公”经费支出决算为20.00万元。其中，因公出国（境）费、公务用车购置及运行维护费、公务接待费预算分别为5.00万元、15.00万元、10.00万元。", "")]
    public void Reads_figures_stated_respectively_for_the_parts_they_list(string statement, string parts)
    {
        var phase = statement.Contains("决算为") ? BudgetPhase.FinalAccounts : BudgetPhase.Budget;
        var facts = FactReader.Read(Documents.FromText(statement), fiscalYear: 2024, phase).Where(f => f.Key != FactKeys.ThreePublicTotal);

        Assert.Equal(parts, string.Join(" ", facts.Select(f => $"{f.Key}={f.Value.ToString(CultureInfo.InvariantCulture)}")));
    }
}
