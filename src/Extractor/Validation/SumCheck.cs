using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// A printed total compared with the sum of its printed parts, with the rounding tolerance of the
/// catalogue: each printed term may be off by half a unit of its last printed digit, so a difference within
/// that many half units is rounding (<c>info</c>) and beyond it an <c>error</c>. Exact decimals throughout.
/// </summary>
public static class SumCheck
{
    /// <returns>A finding when total and sum differ; null when they agree exactly, or when the parts are
    /// printed entirely blank (a breakdown not filled in is not checked).</returns>
    public static Finding? Compare(string rule, string message, LineItem total, IReadOnlyList<LineItem> parts)
    {
        if (parts.All(p => p.AmountPrinted.Trim().Length == 0)) return null;
        decimal expected = parts.Sum(p => p.Amount);
        decimal difference = total.Amount - expected;
        if (difference == 0) return null;
        decimal yuanPerUnit = YuanPerUnit([total, .. parts]);
        decimal tolerance = parts.Where(p => p.AmountPrinted.Trim().Length > 0).Sum(p => HalfUnit(p.AmountPrinted, yuanPerUnit));
        return new Finding
        {
            Rule = rule,
            Severity = Math.Abs(difference) <= tolerance ? FindingSeverity.Info : FindingSeverity.Error,
            Message = message,
            Expected = expected,
            Actual = total.Amount,
            Difference = difference,
            Tolerance = tolerance,
            Refs = [Ref(total), .. parts.Select(Ref)],
        };
    }

    /// <summary>Yuan per printed unit (10000 for a table in 万元), from any printed non-zero amount.</summary>
    private static decimal YuanPerUnit(IEnumerable<LineItem> items)
    {
        foreach (var item in items)
            if (item.Amount != 0 && Tables.PrintedNumber.Parse(item.AmountPrinted) is { } printed and not 0m)
                return Math.Round(item.Amount / printed);
        return 1m;
    }

    /// <summary>Half a unit of the last printed digit, in yuan: 50 for 1940.66 printed in 万元.</summary>
    private static decimal HalfUnit(string printed, decimal yuanPerUnit)
    {
        var text = printed.Replace(",", "").Replace(" ", "").Trim();
        int point = text.IndexOf('.');
        int decimals = point < 0 ? 0 : text.Length - point - 1;
        decimal unit = 1m;
        for (int i = 0; i < decimals; i++) unit /= 10m;
        return unit / 2 * yuanPerUnit;
    }

    public static FindingRef Ref(LineItem item) => new()
    {
        TableId = item.TableId, TableType = item.TableType, Page = item.Page, RowLabel = item.Name, Code = item.Code, Measure = item.Measure,
    };
}
