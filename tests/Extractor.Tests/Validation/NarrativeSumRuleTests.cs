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
}
