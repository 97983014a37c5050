using System.Text;
using Extractor.Model;

namespace Extractor.Export.Report;

/// <summary>
/// The review report of a run: a static site (index.html, a page per document, a CSV per table) that opens
/// from the file system with no server and nothing fetched from elsewhere. Built from the per-document JSON
/// files the run wrote beside its database.
/// </summary>
public static class ReviewReport
{
    /// <summary>Builds the report of an output folder into a folder; returns the documents it holds.</summary>
    public static int Build(string outputFolder, string reportFolder)
    {
        Directory.CreateDirectory(reportFolder);
        string fullReport = Path.GetFullPath(reportFolder);
        var documents = new List<ReportDocument>();
        foreach (var json in Directory.EnumerateFiles(outputFolder, "*.json", SearchOption.AllDirectories)
                     .Where(f => !Path.GetFullPath(f).StartsWith(fullReport + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            ExtractedDocument document;
            try { document = CanonicalJson.Deserialize(File.ReadAllText(json)); }
            catch (System.Text.Json.JsonException) { continue; } // not a document of the run (a summary written beside it)
            string path = document.Source.Path ?? Path.GetRelativePath(outputFolder, json);
            documents.Add(new ReportDocument(path, $"d{documents.Count + 1:D4}.html", document));
        }
        foreach (var report in documents)
        {
            var tableFiles = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var table in report.Document.Tables)
            {
                string name = $"{Path.GetFileNameWithoutExtension(report.PageName)}-{table.Id}.csv";
                var rows = table.Header.Concat(table.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(c => c.Text)]));
                using var writer = new StreamWriter(Path.Combine(reportFolder, name), false, new UTF8Encoding(true));
                CsvField.WriteRows(writer, rows);
                tableFiles[table.Id] = name;
            }
            File.WriteAllText(Path.Combine(reportFolder, report.PageName), ReportPages.Document(report, tableFiles));
        }
        File.WriteAllText(Path.Combine(reportFolder, "index.html"), ReportPages.Index(documents));
        return documents.Count;
    }
}
