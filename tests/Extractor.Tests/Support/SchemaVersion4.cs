using System.Text.RegularExpressions;
using Extractor.Export;

namespace Extractor.Tests.Support;

/// <summary>
/// A database as release 4 of the schema left it, for the upgrade tests: its DDL (today's without the reading
/// columns version 5 added and the OCR mark version 6 put in the refs of findings_with_refs), and a document of a
/// few rows written the way that release wrote them.
/// </summary>
public static class SchemaVersion4
{
    /// <summary>Version 4's tables, views and indexes in SQLite, <c>user_version</c> 4.</summary>
    public static string Sqlite => WithoutReadings(SqliteSchema.Create) + WithoutOcrMark(SqliteSchema.ViewsAndIndexes) + "PRAGMA user_version = 4;";

    /// <summary>Version 4's tables, functions, views and indexes in PostgreSQL, <c>extractor_schema</c> 4.</summary>
    public static string Postgres => WithoutReadings(PostgresSchema.Create) + WithoutOcrMark(PostgresSchema.FunctionsViewsAndIndexes)
        + "INSERT INTO extractor_schema (version) VALUES (4);";

    /// <summary>The document "old.pdf": a line item, a fact, and a finding on both, as version 4 stored them.</summary>
    public const string Document = """
        INSERT INTO documents (path, file, sha256, pages, failed, schema_version, pipeline_version, processed_at)
            VALUES ('old.pdf', 'old.pdf', 'old-sha', 3, 0, '1.0', 'v4', '2025-01-01T00:00:00Z');
        INSERT INTO line_items (document_id, item_no, table_id, table_type, dimension, name, measure, amount, amount_fen, amount_printed, page, row, col)
            VALUES ((SELECT id FROM documents WHERE path = 'old.pdf'), 0, 't1', 'income_summary', 'summary', '合计', 'total', '12.50', 1250, '12.50', 1, 0, 1);
        INSERT INTO facts (document_id, fact_no, key, value, page, quote)
            VALUES ((SELECT id FROM documents WHERE path = 'old.pdf'), 0, 'income.total', '12.5', 1, '收入合计12.50元');
        INSERT INTO findings (document_id, finding_no, rule, severity, message)
            VALUES ((SELECT id FROM documents WHERE path = 'old.pdf'), 0, 'narrative.table', 'error', 'differs');
        INSERT INTO finding_refs (document_id, finding_no, ref_no, table_id, page, row_label, measure)
            VALUES ((SELECT id FROM documents WHERE path = 'old.pdf'), 0, 0, 't1', 1, '合计', 'total');
        INSERT INTO finding_refs (document_id, finding_no, ref_no, fact_key, page, quote)
            VALUES ((SELECT id FROM documents WHERE path = 'old.pdf'), 0, 1, 'income.total', 1, '收入合计12.50元');
        """;

    /// <summary>What the upgraded database must still hold of <see cref="Document"/>, one text per row, readings null.</summary>
    public static string KeptRows => $"""
        SELECT 'item ' || i.amount || ' ' || {StoredReading.Sql} FROM line_items i JOIN documents d ON d.id = i.document_id WHERE d.path = 'old.pdf'
        UNION ALL SELECT 'fact ' || f.value || ' ' || {StoredReading.Sql} FROM facts f JOIN documents d ON d.id = f.document_id WHERE d.path = 'old.pdf'
        UNION ALL SELECT 'ref ' || r.ref_no || ' ' || {StoredReading.Sql} FROM finding_refs r JOIN documents d ON d.id = r.document_id WHERE d.path = 'old.pdf'
        """;

    public static readonly string[] Kept = ["item 12.50 null", "fact 12.5 null", "ref 0 null", "ref 1 null"];

    private static string WithoutOcrMark(string views)
    {
        var version4 = Regex.Replace(views, @"\n\s*\|\| CASE WHEN r\.reading_source = 'ocr' [^\n]*? END", "");
        Assert.DoesNotContain("reading_", version4);
        return version4;
    }

    private static string WithoutReadings(string ddl)
    {
        var version4 = Regex.Replace(ddl, @"\n\s*reading_(source|confidence)\s+\w+,", "");
        Assert.DoesNotContain("reading_", version4);
        return version4;
    }
}
