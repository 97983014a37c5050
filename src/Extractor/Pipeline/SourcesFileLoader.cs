using System.Text.RegularExpressions;
using Extractor.Fetch;

namespace Extractor.Pipeline;

/// <summary>
/// Binds a sources file (what <c>extractor fetch</c> and <c>extractor watch</c> collect) to a <see cref="SourcesFile"/>,
/// as strictly as pipeline.yaml: an unknown key, a bad value, a source without a name or without anything to
/// fetch is an error naming the key and its line (docs/sources-file.md describes the format).
/// </summary>
public static partial class SourcesFileLoader
{
    private const long Megabyte = 1024 * 1024;

    /// <summary>A source's name is the folder its files are stored in: letters, digits, <c>.</c>, <c>_</c> and <c>-</c>, not starting with a dot.</summary>
    [GeneratedRegex(@"^[\p{L}\p{N}_-][\p{L}\p{N}._-]*$")]
    private static partial Regex SourceName();

    public static SourcesFile Load(string path) => Parse(YamlSection.ReadFile(path, "sources file"), path);

    public static SourcesFile Parse(string yaml, string sourceName = "sources.yaml")
    {
        var root = YamlSection.Root(yaml, sourceName) ?? throw new ConfigurationException($"{sourceName}: the file is empty: it must list 'sources'");
        if (!root.Has("sources")) throw root.Error("'sources' is missing: list the sites to collect from");
        var options = new FetchOptions();
        IReadOnlyList<SourceDefinition> sources = [];
        foreach (var (key, node) in root.Entries(
            ["user_agent", "timeout_seconds", "retries", "retry_delay_seconds", "requests_per_second", "concurrency", "max_file_mb", "sources"]))
        {
            switch (key)
            {
                case "user_agent": options = options with { UserAgent = root.Text(key, node) }; break;
                case "timeout_seconds": options = options with { Timeout = TimeSpan.FromSeconds(root.Number(key, node, 0.05, 3600)) }; break;
                case "retries": options = options with { Retries = (int)root.Integer(key, node, 0, 10) }; break;
                case "retry_delay_seconds": options = options with { RetryDelay = TimeSpan.FromSeconds(root.Number(key, node, 0, 600)) }; break;
                case "requests_per_second": options = options with { RequestsPerSecond = root.Number(key, node, 0.01, 1000) }; break;
                case "concurrency": options = options with { ConcurrencyPerHost = (int)root.Integer(key, node, 1, 64) }; break;
                case "max_file_mb": options = options with { MaxFileBytes = root.Integer(key, node, 1, 100_000) * Megabyte }; break;
                default:
                    var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    sources = [.. root.Children(key, node).Select(section => BindSource(section, names))];
                    break;
            }
        }
        if (sources.Count == 0) throw root.Error("'sources' lists no source");
        return new SourcesFile(options, sources);
    }

    /// <param name="names">The names of the sources before this one: each must be new (case aside), as each names a folder.</param>
    private static SourceDefinition BindSource(YamlSection section, HashSet<string> names)
    {
        if (!section.Has("name")) throw section.Error($"'{section.Path("name")}' is missing: each source needs a name");
        var source = new SourceDefinition("");
        foreach (var (key, node) in section.Entries(["name", "start", "follow", "files", "depth", "urls", "hosts", "pages"]))
        {
            source = key switch
            {
                "name" => source with { Name = Name(section, key, node, names) },
                "start" => source with { Start = section.Urls(key, node) },
                "follow" => source with { Follow = section.Pattern(key, node) },
                "files" => source with { Files = section.Pattern(key, node) },
                "depth" => source with { Depth = (int)section.Integer(key, node, 0, 10) },
                "urls" => source with { Urls = section.Urls(key, node) },
                "hosts" => source with { Hosts = section.Hosts(key, node) },
                _ => source with { IndexPages = (int)section.Integer(key, node, 1, 10_000) },
            };
        }
        if (source.Start.Count == 0 && source.Urls.Count == 0)
            throw section.Error($"source '{source.Name}' has nothing to fetch: give 'start' pages or 'urls'");
        return source;
    }

    private static string Name(YamlSection section, string key, YamlDotNet.RepresentationModel.YamlNode node, HashSet<string> names)
    {
        var name = section.Text(key, node);
        if (!SourceName().IsMatch(name))
            throw section.Error(node, $"'{section.Path(key)}' names the folder the source's files go to: letters, digits, '.', '_' and '-' only, not '{name}'");
        return names.Add(name) ? name
            : throw section.Error(node, $"'{section.Path(key)}': a source before this one is named '{name}' too, and each source's files go to a folder of its name");
    }
}
