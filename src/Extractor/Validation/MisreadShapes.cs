using System.Globalization;

namespace Extractor.Validation;

/// <summary>
/// The misreadings OCR makes of a figure with high confidence, seen on every scanned round: the first digit of a
/// figure set right after a Chinese character lost (增长16.93% read 增长6.93%, 完成年初预算的104.73% read 04.73%, 100.00% read
/// 00.00%) or
/// a character before it read as a digit (占…的32.36% read 332.36%), a decimal point lost (1.7 read 17), and a leading 4 read
/// as 1 (4.94% read 1.94%). A publisher's misprint is a digit changed or two swapped, rarely one of these: the one digit OCR
/// changes surely is taken for its misreading.
/// </summary>
public static class MisreadShapes
{
    /// <summary>The most leading digits OCR loses or adds to a figure (104.73 read 4.73 loses the 1 and reads the 0 as nothing).</summary>
    private const int MostLeadingDigits = 2;

    /// <summary>The fewest digits the shorter figure keeps for the two to be told apart from a coincidence (5 against 15).</summary>
    private const int FewestKept = 2;

    /// <summary>
    /// Whether the printed figure (as read) is the expected one with its leading digits lost or added, or with its
    /// decimal point moved: both compared as digit strings at the printed figure's decimals (the expected one rounded
    /// to them, as a computed rate is), or at the expected one's where it has more (17 read for 1.7).
    /// </summary>
    public static bool Explain(decimal printed, decimal expected)
    {
        int expectedDecimals = (expected / 1.000000000000000000000000000000000m).Scale;
        return Explain(printed, expected, printed.Scale)
            || (expectedDecimals > printed.Scale && expectedDecimals <= MostDecimals && Explain(printed, expected, expectedDecimals));
    }

    /// <summary>The most decimals a figure is compared at: a figure is printed with four at most.</summary>
    private const int MostDecimals = 4;

    private static bool Explain(decimal printed, decimal expected, int decimals)
    {
        string read = Digits(Math.Round(Math.Abs(printed), decimals), decimals), wanted = Digits(Math.Round(Math.Abs(expected), decimals), decimals);
        if (read == wanted) return false;
        string readSignificant = read.Trim('0'), wantedSignificant = wanted.Trim('0');
        if (readSignificant.Length >= FewestKept && readSignificant == wantedSignificant) return true;
        // Every digit but zeros lost: 完成年初预算的100.00% read 00.00% (round BD's Gansu).
        if (readSignificant.Length == 0 && wantedSignificant.Length is > 0 and <= MostLeadingDigits && wanted.StartsWith(wantedSignificant, StringComparison.Ordinal)) return true;
        // A leading 4 read as 1, surely, at 200 dpi (round DA's Gansu and Shaanxi: 增长4.94% read 增长1.94% at 89).
        if (read.Length == wanted.Length && read.Length > FewestKept && read[0] == '1' && wanted[0] == '4' && read[1..] == wanted[1..]) return true;
        return LeadingDigitsApart(read, wanted) || LeadingDigitsApart(wanted, read);
    }

    private static bool LeadingDigitsApart(string longer, string shorter) =>
        shorter.Length >= FewestKept && longer.Length - shorter.Length is > 0 and <= MostLeadingDigits && longer.EndsWith(shorter, StringComparison.Ordinal);

    /// <summary>The figure's digits at so many decimals, the point and the leading zeros left out.</summary>
    private static string Digits(decimal value, int decimals) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture).Replace(".", "", StringComparison.Ordinal).TrimStart('0');
}
