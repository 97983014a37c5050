using System.Text.RegularExpressions;
using Extractor.Layout;

namespace Extractor.Tables;

/// <summary>A text line with its cell chunks, as the stream method sees it.</summary>
public sealed record ChunkedLine(TextLine Line, IReadOnlyList<TextChunk> Chunks)
{
    public Box Box => Line.Box;
    public bool HasAmount => Chunks.Any(c => TableShape.IsAmount(c.Text));
}

/// <summary>
/// Finds the regions of a page where text is set in columns: runs of lines cut into two or more chunks,
/// with the short lines between them (wrapped cells, one-cell rows), stopping at a wide vertical gap, a
/// full-width line of running text, or a caption line (填报单位 / 单位：万元) that belongs above a table.
/// </summary>
public static partial class StreamZoneFinder
{
    /// <summary>A gap between lines wider than this many line heights ends a table.</summary>
    private const double MaxRowGapLines = 3.0;

    /// <summary>A one-chunk line wider than this share of the table is running text, not a cell.</summary>
    private const double MaxCellLineShare = 0.6;

    // 填报单位：X   单位：万元 / 编制部门：X / 部门：X / 单位：元 — the lines that introduce a table.
    [GeneratedRegex(@"^(?:填报单位|编制单位|编制部门|预算单位|部\s*门|单\s*位|金额单位|计量单位)\s*[:：]|单位\s*[:：]\s*(?:万元|元|人|个)\s*$")]
    private static partial Regex CaptionLine();

    public static bool IsCaption(TextLine line) => CaptionLine().IsMatch(line.Text.Trim());

    public static IReadOnlyList<IReadOnlyList<ChunkedLine>> Find(IReadOnlyList<TextLine> lines)
    {
        var chunked = lines.OrderBy(l => l.Box.Top).Select(l => new ChunkedLine(l, TextChunk.Split(l))).ToList();
        var zones = new List<IReadOnlyList<ChunkedLine>>();
        int i = 0;
        while (i < chunked.Count)
        {
            if (!IsRow(chunked[i]))
            {
                i++;
                continue;
            }
            int last = i;
            var zoneBox = chunked[i].Box;
            for (int j = i + 1; j < chunked.Count; j++)
            {
                var line = chunked[j];
                double height = Math.Max(line.Line.FontSize, chunked[last].Line.FontSize);
                double gap = line.Box.Top - chunked[last].Box.Bottom;
                if (gap > MaxRowGapLines * height || IsCaption(line.Line)) break;
                bool cellLine = IsRow(line)
                    || (line.Box.Width <= MaxCellLineShare * Math.Max(zoneBox.Width, line.Box.Width) && gap <= 1.5 * height);
                if (!cellLine) break;
                last = j;
                zoneBox = zoneBox.Union(line.Box);
            }
            var zone = chunked.GetRange(i, last - i + 1);
            if (zone.Count(IsRow) >= 2) zones.Add(zone);
            i = last + 1;
        }
        return zones;
    }

    private static bool IsRow(ChunkedLine line) => line.Chunks.Count >= 2 && !IsCaption(line.Line);
}
