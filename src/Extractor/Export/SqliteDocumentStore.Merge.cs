using Microsoft.Data.Sqlite;

namespace Extractor.Export;

/// <summary>What merging one database into another did, path by path.</summary>
/// <param name="Added">Paths whose document was copied in (new, or replacing an older record of the path).</param>
/// <param name="Copies">Paths recorded as copies of a document the merged database holds.</param>
/// <param name="Unchanged">Paths the merged database held already with the same content and pipeline version.</param>
/// <param name="Kept">Paths whose record in the merged database is newer than the incoming one, kept.</param>
public sealed record MergedDatabase(IReadOnlyList<string> Added, int Copies, int Unchanged, int Kept);

public sealed partial class SqliteDocumentStore
{
    /// <summary>
    /// Merges the documents, copies and fetch history of another run's database (a shard's) into this one, in one
    /// transaction, by the identity rules of a run: a path held with the same content and pipeline version is
    /// unchanged; a path held with other content is replaced when the incoming record is newer; a content stored
    /// under another path already is recorded as a copy of it. Merging the same database twice changes nothing.
    /// </summary>
    public MergedDatabase Merge(string otherDatabase)
    {
        // An earlier release's database is brought up to the current schema first, so the columns match.
        OpenUpToDate(otherDatabase).Dispose();
        using (var attach = connection.CreateCommand())
        {
            attach.CommandText = "ATTACH DATABASE $path AS other";
            attach.Parameters.AddWithValue("$path", otherDatabase);
            attach.ExecuteNonQuery();
        }
        try
        {
            using var transaction = connection.BeginTransaction();
            var result = MergeDocuments(transaction);
            MergeFetchHistory(transaction);
            transaction.Commit();
            return result;
        }
        finally
        {
            Execute(connection, "DETACH DATABASE other");
        }
    }

    private MergedDatabase MergeDocuments(SqliteTransaction transaction)
    {
        var incoming = new List<(long Id, string Path, string Sha256, string Version, string At, bool Failed)>();
        using (var command = Command(transaction, "SELECT id, path, sha256, pipeline_version, processed_at, failed FROM other.documents ORDER BY path"))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                incoming.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetInt64(5) == 1));

        var documentColumns = Columns(transaction, "documents", "id");
        var added = new List<string>();
        int copies = 0, unchanged = 0, kept = 0;
        foreach (var document in incoming)
        {
            using (var held = Command(transaction, "SELECT sha256, pipeline_version, processed_at FROM documents WHERE path = $path", ("$path", document.Path)))
            using (var reader = held.ExecuteReader())
                if (reader.Read())
                {
                    if (reader.GetString(0) == document.Sha256 && reader.GetString(1) == document.Version)
                    {
                        unchanged++;
                        continue;
                    }
                    if (string.CompareOrdinal(reader.GetString(2), document.At) > 0)
                    {
                        kept++;
                        continue;
                    }
                }
            Release(transaction, document.Path);
            if (!document.Failed && document.Sha256.Length > 0 && Owners(transaction, document.Sha256).Count > 0)
            {
                AddCopy(transaction, document.Path, document.Sha256);
                copies++;
                continue;
            }
            using var insert = Command(transaction,
                $"INSERT INTO documents ({documentColumns}) SELECT {documentColumns} FROM other.documents WHERE id = $id RETURNING id", ("$id", document.Id));
            long id = (long)insert.ExecuteScalar()!;
            foreach (var table in DocumentRows.Tables)
            {
                var columns = Columns(transaction, table, "document_id");
                Run(transaction, $"INSERT INTO {table} (document_id, {columns}) SELECT $new, {columns} FROM other.{table} WHERE document_id = $old",
                    ("$new", id), ("$old", document.Id));
            }
            added.Add(document.Path);
        }

        var incomingCopies = new List<(string Path, string Sha256)>();
        using (var command = Command(transaction, "SELECT path, sha256 FROM other.document_copies ORDER BY path"))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) incomingCopies.Add((reader.GetString(0), reader.GetString(1)));
        foreach (var (path, sha256) in incomingCopies)
        {
            bool held = Scalars(transaction, "SELECT path FROM documents WHERE path = $path UNION ALL SELECT path FROM document_copies WHERE path = $path", ("$path", path)).Count > 0;
            if (held)
            {
                unchanged++;
                continue;
            }
            AddCopy(transaction, path, sha256);
            copies++;
        }
        return new MergedDatabase(added, copies, unchanged, kept);
    }

    /// <summary>The sources by name (first and last run widened), and their fetches by URL and content (first and last sighting widened).</summary>
    private void MergeFetchHistory(SqliteTransaction transaction)
    {
        Run(transaction, """
            INSERT INTO sources (name, definition, first_run, last_run) SELECT name, definition, first_run, last_run FROM other.sources WHERE true
            ON CONFLICT (name) DO UPDATE SET
                definition = CASE WHEN excluded.last_run > last_run THEN excluded.definition ELSE definition END,
                first_run = min(first_run, excluded.first_run), last_run = max(last_run, excluded.last_run)
            """);
        var columns = Columns(transaction, "fetches", "id", "source_id");
        Run(transaction, $"""
            INSERT INTO fetches (source_id, {columns})
            SELECT (SELECT id FROM sources WHERE name = s.name), {string.Join(", ", columns.Split(", ").Select(c => "f." + c))}
            FROM other.fetches f JOIN other.sources s ON s.id = f.source_id WHERE true
            ON CONFLICT (source_id, url, sha256) DO UPDATE SET
                outcome = CASE WHEN excluded.last_seen > last_seen THEN excluded.outcome ELSE outcome END,
                message = CASE WHEN excluded.last_seen > last_seen THEN excluded.message ELSE message END,
                first_seen = min(first_seen, excluded.first_seen), last_seen = max(last_seen, excluded.last_seen),
                file = coalesce(file, excluded.file), bytes = coalesce(bytes, excluded.bytes), link_text = coalesce(link_text, excluded.link_text),
                found_on = coalesce(found_on, excluded.found_on), etag = coalesce(etag, excluded.etag), last_modified = coalesce(last_modified, excluded.last_modified)
            """);
    }

    /// <summary>A table's columns in the merged database, comma-separated, without the ones named.</summary>
    private string Columns(SqliteTransaction transaction, string table, params string[] except) =>
        string.Join(", ", Scalars(transaction, "SELECT name FROM pragma_table_info($table) ORDER BY cid", ("$table", table)).Where(c => !except.Contains(c)).Select(c => $"\"{c}\""));
}
