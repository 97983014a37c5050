using Extractor.Tables.Stream;
using static Extractor.Tests.Tables.Stream.BuiltLines;

namespace Extractor.Tests.Tables.Stream;

/// <summary>A column whose empty cells print a centred dash beside its right-aligned figures stays one column.</summary>
public sealed class PlaceholderColumnsTests
{
    // Round AE's Jilin: 合计 | 基本支出 | 项目支出, figures right-aligned at 250, 350 and 450, a nothing printed as a dash
    // centred under its heading, ending a point or two before the column's widest figure starts (307 and 395).
    private static readonly ChunkedLine[] Body =
    [
        Line(100, (50, "208"), RightAt(250, "416.59"), RightAt(350, "416.59"), (395, "—")),
        Line(114, (50, "210"), RightAt(250, "2,415.15"), RightAt(350, "815.17"), RightAt(450, "1,599.98")),
        Line(128, (50, "2100408"), RightAt(250, "374.01"), (307, "—"), RightAt(450, "374.01")),
        Line(142, (50, "221"), RightAt(250, "139.05"), RightAt(350, "139.05"), (395, "—")),
    ];

    [Fact]
    public void Drops_the_edge_between_each_column_of_dashes_and_the_figures_beside_it()
    {
        // The gutters cut 基本支出 at 313 and 项目支出 at 401, between the dashes and the figures; 合计 stays apart.
        var edges = PlaceholderColumns.Joined([40, 200, 260, 313, 355, 401, 460], [.. Body.Select(l => l.Line.Glyphs)]);

        Assert.Equal([40, 200, 260, 355, 460], edges);
    }

    [Fact]
    public void Keeps_a_column_of_dashes_beside_a_column_whose_rows_are_filled()
    {
        // 政府性基金 printing — on every row beside 一般公共预算's figures: two columns, each filled on every row.
        var edges = PlaceholderColumns.Joined([40, 260, 340],
            [.. new[] { "416.59", "2,306.69" }.Select((f, i) => Line(100 + 14 * i, RightAt(250, f), (300, "—")).Line.Glyphs)]);

        Assert.Equal([40, 260, 340], edges);
    }
}
