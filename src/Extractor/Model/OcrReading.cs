namespace Extractor.Model;

/// <summary>
/// How a figure read by OCR was read (<c>source</c> is always <c>ocr</c>; a figure of the text layer carries no
/// reading): the confidence, 0 to 100, Tesseract gave the least sure word the figure is made of. A finding on a
/// figure read less surely than <see cref="ConfidentAt"/> is a warning, not an error.
/// </summary>
public sealed record OcrReading(int Confidence)
{
    public const string OcrSource = "ocr";

    /// <summary>
    /// The least confidence at which an OCR'd word counts as read surely: a less sure word is read again on its own
    /// crop, and a finding on a figure still read less surely is a warning. Calibrated on the two scans of the corpus
    /// (EVALUATION.md, "Per-figure OCR confidence"): the figures of their planted inconsistencies are read at 87 and
    /// above; the one false finding left by the table check has a figure read at 70.
    /// </summary>
    public const int ConfidentAt = 80;

    public string Source => OcrSource;

    /// <summary>The reading of the least sure of <paramref name="confidences"/> (Tesseract's, fractional), or null when there is none.</summary>
    public static OcrReading? Least(IEnumerable<double> confidences) =>
        confidences.DefaultIfEmpty(double.NaN).Min() is var least && double.IsNaN(least) ? null : new OcrReading((int)Math.Floor(least));
}
