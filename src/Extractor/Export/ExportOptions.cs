namespace Extractor.Export;

/// <summary>Which outputs are written (the <c>export</c> section of pipeline.yaml).</summary>
public sealed record ExportOptions
{
    /// <summary>Write one <c>&lt;stem&gt;.json</c> per document.</summary>
    public bool Json { get; init; } = true;

    /// <summary>Write every document into the embedded SQLite database.</summary>
    public bool Sqlite { get; init; } = true;

    /// <summary>The database file name, inside the output folder.</summary>
    public string Database { get; init; } = "extractor.db";
}
