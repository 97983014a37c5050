using Extractor.Export;
using Extractor.Tests.Support;

namespace Extractor.Tests.Export;

/// <summary>
/// The PostgreSQL schema against SQLite's on one scanned document (the sharded corpus has no scan), and a database
/// of schema version 4 brought up to the current version in place.
/// </summary>
[Collection(ProcessedFixturesCollection.Name)]
public sealed class PostgresSchemaTests(ProcessedFixtures processed, PostgresServer server) : IClassFixture<PostgresServer>, IDisposable
{
    private readonly TemporaryDirectory folder = new();

    [Fact]
    public void Stores_a_scanned_documents_ocr_readings_row_for_row_as_sqlite()
    {
        var scan = processed["disclosures/scan01-2025-wan.pdf"];
        var text = processed["disclosures/dxh-xzspj-2023.pdf"];
        var url = server.NewDatabase();
        using (var sqlite = new SqliteDocumentStore(folder.File("extractor.db"), "test"))
        using (var postgres = new PostgresDocumentStore(url, "test"))
            foreach (var document in new[] { scan, text })
            {
                sqlite.Write(document);
                postgres.Write(document);
            }

        SortedDictionary<string, List<string>> expected, actual;
        using (var connection = ShardedCorpus.OpenSqlite(folder.Path)) expected = DatabaseRows.Of(connection);
        using (var connection = PostgresServer.Open(url)) actual = DatabaseRows.Of(connection);
        Assert.True(DatabaseRows.Equal(expected, actual), $"first difference: {DatabaseRows.FirstDifference(expected, actual)}");
        Assert.Contains(actual["line_items"], row => row.Contains("reading_source=ocr"));
        Assert.Contains(actual["finding_refs"], row => row.Contains("reading_source=ocr"));
    }

    [Fact]
    public void Upgrades_a_version_4_database_in_place_keeping_its_rows_when_a_reader_or_a_run_opens_it()
    {
        var url = server.NewDatabase();
        using (var connection = PostgresServer.Open(url)) DatabaseRows.Execute(connection, SchemaVersion4.Postgres + SchemaVersion4.Document);

        // A reader opens it first (findings), then a run writes a scanned document into it.
        var listed = Assert.Single(FindingListing.Read(url, includeRounding: true));
        Assert.Equal(["t1 p1 合计 total", "p1 income.total 「收入合计12.50元」"], listed.Where);
        var scan = processed["disclosures/scan01-2025-wan.pdf"];
        using (var store = new PostgresDocumentStore(url, "test")) store.Write(scan);

        using var upgraded = PostgresServer.Open(url);
        Assert.Equal([SqliteSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            DatabaseRows.Texts(upgraded, "SELECT version::text FROM extractor_schema"));
        Assert.Equal(SchemaVersion4.Kept, DatabaseRows.Texts(upgraded, SchemaVersion4.KeptRows));
        // The view lists the added columns too: it was replaced after they were added.
        Assert.Equal([scan.LineItems.Count(i => i.Reading is not null).ToString(System.Globalization.CultureInfo.InvariantCulture)],
            DatabaseRows.Texts(upgraded, "SELECT count(*)::text FROM line_items_with_documents WHERE file = 'scan01-2025-wan.pdf' AND reading_source = 'ocr' AND reading_confidence IS NOT NULL"));
        Assert.Equal([scan.Findings.Count(f => f.Refs.Any(r => r.Reading is not null)).ToString(System.Globalization.CultureInfo.InvariantCulture)],
            DatabaseRows.Texts(upgraded, "SELECT count(*)::text FROM findings_with_refs WHERE file = 'scan01-2025-wan.pdf' AND refs LIKE '%(OCR, confidence %)%'"));
    }

    public void Dispose() => folder.Dispose();
}
