using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// A printed total compared with the sum of its printed parts, with the rounding tolerance of the
/// catalogue: amounts are printed to 0.01 of their unit, so each printed term may be off by 0.005 of it (50
/// yuan in a 万元 table) — a zero printed as "0" or "-" included; a difference within that is rounding
/// (<c>info</c>), beyond it an <c>error</c>. Exact decimals throughout.
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
        decimal tolerance = parts.Count(p => p.AmountPrinted.Trim().Length > 0) * HalfCent * yuanPerUnit;
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

    /// <summary>Half of the 0.01 of the printed unit amounts are rounded to.</summary>
    private const decimal HalfCent = 0.005m;

    public static FindingRef Ref(LineItem item) => new()
    {
        TableId = item.TableId, TableType = item.TableType, Page = item.Page, RowLabel = item.Name, Code = item.Code, Measure = item.Measure,
    };
}
