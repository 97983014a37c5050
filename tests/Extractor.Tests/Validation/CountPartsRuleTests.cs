using Extractor.Mapping;
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

    [Theory]
    // Round JV's Tianjin: 固定资产 printed 3,152.68 for 3,125.68, the five kinds then 27.00 over the total; round JI's Jiangxi states the
    // total's change between it and its kinds.
    [InlineData("资产总额6,419.16万元，其中：流动资产2,846.32万元、固定资产3,152.68万元、无形资产42.50万元、在建工程386.40万元、其他资产18.26万元；共有车辆3辆。", 64_461_600.00)]
    [InlineData("资产总额6,419.16万元，与2023年度相比增加1.00万元，增长0.02%。其中：流动资产2,846.32万元，固定资产3,125.68万元，无形资产42.50万元，在建工程386.40万元，其他资产18.26万元。", null)]
    // Two kinds may be some of the assets only: held to not exceeding the total.
    [InlineData("资产总额6,419.16万元，其中：流动资产2,846.32万元，固定资产3,125.68万元。", null)]
    [InlineData("资产总额6,419.16万元，其中：流动资产3,846.32万元，固定资产3,125.68万元。", 69_720_000.00)]
    public void Holds_the_assets_total_to_the_kinds_the_narrative_lists_after_it(string statement, double? sum)
    {
        var facts = FactReader.Read(Documents.FromText(statement), fiscalYear: 2024, phase: BudgetPhase.FinalAccounts);
        var document = new DocumentBuilder().Final().Facts(facts).Build();

        var findings = new CountPartsRule().Check(document).ToList();

        Assert.Equal(sum is null ? [] : [(decimal)sum.Value], findings.Select(f => f.Expected));
        Assert.All(findings, f => Assert.Equal((FindingFigures.Amounts, 64_191_600.00m, "资产总额6,419.16万元"), (f.Figures, f.Actual, f.Refs[0].Quote)));
        Assert.Equal(statement.Contains("在建工程") ? ["流动资产", "固定资产", "无形资产", "在建工程", "其他资产"] : ["流动资产", "固定资产"],
            facts.Where(f => f.Key == FactKeys.AmountPart).Select(f => f.Name));
    }

    /// <summary>Round LE's Henan: the 机关运行经费 and its items after its change and reason, 物业管理费 printed 175.00 for 155.00.</summary>
    private const string OperatingCosts = "2025年机关运行经费预算1026.26万元，比2024年增加163.86万元，增长19.0%，主要原因是办公场所物业及信息系统运维支出有所增加。其中：办公费61.00万元、印刷费16.20万元、水电费60.30万元、邮电费27.70万元、物业管理费175.00万元、差旅费83.20万元、因公出国（境）费用6.00万元、维修（护）费40.20万元、会议费10.40万元、培训费23.40万元、公务接待费5.20万元、工会经费63.56万元、福利费50.20万元、公务用车运行维护费43.20万元、其他交通费用324.60万元、其他商品和服务支出56.10万元。";

    [Fact]
    public void Holds_the_operating_costs_to_the_items_the_narrative_lists_after_them()
    {
        var facts = FactReader.Read(Documents.FromText(OperatingCosts), fiscalYear: 2025, phase: BudgetPhase.Budget);

        var parts = facts.Where(f => f is { Key: FactKeys.AmountPart, ShareOf: FactKeys.OperatingCosts }).ToList();
        Assert.Equal(16, parts.Count);
        Assert.Equal(("因公出国（境）费用", 60000.00m), (parts[6].Name, parts[6].Value));
        var finding = Assert.Single(new CountPartsRule().Check(new DocumentBuilder().Facts(facts).Build()));
        Assert.Equal((10462600.00m, 10262600.00m), (finding.Expected, finding.Actual));
    }

    [Fact]
    public void Holds_a_list_of_some_operating_cost_items_only_to_not_exceeding_the_whole()
    {
        // 其中 may name the main items only: short of the whole, they are all of them only where they are every item the table prints.
        var facts = FactReader.Read(Documents.FromText("2025年机关运行经费预算120.00万元，其中：办公费10.00万元、水电费20.00万元、差旅费30.00万元。"), fiscalYear: 2025);
        var built = new DocumentBuilder().Facts(facts);

        Assert.Empty(new CountPartsRule().Check(built.Build()));
        foreach (var (name, printed) in new[] { ("合计", "120.00"), ("办公费", "10.00"), ("水电费", "20.00"), ("差旅费", "30.00") })
            built.Line(TableTypes.OperatingCosts, Dimensions.Summary, null, name, Measures.Amount, printed);
        Assert.Equal(600000.00m, Assert.Single(new CountPartsRule().Check(built.Build())).Expected);
    }

    [Theory]
    // A list of purposes, not the costs' items; a list left open by 等.
    [InlineData("机关运行经费预算120.00万元，主要用于保障机关日常运转10.00万元、信息化建设20.00万元、后勤服务30.00万元。")]
    [InlineData("机关运行经费预算120.00万元，其中：办公费10.00万元、印刷费20.00万元等。")]
    public void Reads_no_list_of_purposes_nor_an_open_list_as_the_operating_costs_items(string statement)
    {
        var facts = FactReader.Read(Documents.FromText(statement), fiscalYear: 2025, phase: BudgetPhase.Budget);

        Assert.DoesNotContain(facts, f => f.ShareOf == FactKeys.OperatingCosts);
    }

    [Theory]
    // Not a kind of assets: a change after a kind, another total after the list, a change listed after 其中.
    [InlineData("资产总额6,419.16万元，其中：流动资产2,846.32万元，较上年增加50.00万元，固定资产3,125.68万元；负债总额1,200.00万元。")]
    [InlineData("资产总额6,419.16万元，比上年增加300.00万元，其中：流动资产增加100.00万元，固定资产增加150.00万元，无形资产增加50.00万元。")]
    public void Reads_no_change_nor_other_total_as_a_kind_of_assets(string statement)
    {
        var facts = FactReader.Read(Documents.FromText(statement), fiscalYear: 2024, phase: BudgetPhase.FinalAccounts);

        Assert.Empty(new CountPartsRule().Check(new DocumentBuilder().Final().Facts(facts).Build()));
        Assert.DoesNotContain(facts, f => f.Key == FactKeys.AmountPart && (f.Name!.Contains("增加") || f.Name.Contains("总额")));
    }

    [Fact]
    public void Holds_a_single_part_only_to_not_exceeding_the_count()
    {
        Assert.Empty(new CountPartsRule().Check(Vehicles(54, ("一般公务用车", 50))));
        Assert.Equal(60m, Assert.Single(new CountPartsRule().Check(Vehicles(54, ("一般公务用车", 60)))).Expected);
    }
}
