using Extractor.Layout;

namespace Extractor.Tables.Lattice;

/// <summary>
/// Turns the page's ruling fragments into whole rules: fragments on the same line (within a snap
/// tolerance) that touch or nearly touch are joined. Word and WPS draw a bordered cell as separate thin
/// rectangles per edge, so one printed rule is often dozens of fragments with hairline gaps.
/// </summary>
public static class RulingMerger
{
    /// <summary>Rules whose positions differ by less than this are the same line (double borders, jitter).</summary>
    public const double SnapTolerance = 2.0;

    /// <summary>Fragments separated by a gap smaller than this along the line are joined.</summary>
    private const double JoinGap = 3.0;

    /// <summary>What is left shorter than this after joining is a dot or a corner square, not a rule.</summary>
    private const double MinLength = 3.0;

    public static IReadOnlyList<RulingLine> Merge(IEnumerable<RulingLine> fragments)
    {
        var merged = new List<RulingLine>();
        foreach (var orientation in new[] { RulingOrientation.Horizontal, RulingOrientation.Vertical })
        {
            var sorted = fragments.Where(r => r.Orientation == orientation).OrderBy(r => r.Position).ToList();
            int i = 0;
            while (i < sorted.Count)
            {
                int j = i;
                while (j + 1 < sorted.Count && sorted[j + 1].Position - sorted[i].Position <= SnapTolerance) j++;
                merged.AddRange(JoinAlong(sorted.GetRange(i, j - i + 1), orientation));
                i = j + 1;
            }
        }
        return merged;
    }

    private static IEnumerable<RulingLine> JoinAlong(List<RulingLine> sameLine, RulingOrientation orientation)
    {
        double position = sameLine.Average(r => r.Position);
        double thickness = sameLine.Max(r => r.Thickness);
        var bySpan = sameLine.OrderBy(r => r.Start).ToList();
        double start = bySpan[0].Start, end = bySpan[0].End;
        foreach (var fragment in bySpan.Skip(1))
        {
            if (fragment.Start <= end + JoinGap)
            {
                end = Math.Max(end, fragment.End);
                continue;
            }
            if (end - start >= MinLength) yield return new RulingLine(orientation, position, start, end, thickness);
            (start, end) = (fragment.Start, fragment.End);
        }
        if (end - start >= MinLength) yield return new RulingLine(orientation, position, start, end, thickness);
    }
}
