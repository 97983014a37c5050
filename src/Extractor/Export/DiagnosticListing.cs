namespace Extractor.Export;

/// <summary>One stored diagnostic as a reader follows it up: its document (by path), what and where.</summary>
public sealed record ListedDiagnostic(string File, string Stage, string Severity, string Code, long? Page, string? TableId, string Message)
{
    /// <summary>"p3 t2", "p3", "t2" or "" for a diagnostic of the whole document.</summary>
    public string Place => string.Join(' ', new[] { Page is { } page ? $"p{page}" : null, TableId }.OfType<string>());
}

/// <summary>
/// Reads the diagnostics of an output folder's database: what went wrong reading each document (failures,
/// repairs, tables not found, misprinted codes), document by document in the order they were raised.
/// </summary>
public static class DiagnosticListing
{
    /// <param name="databasePath">The run's database.</param>
    /// <param name="includeInfo">List <c>info</c> diagnostics too (notes such as a year taken from the file name), not only failures and warnings.</param>
    public static IReadOnlyList<ListedDiagnostic> Read(string databasePath, bool includeInfo)
    {
        using var connection = DocumentDatabase.OpenForReading(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT d.path, g.stage, g.severity, g.code, g.page, g.table_id, g.message
            FROM diagnostics g JOIN documents d ON d.id = g.document_id
            WHERE @all OR g.severity <> 'info'
            ORDER BY d.path, g.diagnostic_no
            """;
        FindingListing.Parameter(command, "all", includeInfo);
        using var reader = command.ExecuteReader();
        var listed = new List<ListedDiagnostic>();
        while (reader.Read())
            listed.Add(new ListedDiagnostic(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetInt64(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetString(6)));
        return listed;
    }
}
