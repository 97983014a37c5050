using Extractor.Export;
using Serilog;

namespace Extractor.Pipeline;

/// <summary>
/// The versions of fetched files their publishers have since replaced: every address that served one now serves
/// another (<see cref="DatabaseFetchHistory.SupersededFiles"/>). A researcher's dataset holds each publication once,
/// as last published, so a replaced version is not read and its document leaves the database and the output folder
/// (the file itself is kept). <c>watch</c> keeps its history beside the documents; a folder collected by
/// <c>fetch --into DIR</c> keeps it in <c>DIR/extractor.db</c>, which <c>run DIR</c> reads the same way.
/// </summary>
public static class ReplacedVersions
{
    /// <summary>The file <c>fetch --into DIR</c> keeps its history in, inside DIR (unless told another).</summary>
    public const string HistoryFile = "extractor.db";

    /// <summary>The history's replaced files, relative to the folder it fetched into, with forward slashes.</summary>
    public static IReadOnlySet<string> In(string historyDatabase)
    {
        using var history = DocumentDatabase.OpenFetchHistory(historyDatabase);
        return history.SupersededFiles().Select(Slashed).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The inputs less the replaced versions of every input folder that <c>fetch --into</c> collected (it holds the
    /// history's <see cref="HistoryFile"/>), and the replaced files' document paths.
    /// </summary>
    public static (ResolvedInputs Inputs, IReadOnlySet<string> Replaced) LeftOut(ResolvedInputs inputs)
    {
        var replaced = new HashSet<string>(StringComparer.Ordinal);
        var byRoot = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        IReadOnlySet<string> ReplacedUnder(string root)
        {
            if (byRoot.TryGetValue(root, out var known)) return known;
            string database = Path.Combine(root, HistoryFile);
            return byRoot[root] = DocumentDatabase.HoldsFetchHistory(database) ? In(database) : new HashSet<string>();
        }
        var kept = new List<InputFile>();
        foreach (var file in inputs.Files)
        {
            string relative = Slashed(file.RelativePath);
            string root = file.FullPath[..^file.RelativePath.Length];
            if (ReplacedUnder(root).Contains(relative)) replaced.Add(relative);
            else kept.Add(file);
        }
        return (inputs with { Files = kept }, replaced);
    }

    /// <summary>Takes the replaced versions' documents out of the run's database and output folder; the paths taken out.</summary>
    public static IReadOnlyList<string> Retire(PipelineOptions options, string outputDirectory, IReadOnlySet<string> replaced, ILogger log)
    {
        if (replaced.Count == 0) return [];
        string database = options.Export.DatabaseIn(outputDirectory);
        if (!DocumentDatabase.IsPostgres(database) && !File.Exists(database)) return [];
        using var store = DocumentDatabase.OpenForWriting(database, PipelineInfo.VersionOf(options));
        var retired = store.StoredPaths().Select(p => p.Path).Where(p => replaced.Contains(Slashed(p))).ToList();
        foreach (var path in retired)
        {
            store.Remove(path);
            // A run without JSON output, or one whose JSON another folder holds, has none here.
            var json = DocumentPlace.File(outputDirectory, path, ".json");
            if (File.Exists(json)) File.Delete(json);
            log.Information("Retired {Path}: its URLs now serve a newer version", path);
        }
        return retired;
    }

    /// <summary>A relative path as the history and the database write it, with forward slashes.</summary>
    internal static string Slashed(string path) => path.Replace('\\', '/');
}
