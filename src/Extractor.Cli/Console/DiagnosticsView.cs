using Extractor.Export;
using Spectre.Console;

namespace Extractor.Cli.Console;

/// <summary>
/// The diagnostics listing. Messages quote document text and file names may hold brackets, so on a terminal
/// everything goes into plain-text renderables, never into console markup.
/// </summary>
public static class DiagnosticsView
{
    /// <summary>A table per document, for a terminal.</summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<ListedDiagnostic> diagnostics)
    {
        foreach (var document in diagnostics.GroupBy(d => d.File))
        {
            var table = new Table().Title(new TableTitle(Markup.Escape(document.Key)));
            foreach (var column in new[] { "severity", "code", "stage", "where", "message" })
                table.AddColumn(new TableColumn(new Text(column)));
            foreach (var d in document)
                table.AddRow(new Text(d.Severity), new Text(d.Code), new Text(d.Stage), new Text(d.Place), new Text(d.Message));
            console.Write(table);
        }
        console.WriteLine(Closing(diagnostics));
    }

    /// <summary>A line per diagnostic under its document, for a file or a pipe.</summary>
    public static void WritePlain(TextWriter output, IReadOnlyList<ListedDiagnostic> diagnostics)
    {
        foreach (var document in diagnostics.GroupBy(d => d.File))
        {
            output.WriteLine(document.Key);
            foreach (var d in document)
                output.WriteLine($"  {d.Severity} {d.Code} ({d.Stage}{(d.Place.Length > 0 ? " " + d.Place : "")}): {d.Message}");
        }
        output.WriteLine(Closing(diagnostics));
    }

    private static string Closing(IReadOnlyList<ListedDiagnostic> diagnostics) =>
        $"{diagnostics.Count} diagnostics in {diagnostics.Select(d => d.File).Distinct().Count()} documents";
}
