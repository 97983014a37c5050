using System.Text.RegularExpressions;

namespace Extractor.Pipeline;

/// <summary>
/// Turns the command line's inputs (files, folders searched recursively for PDFs, and globs such as
/// <c>data/**/*.pdf</c>) into a sorted, de-duplicated list of files, and says which inputs matched nothing.
/// Each file gets the path that names it in the outputs: relative to the folder (or a glob's fixed folder)
/// it was found in, or as given (relative to the working folder) for a file named on its own.
/// </summary>
public static class InputResolver
{
    public static ResolvedInputs Resolve(IEnumerable<string> inputs)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var unmatched = new List<string>();
        var skipped = new List<SkippedInput>();
        foreach (var input in inputs)
        {
            var matches = Expand(input, skipped).ToList();
            if (matches.Count == 0) unmatched.Add(input);
            foreach (var (file, relative) in matches)
                files.TryAdd(Path.GetFullPath(file), Normalise(relative));
        }
        return new ResolvedInputs(DistinctPaths(files), unmatched) { Skipped = skipped };
    }

    /// <summary>
    /// Two files that would share a path (two folders given, each with <c>budget.pdf</c>) are both named by
    /// their path from the working folder instead, so no document takes another's place.
    /// </summary>
    private static List<InputFile> DistinctPaths(SortedDictionary<string, string> files)
    {
        var shared = files.GroupBy(f => f.Value, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .SelectMany(g => g.Select(f => f.Key)).ToHashSet(StringComparer.Ordinal);
        return [.. files.Select(f => new InputFile(f.Key, shared.Contains(f.Key) ? FromWorkingFolder(f.Key) : f.Value))];
    }

    private static IEnumerable<(string File, string Relative)> Expand(string input, List<SkippedInput> skipped)
    {
        if (File.Exists(input)) return [(input, FromWorkingFolder(Path.GetFullPath(input)))];
        if (Directory.Exists(input))
            return Walk(input, skipped).Where(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) && Openable(f, skipped))
                .Select(f => (f, Path.GetRelativePath(input, f)));
        return input.IndexOfAny(['*', '?']) >= 0 ? Glob(input, skipped) : [];
    }

    /// <summary>
    /// Every file below a folder, each folder read once by its real path: a link back to a folder already read
    /// (a loop) is skipped, as is a folder that cannot be read; each is named in <paramref name="skipped"/>.
    /// </summary>
    private static IEnumerable<string> Walk(string root, List<SkippedInput> skipped)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([root]);
        while (pending.TryPop(out var folder))
        {
            if (!visited.Add(RealPath(folder)))
            {
                skipped.Add(new SkippedInput(folder, "a link to a folder already read (a loop or a second way in)") { Lost = false });
                continue;
            }
            string[] files, folders;
            try
            {
                files = Directory.GetFiles(folder);
                folders = Directory.GetDirectories(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                skipped.Add(new SkippedInput(folder, $"the folder cannot be read: {e.Message}"));
                continue;
            }
            foreach (var file in files) yield return file;
            foreach (var sub in folders.OrderDescending(StringComparer.Ordinal)) pending.Push(sub);
        }
    }

    /// <summary>
    /// A name the system gave in bytes that are not UTF-8 (a GBK name from an old archive) comes out with U+FFFD in
    /// place of each undecodable byte, and no file has that name: it is skipped with the reason, not reported as
    /// "not found".
    /// </summary>
    private static bool Openable(string file, List<SkippedInput> skipped)
    {
        if (!file.Contains('\uFFFD')) return true;
        skipped.Add(new SkippedInput(file, "its name is not UTF-8 (GBK or another legacy encoding), so it cannot be opened by name: rename it (convmv -f gbk -t utf-8)"));
        return false;
    }

    private static string RealPath(string folder)
    {
        var info = new DirectoryInfo(folder);
        return (info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) ?? info).FullName.TrimEnd('/');
    }

    /// <summary>A path under the working folder relative to it; any other path whole.</summary>
    private static string FromWorkingFolder(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }

    private static string Normalise(string path) => path.Replace('\\', '/');

    /// <summary>Matches a glob: <c>*</c> and <c>?</c> within a path segment, <c>**</c> across segments.</summary>
    private static IEnumerable<(string File, string Relative)> Glob(string pattern, List<SkippedInput> skipped)
    {
        var normalized = pattern.Replace('\\', '/');
        int wildcard = normalized.IndexOfAny(['*', '?']);
        int rootEnd = normalized.LastIndexOf('/', wildcard);
        var root = rootEnd < 0 ? "." : rootEnd == 0 ? "/" : normalized[..rootEnd];
        if (!Directory.Exists(root)) return [];
        var relativePattern = normalized[(rootEnd + 1)..];
        var regex = new Regex("^" + Regex.Escape(relativePattern)
            .Replace(@"\*\*/", "(?:.*/)?").Replace(@"\*\*", ".*").Replace(@"\*", "[^/]*").Replace(@"\?", "[^/]") + "$");
        return Walk(root, skipped)
            .Select(f => (File: f, Relative: Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Where(f => regex.IsMatch(f.Relative));
    }
}

/// <summary>
/// A file to process: where it is, and the path that names it in the outputs (with its content hash, the
/// document's identity: two files of one name in different folders are two documents).
/// </summary>
public sealed record InputFile(string FullPath, string RelativePath);

/// <summary>The files to process, the inputs that named nothing, and what was passed over while looking, with why.</summary>
public sealed record ResolvedInputs(IReadOnlyList<InputFile> Files, IReadOnlyList<string> Unmatched)
{
    public IReadOnlyList<SkippedInput> Skipped { get; init; } = [];
}

/// <summary>A path passed over while inputs were looked for (a folder link already followed, an unreadable folder).</summary>
public sealed record SkippedInput(string Path, string Reason)
{
    /// <summary>Whether what was skipped may hold documents the run did not read (a folder read by another way holds none).</summary>
    public bool Lost { get; init; } = true;
}
