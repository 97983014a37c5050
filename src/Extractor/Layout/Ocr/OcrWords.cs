using System.Globalization;

namespace Extractor.Layout.Ocr;

/// <summary>
/// Tesseract's TSV output as glyphs: each recognised word (level 5) becomes one glyph per character, the
/// word's box shared evenly between them (CJK characters and figures are near enough to fixed width for the
/// line and column finders, which read gaps between words), in points from the top-left of the page, each
/// carrying its word's confidence.
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
        var words = Words(tsv);
        var glyphs = new List<Glyph>();
        for (int w = 0; w < words.Count; w++)
        {
            var word = words[w];
            double right = word.Right;
            // Tesseract may box a figure far past its end, over the words that follow it on its line ("7.53%," over
            // 主要是): its characters, spread over that box, would interleave with theirs. The next word's start ends it.
            if (w + 1 < words.Count && words[w + 1].Line == word.Line && words[w + 1].Left > word.Left)
                right = Math.Min(right, words[w + 1].Left);
            double left = word.Left * pointsPerPixel, top = word.Top * pointsPerPixel, height = word.Height * pointsPerPixel;
            var characters = StringInfo.GetTextElementEnumerator(word.Text);
            var elements = new List<string>();
            while (characters.MoveNext()) elements.Add((string)characters.Current);
            double each = (right - word.Left) * pointsPerPixel / elements.Count;
            for (int i = 0; i < elements.Count; i++)
            {
                double x = left + i * each;
                glyphs.Add(new Glyph(CjkText.UnifyRadicals(elements[i]), new Box(x, top, x + each, top + height), top + height, x, x + each,
                    Math.Max(1, word.Size * pointsPerPixel), FontName) { OcrConfidence = word.Confidence });
            }
        }
        return (glyphs, words.Count == 0 ? 0 : words.Average(w => w.Confidence));
    }

    /// <summary>A recognised word in pixels, with the Tesseract line (block, paragraph, line) it belongs to.</summary>
    private sealed record Word(string Text, (string, string, string) Line, double Left, double Top, double Right, double Height, double Confidence)
    {
        /// <summary>The size of the line's text: the usual height of its words (a comma is boxed a few pixels tall).</summary>
        public double Size { get; init; } = Height;
    }

    /// <summary>
    /// The recognised words in Tesseract's order (line by line, word by word). Tesseract boxes some words of a
    /// line about two lines tall, which would set them on a line of their own: such a word takes the usual top
    /// and height of its line's words.
    /// </summary>
    private static List<Word> Words(string tsv)
    {
        var words = new List<Word>();
        foreach (var row in tsv.Split('\n').Skip(1))
        {
            var f = row.TrimEnd('\r').Split('\t');
            if (f.Length < 12 || f[0] != WordLevel) continue;
            string text = f[11].Trim();
            if (text.Length == 0 || !double.TryParse(f[10], NumberStyles.Float, CultureInfo.InvariantCulture, out double conf) || conf < 0) continue;
            double left = Number(f[6]);
            words.Add(new Word(text, (f[2], f[3], f[4]), left, Number(f[7]), left + Number(f[8]), Number(f[9]), conf));
        }
        return [.. words.GroupBy(w => w.Line).SelectMany(LevelTallWords)];
    }

    /// <summary>How much taller than its line's usual word a word is boxed before it is taken for a misboxed one.</summary>
    private const double TallWord = 1.3;

    private static IEnumerable<Word> LevelTallWords(IEnumerable<Word> line)
    {
        var words = line.ToList();
        double height = Median(words.Select(w => w.Height)), top = Median(words.Select(w => w.Top));
        return words.Select(w => (w.Height > TallWord * height ? w with { Top = top, Height = height } : w) with { Size = height });
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
