using System.Text.RegularExpressions;

namespace Extractor.Tables;

/// <summary>
/// A page number printed in the margin ("- 12 -", "第3页", "第3页 共14页", "Página 12 de 14", "Page 2 of 5"):
/// a line holding one is the page's header or footer, not a title or a row of a table.
/// </summary>
public static partial class PageMarker
{
    [GeneratedRegex(@"^[-—\s]*\d+[-—\s]*$|第\s*\d+\s*页|共\s*\d+\s*页|\b(?:Página|Pagina|Page|Seite)\s+\d+\s+(?:de|of|von)\s+\d+\b", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();

    public static bool In(string text)
    {
        var line = text.Trim();
        // Most lines hold none of a marker's words: passed over without the pattern.
        bool candidate = line.Contains('页') || (line.Length <= MaxBareNumberLength && line.Any(char.IsAsciiDigit))
            || line.Contains("page", StringComparison.OrdinalIgnoreCase) || line.Contains("gina", StringComparison.OrdinalIgnoreCase)
            || line.Contains("seite", StringComparison.OrdinalIgnoreCase);
        return candidate && Marker().IsMatch(line);
    }

    /// <summary>The longest line a bare page number ("- 12 -") makes.</summary>
    private const int MaxBareNumberLength = 12;
}
