using Extractor.Mapping;
using Extractor.Model;
using Extractor.Wording;
using System.Data.Common;

namespace Extractor.Export.Xlsx;

/// <summary>
/// The dataset of an output folder's database as Excel workbooks, for a spreadsheet user: one for the batch, a
/// sheet each for documents, line items, facts, findings (and the fetch history, when there is one); or one per
/// document, each of its tables as printed on a sheet of its own beside its line items, facts and findings. An
/// amount is a number shown with the decimals it was printed with; a code is text, leading zeros and all.
/// </summary>
public static class WorkbookExporter
{
    /// <summary>The batch's workbook, in the target folder.</summary>
    public const string BatchWorkbook = "dataset.xlsx";

    /// <returns>The workbook written.</returns>
    public static string Export(string databasePath, string targetDirectory)
    {
        using var connection = DocumentDatabase.OpenForReading(databasePath);
        var target = Path.Combine(targetDirectory, BatchWorkbook);
        Write(target, workbook =>
        {
            foreach (var dataset in (IEnumerable<Dataset>)[Datasets.Documents, .. Datasets.Exported(connection)])
                workbook.Add(DatasetSheet(connection, dataset, documentPath: null));
        });
        return target;
    }

    /// <summary>
    /// A workbook per document, its path mirrored under the target folder as the run mirrors it for the JSON
    /// (<see cref="DocumentPlace"/>). The tables are read from the document's JSON in the run's output folder (the
    /// database keeps no merged cells: <see cref="StoredDocuments"/>); a document without one gets its line items,
    /// facts and findings only.
    /// </summary>
    /// <param name="database">The run's database: its SQLite file, or the PostgreSQL database it stored into.</param>
    /// <param name="outputFolders">The run's output folder, holding the documents' JSON, and any more folders
    /// holding some of them (the other shards' of a run into one PostgreSQL database).</param>
    public static IReadOnlyList<DocumentWorkbook> ExportPerDocument(string database, IReadOnlyList<string> outputFolders, string targetDirectory)
    {
        using var connection = DocumentDatabase.OpenForReading(database);
        var written = new List<DocumentWorkbook>();
        foreach (var stored in StoredDocuments.Read(connection, outputFolders))
        {
            var target = DocumentPlace.File(targetDirectory, stored.Path, ".xlsx");
            Write(target, workbook =>
            {
                foreach (var table in stored.Document?.Tables ?? [])
                    workbook.Add(TableSheet(table, stored.Document!));
                foreach (var dataset in Datasets.Tidy)
                    workbook.Add(DatasetSheet(connection, dataset, stored.Path));
            });
            written.Add(new DocumentWorkbook(target, stored.Path) { TablesNotFoundAt = stored.Document is null ? stored.Json : null });
        }
        return written;
    }

    /// <summary>Writes through a temporary file renamed into place, so a reader never opens half a workbook.</summary>
    private static void Write(string target, Action<WorkbookWriter> addSheets)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        var temporary = target + ".tmp";
        using (var workbook = new WorkbookWriter(temporary))
        {
            addSheets(workbook);
            workbook.Complete();
        }
        File.Move(temporary, target, overwrite: true);
    }

    /// <summary>A dataset as a sheet: its column names as the frozen, filtered heading, then its rows (one document's, given its path).</summary>
    private static SheetContent DatasetSheet(DbConnection connection, Dataset dataset, string? documentPath)
    {
        IReadOnlyList<object?> heading = [.. dataset.Columns.Select(c => c.Name)];
        // Concatenated, not collected: the rows stream from the database into the sheet.
        return new SheetContent(dataset.Name, Enumerable.Concat([heading], dataset.Rows(connection, documentPath)), HeadingRows: 1) { Filtered = true };
    }

    /// <summary>
    /// A table as printed: a caption (its title and unit) across the table, its header rows, its body rows. A
    /// figure is a number in the unit printed, any other cell text; a merged cell is one merged range, its text in
    /// its first cell only.
    /// </summary>
    private static SheetContent TableSheet(Table table, ExtractedDocument document)
    {
        int width = table.Header.Select(r => r.Count).Concat(table.Rows.Select(r => r.Count)).DefaultIfEmpty(1).Max();
        // Rows of the sheet: the caption, then the table's rows as its spans count them (header rows first).
        var merged = table.Spans.Select(s => s with { Row = s.Row + 1 }).ToList();
        if (width > 1) merged.Insert(0, new CellSpan(0, 0, 1, width));
        var covered = table.Spans
            .SelectMany(s => Enumerable.Range(s.Row, s.RowSpan).SelectMany(r => Enumerable.Range(s.Col, s.ColSpan).Select(c => (r, c))).Skip(1))
            .ToHashSet();
        string caption = (table.Unit ?? document.Unit) is { } unit ? $"{table.Title}  单位：{Captions.Printed(unit)}" : table.Title;
        var rows = new List<IReadOnlyList<object?>> { new object?[] { caption } };
        rows.AddRange(table.Header.Select((row, r) => (IReadOnlyList<object?>)[.. row.Select((text, c) => covered.Contains((r, c)) ? null : text)]));
        rows.AddRange(table.Rows.Select((row, r) => (IReadOnlyList<object?>)[.. row.Select((cell, c) =>
            covered.Contains((table.Header.Count + r, c)) ? null : Printed(cell))]));
        // Titles open with the department and the year all of a document's tables share: the name keeps what tells them apart.
        return new SheetContent($"{table.Id} {TableTyper.Normalise(table.Title)}", rows, HeadingRows: 1 + table.Header.Count) { Merged = merged };
    }

    /// <summary>A cell's figure as a number, when it prints one (a figure printed blank stays blank); else its text.</summary>
    private static object Printed(Cell cell) =>
        cell.Value is { } value && !string.IsNullOrWhiteSpace(cell.Text) ? value : cell.Text;
}

/// <summary>A document's workbook: where it was written, and the document's path as the run stored it.</summary>
public sealed record DocumentWorkbook(string Workbook, string DocumentPath)
{
    /// <summary>The JSON the document's tables were looked for in, when no JSON of its content was there (its tables are left out).</summary>
    public string? TablesNotFoundAt { get; init; }
}
