using Extractor.Export;
using Spectre.Console;

namespace Extractor.Cli.Console;

/// <summary>
/// The findings listing. Every piece of it is document text (messages quote row labels such as
/// <c>[total]</c>, file names carry brackets), so on a terminal it goes into plain-text renderables,
/// never into console markup.
/// </summary>
public static class FindingsView
{
    /// <summary>A table per document, for a terminal.</summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<ListedFinding> findings)
    {
        foreach (var document in findings.GroupBy(f => f.File))
        {
            var table = new Table().Title(new TableTitle(Markup.Escape(document.Key)));
            foreach (var column in new[] { "rule", "severity", "message", "expected", "actual", "difference", "where" })
                table.AddColumn(new TableColumn(new Text(column)));
            foreach (var f in document)
                table.AddRow(
                    new Text(f.Rule), new Text(f.Severity),
                    new Text(f.MessageZh.Length > 0 ? f.Message + "\n" + f.MessageZh : f.Message),
                    new Text(f.Expected ?? ""), new Text(f.Actual ?? ""), new Text(f.Difference ?? ""),
                    new Text(string.Join("\n", f.Where)));
            console.Write(table);
        }
        console.WriteLine(Closing(findings));
    }

    /// <summary>A block per finding, for a file or a pipe: reads well at any width.</summary>
    public static void WritePlain(TextWriter output, IReadOnlyList<ListedFinding> findings)
    {
        foreach (var document in findings.GroupBy(f => f.File))
        {
            output.WriteLine(document.Key);
            foreach (var f in document)
            {
                output.WriteLine($"  {f.Severity} {f.Rule}: {f.Message}");
                if (f.MessageZh.Length > 0) output.WriteLine($"    {f.MessageZh}");
                output.WriteLine($"    expected {f.Expected}, printed {f.Actual}, difference {f.Difference} (tolerance {f.Tolerance})");
                foreach (var place in f.Where) output.WriteLine($"    at {place}");
            }
        }
        output.WriteLine(Closing(findings));
    }

    private static string Closing(IReadOnlyList<ListedFinding> findings) =>
        $"{findings.Count} findings in {findings.Select(f => f.File).Distinct().Count()} documents";
}
