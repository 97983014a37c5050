using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Extractor.Pipeline;

/// <summary>
/// One mapping of a strictly read YAML file (pipeline.yaml, a sources file), with typed readers that name the
/// full key path and the line in their errors: a misspelt key would otherwise silently fall back to a default in
/// a nightly job, so every unknown key and every bad value is a <see cref="ConfigurationException"/>.
/// </summary>
internal sealed class YamlSection(string source, string prefix, YamlMappingNode mapping)
{
    /// <summary>A YAML file's text; a file that cannot be read is a configuration error naming it and what it is.</summary>
    public static string ReadFile(string path, string what)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"{path}: cannot read the {what}: {e.Message}");
        }
    }

    /// <summary>The file's top mapping, or null for an empty file.</summary>
    public static YamlSection? Root(string yaml, string source)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new ConfigurationException($"{source}: line {e.Start.Line}: not valid YAML: {e.Message}");
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return null;
        return new YamlSection(source, "", Mapping(source, "", stream.Documents[0].RootNode));
    }

    public IEnumerable<(string Key, YamlNode Value)> Entries(IReadOnlyList<string> known)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(key))
                throw Error(keyNode, $"unknown key '{Path(key)}' (known here: {string.Join(", ", known)})");
            yield return (key, value);
        }
    }

    /// <summary>Whether the mapping has the key (for a key that must be given).</summary>
    public bool Has(string key) => mapping.Children.Keys.Any(k => (k as YamlScalarNode)?.Value == key);

    /// <summary>The line the mapping starts on, for an error about the mapping as a whole.</summary>
    public ConfigurationException Error(string message) => new($"{source}: line {mapping.Start.Line}: {message}");

    public YamlSection Child(string key, YamlNode node) => new(source, Path(key), Mapping(source, Path(key), node));

    /// <summary>Each mapping of a list, its path the key with the item's index (<c>sources[1]</c>).</summary>
    public IEnumerable<YamlSection> Children(string key, YamlNode node) =>
        node is YamlSequenceNode sequence
            ? sequence.Children.Select((item, i) => new YamlSection(source, $"{Path(key)}[{i}]", Mapping(source, $"{Path(key)}[{i}]", item)))
            : throw Error(node, $"'{Path(key)}' must be a list");

    public long Integer(string key, YamlNode node, long min, long max)
    {
        var text = Scalar(key, node);
        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw Error(node, $"'{Path(key)}' must be a whole number from {min} to {max}, not '{text}'");
        return value;
    }

    /// <summary>A number, whole or not (<c>0.5</c>), within its bounds.</summary>
    public double Number(string key, YamlNode node, double min, double max)
    {
        var text = Scalar(key, node);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw Error(node, $"'{Path(key)}' must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, not '{text}'");
        return value;
    }

    public bool Boolean(string key, YamlNode node) => Scalar(key, node) switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        var other => throw Error(node, $"'{Path(key)}' must be true or false, not '{other}'"),
    };

    public string FileName(string key, YamlNode node)
    {
        var text = Scalar(key, node);
        if (text.Length == 0 || text is "." or ".." || text.IndexOfAny(System.IO.Path.GetInvalidFileNameChars()) >= 0)
            throw Error(node, $"'{Path(key)}' must be a file name (no folder), not '{text}'");
        return text;
    }

    /// <summary>Text that must not be empty.</summary>
    public string Text(string key, YamlNode node) =>
        Scalar(key, node) is { Length: > 0 } text ? text : throw Error(node, $"'{Path(key)}' must not be empty");

    public T Choice<T>(string key, YamlNode node, IReadOnlyDictionary<string, T> choices)
    {
        var text = Scalar(key, node);
        return choices.TryGetValue(text, out var value)
            ? value
            : throw Error(node, $"'{Path(key)}' must be one of {string.Join(", ", choices.Keys)}, not '{text}'");
    }

    public IReadOnlyList<string> Strings(string key, YamlNode node) =>
        node is YamlSequenceNode sequence
            ? sequence.Children.Select(item => Scalar(key, item)).ToList()
            : throw Error(node, $"'{Path(key)}' must be a list");

    /// <summary>Absolute http or https addresses: a list, or one address on its own.</summary>
    public IReadOnlyList<Uri> Urls(string key, YamlNode node)
    {
        var items = node is YamlSequenceNode sequence ? sequence.Children : [node];
        return items.Select(item =>
        {
            var text = Scalar(key, item);
            return Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
                ? url : throw Error(item, $"'{Path(key)}' must hold http or https addresses, not '{text}'");
        }).ToList();
    }

    /// <summary>Host names (<c>files.example.gov.cn</c>), not addresses.</summary>
    public IReadOnlyList<string> Hosts(string key, YamlNode node) =>
        node is YamlSequenceNode sequence
            ? sequence.Children.Select(item => Scalar(key, item) is var host && Uri.CheckHostName(host) != UriHostNameType.Unknown
                ? host : throw Error(item, $"'{Path(key)}' must hold host names such as files.example.gov.cn, not '{host}'")).ToList()
            : throw Error(node, $"'{Path(key)}' must be a list");

    /// <summary>A regular expression, matched ignoring case; one that does not compile is an error quoting why.</summary>
    public Regex Pattern(string key, YamlNode node)
    {
        var text = Text(key, node);
        try
        {
            return new Regex(text, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw Error(node, $"'{Path(key)}' is not a valid regular expression: {e.Message}");
        }
    }

    public IReadOnlyList<string> Stages(string key, YamlNode node, IReadOnlyList<string> allowed)
    {
        var stages = Strings(key, node);
        var expected = allowed.Take(stages.Count).ToList();
        if (stages.Count == 0 || !stages.SequenceEqual(expected))
            throw Error(node, $"'{Path(key)}' must list the stages in order, starting with ingest: {string.Join(", ", allowed)}");
        return stages;
    }

    /// <summary>The full path of a key of this mapping, as errors name it.</summary>
    public string Path(string key) => prefix.Length == 0 ? key : $"{prefix}.{key}";

    public ConfigurationException Error(YamlNode node, string message) =>
        new($"{source}: line {node.Start.Line}: {message}");

    private string Scalar(string key, YamlNode node) =>
        (node as YamlScalarNode)?.Value?.Trim() ?? throw Error(node, $"'{Path(key)}' must be a single value");

    private static YamlMappingNode Mapping(string source, string path, YamlNode node) =>
        node as YamlMappingNode ?? throw new ConfigurationException(
            $"{source}: line {node.Start.Line}: {(path.Length == 0 ? "the file" : $"'{path}'")} must be a mapping of keys to values");
}
