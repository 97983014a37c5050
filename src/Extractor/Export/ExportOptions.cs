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

    /// <summary>
    /// A PostgreSQL database (a <c>postgresql://</c> URL) that the documents go to instead of the SQLite file: one
    /// database that workers on many machines write into at once. Null: SQLite.
    /// </summary>
    public string? Postgres { get; init; }

    /// <summary>
    /// These options with the database a command's <c>--database</c> names: a PostgreSQL URL, or the SQLite file's
    /// name inside the output folder.
    /// </summary>
    public ExportOptions StoringIn(string database) =>
        DocumentDatabase.IsPostgres(database) ? this with { Postgres = database } : this with { Postgres = null, Database = database };

    /// <summary>Where the documents are stored: the PostgreSQL URL, else the SQLite file inside the output folder.</summary>
    public string DatabaseIn(string outputDirectory) => Postgres ?? Path.Combine(outputDirectory, Database);
}
