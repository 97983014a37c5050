using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// A total the narrative states equals the parts it states with it, within the rounding of the figures as
/// printed: the 政府采购 total = 货物 + 工程 + 服务 (<c>sum.procurement</c>), the 三公 total = 因公出国(境) +
/// 公务用车购置及运行维护 + 公务接待, and 公务用车购置及运行维护 = 购置 + 运行维护 (<c>sum.three_public</c>). Where the
/// narrative gives the vehicles' part by its two, or by its running costs alone (a department that buys no car:
/// "其中：公务接待费1.58万元，车辆运行费28.91万元，因公出国（境）费0万元"), the 三公 total is summed from those. The
/// income, the general budget and the expenditure the narrative states are held to the parts it lists with them as
/// their tables' rows are (<c>sum.row_components</c>). The tables' own sums are other rules'.
/// </summary>
public sealed class NarrativeSumRule : IConsistencyRule
{
    private readonly FactComposition composition;
    private readonly string message;

    /// <summary>Figures whose statement means the parts are not all of the total (the vehicles' part stated whole).</summary>
    private readonly string[] unlessStated;

    /// <summary>Words whose presence in the narrative means a part may be stated in a wording not read.</summary>
    private readonly string? unlessWords;

    /// <summary>
    /// Whether parts that are not all stated are still held to the whole: being distinct and never negative, they
    /// cannot add up to more than it ("本年收入合计1,200.00万元，其中：财政拨款收入1,150.00万元…；其他收入60.00万元").
    /// </summary>
    private readonly bool partsBounded;

    /// <summary>
    /// Whether the sum is left to the tables where they contradict a figure in it. The income and expenditure tables' top
    /// lines print these compositions too: a figure the tables print otherwise is that figure's misprint (<c>narrative.table</c>),
    /// or the text's parts are of another whole than the table's (Hubei's 一般公共预算 paragraph lists the department's 基本支出
    /// and 项目支出): one misprint makes one finding.
    /// </summary>
    private readonly bool tablesFirst;

    /// <summary>
    /// Whether the composition's parts, all stated, are all of the whole in this document; where not, they are only
    /// held not to exceed it.
    /// </summary>
    private readonly Func<ExtractedDocument, bool> allOfIt;

    /// <summary>Another whole the parts may add up to instead (the department's expenditure for basic and project).</summary>
    private readonly string? otherWhole;

    private NarrativeSumRule(string id, FactComposition composition, string[]? unlessStated = null, string? unlessWords = null,
        bool partsBounded = false, bool tablesFirst = false, Func<ExtractedDocument, bool>? allOfIt = null, string? otherWhole = null)
    {
        this.partsBounded = partsBounded;
        this.tablesFirst = tablesFirst;
        this.allOfIt = allOfIt ?? (_ => true);
        this.otherWhole = otherWhole;
        Id = id;
        this.composition = composition;
        this.unlessStated = unlessStated ?? [];
        this.unlessWords = unlessWords;
        message = $"narrative {composition.Whole} != {composition.PartNames}";
    }

    public string Id { get; }

    /// <summary>
    /// The procurement total and its kinds; a unit buying no works leaves 工程 out ("其中：货物类…，服务类…"), and the kinds it
    /// states are then held not to exceed the total (round CI's Xinjiang: 72,681.61 + 69,911.73 against 140,593.34).
    /// </summary>
    public static NarrativeSumRule Procurement() => new(RuleIds.Procurement, FactCompositions.Procurement, partsBounded: true);

    public static NarrativeSumRule ThreePublic() => new(RuleIds.ThreePublic, FactCompositions.ThreePublic);

    public static NarrativeSumRule ThreePublicByVehicleParts() => new(RuleIds.ThreePublic, FactCompositions.ThreePublicByVehicleParts,
        unlessStated: [FactKeys.ThreePublicVehicle]);

    /// <summary>
    /// The running costs alone, only where the narrative never speaks of buying a vehicle: a purchase printed in a
    /// wording not read (购置公务用车20万元) would otherwise be missing from the sum.
    /// </summary>
    public static NarrativeSumRule ThreePublicWithVehicleRunningOnly() => new(RuleIds.ThreePublic, FactCompositions.ThreePublicWithVehicleRunningOnly,
        unlessStated: [FactKeys.ThreePublicVehicle, FactKeys.ThreePublicVehiclePurchase], unlessWords: NarrativePhrasings.VehiclePurchaseWord);

