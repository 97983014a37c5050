using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// A total the narrative states equals the parts it states with it, within the rounding of the figures as
/// printed: the 政府采购 total = 货物 + 工程 + 服务 (<c>sum.procurement</c>), the 三公 total = 因公出国(境) +
/// 公务用车购置及运行维护 + 公务接待, and 公务用车购置及运行维护 = 购置 + 运行维护 (<c>sum.three_public</c>). Where the
/// narrative gives the vehicles' part by its two, or by its running costs alone (a department that buys no car:
/// "其中：公务接待费1.58万元，车辆运行费28.91万元，因公出国（境）费0万元"), the 三公 total is summed from those. The
/// tables' own sums are other rules'.
/// </summary>
public sealed class NarrativeSumRule : IConsistencyRule
{
    private readonly FactComposition composition;
    private readonly string message;

    /// <summary>Figures whose statement means the parts are not all of the total (the vehicles' part stated whole).</summary>
    private readonly string[] unlessStated;

    /// <summary>Words whose presence in the narrative means a part may be stated in a wording not read.</summary>
    private readonly string? unlessWords;

    private NarrativeSumRule(string id, FactComposition composition, string[]? unlessStated = null, string? unlessWords = null)
    {
        Id = id;
        this.composition = composition;
        this.unlessStated = unlessStated ?? [];
        this.unlessWords = unlessWords;
        message = $"narrative {composition.Whole} != {composition.PartNames}";
    }

    public string Id { get; }

    public static NarrativeSumRule Procurement() => new(RuleIds.Procurement, FactCompositions.Procurement);

    public static NarrativeSumRule ThreePublic() => new(RuleIds.ThreePublic, FactCompositions.ThreePublic);

    public static NarrativeSumRule ThreePublicByVehicleParts() => new(RuleIds.ThreePublic, FactCompositions.ThreePublicByVehicleParts,
        unlessStated: [FactKeys.ThreePublicVehicle]);

    /// <summary>
    /// The running costs alone, only where the narrative never speaks of buying a vehicle: a purchase printed in a
    /// wording not read (购置公务用车20万元) would otherwise be missing from the sum.
    /// </summary>
    public static NarrativeSumRule ThreePublicWithVehicleRunningOnly() => new(RuleIds.ThreePublic, FactCompositions.ThreePublicWithVehicleRunningOnly,
        unlessStated: [FactKeys.ThreePublicVehicle, FactKeys.ThreePublicVehiclePurchase], unlessWords: "购置");

    public static NarrativeSumRule Vehicle() => new(RuleIds.ThreePublic, FactCompositions.Vehicle);

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        if (document.Facts.FirstOrDefault(f => f.Key == composition.Whole) is not { } stated
            || document.Facts.Any(f => unlessStated.Contains(f.Key))
            || (unlessWords is not null && document.Text.Any(page => page.Lines.Any(line => line.Contains(unlessWords, StringComparison.Ordinal))))) yield break;
        var statedParts = composition.Parts.Select(key => document.Facts.FirstOrDefault(f => f.Key == key)).OfType<Fact>().ToList();
        if (statedParts.Count < composition.Parts.Count) yield break;
        decimal expected = statedParts.Sum(p => p.Value);
        if (stated.Value == expected) yield break;
        decimal tolerance = FactPrecision.SumTolerance(stated, statedParts);
        yield return SumCheck.Graded(Id, message, expected, stated.Value, tolerance, [SumCheck.Ref(stated), .. statedParts.Select(SumCheck.Ref)]);
    }
}
