using Extractor.Model;

namespace Extractor.Mapping;

/// <summary>The tables with their canonical types, and a diagnostic for each table no rule could type.</summary>
public sealed record TableTyping(IReadOnlyList<Table> Tables, IReadOnlyList<Diagnostic> Diagnostics)
{
    public static TableTyping Apply(IReadOnlyList<Table> tables)
    {
        var typed = tables.Select(t => t with { Type = TableTyper.Type(t.Title) }).ToList();
        var diagnostics = typed.Where(t => t.Type == TableTypes.Unknown).Select(t => new Diagnostic
        {
            Stage = PipelineStages.Mapping,
            Severity = DiagnosticSeverity.Info,
            Code = DiagnosticCodes.UnknownTableType,
            Page = t.Pages.FirstOrDefault(),
            TableId = t.Id,
            Message = t.Title.Length == 0
                ? $"table {t.Id} has no title; its type is unknown"
                : $"table {t.Id} \"{t.Title}\" is none of the canonical tables; its type is unknown",
        }).ToList();
        return new TableTyping(typed, diagnostics);
    }
}
