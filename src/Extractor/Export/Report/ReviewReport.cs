using System.Text;
using Extractor.Model;

namespace Extractor.Export.Report;

/// <summary>
/// The review report of a run: a static site (index.html, a page per document, a CSV per table) that opens
/// from the file system with no server and nothing fetched from elsewhere. The documents are the run's database's
/// (its SQLite file or its PostgreSQL database), each drawn from its JSON in the output folder.
/// </summary>
public static class ReviewReport
{
    /// <summary>Builds the report of a run into a folder.</summary>
    /// <param name="database">The run's database: its SQLite file, or the PostgreSQL database it stored into.</param>
    /// <param name="outputFolders">The run's output folder, holding the documents' JSON, and any more folders
    /// holding some of them (the other shards' of a run into one PostgreSQL database).</param>
    /// <param name="sourceFolders">The folders the run read, where the scans of pages OCR read are found (none: such pages are drawn from the reading).</param>
    public static BuiltReport Build(string database, IReadOnlyList<string> outputFolders, string reportFolder, IReadOnlyList<string>? sourceFolders = null)
    {
        var scans = new ScanImages(sourceFolders ?? []);
        Directory.CreateDirectory(reportFolder);
        var documents = new List<ReportDocument>();
        var withoutJson = new List<StoredDocument>();
        using (var connection = DocumentDatabase.OpenForReading(database))
            foreach (var stored in StoredDocuments.Read(connection, outputFolders))
                if (stored.Document is { } document) documents.Add(new ReportDocument(stored.Path, $"d{documents.Count + 1:D4}.html", document));
                else withoutJson.Add(stored);
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
            File.WriteAllText(Path.Combine(reportFolder, report.PageName), ReportPages.Document(report, tableFiles, scans));
        }
        File.WriteAllText(Path.Combine(reportFolder, "index.html"), ReportPages.Index(documents));
        return new BuiltReport(documents.Count, withoutJson);
    }
}

/// <summary>What a report holds: how many documents, and the stored documents left out for want of their JSON.</summary>
public sealed record BuiltReport(int Documents, IReadOnlyList<StoredDocument> WithoutJson);
