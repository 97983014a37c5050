using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Extractor.Export.Xlsx;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Tests.Support;
using Microsoft.Data.Sqlite;
using Serilog;
using Cell = DocumentFormat.OpenXml.Spreadsheet.Cell;

namespace Extractor.Tests.Export;

/// <summary>
/// One run of two documents of the same file name in two folders (a/预算.pdf in 万元 with unit codes such as 003,
/// b/预算.pdf in 元), exported as the batch's workbook and as a workbook per document; shared by the tests that
/// read them back.
/// </summary>
public sealed class ExportedWorkbooks : IAsyncLifetime
{
    private readonly TemporaryDirectory folder = new();

    public string Output => folder.File("out");

    public string Database => Path.Combine(Output, "extractor.db");

    public string PerDocumentFolder => folder.File("sheets");

    public string Batch { get; private set; } = "";

    public IReadOnlyList<DocumentWorkbook> PerDocument { get; private set; } = [];

    public async Task InitializeAsync()
    {
        folder.Put("in/a/预算.pdf", "disclosures/dxh-xzspj-2023.pdf");
        folder.Put("in/b/预算.pdf", "disclosures/dev06-2022-yuan.pdf");
        var runner = new BatchRunner(new PipelineOptions(), new LoggerConfiguration().CreateLogger());
        await runner.RunAsync(InputResolver.Resolve([folder.File("in")]), Output);
        Batch = WorkbookExporter.Export(Database, Output);
        PerDocument = WorkbookExporter.ExportPerDocument(Database, [Output], PerDocumentFolder);
    }

    /// <summary>The document as the run wrote its JSON (its tables, with their merged cells).</summary>
    public ExtractedDocument Json(string documentPath) =>
        CanonicalJson.Deserialize(File.ReadAllText(Extractor.Export.DocumentPlace.File(Output, documentPath, ".json")));

