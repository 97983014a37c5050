using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// <c>sum.procurement</c> for the small-and-medium-enterprise sentences: a part never exceeds what it is part
/// of. The budget set aside for small and micro enterprises is part of the one set aside for SMEs, which (in a
/// budget) is part of the procurement budget; in a final account, what SMEs won in the projects set aside for
/// them and in the other projects together is part of the procurement total, as are the contracts awarded to SMEs
/// (授予中小企业合同金额), of which those awarded to small and micro enterprises are part. These are bounds, not sums: only
/// a part larger than its whole, beyond the rounding of the printed figures, is a finding.
/// </summary>
public sealed class SmeProcurementRule : IConsistencyRule
{
    public string Id => RuleIds.Procurement;

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        Fact? Stated(string key) => document.Facts.FirstOrDefault(f => f.Key == key);
        var total = Stated(FactKeys.ProcurementTotal);
        var reserved = Stated(FactKeys.ProcurementSmeReserved);
        if (Exceeding(Stated(FactKeys.ProcurementSmallMicroReserved) is { } smallMicro ? [smallMicro] : [], reserved,
                "small and micro enterprises' reserve > the SME reserve") is { } finding)
            yield return finding;
        if (document.Phase == BudgetPhase.Budget && Exceeding(reserved is null ? [] : [reserved], total, "SME reserve > procurement budget") is { } overBudget)
            yield return overBudget;
        var won = new[] { Stated(FactKeys.ProcurementSmeWonReserved), Stated(FactKeys.ProcurementSmeWonOther) }.OfType<Fact>().ToList();
        if (Exceeding(won, total, "won by SMEs (reserved + other projects) > procurement total") is { } overTotal)
            yield return overTotal;
        var awarded = Stated(FactKeys.ProcurementSmeAwarded);
        if (Exceeding(awarded is null ? [] : [awarded], total, "awarded to SMEs > procurement total") is { } overAwarded)
            yield return overAwarded;
        if (Exceeding(Stated(FactKeys.ProcurementSmallMicroAwarded) is { } smallMicroAwarded ? [smallMicroAwarded] : [], awarded,
                "awarded to small and micro enterprises > awarded to SMEs") is { } overSme)
            yield return overSme;
    }

    private Finding? Exceeding(IReadOnlyList<Fact> parts, Fact? whole, string message)
    {
        if (whole is null || parts.Count == 0) return null;
        decimal sum = parts.Sum(p => p.Value);
        decimal tolerance = parts.Sum(FactPrecision.HalfLastDigitInYuan) + FactPrecision.HalfLastDigitInYuan(whole);
        if (sum - whole.Value <= tolerance) return null;
        return SumCheck.Graded(Id, message, whole.Value, sum, tolerance, [.. parts.Select(SumCheck.Ref), SumCheck.Ref(whole)]);
    }
}
