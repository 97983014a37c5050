namespace Extractor.Layout.Ocr;

/// <summary>
/// How far a page image is tilted, by projection profiles: the ink is summed along lines of each candidate slope,
/// and the slope along which text lines and rules fall into the fewest, fullest bins (the sum of the squared bin
/// counts at its highest) is the page's. A scan fed askew by a degree or two shifts a row of a wide table by
/// several line heights from one end to the other, which sets its figures on the wrong rows.
/// </summary>
public static class Skew
{
    /// <summary>The tilts looked for (degrees, either way): a sheet fed askew, not a page turned.</summary>
    public const double MaxDegrees = 3;

    /// <summary>A page tilted by less than this (degrees) is read as it is: a row 700 points wide drops 1.2 points.</summary>
    public const double StraightenFrom = 0.1;

    /// <summary>The coarse search's step, and the fine search's around the best coarse angle (degrees).</summary>
    private const double CoarseStep = 0.2, FineStep = 0.02;

    /// <summary>
    /// The page's tilt in degrees, positive when its lines fall to the right (y runs down); 0 for a page without ink.
    /// </summary>
    public static double Degrees(GreyImage image)
    {
        var ink = Ink(image);
        if (ink.Count == 0) return 0;
        double coarse = Best(ink, image.Width, image.Height, Steps(-MaxDegrees, MaxDegrees, CoarseStep));
        return Best(ink, image.Width, image.Height, Steps(coarse - CoarseStep, coarse + CoarseStep, FineStep));
    }

    /// <summary>
    /// The ink pixels of every second column: the profiles need the distribution of the ink, not every pixel of it.
    /// Every row is kept: bins of sampled rows only would favour the angle that keeps them apart (none).
    /// </summary>
    private static List<(int X, int Y)> Ink(GreyImage image)
    {
        var ink = new List<(int, int)>();
        for (int y = 0; y < image.Height; y++)
        {
            var row = image.Row(y);
            for (int x = 0; x < row.Length; x += 2)
                if (row[x] < ImageRulings.DarkBelow) ink.Add((x, y));
        }
        return ink;
    }

    private static IEnumerable<double> Steps(double from, double to, double step)
    {
        int count = (int)Math.Round((to - from) / step);
        return Enumerable.Range(0, count + 1).Select(i => from + i * step);
    }

    /// <summary>
    /// The angle among <paramref name="angles"/> whose profile is sharpest. Neighbouring angles may tie: ink a
    /// pixel row high falls into the same bins over a range of angles as wide as a pixel over the page's width; the
    /// middle of the tied ones is taken.
    /// </summary>
    private static double Best(List<(int X, int Y)> ink, int width, int height, IEnumerable<double> angles)
    {
        var scores = angles.Select(angle => (Angle: angle, Score: Sharpness(ink, width, height, angle))).ToList();
        double best = scores.Max(s => s.Score);
        return scores.Where(s => s.Score == best).Average(s => s.Angle);
    }

    /// <summary>
    /// The sum of the squared counts of ink in bins one pixel row high, along lines falling by the angle (for a few
    /// degrees, a shear is as good as a turn).
    /// </summary>
    private static double Sharpness(List<(int X, int Y)> ink, int width, int height, double degrees)
    {
        double slope = Math.Tan(degrees * Math.PI / 180);
        // A line falling by the slope from the left edge reaches the bins below the image, rising ones above it.
        int reach = (int)Math.Ceiling(Math.Abs(slope) * width) + 1;
        var bins = new int[height + 2 * reach];
        foreach (var (x, y) in ink) bins[(int)Math.Round(y - x * slope) + reach]++;
        double sum = 0;
        foreach (int count in bins) sum += (double)count * count;
        return sum;
    }
}
