using System.Globalization;
using System.Text.Json;
using Extractor.Model;
using Npgsql;
using NpgsqlTypes;

namespace Extractor.Export;

/// <summary>
/// The documents in a shared PostgreSQL database, as <see cref="SqliteDocumentStore"/> keeps them in SQLite: the
/// same tables, rows and identity rules. Each document is one transaction, its rows sent with COPY; the
/// transaction first takes advisory locks on the document's path and content, so two workers meeting the same
/// document (a re-run beside a restarted one) write it one after the other and the second replaces the first:
/// a path never holds two documents, and a worker killed mid-document leaves nothing, its transaction never
/// committed.
/// </summary>
public sealed class PostgresDocumentStore : IDocumentStore
{
    private readonly NpgsqlConnection connection;
    private readonly string pipelineVersion;

    public PostgresDocumentStore(string url, string pipelineVersion)
    {
        this.pipelineVersion = pipelineVersion;
        connection = PostgresSchema.Open(url);
    }

    public IReadOnlyList<StoredPath> StoredPaths()
    {
        using var command = new NpgsqlCommand("""
            SELECT path, sha256, pipeline_version, false FROM documents WHERE failed = 0
            UNION ALL
            SELECT c.path, c.sha256, d.pipeline_version, true FROM document_copies c JOIN documents d ON d.sha256 = c.sha256 AND d.failed = 0
            """, connection);
        using var reader = command.ExecuteReader();
        var stored = new List<StoredPath>();
        while (reader.Read()) stored.Add(new StoredPath(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetBoolean(3)));
        return stored;
    }

    public FindingCounts Findings(string path)
    {
        using var command = new NpgsqlCommand("""
            SELECT count(*) FILTER (WHERE f.severity = 'error'), count(*) FILTER (WHERE f.severity = 'warning')
            FROM findings f JOIN documents d ON d.id = f.document_id
            WHERE d.path = @path OR d.sha256 = (SELECT sha256 FROM document_copies WHERE path = @path)
            """, connection);
        command.Parameters.AddWithValue("path", path);
        using var reader = command.ExecuteReader();
        reader.Read();
        return new FindingCounts((int)reader.GetInt64(0), (int)reader.GetInt64(1));
    }

    public void Write(ExtractedDocument document)
    {
        string path = document.Source.Named, sha256 = document.Source.Sha256;
        using var transaction = connection.BeginTransaction();
        Lock(path, sha256);
        Release(path);
        if (sha256.Length > 0)
            foreach (var other in Owners(sha256).Where(o => o != path))
            {
                Run("DELETE FROM documents WHERE path = @path", ("path", other));
                AddCopy(other, sha256);
            }
        long id = InsertDocument(document, path);
        Copy("tables (document_id, table_id, type, title, pages, header, columns, unit)",
            document.Tables.Select(t => Row(id, t.Id, t.Type, t.Title,
                JsonSerializer.Serialize(t.Pages, CanonicalJson.Compact.IReadOnlyListInt32),
                JsonSerializer.Serialize(t.Header, CanonicalJson.Compact.IReadOnlyListIReadOnlyListString),
                JsonSerializer.Serialize(t.Columns, CanonicalJson.Compact.IReadOnlyListString), SchemaId.Of(t.Unit))));
        Copy("cells (document_id, table_id, row, col, text, value, page, bbox_left, bbox_top, bbox_right, bbox_bottom)",
            document.Tables.SelectMany(t => t.Rows.SelectMany((cells, row) => cells.Select((cell, col) => Row(id, t.Id, row, col, cell.Text, Exact(cell.Value),
                cell.Bbox?.Page, cell.Bbox?.Left, cell.Bbox?.Top, cell.Bbox?.Right, cell.Bbox?.Bottom)))));
        Copy("line_items (document_id, item_no, table_id, table_type, dimension, code, code_printed, name, entity_code, entity_name, measure, amount, amount_fen, amount_printed, page, row, col, reading_source, reading_confidence)",
            document.LineItems.Select((i, no) => Row(id, no, i.TableId, i.TableType, i.Dimension, i.Code, i.CodePrinted, i.Name, i.EntityCode, i.EntityName,
                i.Measure, Exact(i.Amount), Fen(i.Amount), i.AmountPrinted, i.Page, i.Row, i.Col, i.Reading?.Source, i.Reading?.Confidence)));
        Copy("facts (document_id, fact_no, key, value, share_of, share_pct, change_year, change_amount, change_pct, change_direction, page, quote, code, name, planned, prior_year, prior_kind, prior_amount, budget, completion_pct, reading_source, reading_confidence)",
            document.Facts.Select((f, no) => Row(id, no, f.Key, Exact(f.Value), f.ShareOf, Exact(f.SharePct), f.Change?.ComparedYear, Exact(f.Change?.Amount),
                Exact(f.Change?.Pct), f.Change?.Direction, f.Page, f.Quote, f.Code, f.Name, Exact(f.Planned), f.Prior?.Year, f.Prior?.Kind,
                Exact(f.Prior?.Amount), Exact(f.Execution?.Budget), Exact(f.Execution?.CompletionPct), f.Reading?.Source, f.Reading?.Confidence)));
        Copy("findings (document_id, finding_no, rule, severity, message, message_zh, expected, actual, difference, tolerance)",
            document.Findings.Select((f, no) => Row(id, no, f.Rule, SchemaId.Of(f.Severity), f.Message, f.MessageZh, Exact(f.Expected), Exact(f.Actual),
                Exact(f.Difference), Exact(f.Tolerance))));
        Copy("finding_refs (document_id, finding_no, ref_no, table_id, table_type, page, row_label, code, measure, fact_key, quote, reading_source, reading_confidence)",
            document.Findings.SelectMany((f, no) => f.Refs.Select((r, refNo) => Row(id, no, refNo, r.TableId, r.TableType, r.Page, r.RowLabel, r.Code,
                r.Measure, r.FactKey, r.Quote, r.Reading?.Source, r.Reading?.Confidence))));
        Copy("diagnostics (document_id, diagnostic_no, stage, severity, code, page, table_id, message)",
            document.Diagnostics.Select((d, no) => Row(id, no, d.Stage, SchemaId.Of(d.Severity), d.Code, d.Page, d.TableId, d.Message)));
        transaction.Commit();
    }

