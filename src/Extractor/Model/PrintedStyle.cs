using System.Globalization;
using System.Text.RegularExpressions;

namespace Extractor.Model;

/// <summary>
/// How the page prints a money figure: in what unit (yuan per unit: 1 for 元, 10000 for 万元), to how many decimals, and
/// whether with thousands separators — so that a finding quotes its figures as the reader finds them on the page
/// (1886.10万元, not 1,886.1万元; 421,600.00元 in a document printed in 元, not 42.16万元).
/// </summary>
public sealed partial record PrintedStyle(decimal YuanPerUnit, int Decimals, bool Grouped)
{
    /// <summary>
    /// A table cell's style, from its text and the amount read from it; null where the text gives none (blank, a dash, a zero).
    /// Its unit is whatever the amount is of the printed number; a message tells only a unit it has a word for.
    /// </summary>
    public static PrintedStyle? Of(LineItem line)
    {
        string text = line.AmountPrinted.Trim();
        if (!decimal.TryParse(text.Replace(",", "").Replace("，", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var printed) || printed == 0)
            return null;
        return new PrintedStyle(line.Amount / printed, PrintedPrecision.Decimals(printed), text.Contains(','));
    }

    /// <summary>A stated figure's style, from its unit and the decimals its value kept; null for a figure that is no money.</summary>
    public static PrintedStyle? Of(Fact fact) =>
        fact.PrintedUnit is { } unit && unit > 0
            ? new PrintedStyle(unit, PrintedPrecision.Decimals(fact.Value), GroupedDigits().IsMatch(fact.Quote))
            : null;

    [GeneratedRegex(@"\d,\d{3}")]
    private static partial Regex GroupedDigits();
}
