using Extractor.Mapping;
using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

public sealed class NarrativeSumRuleTests
{
    private static Fact Stated(string key, string printed) => new()
    {
        Key = key, Value = decimal.Parse(printed) * 10000m, PrintedUnit = 10000m, Page = 16, Quote = $"{printed}万元",
    };

    /// <summary>js-zxbgt-2018's text: 公务用车购置及运行维护费 156.60, 其中 购置费 0, 运行维护费 156.60 (or as misprinted).</summary>
    private static ExtractedDocument Vehicles(string operation) => new DocumentBuilder()
        .Fact(Stated(FactKeys.ThreePublicVehicle, "156.60"))
        .Fact(Stated(FactKeys.ThreePublicVehiclePurchase, "0"))
        .Fact(Stated(FactKeys.ThreePublicVehicleOperation, operation))
        .Build();

    /// <summary>A procurement total stated with its goods and services only, as a unit buying no works states it.</summary>
    private static ExtractedDocument GoodsAndServices(string total) => new DocumentBuilder("元")
        .Fact(Stated(FactKeys.ProcurementTotal, total))
        .Fact(Stated(FactKeys.ProcurementGoods, "7.268161"))
        .Fact(Stated(FactKeys.ProcurementServices, "6.991173"))
        .Build();

    [Fact]
    public void Holds_the_procurement_kinds_stated_without_works_within_the_total()
    {
        // Round CI's Xinjiang: 政府采购预算总额140593.34元，其中：货物类72681.61元，服务类69911.73元 (they add to 142,593.34).
        Assert.Empty(NarrativeSumRule.Procurement().Check(GoodsAndServices("14.259334")));
        Assert.Empty(NarrativeSumRule.Procurement().Check(GoodsAndServices("15.000000")));

        var finding = Assert.Single(NarrativeSumRule.Procurement().Check(GoodsAndServices("14.059334")));
        Assert.Equal((142593.34m, 140593.34m), (finding.Expected, finding.Actual));
        // Told as the statements print their figures (here in 万元 to six decimals).
        Assert.EndsWith("印为14.059334万元，小于其中第16页说明“7.268161万元”、第16页说明“6.991173万元”之和14.259334万元，相差-0.200000万元", finding.MessageZh);
    }

    [Fact]
    public void Accepts_vehicle_parts_that_add_up()
    {
        Assert.Empty(NarrativeSumRule.Vehicle().Check(Vehicles("156.60")));
    }

    [Fact]
    public void Flags_vehicle_parts_that_do_not_add_up()
    {
        var finding = Assert.Single(NarrativeSumRule.Vehicle().Check(Vehicles("165.60")));

        Assert.Equal((RuleIds.ThreePublic, FindingSeverity.Error, 1656000m, 1566000m), (finding.Rule, finding.Severity, finding.Expected, finding.Actual));
    }

    [Fact]
    public void Takes_a_part_printed_0_to_round_as_finely_as_the_figures_beside_it()
    {
        // Shanghai's final account (made-up figures): 10.20 stated against 0 + 7.10 + 3.20 = 10.30. A bare 0万元 would
        // otherwise allow half a 万元 of rounding and call the 0.10万元 gap rounding; beside figures to the 0.01 it is 0.00.
        var document = new DocumentBuilder().Final()
            .Fact(Stated(FactKeys.ThreePublicTotal, "10.20"))
            .Fact(Stated(FactKeys.ThreePublicOverseas, "0"))
            .Fact(Stated(FactKeys.ThreePublicVehicle, "7.10"))
            .Fact(Stated(FactKeys.ThreePublicReception, "3.20"))
            .Build();

        var finding = Assert.Single(NarrativeSumRule.ThreePublic().Check(document));
        Assert.Equal((FindingSeverity.Error, 103000m, 102000m, 150m), (finding.Severity, finding.Expected, finding.Actual, finding.Tolerance));

        // Among whole 万元 a 0 may be as rounded as the rest: 4 against 0 + 0 + 3 is rounding (0.4 + 0.4 + 3.4 print so).
        var whole = new DocumentBuilder()
            .Fact(Stated(FactKeys.ThreePublicTotal, "4"))
            .Fact(Stated(FactKeys.ThreePublicOverseas, "0"))
            .Fact(Stated(FactKeys.ThreePublicVehicle, "0"))
            .Fact(Stated(FactKeys.ThreePublicReception, "3"))
            .Build();
        Assert.Equal(FindingSeverity.Info, Assert.Single(NarrativeSumRule.ThreePublic().Check(whole)).Severity);
    }

