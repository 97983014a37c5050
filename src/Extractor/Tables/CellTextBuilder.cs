using System.Text;
using Extractor.Layout;

namespace Extractor.Tables;

/// <summary>
/// Builds a cell's text from the glyphs inside it: lines top to bottom, each joined like running text, and
/// the lines of a wrapped cell joined with one space only where a Latin word or number meets another
/// (Chinese text wraps anywhere, its ASCII punctuation included, and takes no space at the break).
/// </summary>
public static class CellTextBuilder
{
    public static string Build(IEnumerable<Glyph> glyphs)
    {
        var lines = TextLineBuilder.Build(glyphs.ToList(), withinCell: true);
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            var part = line.PrintedText.Trim();
            if (part.Length == 0) continue;
            if (text.Length > 0 && IsLatinOrDigit(text[^1]) && IsLatinOrDigit(part[0]) && !EndsWithHyphen(text))
                text.Append(' ');
            text.Append(part);
        }
        return text.ToString();
    }

    private static bool EndsWithHyphen(StringBuilder text) => text.Length > 0 && text[^1] == '-';

    private static bool IsLatinOrDigit(char c) => char.IsLetterOrDigit(c) && !CjkText.IsCjk(c);
}