    public static NarrativeSumRule Vehicle() => new(RuleIds.ThreePublic, FactCompositions.Vehicle);

    public static NarrativeSumRule Reception() => new(RuleIds.ThreePublic, FactCompositions.Reception);

    /// <summary>
    /// The income by kind (<c>sum.row_components</c>: income = its sources, as the income table's row). A budget's
    /// income may hold what the kinds do not: the carry-over (上年结转) and a reserve drawn on (用事业基金弥补收支差额).
    /// </summary>
    public static NarrativeSumRule IncomeByKind() => new(RuleIds.RowComponents, FactCompositions.IncomeByKind, partsBounded: true, tablesFirst: true,
        allOfIt: document => !document.Facts.Any(f => f.Key == FactKeys.IncomeCarryover) && !Says(document, NarrativePhrasings.ReserveDrawnOn));

    /// <summary>
    /// The general budget's expenditure = basic + project; not where those add up to the department's expenditure
    /// instead (a national template's "（一）基本支出…（二）项目支出…" under the department's total, read as the general
    /// budget's where the tables do not say otherwise).
    /// </summary>
    public static NarrativeSumRule GeneralBudget() => new(RuleIds.RowComponents, FactCompositions.GeneralBudget, partsBounded: true, tablesFirst: true,
        otherWhole: FactKeys.ExpenditureTotal);

    /// <summary>
    /// The expenditure = basic + project (+ Jiangsu's reserve). A final account's has other parts its text may leave
    /// out, and a budget's in the national template states them (上缴上级支出, 事业单位经营支出, 对附属单位补助支出): there the
    /// stated parts are only held not to exceed it.
    /// </summary>
    public static NarrativeSumRule Expenditure() => new(RuleIds.RowComponents, FactCompositions.Expenditure, partsBounded: true, tablesFirst: true,
        allOfIt: document => document.Phase != BudgetPhase.FinalAccounts && !document.Facts.Any(f => f.Key is FactKeys.ExpenditureBusiness
            or FactKeys.ExpenditureRemitHigher or FactKeys.ExpenditureSubsidySubordinate));

    private static bool Says(ExtractedDocument document, string words) =>
        document.Text.Any(page => page.Lines.Any(line => line.Contains(words, StringComparison.Ordinal)));

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        if (document.Facts.FirstOrDefault(f => f.Key == composition.Whole) is not { } stated
            || document.Facts.Any(f => unlessStated.Contains(f.Key))
            || (unlessWords is not null && Says(document, unlessWords))) yield break;
        var statedParts = composition.Parts.Select(key => document.Facts.FirstOrDefault(f => f.Key == key)).OfType<Fact>().ToList();
        bool complete = composition.Required.All(key => statedParts.Any(p => p.Key == key)) && allOfIt(document);
        if (!complete && !(partsBounded && statedParts.Count >= 2)) yield break;
        decimal expected = statedParts.Sum(p => p.Value);
        if (stated.Value == expected) yield break;
        if (tablesFirst && statedParts.Prepend(stated).Any(f => NarrativeTableRule.TableLine(document, f.Key) is { } line && line.Amount != f.Value)) yield break;
        decimal tolerance = FactPrecision.SumTolerance(stated, statedParts);
        if (!complete && expected <= stated.Value + tolerance) yield break;
        if (otherWhole is not null && document.Facts.FirstOrDefault(f => f.Key == otherWhole) is { } other
            && Math.Abs(other.Value - expected) <= FactPrecision.SumTolerance(other, statedParts)) yield break;
        var finding = SumCheck.Graded(Id, complete ? message : $"narrative {string.Join(" + ", statedParts.Select(p => p.Key))} exceed {composition.Whole}",
            expected, stated.Value, tolerance, [SumCheck.Ref(stated), .. statedParts.Select(SumCheck.Ref)]);
        yield return complete ? finding : finding with { MessageZh = ChineseMessage.BelowItsParts(Id, expected, stated.Value, finding.Refs) };
    }
}
