using System.Globalization;
using System.Text.RegularExpressions;

namespace Extractor.Layout.Ocr;

/// <summary>
/// How a scanned page's image was turned before OCR read it: first by quarter turns clockwise to stand it upright,
/// then back by the tilt it was fed with (degrees, clockwise positive). The page's boxes are those of the turned
/// image, so a picture of the page as scanned is turned the same way to lie under them.
/// </summary>
public readonly record struct ScanTurn(int QuarterTurns, double Tilt)
{
    private const string Clockwise = "clockwise", Anticlockwise = "anticlockwise";

    /// <summary>The turn as the page's <c>ocr_page</c> note states it (empty when the page was read as scanned).</summary>
    public string Stated()
    {
        string upright = QuarterTurns == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $", its image turned {QuarterTurns * 90}° {Clockwise} to stand upright");
        string straightened = Tilt == 0 ? ""
            : string.Create(CultureInfo.InvariantCulture, $", its image tilted {Math.Abs(Tilt):0.00}° {(Tilt > 0 ? Clockwise : Anticlockwise)} and straightened");
        return upright + straightened;
    }

    /// <summary>The turn a page's <c>ocr_page</c> note states (<see cref="Stated"/>); none when it states none.</summary>
    public static ScanTurn FromNote(string note)
    {
        var upright = Regex.Match(note, $@"turned (?<degrees>90|180|270)° {Clockwise} to stand upright");
        var tilt = Regex.Match(note, $@"tilted (?<degrees>\d+(?:\.\d+)?)° (?<direction>{Anticlockwise}|{Clockwise}) and straightened");
        return new ScanTurn(
            upright.Success ? int.Parse(upright.Groups["degrees"].Value, CultureInfo.InvariantCulture) / 90 : 0,
            tilt.Success ? double.Parse(tilt.Groups["degrees"].Value, CultureInfo.InvariantCulture) * (tilt.Groups["direction"].Value == Clockwise ? 1 : -1) : 0);
    }
}
