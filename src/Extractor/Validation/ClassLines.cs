using Extractor.Mapping;
using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// A function class printed as a labelled line of the summaries — "八、社会保障和就业支出" in 收入支出决算总表 or
/// 财政拨款收支总表 — rather than as a coded row: the class whose name the function tables print for that code.
/// </summary>
public static class ClassLines
{
    /// <summary>The summary tables that list expenditure by class under their labels.</summary>
    private static readonly string[] Summaries = [TableTypes.IncomeExpenditureSummary, TableTypes.FiscalAppropriationSummary, TableTypes.ExpenditureSummary];

    /// <summary>Each summary line naming a class, with the class's code (a name two classes share names neither).</summary>
    public static IEnumerable<(LineItem Line, string Code)> Of(ExtractedDocument document)
    {
        var codes = document.LineItems.Where(i => i.Dimension == Dimensions.Function && i.Code is { Length: 3 })
            .GroupBy(i => FunctionItemCodes.Normalised(i.Name)).Where(g => g.Select(i => i.Code).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Code!);
        foreach (var line in document.LineItems.Where(i => i.Dimension == Dimensions.Summary && Array.IndexOf(Summaries, i.TableType) >= 0
                     && i.IsPrinted))
            if (codes.TryGetValue(NameOf(line), out var code))
                yield return (line, code);
    }

    /// <summary>The label without its enumerator (八、, 1., （二）) and as function names are compared.</summary>
    private static string NameOf(LineItem line) => FunctionItemCodes.Normalised(LineLabels.Enumerator().Replace(line.Name, ""));
}
