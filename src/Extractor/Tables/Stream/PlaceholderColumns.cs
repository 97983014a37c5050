using Extractor.Layout;

namespace Extractor.Tables.Stream;

/// <summary>
/// A column of an unruled table whose figures are right-aligned while its empty cells print a dash centred under the heading
/// (— for nothing, round AE's Jilin): the dashes stand apart from the figures, and the gutter between them would cut the
/// column in two, its heading over the dashes and its figures in a column of their own. An edge is dropped where one of the
/// two columns beside it holds nothing but such placeholders and no row fills both.
/// </summary>
internal static class PlaceholderColumns
{
    /// <summary>The edges without those that cut a column's placeholders from its figures.</summary>
    public static List<double> Joined(List<double> edges, IReadOnlyList<IReadOnlyList<Glyph>> bodyLines)
    {
        var joined = new List<double>(edges);
        for (int k = joined.Count - 2; k >= 1; k--)
        {
            var left = bodyLines.Select(line => CellText(line, joined[k - 1], joined[k])).ToList();
            var right = bodyLines.Select(line => CellText(line, joined[k], joined[k + 1])).ToList();
            bool complementary = left.Zip(right).All(p => p.First.Length == 0 || p.Second.Length == 0);
            if (complementary && (OnlyPlaceholders(left) || OnlyPlaceholders(right))) joined.RemoveAt(k);
        }
        return joined;
    }

    /// <summary>A line's printed text whose glyphs' centres fall between two edges.</summary>
    internal static string CellText(IReadOnlyList<Glyph> line, double from, double to) =>
        string.Concat(line.Where(g => !g.IsWhitespace && g.Box.CenterX >= from && g.Box.CenterX < to).Select(g => g.Text));

    /// <summary>Whether a column's cells print nothing but dashes for nothing (<see cref="PrintedNumber.IsDash"/>), one at least.</summary>
    private static bool OnlyPlaceholders(List<string> cells) =>
        cells.Any(c => c.Length > 0) && cells.All(c => c.Length == 0 || PrintedNumber.IsDash(c));
}
