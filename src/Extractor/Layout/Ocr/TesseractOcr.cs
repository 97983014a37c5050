using System.Globalization;
using Extractor.Ingest;
using Extractor.Model;

namespace Extractor.Layout.Ocr;

/// <summary>
/// Reads a page by OCR with the Debian programs, run as processes: <c>pdftoppm</c> (poppler-utils) renders the
/// page in grey at <see cref="Dpi"/>, which is straightened when tilted, its ruling lines are found in the image and
/// painted out, <c>tesseract</c> (with <c>chi_sim</c>) recognises what is left into TSV and reads its unsure words
/// again on their own crops. One instance per document holds the document in a temporary file, removed on dispose.
/// </summary>
public sealed class TesseractOcr : IDisposable
{
    /// <summary>The resolution pages are rendered at: enough for 9-point figures, about a second a page.</summary>
    public const int Dpi = 200;

    private static readonly Lazy<string?> Missing = new(FindMissing);

    private readonly string folder = Directory.CreateTempSubdirectory("extractor-ocr-").FullName;
    private readonly string pdf;

    public TesseractOcr(byte[] document)
    {
        pdf = Path.Combine(folder, "document.pdf");
        File.WriteAllBytes(pdf, document);
    }

    /// <summary>What is missing for OCR on this machine (a program or the Chinese language data), or null when nothing is.</summary>
    public static string? MissingPrograms => Missing.Value;

