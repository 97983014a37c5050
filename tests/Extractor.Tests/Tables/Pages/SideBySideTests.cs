using Extractor.Layout;
using Extractor.Tables.Pages;
using static Extractor.Tests.Tables.Stream.BuiltLines;

namespace Extractor.Tests.Tables.Pages;

/// <summary>Two tables printed side by side under one line of both their titles, on a built page.</summary>
public sealed class SideBySideTests
{
    /// <summary>
    /// 政府性基金 (x 40–330, a wide gap between its two amount columns) beside 国有资本经营 (x 400–640), each title
    /// centred over its table.
    /// </summary>
    private static PageLayout Page()
    {
        var lines = new[]
        {
            Line(40, (155, "政府性基金预算支出表"), (487, "国有资本经营预算支出表")),
            Line(80, (40, "科目编码"), (96, "合计"), (306, "项目支出"), (400, "科目编码"), (520, "合计"), (616, "项目支出")),
            Line(100, (40, "229"), RightAt(120, "70.18"), RightAt(330, "70.18"), (400, "223"), RightAt(544, "5.00"), RightAt(640, "5.00")),
            Line(116, (40, "22960"), RightAt(120, "70.18"), RightAt(330, "70.18"), (400, "22301"), RightAt(544, "5.00"), RightAt(640, "5.00")),
        };
        var glyphs = lines.SelectMany(l => l.Line.Glyphs).ToList();
        return new PageLayout(1, 842, 595, glyphs, TextLineBuilder.Build(glyphs), []);
    }

    [Fact]
    public void Reads_each_table_under_its_own_title_cut_in_the_gutter_between_them_not_the_widest_gap()
    {
        var tables = PageTableFinder.Find(Page());

        Assert.Equal(["政府性基金预算支出表", "国有资本经营预算支出表"], tables.Select(t => t.Title));
        Assert.Equal([3, 3], tables.Select(t => t.ColumnCount));
        Assert.Equal(["229", "70.18", "70.18"], tables[0].Grid[1].Select(c => c.Text));
        Assert.Equal(["223", "5.00", "5.00"], tables[1].Grid[1].Select(c => c.Text));
    }

    [Fact]
    public void A_page_with_one_title_a_line_is_not_split()
    {
        var page = Page();
        var oneTitle = page.Glyphs.Where(g => g.Box.Top > 50 || g.Box.Left < 400).ToList();

        Assert.Null(SideBySide.Split(page with { Glyphs = oneTitle, Lines = TextLineBuilder.Build(oneTitle) }));
    }

    [Fact]
    public void A_table_number_set_apart_before_its_title_is_no_second_title()
    {
        // 表二　部门收入总表 over one table: the number and the name far apart, one title.
        var lines = new[]
        {
            Line(40, (200, "表二"), (300, "部门收入总表")),
            Line(80, (40, "科目编码"), (96, "合计"), (306, "项目支出")),
            Line(100, (40, "229"), RightAt(120, "70.18"), RightAt(330, "70.18")),
            Line(116, (40, "22960"), RightAt(120, "70.18"), RightAt(330, "70.18")),
        };
        var glyphs = lines.SelectMany(l => l.Line.Glyphs).ToList();

        Assert.Null(SideBySide.Split(new PageLayout(1, 595, 842, glyphs, TextLineBuilder.Build(glyphs), [])));
    }
}
