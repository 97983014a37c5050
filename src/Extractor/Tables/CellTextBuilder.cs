using System.Text;
using Extractor.Layout;

namespace Extractor.Tables;

/// <summary>
/// Builds a cell's text from the glyphs inside it: lines top to bottom, each joined like running text, the
/// lines of a wrapped cell kept apart by a line break (<see cref="Flatten"/> turns them into one line).
/// </summary>
internal static class CellTextBuilder
{
    public static string Build(IEnumerable<Glyph> glyphs)
    {
        var lines = TextLineBuilder.Build(glyphs.ToList(), withinCell: true);
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            var part = line.PrintedText.Trim();
            if (part.Length == 0) continue;
            if (text.Length > 0) text.Append('\n');
            text.Append(part);
        }
        return text.ToString();
    }

    /// <summary>
    /// A wrapped cell as one line: a break becomes one space between Latin text ("nanoscience,
    /// applications"), nothing where either side is CJK (Chinese wraps anywhere, its ASCII punctuation
    /// included), nothing after a hyphen.
    /// </summary>
    public static string Flatten(string text)
    {
        if (!text.Contains('\n')) return text;
        var flat = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n')
            {
                flat.Append(text[i]);
                continue;
            }
            char before = flat.Length > 0 ? flat[^1] : ' ', after = i + 1 < text.Length ? text[i + 1] : ' ';
            if (!CjkText.IsCjk(before) && !CjkText.IsCjk(after) && before != '-') flat.Append(' ');
        }
        return flat.ToString();
    }
}
