using System.Globalization;
using System.Text.Json;
using Extractor.Fetch;
using System.Data.Common;

namespace Extractor.Export;

/// <summary>
/// The fetch history in the run's database (tables <c>sources</c> and <c>fetches</c>), beside the documents the
/// pipeline made of the files: the output folder's SQLite file or the shared PostgreSQL database, the same SQL in
/// both (<see cref="DocumentDatabase.OpenFetchHistory"/>). One connection, its calls taking turns: the crawler
/// records from several threads.
/// </summary>
public sealed class DatabaseFetchHistory : IFetchHistory, IDisposable
{
    private readonly DbConnection connection;
    private readonly Lock turns = new();

    /// <param name="connection">A connection to a database of the current schema, which the history owns.</param>
    internal DatabaseFetchHistory(DbConnection connection) => this.connection = connection;

    public void RecordSource(SourceDefinition source, DateTimeOffset at)
    {
        var definition = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["start"] = source.Start.Select(u => u.AbsoluteUri).ToList(),
            ["follow"] = source.Follow?.ToString(),
            ["files"] = source.Files.ToString(),
            ["depth"] = source.Depth,
            ["urls"] = source.Urls.Select(u => u.AbsoluteUri).ToList(),
            ["hosts"] = source.Hosts,
            ["pages"] = source.IndexPages,
        }, DefinitionJson);
        lock (turns)
            Run("""
                INSERT INTO sources (name, definition, first_run, last_run) VALUES (@name, @definition, @at, @at)
                ON CONFLICT (name) DO UPDATE SET definition = excluded.definition, last_run = excluded.last_run
                """, ("name", source.Name), ("definition", definition), ("at", Timestamp(at)));
    }

    public KnownVersion? LatestVersion(string source, Uri url) => Latest(source, url, FetchRecord.Stored);

    public KnownVersion? LatestPage(string source, Uri url) => Latest(source, url, FetchRecord.Read);

    public KnownRefusal? LatestRefusal(string source, Uri url)
    {
        lock (turns)
        {
            using var command = Command("""
                SELECT f.outcome, f.message, f.etag, f.last_modified FROM fetches f JOIN sources s ON s.id = f.source_id
                WHERE s.name = @source AND f.url = @url AND f.kind = 'file'
                ORDER BY f.last_seen DESC, f.id DESC LIMIT 1
                """, ("source", source), ("url", url.AbsoluteUri));
            using var reader = command.ExecuteReader();
            if (!reader.Read() || !FetchProblemCodes.RefusesContent(reader.GetString(0))) return null;
            return new KnownRefusal(reader.GetString(0), reader.IsDBNull(1) ? "" : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
        }
    }

    private KnownVersion? Latest(string source, Uri url, string outcome)
    {
        lock (turns)
        {
            using var command = Command("""
                SELECT f.sha256, f.file, f.etag, f.last_modified FROM fetches f JOIN sources s ON s.id = f.source_id
                WHERE s.name = @source AND f.url = @url AND f.outcome = @outcome AND f.sha256 <> '' AND f.file IS NOT NULL
                ORDER BY f.last_seen DESC, f.id DESC LIMIT 1
                """, ("source", source), ("url", url.AbsoluteUri), ("outcome", outcome));
            using var reader = command.ExecuteReader();
            return reader.Read()
                ? new KnownVersion(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3))
                : null;
        }
    }

    public void Record(FetchRecord record)
    {
        lock (turns)
            Run("""
                INSERT INTO fetches (source_id, url, kind, sha256, outcome, file, bytes, link_text, found_on, etag, last_modified, message, first_seen, last_seen)
                VALUES ((SELECT id FROM sources WHERE name = @source), @url, @kind, @sha, @outcome, @file, @bytes, @text, @foundOn, @etag, @modified, @message, @at, @at)
                ON CONFLICT (source_id, url, sha256) DO UPDATE SET
                    kind = excluded.kind, outcome = excluded.outcome, message = excluded.message, last_seen = excluded.last_seen,
                    file = coalesce(excluded.file, fetches.file), bytes = coalesce(excluded.bytes, fetches.bytes),
                    link_text = coalesce(excluded.link_text, fetches.link_text), found_on = coalesce(excluded.found_on, fetches.found_on),
                    etag = coalesce(excluded.etag, fetches.etag), last_modified = coalesce(excluded.last_modified, fetches.last_modified)
                """,
                ("source", record.Source), ("url", record.Url.AbsoluteUri), ("kind", record.Kind == FetchKind.Page ? "page" : "file"),
                ("sha", record.Sha256), ("outcome", record.Outcome), ("file", record.File), ("bytes", record.Bytes),
                ("text", record.LinkText), ("foundOn", record.FoundOn?.AbsoluteUri), ("etag", record.ETag),
                ("modified", record.LastModified), ("message", record.Message), ("at", Timestamp(record.At)));
    }

    /// <summary>
    /// The stored files (relative to the fetched folder) whose every URL has since served another version: a
    /// publisher's replaced files, whose documents the next run takes out of the dataset. A URL that simply
    /// disappeared, or a file another URL still serves, keeps its file current.
    /// </summary>
    public IReadOnlyList<string> SupersededFiles()
    {
        lock (turns)
        {
            using var command = Command("""
                SELECT DISTINCT f.file FROM fetches f
                WHERE f.kind = 'file' AND f.outcome = 'stored' AND f.sha256 <> '' AND f.file IS NOT NULL
                  AND NOT EXISTS (
                    SELECT 1 FROM fetches g
                    WHERE g.sha256 = f.sha256 AND g.kind = 'file' AND g.outcome = 'stored'
                      AND NOT EXISTS (
                        SELECT 1 FROM fetches h
                        WHERE h.source_id = g.source_id AND h.url = g.url AND h.kind = 'file' AND h.outcome = 'stored' AND h.sha256 <> g.sha256
                          AND (h.last_seen > g.last_seen OR (h.last_seen = g.last_seen AND h.id > g.id))))
                ORDER BY f.file
                """);
            using var reader = command.ExecuteReader();
            var files = new List<string>();
            while (reader.Read()) files.Add(reader.GetString(0));
            return files;
        }
    }

    /// <summary>The URLs that served this content, each with the text of the link that named it, by first sighting.</summary>
    public IReadOnlyList<(string Url, string? LinkText)> UrlsOf(string sha256)
    {
        lock (turns)
        {
            using var command = Command("SELECT url, link_text FROM fetches WHERE sha256 = @sha AND outcome = 'stored' ORDER BY first_seen, id", ("sha", sha256));
            using var reader = command.ExecuteReader();
            var urls = new List<(string, string?)>();
            while (reader.Read()) urls.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
            return urls;
        }
    }

    private static readonly JsonSerializerOptions DefinitionJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private void Run(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        command.ExecuteNonQuery();
    }

    public void Dispose() => connection.Dispose();
}
