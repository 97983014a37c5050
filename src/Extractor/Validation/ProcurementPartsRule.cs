using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// <c>sum.procurement</c> in the narrative: the stated 政府采购 total equals its stated 货物 + 工程 + 服务
/// ("合计312.11万元，其中：货物类0.00万元、工程类0.00万元、服务类292.11万元"), within the rounding of the
/// figures as printed. (The procurement table's own sums are <see cref="ColumnTotalRule"/>'s.)
/// </summary>
public sealed class ProcurementPartsRule : IConsistencyRule
{
    public string Id => "sum.procurement";

    private static readonly string[] Parts = [FactKeys.ProcurementGoods, FactKeys.ProcurementWorks, FactKeys.ProcurementServices];

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        if (document.Facts.FirstOrDefault(f => f.Key == FactKeys.ProcurementTotal) is not { } total) yield break;
        var parts = Parts.Select(key => document.Facts.FirstOrDefault(f => f.Key == key)).ToList();
        if (parts.Any(p => p is null)) yield break;
        decimal expected = parts.Sum(p => p!.Value);
        decimal difference = total.Value - expected;
        if (difference == 0) yield break;
        decimal tolerance = parts.Sum(p => FactPrecision.HalfLastDigitInYuan(p!));
        yield return new Finding
        {
            Rule = Id,
            Severity = Math.Abs(difference) <= tolerance ? FindingSeverity.Info : FindingSeverity.Error,
            Message = "narrative procurement.total != goods + works + services",
            Expected = expected, Actual = total.Value, Difference = difference, Tolerance = tolerance,
            Refs = [NarrativeShareRule.FactRef(total), .. parts.Select(p => NarrativeShareRule.FactRef(p!))],
        };
    }
}
