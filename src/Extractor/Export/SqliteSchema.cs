using Microsoft.Data.Sqlite;

namespace Extractor.Export;

/// <summary>
/// The database layout: one table per record type of the canonical schema, every child row keyed by its
/// document and deleted with it. Amounts are TEXT holding the exact decimal, never REAL.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>
    /// An earlier run's database, opened read-only for the commands that report on it; one written by an
    /// earlier release is first brought up to the current schema.
    /// </summary>
    public static SqliteConnection OpenReadOnly(string databasePath)
    {
        if (!File.Exists(databasePath)) throw new FileNotFoundException($"no database at {databasePath}", databasePath);
        if (UserVersion(databasePath) < Version) new SqliteDocumentStore(databasePath, pipelineVersion: "").Dispose();
        var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    /// <summary>
    /// The schema version in <c>PRAGMA user_version</c>: 2 keys documents by their path (relative to the input
    /// folder) instead of the bare file name, and records other paths of the same content in <c>document_copies</c>;
    /// 3 names the cell box columns <c>bbox_*</c> (no reserved words), adds <c>line_items.amount_fen</c>, the
    /// views and the indexes; 4 adds the fetch history, <c>sources</c> and <c>fetches</c>; 5 adds how OCR read a
    /// figure, <c>reading_source</c> (<c>ocr</c>) and <c>reading_confidence</c> (0 to 100), to <c>line_items</c>,
    /// <c>facts</c> and <c>finding_refs</c>: both null for a figure of the text layer; 6 marks such a figure in
    /// <c>findings_with_refs.refs</c> ("p3 合计 total (OCR, confidence 87)"), as the findings listing does; 7 adds
    /// <c>finding_refs.file</c>, the other file of the publication a value is printed in (a narrative published apart
    /// from its tables), which opens the value's place in <c>findings_with_refs.refs</c>; 8 adds <c>tables.scope</c> and
    /// <c>facts.scope</c>, the budget unit whose tables and statements they are where a department prints its units' own.
    /// </summary>
    public const int Version = 8;

    /// <summary>Version 2's cell box columns, renamed: <c>left</c> and <c>right</c> are reserved words elsewhere.</summary>
    public static readonly IReadOnlyList<(string Old, string New)> RenamedCellColumns =
        [("left", "bbox_left"), ("top", "bbox_top"), ("right", "bbox_right"), ("bottom", "bbox_bottom")];

    /// <summary>
    /// The views, dropped when an earlier version's database is opened: a view keeps the definition it was created
    /// with, and <see cref="ViewsAndIndexes"/> creates only the missing ones.
    /// </summary>
    public const string DropViews = "DROP VIEW IF EXISTS line_items_with_documents; DROP VIEW IF EXISTS findings_with_refs;";

    /// <summary>
    /// What users query first: line items with their document and table title, findings with the places of
    /// their figures; and indexes on the usual filters.
    /// </summary>
    public const string ViewsAndIndexes = """
        CREATE INDEX IF NOT EXISTS line_items_measure ON line_items(table_type, measure);
        CREATE INDEX IF NOT EXISTS line_items_code ON line_items(dimension, code);
        CREATE INDEX IF NOT EXISTS facts_key ON facts(key);
        CREATE INDEX IF NOT EXISTS findings_rule ON findings(rule, severity);
        CREATE VIEW IF NOT EXISTS line_items_with_documents AS
            SELECT d.path, d.file, d.department_name, d.fiscal_year, d.phase, t.title AS table_title, coalesce(t.unit, d.unit) AS printed_unit, i.*
            FROM line_items i JOIN documents d ON d.id = i.document_id
            LEFT JOIN tables t ON t.document_id = i.document_id AND t.table_id = i.table_id;
        CREATE VIEW IF NOT EXISTS findings_with_refs AS
            SELECT d.path, d.file, d.department_name, d.fiscal_year, d.phase, f.*,
                (SELECT group_concat(coalesce(r.file || ' ', '') || coalesce(r.table_id || ' ', '') || 'p' || coalesce(r.page, '') || ' ' || coalesce(r.row_label, r.fact_key, '')
                        || coalesce(' ' || r.code, '') || coalesce(' ' || r.measure, '') || coalesce(' 「' || r.quote || '」', '')
                        || CASE WHEN r.reading_source = 'ocr' THEN ' (OCR, confidence ' || coalesce(r.reading_confidence, '?') || ')' ELSE '' END, '; ')
                 FROM (SELECT * FROM finding_refs WHERE document_id = f.document_id AND finding_no = f.finding_no ORDER BY ref_no) r) AS refs
            FROM findings f JOIN documents d ON d.id = f.document_id;
        """;

    /// <summary>
    /// A document is named by its path; its content hash links the other paths that hold the same bytes
    /// (<c>document_copies</c>), so one content is stored once however many folders carry it.
    /// </summary>
    private const string DocumentColumns = """
            id               INTEGER PRIMARY KEY,
            path             TEXT NOT NULL UNIQUE,
            file             TEXT NOT NULL,
            sha256           TEXT NOT NULL,
            pages            INTEGER NOT NULL,
            producer         TEXT,
            department_name  TEXT,
            department_code  TEXT,
            region_province  TEXT,
            region_city      TEXT,
            region_district  TEXT,
            fiscal_year      INTEGER,
            phase            TEXT,
            unit             TEXT,
            failed           INTEGER NOT NULL,
            schema_version   TEXT NOT NULL,
            pipeline_version TEXT NOT NULL,
            processed_at     TEXT NOT NULL
        """;

    /// <summary>
    /// Rebuilds a version-1 <c>documents</c> table (unique by bare file name) with the path as its key; an
    /// old document's path is its file name, as that is all version 1 knew. Child rows keep their ids.
    /// Run with foreign keys off, so dropping the old table deletes no child rows.
    /// </summary>
    public const string MigrateToPathIdentity = """
        BEGIN;
        CREATE TABLE documents_v2 (
        """ + DocumentColumns + """
        );
        INSERT INTO documents_v2 (id, path, file, sha256, pages, producer, department_name, department_code,
            region_province, region_city, region_district, fiscal_year, phase, unit, failed, schema_version,
            pipeline_version, processed_at)
        SELECT id, file, file, sha256, pages, producer, department_name, department_code, region_province,
            region_city, region_district, fiscal_year, phase, unit, failed, schema_version, pipeline_version, processed_at
        FROM documents;
        DROP TABLE documents;
        ALTER TABLE documents_v2 RENAME TO documents;
        CREATE INDEX IF NOT EXISTS documents_sha256 ON documents(sha256);
        COMMIT;
        """;

    public const string Create = """
        CREATE TABLE IF NOT EXISTS documents (
        """ + DocumentColumns + """
        );
        CREATE TABLE IF NOT EXISTS document_copies (
            path   TEXT PRIMARY KEY,
            sha256 TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS documents_sha256 ON documents(sha256);
        CREATE TABLE IF NOT EXISTS tables (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            table_id    TEXT NOT NULL,
            type        TEXT NOT NULL,
            title       TEXT NOT NULL,
            pages       TEXT NOT NULL,
            header      TEXT NOT NULL,
            columns     TEXT NOT NULL,
            unit        TEXT,
            scope       TEXT,
            PRIMARY KEY (document_id, table_id)
        );
        CREATE TABLE IF NOT EXISTS cells (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            table_id    TEXT NOT NULL,
            row         INTEGER NOT NULL,
            col         INTEGER NOT NULL,
            text        TEXT NOT NULL,
            value       TEXT,
            page        INTEGER,
            bbox_left   REAL,
            bbox_top    REAL,
            bbox_right  REAL,
            bbox_bottom REAL,
            PRIMARY KEY (document_id, table_id, row, col)
        );
        CREATE TABLE IF NOT EXISTS line_items (
            document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            item_no        INTEGER NOT NULL,
            table_id       TEXT NOT NULL,
            table_type     TEXT NOT NULL,
            dimension      TEXT NOT NULL,
            code           TEXT,
            code_printed   TEXT,
            name           TEXT NOT NULL,
            entity_code    TEXT,
            entity_name    TEXT,
            measure        TEXT NOT NULL,
            amount         TEXT NOT NULL,
            amount_fen     INTEGER,
            amount_printed TEXT NOT NULL,
            page           INTEGER NOT NULL,
            row            INTEGER NOT NULL,
            col            INTEGER NOT NULL,
            reading_source     TEXT,
            reading_confidence INTEGER,
            PRIMARY KEY (document_id, item_no)
        );
        CREATE TABLE IF NOT EXISTS facts (
            document_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            fact_no          INTEGER NOT NULL,
            key              TEXT NOT NULL,
            value            TEXT NOT NULL,
            share_of         TEXT,
            share_pct        TEXT,
            change_year      INTEGER,
            change_amount    TEXT,
            change_pct       TEXT,
            change_direction TEXT,
            page             INTEGER NOT NULL,
            quote            TEXT NOT NULL,
            code             TEXT,
            name             TEXT,
            planned          TEXT,
            prior_year       INTEGER,
            prior_kind       TEXT,
            prior_amount     TEXT,
            budget           TEXT,
            completion_pct   TEXT,
            reading_source     TEXT,
            reading_confidence INTEGER,
            scope            TEXT,
            PRIMARY KEY (document_id, fact_no)
        );
        CREATE TABLE IF NOT EXISTS findings (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            finding_no  INTEGER NOT NULL,
            rule        TEXT NOT NULL,
            severity    TEXT NOT NULL,
            message     TEXT NOT NULL,
            message_zh  TEXT,
            expected    TEXT,
            actual      TEXT,
            difference  TEXT,
            tolerance   TEXT,
            PRIMARY KEY (document_id, finding_no)
        );
        CREATE TABLE IF NOT EXISTS finding_refs (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            finding_no  INTEGER NOT NULL,
            ref_no      INTEGER NOT NULL,
            table_id    TEXT,
            table_type  TEXT,
            page        INTEGER,
            row_label   TEXT,
            code        TEXT,
            measure     TEXT,
            fact_key    TEXT,
            quote       TEXT,
            reading_source     TEXT,
            reading_confidence INTEGER,
            file        TEXT,
            PRIMARY KEY (document_id, finding_no, ref_no)
        );
        CREATE TABLE IF NOT EXISTS sources (
            id         INTEGER PRIMARY KEY,
            name       TEXT NOT NULL UNIQUE,
            definition TEXT NOT NULL,
            first_run  TEXT NOT NULL,
            last_run   TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS fetches (
            id            INTEGER PRIMARY KEY,
            source_id     INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            url           TEXT NOT NULL,
            kind          TEXT NOT NULL,
            sha256        TEXT NOT NULL,
            outcome       TEXT NOT NULL,
            file          TEXT,
            bytes         INTEGER,
            link_text     TEXT,
            found_on      TEXT,
            etag          TEXT,
            last_modified TEXT,
            message       TEXT,
            first_seen    TEXT NOT NULL,
            last_seen     TEXT NOT NULL,
            UNIQUE (source_id, url, sha256)
        );
        CREATE INDEX IF NOT EXISTS fetches_sha256 ON fetches(sha256);
        CREATE TABLE IF NOT EXISTS diagnostics (
            document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            diagnostic_no  INTEGER NOT NULL,
            stage          TEXT NOT NULL,
            severity       TEXT NOT NULL,
            code           TEXT NOT NULL,
            page           INTEGER,
            table_id       TEXT,
            message        TEXT NOT NULL,
            PRIMARY KEY (document_id, diagnostic_no)
        );
        """;

    private static long UserVersion(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return UserVersion(connection);
    }

    /// <summary>The schema version the database was written with: 0 for a database just created.</summary>
    public static long UserVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Whether the database's table has the column (a database written by an earlier release may not).</summary>
    public static bool HasColumn(SqliteConnection connection, string table, string column)
    {
        using var probe = connection.CreateCommand();
        probe.CommandText = "SELECT count(*) FROM pragma_table_info($table) WHERE name = $column";
        probe.Parameters.AddWithValue("$table", table);
        probe.Parameters.AddWithValue("$column", column);
        return (long)probe.ExecuteScalar()! > 0;
    }

    /// <summary>Columns added after the first release: (table, column, definition), added to older databases on open.</summary>
    public static readonly IReadOnlyList<(string Table, string Column, string Definition)> AddedColumns =
    [
        ("tables", "unit", "TEXT"),
        ("findings", "message_zh", "TEXT"),
        ("line_items", "code_printed", "TEXT"), ("line_items", "amount_fen", "INTEGER"),
        ("facts", "code", "TEXT"), ("facts", "name", "TEXT"), ("facts", "planned", "TEXT"), ("facts", "prior_year", "INTEGER"),
        ("facts", "prior_kind", "TEXT"), ("facts", "prior_amount", "TEXT"), ("facts", "budget", "TEXT"), ("facts", "completion_pct", "TEXT"),
        .. ((string[])["line_items", "facts", "finding_refs"]).SelectMany(table =>
            new[] { (table, "reading_source", "TEXT"), (table, "reading_confidence", "INTEGER") }),
        ("finding_refs", "file", "TEXT"),
        ("tables", "scope", "TEXT"), ("facts", "scope", "TEXT"),
    ];
}
