using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

public sealed class SmeProcurementRuleTests
{
    private static Fact Stated(string key, decimal wan) => new() { Key = key, Value = wan * 10000m, PrintedUnit = 10000m, Page = 22, Quote = $"{wan}万元" };

    [Fact]
    public void Flags_what_smes_won_in_a_final_account_when_it_exceeds_all_that_was_bought()
    {
        // sh-putuo-shgzb-2024: 21.07 bought in all, yet 21.07 won in the reserved projects and 21.07 more in the others.
        var document = new DocumentBuilder()
            .Fact(Stated(FactKeys.ProcurementTotal, 21.07m))
            .Fact(Stated(FactKeys.ProcurementSmeReserved, 21.07m))
            .Fact(Stated(FactKeys.ProcurementSmallMicroReserved, 21.07m))
            .Fact(Stated(FactKeys.ProcurementSmeWonReserved, 21.07m))
            .Fact(Stated(FactKeys.ProcurementSmeWonOther, 21.07m))
            .Build();

        var finding = Assert.Single(new SmeProcurementRule().Check(document));

        Assert.Equal((RuleIds.Procurement, FindingSeverity.Error, 210700m, 421400m), (finding.Rule, finding.Severity, finding.Expected, finding.Actual));
    }

    [Fact]
    public void Flags_a_reserve_larger_than_what_it_is_part_of()
    {
        var document = new DocumentBuilder()
            .Fact(Stated(FactKeys.ProcurementTotal, 830.00m))
            .Fact(Stated(FactKeys.ProcurementSmeReserved, 932.00m))
            .Fact(Stated(FactKeys.ProcurementSmallMicroReserved, 1232.40m))
            .Build();

        var findings = new SmeProcurementRule().Check(document).ToList();

        Assert.Equal([(9320000m, 12324000m), (8300000m, 9320000m)], findings.Select(f => (f.Expected!.Value, f.Actual!.Value)));
    }

    [Fact]
    public void Accepts_parts_within_their_wholes()
    {
        var document = new DocumentBuilder()
            .Fact(Stated(FactKeys.ProcurementTotal, 251.25m))
            .Fact(Stated(FactKeys.ProcurementSmeReserved, 246.47m))
            .Fact(Stated(FactKeys.ProcurementSmallMicroReserved, 0m))
            .Fact(Stated(FactKeys.ProcurementSmeWonReserved, 246.47m))
            .Fact(Stated(FactKeys.ProcurementSmeWonOther, 4.79m))
            .Build();

        Assert.Empty(new SmeProcurementRule().Check(document));
    }
}
