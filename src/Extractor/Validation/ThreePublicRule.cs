using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// <c>sum.three_public</c>: the 三公 total equals 因公出国(境) + 公务用车购置及运行维护 + 公务接待, the vehicle
/// line equals 购置 + 运行维护, and the reception line 国内 + 国（境）外 where it is split, as the 三公 table prints them: in rows (Hubei) or in columns (Shanghai); and Jiangsu's table
/// 合计 printed before the 三公 total equals 三公 + 会议费 + 培训费 (<c>sum.row_components</c>).
/// </summary>
public sealed class ThreePublicRule : IConsistencyRule
{
    public string Id => RuleIds.ThreePublic;

    /// <summary>Jiangsu's table 合计 beside 三公 (三公 + 会议费 + 培训费) is a row's total of its parts: <c>sum.row_components</c>.</summary>
    public IReadOnlyList<string> Emits => [RuleIds.ThreePublic, RuleIds.RowComponents];

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        foreach (var table in document.LineItems.Where(i => i.TableType == TableTypes.ThreePublicExpenses).GroupBy(i => (i.TableId, i.Measure, i.Col)))
        {
            var items = table.ToList();
            LineItem? Find(Regex name) => items.FirstOrDefault(name.Names);
            LineItem? confirmedTotal = null;
            if (Find(LineLabels.ThreePublicTotal()) is { } total && Find(LineLabels.Overseas()) is { } overseas && Find(LineLabels.Vehicle()) is { } vehicle
                && Find(LineLabels.Reception()) is { } reception)
            {
                var finding = SumCheck.Compare(Id, "三公 total != overseas + vehicle + reception", total, [overseas, vehicle, reception]);
                if (finding is not null) yield return finding;
                if (Holds(finding)) confirmedTotal = total;
            }
            if (Find(LineLabels.Vehicle()) is { } car && Find(LineLabels.VehiclePurchase()) is { } purchase && Find(LineLabels.VehicleOperation()) is { } operation && purchase != car
                && SumCheck.Compare(Id, "vehicle != purchase + operation", car, [purchase, operation]) is { } vehicleFinding)
                yield return OfAPartAboveItsWhole(vehicleFinding, car, [purchase, operation], confirmedTotal);
            if (Find(LineLabels.Reception()) is { } received && Find(LineLabels.ReceptionDomestic()) is { } domestic && Find(LineLabels.ReceptionForeign()) is { } foreign
                && SumCheck.Compare(Id, "reception != domestic + foreign", received, [domestic, foreign]) is { } receptionFinding)
                yield return receptionFinding;
        }
        foreach (var finding in ByColumns(document)) yield return finding;
    }

    /// <summary>Whether a sum adds up: no finding, or one within rounding.</summary>
    private static bool Holds(Finding? finding) => finding is null or { Severity: FindingSeverity.Info };

    /// <summary>
    /// The vehicles' part off its two where the 三公 total adds up with it, so that it holds: one of the two printed above it is the
    /// misprint (<see cref="OfAPartAboveItsWhole"/>); else the misprint is among the two, told so, and the blame may name one of them
    /// (round LK's Shandong: last year's 小计 27.80 in a 合计 of 31.40 adding up, over 购置费 0.00 and 运行费 printed 27.08).
    /// </summary>
    private static Finding OfAConfirmedWhole(Finding finding, LineItem whole, LineItem[] parts, LineItem? confirmedTotal)
    {
        var above = OfAPartAboveItsWhole(finding, whole, parts, confirmedTotal);
        if (above != finding || finding.Severity != FindingSeverity.Error || confirmedTotal is null) return above;
        return finding with { MessageZh = ChineseMessage.SubtotalConfirmedByTheTotal(finding.MessageZh, SumCheck.Ref(confirmedTotal)), TotalConfirmed = true };
    }

    /// <summary>
    /// The vehicles' part off its two where the 三公 total adds up with it, so that it holds, and one of the two is printed above
    /// it, which no part of a whole can be (round HG's Jiangxi: 公务用车购置及运行费 0.00 over 购置费 0.00 and 运行维护费 12,000.00, the
    /// 合计 0.00 adding up with it): that one is the misprint, told so after the finding's own message.
    /// </summary>
    /// <param name="confirmedTotal">The 三公 total that adds up with the vehicles' part; null where none does.</param>
    private static Finding OfAPartAboveItsWhole(Finding finding, LineItem whole, LineItem[] parts, LineItem? confirmedTotal)
    {
        if (finding.Severity != FindingSeverity.Error || confirmedTotal is null || whole.Amount < 0 || parts.Any(p => p.Amount < 0)
            || parts.Where(p => p.Amount > whole.Amount).ToList() is not [var above]) return finding;
        decimal meant = whole.Amount - parts.Where(p => p != above).Sum(p => p.Amount);
        return meant < 0 ? finding
            : finding with { MessageZh = ChineseMessage.PartAboveAHoldingWhole(finding.MessageZh, SumCheck.Ref(confirmedTotal), SumCheck.Ref(above), meant) };
    }

    /// <summary>
    /// Whether a 三公 table's total column stands under a 三公 heading: beside 会议费 and 培训费, a lone 合计 under none is of all
    /// five (round BX's Jiangsu: 合计 | 因公出国（境）费 | … | 会议费 | 培训费), one under it of the three (round BA's “三公”经费 /
    /// 合计 | 因公出国（境）费 | … beside 会议费 | 培训费 apart).
    /// </summary>
    internal static bool HeadedAsThreePublic(Table table, int totalColumn) =>
        table.Header.Any(row => totalColumn < row.Count && ColumnHeaders.NamesThreePublic(row[totalColumn]));

    /// <summary>Phases a final account's 三公 columns may be split into; "" for a budget's single figure.</summary>
    private static readonly string[] Phases = ["", Measures.BudgetInitial + ".", Measures.BudgetAdjusted + ".", Measures.Actual + "."];

    /// <summary>
    /// The 三公 table printed as one row of columns (Shanghai): 合计 | 因公出国(境)费 | 公务接待费 | 公务用车购置及运行费
    /// (小计 | 购置费 | 运行费), for each phase a final account prints.
    /// </summary>
    private IEnumerable<Finding> ByColumns(ExtractedDocument document)
    {
        foreach (var row in document.LineItems.Where(i => i.TableType == TableTypes.ThreePublicExpenses).GroupBy(i => (i.TableId, i.Row)))
            foreach (var phase in Phases)
            {
                LineItem? Column(string measure) => row.FirstOrDefault(i => i.Measure == phase + measure);
                // The 三公 total is the total column nearest left of its parts: Jiangsu prints the table's 合计
                // (三公, 会议费 and 培训费 together) before the 三公 小计.
                var overseas = Column(Measures.ThreePublicOverseas);
                var vehicle = Column(Measures.ThreePublicVehicle);
                var totals = row.Where(i => i.Measure == phase + Measures.Total && (overseas is null || i.Col < overseas.Col)).ToList();
                var total = totals.MaxBy(i => i.Col);
                var others = row.Where(i => i.Measure == phase + Measures.MeetingCosts || i.Measure == phase + Measures.TrainingCosts).ToList();
                // A table printing 会议费 and 培训费 beside the 三公 parts under one 合计 and no 三公 小计 (round BX's Jiangsu: 合计 |
                // 因公出国（境）费 | 公务用车… | 公务接待费 | 会议费 | 培训费): that 合计 is of all five.
                var besideThreePublic = totals.Count == 1 && !HeadedAsThreePublic(document.Tables.First(t => t.Id == row.Key.TableId), totals[0].Col) ? others : [];
                // The vehicles' part by its two columns where no 小计 of them is printed (round CL's Tianjin: 公务用车购置及运行费 over
                // 购置费 | 运行费 alone).
                LineItem[]? vehicles = vehicle is not null ? [vehicle]
                    : Column(Measures.ThreePublicVehiclePurchase) is { } bought && Column(Measures.ThreePublicVehicleOperation) is { } run ? [bought, run] : null;
                LineItem? confirmedTotal = null;
                if (total is not null && overseas is not null && vehicles is not null && Column(Measures.ThreePublicReception) is { } reception)
                {
                    var finding = SumCheck.Compare(Id, $"三公 {phase}total != overseas + {(vehicle is null ? "vehicle purchase + vehicle operation" : "vehicle")} + reception{string.Concat(besideThreePublic.Select(o => " + " + o.Measure))}",
                        total, [overseas, .. vehicles, reception, .. besideThreePublic]);
                    if (finding is not null) yield return finding;
                    if (vehicle is not null && Holds(finding)) confirmedTotal = total;
                }
                // Jiangsu: 合计 | 三公 小计 | 因公出国(境)费 | … | 会议费 | 培训费 — the 合计 left of the 三公 total holds all three.
                if (total is not null && others.Count > 0
                    && row.Where(i => i.Measure == phase + Measures.Total && i.Col < total.Col).MinBy(i => i.Col) is { } all
                    && SumCheck.Compare(RuleIds.RowComponents, $"{phase}total != 三公 total + {string.Join(" + ", others.Select(o => o.Measure))}", all, [total, .. others]) is { } allFinding)
                    yield return allFinding;
                if (vehicle is { } car && Column(Measures.ThreePublicVehiclePurchase) is { } purchase
                    && Column(Measures.ThreePublicVehicleOperation) is { } operation
                    && SumCheck.Compare(Id, $"{phase}vehicle != purchase + operation", car, [purchase, operation]) is { } vehicleFinding)
                    yield return OfAConfirmedWhole(vehicleFinding, car, [purchase, operation], confirmedTotal);
                if (Column(Measures.ThreePublicReception) is { } received && Column(Measures.ThreePublicReceptionDomestic) is { } domestic
                    && Column(Measures.ThreePublicReceptionForeign) is { } foreign
                    && SumCheck.Compare(Id, $"{phase}reception != domestic + foreign", received, [domestic, foreign]) is { } receptionFinding)
                    yield return receptionFinding;
                if (phase == "" && total is not null && overseas is not null && vehicles is not null && Column(Measures.ThreePublicReception) is { } thisYearsReception)
                    foreach (var finding in LastYearsSums(document, total, overseas, vehicles, thisYearsReception, vehicle, Column(Measures.ThreePublicVehiclePurchase), Column(Measures.ThreePublicVehicleOperation)))
                        yield return finding;
            }
    }

    /// <summary>
    /// Last year's 三公 figures printed in the same row beside this year's (2024年预算数 | 2025年预算数, each over 合计 and the parts:
    /// round JN's Sichuan township), found under this year's columns' headings (<see cref="PriorColumns"/>): their total adds up
    /// as this year's does, and so their vehicles' part. A table printing the years as rows is read row by row already.
    /// </summary>
    private IEnumerable<Finding> LastYearsSums(ExtractedDocument document, LineItem total, LineItem overseas, LineItem[] vehicles, LineItem reception,
        LineItem? vehicle, LineItem? purchase, LineItem? operation)
    {
        LineItem? Prior(LineItem? current) => current is not null && PriorColumns.Of(document, current) is { } prior && prior.Row == current.Row ? prior : null;
        var parts = new[] { overseas }.Concat(vehicles).Append(reception).Select(Prior).ToList();
        LineItem? confirmedTotal = null;
        if (Prior(total) is { } priorTotal && parts.All(p => p is not null))
        {
            var finding = SumCheck.Compare(Id, "三公 last year's total != overseas + vehicle + reception", priorTotal, [.. parts.Select(p => p!)]);
            if (finding is not null) yield return finding;
            if (vehicle is not null && Holds(finding)) confirmedTotal = priorTotal;
        }
        if (Prior(vehicle) is { } priorVehicle && Prior(purchase) is { } priorPurchase && Prior(operation) is { } priorOperation
            && SumCheck.Compare(Id, "last year's vehicle != purchase + operation", priorVehicle, [priorPurchase, priorOperation]) is { } vehicleFinding)
            yield return OfAConfirmedWhole(vehicleFinding, priorVehicle, [priorPurchase, priorOperation], confirmedTotal);
    }
}
