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

    [Theory]
    // Round AX's Zhejiang 支出决算表: the headings set 6 points apart read as one run; the last two head columns the body
    // leaves blank. In Chinese they part into their columns; Latin words parted by spaces stay one heading.
    [InlineData("基本支出", "项目支出", "经营支出", "其他支出")]
    [InlineData("Basic", "Project", "Trading", "Other")]
    public void Headings_set_close_in_one_run_part_over_blank_columns_in_chinese_only(string basic, string project, string trading, string other)
    {
        bool chinese = basic == "基本支出";
        var table = StreamExtractor.Extract(
        [
            Line(90, (50, "科目编码"), (110, "科目名称"), (200, "合计"), (218, basic), (248, project), (278, trading), (308, other)),
            Line(104, (50, "208"), (110, "社会保障"), RightAt(212, "6.2"), RightAt(242, "6.2")),
            Line(118, (50, "213"), (110, "农林水"), RightAt(212, "9.5"), RightAt(242, "4.3"), RightAt(272, "5.2")),
        ], [], 1);

        Assert.Equal(chinese ? 7 : 5, table.ColumnCount);
        if (chinese) Assert.Equal(["科目编码", "科目名称", "合计", "基本支出", "项目支出", "经营支出", "其他支出"], Texts(table.Grid[0]));
        Assert.Equal(["213", "农林水", "9.5", "4.3", "5.2"], Texts(table.Grid[2]).Take(5));
    }

    [Fact]
    public void A_blank_columns_heading_beside_two_headings_run_together_heads_its_own_column()
    {
        // Round DR's Hebei 支出决算表: 基本支出项目支出 set as one run over their figures, 上缴支出 beside them over nothing.
        var table = StreamExtractor.Extract(
        [
            Line(90, (50, "科目编码"), (110, "科目名称"), (188, "合计"), (218, "基本支出"), (248, "项目支出"), (290, "上缴支出")),
            Line(104, (50, "208"), (110, "社会保障"), RightAt(212, "6.2"), RightAt(242, "6.2"), RightAt(272, "0.0")),
            Line(118, (50, "213"), (110, "农林水"), RightAt(212, "9.5"), RightAt(242, "4.3"), RightAt(272, "5.2")),
        ], [], 1);

        Assert.Equal(["科目编码", "科目名称", "合计", "基本支出", "项目支出", "上缴支出"], Texts(table.Grid[0]));
        Assert.Equal(["213", "农林水", "9.5", "4.3", "5.2", ""], Texts(table.Grid[2]));
    }
}