    /// <summary>
    /// The page read: its image straightened when it is tilted by <see cref="Skew.StraightenFrom"/> or more, its words
    /// recognised, and its ruling lines found in the image. A page read poorly (mean word confidence under
    /// <see cref="CheckOrientationBelow"/>) is read again stood upright where Tesseract's orientation detection finds
    /// it turned (a page scanned upside down, a landscape table fed sideways), the better reading kept.
    /// </summary>
    public ScannedPage Read(int page, CancellationToken cancellation)
    {
        string prefix = Path.Combine(folder, $"p{page}");
        ExternalProgram.Run("pdftoppm", ["-r", Dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-singlefile", "-f", Number(page), "-l", Number(page), pdf, prefix], cancellation);
        var scanned = GreyImage.Read(prefix + ".pgm");
        var read = Read(scanned, quarterTurns: 0, prefix, cancellation);
        if (read.Confidence >= CheckOrientationBelow || QuarterTurnsToUpright(scanned, prefix, cancellation) is not (> 0 and var turns)) return read;
        var upright = Read(scanned.TurnedQuarters(turns), turns, prefix, cancellation);
        return upright.Confidence > read.Confidence ? upright : read;
    }

    /// <summary>
    /// A mean word confidence under which a page is checked for being turned: the pages of the scanned rounds read
    /// upright at 76 to 95, turned by a quarter or a half at 36 to 41.
    /// </summary>
    private const double CheckOrientationBelow = 60;

    private ScannedPage Read(GreyImage grey, int quarterTurns, string prefix, CancellationToken cancellation)
    {
        string image = prefix + ".pgm";
        double tilt = Skew.Degrees(grey);
        bool straightened = Math.Abs(tilt) >= Skew.StraightenFrom;
        if (straightened) grey = grey.Turned(-tilt);
        // The median takes specks away but thins a clean page's small strokes (温州市 read "RESID"): only a noisy page is filtered.
        var text = grey.Specks() >= SpeckledFrom ? grey.Median3() : grey;
        double pointsPerPixel = 72.0 / Dpi;
        var rulings = ImageRulings.Find(grey, pointsPerPixel);
        // A grid's rules are painted out; the few rules of a three-line table are not (Tesseract reads past them, and
        // a page without them read its header words glued across the columns).
        if (rulings.Count(r => r.Orientation == RulingOrientation.Vertical) >= 2) text = ImageRulings.Erased(text, rulings, pointsPerPixel);
        File.WriteAllBytes(image, text.Crop(0, 0, text.Width, text.Height, border: 0));
        var words = OcrWords.Words(ExternalProgram.Run("tesseract", [image, "stdout", "-l", "chi_sim+eng", "--psm", "6", "tsv"], cancellation));
        File.Delete(image);
        words = ReadBlobsAgain(words, text, prefix, cancellation);
        words = ReadUnsureAgain(words, text, prefix, cancellation);
        var (glyphs, confidence) = OcrWords.Glyphs(words, pointsPerPixel);
        return new ScannedPage(glyphs, rulings, grey.Width * pointsPerPixel, grey.Height * pointsPerPixel,
            confidence, new ScanTurn(quarterTurns, straightened ? tilt : 0));
    }

    /// <summary>
    /// The quarter turns clockwise (1 to 3) that stand the page upright by Tesseract's orientation and script
    /// detection (<c>--psm 0</c>, about 0.7 s a page), 0 where it finds the page upright or cannot tell.
    /// </summary>
    private static int QuarterTurnsToUpright(GreyImage page, string prefix, CancellationToken cancellation)
    {
        string image = prefix + "-osd.pgm";
        File.WriteAllBytes(image, page.Crop(0, 0, page.Width, page.Height, border: 0));
        try
        {
            return OrientationReport.QuarterTurns(ExternalProgram.Run("tesseract", [image, "stdout", "--psm", "0"], cancellation));
        }
        catch (InvalidOperationException)
        {
            // Too little text to tell ("Too few characters"): the page is read as it is.
            return 0;
        }
        finally
        {
            File.Delete(image);
        }
    }

    /// <summary>
    /// Specks in ten thousand pixels (<see cref="GreyImage.Specks"/>) from which a page is read through a 3×3 median:
    /// well above the clean scans' pages (under 7) and below the noisy ones' (80 and more).
    /// </summary>
    private const double SpeckledFrom = 25;

    /// <summary>Pixels of margin around a word's crop (its ink may reach a little past its box), and of white border around that.</summary>
    private const int CropMargin = 2, CropBorder = 10;

    /// <summary>
    /// The page's blobs (<see cref="OcrWords.IsBlob"/>) read again on their own crops as sparse text (<c>--psm 11</c>,
    /// one Tesseract run for all), each replaced by the words found in it; a crop where none is found keeps its blob.
    /// </summary>
    private static IReadOnlyList<OcrWord> ReadBlobsAgain(IReadOnlyList<OcrWord> words, GreyImage page, string prefix, CancellationToken cancellation)
    {
        double usual = OcrWords.UsualHeight(words);
        var blobs = Enumerable.Range(0, words.Count).Where(i => OcrWords.IsBlob(words[i], usual)).ToList();
        if (blobs.Count == 0) return words;
        var crops = new List<string>();
        var origins = new List<(double Left, double Top)>();
        foreach (int i in blobs)
        {
            var word = words[i];
            int left = Math.Max(0, (int)word.Left - CropMargin), top = Math.Max(0, (int)word.Top - CropMargin);
            string crop = $"{prefix}-blob-{crops.Count}.pgm";
            File.WriteAllBytes(crop, page.Crop(left, top, (int)Math.Ceiling(word.Right) + CropMargin, (int)Math.Ceiling(word.Top + word.Height) + CropMargin, CropBorder));
            crops.Add(crop);
            origins.Add((left - CropBorder, top - CropBorder));
        }
        string list = $"{prefix}-blobs.txt";
        File.WriteAllLines(list, crops);
        var found = OcrWords.OnCrops(origins, ExternalProgram.Run("tesseract", [list, "stdout", "-l", "chi_sim", "--psm", "11", "tsv"], cancellation));
        foreach (var crop in crops) File.Delete(crop);
        File.Delete(list);
        // Each blob's crop, by the blob's place among the words.
        var cropOf = blobs.Select((index, k) => (index, k)).ToDictionary(b => b.index, b => b.k);
        return [.. words.SelectMany((word, i) => cropOf.TryGetValue(i, out int k) && found[k].Count > 0 ? found[k] : [word])];
    }

    /// <summary>
    /// The words read less surely than <see cref="OcrReading.ConfidentAt"/> read again, each on its own crop as one
    /// line of text (a figure with a digit-only character set), one Tesseract run for the figures and one for the
    /// rest, with the Chinese model alone; a word keeps the second reading when it is sure, or when it is Chinese
    /// where the page's pass read letters (<see cref="OcrWords.Reread"/>). The page's context misleads Tesseract on a
    /// few words (万元, read "AT,") that it reads right alone.
    /// </summary>
    private IReadOnlyList<OcrWord> ReadUnsureAgain(IReadOnlyList<OcrWord> words, GreyImage page, string prefix, CancellationToken cancellation)
    {
        var result = words.ToList();
        foreach (bool figures in new[] { true, false })
        {
            var unsure = Enumerable.Range(0, result.Count).Where(i => result[i].Confidence < OcrReading.ConfidentAt && result[i].IsFigure == figures).ToList();
            if (unsure.Count == 0) continue;
            var crops = new List<string>();
            foreach (int i in unsure)
            {
                var word = result[i];
                string crop = $"{prefix}-{figures}-{crops.Count}.pgm";
                File.WriteAllBytes(crop, page.Crop((int)word.Left - CropMargin, (int)word.Top - CropMargin,
                    (int)Math.Ceiling(word.Right) + CropMargin, (int)Math.Ceiling(word.Top + word.Height) + CropMargin, CropBorder));
                crops.Add(crop);
            }
            string list = $"{prefix}-{figures}.txt";
            File.WriteAllLines(list, crops);
            string[] digitsOnly = figures ? ["-c", "tessedit_char_whitelist=0123456789.,-"] : [];
            string tsv = ExternalProgram.Run("tesseract", [list, "stdout", "-l", "chi_sim", "--psm", "7", .. digitsOnly, "tsv"], cancellation);
            var again = OcrWords.Reread([.. unsure.Select(i => result[i])], tsv);
            for (int k = 0; k < unsure.Count; k++) result[unsure[k]] = again[k];
            foreach (var crop in crops) File.Delete(crop);
            File.Delete(list);
        }
        return result;
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string? FindMissing()
    {
        var absent = ExternalProgram.Absent("pdftoppm", "tesseract");
        if (absent.Count > 0) return $"{string.Join(" and ", absent)} not found (install poppler-utils, tesseract-ocr and tesseract-ocr-chi-sim)";
        try
        {
            return ExternalProgram.Run("tesseract", ["--list-langs"], CancellationToken.None).Contains("chi_sim", StringComparison.Ordinal)
                ? null : "Tesseract has no chi_sim language data (install tesseract-ocr-chi-sim)";
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            return $"tesseract does not run: {e.Message}";
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is the system's to clean.
        }
    }
}
