using System.Data.Common;

namespace Extractor.Export;

/// <summary>
/// Where a run's records are, as the commands name it: an SQLite file (a path), or a PostgreSQL database (a
/// <c>postgresql://</c> URL). The readers of findings, diagnostics and exports open it through here and read it
/// with the same SQL either way.
/// </summary>
public static class DocumentDatabase
{
    /// <summary>Whether the location names a PostgreSQL database rather than a file.</summary>
    public static bool IsPostgres(string location) => PostgresUrl.IsUrl(location);

    /// <summary>A connection to read the database, brought up to the current schema first when an earlier release wrote it.</summary>
    public static DbConnection OpenForReading(string location) =>
        IsPostgres(location) ? PostgresSchema.Open(location) : SqliteSchema.OpenReadOnly(location);

    /// <summary>The store a run writes into.</summary>
    public static IDocumentStore OpenForWriting(string location, string pipelineVersion) =>
        IsPostgres(location) ? new PostgresDocumentStore(location, pipelineVersion) : new SqliteDocumentStore(location, pipelineVersion);

    /// <summary>The fetch history that fetch and watch keep beside the documents, in the same database.</summary>
    public static DatabaseFetchHistory OpenFetchHistory(string location) =>
        new(IsPostgres(location) ? PostgresSchema.Open(location) : SqliteDocumentStore.OpenUpToDate(location));

    /// <summary>
    /// Whether an SQLite file holds a fetch history (a folder <c>fetch --into</c> filled), read without changing it;
    /// false where there is no such file or it is not a database this program wrote.
    /// </summary>
    public static bool HoldsFetchHistory(string sqliteFile)
    {
        if (!File.Exists(sqliteFile)) return false;
        try
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={sqliteFile};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'fetches'";
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0 && HasFetches(connection);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return false;
        }
    }

    /// <summary>Whether a database of the current schema has any fetch history (fetch or watch filled it).</summary>
    internal static bool HasFetches(System.Data.Common.DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM fetches)";
        // SQLite answers 1 or 0, PostgreSQL a boolean.
        return Convert.ToBoolean(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The location as it may be shown in a log or a message: a URL without its password.</summary>
    public static string Shown(string location) => IsPostgres(location) ? PostgresUrl.WithoutPassword(location) : location;
}
