using System.Globalization;
using System.Text.Json;
using Extractor.Model;
using Microsoft.Data.Sqlite;

namespace Extractor.Export;

/// <summary>
/// The embedded database. A document is named by its path (relative to the input folder) and identified
/// by that path and its content hash: each is written in one transaction that first removes the earlier
/// records of the same path, so a crash leaves either the old document or the new one, never half of one.
/// A second path holding the same bytes is recorded as a copy of the stored document, not stored again.
/// </summary>
public sealed partial class SqliteDocumentStore : IDocumentStore
{
    private readonly SqliteConnection connection;
    private readonly string pipelineVersion;

    public SqliteDocumentStore(string databasePath, string pipelineVersion)
    {
        this.pipelineVersion = pipelineVersion;
        connection = OpenUpToDate(databasePath);
    }

    /// <summary>
    /// Opens the database for writing, created when missing and brought up to the current schema when an earlier
    /// release wrote it: the connection the document store and the fetch history each write through.
    /// </summary>
    internal static SqliteConnection OpenUpToDate(string databasePath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Pooling = false,
        }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
        // An older database's cells keep their old box columns until renamed: the table is created as before.
        Execute(connection, SqliteSchema.Create);
        RenameCellColumns(connection);
        AddMissingColumns(connection);
        MigrateDocumentIdentity(connection);
        Execute(connection, SqliteSchema.ViewsAndIndexes);
        return connection;
    }

    private static void RenameCellColumns(SqliteConnection connection)
    {
        foreach (var (old, renamed) in SqliteSchema.RenamedCellColumns)
            if (SqliteSchema.HasColumn(connection, "cells", old)) Execute(connection, $"ALTER TABLE cells RENAME COLUMN \"{old}\" TO {renamed}");
    }

    /// <summary>A version-1 database (documents unique by bare file name) is rebuilt with paths as keys.</summary>
    private static void MigrateDocumentIdentity(SqliteConnection connection)
    {
        if (!SqliteSchema.HasColumn(connection, "documents", "path"))
        {
            Execute(connection, "PRAGMA foreign_keys = OFF;");
            Execute(connection, SqliteSchema.MigrateToPathIdentity);
            Execute(connection, "PRAGMA foreign_keys = ON;");
        }
        Execute(connection, $"PRAGMA user_version = {SqliteSchema.Version};");
    }

    /// <summary>Brings a database written by an earlier version up to the current columns.</summary>
    private static void AddMissingColumns(SqliteConnection connection)
    {
        foreach (var (table, column, definition) in SqliteSchema.AddedColumns)
            if (!SqliteSchema.HasColumn(connection, table, column)) Execute(connection, $"ALTER TABLE {table} ADD COLUMN {column} {definition}");
    }

    /// <summary>
    /// Every path already stored, with the content hash and pipeline version it was stored with: the
    /// documents' own paths and the paths recorded as copies of them. A failed document is left out, so the
    /// next run tries it again (a timeout or a full disk is no property of the file).
    /// </summary>
    public IReadOnlyList<StoredPath> StoredPaths()
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT path, sha256, pipeline_version, 0 FROM documents WHERE failed = 0
            UNION ALL
            SELECT c.path, c.sha256, d.pipeline_version, 1 FROM document_copies c JOIN documents d ON d.sha256 = c.sha256 AND d.failed = 0
            """;
        using var reader = command.ExecuteReader();
        var stored = new List<StoredPath>();
        while (reader.Read()) stored.Add(new StoredPath(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3) == 1));
        return stored;
    }

    /// <summary>The error findings of the document stored at <paramref name="path"/>, or of the document it is a copy of.</summary>
    public FindingCounts Findings(string path)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT count(*) FILTER (WHERE f.severity = 'error'), count(*) FILTER (WHERE f.severity = 'warning')
            FROM findings f JOIN documents d ON d.id = f.document_id
            WHERE d.path = $path OR d.sha256 = (SELECT sha256 FROM document_copies WHERE path = $path)
            """;
        command.Parameters.AddWithValue("$path", path);
        using var reader = command.ExecuteReader();
        reader.Read();
        return new FindingCounts((int)reader.GetInt64(0), (int)reader.GetInt64(1));
    }

    /// <summary>
    /// Stores <paramref name="document"/> under its path, atomically, replacing what that path held. A stored
    /// document of the same content under another path (an earlier version's output) is replaced too, that
    /// path becoming a copy, so each content is stored once.
    /// </summary>
    public void Write(ExtractedDocument document)
    {
        string path = document.Source.Named;
        using var transaction = connection.BeginTransaction();
        Release(transaction, path);
        if (document.Source.Sha256.Length > 0)
            foreach (var other in Owners(transaction, document.Source.Sha256))
            {
                Run(transaction, "DELETE FROM documents WHERE path = $path", ("$path", other));
                AddCopy(transaction, other, document.Source.Sha256);
            }
        long id = InsertDocument(transaction, document, path);
        InsertTables(transaction, id, document.Tables);
        InsertLineItems(transaction, id, document.LineItems);
        InsertFacts(transaction, id, document.Facts);
        InsertFindings(transaction, id, document.Findings);
        InsertDiagnostics(transaction, id, document.Diagnostics);
        transaction.Commit();
    }

    /// <summary>
    /// Records that <paramref name="path"/> holds the same bytes as the stored document with hash
    /// <paramref name="sha256"/>. False (nothing written) when no such document is stored yet.
    /// </summary>
    public bool WriteCopy(string path, string sha256)
    {
        using var transaction = connection.BeginTransaction();
        var owners = Owners(transaction, sha256);
        if (owners.Count == 0) return false;
        if (owners.Contains(path)) return true;
        Release(transaction, path);
        AddCopy(transaction, path, sha256);
        transaction.Commit();
        return true;
    }

    /// <summary>
    /// Frees a path for new content: a copy record is dropped; a document is removed, unless another path
    /// still holds its content, in which case that path becomes the document's (nothing is lost when one of
    /// two identical files changes).
    /// </summary>
    private void Release(SqliteTransaction transaction, string path)
    {
        Run(transaction, "DELETE FROM document_copies WHERE path = $path", ("$path", path));
        var sha = Scalars(transaction, "SELECT sha256 FROM documents WHERE path = $path", ("$path", path)).FirstOrDefault();
        if (sha is null) return;
        var heir = sha.Length == 0 ? null
            : Scalars(transaction, "SELECT path FROM document_copies WHERE sha256 = $sha ORDER BY path LIMIT 1", ("$sha", sha)).FirstOrDefault();
        if (heir is null)
        {
            Run(transaction, "DELETE FROM documents WHERE path = $path", ("$path", path));
            return;
        }
        Run(transaction, "DELETE FROM document_copies WHERE path = $heir", ("$heir", heir));
        Run(transaction, "UPDATE documents SET path = $heir, file = $file WHERE path = $path",
            ("$heir", heir), ("$file", Path.GetFileName(heir)), ("$path", path));
    }


    /// <summary>The paths of the documents stored with this content.</summary>
    private List<string> Owners(SqliteTransaction transaction, string sha256) =>
        Scalars(transaction, "SELECT path FROM documents WHERE sha256 = $sha", ("$sha", sha256));

    private void AddCopy(SqliteTransaction transaction, string path, string sha256) =>
        Run(transaction, "INSERT INTO document_copies (path, sha256) VALUES ($path, $sha)", ("$path", path), ("$sha", sha256));

    private List<string> Scalars(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) values.Add(reader.GetString(0));
        return values;
    }

    private long InsertDocument(SqliteTransaction transaction, ExtractedDocument d, string path)
    {
        using var command = Command(transaction, """
            INSERT INTO documents (path, file, sha256, pages, producer, department_name, department_code, region_province,
                region_city, region_district, fiscal_year, phase, unit, failed, schema_version, pipeline_version, processed_at)
            VALUES ($path, $file, $sha256, $pages, $producer, $dept, $code, $province, $city, $district, $year, $phase, $unit,
                $failed, $schema, $version, $at)
            RETURNING id
            """,
            ("$path", path), ("$file", d.Source.File), ("$sha256", d.Source.Sha256), ("$pages", d.Source.Pages), ("$producer", d.Source.Producer),
            ("$dept", d.Department?.Name), ("$code", d.Department?.Code), ("$province", d.Region?.Province),
            ("$city", d.Region?.City), ("$district", d.Region?.District), ("$year", d.FiscalYear),
            ("$phase", SchemaId.Of(d.Phase)), ("$unit", SchemaId.Of(d.Unit)), ("$failed", d.Failed ? 1 : 0),
            ("$schema", d.SchemaVersion), ("$version", pipelineVersion),
            ("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
        return (long)command.ExecuteScalar()!;
    }

    private void InsertTables(SqliteTransaction transaction, long id, IReadOnlyList<Table> tables)
    {
        foreach (var table in tables)
        {
            Run(transaction, """
                INSERT INTO tables (document_id, table_id, type, title, pages, header, columns, unit)
                VALUES ($doc, $table, $type, $title, $pages, $header, $columns, $unit)
                """,
                ("$doc", id), ("$table", table.Id), ("$type", table.Type), ("$title", table.Title), ("$unit", SchemaId.Of(table.Unit)),
                ("$pages", JsonSerializer.Serialize(table.Pages, CanonicalJson.Compact.IReadOnlyListInt32)),
                ("$header", JsonSerializer.Serialize(table.Header, CanonicalJson.Compact.IReadOnlyListIReadOnlyListString)),
                ("$columns", JsonSerializer.Serialize(table.Columns, CanonicalJson.Compact.IReadOnlyListString)));
            for (int row = 0; row < table.Rows.Count; row++)
                for (int col = 0; col < table.Rows[row].Count; col++)
                {
                    var cell = table.Rows[row][col];
                    Run(transaction, """
                        INSERT INTO cells (document_id, table_id, row, col, text, value, page, bbox_left, bbox_top, bbox_right, bbox_bottom)
                        VALUES ($doc, $table, $row, $col, $text, $value, $page, $left, $top, $right, $bottom)
                        """,
                        ("$doc", id), ("$table", table.Id), ("$row", row), ("$col", col), ("$text", cell.Text),
                        ("$value", Exact(cell.Value)), ("$page", cell.Bbox?.Page), ("$left", cell.Bbox?.Left),
                        ("$top", cell.Bbox?.Top), ("$right", cell.Bbox?.Right), ("$bottom", cell.Bbox?.Bottom));
                }
        }
    }

    private void InsertLineItems(SqliteTransaction transaction, long id, IReadOnlyList<LineItem> items)
    {
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            Run(transaction, """
                INSERT INTO line_items (document_id, item_no, table_id, table_type, dimension, code, code_printed, name, entity_code,
                    entity_name, measure, amount, amount_fen, amount_printed, page, row, col, reading_source, reading_confidence)
                VALUES ($doc, $no, $table, $type, $dimension, $code, $codePrinted, $name, $entityCode, $entityName, $measure, $amount,
                    $fen, $printed, $page, $row, $col, $readingSource, $readingConfidence)
                """,
                ("$doc", id), ("$no", i), ("$table", item.TableId), ("$type", item.TableType), ("$dimension", item.Dimension),
                ("$code", item.Code), ("$codePrinted", item.CodePrinted), ("$name", item.Name), ("$entityCode", item.EntityCode), ("$entityName", item.EntityName),
                ("$measure", item.Measure), ("$amount", Exact(item.Amount)), ("$fen", Fen(item.Amount)), ("$printed", item.AmountPrinted),
                ("$page", item.Page), ("$row", item.Row), ("$col", item.Col),
                ("$readingSource", item.Reading?.Source), ("$readingConfidence", item.Reading?.Confidence));
        }
    }

    private void InsertFacts(SqliteTransaction transaction, long id, IReadOnlyList<Fact> facts)
    {
        for (int i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            Run(transaction, """
                INSERT INTO facts (document_id, fact_no, key, value, share_of, share_pct, change_year, change_amount,
                    change_pct, change_direction, page, quote, code, name, planned, prior_year, prior_kind, prior_amount,
                    budget, completion_pct, reading_source, reading_confidence)
                VALUES ($doc, $no, $key, $value, $shareOf, $sharePct, $year, $amount, $pct, $direction, $page, $quote,
                    $code, $name, $planned, $priorYear, $priorKind, $priorAmount, $budget, $completion, $readingSource, $readingConfidence)
                """,
                ("$doc", id), ("$no", i), ("$key", fact.Key), ("$value", Exact(fact.Value)), ("$shareOf", fact.ShareOf),
                ("$sharePct", Exact(fact.SharePct)), ("$year", fact.Change?.ComparedYear), ("$amount", Exact(fact.Change?.Amount)),
                ("$pct", Exact(fact.Change?.Pct)), ("$direction", fact.Change?.Direction), ("$page", fact.Page),
                ("$quote", fact.Quote), ("$code", fact.Code), ("$name", fact.Name), ("$planned", Exact(fact.Planned)),
                ("$priorYear", fact.Prior?.Year), ("$priorKind", fact.Prior?.Kind), ("$priorAmount", Exact(fact.Prior?.Amount)),
                ("$budget", Exact(fact.Execution?.Budget)), ("$completion", Exact(fact.Execution?.CompletionPct)),
                ("$readingSource", fact.Reading?.Source), ("$readingConfidence", fact.Reading?.Confidence));
        }
    }

    private void InsertFindings(SqliteTransaction transaction, long id, IReadOnlyList<Finding> findings)
    {
        for (int i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            Run(transaction, """
                INSERT INTO findings (document_id, finding_no, rule, severity, message, message_zh, expected, actual, difference, tolerance)
                VALUES ($doc, $no, $rule, $severity, $message, $messageZh, $expected, $actual, $difference, $tolerance)
                """,
                ("$doc", id), ("$no", i), ("$rule", finding.Rule), ("$severity", SchemaId.Of(finding.Severity)),
                ("$message", finding.Message), ("$messageZh", finding.MessageZh), ("$expected", Exact(finding.Expected)), ("$actual", Exact(finding.Actual)),
                ("$difference", Exact(finding.Difference)), ("$tolerance", Exact(finding.Tolerance)));
            for (int r = 0; r < finding.Refs.Count; r++)
            {
                var reference = finding.Refs[r];
                Run(transaction, """
                    INSERT INTO finding_refs (document_id, finding_no, ref_no, table_id, table_type, page, row_label, code,
                        measure, fact_key, quote, reading_source, reading_confidence)
                    VALUES ($doc, $no, $ref, $table, $type, $page, $label, $code, $measure, $fact, $quote, $readingSource, $readingConfidence)
                    """,
                    ("$doc", id), ("$no", i), ("$ref", r), ("$table", reference.TableId), ("$type", reference.TableType),
                    ("$page", reference.Page), ("$label", reference.RowLabel), ("$code", reference.Code),
                    ("$measure", reference.Measure), ("$fact", reference.FactKey), ("$quote", reference.Quote),
                    ("$readingSource", reference.Reading?.Source), ("$readingConfidence", reference.Reading?.Confidence));
            }
        }
    }

    private void InsertDiagnostics(SqliteTransaction transaction, long id, IReadOnlyList<Diagnostic> diagnostics)
    {
        for (int i = 0; i < diagnostics.Count; i++)
        {
            var d = diagnostics[i];
            Run(transaction, """
                INSERT INTO diagnostics (document_id, diagnostic_no, stage, severity, code, page, table_id, message)
                VALUES ($doc, $no, $stage, $severity, $code, $page, $table, $message)
                """,
                ("$doc", id), ("$no", i), ("$stage", d.Stage), ("$severity", SchemaId.Of(d.Severity)), ("$code", d.Code),
                ("$page", d.Page), ("$table", d.TableId), ("$message", d.Message));
        }
    }

    private static string? Exact(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The amount as a whole number of fen, for sums and sorts that stay exact in any tool that reads an integer;
    /// null for an amount finer than a fen (the exact text in <c>amount</c> is the record).
    /// </summary>
    private static long? Fen(decimal amount) =>
        amount * 100 is var fen && fen == decimal.Truncate(fen) && Math.Abs(fen) <= long.MaxValue ? (long)fen : null;

    private SqliteCommand Command(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private void Run(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => connection.Dispose();
}

/// <summary>A path the database holds: a document's own, or a copy of one (same bytes under another path).</summary>
public sealed record StoredPath(string Path, string Sha256, string PipelineVersion, bool IsCopy);
