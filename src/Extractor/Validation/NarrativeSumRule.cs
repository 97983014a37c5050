using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// A total the narrative states equals the parts it states with it, within the rounding of the figures as
/// printed: the 政府采购 total = 货物 + 工程 + 服务 (<c>sum.procurement</c>), the 三公 total = 因公出国(境) +
/// 公务用车购置及运行维护 + 公务接待, and 公务用车购置及运行维护 = 购置 + 运行维护 (<c>sum.three_public</c>). The
/// tables' own sums are other rules'.
/// </summary>
public sealed class NarrativeSumRule : IConsistencyRule
{
    private readonly string total;
    private readonly string[] parts;
    private readonly string message;

    private NarrativeSumRule(string id, string total, string[] parts, string partNames)
    {
        Id = id;
        this.total = total;
        this.parts = parts;
        message = $"narrative {total} != {partNames}";
    }

    public string Id { get; }

    public static NarrativeSumRule Procurement() => new(RuleIds.Procurement, FactKeys.ProcurementTotal,
        [FactKeys.ProcurementGoods, FactKeys.ProcurementWorks, FactKeys.ProcurementServices], "goods + works + services");

    public static NarrativeSumRule ThreePublic() => new(RuleIds.ThreePublic, FactKeys.ThreePublicTotal,
        [FactKeys.ThreePublicOverseas, FactKeys.ThreePublicVehicle, FactKeys.ThreePublicReception], "overseas + vehicle + reception");

    public static NarrativeSumRule Vehicle() => new(RuleIds.ThreePublic, FactKeys.ThreePublicVehicle,
        [FactKeys.ThreePublicVehiclePurchase, FactKeys.ThreePublicVehicleOperation], "purchase + operation");

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        if (document.Facts.FirstOrDefault(f => f.Key == total) is not { } stated) yield break;
        var statedParts = parts.Select(key => document.Facts.FirstOrDefault(f => f.Key == key)).OfType<Fact>().ToList();
        if (statedParts.Count < parts.Length) yield break;
        decimal expected = statedParts.Sum(p => p.Value);
        if (stated.Value == expected) yield break;
        decimal tolerance = statedParts.Sum(FactPrecision.HalfLastDigitInYuan);
        yield return SumCheck.Graded(Id, message, expected, stated.Value, tolerance, [SumCheck.Ref(stated), .. statedParts.Select(SumCheck.Ref)]);
    }
}
