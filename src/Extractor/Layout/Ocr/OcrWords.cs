using System.Globalization;

namespace Extractor.Layout.Ocr;

/// <summary>A word Tesseract recognised, in pixels of the page image, with the line (block, paragraph, line) it belongs to.</summary>
public sealed record OcrWord(string Text, (string Block, string Paragraph, string Line) Line, double Left, double Top, double Right, double Height, double Confidence)
{
    /// <summary>The size of the line's text: the usual height of its words (a comma is boxed a few pixels tall).</summary>
    public double Size { get; init; } = Height;

    /// <summary>
    /// Whether the word is a bare figure ("1,366.30", "-"), which is read again with a digit-only character set when
    /// unsure; a word mixing figures and other characters ("23.03%。", "万元,") is read again as text.
    /// </summary>
    public bool IsFigure => Text.Any(char.IsAsciiDigit) && Text.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or '-');
}

/// <summary>
/// Tesseract's TSV output as words and glyphs: each recognised word (level 5) becomes one glyph per character, the
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

    /// <summary>How much taller than its line's usual word a word is boxed before it is taken for a misboxed one.</summary>
    private const double TallWord = 1.3;

    /// <param name="tsv">The TSV Tesseract writes.</param>
    /// <param name="pointsPerPixel">72 ÷ the resolution the page was rendered at.</param>
    public static (IReadOnlyList<Glyph> Glyphs, double MeanConfidence) Glyphs(string tsv, double pointsPerPixel) =>
        Glyphs(Words(tsv), pointsPerPixel);

    public static (IReadOnlyList<Glyph> Glyphs, double MeanConfidence) Glyphs(IReadOnlyList<OcrWord> words, double pointsPerPixel)
    {
        var glyphs = new List<Glyph>();
        foreach (var word in words)
        {
            double left = word.Left * pointsPerPixel, top = word.Top * pointsPerPixel, height = word.Height * pointsPerPixel;
            var characters = StringInfo.GetTextElementEnumerator(word.Text);
            var elements = new List<string>();
            while (characters.MoveNext()) elements.Add((string)characters.Current);
            double each = (word.Right - word.Left) * pointsPerPixel / elements.Count;
            for (int i = 0; i < elements.Count; i++)
            {
                double x = left + i * each;
                glyphs.Add(new Glyph(CjkText.UnifyRadicals(elements[i]), new Box(x, top, x + each, top + height), top + height, x, x + each,
                    Math.Max(1, word.Size * pointsPerPixel), FontName) { OcrConfidence = word.Confidence });
            }
        }
        return (glyphs, words.Count == 0 ? 0 : words.Average(w => w.Confidence));
    }

    /// <summary>
    /// The recognised words in Tesseract's order (line by line, word by word), their boxes mended: Tesseract may box
    /// a figure far past its end, over the words that follow it on its line ("7.53%," over 主要是), whose characters
    /// would then interleave with its own: the next word's start ends it. It boxes some words of a line about two
    /// lines tall, which would set them on a line of their own: such a word takes the usual top and height of its
    /// line's words. Every word takes its line's usual height as its size.
    /// </summary>
    public static IReadOnlyList<OcrWord> Words(string tsv) => Mended([.. Read(tsv).Select(r => r.Word)]);

    /// <summary>The words of a TSV as Tesseract boxed them, each with the page (image) it was read on, from 1.</summary>
    private static IEnumerable<(int Page, OcrWord Word)> Read(string tsv)
    {
        foreach (var row in tsv.Split('\n').Skip(1))
        {
            var f = row.TrimEnd('\r').Split('\t');
            if (f.Length < 12 || f[0] != WordLevel) continue;
            string text = f[11].Trim();
            if (text.Length == 0 || !double.TryParse(f[10], NumberStyles.Float, CultureInfo.InvariantCulture, out double conf) || conf < 0) continue;
            double left = Number(f[6]);
            yield return (int.Parse(f[1], CultureInfo.InvariantCulture), new OcrWord(text, (f[2], f[3], f[4]), left, Number(f[7]), left + Number(f[8]), Number(f[9]), conf));
        }
    }

    /// <summary>How many times its height a character of an unsure word may be boxed wide before the word is a blob.</summary>
    private const double BlobWidthPerCharacter = 6;

    /// <summary>How many times the page's usual word height a blob is boxed tall: over two lines.</summary>
    private const double BlobHeight = 1.6;

    /// <summary>
    /// Whether the page's pass boxed a stretch of text over two lines as one unsure word of a character or two: a
    /// heading row whose cells wrap onto two lines at staggered heights ("小计 工资福利支出 商品和服务支 / 出 …" read "1" at
    /// 14, boxed 624 by 39 pixels where the page's words are 17 tall). Read as one block of text, the page loses them;
    /// read as sparse text on their own crop, they come back. (A noisy page's unsure words on one line stay as read:
    /// read again, the specks around them become words.)
    /// </summary>
    /// <param name="usualHeight">The page's usual word height (<see cref="UsualHeight"/>).</param>
    public static bool IsBlob(OcrWord word, double usualHeight) =>
        word.Confidence < Model.OcrReading.ConfidentAt && word.Height > BlobHeight * usualHeight
        && word.Right - word.Left > BlobWidthPerCharacter * word.Height * Math.Max(1, new StringInfo(word.Text).LengthInTextElements);

    /// <summary>The median height of the page's words.</summary>
    public static double UsualHeight(IReadOnlyList<OcrWord> words) => words.Count == 0 ? 0 : Median(words.Select(w => w.Height));

    /// <summary>
    /// The words read on crops of the page, one TSV page per crop in order, placed back on the page: each crop's
    /// pixel (0, 0) is the page's <paramref name="origins"/> entry. One list per crop, empty where none was read; each
    /// crop's lines are lines of their own.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<OcrWord>> OnCrops(IReadOnlyList<(double Left, double Top)> origins, string tsv)
    {
        var read = Read(tsv).ToLookup(r => r.Page, r => r.Word);
        return [.. origins.Select((origin, k) => Mended([.. InRows([.. read[k + 1]], $"crop{k + 1}")
            .Select(w => w with { Left = w.Left + origin.Left, Right = w.Right + origin.Left, Top = w.Top + origin.Top })]))];
    }

    /// <summary>
    /// Sparse text's words (each a line of its own to Tesseract) set in rows by their height on the crop, left to right,
    /// so that a word boxed over the next one's start is cut there as on a page's line (商品 boxed over 和服务支).
    /// </summary>
    private static IEnumerable<OcrWord> InRows(List<OcrWord> words, string crop)
    {
        var rows = new List<List<OcrWord>>();
        foreach (var word in words.OrderBy(w => w.Top + w.Height / 2))
        {
            double middle = word.Top + word.Height / 2;
            var row = rows.LastOrDefault();
            if (row is not null && Math.Abs(middle - row.Average(w => w.Top + w.Height / 2)) <= row.Min(w => w.Height) / 2) row.Add(word);
            else rows.Add([word]);
        }
        return rows.SelectMany((row, r) => row.OrderBy(w => w.Left).Select(w => w with { Line = (crop, "1", r.ToString(CultureInfo.InvariantCulture)) }));
    }

    private static IReadOnlyList<OcrWord> Mended(List<OcrWord> words)
    {
        for (int w = 0; w + 1 < words.Count; w++)
            if (words[w + 1].Line == words[w].Line && words[w + 1].Left > words[w].Left && words[w + 1].Left < words[w].Right)
                words[w] = words[w] with { Right = words[w + 1].Left };
        return [.. words.GroupBy(w => w.Line).SelectMany(LevelTallWords)];
    }

    /// <summary>
    /// The words read from their own crops, one TSV page per crop in order (<paramref name="tsv"/>), where the second
    /// reading (its words joined, at the confidence of the least sure) is sure, at least
    /// <see cref="Model.OcrReading.ConfidentAt"/>: an unsure second guess is no better than the first (scan01's 鹿, read 庵
    /// at 0 on the page, comes out 座 alone) — except Chinese read where the page's pass saw letters (<see cref="LatinForChinese"/>).
    /// </summary>
    public static IReadOnlyList<OcrWord> Reread(IReadOnlyList<OcrWord> words, string tsv)
    {
        var readings = tsv.Split('\n').Skip(1).Select(row => row.TrimEnd('\r').Split('\t'))
            .Where(f => f.Length >= 12 && f[0] == WordLevel && f[11].Trim().Length > 0
                && double.TryParse(f[10], NumberStyles.Float, CultureInfo.InvariantCulture, out double c) && c >= 0)
            .GroupBy(f => int.Parse(f[1], CultureInfo.InvariantCulture) - 1)
            .ToDictionary(g => g.Key, g => (Text: string.Concat(g.Select(f => f[11].Trim())), Confidence: g.Min(f => Number(f[10])),
                MeanConfidence: g.Average(f => Number(f[10]))));
        return [.. words.Select((word, i) => !readings.TryGetValue(i, out var again) ? word
            : again.Confidence >= Model.OcrReading.ConfidentAt && again.Confidence > word.Confidence ? word with { Text = again.Text, Confidence = again.Confidence }
            : LatinForChinese(word.Text, again) ? word with { Text = again.Text, Confidence = Math.Min(again.Confidence, word.Confidence) }
            : word)];
    }

    /// <summary>
    /// Letters the page's pass (Chinese and English models together) made of Chinese characters: 人；离退休人员 read
    /// "AIBA". The Chinese model alone reads the crop as mostly Chinese, unsurely but not blindly (on the whole); that
    /// reading is kept, at the confidence of its least sure word (or of the letters, if lower). A real Latin word (GDP, PPP) reads as letters again, or as a character or two
    /// at next to no confidence (IT as 开 at 0), and stays as it was.
    /// </summary>
    private static bool LatinForChinese(string first, (string Text, double Confidence, double MeanConfidence) again) =>
        first.Any(char.IsAsciiLetter) && first.All(c => char.IsAsciiLetter(c) || !char.IsLetterOrDigit(c))
        && again.MeanConfidence >= MinChineseConfidence && 2 * again.Text.Count(CjkText.IsCjk) > again.Text.Count(c => !char.IsWhiteSpace(c));

    /// <summary>
    /// The least mean confidence of a Chinese second reading taken for letters (人 离 退休 人 员 at 93, 0, 86, 93, 91: 72).
    /// </summary>
    private const double MinChineseConfidence = 30;

    private static IEnumerable<OcrWord> LevelTallWords(IEnumerable<OcrWord> line)
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
