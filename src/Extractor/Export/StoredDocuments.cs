using System.Data.Common;
using System.Text.Json;
using Extractor.Model;

namespace Extractor.Export;

/// <summary>A document the run's database holds, by its path, with its JSON when an output folder has that of its content.</summary>
/// <param name="Json">Where its JSON was found, or looked for first (in the first output folder).</param>
/// <param name="Document">The document as its JSON gives it; null when no JSON of the stored content is there.</param>
public sealed record StoredDocument(string Path, string Json, ExtractedDocument? Document);

/// <summary>
/// The documents of a run's database with their JSON from the output folder, for the outputs that need what the
/// database does not keep (merged cells; the whole document, as the review report draws it). The database says
/// which documents there are, so these outputs work alike whether the run stored into the folder's SQLite file or
/// a PostgreSQL database; a JSON file counts only when it holds the content the database holds (a later run
/// without JSON output leaves an earlier run's file behind).
/// </summary>
public static class StoredDocuments
{
    /// <summary>In path order, each JSON read as the sequence reaches it, so a batch is never held whole.</summary>
    /// <param name="outputFolders">Where the documents' JSON is looked for, in turn: the run's output folder, and the
    /// folders of the other workers that wrote to the same database (a sharded run's <c>shard-i</c> folders).</param>
    public static IEnumerable<StoredDocument> Read(DbConnection connection, IReadOnlyList<string> outputFolders)
    {
        int pathColumn = Datasets.Documents.IndexOf("path"), shaColumn = Datasets.Documents.IndexOf("sha256");
        var stored = Datasets.Documents.Rows(connection).Select(row => ((string)row[pathColumn]!, (string)row[shaColumn]!)).ToList();
        foreach (var (path, sha256) in stored)
        {
            var places = outputFolders.Select(folder => DocumentPlace.File(folder, path, ".json")).ToList();
            yield return places.Select(json => new StoredDocument(path, json, ReadJson(json, sha256))).FirstOrDefault(d => d.Document is not null)
                ?? new StoredDocument(path, places[0], null);
        }
    }

    private static ExtractedDocument? ReadJson(string json, string sha256) =>
        ReadJson(json) is { } document && document.Source.Sha256 == sha256 ? document : null;

    /// <summary>A document's JSON as written; null where there is no such file or it holds no document (left by another tool, cut short).</summary>
    internal static ExtractedDocument? ReadJson(string json)
    {
        if (!File.Exists(json)) return null;
        try
        {
            return CanonicalJson.Deserialize(File.ReadAllText(json));
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
