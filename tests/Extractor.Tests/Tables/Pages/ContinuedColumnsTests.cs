using Extractor.Layout;
using Extractor.Tables;
using Extractor.Tables.Pages;
using static Extractor.Tests.Tables.Stream.BuiltLines;

namespace Extractor.Tests.Tables.Pages;

/// <summary>An unruled table's next page read with the columns of the page before, or with its own where they moved.</summary>
public sealed class ContinuedColumnsTests
{
    /// <summary>The page before: code | name | total | general budget, its edges at 40, 100, 200, 300, 400.</summary>
    private static readonly PageTable Previous = new(1, new Box(40, 100, 400, 780), ExtractionMethod.Stream, [], 1, "部门收入总表", [40, 100, 200, 300, 400])
    {
        EndsPage = true,
    };

    private static PageLayout Page(params (double Total, double Budget)[] rights)
    {
        var lines = new[]
        {
            Line(60, (42, "2101101"), (110, "行政单位医疗"), RightAt(rights[0].Total, "48.02"), RightAt(rights[0].Budget, "48.02")),
            Line(76, (42, "2210201"), (110, "住房公积金"), RightAt(rights[1].Total, "82.32"), RightAt(rights[1].Budget, "82.32")),
            Line(92, (42, "221"), (110, "住房保障支出"), RightAt(rights[2].Total, "82.32"), RightAt(rights[2].Budget, "82.32")),
        };
        var glyphs = lines.SelectMany(l => l.Line.Glyphs).ToList();
        return new PageLayout(2, 595, 842, glyphs, TextLineBuilder.Build(glyphs), []);
    }

    [Fact]
    public void A_page_set_on_the_same_columns_is_read_with_the_previous_page_s_edges()
    {
        var table = Assert.Single(PageTableFinder.Find(Page((290, 390), (290, 390), (290, 390)), Previous));

        Assert.Equal([40, 100, 200, 300, 400], table.ColumnEdges);
        Assert.Equal(["2101101", "行政单位医疗", "48.02", "48.02"], table.Grid[table.HeaderRows].Select(c => c.Text));
    }

    [Fact]
    public void A_page_whose_columns_moved_so_an_amount_would_join_a_label_is_read_on_its_own_columns()
    {
        // The totals end at 190, left of the previous page's name | total edge at 200: "行政单位医疗 48.02" in one cell.
        var table = Assert.Single(PageTableFinder.Find(Page((190, 290), (190, 290), (190, 290)), Previous));

        Assert.NotEqual([40, 100, 200, 300, 400], table.ColumnEdges);
        Assert.Equal(["2101101", "行政单位医疗", "48.02", "48.02"], table.Grid[table.HeaderRows].Select(c => c.Text));
    }

    [Fact]
    public void A_page_titled_as_continued_is_read_with_the_previous_page_s_edges_and_a_label_across_one_kept_whole()
    {
        // The total's label runs from the code column into the name column (70 to 106, across the edge at 100).
        var lines = new[]
        {
            Line(40, (150, "部门收入总表（续表）")),
            Line(60, (42, "2101101"), (110, "行政单位医疗"), RightAt(290, "48.02"), RightAt(390, "48.02")),
            Line(76, (42, "2210201"), (110, "住房公积金"), RightAt(290, "82.32"), RightAt(390, "82.32")),
            Line(92, (70, "本年收入合计"), RightAt(290, "130.34"), RightAt(390, "130.34")),
        };
        var glyphs = lines.SelectMany(l => l.Line.Glyphs).ToList();
        var page = new PageLayout(2, 595, 842, glyphs, TextLineBuilder.Build(glyphs), []);

        var table = Assert.Single(PageTableFinder.Find(page, Previous));

        Assert.Equal([40, 100, 200, 300, 400], table.ColumnEdges);
        Assert.Equal("部门收入总表（续表）", table.Title);
        Assert.Equal(["本年收入合计", "", "130.34", "130.34"], table.Grid[^1].Select(c => c.Text));
    }

    [Fact]
    public void A_page_whose_columns_moved_so_a_code_would_join_a_name_is_read_on_its_own_columns()
    {
        // Round AY's Anhui: split 类 | 款 | 项 columns set further left on the next page: by the previous page's edges its 款 11
        // (at 70) falls into the 项 column and its 项 01 (at 92) into the name column, in one cell with its name.
        var previous = Previous with { ColumnEdges = [40, 62, 68, 90, 200, 300, 400] };
        var lines = new[]
        {
            Line(60, (42, "210"), (122, "卫生健康支出"), RightAt(290, "898.23"), RightAt(390, "898.23")),
            Line(76, (42, "210"), (70, "11"), (122, "行政事业单位医疗"), RightAt(290, "898.23"), RightAt(390, "898.23")),
            Line(92, (42, "210"), (70, "11"), (92, "01"), (122, "行政单位医疗"), RightAt(290, "598.23"), RightAt(390, "598.23")),
            Line(108, (42, "210"), (70, "11"), (92, "03"), (122, "公务员医疗补助"), RightAt(290, "300.00"), RightAt(390, "300.00")),
            Line(124, (42, "221"), (70, "02"), (92, "01"), (122, "住房公积金"), RightAt(290, "704.70"), RightAt(390, "704.70")),
        };
        var glyphs = lines.SelectMany(l => l.Line.Glyphs).ToList();

        var table = Assert.Single(PageTableFinder.Find(new PageLayout(2, 595, 842, glyphs, TextLineBuilder.Build(glyphs), []), previous));

        Assert.NotEqual([40, 62, 68, 90, 200, 300, 400], table.ColumnEdges);
        Assert.Equal(["210", "11", "01", "行政单位医疗", "598.23", "598.23"], table.Grid[^3].Select(c => c.Text));
    }
}
