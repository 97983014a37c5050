using System.Text.RegularExpressions;
using Extractor.Layout;

namespace Extractor.Tables;

/// <summary>
/// Glyphs of one row set without a gap (<see cref="ColumnGutters.Runs"/>), left to right, and the x extent
/// they cover: from the first one's start to the furthest end reached so far on the row.
/// </summary>
internal sealed partial record GlyphRun(IReadOnlyList<Glyph> Glyphs, double Start, double End)
{
    /// <summary>The run's text, its glyphs' letters in order.</summary>
    public string Text => string.Concat(Glyphs.Select(g => g.Text));

    /// <summary>A year or a fiscal year as a heading prints it: 2023, 2019-20, 2019/2020.</summary>
    public bool IsYear => YearHeading().IsMatch(Text);

    [GeneratedRegex(@"^(?:19|20)\d\d(?:[-/–](?:\d\d|(?:19|20)\d\d))?$")]
    internal static partial Regex YearHeading();

    /// <summary>Every glyph from the text layer, none read by OCR (whose word boxes are only as exact as the recogniser's).</summary>
    public bool IsPrinted => Glyphs.All(g => g.OcrConfidence is null);

    /// <summary>A count or an amount: digits, with group separators, a decimal point, a sign or a percent.</summary>
    public bool IsFigure => Glyphs.Any(g => CjkText.IsDigit(g.First))
        && Glyphs.All(g => CjkText.IsDigit(g.First) || g.First is ',' or '.' or '-' or '+' or '%');
}
