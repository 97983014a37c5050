using Extractor.Layout;
using Extractor.Tables.Stream;
using static Extractor.Tests.Tables.Stream.BuiltLines;

namespace Extractor.Tests.Tables.Stream;

/// <summary>Section headings centred inside an unruled table's body, on small built tables.</summary>
public sealed class SectionHeadingsTests
{
    private static ChunkedLine Row(double baseline, string label, string budget, string actual) =>
        Line(baseline, (50, label), RightAt(300, budget), RightAt(400, actual));

    /// <summary>
    /// An unruled table, Item | Budget | Actual from x 50 to 400, whose body two headings centred at x 225 cut
    /// into regions.
    /// </summary>
    private static List<ChunkedLine> Regions() =>
    [
        Line(100, (50, "Item"), RightAt(300, "Budget"), RightAt(400, "Actual")),
        Line(124, (225 - 45, "Northern region")),
        Row(144, "Roads", "860.00", "912.40"),
        Row(160, "Water", "410.25", "398.00"),
        Line(184, (225 - 45, "Southern region")),
        Row(204, "Roads", "725.50", "760.10"),
        Row(220, "Schools", "2,310.00", "2,296.45"),
    ];

    [Fact]
    public void A_centred_heading_between_blocks_of_rows_is_a_row_of_its_own_in_the_first_column()
    {
        var table = StreamExtractor.Extract(Regions(), [], 1);

        Assert.Equal(1, table.HeaderRows);
        Assert.Equal(3, table.ColumnCount);
        Assert.Equal(["Item", "Budget", "Actual"], Texts(table.Grid[0]));
        Assert.Equal(["Northern region", "", ""], Texts(table.Grid[1]));
        Assert.Equal(["Roads", "860.00", "912.40"], Texts(table.Grid[2]));
        Assert.Equal(["Southern region", "", ""], Texts(table.Grid[4]));
        Assert.Equal(["Schools", "2,310.00", "2,296.45"], Texts(table.Grid[6]));
    }

    [Fact]
    public void A_heading_set_close_over_a_row_does_not_join_it_as_a_wrapped_label()
    {
        var lines = Regions();
        lines[4] = Line(194, (225 - 45, "Southern region"));   // ten points over the row under it

        var table = StreamExtractor.Extract(lines, [], 1);

        Assert.Equal(["Southern region", "", ""], Texts(table.Grid[4]));
        Assert.Equal(["Roads", "725.50", "760.10"], Texts(table.Grid[5]));
    }

    [Fact]
    public void A_centred_line_lining_up_with_its_cell_s_text_is_part_of_the_cell()
    {
        // A middle column of words: a cell's first line, wrapped over its row, sits centred on the table and
        // starts where the cell's second line starts.
        var lines = new List<ChunkedLine>
        {
            Line(100, (50, "Code"), (170, "Purpose"), RightAt(400, "Amount")),
            Line(110, (170, "Roads and bridge")),
            Line(120, (50, "201"), (170, "repairs"), RightAt(400, "860.00")),
            Line(150, (50, "205"), (170, "Drainage works"), RightAt(400, "410.25")),
        };
        var box = Box.Enclosing(lines.Select(l => l.Box));
        Assert.True(SectionHeadings.IsCandidate(lines[1], box));

        var table = StreamExtractor.Extract(lines, [], 1);

        Assert.Equal(["201", "Roads and bridge\nrepairs", "860.00"], Texts(table.Grid[1]));
        Assert.Equal(3, table.Grid.Count);
    }

    [Fact]
    public void Only_a_one_chunk_line_without_an_amount_centred_on_the_table_is_a_candidate()
    {
        var table = new Box(50, 90, 400, 230);

        Assert.True(SectionHeadings.IsCandidate(Line(124, (180, "Northern region")), table));
        Assert.False(SectionHeadings.IsCandidate(Line(124, (50, "Northern region")), table));
        Assert.False(SectionHeadings.IsCandidate(Line(124, (190, "1,234.50")), table));
        Assert.False(SectionHeadings.IsCandidate(Row(144, "Roads", "860.00", "912.40"), table));
    }
}
