using System.Text;
using Extractor.Cli.Evaluation;
using Extractor.Export;
using Extractor.Pipeline;
using Extractor.Tests.Support;
using Parquet;
using Serilog;

namespace Extractor.Tests.Export;

public sealed class DatasetExporterTests : IDisposable
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
        Assert.Equal(("351700.00", "1351700.00"), (cross[header.IndexOf("expected")], cross[header.IndexOf("actual")]));
        Assert.Equal("t5 p14 小学教育 2050202 basic.goods_services; t3 p8 小学教育 2050202 basic.goods_services", cross[header.IndexOf("refs")]);
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

    public void Dispose() => folder.Dispose();
}
