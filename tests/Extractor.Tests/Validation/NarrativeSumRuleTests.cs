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
    public void Says_nothing_when_a_part_is_not_stated()
    {
        var document = new DocumentBuilder().Fact(Stated(FactKeys.ThreePublicVehicle, "411.20"))
            .Fact(Stated(FactKeys.ThreePublicVehicleOperation, "411.20")).Build();

        Assert.Empty(NarrativeSumRule.Vehicle().Check(document));
    }
}
