namespace Extractor.Layout;

/// <summary>
/// Removes "fake bold" duplicates: the same letter printed again a fraction of a point away. Without this,
/// bold headers come out as 合合计计.
/// </summary>
public static class OverprintFilter
{
    // A real neighbour of the same letter sits at least its own advance away (≥ a quarter em for any
    // glyph); overprints sit within a point or two.
    private const double MaxOffsetEm = 0.2;
    private const double MaxOffsetPoints = 2.0;
    private const double Cell = MaxOffsetPoints;

    public static IReadOnlyList<Glyph> RemoveDuplicates(IReadOnlyList<Glyph> glyphs)
    {
        var kept = new List<Glyph>(glyphs.Count);
        var index = new Dictionary<(string, int, int), List<Glyph>>();
        foreach (var glyph in glyphs)
        {
            int cx = (int)Math.Floor(glyph.StartX / Cell), cy = (int)Math.Floor(glyph.Baseline / Cell);
            if (!glyph.IsWhitespace && HasTwin(index, glyph, cx, cy)) continue;
            kept.Add(glyph);
            var key = (glyph.Text, cx, cy);
            if (!index.TryGetValue(key, out var bucket)) index[key] = bucket = [];
            bucket.Add(glyph);
        }
        return kept;
    }

    private static bool HasTwin(Dictionary<(string, int, int), List<Glyph>> index, Glyph glyph, int cx, int cy)
    {
        double tolerance = Math.Min(MaxOffsetPoints, MaxOffsetEm * glyph.FontSize);
        for (int dx = -1; dx <= 1; dx++)
        for (int dy = -1; dy <= 1; dy++)
        {
            if (!index.TryGetValue((glyph.Text, cx + dx, cy + dy), out var bucket)) continue;
            foreach (var other in bucket)
                if (Math.Abs(other.StartX - glyph.StartX) <= tolerance && Math.Abs(other.Baseline - glyph.Baseline) <= tolerance)
                    return true;
        }
        return false;
    }
}
