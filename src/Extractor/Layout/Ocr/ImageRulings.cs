namespace Extractor.Layout.Ocr;

/// <summary>
/// The ruling lines of a page image (a scan has no vector paths): long horizontal and vertical runs of dark
/// pixels, as the <see cref="RulingLine"/>s the text layer's paths give, in points from the page's top left, so that
/// the table finder reads a scanned ruled table as it reads a drawn one.
/// </summary>
public static class ImageRulings
{
    /// <summary>A pixel darker than this is ink.</summary>
    internal const byte DarkBelow = 128;

    /// <summary>
    /// A run shorter than this (points) is no rule: about three characters of body text or two of a title, longer
    /// than any stroke of a character, even with its neighbours' strokes joined across a bridged gap.
    /// </summary>
    private const double MinLength = 36;

    /// <summary>
    /// Breaks in a run up to this long (points) are bridged: a scanned rule loses pixels. Wider breaks, as between
    /// the dots of a leader or the dashes of a dashed line, end it.
    /// </summary>
    private const double MaxGap = 1;

    /// <summary>At least this share of a bridged run is ink: a row through a line of text is mostly paper.</summary>
    private const double MinInkShare = 0.9;

    /// <summary>A band of runs thicker than this (points) is a painted area (a shaded cell), as in <see cref="RulingCollector"/>.</summary>
    private const double MaxThickness = 3;

    /// <param name="image">The page image, straight (see <see cref="Skew"/>).</param>
    /// <param name="pointsPerPixel">72 ÷ the resolution the page was rendered at.</param>
    public static IReadOnlyList<RulingLine> Find(GreyImage image, double pointsPerPixel)
    {
        int minLength = (int)Math.Ceiling(MinLength / pointsPerPixel), maxGap = Math.Max(1, (int)(MaxGap / pointsPerPixel));
        int maxThickness = Math.Max(1, (int)Math.Round(MaxThickness / pointsPerPixel));
        var horizontal = Bands(image, minLength, maxGap, maxThickness);
        var vertical = Bands(image.Transposed(), minLength, maxGap, maxThickness);
        return [.. horizontal.Select(b => b.Ruling(RulingOrientation.Horizontal, pointsPerPixel)),
            .. vertical.Select(b => b.Ruling(RulingOrientation.Vertical, pointsPerPixel))];
    }

    /// <summary>
    /// The image with its rules painted over in white, a pixel of margin either side: Tesseract reads a ruled grid's
    /// rules as letters ('|', '[', '一') glued to the figures of its cells, and read every grid table of the scanned
    /// rounds as noise (word confidence 37 to 56 on their pages against 88 to 94 on three-line tables of the same
    /// scans). The rules themselves are kept as the page's ruling lines.
    /// </summary>
    public static GreyImage Erased(GreyImage image, IReadOnlyList<RulingLine> rules, double pointsPerPixel)
    {
        var boxes = rules.Select(rule =>
        {
            int across = (int)Math.Round((rule.Position - rule.Thickness / 2) / pointsPerPixel) - EraseMargin;
            int acrossEnd = (int)Math.Round((rule.Position + rule.Thickness / 2) / pointsPerPixel) + EraseMargin;
            int along = (int)Math.Floor(rule.Start / pointsPerPixel) - EraseMargin, alongEnd = (int)Math.Ceiling(rule.End / pointsPerPixel) + EraseMargin;
            return rule.Orientation == RulingOrientation.Horizontal
                ? (Left: along, Top: across, Right: alongEnd, Bottom: acrossEnd)
                : (Left: across, Top: along, Right: acrossEnd, Bottom: alongEnd);
        });
        return image.Painted(boxes);
    }

    /// <summary>Pixels whitened on each side of a rule beyond its band: a scanned rule's edge is a pixel of grey.</summary>
    private const int EraseMargin = 1;

    /// <summary>A run of ink along one pixel line (a row, or a column), its ends inclusive.</summary>
    private readonly record struct Run(int Line, int Start, int End);

    /// <summary>Runs on neighbouring pixel lines over the same stretch: one rule, as thick as its lines.</summary>
    private sealed class Band(Run first)
    {
        public int FirstLine { get; } = first.Line;
        public int LastLine { get; private set; } = first.Line;
        public int Start { get; private set; } = first.Start;
        public int End { get; private set; } = first.End;

        /// <summary>Whether the run continues the band: on the next line, over most of the shorter of the two.</summary>
        public bool Takes(Run run) =>
            run.Line == LastLine + 1 && Math.Min(End, run.End) - Math.Max(Start, run.Start) >= 0.5 * Math.Min(End - Start, run.End - run.Start);

        public void Add(Run run)
        {
            LastLine = run.Line;
            Start = Math.Min(Start, run.Start);
            End = Math.Max(End, run.End);
        }

        public int Thickness => LastLine - FirstLine + 1;

        public RulingLine Ruling(RulingOrientation orientation, double pointsPerPixel) =>
            new(orientation, (FirstLine + LastLine + 1) / 2.0 * pointsPerPixel, Start * pointsPerPixel, (End + 1) * pointsPerPixel, Thickness * pointsPerPixel);
    }

    /// <summary>The bands of long runs, row by row (the columns of a transposed image), leaving out those too thick to be a rule.</summary>
    private static List<Band> Bands(GreyImage image, int minLength, int maxGap, int maxThickness)
    {
        var open = new List<Band>();
        var done = new List<Band>();
        for (int line = 0; line < image.Height; line++)
        {
            var next = new List<Band>();
            foreach (var run in Runs(line, image.Row(line), minLength, maxGap))
            {
                var band = open.FirstOrDefault(b => b.Takes(run));
                if (band is null) band = new Band(run);
                else
                {
                    open.Remove(band);
                    band.Add(run);
                }
                next.Add(band);
            }
            done.AddRange(open);
            open = next;
        }
        done.AddRange(open);
        return [.. done.Where(b => b.Thickness <= maxThickness).OrderBy(b => b.FirstLine)];
    }

    /// <summary>The runs of ink on one row at least <paramref name="minLength"/> long, breaks of up to <paramref name="maxGap"/> bridged.</summary>
    private static List<Run> Runs(int line, ReadOnlySpan<byte> row, int minLength, int maxGap)
    {
        var runs = new List<Run>();
        int at = 0;
        while (at < row.Length)
        {
            if (row[at] >= DarkBelow)
            {
                at++;
                continue;
            }
            int start = at, end = at, ink = 0;
            while (at < row.Length && at - end <= maxGap + 1)
            {
                if (row[at] < DarkBelow)
                {
                    end = at;
                    ink++;
                }
                at++;
            }
            if (end - start + 1 >= minLength && ink >= MinInkShare * (end - start + 1)) runs.Add(new Run(line, start, end));
            at = end + 1;
        }
        return runs;
    }
}