    [Fact]
    public void Says_nothing_when_a_part_is_not_stated()
    {
        var document = new DocumentBuilder().Fact(Stated(FactKeys.ThreePublicVehicle, "411.20"))
            .Fact(Stated(FactKeys.ThreePublicVehicleOperation, "411.20")).Build();

        Assert.Empty(NarrativeSumRule.Vehicle().Check(document));
    }

    /// <summary>A final account's 三公 statement with made-up figures, its vehicles' part by running costs alone, and its part or parts misprinted as given.</summary>
    private static ExtractedDocument ThreePublicStated(string statement) =>
        new DocumentBuilder().Final().Facts(FactReader.Read(Documents.FromText(statement), fiscalYear: 2023)).Build();

    [Theory]
    [InlineData("2023年度“三公”经费合计30.00万元，其中：公务接待费2.00万元，车辆运行费28.00万元，因公出国（境）费0万元。", 0)]
    [InlineData("2023年度“三公”经费合计31.00万元，其中：公务接待费2.00万元，车辆运行费28.00万元，因公出国（境）费0万元。", 1)]
    // The purchase stated too: the sum of four parts holds it.
    [InlineData("2023年度“三公”经费合计31.00万元，其中：公务接待费2.00万元，公务用车购置费1.00万元，公务用车运行维护费28.00万元，因公出国（境）费0万元。", 0)]
    public void Sums_a_three_public_total_whose_vehicles_part_is_given_by_its_running_costs_or_its_two(string statement, int findings)
    {
        var document = ThreePublicStated(statement);
        var rules = new[] { NarrativeSumRule.ThreePublic(), NarrativeSumRule.ThreePublicByVehicleParts(), NarrativeSumRule.ThreePublicWithVehicleRunningOnly() };

        Assert.Equal(findings, rules.SelectMany(r => r.Check(document)).Count(f => f.Severity == FindingSeverity.Error));
    }

    [Fact]
    public void Does_not_sum_the_running_costs_alone_where_the_narrative_speaks_of_a_purchase()
    {
        const string statement = "2023年度“三公”经费合计50.00万元，其中：公务接待费2.00万元，购置公务用车20.00万元，车辆运行费28.00万元，因公出国（境）费0万元。";
        var document = new DocumentBuilder().Final().Page(5, statement).Facts(FactReader.Read(Documents.FromText(statement), fiscalYear: 2023)).Build();

        Assert.Empty(NarrativeSumRule.ThreePublicWithVehicleRunningOnly().Check(document));
    }

    [Fact]
    public void Leaves_the_parts_of_a_vehicles_part_stated_whole_to_the_vehicles_sum()
    {
        var document = ThreePublicStated(
            "2023年度“三公”经费合计30.00万元，其中：公务接待费2.00万元，公务用车购置及运行维护费28.00万元（其中：公务用车购置费0万元，公务用车运行维护费20.00万元），因公出国（境）费0万元。");

        Assert.Empty(NarrativeSumRule.ThreePublicByVehicleParts().Check(document));
        Assert.Empty(NarrativeSumRule.ThreePublicWithVehicleRunningOnly().Check(document));
        Assert.Single(NarrativeSumRule.Vehicle().Check(document), f => f.Severity == FindingSeverity.Error);
    }
    /// <summary>A document whose narrative is <paramref name="statement"/> (made-up figures), a budget unless said otherwise.</summary>
    private static ExtractedDocument Narrative(string statement, bool final = false)
    {
        var builder = new DocumentBuilder().Facts(FactReader.Read(Documents.FromText(statement), fiscalYear: 2024));
        return (final ? builder.Final() : builder).Build();
    }

