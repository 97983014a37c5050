using Extractor.Layout;
using Extractor.Tables.Pages;
using Extractor.Tables;

namespace Extractor.Tests.Tables.Pages;

/// <summary>What may stand above a table that opens a page, and below one that runs to the page foot.</summary>
public sealed class TitleFinderTests
{
    private static readonly PageTable Table = new(2, new Box(50, 200, 550, 600), ExtractionMethod.Stream, [], 1, "2024年部门支出总表", [50, 550]);

    private static TextLine Line(string text, double top) => new(text, text, new Box(50, top, 550, top + 12), 12, []);

    [Theory]
    [InlineData("续表", true)]
    [InlineData("（续）", true)]
    [InlineData("Table 3 (continued)", true)]
    [InlineData("单位：万元", true)]
    [InlineData("2024年部门支出总表", true)]
    [InlineData("- 12 -", true)]
    // The table's number printed apart, repeated on its continued page (round BE's Fujian), or marked continued.
    [InlineData("表2", true)]
    [InlineData("公开02表（续）", true)]
    [InlineData("二、支出预算情况说明", false)]
    [InlineData("Table 4. Revenue by source", false)]
    public void Lets_a_table_open_a_page_under_marks_captions_and_its_own_title_only(string above, bool opens)
    {
        Assert.Equal(opens, TitleFinder.OpensPage(Table, [Line(above, 150)]));
    }

    [Theory]
    [InlineData("- 12 -", true)]
    [InlineData("续下页", true)]
    [InlineData("注：本表反映部门本年度的总支出。", false)]
    [InlineData("接下页", true)]
    public void Lets_a_table_end_a_page_over_page_markers_and_continuation_marks_only(string below, bool ends)
    {
        Assert.Equal(ends, TitleFinder.EndsPage(Table, [Line(below, 700)]));
    }

    [Theory]
    [InlineData("续表", null)]
    [InlineData("（续表）", null)]
    [InlineData("2024年部门支出总表", "2024年部门支出总表")]
    public void A_continuation_mark_over_a_table_is_not_its_title(string above, string? title)
    {
        var untitled = Table with { Title = null };

        Assert.Equal(title, TitleFinder.Find(untitled, [Line(above, 170)]));
    }

    [Fact]
    public void A_narrow_tables_name_centred_on_the_page_beside_it_is_its_title()
    {
        // Round CL's Chongqing and Tianjin: a three-column table at the page's left, its name centred on the page to its right.
        var narrow = Table with { Title = null, Box = new Box(50, 200, 210, 300) };
        TextLine Right(string text, double top) => new(text, text, new Box(350, top, 490, top + 12), 14, []);

        Assert.Equal("政府购买服务预算表", TitleFinder.Find(narrow, [Line("表12", 150), Right("政府购买服务预算表", 170)]));
        Assert.Equal("13.政府购买服务预算表", TitleFinder.Find(narrow, [Right("13.政府购买服务预算表", 170)]));
        Assert.Null(TitleFinder.Find(narrow, [Right("续表", 170)]));
    }

    [Fact]
    public void The_name_over_the_tables_number_printed_under_it_is_the_title()
    {
        // Round BK's Henan, the national template: 公开05表 on a line of its own under the name; alone, the number titles it.
        var untitled = Table with { Title = null };

        Assert.Equal("一般公共预算财政拨款支出决算表", TitleFinder.Find(untitled, [Line("一般公共预算财政拨款支出决算表", 150), Line("公开05表", 170)]));
        Assert.Equal("公开05表", TitleFinder.Find(untitled, [Line("公开05表", 170)]));
    }

    [Theory]
    // Round GF's scans: OCR read the number 表三 as "R=" and the continuation mark with spaces inside its brackets.
    [InlineData("R= 2026 年部门支出预算总表 ( 续 )", "表三 2026年部门支出预算总表", true)]
    [InlineData("表三 2026年部门支出预算总表（续）", "表三 2026年部门支出预算总表", true)]
    [InlineData("R= 2026 年部门收入预算总表 ( 续 )", "表三 2026年部门支出预算总表", false)]
    [InlineData("表四 2026年部门支出预算总表", "表三 2026年部门支出预算总表", false)]
    public void Takes_a_title_for_the_same_tables_whatever_OCR_made_of_its_number(string title, string first, bool same) =>
        Assert.Equal(same, TitleFinder.SameTitle(title, first));
}
