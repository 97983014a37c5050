using Extractor.Layout;

namespace Extractor.Tests.Layout;

public sealed class RunningLinesTests
{
    private const double PageHeight = 842;

    /// <summary>A line of 10-point letters, each 10 points wide, its texts starting at their x.</summary>
    private static TextLine Line(double baseline, params (double X, string Text)[] runs) =>
        TextLineBuilder.Join([.. runs.SelectMany(run => run.Text.Select((c, i) =>
        {
            double x = run.X + 10 * i;
            return new Glyph(c.ToString(), new Box(x, baseline - 10, x + 10, baseline), baseline, x, x + 10, 10, "F");
        }))]);

    private static PageLayout Page(int number, params TextLine[] lines) =>
        new(number, 595, PageHeight, [.. lines.SelectMany(l => l.Glyphs)], lines, []);

    private static string[] Texts(PageLayout page) => [.. page.Lines.Select(l => l.Text)];

    [Fact]
    public void Removes_the_header_every_page_repeats_in_its_top_margin_with_its_glyphs()
    {
        // Beijing (round AG): the department and the year above every page, a sentence running over the break.
        var header = () => Line(30, (50, "北京市丰台区园林绿化局2023年度部门决算"));
        var pages = new[]
        {
            Page(1, header(), Line(120, (50, "年初预算为744.84万元，支出决算"))),
            Page(2, header(), Line(120, (50, "为860.50万元。"))),
            Page(3, header(), Line(120, (50, "表三")), Line(140, (50, "支出决算表"))),
        };

        var kept = RunningLines.Removed(pages);

        Assert.Equal(["年初预算为744.84万元，支出决算"], Texts(kept[0]));
        Assert.Equal(["表三", "支出决算表"], Texts(kept[2]));
        Assert.DoesNotContain(kept[1].Glyphs, g => g.Text == "北");
    }

    [Fact]
    public void Keeps_a_tables_caption_stating_its_money_unit_high_on_each_page()
    {
        // Round FA's Suzhou: portrait pages, the caption "部门：… 单位：万元" under each title within the top margin.
        var caption = () => Line(57, (50, "部门：苏州市相城区司法局"), (450, "单位：万元"));
        var pages = Enumerable.Range(1, 4).Select(n => Page(n, Line(44, (150, $"附表{n}部门预算表")), caption(), Line(120, (50, "合计")))).ToArray();

        var kept = RunningLines.Removed(pages);

        Assert.All(kept, page => Assert.Contains(page.Lines, l => l.Text.Contains("单位：万元", StringComparison.Ordinal)));
    }

    [Fact]
    public void Keeps_a_line_repeated_below_the_margin_or_on_too_few_pages()
    {
        // A title repeated on a 续表 page, and a header printed on two pages of five.
        var pages = new[]
        {
            Page(1, Line(30, (50, "某某局2024年部门预算")), Line(120, (50, "一般公共预算支出表"))),
            Page(2, Line(30, (50, "某某局2024年部门预算")), Line(120, (50, "一般公共预算支出表"))),
            Page(3, Line(120, (50, "一般公共预算支出表"))),
            Page(4, Line(120, (50, "正文"))),
            Page(5, Line(120, (50, "正文"))),
        };

        var kept = RunningLines.Removed(pages);

        Assert.Equal(pages.Select(Texts), kept.Select(Texts));
    }

    [Fact]
    public void Keeps_a_tables_header_row_repeated_at_the_top_of_every_page()
    {
        // A long project list continued without title: its header row has more cells than a running header's two runs.
        var row = () => Line(40, (50, "项目名称"), (250, "金额"), (400, "实施周期"));
        var pages = Enumerable.Range(1, 4).Select(n => Page(n, row(), Line(60, (50, "信息化运维"), (250, "12.00"), (400, "1年")))).ToArray();

        var kept = RunningLines.Removed(pages);

        Assert.All(kept, page => Assert.Equal(2, page.Lines.Count));
    }

    [Fact]
    public void Removes_a_footer_set_in_two_runs_at_the_bottom()
    {
        var footer = () => Line(825, (50, "天津市河东区住房和建设委员会"), (420, "2026年部门预算"));
        var pages = Enumerable.Range(1, 3).Select(n => Page(n, Line(100, (50, "正文")), footer())).ToArray();

        Assert.All(RunningLines.Removed(pages), page => Assert.Equal(["正文"], Texts(page)));
    }
}
