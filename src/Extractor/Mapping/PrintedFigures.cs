using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Mapping;

/// <summary>Figures as the narrative prints them: numbers with thousands separators, amounts with their unit.</summary>
internal static class PrintedFigures
{
    /// <summary>"1,623.18" → 1623.18, keeping the printed decimals (the decimal's scale).</summary>
    public static decimal Number(string text) => decimal.Parse(text.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>Yuan per printed unit: 10000 for 万元, 1 for 元.</summary>
    public static decimal UnitFactor(string unit) => unit == "万元" ? 10000m : 1m;

    /// <summary>An amount in yuan, and the yuan per unit it was printed in.</summary>
    public static (decimal Value, decimal Unit) Money(Group number, Group unit)
    {
        decimal factor = UnitFactor(unit.Value);
        return (Number(number.Value) * factor, factor);
    }

    /// <summary>
    /// A budget carried out (<see cref="Wording.NarrativePhrasings.Execution"/>): the budget (the 全年 one where the
    /// text gives it, else the 年初), the completion rate and the comparison as stated; null where the statement
    /// names neither budget in its own words (the budget it follows is printed before the match).
    /// </summary>
    public static BudgetExecution? Execution(Match m)
    {
        var (budget, unit) = m.Groups["adjusted"].Success ? (m.Groups["adjusted"], m.Groups["aunit"]) : (m.Groups["initial"], m.Groups["iunit"]);
        if (!budget.Success) return null;
        string? stated = m.Groups["roughly"].Success ? "about_equal"
            : NarrativePhrasings.Comparison(m.Groups["cmp"].Value) ?? (m.Value.EndsWith(NarrativePhrasings.Flat) ? "equal" : null);
        return new BudgetExecution(Money(budget, unit).Value, m.Groups["pct"].Success ? Number(m.Groups["pct"].Value) : null, stated);
    }
}