    public bool WriteCopy(string path, string sha256)
    {
        using var transaction = connection.BeginTransaction();
        Lock(path, sha256);
        var owners = Owners(sha256);
        if (owners.Count == 0) return false;
        if (owners.Contains(path)) return true;
        Release(path);
        AddCopy(path, sha256);
        transaction.Commit();
        return true;
    }

    /// <summary>
    /// Transaction-scoped advisory locks on the path and the content, taken in one order (by key) so two writers
    /// never wait on each other in a circle; released at commit or rollback, or when a killed worker's connection drops.
    /// </summary>
    private void Lock(string path, string sha256)
    {
        using var command = new NpgsqlCommand(
            "SELECT pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtextextended(v, 0) AS k FROM unnest(@keys) AS v ORDER BY 1) AS keys", connection);
        command.Parameters.AddWithValue("keys", sha256.Length > 0 ? new[] { "path:" + path, "sha256:" + sha256 } : ["path:" + path]);
        command.ExecuteNonQuery();
    }

    /// <summary>Frees a path for new content, as <see cref="SqliteDocumentStore"/> does: a copy of the removed document inherits it.</summary>
    private void Release(string path)
    {
        Run("DELETE FROM document_copies WHERE path = @path", ("path", path));
        var sha = Scalars("SELECT sha256 FROM documents WHERE path = @path", ("path", path)).FirstOrDefault();
        if (sha is null) return;
        var heir = sha.Length == 0 ? null
            : Scalars("SELECT path FROM document_copies WHERE sha256 = @sha ORDER BY path COLLATE \"C\" LIMIT 1", ("sha", sha)).FirstOrDefault();
        if (heir is null)
        {
            Run("DELETE FROM documents WHERE path = @path", ("path", path));
            return;
        }
        Run("DELETE FROM document_copies WHERE path = @heir", ("heir", heir));
        Run("UPDATE documents SET path = @heir, file = @file WHERE path = @path", ("heir", heir), ("file", Path.GetFileName(heir)), ("path", path));
    }

    private List<string> Owners(string sha256) => Scalars("SELECT path FROM documents WHERE sha256 = @sha", ("sha", sha256));

    private void AddCopy(string path, string sha256) =>
        Run("INSERT INTO document_copies (path, sha256) VALUES (@path, @sha)", ("path", path), ("sha", sha256));

    private long InsertDocument(ExtractedDocument d, string path)
    {
        using var command = Command("""
            INSERT INTO documents (path, file, sha256, pages, producer, department_name, department_code, region_province,
                region_city, region_district, fiscal_year, phase, unit, failed, schema_version, pipeline_version, processed_at)
            VALUES (@path, @file, @sha256, @pages, @producer, @dept, @code, @province, @city, @district, @year, @phase, @unit,
                @failed, @schema, @version, @at)
            RETURNING id
            """,
            ("path", path), ("file", d.Source.File), ("sha256", d.Source.Sha256), ("pages", (long)d.Source.Pages), ("producer", d.Source.Producer),
            ("dept", d.Department?.Name), ("code", d.Department?.Code), ("province", d.Region?.Province),
            ("city", d.Region?.City), ("district", d.Region?.District), ("year", (long?)d.FiscalYear),
            ("phase", SchemaId.Of(d.Phase)), ("unit", SchemaId.Of(d.Unit)), ("failed", d.Failed ? 1L : 0L),
            ("schema", d.SchemaVersion), ("version", pipelineVersion),
            ("at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
        return (long)command.ExecuteScalar()!;
    }

    private static object?[] Row(params object?[] values) => values;

    /// <summary>Sends the rows with COPY in binary: one round trip for a table's rows instead of one a row.</summary>
    private void Copy(string tableAndColumns, IEnumerable<object?[]> rows)
    {
        using var importer = connection.BeginBinaryImport($"COPY {tableAndColumns} FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            importer.StartRow();
            foreach (var value in row)
            {
                switch (value)
                {
                    case null: importer.WriteNull(); break;
                    case string text: importer.Write(text, NpgsqlDbType.Text); break;
                    case int number: importer.Write((long)number, NpgsqlDbType.Bigint); break;
                    case long number: importer.Write(number, NpgsqlDbType.Bigint); break;
                    case double number: importer.Write(number, NpgsqlDbType.Double); break;
                    default: throw new ArgumentException($"no column type for {value.GetType().Name}", nameof(rows));
                }
            }
        }
        importer.Complete();
    }

    private static string? Exact(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>The amount in whole fen, as <see cref="SqliteDocumentStore"/> stores it; null for an amount finer than a fen.</summary>
    private static long? Fen(decimal amount) =>
        amount * 100 is var fen && fen == decimal.Truncate(fen) && Math.Abs(fen) <= long.MaxValue ? (long)fen : null;

    private NpgsqlCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private void Run(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        command.ExecuteNonQuery();
    }

    private List<string> Scalars(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) values.Add(reader.GetString(0));
        return values;
    }

    public void Dispose() => connection.Dispose();
}
