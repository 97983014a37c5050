using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// A printed total compared with the sum of its printed parts, with the rounding tolerance of the
/// catalogue: each printed term may be off by half a unit of the last digit the figures are printed to —
/// 0.005 of the unit for two decimals (50 yuan in a 万元 table), 0.5 yuan for whole yuan — a zero printed as
/// "0" or "-" included; a difference within that is rounding (<c>info</c>), beyond it an <c>error</c>.
/// Exact decimals throughout.
/// </summary>
public static class SumCheck
{
    /// <returns>A finding when total and sum differ; null when they agree exactly, or when the parts are
    /// printed entirely blank (a breakdown not filled in is not checked) unless <paramref name="blanksAreZeros"/>
    /// says their rows are filled (<see cref="BlankCells"/>).</returns>
    public static Finding? Compare(string rule, string message, LineItem total, IReadOnlyList<LineItem> parts, bool blanksAreZeros = false)
    {
        if (!blanksAreZeros && parts.All(p => !p.IsPrinted)) return null;
        decimal expected = parts.Sum(p => p.Amount);
        decimal difference = total.Amount - expected;
        if (difference == 0) return null;
        decimal tolerance = Tolerance([total, .. parts], parts) + CoarserTotal(total, parts);
        return Graded(rule, message, expected, total.Amount, tolerance, [Ref(total), .. parts.Select(Ref)]);
    }

    /// <summary>
    /// A printed figure that differs from what the rule computes: rounding within the tolerance, else an error
    /// (a tolerance of 0 for one printed value compared with another). <paramref name="figures"/> says what the two
    /// figures are (money unless said otherwise).
    /// </summary>
    internal static Finding Graded(string rule, string message, decimal expected, decimal actual, decimal tolerance, IReadOnlyList<FindingRef> refs,
        FindingFigures figures = FindingFigures.Amounts) => new()
    {
        Rule = rule,
        Severity = Math.Abs(actual - expected) <= tolerance ? FindingSeverity.Info : FindingSeverity.Error,
        Message = message,
        MessageZh = ChineseMessage.For(rule, expected, actual, tolerance, refs, figures),
        Expected = expected,
        Actual = actual,
        Difference = actual - expected,
        Tolerance = tolerance,
        Figures = figures,
        Refs = refs,
    };

    /// <summary>
    /// What rounding may have moved the printed terms by together, in yuan (<see cref="PrintedPrecision.SumRounding"/>):
    /// a term printed whole (22,118,861 beside 64,840,547.00) may be off by half a yuan.
    /// </summary>
    internal static decimal Tolerance(IReadOnlyList<LineItem> figures, IReadOnlyList<LineItem> terms)
    {
        decimal finest = HalfLastDigit(figures), perUnit = YuanPerUnit(figures);
        return PrintedPrecision.SumRounding(
            terms.Where(t => t.IsPrinted).Select(t => (HalfLastDigit([t]), Tables.PrintedNumber.Parse(t.AmountPrinted) is 0m)), finest) * perUnit;
    }

    /// <summary>
    /// A total printed to a coarser digit than its parts (合计 22,118,861 over parts to the cent) is itself
    /// rounded: half a unit of its own last digit, in yuan; nothing where it is printed as finely as they are.
    /// </summary>
    private static decimal CoarserTotal(LineItem total, IReadOnlyList<LineItem> parts)
    {
        if (Tables.PrintedNumber.Parse(total.AmountPrinted) is not { } printed || printed == 0m) return 0m;
        decimal own = HalfLastDigit([total]), finest = HalfLastDigit(parts);
        return own > finest ? own * YuanPerUnit([total]) : 0m;
    }

    /// <summary>What rounding to print may move one of these figures by, in yuan (50 for 万元 to two decimals).</summary>
    internal static decimal HalfLastDigitInYuan(IReadOnlyList<LineItem> items) => HalfLastDigit(items) * YuanPerUnit(items);

    /// <summary>Yuan per printed unit (10000 for a table in 万元), from any printed non-zero amount.</summary>
    private static decimal YuanPerUnit(IEnumerable<LineItem> items)
    {
        foreach (var item in items)
            if (item.Amount != 0 && Tables.PrintedNumber.Parse(item.AmountPrinted) is { } printed and not 0m)
                return Math.Round(item.Amount / printed);
        return 1m;
    }

    /// <summary>
    /// Half a unit of the finest last digit printed among the terms, in printed units: a zero printed "0"
    /// beside "12.34" does not make the figures whole numbers.
    /// </summary>
    private static decimal HalfLastDigit(IEnumerable<LineItem> items)
    {
        int decimals = items.Select(i => i.AmountPrinted.Trim()).Where(p => p.Any(char.IsAsciiDigit))
            .Select(p => p.IndexOf('.') is int dot and >= 0 ? p.Length - dot - 1 : 0).DefaultIfEmpty(2).Max();
        return PrintedPrecision.DigitUnit(decimals) / 2m;
    }

    public static FindingRef Ref(LineItem item) => new()
    {
        TableId = item.TableId, TableType = item.TableType, Page = item.Page, RowLabel = item.Name, Code = item.Code, Measure = item.Measure,
        Reading = item.Reading, File = item.PrintedIn, Style = PrintedStyle.Of(item), Amount = item.Amount,
    };

    /// <summary>A stated figure as a finding's message names it: its key, and its function code where it has one.</summary>
    internal static string Named(Fact fact) => fact.Code is null ? fact.Key : $"{fact.Key} {fact.Code}";

    public static FindingRef Ref(Fact fact) => new() { FactKey = fact.Key, Page = fact.Page, Quote = fact.Quote, Reading = fact.Reading, Style = PrintedStyle.Of(fact), Amount = fact.Value };
}
