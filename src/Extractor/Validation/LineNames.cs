using System.Text.RegularExpressions;
using Extractor.Model;

namespace Extractor.Validation;

/// <summary>The printed labels of lines that several rules look up, matched with spaces removed ("合 计").</summary>
public static partial class LineNames
{
    [GeneratedRegex("^合计$|^总计$")] public static partial Regex Total();
    [GeneratedRegex("^收入总计$")] public static partial Regex IncomeTotal();
    /// <summary>A summary's grand total: 收入总计 (budgets) or 总计 (final accounts, printed once for both sides).</summary>
    [GeneratedRegex("^(?:收入)?总计$")] public static partial Regex GrandTotal();
    [GeneratedRegex("因公出国")] public static partial Regex Overseas();
    [GeneratedRegex("公务用车购置及运行维护")] public static partial Regex Vehicle();
    [GeneratedRegex("公务接待")] public static partial Regex Reception();

    /// <summary>
    /// A table's top line in a measure: its 合计 / 总计 row wherever it is printed (Shanghai prints it last),
    /// else its first summary or unit row (the department's); null when the table or the figure is missing
    /// or printed blank.
    /// </summary>
    public static LineItem? TopLine(ExtractedDocument document, string tableType, string measure) =>
        TopLine(document, tableType, m => m == measure);

    public static LineItem? TopLine(ExtractedDocument document, string tableType, Func<string, bool> measure)
    {
        var lines = document.LineItems.Where(i => i.TableType == tableType && measure(i.Measure)
            && i.Dimension is Dimensions.Summary or Dimensions.Unit).ToList();
        var line = lines.Where(Total().Names).MinBy(i => (i.TableId, i.Row)) ?? lines.MinBy(i => (i.TableId, i.Row));
        return line is not null && line.AmountPrinted.Trim().Length > 0 ? line : null;
    }

    /// <summary>Whether the line's label, spaces removed (ASCII or ideographic: "合　计"), matches.</summary>
    public static bool Names(this Regex label, LineItem item) =>
        label.IsMatch(string.Concat(item.Name.Where(c => !char.IsWhiteSpace(c))));
}
