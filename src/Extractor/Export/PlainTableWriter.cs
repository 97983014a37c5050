using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Extractor.Export;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyList<PlainTable>))]
internal sealed partial class PlainTableJsonContext : JsonSerializerContext;

public enum PlainTableFormat { Csv, Tsv, Json }

/// <summary>Writes plain tables as CSV (RFC 4180), TSV, or JSON.</summary>
public static class PlainTableWriter
{
    private static readonly PlainTableJsonContext Json = new(new JsonSerializerOptions(PlainTableJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Write(IReadOnlyList<PlainTable> tables, PlainTableFormat format) => format switch
    {
        PlainTableFormat.Json => JsonSerializer.Serialize(tables, Json.IReadOnlyListPlainTable),
        PlainTableFormat.Tsv => Delimited(tables, '\t'),
        _ => Delimited(tables, ','),
    };

    /// <summary>Rows of all tables one after the other, as tabula writes a list of tables.</summary>
    private static string Delimited(IReadOnlyList<PlainTable> tables, char separator)
    {
        var text = new StringBuilder();
        foreach (var row in tables.SelectMany(t => t.Rows))
            text.Append(string.Join(separator, row.Select(cell => Field(cell, separator)))).Append("\r\n");
        return text.ToString();
    }

    private static string Field(string cell, char separator)
    {
        if (separator == '\t') return cell.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
        bool quote = cell.IndexOfAny([',', '"', '\r', '\n']) >= 0;
        return quote ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
    }
}
