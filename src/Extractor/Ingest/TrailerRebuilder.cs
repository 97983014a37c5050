using System.Text;
using System.Text.RegularExpressions;

namespace Extractor.Ingest;

/// <summary>
/// Rebuilds the end of a file that lost its cross-reference table and trailer (a truncated download): when
/// the objects are all there, a trailer naming the catalog is enough for the parser's brute-force object
/// search to read the document again.
/// </summary>
public static partial class TrailerRebuilder
{
    // "12 0 obj << /Type /Catalog ..." within the first few hundred characters of the object.
    [GeneratedRegex(@"(\d+)\s+(\d+)\s+obj\s*<<(?:(?!endobj).){0,400}?/Type\s*/Catalog\b", RegexOptions.Singleline)]
    private static partial Regex CatalogObject();

    [GeneratedRegex(@"(\d+)\s+\d+\s+obj\b")]
    private static partial Regex AnyObject();

    /// <summary>The file with a trailer appended, or null when no catalog object is left to point at.</summary>
    public static byte[]? TryRebuild(byte[] pdf)
    {
        // Latin-1 maps every byte to one char, so offsets and binary stream data survive the round trip.
        var text = Encoding.Latin1.GetString(pdf);
        var catalogs = CatalogObject().Matches(text);
        if (catalogs.Count == 0) return null;
        var catalog = catalogs[^1]; // an incremental update appends the newest catalog last
        int size = AnyObject().Matches(text).Max(m => int.TryParse(m.Groups[1].Value, out var n) ? n : 0) + 1;
        var trailer = $"\ntrailer\n<< /Size {size} /Root {catalog.Groups[1].Value} {catalog.Groups[2].Value} R >>\nstartxref\n0\n%%EOF\n";
        return [.. pdf, .. Encoding.Latin1.GetBytes(trailer)];
    }
}
