using Extractor.Model;

namespace Extractor.Validation;

/// <summary>A whole the narrative states and the parts that add up to it, named for messages ("goods + works + services").</summary>
public sealed record FactComposition(string Whole, IReadOnlyList<string> Parts, string PartNames)
{
    /// <summary>Parts a whole may go without (Jiangsu's reserve): not required where a rule needs every part stated.</summary>
    public IReadOnlyList<string> Optional { get; init; } = [];

    public IEnumerable<string> Required => Parts.Except(Optional);
}

/// <summary>
/// What the narrative's figures are made of, declared once for every rule that adds them up: the stated figures
/// (<see cref="NarrativeSumRule"/>), their changes and differences from the budget (<see cref="ChangeCompositionRule"/>),
/// and the shares of a whole the text leaves unstated (<see cref="NarrativeShareRule"/>).
/// </summary>
public static class FactCompositions
{
    public static readonly FactComposition Procurement = new(FactKeys.ProcurementTotal,
        [FactKeys.ProcurementGoods, FactKeys.ProcurementWorks, FactKeys.ProcurementServices], "goods + works + services");

    /// <summary>三公 with the vehicles' part stated whole (公务用车购置及运行维护费).</summary>
    public static readonly FactComposition ThreePublic = new(FactKeys.ThreePublicTotal,
        [FactKeys.ThreePublicOverseas, FactKeys.ThreePublicVehicle, FactKeys.ThreePublicReception], "overseas + vehicle + reception");

    /// <summary>三公 with the vehicles' part stated by its two.</summary>
    public static readonly FactComposition ThreePublicByVehicleParts = new(FactKeys.ThreePublicTotal,
        [FactKeys.ThreePublicOverseas, FactKeys.ThreePublicVehiclePurchase, FactKeys.ThreePublicVehicleOperation, FactKeys.ThreePublicReception],
        "overseas + vehicle purchase + vehicle operation + reception");

    /// <summary>三公 of a department that buys no vehicle: the vehicles' part is their running costs alone.</summary>
    public static readonly FactComposition ThreePublicWithVehicleRunningOnly = new(FactKeys.ThreePublicTotal,
        [FactKeys.ThreePublicOverseas, FactKeys.ThreePublicVehicleOperation, FactKeys.ThreePublicReception], "overseas + vehicle operation + reception");

    /// <summary>公务接待费 = 国内 + 国（境）外.</summary>
    public static readonly FactComposition Reception = new(FactKeys.ThreePublicReception,
        [FactKeys.ThreePublicReceptionDomestic, FactKeys.ThreePublicReceptionForeign], "domestic + foreign");

    /// <summary>公务用车购置及运行维护费 = 购置 + 运行维护.</summary>
    public static readonly FactComposition Vehicle = new(FactKeys.ThreePublicVehicle,
        [FactKeys.ThreePublicVehiclePurchase, FactKeys.ThreePublicVehicleOperation], "purchase + operation");

    public static readonly FactComposition GeneralBudget = new(FactKeys.GeneralBudgetTotal,
        [FactKeys.GeneralBudgetBasic, FactKeys.GeneralBudgetProject], "basic + project");

    /// <summary>
    /// A budget's expenditure: basic and project, and Jiangsu's reserve (单位预留机动经费). A final account's has other
    /// parts (上缴上级支出, 经营支出…) its text may leave out.
    /// </summary>
    public static readonly FactComposition Expenditure = new(FactKeys.ExpenditureTotal,
        [FactKeys.ExpenditureBasic, FactKeys.ExpenditureProject, FactKeys.ExpenditureReserve], "basic + project + reserve")
    { Optional = [FactKeys.ExpenditureReserve] };

    /// <summary>
    /// The income by kind, as a budget lists it after its total (Shanghai: "收入预算…，其中：财政拨款收入…；事业收入…；事业单位经营收入…；
    /// 其他收入…") and a final account with the parts' shares. Other kinds exist (上级补助收入, 附属单位上缴收入): the four stated
    /// are all of it only when the text states no other, and however many are stated they never exceed it.
    /// </summary>
    public static readonly FactComposition IncomeByKind = new(FactKeys.IncomeTotal,
        [FactKeys.IncomeFiscalAppropriation, FactKeys.IncomePublicService, FactKeys.IncomeBusiness, FactKeys.IncomeOther,
            FactKeys.IncomeHigherSubsidy, FactKeys.IncomeSubordinateRemit],
        "fiscal appropriation + public service + business + other + higher subsidy + subordinate remittance")
    { Optional = [FactKeys.IncomeHigherSubsidy, FactKeys.IncomeSubordinateRemit] };

    /// <summary>Every composition above.</summary>
    public static IReadOnlyList<FactComposition> All =>
        [Procurement, ThreePublic, ThreePublicByVehicleParts, ThreePublicWithVehicleRunningOnly, Reception, Vehicle, GeneralBudget, Expenditure, IncomeByKind, IncomeSources];

    /// <summary>
    /// Whether a stated figure is borne out by a sum the narrative states with it: a composition it is the whole or a part of whose
    /// every required figure is stated (the one on the figure's page where several are) and adds up, within rounding.
    /// </summary>
    public static bool HoldsWith(IReadOnlyList<Fact> facts, Fact fact, Func<Fact, decimal> half)
    {
        foreach (var composition in All.Where(c => c.Whole == fact.Key || c.Parts.Contains(fact.Key)))
        {
            Fact? Stated(string key) => key == fact.Key ? fact
                : facts.Where(f => f.Key == key && f.Scope == fact.Scope).OrderBy(f => f.Page == fact.Page ? 0 : 1).ThenBy(f => f.Page).FirstOrDefault();
            var parts = composition.Required.Select(Stated).ToList();
            if (Stated(composition.Whole) is not { } whole || parts.Any(p => p is null)) continue;
            var stated = parts.Concat(composition.Optional.Select(Stated)).OfType<Fact>().ToList();
            if (Math.Abs(stated.Sum(p => p.Value) - whole.Value) <= stated.Sum(half) + half(whole)) return true;
        }
        return false;
    }

    /// <summary>The income by the sources a budget states with their changes; a document may have others (事业收入…).</summary>
    public static readonly FactComposition IncomeSources = new(FactKeys.IncomeTotal,
        [FactKeys.IncomeGeneralBudget, FactKeys.IncomeGovernmentFund, FactKeys.IncomeStateCapital, FactKeys.IncomeOther, FactKeys.IncomeCarryover],
        "general budget + government fund + state capital + other + carried over");
}
