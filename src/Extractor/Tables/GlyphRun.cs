using Extractor.Layout;

namespace Extractor.Tables;

/// <summary>
/// Glyphs of one row set without a gap (<see cref="ColumnGutters.Runs"/>), left to right, and the x extent
/// they cover: from the first one's start to the furthest end reached so far on the row.
/// </summary>
internal sealed record GlyphRun(IReadOnlyList<Glyph> Glyphs, double Start, double End)
{
    /// <summary>A count or an amount: digits, with group separators, a decimal point, a sign or a percent.</summary>
    public bool IsFigure => Glyphs.Any(g => CjkText.IsDigit(g.First))
        && Glyphs.All(g => CjkText.IsDigit(g.First) || g.First is ',' or '.' or '-' or '+' or '%');
}
