namespace Extractor.Model;

/// <summary>
/// How a figure read by OCR was read (<c>source</c> is always <c>ocr</c>; a figure of the text layer carries no
/// reading): the confidence, 0 to 100, Tesseract gave the least sure word the figure is made of. A finding on a
/// figure read less surely than <see cref="Validation.UncertainReading.ConfidentOcr"/> is a warning, not an error.
/// </summary>
public sealed record OcrReading(int Confidence)
{
    public const string OcrSource = "ocr";

    public string Source => OcrSource;

    /// <summary>The reading of the least sure of <paramref name="confidences"/> (Tesseract's, fractional), or null when there is none.</summary>
    public static OcrReading? Least(IEnumerable<double> confidences) =>
        confidences.DefaultIfEmpty(double.NaN).Min() is var least && double.IsNaN(least) ? null : new OcrReading((int)Math.Floor(least));
}
