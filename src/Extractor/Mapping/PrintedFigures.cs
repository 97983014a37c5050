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

    /// <summary>Yuan per printed unit: 100,000,000 for 亿元, 10,000 for 万元 (or 万 alone), 1 for 元.</summary>
    public static decimal UnitFactor(string unit) => MoneyUnitWords.YuanPer(unit);

    /// <summary>An amount in yuan, and the yuan per unit it was printed in.</summary>
    public static (decimal Value, decimal Unit) Money(Group number, Group unit)
    {
        decimal factor = UnitFactor(unit.Value);
        return (Number(number.Value) * factor, factor);
    }

    /// <summary>
    /// A final account's figure against its budget, as a budget-carried-out statement
    /// (<see cref="Wording.NarrativePhrasings.Execution"/>) or a level's comparison gives it: the budget (the 全年 one
    /// where the text gives it, else the 年初; null where it prints none), the completion rate, the comparison as
    /// stated, and the difference with its rate; null where the match states none of these.
    /// </summary>
    public static BudgetExecution? Execution(Match m)
    {
        var (budget, unit) = m.Groups["adjusted"].Success ? (m.Groups["adjusted"], m.Groups["aunit"]) : (m.Groups["initial"], m.Groups["iunit"]);
        // "年初预算为120.00万元，支出决算为130.00万元，完成全年预算的100%": the rate and the comparison are against a 全年 (调整) budget
        // the text leaves out, not the 年初 one. (With both budgets given the one a rate names is no guide: Putuo's 2024 final
        // account prints "年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成年初预算的95.89%", of the 全年 one:
        // the 年初 budget is kept beside it, InitialBudget.)
        if (m.Groups["against"].Value is not ("" or "年初") && m.Groups["initialnamed"].Success && !m.Groups["adjusted"].Success)
            return new BudgetExecution(Money(budget, unit).Value, null, null);
        decimal? difference = m.Groups["bdiff"].Success ? Money(m.Groups["bdiff"], m.Groups["bunit"]).Value : null;
        // "比预算增加0万元" says the two are the same.
        string? stated = m.Groups["roughly"].Success ? "about_equal"
            : m.Groups["cmpflat"].Success || difference == 0 ? "equal"
            : m.Groups["diffrate"].Success ? DifferenceRateDirection(m)
            : NarrativePhrasings.Comparison(m.Groups["cmp"].Value);
        var execution = new BudgetExecution(
            budget.Success ? Money(budget, unit).Value : null,
            m.Groups["completion"].Success ? Number(m.Groups["completion"].Value) : null,
            stated)
        {
            Difference = difference,
            DifferencePct = m.Groups["bpct"].Success ? Number(m.Groups["bpct"].Value) : null,
            InitialBudget = m.Groups["adjusted"].Success && m.Groups["initial"].Success ? Money(m.Groups["initial"], m.Groups["iunit"]).Value : null,
            CompletionOfInitial = m.Groups["adjusted"].Success && m.Groups["initial"].Success && BudgetNamedBy(m, "completion") == "年初",
            ComparisonOfInitial = m.Groups["adjusted"].Success && m.Groups["initial"].Success && BudgetNamedBy(m, "cmp") == "年初",
            AdjustedCompletionPct = m.Groups["adjcompletion"].Success ? Number(m.Groups["adjcompletion"].Value) : null,
        };
        return execution == new BudgetExecution(null, null, null) ? null : execution;
    }

    /// <summary>
    /// The budget a completion rate (<c>completion</c>) or a comparison (<c>cmp</c>) names (年初, 全年, 调整), from the words
    /// nearest it; null where it names none. Not a budget another clause names ("决算数为调整预算数的88.87%。决算数比年初预算
    /// 增加2.98万元", Shanghai: the rate names 调整, the comparison 年初).
    /// </summary>
    private static string? BudgetNamedBy(Match m, string group)
    {
        var told = m.Groups[group];
        if (!told.Success) return null;
        // The nearest before a rate or a comparison's word (完成年初预算的…, 比年初预算增加), or after a comparison's (决算数大于年初预算数);
        // never after a rate, where a second rate names its own (完成年初预算的104.65%，完成调整预算的96.46%).
        bool rate = group == "completion";
        return m.Groups["against"].Captures.Where(c => Math.Abs(told.Index - c.Index) <= NamingReach && (!rate || c.Index < told.Index))
            .MinBy(c => Math.Abs(told.Index - c.Index)) is { Length: > 0 } named ? named.Value : null;
    }

    /// <summary>How far from a rate's figure or a comparison's word the budget it names may be (为年初预算1200.00万元的112.44%).</summary>
    private const int NamingReach = 24;

    /// <summary>How a rate of the difference from the budget compares the two: below by its minus sign or 节支, equal at 0.</summary>
    private static string DifferenceRateDirection(Match m) =>
        m.Groups["below"].Success ? "less" : Number(m.Groups["bpct"].Value) == 0 ? "equal" : "greater";
}
