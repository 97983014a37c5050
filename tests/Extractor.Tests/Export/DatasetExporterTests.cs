using System.Text;
using Extractor.Cli.Evaluation;
using Extractor.Export;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Tests.Support;
using Parquet;
using Serilog;

namespace Extractor.Tests.Export;

[Collection(ProcessedFixturesCollection.Name)]
public sealed class DatasetExporterTests(ProcessedFixtures processed) : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    private async Task<int> RunAsync()
    {
        var runner = new BatchRunner(new PipelineOptions(), new LoggerConfiguration().CreateLogger());
        await runner.RunAsync(InputResolver.Resolve([Fixtures.Path("disclosures/dev06-2022-yuan.pdf")]), folder.Path);
        return CanonicalJsonLineItems();
    }

    private int CanonicalJsonLineItems() =>
        Extractor.Model.CanonicalJson.Deserialize(File.ReadAllText(folder.Below("dev06-2022-yuan.json"))).LineItems.Count;

    [Fact]
    public async Task Writes_every_line_item_to_csv_with_exact_amounts_and_its_document()
    {
        int items = await RunAsync();

        var written = await DatasetExporter.ExportAsync(folder.File("extractor.db"), folder.Path, DatasetFormat.Csv, byteOrderMark: true);

        Assert.Equal([folder.File("line_items.csv"), folder.File("facts.csv"), folder.File("findings.csv")], written);
        var bytes = File.ReadAllBytes(folder.File("line_items.csv"));
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var rows = CsvText.Parse(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(items + 1, rows.Count);
        var header = rows[0];
        var first = rows[1];
        Assert.Equal("dev06-2022-yuan.pdf", first[header.IndexOf("file")]);
        Assert.Equal("岳阳市岳阳楼区市场监督管理局", first[header.IndexOf("department")]);
        Assert.Equal("2022", first[header.IndexOf("fiscal_year")]);
        Assert.Matches(@"^-?\d+(\.\d+)?$", first[header.IndexOf("amount")]);
        Assert.Equal(("yuan", "yuan"), (first[header.IndexOf("amount_unit")], first[header.IndexOf("printed_unit")]));
        Assert.DoesNotContain(rows.Skip(1), r => r[header.IndexOf("amount")].Contains('E'));
    }

    [Fact]
    public async Task Writes_each_finding_with_its_figures_and_places()
    {
        var runner = new BatchRunner(new PipelineOptions(), new LoggerConfiguration().CreateLogger());
        await runner.RunAsync(InputResolver.Resolve([Fixtures.Path("disclosures/dev02-2025-wan.pdf")]), folder.Path);

        await DatasetExporter.ExportAsync(folder.File("extractor.db"), folder.Path, DatasetFormat.Csv, byteOrderMark: false);

        var rows = CsvText.Parse(File.ReadAllText(folder.File("findings.csv")));
        var header = rows[0];
        var cross = Assert.Single(rows.Skip(1), r => r[header.IndexOf("rule")] == "cross.table" && r[header.IndexOf("severity")] == "error");
        Assert.Equal(("1351700.00", "351700.00"), (cross[header.IndexOf("expected")], cross[header.IndexOf("actual")]));
        Assert.Equal("t3 p8 小学教育 2050202 basic.goods_services; t5 p14 小学教育 2050202 basic.goods_services", cross[header.IndexOf("refs")]);
        Assert.StartsWith("同一数字在两张表中不一致", cross[header.IndexOf("message_zh")]);
    }

    [Fact]
    public async Task Writes_parquet_with_decimal_amounts()
    {
        await RunAsync();

        await DatasetExporter.ExportAsync(folder.File("extractor.db"), folder.File("parquet"), DatasetFormat.Parquet, byteOrderMark: false);

        var path = folder.File("parquet/line_items.parquet");
        var bytes = File.ReadAllBytes(path);
        Assert.Equal("PAR1"u8.ToArray(), bytes[..4]);
        Assert.Equal("PAR1"u8.ToArray(), bytes[^4..]);
        var schema = await ParquetReader.ReadSchemaAsync(path);
        var amount = Assert.Single(schema.DataFields, f => f.Name == "amount");
        Assert.Equal(typeof(decimal), amount.ClrType);
    }

    [Fact]
    public async Task Carries_each_figures_ocr_reading_into_csv_parquet_and_the_workbook()
    {
        var scan = processed["disclosures/scan01-2025-wan.pdf"];
        using (var store = new SqliteDocumentStore(folder.File("extractor.db"), "test")) store.Write(scan);
        string Confidence(OcrReading? reading) => reading?.Confidence.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
        var items = scan.LineItems.Select(i => (i.Reading?.Source ?? "", Confidence(i.Reading))).ToList();
        // A finding's reading is its least sure figure's.
        var findings = scan.Findings.Select(f => f.Refs.Where(r => r.Reading is not null).MinBy(r => r.Reading!.Confidence)?.Reading)
            .Select(r => (r?.Source ?? "", Confidence(r))).ToList();
        Assert.Contains(items, i => i.Item1 == "ocr");
        Assert.Contains(findings, f => f.Item1 == "ocr");

        await DatasetExporter.ExportAsync(folder.File("extractor.db"), folder.File("csv"), DatasetFormat.Csv, byteOrderMark: false);
        List<(string, string)> Readings(string dataset)
        {
            var rows = CsvText.Parse(File.ReadAllText(folder.File($"csv/{dataset}.csv")));
            int source = rows[0].IndexOf("reading_source"), confidence = rows[0].IndexOf("reading_confidence");
            return [.. rows.Skip(1).Select(r => (r[source], r[confidence]))];
        }
        Assert.Equal(items, Readings("line_items"));
        Assert.Equal(scan.Facts.Select(f => (f.Reading?.Source ?? "", Confidence(f.Reading))), Readings("facts"));
        Assert.Equal(findings, Readings("findings"));
        // Each place a finding names says whether OCR read its figure.
        var findingRows = CsvText.Parse(File.ReadAllText(folder.File("csv/findings.csv")));
        int refs = findingRows[0].IndexOf("refs");
        Assert.Equal(scan.Findings.Select(f => f.Refs.Count(r => r.Reading is not null)),
            findingRows.Skip(1).Select(r => System.Text.RegularExpressions.Regex.Count(r[refs], @" \(OCR, confidence \d+\)")));

        await DatasetExporter.ExportAsync(folder.File("extractor.db"), folder.File("parquet"), DatasetFormat.Parquet, byteOrderMark: false);
        await using (var reader = await ParquetReader.CreateAsync(folder.File("parquet/line_items.parquet")))
        {
            var field = Assert.Single(reader.Schema.DataFields, f => f.Name == "reading_confidence");
            using var group = reader.OpenRowGroupReader(0);
            var confidences = new long?[group.RowCount];
            await group.ReadAsync<long>(field, confidences);
            Assert.Equal(scan.LineItems.Select(i => (long?)i.Reading?.Confidence), confidences);
        }

        var workbook = Extractor.Export.Xlsx.WorkbookExporter.Export(folder.File("extractor.db"), folder.Path);
        using var sheets = new WorkbookReader(workbook);
        var sheet = sheets.Rows("line_items");
        int at = Array.FindIndex(sheet[0], c => WorkbookReader.Text(c!) == "reading_confidence");
        Assert.Equal(items.Select(i => i.Item2), sheet.Skip(1).Select(r => r[at] is { } cell ? WorkbookReader.Text(cell) : ""));
        Assert.All(sheet.Skip(1).Select(r => r[at]).OfType<DocumentFormat.OpenXml.Spreadsheet.Cell>(), cell => Assert.Null(cell.DataType));
    }

    public void Dispose() => folder.Dispose();
}
