using System.Text.RegularExpressions;
using Extractor.Export;
using Extractor.Model;
using Extractor.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Extractor.Tests.Export;

[Collection(ProcessedFixturesCollection.Name)]
public sealed class SqliteDocumentStoreTests(ProcessedFixtures processed) : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    private long Scalar(string sql) => (long)Command(sql, c => c.ExecuteScalar())!;

    /// <summary>Runs SQL on the test database directly, as an earlier release or another tool would have.</summary>
    private void Execute(string sql) => Command(sql, c => c.ExecuteNonQuery());

    private object? Command(string sql, Func<SqliteCommand, object?> run)
    {
        using var connection = new SqliteConnection($"Data Source={folder.File("test.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return run(command);
    }

    [Fact]
    public void Writes_a_document_with_its_fields_and_diagnostics()
    {
        using (var store = new SqliteDocumentStore(folder.File("test.db"), "test"))
        {
            store.Write(processed["disclosures/dxh-xzspj-2023.pdf"]);
            store.Write(processed["disclosures/scan01-2025-wan.pdf"]);
        }

        Assert.Equal(2, Scalar("SELECT count(*) FROM documents"));
        Assert.Equal(1, Scalar("SELECT count(*) FROM documents WHERE department_name = '武汉市东西湖区行政审批局' AND fiscal_year = 2023 AND phase = 'budget' AND unit = 'wan_yuan' AND pages = 47"));
        Assert.Equal(16, Scalar("SELECT count(*) FROM diagnostics d JOIN documents o ON o.id = d.document_id WHERE o.file = 'scan01-2025-wan.pdf' AND d.code = 'ocr_page'"));
    }

    [Fact]
    public void Writes_the_unit_whose_tables_and_statements_they_are()
    {
        const string unit = "北京市通州区应急管理事务中心";
        var built = new DocumentBuilder().Table(TableTypes.IncomeSummary).Build();
        var document = built with
        {
            Tables = [.. built.Tables, built.Tables[0] with { Id = "t9", Scope = unit }],
            Facts = [new Fact { Key = FactKeys.IncomeTotal, Value = 6_296_400m, Page = 24, Quote = "收入预算629.64万元", Scope = unit },
                new Fact { Key = FactKeys.IncomeTotal, Value = 21_078_900m, Page = 4, Quote = "收入预算2107.89万元" }],
        };

        using (var store = new SqliteDocumentStore(folder.File("test.db"), "test"))
            store.Write(document);

        Assert.Equal(1, Scalar($"SELECT count(*) FROM tables WHERE table_id = 't9' AND scope = '{unit}'"));
        Assert.Equal(1, Scalar($"SELECT count(*) FROM facts WHERE scope = '{unit}' AND value = '6296400'"));
        Assert.Equal(1, Scalar("SELECT count(*) FROM facts WHERE scope IS NULL"));
    }

    [Fact]
    public void Adds_the_columns_of_later_releases_to_an_older_database_and_fills_them()
    {
        // The findings table as the first release wrote it, without message_zh.
        Execute(Regex.Replace(SqliteSchema.Create, @"\n\s*message_zh\s+TEXT,", ""));
        Assert.Equal(0, Scalar("SELECT count(*) FROM pragma_table_info('findings') WHERE name = 'message_zh'"));

        using (var store = new SqliteDocumentStore(folder.File("test.db"), "test"))
            store.Write(processed["disclosures/dxh-xzspj-2023.pdf"]);

        Assert.Equal(1, Scalar("SELECT count(*) FROM pragma_table_info('findings') WHERE name = 'message_zh'"));
        Assert.Equal(0, Scalar("SELECT count(*) FROM findings WHERE message_zh IS NULL OR message_zh = ''"));
        Assert.True(Scalar("SELECT count(*) FROM findings") > 20);
    }

    [Fact]
    public void Migrates_a_database_keyed_by_file_name_to_paths_keeping_every_child_row()
    {
        var document = processed["disclosures/dxh-xzspj-2023.pdf"];
        using (var store = new SqliteDocumentStore(folder.File("test.db"), "test")) store.Write(document);
        long items = Scalar("SELECT count(*) FROM line_items");
        // Turn it back into the first schema: documents unique by bare file name, no path, user_version 0.
        // A first-release database had no views.
        Execute("""
            PRAGMA foreign_keys = OFF;
            DROP VIEW line_items_with_documents;
            DROP VIEW findings_with_refs;
            CREATE TABLE documents_v1 (id INTEGER PRIMARY KEY, file TEXT NOT NULL UNIQUE, sha256 TEXT NOT NULL,
                pages INTEGER NOT NULL, producer TEXT, department_name TEXT, department_code TEXT, region_province TEXT,
                region_city TEXT, region_district TEXT, fiscal_year INTEGER, phase TEXT, unit TEXT, failed INTEGER NOT NULL,
                schema_version TEXT NOT NULL, pipeline_version TEXT NOT NULL, processed_at TEXT NOT NULL);
            INSERT INTO documents_v1 SELECT id, file, sha256, pages, producer, department_name, department_code, region_province,
                region_city, region_district, fiscal_year, phase, unit, failed, schema_version, pipeline_version, processed_at FROM documents;
            DROP TABLE documents;
            DROP TABLE document_copies;
            ALTER TABLE documents_v1 RENAME TO documents;
            PRAGMA user_version = 0;
            """);

        using (var store = new SqliteDocumentStore(folder.File("test.db"), "test"))
            store.Write(document with { Source = document.Source with { Path = "other/dxh-xzspj-2023.pdf", Sha256 = "other" } });

        Assert.Equal(SqliteSchema.Version, Scalar("PRAGMA user_version"));
        Assert.Equal(1, Scalar("SELECT count(*) FROM documents WHERE path = 'dxh-xzspj-2023.pdf' AND file = 'dxh-xzspj-2023.pdf'"));
        Assert.Equal(1, Scalar("SELECT count(*) FROM documents WHERE path = 'other/dxh-xzspj-2023.pdf' AND file = 'dxh-xzspj-2023.pdf'"));
        Assert.Equal(2 * items, Scalar("SELECT count(*) FROM line_items"));
    }

    private List<string> Texts(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={folder.File("test.db")};Pooling=False");
        connection.Open();
        return DatabaseRows.Texts(connection, sql);
    }

    [Fact]
    public void Stores_how_ocr_read_each_figure_and_no_reading_for_the_text_layer()
    {
        var scan = processed["disclosures/scan01-2025-wan.pdf"];
        using (var store = new SqliteDocumentStore(folder.File("test.db"), "test"))
        {
            store.Write(scan);
            store.Write(processed["disclosures/dxh-xzspj-2023.pdf"]);
        }

        string Of(string table, string order) =>
            $"SELECT {StoredReading.Sql} FROM {table} t JOIN documents d ON d.id = t.document_id WHERE d.file = 'scan01-2025-wan.pdf' ORDER BY {order}";
        Assert.Equal(scan.LineItems.Select(i => StoredReading.Of(i.Reading)), Texts(Of("line_items", "item_no")));
        Assert.Equal(scan.Facts.Select(f => StoredReading.Of(f.Reading)), Texts(Of("facts", "fact_no")));
        Assert.Equal(scan.Findings.SelectMany(f => f.Refs).Select(r => StoredReading.Of(r.Reading)), Texts(Of("finding_refs", "finding_no, ref_no")));
        Assert.True(scan.LineItems.Count(i => i.Reading is not null) > 100);
        Assert.Contains(scan.Findings.SelectMany(f => f.Refs), r => r.Reading is not null);
        Assert.Equal(0, Scalar("""
            SELECT (SELECT count(*) FROM line_items_with_documents WHERE file = 'dxh-xzspj-2023.pdf' AND (reading_source IS NOT NULL OR reading_confidence IS NOT NULL))
                 + (SELECT count(*) FROM facts f JOIN documents d ON d.id = f.document_id WHERE d.file = 'dxh-xzspj-2023.pdf' AND f.reading_source IS NOT NULL)
            """));
    }

    [Fact]
    public void Upgrades_a_version_4_database_in_place_keeping_its_rows_when_a_reader_or_a_run_opens_it()
    {
        Execute(SchemaVersion4.Sqlite + SchemaVersion4.Document);
        Assert.Equal(0, Scalar("SELECT count(*) FROM pragma_table_info('line_items') WHERE name LIKE 'reading%'"));

        // A reader opens it first (findings), then a run writes a scanned document into it.
        var listed = Assert.Single(FindingListing.Read(folder.File("test.db"), includeRounding: true));
        Assert.Equal(["t1 p1 合计 total", "p1 income.total 「收入合计12.50元」"], listed.Where);
        var scan = processed["disclosures/scan01-2025-wan.pdf"];
        using (var store = new SqliteDocumentStore(folder.File("test.db"), "test")) store.Write(scan);

        Assert.Equal(SqliteSchema.Version, Scalar("PRAGMA user_version"));
        Assert.Equal(SchemaVersion4.Kept, Texts(SchemaVersion4.KeptRows));
        Assert.Equal(scan.LineItems.Count(i => i.Reading is not null),
            Scalar("SELECT count(*) FROM line_items_with_documents WHERE file = 'scan01-2025-wan.pdf' AND reading_source = 'ocr' AND reading_confidence IS NOT NULL"));
        // The findings view was replaced too: its places say which figures OCR read.
        Assert.Equal(scan.Findings.Count(f => f.Refs.Any(r => r.Reading is not null)),
            Scalar("SELECT count(*) FROM findings_with_refs WHERE file = 'scan01-2025-wan.pdf' AND refs LIKE '%(OCR, confidence %)%'"));
    }

    [Fact]
    public void Keeps_amounts_exact_as_text_and_as_whole_fen_with_the_views_users_query_first()
    {
        using (var store = new SqliteDocumentStore(folder.File("test.db"), "test")) store.Write(processed["disclosures/dxh-xzspj-2023.pdf"]);

        Assert.Equal(0, Scalar("SELECT count(*) FROM line_items WHERE amount_fen IS NULL OR amount_fen != CAST(round(CAST(amount AS REAL) * 100) AS INTEGER)"));
        Assert.Equal(Scalar("SELECT count(*) FROM line_items"), Scalar("SELECT count(*) FROM line_items_with_documents WHERE table_title IS NOT NULL AND path = 'dxh-xzspj-2023.pdf'"));
        Assert.Equal(Scalar("SELECT count(*) FROM findings"), Scalar("SELECT count(*) FROM findings_with_refs WHERE refs IS NOT NULL"));
        Assert.Equal(0, Scalar("SELECT count(*) FROM pragma_table_info('cells') WHERE name IN ('left', 'right', 'top', 'bottom')"));
        Assert.True(Scalar("SELECT sum(amount_fen) FROM line_items WHERE table_type = 'income_summary'") > 0);
        // JSON in text columns on one line, Chinese as itself.
        Assert.Equal(0, Scalar("SELECT count(*) FROM tables WHERE instr(pages || header || columns, char(10)) > 0 OR instr(header, '\\u') > 0"));
    }

    [Fact]
    public void Renames_an_older_databases_cell_box_columns_keeping_their_values()
    {
        var document = processed["disclosures/dxh-xzspj-2023.pdf"];
        using (var store = new SqliteDocumentStore(folder.File("test.db"), "test")) store.Write(document);
        long boxes = Scalar("SELECT count(*) FROM cells WHERE bbox_left IS NOT NULL");
        Execute("""
            ALTER TABLE cells RENAME COLUMN bbox_left TO "left"; ALTER TABLE cells RENAME COLUMN bbox_right TO "right";
            ALTER TABLE cells RENAME COLUMN bbox_top TO "top"; ALTER TABLE cells RENAME COLUMN bbox_bottom TO "bottom";
            PRAGMA user_version = 2;
            """);

        using (new SqliteDocumentStore(folder.File("test.db"), "test")) { }

        Assert.Equal(boxes, Scalar("SELECT count(*) FROM cells WHERE bbox_left IS NOT NULL AND bbox_bottom IS NOT NULL"));
        Assert.Equal(SqliteSchema.Version, Scalar("PRAGMA user_version"));
    }

    [Fact]
    public void Replaces_the_records_of_a_file_written_again()
    {
        var document = processed["disclosures/scan01-2025-wan.pdf"];
        using (var store = new SqliteDocumentStore(folder.File("test.db"), "test"))
        {
            store.Write(document);
            store.Write(document with { Source = document.Source with { Sha256 = "changed" } });
        }

        Assert.Equal(1, Scalar("SELECT count(*) FROM documents"));
        Assert.Equal(1, Scalar("SELECT count(*) FROM documents WHERE sha256 = 'changed'"));
        Assert.Equal(document.Diagnostics.Count, Scalar("SELECT count(*) FROM diagnostics"));
    }

    [Fact]
    public void Removes_a_replaced_version_with_its_rows_and_hands_a_shared_content_to_its_copy()
    {
        var document = processed["disclosures/dxh-xzspj-2023.pdf"];
        var other = processed["disclosures/scan01-2025-wan.pdf"];
        using (var store = new SqliteDocumentStore(folder.File("test.db"), "test"))
        {
            store.Write(document with { Source = document.Source with { Path = "a/old.pdf" } });
            store.Write(other with { Source = other.Source with { Path = "b/kept.pdf" } });
            Assert.True(store.WriteCopy("b/copy.pdf", other.Source.Sha256));

            store.Remove("a/old.pdf");
            store.Remove("b/kept.pdf");
        }

        Assert.Equal(1, Scalar("SELECT count(*) FROM documents"));
        Assert.Equal(1, Scalar("SELECT count(*) FROM documents WHERE path = 'b/copy.pdf'"));
        Assert.Equal(0, Scalar("SELECT count(*) FROM document_copies"));
        Assert.Equal(0, Scalar($"SELECT count(*) FROM line_items l JOIN documents d ON d.id = l.document_id WHERE d.sha256 = '{document.Source.Sha256}'"));
        Assert.Equal(0, Scalar("SELECT count(*) FROM line_items WHERE document_id NOT IN (SELECT id FROM documents)"));
    }

    [Fact]
    public void Stores_amounts_as_exact_decimal_text()
    {
        var document = processed["disclosures/dxh-xzspj-2023.pdf"] with
        {
            LineItems =
            [
                new LineItem
                {
                    TableId = "t1", TableType = TableTypes.IncomeSummary, Dimension = Dimensions.Summary, Name = "合计",
                    Measure = Measures.Total, Amount = 96282213.44m, AmountPrinted = "96,282,213.44", Page = 3, Row = 0, Col = 1,
                },
            ],
        };
        using (var store = new SqliteDocumentStore(folder.File("test.db"), "test"))
            store.Write(document);

        Assert.Equal(1, Scalar("SELECT count(*) FROM line_items WHERE amount = '96282213.44' AND typeof(amount) = 'text'"));
    }

    public void Dispose() => folder.Dispose();
}
