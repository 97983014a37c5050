namespace Extractor.Tables.Detectors;

/// <summary>The table detectors by name: the pipeline's (<see cref="Default"/>) and the variants to score beside it.</summary>
public static class TableDetectors
{
    /// <summary>The detector the pipeline runs.</summary>
    public static ITableDetector Default { get; } = new StitchedPagesDetector();

    public static IReadOnlyList<ITableDetector> All { get; } = [Default, new SeparatePagesDetector()];

    public static IReadOnlyList<string> Names { get; } = [.. All.Select(d => d.Name)];

    /// <summary>The detector of that name.</summary>
    /// <exception cref="ArgumentException">No detector has the name; the message lists the known ones.</exception>
    public static ITableDetector Resolve(string name) =>
        All.FirstOrDefault(d => d.Name == name) ?? throw new ArgumentException(Unknown(name), nameof(name));

    /// <summary>What to tell a user who names no known detector.</summary>
    public static string Unknown(string name) => $"no table detector is named \"{name}\"; the known ones: {string.Join(", ", Names)}";
}
