using Extractor.Validation;
using System.Data.Common;

namespace Extractor.Export;

/// <summary>One stored finding as a reader checks it: its document (by path), the figures, and where each value is printed.</summary>
public sealed record ListedFinding(
    string File, string Rule, string Severity, string Message, string MessageZh,
    string? Expected, string? Actual, string? Difference, string? Tolerance, IReadOnlyList<string> Where);

/// <summary>Reads the findings of an output folder's database, document by document in the order they were found.</summary>
public static class FindingListing
{
    /// <param name="databasePath">The output folder's database.</param>
    /// <param name="includeRounding">Rounding differences (info) too.</param>
    /// <param name="includeWarnings">The wording and presentation warnings too, after each document's errors.</param>
    public static IReadOnlyList<ListedFinding> Read(string databasePath, bool includeRounding, bool includeWarnings = true)
    {
        using var connection = DocumentDatabase.OpenForReading(databasePath);
        var places = ReadPlaces(connection);
        var listed = new List<ListedFinding>();
        // A database written before Chinese messages has no column for them.
        var messageZh = connection is not Microsoft.Data.Sqlite.SqliteConnection sqlite || SqliteSchema.HasColumn(sqlite, "findings", "message_zh") ? "f.message_zh" : "NULL";
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT d.path, f.document_id, f.finding_no, f.rule, f.severity, f.message, f.expected, f.actual, f.difference, f.tolerance, {messageZh}
            FROM findings f JOIN documents d ON d.id = f.document_id
            WHERE @all OR f.severity = 'error' OR (@warnings AND f.severity = 'warning')
            ORDER BY d.path, f.finding_no
            """;
        Parameter(command, "all", includeRounding);
        Parameter(command, "warnings", includeWarnings);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var key = (reader.GetInt64(1), reader.GetInt64(2));
            listed.Add(new ListedFinding(reader.GetString(0), reader.GetString(3), reader.GetString(4), reader.GetString(5), Text(reader, 10) ?? "",
                Text(reader, 6), Text(reader, 7), Text(reader, 8), Text(reader, 9), places.GetValueOrDefault(key, [])));
        }
        // Each document's wording and presentation warnings after its findings on figures.
        return [.. listed.GroupBy(f => f.File).SelectMany(document => document.OrderBy(f => RuleCatalogue.IsWording(f.Rule)))];
    }

    /// <summary>How many documents the output folder's database holds, failed ones too.</summary>
    public static int DocumentCount(string databasePath)
    {
        using var connection = DocumentDatabase.OpenForReading(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM documents";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Each finding's values, as "t3 p8 小学教育 2050202 basic.goods_services" or "p2 「quote」" (after the file's path
    /// for a value printed in the publication's other file); a value read by OCR
    /// says so with its confidence, "… (OCR, confidence 87)", as a reader checks such a figure on the page first.
    /// </summary>
    private static Dictionary<(long, long), List<string>> ReadPlaces(DbConnection connection)
    {
        var places = new Dictionary<(long, long), List<string>>();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT document_id, finding_no, table_id, page, row_label, code, measure, fact_key, quote, reading_confidence, file
            FROM finding_refs ORDER BY document_id, finding_no, ref_no
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var key = (reader.GetInt64(0), reader.GetInt64(1));
            string page = reader.IsDBNull(3) ? "" : $"p{reader.GetInt64(3)}";
            string place = Text(reader, 8) is { } quote
                ? $"{page} {Text(reader, 7)} 「{quote}」"
                : string.Join(' ', new[] { Text(reader, 2), page, Text(reader, 4), Text(reader, 5), Text(reader, 6) }.Where(p => !string.IsNullOrEmpty(p)));
            if (!reader.IsDBNull(9)) place += $" (OCR, confidence {reader.GetInt64(9)})";
            // A value printed in the publication's other file (the tables of a narrative published apart) names it first.
            if (Text(reader, 10) is { } file) place = $"{file} {place}";
            if (!places.TryGetValue(key, out var list)) places[key] = list = [];
            list.Add(place.Trim());
        }
        return places;
    }

    private static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    internal static void Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
