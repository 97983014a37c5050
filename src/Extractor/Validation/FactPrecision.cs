using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Mapping;
using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>How precisely the narrative prints a figure: read from its quote ("312.11万元": to 100 yuan).</summary>
public static partial class FactPrecision
{
    /// <summary>Whether a fact's quote prints its figure (2659.47 or 2,659.47 for 2659.47万元), not one stated apart from it.</summary>
    public static bool PrintsItsFigure(Fact fact) =>
        fact.PrintedUnit is { } unit && unit != 0 && fact.Value / unit is var printed
        && (fact.Quote.Contains(printed.ToString("0.##", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            || fact.Quote.Contains(printed.ToString("#,0.##", CultureInfo.InvariantCulture), StringComparison.Ordinal));

    /// <summary>The first amount a quote prints with its unit: its decimals and the yuan per unit.</summary>
    [GeneratedRegex($@"(?<number>\d[\d,]*(?:\.(?<decimals>\d+))?)\s*(?<unit>{NarrativePhrasings.MoneyUnits})")]
    private static partial Regex PrintedAmount();

    /// <summary>
    /// One unit of the last digit the fact's figure is printed to, in yuan (100 for "292.11万元"): from the unit
    /// and decimals the fact carries where it was read with them, else from the first amount its quote prints.
    /// </summary>
    public static decimal LastDigitInYuan(Fact fact)
    {
        if (fact.PrintedUnit is { } unit) return PrintedPrecision.LastDigitInYuan(fact.Value, unit);
        if (PrintedAmount().Match(fact.Quote) is not { Success: true } printed) return 0.01m;
        decimal yuanPerUnit = PrintedFigures.UnitFactor(printed.Groups["unit"].Value);
        return yuanPerUnit * PrintedPrecision.DigitUnit(printed.Groups["decimals"].Length);
    }

    /// <summary>An amount rounded to a digit given in yuan (100: to the 0.01 万元).</summary>
    public static decimal RoundedTo(decimal amount, decimal digit) => Math.Round(amount / digit, MidpointRounding.AwayFromZero) * digit;

    /// <summary>
    /// Whether two statements of one figure agree as printed: equal once both are rounded to the coarser of their
    /// last digits ("70万元" and "70.00万元" do; "183.6" and "183.61" do not).
    /// </summary>
    public static bool AgreeAsPrinted(Fact a, Fact b)
    {
        decimal digit = Math.Max(LastDigitInYuan(a), LastDigitInYuan(b));
        return RoundedTo(a.Value, digit) == RoundedTo(b.Value, digit);
    }

    /// <summary>
    /// Whether a stated figure restates a table line's as printed: rounded to the coarser of the two last digits. A
    /// figure stated to a coarser digit than the table's is the table's rounded (877,080 元 as 87.71万元); one stated more
    /// finely (18,286,723.00元 beside a table's 1,828.67万元) is rounded as the table rounds it. A line printed 0 is
    /// held to the stated digit.
    /// </summary>
    /// <summary>
    /// The rounding <see cref="AgreesWithLine"/> allows between a line and a stated figure: half the coarser of their
    /// last digits, in yuan. A finding of the two carries it as its tolerance.
    /// </summary>
    public static decimal LineTolerance(LineItem line, decimal statedDigit) => Math.Max(SumCheck.HalfLastDigitInYuan([line]), statedDigit / 2m);

    public static bool AgreesWithLine(LineItem line, decimal stated, decimal statedDigit)
    {
        decimal lineDigit = 2 * SumCheck.HalfLastDigitInYuan([line]);
        return lineDigit > statedDigit && line.Amount != 0
            ? RoundedTo(stated, lineDigit) == line.Amount
            : RoundedTo(line.Amount, statedDigit) == stated;
    }

    /// <summary>
    /// <see cref="AgreesWithLine"/>, or the table's figure cut off to the stated digit, as publishers also convert
    /// (877,080 元 as 87.70万元).
    /// </summary>
    public static bool Restates(LineItem line, decimal stated, decimal statedDigit) =>
        AgreesWithLine(line, stated, statedDigit) || Restates(line.Amount, stated, statedDigit);

    /// <summary>Whether a figure stated to a digit restates a table's amount, rounded or cut off to it.</summary>
    public static bool Restates(decimal table, decimal stated, decimal digit) =>
        RoundedTo(table, digit) == stated || Math.Truncate(table / digit) * digit == stated;

    /// <summary>Half of <see cref="LastDigitInYuan"/>: what rounding to print may move the figure by.</summary>
    public static decimal HalfLastDigitInYuan(Fact fact) => LastDigitInYuan(fact) / 2m;

    /// <summary>
    /// What rounding may have moved a stated whole's parts by together, in yuan (<see cref="PrintedPrecision.SumRounding"/>):
    /// a part stated 0 rounds as finely as the finest figure stated beside it, or by its own digit where all are 0. A
    /// whole stated more coarsely than its parts (1.21亿元 over parts to the 0.01万元, 1,212万元 over 950.12 and 262.00)
    /// is itself rounded: half its own last digit is added, as the tables' sums add a coarser total's.
    /// </summary>
    public static decimal SumTolerance(Fact whole, IReadOnlyList<Fact> parts)
    {
        var printed = parts.Prepend(whole).Where(f => f.Value != 0).Select(HalfLastDigitInYuan).ToList();
        decimal ofParts = PrintedPrecision.SumRounding(parts.Select(p => (HalfLastDigitInYuan(p), p.Value == 0 && printed.Count > 0)), printed.DefaultIfEmpty(0m).Min());
        var finestPart = parts.Where(p => p.Value != 0).Select(HalfLastDigitInYuan).DefaultIfEmpty(decimal.MaxValue).Min();
        return ofParts + (whole.Value != 0 && HalfLastDigitInYuan(whole) > finestPart ? HalfLastDigitInYuan(whole) : 0m);
    }

    /// <summary>
    /// What rounding to print may move another figure the fact states in the same unit by (its restated 预算安排,
    /// last year's figure, the budget it was carried out against, its change): half a unit of that figure's last
    /// digit, taken no coarser than the digit the narrative prints most figures to — publishers drop trailing
    /// zeros ("增加28.1万元" for 28.10 among figures printed to 0.01, "1657万元" for 1657.00).
    /// </summary>
    /// <param name="printedUnit">The unit the figure was printed in where it is not the fact's own (a change in 万元 of a figure in 元).</param>
    public static decimal HalfDigitInYuan(Fact fact, decimal figure, int narrativeDecimals, decimal? printedUnit = null) =>
        (printedUnit ?? fact.PrintedUnit) is { } unit
            ? unit * PrintedPrecision.DigitUnit(Math.Max(narrativeDecimals, PrintedPrecision.Decimals(figure))) / 2m
            : HalfLastDigitInYuan(fact with { Value = figure });

    /// <summary>The decimals the document's narrative prints most of its amounts to (0 without amounts).</summary>
    public static int NarrativeDecimals(ExtractedDocument document) =>
        document.Facts.Where(f => f.PrintedUnit is not null).GroupBy(f => PrintedPrecision.Decimals(f.Value))
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).Select(g => g.Key).FirstOrDefault();

    /// <summary>
    /// What rounding to print may move the fact's stated change amount by, in yuan (50 for "增加3,958.67万元"); 0
    /// without an amount, or where it was read without its unit.
    /// </summary>
    public static decimal HalfChangeDigitInYuan(Fact fact) =>
        fact.Change is { Amount: { } amount } change && (change.PrintedUnit ?? fact.PrintedUnit) is { } unit && amount != 0
            ? PrintedPrecision.LastDigitInYuan(amount, unit) / 2m
            : 0m;
}
