using System.Text.RegularExpressions;

namespace Extractor.Fetch;

/// <summary>
/// Recognises a disclosure column's numbered continuation pages by their address, as publishers' content systems
/// name them: in the start page's folder, the start page's name with a number (<c>index.html</c> →
/// <c>index_1.html</c>, <c>index-2.html</c>, <c>index3.html</c>; a folder address <c>/czyjs/</c> counts as
/// <c>index</c>), or the start page's address with a page parameter added or changed (<c>list.jsp?page=2</c>,
/// <c>?pageNo=3&amp;col=7</c>). Link text is not used: "下一页" and "2" are as often other things.
/// </summary>
public static partial class ContinuationPages
{
    /// <summary>Query parameters that number pages: those named like a page, or the usual short names.</summary>
    [GeneratedRegex("page|^(p|pn|pg|pi|cp|start|offset)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageParameter();

    public static bool Of(Uri start, Uri candidate)
    {
        if (!string.Equals(start.Authority, candidate.Authority, StringComparison.OrdinalIgnoreCase) || start == candidate) return false;
        var (startFolder, startFile) = Split(start.AbsolutePath);
        var (folder, file) = Split(candidate.AbsolutePath);
        if (folder != startFolder) return false;
        if (file == startFile) return NumberedQuery(Parameters(start.Query), Parameters(candidate.Query));
        if (candidate.Query != start.Query) return false;
        string stem = startFile.Length == 0 ? "index" : Path.GetFileNameWithoutExtension(startFile);
        string extension = startFile.Length == 0 ? @"\.\w+" : Regex.Escape(Path.GetExtension(startFile));
        return Regex.IsMatch(file, $@"^{Regex.Escape(stem)}[_-]?\d+{extension}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>The same parameters but one page parameter, added or changed, whose value is a number.</summary>
    private static bool NumberedQuery(Dictionary<string, string> start, Dictionary<string, string> candidate)
    {
        var differing = candidate.Where(p => !start.TryGetValue(p.Key, out var value) || value != p.Value).ToList();
        return differing.Count == 1 && start.Keys.All(candidate.ContainsKey)
            && PageParameter().IsMatch(differing[0].Key) && differing[0].Value.Length > 0 && differing[0].Value.All(char.IsAsciiDigit);
    }

    private static Dictionary<string, string> Parameters(string query)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = pair.IndexOf('=');
            parameters.TryAdd(equals < 0 ? pair : pair[..equals], equals < 0 ? "" : pair[(equals + 1)..]);
        }
        return parameters;
    }

    private static (string Folder, string File) Split(string path)
    {
        int slash = path.LastIndexOf('/');
        return (path[..(slash + 1)], path[(slash + 1)..]);
    }
}
