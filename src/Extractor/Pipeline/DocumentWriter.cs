using Extractor.Export;
using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Pipeline;

/// <summary>
/// Puts finished documents into the configured outputs. A document's JSON mirrors its path under the output
/// folder (<see cref="DocumentPlace"/>), so same-named files of different folders never meet.
/// </summary>
public sealed partial class DocumentWriter : IDisposable
{
    private readonly ExportOptions options;
    private readonly string outputDirectory;
    private readonly IDocumentStore? database;

    public DocumentWriter(ExportOptions options, string outputDirectory, string pipelineVersion)
    {
        this.options = options;
        this.outputDirectory = outputDirectory;
        RemoveStaleTemporaryFiles(outputDirectory);
        if (options.Sqlite)
            database = DocumentDatabase.OpenForWriting(options.DatabaseIn(outputDirectory), pipelineVersion);
    }

    /// <summary>
    /// The paths already in the database, with their hash and pipeline version; none when there is no
    /// database, so without it every run processes everything.
    /// </summary>
    public IReadOnlyList<StoredPath> StoredPaths() => database?.StoredPaths() ?? [];

    /// <summary>The findings stored for the document at this path (or whose bytes it holds); none without a database.</summary>
    public FindingCounts StoredFindings(string path) => database?.Findings(path) ?? new FindingCounts(0, 0);

    /// <summary>JSON files a killed run was writing: never renamed into place, so never complete.</summary>
    private static void RemoveStaleTemporaryFiles(string outputDirectory)
    {
        foreach (var stale in Directory.EnumerateFiles(outputDirectory, "*.json.*.tmp", SearchOption.AllDirectories))
            File.Delete(stale);
    }

    /// <summary>
    /// Writes the document as printed: a cell printed blank is no line item in the outputs (the rules read a
    /// blank of a filled row as zero, but a user summing or counting must not meet it as a printed 0).
    /// </summary>
    public void Write(ExtractedDocument document)
    {
        document = document with { LineItems = [.. document.LineItems.Where(i => i.IsPrinted)] };
        if (options.Json)
        {
            var (folder, stem) = DocumentPlace.Of(outputDirectory, document.Source.Named);
            JsonDocumentWriter.Write(document, folder, stem);
        }
        database?.Write(document);
    }

    /// <summary>
    /// Records <paramref name="path"/> as holding the same bytes as the stored document with this hash; its own
    /// JSON, from when it held other content, is removed. False when that document is not stored yet.
    /// </summary>
    public bool WriteCopy(string path, string sha256)
    {
        if (database is not null && !database.WriteCopy(path, sha256)) return false;
        if (options.Json)
        {
            var stale = DocumentPlace.File(outputDirectory, path, ".json");
            if (File.Exists(stale)) File.Delete(stale);
        }
        return true;
    }

    /// <summary>
    /// The other half of a publication printed in two files (<see cref="SplitPublications"/>) as an earlier run wrote
    /// it: a document of the given kind, for the same publication, whose JSON lies beside this one's and which the
    /// database holds with that content. Null where there is none or several, or without JSON output.
    /// </summary>
    public ExtractedDocument? StoredHalf(ExtractedDocument half, Func<ExtractedDocument, bool> kind)
    {
        if (!options.Json || SplitPublications.Key(half) is not { } key) return null;
        string own = DocumentPlace.File(outputDirectory, half.Source.Named, ".json");
        string folder = Path.GetDirectoryName(own)!;
        if (!Directory.Exists(folder)) return null;
        var candidates = Directory.EnumerateFiles(folder, "*.json").Where(json => json != own && SamePublicationHead(json, half)).Select(ReadStored)
            .OfType<ExtractedDocument>().Where(d => kind(d) && SplitPublications.Key(d) == key).ToList();
        if (candidates.Count == 0) return null;
        // The database is asked only once a file names the publication: most runs leave no half waiting.
        var stored = database?.StoredPaths().Where(s => !s.IsCopy).Select(s => (s.Path, s.Sha256)).ToHashSet();
        var found = candidates.Where(d => stored is null || stored.Contains((d.Source.Named, d.Source.Sha256))).Take(2).ToList();
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>The document written at this path in this run or an earlier one, from its JSON; null without JSON output.</summary>
    public ExtractedDocument? Stored(string path) =>
        options.Json && DocumentPlace.File(outputDirectory, path, ".json") is var json && File.Exists(json) ? ReadStored(json) : null;

    /// <summary>How much of a document's JSON holds its department, year and phase (they follow its source).</summary>
    private const int HeadBytes = 8192;

    /// <summary>
    /// Whether the opening of a document's JSON names the half's department, year and phase: only such a file is read
    /// whole, so a folder of many documents costs little more than their openings.
    /// </summary>
    private static bool SamePublicationHead(string json, ExtractedDocument half)
    {
        var buffer = new byte[HeadBytes];
        int read;
        try
        {
            using var stream = File.OpenRead(json);
            read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }
        catch (IOException)
        {
            return false;
        }
        var head = System.Text.Encoding.UTF8.GetString(buffer, 0, read);
        return StoredHead().Match(head) is { Success: true } m
            && DocumentFieldWording.SameBodyKey(m.Groups["name"].Value) == DocumentFieldWording.SameBodyKey(half.Department!.Name)
            && m.Groups["year"].Value == half.FiscalYear?.ToString(System.Globalization.CultureInfo.InvariantCulture)
            && m.Groups["phase"].Value == SchemaId.Of(half.Phase);
    }

    /// <summary>The department's name, the fiscal year and the phase as the canonical JSON writes them, in that order.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("""
        "department":\s*\{\s*"name":\s*"(?<name>(?:[^"\\]|\\.)*)"[\s\S]*?"fiscal_year":\s*(?<year>\d+)[\s\S]*?"phase":\s*"(?<phase>[a-z_]+)"
        """)]
    private static partial System.Text.RegularExpressions.Regex StoredHead();

    /// <summary><see cref="StoredDocuments.ReadJson(string)"/>, and null for a file gone or unreadable since the folder was listed.</summary>
    private static ExtractedDocument? ReadStored(string json)
    {
        try
        {
            return StoredDocuments.ReadJson(json);
        }
        catch (Exception e) when (e is IOException or NotSupportedException)
        {
            return null;
        }
    }

    public void Dispose() => database?.Dispose();
}
