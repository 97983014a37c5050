using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// <c>narrative.change</c> for changes stated as amounts: the parts' changes add up to the whole's. Jiangsu
/// budgets state the change of the total (收、支预算总计各增加…), of each income source and of basic, project
/// and reserve expenditure, and budgets of every province the change of 三公 and of each of its parts (因公出国（境）费
/// …比2024年预算持平，公务用车购置费…减少10万元); a part's change that does not fit is a misprint. A composition is checked only
/// where the parts' own figures add up to the total's this year, so no part is missing. A final account's 三公 parts
/// stated with their differences from the budget (比预算数减少31万元) add up likewise (<c>narrative.comparison</c>).
/// <para>
/// The fiscal appropriation (财政拨款收、支总计, 财政拨款支出, 一般公共预算 when it is all of it) is often stated
/// two or three times with its change: when those statements disagree, the change the income composition gives
/// (the total's less the other sources') tells which are misprinted.
/// </para>
/// </summary>
public sealed class ChangeCompositionRule : IConsistencyRule
{
    private static readonly string[] Totals = [FactKeys.IncomeTotal, FactKeys.ExpenditureTotal];

    /// <summary>Sources that are no part of the fiscal appropriation.</summary>
    private static readonly string[] OtherSources = [FactKeys.IncomeOther, FactKeys.IncomeCarryover];

    /// <summary>Statements of the fiscal appropriation, or of its general-budget part when that is all of it.</summary>
    private static readonly string[] FiscalStatements =
        [FactKeys.FiscalAppropriationTotal, FactKeys.IncomeGeneralBudget, FactKeys.GeneralBudgetTotal];

    /// <summary>
    /// 三公 and its parts: the vehicles' part stated whole, or by purchase and running where it is not stated with
    /// a change; the vehicles' part and its two.
    /// </summary>
    private static readonly FactComposition[] ThreePublicCompositions =
        [FactCompositions.ThreePublic, FactCompositions.ThreePublicByVehicleParts, FactCompositions.Vehicle];

    public string Id => RuleIds.NarrativeChange;

    /// <summary>
    /// A final account states each 三公 part's difference from its budget as it states changes (比预算数减少31万元): those
    /// add up to the total's (<c>narrative.comparison</c>).
    /// </summary>
    public IReadOnlyList<string> Emits => [RuleIds.NarrativeChange, RuleIds.NarrativeComparison];

    /// <summary>What a composition adds up: the changes against last year, or the differences from the budget.</summary>
    private sealed record Composed(string Rule, string Label, string Labels, Func<Fact, decimal?> Signed, Func<Fact, decimal> Half, Func<Fact, Fact, bool> Comparable);

    private static readonly Composed Changes = new(RuleIds.NarrativeChange, "change", "changes", Signed, FactPrecision.HalfChangeDigitInYuan, SameYear);