    /// <summary>Rows of a query on the run's database, each value as SQLite gives it.</summary>
    public List<object?[]> Query(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read()) rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i))]);
        return rows;
    }

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class WorkbookExporterTests(ExportedWorkbooks exported) : IClassFixture<ExportedWorkbooks>
{
    [Fact]
    public void Batch_workbook_has_a_sheet_per_dataset_each_with_a_bold_frozen_filtered_heading()
    {
        using var workbook = new WorkbookReader(exported.Batch);

        Assert.Equal(Path.Combine(exported.Output, "dataset.xlsx"), exported.Batch);
        Assert.Equal(["documents", "line_items", "facts", "findings"], workbook.SheetNames);
        foreach (var name in workbook.SheetNames)
        {
            var sheet = workbook.Sheet(name);
            var heading = workbook.Rows(name)[0];
            Assert.All(heading, cell => Assert.True(workbook.IsBold(cell!), $"{name} {cell!.CellReference} is not bold"));
            var pane = sheet.Descendants<Pane>().Single();
            Assert.Equal((PaneStateValues.Frozen, 1d, "A2"), (pane.State!.Value, pane.VerticalSplit!.Value, pane.TopLeftCell!.Value));
            Assert.Equal($"A1:{Letters(heading.Length - 1)}{workbook.Rows(name).Count}", sheet.Descendants<AutoFilter>().Single().Reference!.Value);
            Assert.All(sheet.Descendants<Column>(), column => Assert.InRange(column.Width!.Value, 6, 50));
            Assert.Equal(heading.Length, sheet.Descendants<Column>().Count());
        }
        var lineItems = workbook.Rows("line_items")[0].Select(c => WorkbookReader.Text(c!)).ToList();
        Assert.Equal(["file", "path", "sha256", "department", "fiscal_year", "phase", "document_unit", "table_id", "table_type", "dimension", "code",
            "code_printed", "name", "entity_code", "entity_name", "measure", "amount", "amount_unit", "amount_printed", "printed_unit", "page", "row", "col",
            "reading_source", "reading_confidence"], lineItems);
        var documents = workbook.Rows("documents");
        Assert.Equal(["a/预算.pdf", "b/预算.pdf"], documents.Skip(1).Select(r => WorkbookReader.Text(r[1]!)));
    }

    [Fact]
    public void Every_amount_is_a_number_equal_to_the_database_decimal_shown_with_its_printed_decimals()
    {
        using var workbook = new WorkbookReader(exported.Batch);
        var database = exported.Query("SELECT i.amount, i.amount_printed FROM line_items i JOIN documents d ON d.id = i.document_id ORDER BY d.path, i.item_no");
        var rows = workbook.Rows("line_items");
        int amount = Column(rows, "amount");

        Assert.Equal(database.Count, rows.Count - 1);
        Assert.True(database.Count > 300);
        for (int i = 0; i < database.Count; i++)
        {
            var cell = rows[i + 1][amount]!;
            decimal expected = decimal.Parse((string)database[i][0]!, CultureInfo.InvariantCulture);
            Assert.True(cell.DataType is null || cell.DataType.Value == CellValues.Number, $"{cell.CellReference} is not a number");
            Assert.Equal(expected, decimal.Parse(cell.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture));
            Assert.Equal(PrintedPrecision.Decimals(expected) == 0 ? "#,##0" : "#,##0." + new string('0', PrintedPrecision.Decimals(expected)), workbook.NumberFormat(cell));
        }
        // 5,456.16 万元 in a/预算.pdf: 54,561,600.00 yuan, with the two decimals it was printed with.
        var printed = rows.First(r => r[Column(rows, "amount_printed")] is { } p && WorkbookReader.Text(p) == "5,456.16");
        Assert.Equal(("54561600.00", "#,##0.00"), (printed[amount]!.CellValue!.Text, workbook.NumberFormat(printed[amount]!)));
    }

    [Fact]
    public void Codes_stay_text_with_their_leading_zeros_and_years_are_whole_numbers()
    {
        using var workbook = new WorkbookReader(exported.Batch);
        var rows = workbook.Rows("line_items");
        int entityCode = Column(rows, "entity_code"), code = Column(rows, "code"), year = Column(rows, "fiscal_year");

        var unit = rows.Skip(1).Select(r => r[entityCode]).First(c => c is not null && WorkbookReader.Text(c) == "003")!;
        Assert.Equal((CellValues.InlineString, "@"), (unit.DataType!.Value, workbook.NumberFormat(unit)));
        var codes = rows.Skip(1).Select(r => r[code]).OfType<Cell>().ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.Equal(CellValues.InlineString, c.DataType!.Value));
        Assert.Equal(
            exported.Query("SELECT i.code FROM line_items i JOIN documents d ON d.id = i.document_id WHERE i.code IS NOT NULL ORDER BY d.path, i.item_no").Select(r => (string)r[0]!),
            codes.Select(WorkbookReader.Text));
        var first = rows[1][year]!;
        Assert.Equal(("2023", "0"), (first.CellValue!.Text, workbook.NumberFormat(first)));
        Assert.Null(first.DataType);
    }

    [Fact]
    public void Per_document_workbook_has_each_table_as_printed_with_its_merged_cells()
    {
        var document = exported.Json("a/预算.pdf");
        var written = exported.PerDocument.Single(w => w.DocumentPath == "a/预算.pdf");
        using var workbook = new WorkbookReader(written.Workbook);

        Assert.Null(written.TablesNotFoundAt);
        Assert.Equal(document.Tables.Count + 3, workbook.SheetNames.Count);
        Assert.Equal(["line_items", "facts", "findings"], workbook.SheetNames.TakeLast(3));
        Assert.Equal("t3 部门支出总表", workbook.SheetNames[2]);
        Assert.All(workbook.SheetNames, name => Assert.True(name.Length <= 31 && name.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) < 0, name));
        var table = document.Tables.Single(t => t.Id == "t3");
        Assert.NotEmpty(table.Spans);
        var sheet = workbook.Sheet(workbook.SheetNames[2]);
        var merged = sheet.Descendants<MergeCell>().Select(m => m.Reference!.Value).ToList();
        // Row 1 is the caption; the table's rows follow it, header rows first, as its spans count them.
        int width = table.Header.Select(r => r.Count).Concat(table.Rows.Select(r => r.Count)).Max();
        Assert.Equal([$"A1:{Letters(width - 1)}1", .. table.Spans.Select(s => $"{Letters(s.Col)}{s.Row + 2}:{Letters(s.Col + s.ColSpan - 1)}{s.Row + s.RowSpan + 1}")], merged);
        Assert.Contains("D2:H2", merged);
        var rows = workbook.Rows(workbook.SheetNames[2]);
        Assert.Equal("2023年部门支出总表  单位：万元", WorkbookReader.Text(rows[0][0]!));
        Assert.Equal("基本支出", WorkbookReader.Text(rows[1][3]!));
        Assert.Null(rows[1][4]);
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(1d + table.Header.Count, pane.VerticalSplit!.Value);
        var unitRow = rows.Single(r => r[0] is { } c && WorkbookReader.Text(c) == "003");
        Assert.Equal((CellValues.InlineString, "5456.16", "#,##0.00"), (unitRow[0]!.DataType!.Value, unitRow[2]!.CellValue!.Text, workbook.NumberFormat(unitRow[2]!)));
    }

    [Fact]
    public void Same_named_documents_in_different_folders_get_a_workbook_each_with_their_own_rows()
    {
        Assert.Equal(
            [Path.Combine(exported.PerDocumentFolder, "a", "预算.xlsx"), Path.Combine(exported.PerDocumentFolder, "b", "预算.xlsx")],
            exported.PerDocument.Select(w => w.Workbook));
        foreach (var written in exported.PerDocument)
        {
            using var workbook = new WorkbookReader(written.Workbook);
            var rows = workbook.Rows("line_items");
            long stored = (long)exported.Query($"SELECT count(*) FROM line_items i JOIN documents d ON d.id = i.document_id WHERE d.path = '{written.DocumentPath}'")[0][0]!;
            Assert.Equal(stored, rows.Count - 1);
            Assert.All(rows.Skip(1), r => Assert.Equal(written.DocumentPath, WorkbookReader.Text(r[Column(rows, "path")]!)));
            Assert.Equal(exported.Json(written.DocumentPath).Tables.Count + 3, workbook.SheetNames.Count);
        }
    }

    [Fact]
    public void Workbooks_are_valid_office_open_xml()
    {
        foreach (var path in exported.PerDocument.Select(w => w.Workbook).Prepend(exported.Batch))
        {
            using var document = SpreadsheetDocument.Open(path, false);
            var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5)));
        }
    }

    [Fact]
    public async Task A_document_whose_json_is_missing_gets_its_dataset_sheets_and_is_told()
    {
        using var folder = new TemporaryDirectory();
        var runner = new BatchRunner(new PipelineOptions(), new LoggerConfiguration().CreateLogger());
        await runner.RunAsync(InputResolver.Resolve([Fixtures.Path("disclosures/dev06-2022-yuan.pdf")]), folder.Path);
        var json = folder.Below("dev06-2022-yuan.json");
        File.Delete(json);

        var written = Assert.Single(WorkbookExporter.ExportPerDocument(folder.File("extractor.db"), [folder.Path], folder.Path));

        Assert.Equal(json, written.TablesNotFoundAt);
        Assert.Equal(Path.ChangeExtension(json, ".xlsx"), written.Workbook);
        using var workbook = new WorkbookReader(written.Workbook);
        Assert.Equal(["line_items", "facts", "findings"], workbook.SheetNames);
    }

    private static int Column(IReadOnlyList<Cell?[]> rows, string name) =>
        Array.FindIndex(rows[0], c => c is not null && WorkbookReader.Text(c) == name);

    private static string Letters(int column) =>
        column < 26 ? ((char)('A' + column)).ToString() : Letters(column / 26 - 1) + (char)('A' + column % 26);
}

