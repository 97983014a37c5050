using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// The tables every template prints — Hubei's 14, the national and Shanghai 9, Jiangsu's, final accounts
/// alike — and a warning for each one a disclosure leaves out: the rules that need it stay silent, so the
/// reader must hear it here. A document holding none of them (a narrative published apart from its
/// tables, a scan) gets one note instead.
/// </summary>
public static class StandardTables
{
    /// <summary>Each standard table, by the types that can stand for it.</summary>
    private static readonly (string Name, string[] Types)[] Core =
    [
        ("收支总表", [TableTypes.IncomeExpenditureSummary]),
        ("收入总表", [TableTypes.IncomeSummary]),
        ("支出总表", [TableTypes.ExpenditureSummary]),
        ("财政拨款收支总表", [TableTypes.FiscalAppropriationSummary]),
        ("一般公共预算支出表", [TableTypes.GeneralBudgetExpenditureByFunction, TableTypes.GeneralBudgetExpenditure]),
        ("一般公共预算基本支出表", [TableTypes.GeneralBudgetBasicByEconomic]),
        ("“三公”经费支出表", [TableTypes.ThreePublicExpenses]),
        ("政府性基金预算支出表", [TableTypes.GovernmentFundExpenditure]),
    ];

    public static IReadOnlyList<Diagnostic> Missing(ExtractedDocument document)
    {
        var present = document.Scoped(null).Tables.Select(t => t.Type).ToHashSet();
        if (present.All(t => t == TableTypes.Unknown))
            return document.Diagnostics.Any(d => d.Code == DiagnosticCodes.NoTextLayer) ? [] :
            [
                Note(DiagnosticSeverity.Info, "the document holds none of the standard tables (a narrative published apart from its tables?); no table rule ran"),
            ];
        return Core.Where(table => !table.Types.Any(present.Contains))
            .Select(table => Note(DiagnosticSeverity.Warning,
                $"the standard table {table.Name} ({string.Join(" or ", table.Types)}) is not in the document; the rules that compare with it did not run"))
            .ToList();
    }

    private static Diagnostic Note(DiagnosticSeverity severity, string message) => new()
    {
        Stage = PipelineStages.Validation, Severity = severity, Code = DiagnosticCodes.MissingTable, Message = message,
    };
}
