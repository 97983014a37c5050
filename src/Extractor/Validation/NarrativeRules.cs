using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// <c>narrative.share</c>: a share the narrative states ("占81.77%") equals part ÷ whole at the printed
/// precision; <c>narrative.change</c>: a stated change rate ("增加95.54万元,增长1.78%") equals the amount over
/// last year's figure (this year's less an increase, plus a decrease). Shares round half away from zero;
/// change and completion rates are as printed rounded or cut off (<see cref="PrintedRate"/>).
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
            if (AgainstPrior(fact) is { } stated)
            {
                yield return stated;
                continue;
            }
            if (fact.Prior is not null) continue;
            if (fact.Change is not { Amount: { } amount, Pct: { } pct, Direction: "increase" or "decrease" } change) continue;
            decimal previous = change.Direction == "increase" ? fact.Value - amount : fact.Value + amount;
            if (previous == 0) continue;
            if (PrintedRate.Matches(amount / previous * 100, pct, out decimal expected)) continue;
            yield return SumCheck.Graded(Id, $"{fact.Key} change vs {change.ComparedYear}", expected, pct, tolerance: 0, [SumCheck.Ref(fact)]);
        }
    }

    /// <summary>
    /// A rate stated against last year's figure the paragraph gives ("2025年当年预算执行数为2149.45万元，2026年预算安排
    /// 2170.39万元，比2025年预算执行数增加0.97%"): (this year's − last year's) ÷ last year's, in the stated direction. A
    /// rate from nothing (last year 0) has no value to check.
    /// </summary>
    private Finding? AgainstPrior(Fact fact)
    {
        if (fact is not { Prior: { Amount: not 0 } prior, Change: { Pct: { } pct, Direction: "increase" or "decrease" } change }) return null;
        decimal current = fact.Planned ?? fact.Value;
        decimal rate = (current - prior.Amount) / prior.Amount * 100;
        // Stated as a decrease, the rate is the fall: a rise stated as a fall computes negative and never matches.
        if (change.Direction == "decrease") rate = -rate;
        if (PrintedRate.Matches(rate, pct, out decimal expected)) return null;
        return SumCheck.Graded(Id, $"{fact.Key} {fact.Code} change vs {prior.Year} {prior.Kind}", expected, pct, tolerance: 0, [SumCheck.Ref(fact)]);
    }
}

/// <summary>
/// A rate printed to some decimals (a change or a completion rate): rounded at its last digit, or cut off
/// there (95.457 % printed 95.45 %), as publishers compute them either way.
/// </summary>
public static class PrintedRate
{
    /// <param name="rate">The rate the figures give.</param>
    /// <param name="printed">The rate as printed.</param>
    /// <param name="expected">The rate rounded to the printed decimals.</param>
    public static bool Matches(decimal rate, decimal printed, out decimal expected)
    {
        decimal digit = SumCheck.DigitUnit(NarrativeShareRule.Decimals(printed));
        expected = Math.Round(rate / digit, MidpointRounding.AwayFromZero) * digit;
        return expected == printed || Math.Truncate(rate / digit) * digit == printed;
    }
}
