using Extractor.Layout;
using Extractor.Tables.Stream;
using static Extractor.Tests.Tables.Stream.BuiltLines;

namespace Extractor.Tests.Tables.Stream;

/// <summary>Dot leaders between a label and its figures, on built lines of a monospaced report.</summary>
public sealed class DotLeadersTests
{
    [Fact]
    public void A_run_of_dots_between_a_label_and_its_figure_is_dropped()
    {
        var line = Line(100, (50, "Salaries ........... 1,234")).Line;

        var stripped = DotLeaders.Strip(line);

        Assert.Equal(["Salaries", "1,234"], TextChunk.Split(stripped).Select(c => c.Text));
    }

    [Fact]
    public void Dots_of_a_decimal_an_ellipsis_or_a_line_s_end_stay()
    {
        foreach (var text in new[] { "Total 1,234.50", "Wait.. 12", "To be continued..." })
        {
            var line = Line(100, (50, text)).Line;
            Assert.Same(line, DotLeaders.Strip(line));
        }
    }

    [Fact]
    public void Rows_with_leaders_read_as_a_label_column_and_a_figure_column()
    {
        // Figures right-aligned at 250, each leader ending one letter before its figure: the leaders' ends do not
        // line up, and left in they would leave no gutter between the label and the figures.
        var zone = new (string Label, string Figure)[] { ("Fees and charges", "12,500"), ("Grants", "8,200"), ("Interest", "310"), ("Total", "21,010") }
            .Select((row, i) =>
            {
                int dots = (250 - 50) / (int)LetterWidth - row.Label.Length - row.Figure.Length - 2;
                var line = Line(100 + 14 * i, (50, row.Label + " " + new string('.', dots) + " " + row.Figure)).Line;
                var stripped = DotLeaders.Strip(line);
                return new ChunkedLine(stripped, TextChunk.Split(stripped));
            }).ToList();

        var table = StreamExtractor.Extract(zone, [], 1);

        Assert.Equal(2, table.ColumnCount);
        Assert.Equal(["Fees and charges", "12,500"], Texts(table.Grid[0]));
        Assert.Equal(["Interest", "310"], Texts(table.Grid[2]));
    }
}