    [Theory]
    // Shanghai's budget lists the income by kind after its total: the four are all of it.
    [InlineData("2024年度，本部门收入预算1,212.12万元，其中：财政拨款收入950.12万元，比2023年预算增加0.46万元；事业收入262.00万元；事业单位经营收入0.00万元；其他收入0.00万元。", null)]
    [InlineData("2024年度，本部门收入预算1,212.12万元，其中：财政拨款收入950.12万元，比2023年预算增加0.46万元；事业收入226.00万元；事业单位经营收入0.00万元；其他收入0.00万元。", "11761200.00 12121200.00")]
    // Two kinds stated: they may be less than the whole, never more.
    [InlineData("2024年度，本部门收入预算1,500.00万元，其中：财政拨款收入1,400.00万元，比2023年预算增加100.00万元；事业收入预算90.00万元，比2023年预算持平。", null)]
    [InlineData("2024年度，本部门收入预算1,500.00万元，其中：财政拨款收入1,400.00万元，比2023年预算增加100.00万元；事业收入预算110.00万元，比2023年预算持平。", "15100000.00 15000000.00")]
    public void Holds_the_income_to_the_kinds_the_text_lists(string statement, string? flagged)
    {
        var findings = NarrativeSumRule.IncomeByKind().Check(Narrative(statement)).ToList();

        // Expected and actual: the parts' sum and the whole stated, however many parts are stated.
        Assert.Equal(flagged, findings.SingleOrDefault() is { } finding ? $"{finding.Expected} {finding.Actual}" : null);
        Assert.All(findings, f => Assert.Equal((RuleIds.RowComponents, FindingSeverity.Error), (f.Rule, f.Severity)));
    }

    [Theory]
    // A budget's income holding the carry-over or a reserve drawn on: the four kinds are not all of it.
    [InlineData("2024年度，本部门收入预算1,000.00万元，其中：财政拨款收入800.00万元；事业收入100.00万元；事业单位经营收入0.00万元；其他收入50.00万元；上年结转50.00万元。")]
    [InlineData("2024年度，本部门收入预算1,000.00万元，其中：财政拨款收入800.00万元；事业收入100.00万元；事业单位经营收入0.00万元；其他收入50.00万元；用事业基金弥补收支差额50.00万元。")]
    // Another figure's 其中 lists its own parts.
    [InlineData("2024年度，本部门收入预算1,000.00万元，其中：财政拨款收入800.00万元；其他收入200.00万元。本部门单位预算收入中，下属事业单位收入300.00万元，其中：事业收入200.00万元；事业单位经营收入100.00万元。")]
    // A whole stated more coarsely than its parts is rounded too.
    [InlineData("2024年度，本部门收入预算1,212万元，其中：财政拨款收入950.12万元；事业收入262.00万元；事业单位经营收入0万元；其他收入0万元。")]
    public void Says_nothing_of_income_kinds_that_need_not_be_all_of_it(string statement)
    {
        var document = new DocumentBuilder().Facts(FactReader.Read(Documents.FromText(statement), fiscalYear: 2024)).Page(1, statement).Build();

        // (The rounded whole is an info: within the rounding of the figures, as sums are reported.)
        Assert.DoesNotContain(NarrativeSumRule.IncomeByKind().Check(document), f => f.Severity != FindingSeverity.Info);
    }

