using System.Globalization;
using System.Text.RegularExpressions;

namespace Extractor.Layout.Ocr;

/// <summary>Tesseract's orientation and script detection (<c>--psm 0</c>) as the turn that stands a page upright.</summary>
public static partial class OrientationReport
{
    /// <summary>
    /// Below this orientation confidence Tesseract's guess is no better than chance (a page of figures, a near-empty
    /// page); the page is read as it is.
    /// </summary>
    private const double MinConfidence = 1;

    /// <summary>The quarter turns clockwise (0 to 3) the report's "Rotate:" asks for, 0 when it is unsure or says nothing.</summary>
    public static int QuarterTurns(string report)
    {
        var rotate = RotateLine().Match(report);
        var confidence = ConfidenceLine().Match(report);
        if (!rotate.Success || !confidence.Success
            || double.Parse(confidence.Groups[1].Value, CultureInfo.InvariantCulture) < MinConfidence) return 0;
        return int.Parse(rotate.Groups[1].Value, CultureInfo.InvariantCulture) / 90 % 4;
    }

    [GeneratedRegex(@"^Rotate: (0|90|180|270)\s*$", RegexOptions.Multiline)]
    private static partial Regex RotateLine();

    [GeneratedRegex(@"^Orientation confidence: (\d+(?:\.\d+)?)\s*$", RegexOptions.Multiline)]
    private static partial Regex ConfidenceLine();
}
