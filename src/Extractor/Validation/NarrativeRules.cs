using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// <c>narrative.share</c>: a share the narrative states ("占81.77%") equals part ÷ whole at the printed
/// precision; <c>narrative.change</c>: a stated change rate ("增加95.54万元,增长1.78%") equals the amount over
/// last year's figure (this year's less an increase, plus a decrease). Rounding half away from zero, as printed.
/// </summary>
public sealed class NarrativeShareRule : IConsistencyRule
{
    public string Id => "narrative.share";

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        foreach (var part in document.Facts.Where(f => f.ShareOf is not null && f.SharePct is not null))
        {
            if (document.Facts.FirstOrDefault(f => f.Key == part.ShareOf) is not { Value: not 0 } whole) continue;
            decimal expected = Math.Round(part.Value / whole.Value * 100, Decimals(part.SharePct!.Value), MidpointRounding.AwayFromZero);
            if (expected == part.SharePct) continue;
            yield return SumCheck.Graded(Id, $"{part.Key} share of {whole.Key}", expected, part.SharePct!.Value, tolerance: 0,
                [SumCheck.Ref(part), SumCheck.Ref(whole)]);
        }
    }

    internal static int Decimals(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;
}

public sealed class NarrativeChangeRule : IConsistencyRule
{
    public string Id => "narrative.change";

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        foreach (var fact in document.Facts)
        {
            if (fact.Change is not { Amount: { } amount, Pct: { } pct, Direction: "increase" or "decrease" } change) continue;
            decimal previous = change.Direction == "increase" ? fact.Value - amount : fact.Value + amount;
            if (previous == 0) continue;
            decimal expected = Math.Round(amount / previous * 100, NarrativeShareRule.Decimals(pct), MidpointRounding.AwayFromZero);
            if (expected == pct) continue;
            yield return SumCheck.Graded(Id, $"{fact.Key} change vs {change.ComparedYear}", expected, pct, tolerance: 0, [SumCheck.Ref(fact)]);
        }
    }
}
