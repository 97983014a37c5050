namespace Extractor.Export;

/// <summary>RFC 4180 fields: quoted only when they hold a comma, a quote or a line break.</summary>
public static class CsvField
{
    public static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
}
