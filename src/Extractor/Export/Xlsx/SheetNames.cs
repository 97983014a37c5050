using System.Text;

namespace Extractor.Export.Xlsx;

/// <summary>
/// The names of a workbook's sheets as Excel accepts them: at most 31 characters, none of <c>[]:*?/\</c>, no
/// apostrophe first or last, and unique without regard to case (<c>History</c> is Excel's own).
/// </summary>
internal sealed class SheetNames
{
    public const int MaxLength = 31;

    private static readonly char[] Forbidden = ['[', ']', ':', '*', '?', '/', '\\'];

    private readonly HashSet<string> taken = new(StringComparer.OrdinalIgnoreCase) { "History" };

    /// <summary>The wanted name made valid, with " (2)", " (3)"… where a sheet already has it; the name is then taken.</summary>
    public string Claim(string wanted)
    {
        var name = Clean(wanted);
        for (int n = 2; !taken.Add(name); n++)
        {
            var suffix = $" ({n})";
            name = Cut(Clean(wanted), MaxLength - suffix.Length) + suffix;
        }
        return name;
    }

    private static string Clean(string wanted)
    {
        var name = new StringBuilder();
        foreach (char c in wanted)
            name.Append(Forbidden.Contains(c) || char.IsControl(c) ? '_' : c);
        var cleaned = Cut(name.ToString().Trim().Trim('\''), MaxLength).Trim().Trim('\'');
        return cleaned.Length == 0 ? "sheet" : cleaned;
    }

    /// <summary>The text cut to a length, never between the two halves of a character outside the BMP.</summary>
    private static string Cut(string text, int length) =>
        text.Length <= length ? text : text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];
}
