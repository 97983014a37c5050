using Extractor.Export;
using Extractor.Validation;
using Spectre.Console;

namespace Extractor.Cli.Console;

/// <summary>
/// The findings listing. Every piece of it is document text (messages quote row labels such as
/// <c>[total]</c>, file names carry brackets), so on a terminal it goes into plain-text renderables,
/// never into console markup.
/// </summary>
public static class FindingsView
{
    private static bool Wording(ListedFinding f) => RuleCatalogue.IsWording(f.Rule);

    /// <summary>A table per document for its figures, and one apart for its wording warnings, for a terminal.</summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<ListedFinding> findings, int documentCount)
    {
        foreach (var document in findings.GroupBy(f => f.File))
        {
            var figures = document.Where(f => !Wording(f)).ToList();
            if (figures.Count > 0)
            {
                var table = new Table().Title(new TableTitle(Markup.Escape(document.Key)));
                foreach (var column in new[] { "rule", "severity", "message", "expected", "actual", "difference", "where" })
                    table.AddColumn(new TableColumn(new Text(column)));
                foreach (var f in figures)
                    table.AddRow(
                        new Text(f.Rule), new Text(f.Severity), new Text(Messages(f)),
                        new Text(f.Expected ?? ""), new Text(f.Actual ?? ""), new Text(f.Difference ?? ""),
                        new Text(string.Join("\n", f.Where)));
                console.Write(table);
            }
            var wording = document.Where(Wording).ToList();
            if (wording.Count == 0) continue;
            var warnings = new Table().Title(new TableTitle(Markup.Escape($"{document.Key}: wording and presentation (warnings)")));
            foreach (var column in new[] { "rule", "message", "where" })
                warnings.AddColumn(new TableColumn(new Text(column)));
            foreach (var f in wording)
                warnings.AddRow(new Text(f.Rule), new Text(Messages(f)), new Text(string.Join("\n", f.Where)));
            console.Write(warnings);
        }
        console.WriteLine(Closing(findings, documentCount));
    }

    private static string Messages(ListedFinding f) => f.MessageZh.Length > 0 ? f.Message + "\n" + f.MessageZh : f.Message;

    /// <summary>A block per finding, for a file or a pipe: reads well at any width.</summary>
    public static void WritePlain(TextWriter output, IReadOnlyList<ListedFinding> findings, int documentCount)
    {
        foreach (var document in findings.GroupBy(f => f.File))
        {
            output.WriteLine(document.Key);
            bool wordingOpened = false;
            foreach (var f in document)
            {
                // Listed after the document's errors: no figure of the dataset depends on them.
                if (Wording(f) && !wordingOpened)
                {
                    output.WriteLine("  wording and presentation:");
                    wordingOpened = true;
                }
                output.WriteLine($"  {f.Severity} {f.Rule}: {f.Message}");
                if (f.MessageZh.Length > 0) output.WriteLine($"    {f.MessageZh}");
                if (f.Expected is not null || f.Actual is not null)
                    output.WriteLine($"    expected {f.Expected}, printed {f.Actual}, difference {f.Difference} (tolerance {f.Tolerance})");
                foreach (var place in f.Where) output.WriteLine($"    at {place}");
            }
        }
        output.WriteLine(Closing(findings, documentCount));
    }

    /// <summary>
    /// How many findings, in how many of the folder's documents (failed ones too, which the run's summary counts apart): "0 findings in 0
    /// of 12 documents" says the folder holds twelve, not that none was found.
    /// </summary>
    private static string Closing(IReadOnlyList<ListedFinding> findings, int documentCount)
    {
        int warnings = findings.Count(Wording);
        return $"{findings.Count - warnings} findings{(warnings > 0 ? $" and {warnings} wording warnings" : "")} in {findings.Select(f => f.File).Distinct().Count()} of {documentCount} documents";
    }
}
