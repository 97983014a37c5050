namespace Extractor.Tables;

/// <summary>Ascending cell edges (a grid's column or row boundaries), and which interval between them holds a position.</summary>
internal static class SortedEdges
{
    /// <summary>The interval of <paramref name="edges"/> that holds <paramref name="value"/>, or -1 outside.</summary>
    public static int Slot(IReadOnlyList<double> edges, double value)
    {
        if (value < edges[0] || value > edges[^1]) return -1;
        int lo = 0, hi = edges.Count - 2;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (edges[mid] <= value) lo = mid; else hi = mid - 1;
        }
        return lo;
    }
}
