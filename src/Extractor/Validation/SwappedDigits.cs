using System.Globalization;
using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// The amounts a printed figure would be with two neighbouring digits swapped back: a typist's slip (26.84 printed 28.64,
/// across the point as often as not) that puts a sum off by a multiple of nine of the digit's place.
/// </summary>
public static class SwappedDigits
{
    /// <param name="yuan">The amount read (yuan).</param>
    /// <param name="style">How it is printed: its unit and decimals give its digits.</param>
    /// <returns>Each amount (yuan) the printed digits make with one neighbouring pair swapped, none with a leading zero.</returns>
    public static IEnumerable<decimal> Of(decimal yuan, PrintedStyle style)
    {
        decimal value = yuan / style.YuanPerUnit, unit = PrintedPrecision.DigitUnit(style.Decimals);
        if (value == 0 || value % unit != 0) yield break;
        string digits = Math.Abs(value).ToString("F" + style.Decimals, CultureInfo.InvariantCulture).Replace(".", "", StringComparison.Ordinal);
        int whole = digits.Length - style.Decimals;
        for (int i = 0; i + 1 < digits.Length; i++)
        {
            if (digits[i] == digits[i + 1] || i == 0 && digits[1] == '0' && whole > 1) continue;
            string swapped = string.Concat(digits.AsSpan(0, i), digits[i + 1].ToString(), digits[i].ToString(), digits.AsSpan(i + 2));
            yield return decimal.Parse(swapped, CultureInfo.InvariantCulture) * unit * Math.Sign(value) * style.YuanPerUnit;
        }
    }
}
