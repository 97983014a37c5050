using System.Globalization;

namespace Extractor.Layout.Ocr;

/// <summary>
/// Tesseract's TSV output as glyphs: each recognised word (level 5) becomes one glyph per character, the
/// word's box shared evenly between them (CJK characters and figures are near enough to fixed width for the
/// line and column finders, which read gaps between words), in points from the top-left of the page.
/// </summary>
public static class OcrWords
{
    /// <summary>The font name OCR glyphs carry, so that any later stage can tell them from the text layer's.</summary>
    public const string FontName = "OCR";

    /// <summary>The TSV level of a word (page, block, paragraph and line are 1 to 4).</summary>
    private const string WordLevel = "5";

    /// <param name="tsv">The TSV Tesseract writes.</param>
    /// <param name="pointsPerPixel">72 ÷ the resolution the page was rendered at.</param>
    public static (IReadOnlyList<Glyph> Glyphs, double MeanConfidence) Glyphs(string tsv, double pointsPerPixel)
    {
        var glyphs = new List<Glyph>();
        double confidence = 0;
        int words = 0;
        foreach (var line in tsv.Split('\n').Skip(1))
        {
            var f = line.TrimEnd('\r').Split('\t');
            if (f.Length < 12 || f[0] != WordLevel) continue;
            string text = f[11].Trim();
            if (text.Length == 0 || !double.TryParse(f[10], NumberStyles.Float, CultureInfo.InvariantCulture, out double conf) || conf < 0) continue;
            double left = Number(f[6]) * pointsPerPixel, top = Number(f[7]) * pointsPerPixel;
            double width = Number(f[8]) * pointsPerPixel, height = Number(f[9]) * pointsPerPixel;
            var characters = System.Globalization.StringInfo.GetTextElementEnumerator(text);
            var elements = new List<string>();
            while (characters.MoveNext()) elements.Add((string)characters.Current);
            double each = width / elements.Count;
            for (int i = 0; i < elements.Count; i++)
            {
                double x = left + i * each;
                glyphs.Add(new Glyph(CjkText.UnifyRadicals(elements[i]), new Box(x, top, x + each, top + height), top + height, x, x + each,
                    Math.Max(1, height), FontName));
            }
            confidence += conf;
            words++;
        }
        return (glyphs, words == 0 ? 0 : confidence / words);
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
