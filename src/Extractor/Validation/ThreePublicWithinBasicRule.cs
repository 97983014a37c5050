using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// <c>cross.table</c> for the 三公 costs a basic-expenditure table prints by economic class: 30212 因公出国（境）费用, 30217
/// 公务接待费 and 30231 公务用车运行维护费 are the basic expenditure's share of the 三公 table's part of that name, which
/// also holds what projects spend on it, so each is at most that part (round X's Chongqing: 30217 printed 6.56 beside a
/// 三公 公务接待费 of 3.56). The 三公 part is the whole flagged, as a whole below its part is.
/// </summary>
public sealed class ThreePublicWithinBasicRule : IConsistencyRule
{
    public string Id => RuleIds.CrossTable;

    /// <summary>
    /// Each economic class of a 三公 cost, by the 三公 part it is within, and the words its line is named by (a code some
    /// province gives another item, Shanghai's 30212 机关事业单位退休人员活动费, is not the 三公 cost).
    /// </summary>
    private static readonly (string Code, string Part, Func<Regex> Name)[] Classes =
    [
        ("30212", FactKeys.ThreePublicOverseas, LineLabels.Overseas),
        ("30217", FactKeys.ThreePublicReception, LineLabels.Reception),
        ("30231", FactKeys.ThreePublicVehicleOperation, LineLabels.VehicleOperation),
    ];

    private static readonly string[] BasicTables = [TableTypes.GeneralBudgetBasicByEconomic, TableTypes.FiscalAppropriationBasicByEconomic];

    /// <summary>The class line's columns holding its whole figure, in order of preference.</summary>
    private static readonly string[] Columns = [Measures.Total, Measures.Amount, Measures.BasicTotal, Measures.BasicPublicFunds];

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        var units = new UnitBlocks(document.LineItems);
        foreach (var (code, partKey, name) in Classes)
        {
            var line = document.LineItems
                .Where(i => i.Dimension == Dimensions.Economic && i.Code == code && name().IsMatch(i.Name) && i.IsPrinted && Array.IndexOf(BasicTables, i.TableType) >= 0
                    && !units.PerUnit(i) && Array.IndexOf(Columns, Measures.WithoutActual(i.Measure)) >= 0 && !Measures.IsBudgetPhase(i.Measure))
                .MinBy(i => (Array.IndexOf(BasicTables, i.TableType), Array.IndexOf(Columns, Measures.WithoutActual(i.Measure)), i.Row));
            if (line is null || NarrativeTableRule.ThreePublicLine(document, partKey, budget: false) is not { } part) continue;
            decimal rounding = SumCheck.HalfLastDigitInYuan([line]) + SumCheck.HalfLastDigitInYuan([part]);
            if (line.Amount <= part.Amount + rounding) continue;
            var finding = SumCheck.Graded(Id, $"{partKey}: three_public_expenses below economic class {code} of basic expenditure",
                line.Amount, part.Amount, rounding, [SumCheck.Ref(part), SumCheck.Ref(line)]);
            yield return finding with { MessageZh = ChineseMessage.BelowItsPart(Id, line.Amount, part.Amount, finding.Refs) };
        }
    }
}
