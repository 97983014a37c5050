using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

public sealed class CountPartsRuleTests
{
    private static ExtractedDocument Vehicles(int total, params (string Name, int Count)[] parts)
    {
        var document = new DocumentBuilder().Fact(new Fact { Key = FactKeys.VehiclesTotal, Value = total, Page = 32, Quote = $"共有车辆{total}辆" });
        foreach (var (name, count) in parts)
            document.Fact(new Fact { Key = FactKeys.CountPart, Value = count, Name = name, ShareOf = FactKeys.VehiclesTotal, Page = 32, Quote = $"{name}{count}辆" });
        return document.Build();
    }

    [Fact]
    public void Accepts_kinds_that_add_up_to_the_count()
    {
        Assert.Empty(new CountPartsRule().Check(Vehicles(55, ("一般公务用车", 13), ("执法执勤用车", 40), ("其他用车", 2))));
    }

    [Fact]
    public void Flags_kinds_that_do_not_add_up_to_the_count_naming_each_statement()
    {
        var finding = Assert.Single(new CountPartsRule().Check(Vehicles(55, ("一般公务用车", 13), ("执法执勤用车", 38), ("其他用车", 2))));

        Assert.Equal((RuleIds.CountParts, FindingSeverity.Error, 53m, 55m), (finding.Rule, finding.Severity, finding.Expected, finding.Actual));
        Assert.Equal(["共有车辆55辆", "一般公务用车13辆", "执法执勤用车38辆", "其他用车2辆"], finding.Refs.Select(r => r.Quote));
        Assert.Equal(FindingFigures.Counts, finding.Figures);
        Assert.EndsWith("印为55，按第32页说明“一般公务用车13辆”、第32页说明“执法执勤用车38辆”、第32页说明“其他用车2辆”应为53，相差2", finding.MessageZh);
    }

    [Fact]
    public void Holds_a_single_part_only_to_not_exceeding_the_count()
    {
        Assert.Empty(new CountPartsRule().Check(Vehicles(54, ("一般公务用车", 50))));
        Assert.Equal(60m, Assert.Single(new CountPartsRule().Check(Vehicles(54, ("一般公务用车", 60)))).Expected);
    }
}