    [Fact]
    public void Reads_income_kinds_listed_with_commas()
    {
        var findings = NarrativeSumRule.IncomeByKind().Check(Narrative("2024年度，本部门收入预算1,000.00万元，其中：财政拨款收入800.00万元，事业收入150.00万元，其他收入100.00万元。"));

        Assert.Equal((10500000m, 10000000m), (Assert.Single(findings).Expected, Assert.Single(findings).Actual));
    }

    [Theory]
    // The national template's other parts of a budget's expenditure: basic and project are not all of it.
    [InlineData("2024年度，本部门支出预算1,000.00万元，其中：基本支出600.00万元，占60%；项目支出300.00万元，占30%；上缴上级支出100.00万元，占10%。", 0)]
    // Listed without shares they are read, and held to it.
    [InlineData("2024年度，本部门支出预算1,000.00万元，其中：基本支出600.00万元；项目支出300.00万元。", 1)]
    public void Holds_a_budgets_expenditure_to_basic_and_project_where_they_are_all_of_it(string statement, int findings)
    {
        Assert.Equal(findings, NarrativeSumRule.Expenditure().Check(Narrative(statement)).Count());
    }

    [Fact]
    public void Leaves_basic_and_project_that_add_up_to_the_departments_expenditure_to_it()
    {
        var statement = "2024年度，本部门支出预算1,000.00万元，其中：（一）基本支出600.00万元，占60%；（二）项目支出400.00万元，占40%。2024年一般公共预算拨款支出预算800.00万元。";

        Assert.Empty(NarrativeSumRule.GeneralBudget().Check(Narrative(statement)));
    }

    [Fact]
    public void Flags_a_final_accounts_income_parts_that_exceed_it()
    {
        var document = Narrative("2024年度本年收入合计1,200.00万元，其中：财政拨款收入1,150.00万元，占95.83%；事业收入0万元，占0%；其他收入60.00万元，占5.00%。", final: true);

        var finding = Assert.Single(NarrativeSumRule.IncomeByKind().Check(document));
        Assert.Equal((12100000m, 12000000m), (finding.Expected, finding.Actual));
        Assert.Contains("印为1,200.00万元，小于其中", finding.MessageZh);
    }

    [Theory]
    [InlineData("2024年一般公共预算拨款支出预算9,101.68万元，比2023年预算减少2,389.52万元。一般公共预算拨款支出预算中，基本支出预算3,100.00万元，项目支出预算6,001.68万元。", 0)]
    [InlineData("2024年一般公共预算拨款支出预算9,101.68万元，比2023年预算减少2,389.52万元。一般公共预算拨款支出预算中，基本支出预算3,000.00万元，项目支出预算6,001.68万元。", 1)]
    public void Holds_the_general_budget_to_basic_and_project(string statement, int findings)
    {
        Assert.Equal(findings, NarrativeSumRule.GeneralBudget().Check(Narrative(statement)).Count());
    }

    [Fact]
    public void Leaves_a_sum_to_the_tables_where_they_print_one_of_its_figures_otherwise()
    {
        // The project figure misprinted against the expenditure table: narrative.table names it, not a second finding.
        var statement = Narrative("2024年度，本部门支出预算1,000.00万元，其中：基本支出600.00万元，占60.00%；项目支出410.00万元，占41.00%。");
        var document = statement with
        {
            LineItems = new DocumentBuilder()
                .Line(TableTypes.ExpenditureSummary, Dimensions.Summary, null, "合计", Measures.Total, "1000.00")
                .Line(TableTypes.ExpenditureSummary, Dimensions.Summary, null, "合计", Measures.BasicTotal, "600.00")
                .Line(TableTypes.ExpenditureSummary, Dimensions.Summary, null, "合计", Measures.ProjectTotal, "400.00")
                .Build().LineItems,
        };

        Assert.Single(NarrativeSumRule.Expenditure().Check(statement));
        Assert.Empty(NarrativeSumRule.Expenditure().Check(document));
    }
}
