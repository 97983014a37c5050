using System.Data.Common;
using System.Globalization;

namespace Extractor.Tests.Support;

/// <summary>
/// Every row of a run's database, table by table, each child row named by its document's path instead of the
/// database's own id, and sorted: two databases written by different runs (one process or four shards, SQLite or
/// PostgreSQL) compare equal row for row when they hold the same records. What differs by design is left out:
/// the ids and the time a document was processed.
/// </summary>
public static class DatabaseRows
{
    public static readonly string[] DocumentTables = ["tables", "cells", "line_items", "facts", "findings", "finding_refs", "diagnostics"];

    public static SortedDictionary<string, List<string>> Of(DbConnection connection)
    {
        var snapshot = new SortedDictionary<string, List<string>>(StringComparer.Ordinal)
        {
            ["documents"] = Rows(connection, "SELECT * FROM documents", ["id", "processed_at"]),
            ["document_copies"] = Rows(connection, "SELECT * FROM document_copies", []),
        };
        foreach (var table in DocumentTables)
            snapshot[table] = Rows(connection, $"SELECT d.path AS document_path, t.* FROM {table} t JOIN documents d ON d.id = t.document_id", ["document_id"]);
        return snapshot;
    }

    /// <summary>The texts of a query's first column (cast to text by the query where it holds other values).</summary>
    public static List<string> Texts(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var texts = new List<string>();
        while (reader.Read()) texts.Add(reader.GetString(0));
        return texts;
    }

    public static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The number of rows of each table.</summary>
    public static string Counts(SortedDictionary<string, List<string>> snapshot) =>
        string.Join(", ", snapshot.Select(t => $"{t.Key} {t.Value.Count}"));

    /// <summary>The first row that one snapshot holds and the other does not, for a failure message.</summary>
    public static string FirstDifference(SortedDictionary<string, List<string>> expected, SortedDictionary<string, List<string>> actual)
    {
        foreach (var (table, rows) in expected)
        {
            var other = actual.GetValueOrDefault(table, []);
            if (rows.Except(other).FirstOrDefault() is { } missing) return $"{table}: missing {missing}";
            if (other.Except(rows).FirstOrDefault() is { } extra) return $"{table}: extra {extra}";
            if (rows.Count != other.Count) return $"{table}: {rows.Count} rows expected, {other.Count} found (duplicates)";
        }
        return "none";
    }

    public static bool Equal(SortedDictionary<string, List<string>> a, SortedDictionary<string, List<string>> b) =>
        a.Keys.SequenceEqual(b.Keys) && a.All(t => t.Value.SequenceEqual(b[t.Key]));

    private static List<string> Rows(DbConnection connection, string sql, string[] leftOut)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Where(i => !leftOut.Contains(reader.GetName(i))).ToList();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join('\u001f', columns.Select(i => $"{reader.GetName(i)}={Text(reader.IsDBNull(i) ? null : reader.GetValue(i))}")));
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>A value as text the same whichever database typed it (SQLite's INTEGER and REAL, PostgreSQL's bigint and double).</summary>
    private static string Text(object? value) => value switch
    {
        null => "NULL",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => ((double)f).ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "1" : "0",
        IConvertible c => c.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
