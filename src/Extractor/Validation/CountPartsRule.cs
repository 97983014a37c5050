using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// <c>sum.count_parts</c>: a count the narrative breaks down (共有车辆55辆。其中，一般公务用车13辆、执法执勤用车40辆、其他用车2辆;
/// 共有编制46人，其中：行政编制21人…) equals the sum of the parts it lists. One part alone ("其中，一般公务用车54辆") may
/// name a subset and is only held to not exceeding the whole. Counts are exact. So an amount broken down into its kinds
/// (资产总额6,419.16万元，其中：流动资产…，固定资产…，无形资产…), within the rounding of the stated figures; listing three kinds at least,
/// as a whole's composition does.
/// </summary>
public sealed class CountPartsRule : IConsistencyRule
{
    public string Id => RuleIds.CountParts;

    /// <summary>Amounts listed after their whole, fewer than this many may be some of its kinds only (其中：固定资产…、在建工程…).</summary>
    private const int MinAmountsComplete = 3;

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        foreach (var parts in document.Facts.Where(f => f.Key == FactKeys.CountPart).GroupBy(f => f.ShareOf))
        {
            if (document.Facts.FirstOrDefault(f => f.Key == parts.Key) is not { } whole) continue;
            decimal sum = parts.Sum(p => p.Value);
            bool complete = parts.Count() > 1;
            if (sum == whole.Value || (!complete && sum < whole.Value)) continue;
            string names = string.Join(" + ", parts.Select(p => p.Name));
            yield return SumCheck.Graded(Id, $"narrative {whole.Key} != {names}", sum, whole.Value, tolerance: 0,
                [SumCheck.Ref(whole), .. parts.Select(SumCheck.Ref)], FindingFigures.Counts);
        }
        foreach (var parts in document.Facts.Where(f => f.Key == FactKeys.AmountPart).GroupBy(f => f.ShareOf))
        {
            if (document.Facts.FirstOrDefault(f => f.Key == parts.Key) is not { } whole) continue;
            decimal sum = parts.Sum(p => p.Value);
            decimal tolerance = parts.Append(whole).Sum(FactPrecision.HalfLastDigitInYuan);
            bool complete = parts.Key == FactKeys.OperatingCosts ? NamesEveryTableItem(document, [.. parts]) : parts.Count() >= MinAmountsComplete;
            if (Math.Abs(sum - whole.Value) <= tolerance || (!complete && sum < whole.Value)) continue;
            string names = string.Join(" + ", parts.Select(p => p.Name));
            yield return SumCheck.Graded(Id, $"narrative {whole.Key} != {names}", sum, whole.Value, tolerance,
                [SumCheck.Ref(whole), .. parts.Select(SumCheck.Ref)]);
        }
    }

    /// <summary>
    /// Whether the 机关运行经费's items the narrative lists are all of them: each item the 机关运行经费 table prints, and no other. 其中 may
    /// list the main items only (办公费、水电费、差旅费), which are then held only to not exceeding the whole.
    /// </summary>
    private static bool NamesEveryTableItem(ExtractedDocument document, IReadOnlyList<Fact> parts)
    {
        var items = document.LineItems.Where(i => i.TableType == TableTypes.OperatingCosts && i.IsPrinted && !LineLabels.OperatingCostsTotal().Names(i))
            .Select(i => LineLabels.Bare(i.Name)).ToHashSet();
        return items.Count > 0 && items.SetEquals(parts.Select(p => LineLabels.Bare(p.Name!)));
    }
}