    private static readonly Composed Differences = new(RuleIds.NarrativeComparison, "difference from the budget", "differences",
        f => f.Execution is { } execution ? NarrativeComparisonRule.SignedDifference(execution) : null,
        HalfDifferenceDigitInYuan, (_, _) => true);

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        int decimals = FactPrecision.NarrativeDecimals(document);
        foreach (var finding in ThreePublic(document, decimals)) yield return finding;
        var total = document.Facts.FirstOrDefault(f => Totals.Contains(f.Key) && Signed(f) is not null);
        if (total is null) yield break;
        foreach (var composition in new[] { FactCompositions.Expenditure, FactCompositions.IncomeSources })
            if (Composition(document, total, composition.Parts, Changes, decimals) is { } finding) yield return finding;
        foreach (var finding in FiscalRestatements(document, total)) yield return finding;
    }

    private static IEnumerable<Finding> ThreePublic(ExtractedDocument document, int decimals)
    {
        foreach (var stated in new[] { Changes, Differences })
        {
            bool vehicleStated = document.Facts.Any(f => f.Key == FactKeys.ThreePublicVehicle && stated.Signed(f) is not null);
            foreach (var (totalKey, parts, _) in ThreePublicCompositions)
            {
                if (totalKey == FactKeys.ThreePublicTotal && parts.Contains(FactKeys.ThreePublicVehicle) != vehicleStated) continue;
                var total = document.Facts.FirstOrDefault(f => f.Key == totalKey && stated.Signed(f) is not null);
                if (total is not null && Composition(document, total, parts, stated, decimals) is { } finding) yield return finding;
            }
        }
    }

    /// <summary>
    /// The total's change (or difference) against the sum of its parts', when every stated part states one. A change whose
    /// direction is misprinted (<see cref="NarrativeChangeRule.StatedTheOtherWay"/>, flagged on its own) adds up the way its
    /// amount and rate say, so the total is not flagged for it.
    /// </summary>
    private static Finding? Composition(ExtractedDocument document, Fact total, IReadOnlyList<string> partKeys, Composed stated, int decimals)
    {
        var parts = Parts(document, partKeys);
        if (parts.Count < 2 || !CoverTotal(total, parts)) return null;
        var changed = parts.Select(p => document.Facts.FirstOrDefault(f => f.Key == p.Key && stated.Comparable(f, total) && stated.Signed(f) is not null)).ToList();
        if (changed.Any(c => c is null)) return null;
        decimal sum = changed.Sum(c => stated.Signed(c!)!.Value);
        if (sum == stated.Signed(total)) return null;
        decimal tolerance = changed.Sum(c => stated.Half(c!)) + stated.Half(total);
        if (stated == Changes && changed.Select(c => NarrativeChangeRule.StatedTheOtherWay(c!, decimals)).ToList() is var otherWay && otherWay.Contains(true))
        {
            decimal meant = changed.Select((c, k) => otherWay[k] ? -stated.Signed(c!)!.Value : stated.Signed(c!)!.Value).Sum();
            if (Math.Abs(meant - stated.Signed(total)!.Value) <= tolerance) return null;
        }
        // A part's amount off its own rate (flagged on its own), which adds up as its rate says: the total is not flagged for it.
        if (stated == Changes && Math.Abs(sum - stated.Signed(total)!.Value) > tolerance && changed.Any(c => NarrativeChangeRule.ChangeTheRateGives(c!) is { } byRate
                && stated.Signed(total)!.Value - (sum - stated.Signed(c!)!.Value) is var meant
                && meant >= byRate.Low - tolerance && meant <= byRate.High + tolerance))
            return null;
        return SumCheck.Graded(stated.Rule, $"{total.Key} {stated.Label} vs its parts' {stated.Labels}", sum, stated.Signed(total)!.Value, tolerance,
            [SumCheck.Ref(total), .. changed.Select(c => SumCheck.Ref(c!))]);
    }

    /// <summary>
    /// Statements of the fiscal appropriation's change that disagree with one another, each checked against the
    /// total's change less the other sources' changes.
    /// </summary>
    private IEnumerable<Finding> FiscalRestatements(ExtractedDocument document, Fact total)
    {
        var others = Parts(document, OtherSources);
        var otherChanges = others.Select(p => document.Facts.FirstOrDefault(f => f.Key == p.Key && SameYear(f, total) && Signed(f) is not null)).ToList();
        if (otherChanges.Any(c => c is null)) yield break;
        decimal fiscal = total.Value - others.Sum(o => o.Value);
        decimal valueTolerance = FactPrecision.HalfLastDigitInYuan(total) + others.Sum(FactPrecision.HalfLastDigitInYuan);
        var statements = document.Facts.Where(f => FiscalStatements.Contains(f.Key) && SameYear(f, total) && Signed(f) is not null
            && Math.Abs(f.Value - fiscal) <= valueTolerance + FactPrecision.HalfLastDigitInYuan(f)).ToList();
        if (statements.Select(s => Signed(s)).Distinct().Count() < 2) yield break;
        decimal expected = Signed(total)!.Value - otherChanges.Sum(c => Signed(c!)!.Value);
        decimal tolerance = FactPrecision.HalfChangeDigitInYuan(total) + otherChanges.Sum(c => FactPrecision.HalfChangeDigitInYuan(c!));
        // Only where the composition confirms one of the statements: otherwise it cannot tell which is misprinted.
        if (!statements.Any(s => Math.Abs(Signed(s)!.Value - expected) <= tolerance + FactPrecision.HalfChangeDigitInYuan(s))) yield break;
        foreach (var statement in statements.Where(s => Math.Abs(Signed(s)!.Value - expected) > tolerance + FactPrecision.HalfChangeDigitInYuan(s)))
            yield return SumCheck.Graded(Id, $"{statement.Key} change vs {total.Key} change less the other sources'", expected, Signed(statement)!.Value,
                tolerance + FactPrecision.HalfChangeDigitInYuan(statement), [SumCheck.Ref(statement), SumCheck.Ref(total), .. otherChanges.Select(c => SumCheck.Ref(c!))]);
    }

    /// <summary>The first statement of each part's figure.</summary>
    private static List<Fact> Parts(ExtractedDocument document, IReadOnlyList<string> keys) =>
        [.. keys.Select(k => document.Facts.FirstOrDefault(f => f.Key == k)).OfType<Fact>()];

    private static bool CoverTotal(Fact total, IReadOnlyList<Fact> parts) =>
        Math.Abs(parts.Sum(p => p.Value) - total.Value) <= FactPrecision.HalfLastDigitInYuan(total) + parts.Sum(FactPrecision.HalfLastDigitInYuan);

    private static bool SameYear(Fact fact, Fact total) => fact.Change?.ComparedYear == total.Change?.ComparedYear;

    /// <summary>What rounding to print may move the stated difference by, in yuan; 0 without one.</summary>
    private static decimal HalfDifferenceDigitInYuan(Fact fact) =>
        fact.Execution is { Difference: { } amount } && amount != 0 && fact.PrintedUnit is { } unit
            ? PrintedPrecision.LastDigitInYuan(amount, unit) / 2m
            : 0m;

    /// <summary>The stated change as a signed amount (a decrease negative, 持平 zero); null when none is stated.</summary>
    private static decimal? Signed(Fact fact) => fact.Change?.SignedAmount();
}
