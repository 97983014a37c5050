using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Layout;

namespace Extractor.Tables;

/// <summary>
/// Reads an amount exactly as budget tables print it: grouped (<c>5,456.16</c>), with stray spaces from the
/// layout (<c>4, 461. 66</c>), ungrouped (<c>87267272.44</c>), in full-width digits, negative with a minus or
/// in brackets (<c>(12.50)</c>), wrapped over two lines of a narrow cell, and a lone dash for zero.
/// </summary>
public static partial class PrintedNumber
{
    // After spaces are removed: digits grouped by commas or not, an optional fraction.
    [GeneratedRegex(@"^(?<sign>[-+])?(?<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<frac>\d+))?$")]
    private static partial Regex Amount();

    /// <summary>A cell printing a lone dash for nothing (-, —, –, －, --), read as zero.</summary>
    public static bool IsDash(string text) => text is "-" or "—" or "–" or "－" or "--";

    // An amount's first line as a narrow column wraps it: grouped or with its point ("43,114.2", "25,048,627."), and
    // the rest of it on the next line ("0", "77").
    [GeneratedRegex(@"^(?<head>[-+(（]?[\d,]*[.,][\d,]*)\s*\n\s*(?<tail>[\d,.]+[)）]?)$")]
    private static partial Regex WrappedAmount();

    /// <summary>
    /// An amount wrapped onto two lines of its cell read as one (round AR's narrow columns: "43,114.2" over "0"); a
    /// cell of two whole figures, or of a code over its name, is left as it is.
    /// </summary>
    private static string Unwrapped(string text)
    {
        if (WrappedAmount().Match(text) is not { Success: true } m) return text;
        string joined = m.Groups["head"].Value + m.Groups["tail"].Value;
        // Two decimals at most: a figure over a stray digit below it ("1,234.00" over "5") is no amount cut in two.
        return Amount().Match(joined.Trim('(', '（', ')', '）')) is { Success: true } amount && amount.Groups["frac"].Value.Length <= 2 ? joined : text;
    }

    /// <summary>The exact value of a printed number, or null when the text is not a number.</summary>
    public static decimal? Parse(string printed)
    {
        var text = Unwrapped(CjkText.NormalizeNumbers(printed.Trim()));
        if (text.Length == 0) return null;
        if (IsDash(text)) return 0m;
        bool bracketed = text.Length > 2 && text[0] is '(' or '（' && text[^1] is ')' or '）';
        if (bracketed) text = text[1..^1];
        var compact = text.Replace(" ", "").Replace("\u00A0", "").Replace('，', ',');
        var m = Amount().Match(compact);
        if (!m.Success) return null;
        var digits = m.Groups["int"].Value.Replace(",", "") + (m.Groups["frac"].Success ? "." + m.Groups["frac"].Value : "");
        var value = decimal.Parse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        bool negative = bracketed || m.Groups["sign"].Value == "-";
        return negative ? -value : value;
    }
}