/// <summary>A workbook read back with the library that wrote it.</summary>
internal sealed class WorkbookReader(string path) : IDisposable
{
    private readonly SpreadsheetDocument document = SpreadsheetDocument.Open(path, false);

    private WorkbookPart Part => document.WorkbookPart!;

    public IReadOnlyList<string> SheetNames => [.. Part.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];

    public Worksheet Sheet(string name) =>
        ((WorksheetPart)Part.GetPartById(Part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!.Value!)).Worksheet;

    /// <summary>The sheet's rows, each a cell per column (null where none is written).</summary>
    public IReadOnlyList<Cell?[]> Rows(string name)
    {
        var rows = Sheet(name).Descendants<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();
        int width = rows.SelectMany(r => r).Select(c => ColumnOf(c.CellReference!.Value!)).DefaultIfEmpty(-1).Max() + 1;
        return [.. rows.Select(r =>
        {
            var cells = new Cell?[width];
            foreach (var cell in r) cells[ColumnOf(cell.CellReference!.Value!)] = cell;
            return cells;
        })];
    }

    public static string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";

    /// <summary>The number format code the cell is shown with.</summary>
    public string NumberFormat(Cell cell)
    {
        var stylesheet = Part.WorkbookStylesPart!.Stylesheet;
        uint id = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0)).NumberFormatId?.Value ?? 0;
        return id switch
        {
            0 => "General",
            1 => "0",
            49 => "@",
            _ => stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == id).FormatCode!.Value!,
        };
    }

    public bool IsBold(Cell cell)
    {
        var stylesheet = Part.WorkbookStylesPart!.Stylesheet;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        return stylesheet.Fonts!.Elements<Font>().ElementAt((int)(format.FontId?.Value ?? 0)).Bold is not null;
    }

    private static int ColumnOf(string reference) =>
        reference.TakeWhile(char.IsLetter).Aggregate(0, (n, letter) => n * 26 + letter - 'A' + 1) - 1;

    public void Dispose() => document.Dispose();
}
