namespace Extractor.Model;

/// <summary>
/// How precisely a figure is printed, read from the decimal it was parsed into (which keeps its printed scale:
/// "292.10" is 292.10, two decimals): the one place every stage reads printed precision from.
/// </summary>
public static class PrintedPrecision
{
    /// <summary>The decimals the figure was printed with.</summary>
    public static int Decimals(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;

    /// <summary>
    /// One unit of the last digit an amount is printed to, in yuan: the amount converted to yuan keeps its printed
    /// scale (292.11万元 is 2921100.00, so 100 yuan).
    /// </summary>
    public static decimal LastDigitInYuan(decimal yuan, decimal yuanPerUnit) => yuanPerUnit * DigitUnit(Decimals(yuan));

    /// <summary>
    /// What rounding to print may move a sum of printed terms by: each term's half a unit of its last digit, and for
    /// a term printed as a bare zero ("0", "-", "0万元") <paramref name="finestBeside"/>, the finest such half printed
    /// beside it — a 0 among figures to the 0.01 is no rounder than they are, among whole 万元 as round. The tables'
    /// sums and the narrative's both add up their terms' rounding so.
    /// </summary>
    public static decimal SumRounding(IEnumerable<(decimal Half, bool BareZero)> terms, decimal finestBeside) =>
        terms.Sum(t => t.BareZero ? finestBeside : t.Half);

    /// <summary>Half a unit of the last digit a figure is printed to: what rounding it to print may have moved it by (0.005 for 292.10).</summary>
    public static decimal HalfLastDigit(decimal value) => DigitUnit(Decimals(value)) / 2;

    /// <summary>What rounding to print may have moved a sum of printed figures by: half a unit of each one's last digit.</summary>
    public static decimal HalfLastDigits(IEnumerable<decimal> values) => values.Sum(HalfLastDigit);

    /// <summary>One unit of the last of so many decimals: 0.01 for two.</summary>
    public static decimal DigitUnit(int decimals)
    {
        decimal unit = 1m;
        for (int d = 0; d < decimals; d++) unit /= 10m;
        return unit;
    }
}
