namespace Extractor.Export;

/// <summary>RFC 4180 fields: quoted only when they hold a comma, a quote or a line break.</summary>
public static class CsvField
{
    public static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;

    /// <summary>A header and rows, lines ended by CRLF; with the byte-order mark Excel wants for UTF-8 when asked.</summary>
    public static void Write(TextWriter output, bool byteOrderMark, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        if (byteOrderMark) output.Write('\uFEFF');
        WriteRows(output, [columns, .. rows]);
    }

    /// <summary>Rows as they come (a table's own header rows among them), lines ended by CRLF.</summary>
    public static void WriteRows(TextWriter output, IEnumerable<IReadOnlyList<string>> rows)
    {
        foreach (var row in rows) output.Write(string.Join(',', row.Select(Quote)) + "\r\n");
    }
}
