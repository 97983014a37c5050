using Extractor.Export;
using Extractor.Model;

namespace Extractor.Pipeline;

/// <summary>
/// Puts finished documents into the configured outputs. Each input gets its own JSON stem: two inputs
/// with the same file name in different folders get the second one suffixed with its hash.
/// </summary>
public sealed class DocumentWriter : IDisposable
{
    private readonly ExportOptions options;
    private readonly string outputDirectory;
    private readonly SqliteDocumentStore? database;
    private readonly Dictionary<string, string> stemOwners = new(StringComparer.OrdinalIgnoreCase);

    public DocumentWriter(ExportOptions options, string outputDirectory, string pipelineVersion)
    {
        this.options = options;
        this.outputDirectory = outputDirectory;
        RemoveStaleTemporaryFiles(outputDirectory);
        if (options.Sqlite)
            database = new SqliteDocumentStore(Path.Combine(outputDirectory, options.Database), pipelineVersion);
    }

    /// <summary>
    /// The documents already in the database (file, hash, pipeline version); none when there is no database,
    /// so without it every run processes everything.
    /// </summary>
    public IReadOnlySet<(string File, string Sha256, string Version)> StoredDocuments() =>
        database?.StoredDocuments() ?? new HashSet<(string, string, string)>();

    /// <summary>JSON files a killed run was writing: never renamed into place, so never complete.</summary>
    private static void RemoveStaleTemporaryFiles(string outputDirectory)
    {
        foreach (var stale in Directory.EnumerateFiles(outputDirectory, "*.json.*.tmp"))
            File.Delete(stale);
    }

    public void Write(string inputPath, ExtractedDocument document)
    {
        if (options.Json) JsonDocumentWriter.Write(document, outputDirectory, StemFor(inputPath, document));
        database?.Write(document);
    }

    private string StemFor(string inputPath, ExtractedDocument document)
    {
        var stem = Path.GetFileNameWithoutExtension(inputPath);
        if (stemOwners.TryGetValue(stem, out var owner) && owner != inputPath)
            stem = $"{stem}-{document.Source.Sha256[..Math.Min(8, document.Source.Sha256.Length)]}";
        stemOwners[stem] = inputPath;
        return stem;
    }

    public void Dispose() => database?.Dispose();
}
