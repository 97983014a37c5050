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
        long writtenWith = SqliteSchema.UserVersion(connection);
        // An older database's cells keep their old box columns until renamed: the table is created as before.
        Execute(connection, SqliteSchema.Create);
        RenameCellColumns(connection);
        AddMissingColumns(connection);
        MigrateDocumentIdentity(connection);
        // The views are replaced and the version written together: a run stopped in between leaves the earlier
        // version, whose views the next open replaces, and a reader never finds a view missing.
        string dropViews = writtenWith < SqliteSchema.Version ? SqliteSchema.DropViews : "";
        Execute(connection, $"BEGIN IMMEDIATE; {dropViews} {SqliteSchema.ViewsAndIndexes} PRAGMA user_version = {SqliteSchema.Version}; COMMIT;");
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
        long id = InsertDocument(transaction, DocumentRows.Document(document, path, pipelineVersion));
        foreach (var rows in DocumentRows.Of(document, id)) Insert(transaction, rows);
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

    public void Remove(string path)
    {
        using var transaction = connection.BeginTransaction();
        Release(transaction, path);
        transaction.Commit();
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

    /// <summary>The document's own row; the id the database gave it.</summary>
    private long InsertDocument(SqliteTransaction transaction, TableRows document)
    {
        using var command = Prepared(transaction, document, document.Insert + " RETURNING id");
        Bind(command, document.Rows.Single());
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>A table's rows, through one insert prepared once and run for each row.</summary>
    private void Insert(SqliteTransaction transaction, TableRows rows)
    {
        using var command = Prepared(transaction, rows, rows.Insert);
        foreach (var row in rows.Rows)
        {
            Bind(command, row);
            command.ExecuteNonQuery();
        }
    }

    private SqliteCommand Prepared(SqliteTransaction transaction, TableRows rows, string sql)
    {
        var command = Command(transaction, sql);
        for (int i = 0; i < rows.Columns.Count; i++) command.Parameters.Add(new SqliteParameter { ParameterName = TableRows.Parameter(i) });
        return command;
    }

    private static void Bind(SqliteCommand command, object?[] row)
    {
        for (int i = 0; i < row.Length; i++) command.Parameters[i].Value = row[i] ?? DBNull.Value;
    }

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
