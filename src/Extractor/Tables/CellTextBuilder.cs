using System.Text;
using Extractor.Layout;

namespace Extractor.Tables;

/// <summary>
/// Builds a cell's text from the glyphs inside it: lines top to bottom, each joined like running text, and
/// the lines of a wrapped cell joined without a space when CJK meets CJK and with one space otherwise.
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
            if (text.Length > 0 && !(CjkText.IsCjk(text[^1]) && CjkText.IsCjk(part[0])) && !EndsWithHyphen(text))
                text.Append(' ');
            text.Append(part);
        }
        return text.ToString();
    }

    private static bool EndsWithHyphen(StringBuilder text) => text.Length > 0 && text[^1] == '-';
}
