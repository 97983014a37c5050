using Extractor.Wording;

namespace Extractor.Tables;

/// <summary>
/// A page number printed in the margin (<see cref="Captions.PageNumber"/>): a line holding one is the page's
/// header or footer, not a title or a row of a table.
/// </summary>
public static class PageMarker
{
    public static bool In(string text)
    {
        var line = text.Trim();
        // Most lines hold none of a marker's words: passed over without the pattern.
        bool candidate = (line.Length <= MaxBareNumberLength && line.Any(char.IsAsciiDigit))
            || Captions.PageNumberWords.Any(word => line.Contains(word, StringComparison.OrdinalIgnoreCase));
        return candidate && Captions.PageNumber().IsMatch(line);
    }

    /// <summary>The longest line a bare page number ("- 12 -") makes.</summary>
    private const int MaxBareNumberLength = 12;
}
