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
        var lastInCell = new Dictionary<long, int>(glyphs.Count);
        var previousInCell = new int[glyphs.Count];
        foreach (var glyph in glyphs)
        {
            int textHash = glyph.Text.GetHashCode(StringComparison.Ordinal);
            if (!glyph.IsWhitespace && HasTwin(kept, lastInCell, previousInCell, glyph, textHash)) continue;
            long key = CellKey(textHash, CellOf(glyph.StartX), CellOf(glyph.Baseline));
            previousInCell[kept.Count] = lastInCell.TryGetValue(key, out int last) ? last : EndOfChain;
            lastInCell[key] = kept.Count;
            kept.Add(glyph);
        }
        return kept;
    }

    private static int CellOf(double coordinate) => (int)Math.Floor(coordinate / Cell);

    /// <summary>
    /// A letter's hash and its cell in one key. Cells far apart may share a key (their numbers are cut to 16 bits): they then share a
    /// chain, whose glyphs are still told apart by their place.
    /// </summary>
    private static long CellKey(int textHash, int cx, int cy) => ((long)textHash << 32) | ((long)(ushort)cx << 16) | (ushort)cy;

    /// <summary>
    /// Whether a kept glyph of the same letter lies within the tolerance. The tolerance is never more than a cell, so only the cells
    /// the tolerance reaches on each axis (two at most, not the nine around the glyph's) can hold one.
    /// </summary>
    private static bool HasTwin(List<Glyph> kept, Dictionary<long, int> lastInCell, int[] previousInCell, Glyph glyph, int textHash)
    {
        double tolerance = Math.Min(MaxOffsetPoints, MaxOffsetEm * glyph.FontSize);
        int firstX = CellOf(glyph.StartX - tolerance), lastX = CellOf(glyph.StartX + tolerance);
        int firstY = CellOf(glyph.Baseline - tolerance), lastY = CellOf(glyph.Baseline + tolerance);
        for (int x = firstX; x <= lastX; x++)
        for (int y = firstY; y <= lastY; y++)
        {
            if (!lastInCell.TryGetValue(CellKey(textHash, x, y), out int at)) continue;
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
