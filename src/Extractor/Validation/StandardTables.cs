using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// The tables every template prints — Hubei's 14, the national and Shanghai 9, Jiangsu's, final accounts
/// alike — and a warning for each one a disclosure leaves out: the rules that need it stay silent, so the
/// reader must hear it here. A document holding none of them (a narrative published apart from its
/// tables, a scan) gets one note instead.
/// </summary>
public static class StandardTables
{
    /// <summary>Each standard table, by the types that can stand for it (the first names it).</summary>
    private static readonly string[][] Core =
    [
        [TableTypes.IncomeExpenditureSummary],
        [TableTypes.IncomeSummary],
        [TableTypes.ExpenditureSummary],
        [TableTypes.FiscalAppropriationSummary],
        [TableTypes.GeneralBudgetExpenditureByFunction, TableTypes.GeneralBudgetExpenditure],
        [TableTypes.GeneralBudgetBasicByEconomic],
        [TableTypes.ThreePublicExpenses],
        [TableTypes.GovernmentFundExpenditure],
    ];

    public static IReadOnlyList<Diagnostic> Missing(ExtractedDocument document)
    {
        var present = document.Scoped(null).Tables.Select(t => t.Type).ToHashSet();
        if (present.All(t => t == TableTypes.Unknown))
            return document.Diagnostics.Any(d => d.Code == DiagnosticCodes.NoTextLayer) ? [] :
            [
                Note(DiagnosticSeverity.Info, "the document holds none of the standard tables (a narrative published apart from its tables?); no table rule ran"),
            ];
        return Core.Where(types => !types.Any(present.Contains))
            .Select(types => Note(DiagnosticSeverity.Warning,
                $"the standard table {TableTitles.ReaderName(types[0])} ({string.Join(" or ", types)}) is not in the document; the rules that compare with it did not run"))
            .ToList();
    }

    private static Diagnostic Note(DiagnosticSeverity severity, string message) => new()
    {
        Stage = PipelineStages.Validation, Severity = severity, Code = DiagnosticCodes.MissingTable, Message = message,
    };
}
