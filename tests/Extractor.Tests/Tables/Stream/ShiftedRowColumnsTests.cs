using Extractor.Tables.Stream;
using static Extractor.Tests.Tables.Stream.BuiltLines;

namespace Extractor.Tests.Tables.Stream;

/// <summary>A row whose figures stand in the gutters of every other row's columns is joined to those columns.</summary>
public sealed class ShiftedRowColumnsTests
{
    // Round BO's Foshan: 年初预算数 | 调整预算数 | 决算数, the rows' figures right-aligned at 300, 425 and 525, the 合计 row's
    // centred in their cells, the first two ending 60 and 70 points before the others'.
    private static readonly ChunkedLine[] Body =
    [
        Line(100, (50, "合计"), RightAt(240, "3,176.10"), RightAt(355, "3,366.49"), RightAt(525, "3,324.54")),
        Line(114, (50, "208"), RightAt(300, "3,064.47"), RightAt(425, "3,253.59"), RightAt(525, "3,213.05")),
        Line(128, (50, "20802"), RightAt(300, "897.31"), RightAt(425, "930.16"), RightAt(525, "905.46")),
        Line(142, (50, "2080201"), RightAt(300, "478.94"), RightAt(425, "478.19"), RightAt(525, "453.49")),
    ];

    [Fact]
    public void Joins_each_figure_of_a_row_set_off_its_columns_to_the_column_beside_it()
    {
        // The gutters cut a column for each of the 合计 row's first two figures, at 150|245 and 305|360.
        var edges = ShiftedRowColumns.Joined([40, 150, 245, 305, 360, 430, 530], [.. Body.Select(l => l.Line.Glyphs)]);

        Assert.Equal([40, 150, 305, 430, 530], edges);
    }

    [Fact]
    public void Keeps_a_single_column_filled_by_one_row_alone()
    {
        // One project beside the basic expenditure: 项目支出 holds that row's figure alone, and it is a column of its own.
        ChunkedLine[] body =
        [
            Line(100, (50, "2080201"), RightAt(300, "478.94")),
            Line(114, (50, "2080202"), RightAt(300, "78.94")),
            Line(128, (50, "2080208"), RightAt(400, "143.28")),
            Line(142, (50, "2080250"), RightAt(300, "275.09")),
        ];

        var edges = ShiftedRowColumns.Joined([40, 200, 310, 410], [.. body.Select(l => l.Line.Glyphs)]);

        Assert.Equal([40, 200, 310, 410], edges);
    }
}
