using Extractor.Tables.Stream;
using static Extractor.Tests.Tables.Stream.BuiltLines;

namespace Extractor.Tests.Tables.Stream;

/// <summary>A column printed blank in the body, split from its neighbour between their headings, where no figure is cut off its own.</summary>
public sealed class BlankColumnSplitTests
{
    [Fact]
    public void A_figure_standing_out_past_its_narrow_heading_stays_in_its_column_beside_a_blank_one()
    {
        // Round AD's Inner Mongolia: 合计 (169–181) over 6.0 right-aligned at 209 (191–209), 因公出国费 (214–244) blank on every row.
        // The widest gap between the two headings lies left of the figure; the split goes right of it.
        var table = StreamExtractor.Extract(
        [
            Line(86, (52, "项目"), (169, "合计"), (214, "因公出国费"), (300, "接待费")),
            Line(100, (52, "2023年预算数"), RightAt(209, "6.0"), RightAt(330, "5.2")),
            Line(114, (52, "2024年预算数"), RightAt(209, "7.7"), RightAt(330, "4.9")),
        ], [], 1);

        Assert.Equal(["项目", "合计", "因公出国费", "接待费"], Texts(table.Grid[0]));
        Assert.Equal(["2023年预算数", "6.0", "", "5.2"], Texts(table.Grid[1]));
        Assert.Equal(["2024年预算数", "7.7", "", "4.9"], Texts(table.Grid[2]));
    }
}
