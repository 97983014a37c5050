using System.Text.RegularExpressions;

namespace Extractor.Wording;

/// <summary>
/// How publications label the table lines the rules look up, matched against the label with spaces removed
/// ("合 计"). A new template's wording is a new alternative here, with its printed variant in the tests.
/// </summary>
public static partial class LineLabels
{
    /// <summary>A table's total line: 合计 or 总计.</summary>
    [GeneratedRegex("^合计$|^总计$")] public static partial Regex Total();

    /// <summary>A summary's income total (budgets).</summary>
    [GeneratedRegex("^收入总计$")] public static partial Regex IncomeTotal();

    /// <summary>A summary's grand total: 收入总计 (budgets) or 总计 (final accounts, printed once for both sides).</summary>
    [GeneratedRegex("^(?:收入)?总计$")] public static partial Regex GrandTotal();

    /// <summary>The expenditure side's grand total of an income and expenditure summary.</summary>
    [GeneratedRegex("^支出总计$")] public static partial Regex ExpenditureTotal();

    /// <summary>The 三公 lines: 因公出国(境)费, 公务用车购置及运行维护费, 公务接待费.</summary>
    [GeneratedRegex("因公出国")] public static partial Regex Overseas();
    [GeneratedRegex("公务用车购置及运行维护")] public static partial Regex Vehicle();
    [GeneratedRegex("公务接待")] public static partial Regex Reception();

    /// <summary>The vehicle line's two parts: 公务用车购置费 ("其中：(1)公务用车购置"), 公务用车运行维护费 ("(2)…").</summary>
    [GeneratedRegex("公务用车购置费|^其中[:：]?[(（]1[)）]公务用车购置|^[(（]1[)）]公务用车购置")] public static partial Regex VehiclePurchase();
    [GeneratedRegex("公务用车运行维护费|^[(（]2[)）]")] public static partial Regex VehicleOperation();

    /// <summary>A label opened by a Chinese enumerator (一、货物), grouping the lines after it.</summary>
    [GeneratedRegex(@"^[一二三四五六七八九十]+\s*、")] public static partial Regex Enumerated();

    /// <summary>Any enumerator opening a label (八、, 1., （二）), to be set aside when the label is read as a name.</summary>
    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十]+[、．.]|\d+[、．.]|[（(][一二三四五六七八九十\d]+[）)])\s*")] public static partial Regex Enumerator();
}
