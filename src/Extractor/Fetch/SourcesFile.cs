namespace Extractor.Fetch;

/// <summary>A sources file, bound: the politeness settings and the sites to collect from.</summary>
public sealed record SourcesFile(FetchOptions Options, IReadOnlyList<SourceDefinition> Sources);
