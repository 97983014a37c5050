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

    /// <summary>No glyph follows in its cell's chain.</summary>
    private const int EndOfChain = -1;

    public static IReadOnlyList<Glyph> RemoveDuplicates(IReadOnlyList<Glyph> glyphs)
    {
        // The kept glyphs indexed by their letter's hash and 2-pt cell: each cell holds the index of its last kept
        // glyph, and each kept glyph the index of the one kept before it in the same cell (a chain through two
        // arrays instead of a list a cell: a page has thousands of cells, most with one glyph). The letter is
        // hashed once a glyph, not at each of the nine cells looked up; letters of equal hash share a chain and
        // are told apart by their text.
        var kept = new List<Glyph>(glyphs.Count);
        var lastInCell = new Dictionary<(int TextHash, int X, int Y), int>(glyphs.Count);
        var previousInCell = new int[glyphs.Count];
        foreach (var glyph in glyphs)
        {
            int cx = (int)Math.Floor(glyph.StartX / Cell), cy = (int)Math.Floor(glyph.Baseline / Cell);
            int textHash = glyph.Text.GetHashCode(StringComparison.Ordinal);
            if (!glyph.IsWhitespace && HasTwin(kept, lastInCell, previousInCell, glyph, textHash, cx, cy)) continue;
            var key = (textHash, cx, cy);
            previousInCell[kept.Count] = lastInCell.TryGetValue(key, out int last) ? last : EndOfChain;
            lastInCell[key] = kept.Count;
            kept.Add(glyph);
        }
        return kept;
    }

    private static bool HasTwin(List<Glyph> kept, Dictionary<(int, int, int), int> lastInCell, int[] previousInCell, Glyph glyph,
        int textHash, int cx, int cy)
    {
        double tolerance = Math.Min(MaxOffsetPoints, MaxOffsetEm * glyph.FontSize);
        for (int dx = -1; dx <= 1; dx++)
        for (int dy = -1; dy <= 1; dy++)
        {
            if (!lastInCell.TryGetValue((textHash, cx + dx, cy + dy), out int at)) continue;
            for (; at != EndOfChain; at = previousInCell[at])
            {
                var other = kept[at];
                if (Math.Abs(other.StartX - glyph.StartX) <= tolerance && Math.Abs(other.Baseline - glyph.Baseline) <= tolerance
                    && string.Equals(other.Text, glyph.Text, StringComparison.Ordinal))
                    return true;
            }
        }
        return false;
    }
}
