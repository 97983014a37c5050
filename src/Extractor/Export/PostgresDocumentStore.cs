using Extractor.Model;
using Npgsql;
using NpgsqlTypes;

namespace Extractor.Export;

/// <summary>
/// The documents in a shared PostgreSQL database, as <see cref="SqliteDocumentStore"/> keeps them in SQLite: the
/// same tables, rows (<see cref="DocumentRows"/>) and identity rules. Each document is one transaction, its rows
/// sent with COPY; the transaction first takes advisory locks on the document's path and content, so two workers
/// meeting the same document (a re-run beside a restarted one) write it one after the other and the second replaces the first:
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
        long id = InsertDocument(DocumentRows.Document(document, path, pipelineVersion));
        foreach (var rows in DocumentRows.Of(document, id)) Copy(rows);
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

    public void Remove(string path)
    {
        using var transaction = connection.BeginTransaction();
        Lock(path, "");
        Release(path);
        transaction.Commit();
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

    /// <summary>The document's own row; the id the database gave it.</summary>
    private long InsertDocument(TableRows document)
    {
        using var command = new NpgsqlCommand(document.Insert + " RETURNING id", connection);
        foreach (var (value, i) in document.Rows.Single().Select((value, i) => (value, i)))
            command.Parameters.AddWithValue(TableRows.Parameter(i), value ?? DBNull.Value);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Sends a table's rows with COPY in binary: one round trip for them all instead of one a row.</summary>
    private void Copy(TableRows rows)
    {
        using var importer = connection.BeginBinaryImport($"COPY {rows.Table} ({string.Join(", ", rows.Columns)}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows.Rows)
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
