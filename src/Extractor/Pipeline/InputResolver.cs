using System.Text.RegularExpressions;

namespace Extractor.Pipeline;

/// <summary>
/// Turns the command line's inputs (files, folders searched recursively for PDFs, and globs such as
/// <c>data/**/*.pdf</c>) into a sorted, de-duplicated list of files, and says which inputs matched nothing.
/// </summary>
public static class InputResolver
{
    public static ResolvedInputs Resolve(IEnumerable<string> inputs)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var unmatched = new List<string>();
        foreach (var input in inputs)
        {
            var matches = Expand(input).ToList();
            if (matches.Count == 0) unmatched.Add(input);
            files.UnionWith(matches.Select(Path.GetFullPath));
        }
        return new ResolvedInputs([.. files], unmatched);
    }

    private static IEnumerable<string> Expand(string input)
    {
        if (File.Exists(input)) return [input];
        if (Directory.Exists(input))
            return Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase));
        return input.IndexOfAny(['*', '?']) >= 0 ? Glob(input) : [];
    }

    /// <summary>Matches a glob: <c>*</c> and <c>?</c> within a path segment, <c>**</c> across segments.</summary>
    private static IEnumerable<string> Glob(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        int wildcard = normalized.IndexOfAny(['*', '?']);
        int rootEnd = normalized.LastIndexOf('/', wildcard);
        var root = rootEnd < 0 ? "." : rootEnd == 0 ? "/" : normalized[..rootEnd];
        if (!Directory.Exists(root)) return [];
        var relativePattern = normalized[(rootEnd + 1)..];
        var regex = new Regex("^" + Regex.Escape(relativePattern)
            .Replace(@"\*\*/", "(?:.*/)?").Replace(@"\*\*", ".*").Replace(@"\*", "[^/]*").Replace(@"\?", "[^/]") + "$");
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => regex.IsMatch(Path.GetRelativePath(root, f).Replace('\\', '/')));
    }
}

/// <summary>The files to process, and the inputs that named nothing.</summary>
public sealed record ResolvedInputs(IReadOnlyList<string> Files, IReadOnlyList<string> Unmatched);
