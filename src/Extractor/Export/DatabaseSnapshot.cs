using System.Data.Common;
using Extractor.Model;
using Extractor.Validation;

namespace Extractor.Export;

/// <summary>
/// An error finding as runs are compared: its rule and message (which name the table, row and figures) in a
/// disclosure (department, year, phase). A new version of a disclosure that repeats an error repeats its key, even
/// where the republished file moved it to another page or numbered its tables otherwise: the key's message is
/// <see cref="DocumentValidator.Unplaced"/>. A figure corrected or newly wrong changes it. Errors that differ only by
/// their place share a key, so runs compare how many of each key they hold.
/// </summary>
public sealed record FindingKey(string? Department, int? FiscalYear, string? Phase, string Rule, string Message)
{
    public static FindingKey Of(ExtractedDocument document, Finding finding) =>
        Placeless(document.Department?.Name, document.FiscalYear, SchemaId.Of(document.Phase), finding.Rule, finding.Message);

    /// <summary>The key of a finding as stored, its message's place left out.</summary>
    public static FindingKey Placeless(string? department, int? fiscalYear, string? phase, string rule, string message) =>
        new(department, fiscalYear, phase, rule, DocumentValidator.Unplaced(message));
}

/// <summary>
/// What a database held before a run: each document's path and whether it failed, and how many error findings
/// of each key it held. A watch compares the run's documents and findings against it to tell what is new.
/// </summary>
public sealed record DatabaseSnapshot(IReadOnlyDictionary<string, bool> FailedByPath, IReadOnlyDictionary<FindingKey, int> ErrorFindings)
{
    /// <summary>A database not written yet: nothing was there before.</summary>
    public static readonly DatabaseSnapshot Empty = new(new Dictionary<string, bool>(), new Dictionary<FindingKey, int>());

    /// <param name="location">The run's database: an SQLite file, or a PostgreSQL URL (<see cref="DocumentDatabase"/>).</param>
    public static DatabaseSnapshot Read(string location)
    {
        // A PostgreSQL database not written yet gets its schema on opening, and holds nothing.
        if (!DocumentDatabase.IsPostgres(location) && !File.Exists(location)) return Empty;
        using var connection = DocumentDatabase.OpenForReading(location);
        var documents = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var row in Rows(connection, "SELECT path, failed FROM documents"))
            documents[(string)row[0]!] = (long)row[1]! == 1;
        var findings = new Dictionary<FindingKey, int>();
        foreach (var row in Rows(connection, """
            SELECT d.department_name, d.fiscal_year, d.phase, f.rule, f.message
            FROM findings f JOIN documents d ON d.id = f.document_id WHERE f.severity = 'error'
            """))
        {
            var key = FindingKey.Placeless((string?)row[0], row[1] is long year ? (int)year : null, (string?)row[2], (string)row[3]!, (string)row[4]!);
            findings[key] = findings.GetValueOrDefault(key) + 1;
        }
        return new DatabaseSnapshot(documents, findings);
    }

    private static IEnumerable<object?[]> Rows(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            yield return row;
        }
    }
}
