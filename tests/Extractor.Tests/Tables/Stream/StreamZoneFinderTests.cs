using Extractor.Layout;
using Extractor.Tables.Stream;
using static Extractor.Tests.Tables.Stream.BuiltLines;

namespace Extractor.Tests.Tables.Stream;

/// <summary>Where unruled tables begin and end on a page, on built lines.</summary>
public sealed class StreamZoneFinderTests
{
    private static ChunkedLine Row(double baseline, string label, string figure) => Line(baseline, (50, label), RightAt(300, figure));

    [Fact]
    public void A_numbered_title_between_rows_ends_the_table_above_it()
    {
        var lines = new[]
        {
            Row(100, "Salaries", "1,234"), Row(114, "Travel", "987"), Row(128, "Total", "2,221"),
            Line(150, (50, "Table 8 Revenue")),
            Row(172, "Fees", "12,500"), Row(186, "Grants", "8,200"),
        };

        var zones = StreamZoneFinder.Find([.. lines.Select(l => l.Line)]);

        Assert.Equal(2, zones.Count);
        Assert.Equal(["Salaries", "Travel", "Total"], zones[0].Select(l => l.Chunks[0].Text));
        Assert.Equal(["Fees", "Grants"], zones[1].Select(l => l.Chunks[0].Text));
    }

    [Theory]
    // Tibet's three-line 政府性基金预算支出表: a 合计 row with no figures right under the header, the note right under it.
    [InlineData(114, 126, "本表为空表，本部门无此项支出。")]
    // Chongqing's landscape one: its 合计 two lines under the header, the note further down.
    [InlineData(128, 160, "注：本部门2024年无政府性基金预算拨款安排的支出，本表为空。")]
    // Round DN's Jiangsu: why first, then that the table is empty.
    [InlineData(114, 126, "本部门2024年无政府性基金预算支出，故本表为空。")]
    public void A_table_printed_empty_ends_at_its_note_and_keeps_its_label_row(double labelBaseline, double noteBaseline, string note)
    {
        var lines = new[]
        {
            Line(80, (400, "单位：万元")),
            Line(100, (50, "功能科目编码"), (150, "功能科目名称"), (300, "合计"), (380, "基本支出"), (460, "项目支出")),
            Line(labelBaseline, (110, "合计")),
            Line(noteBaseline, (40, note)),
        };

        var zone = Assert.Single(StreamZoneFinder.Find([.. lines.Select(l => l.Line)]));

        Assert.Equal(["功能科目编码", "合计"], zone.Select(l => l.Chunks[0].Text));
    }

    [Theory]
    // Round AX's Zhejiang 支出决算表, three-line: the amounts' headings set close in one run over columns the body leaves blank
    // reach past the body's right edge; under the table's top rule they are its header, without it a line above it.
    [InlineData(true, 4)]
    [InlineData(false, 3)]
    public void A_wide_heading_line_under_a_three_line_tables_top_rule_is_its_header(bool ruled, int lines)
    {
        var page = new[]
        {
            Line(92, (200, "合计"), (218, "基本支出"), (248, "项目支出"), (278, "经营支出"), (308, "对附属单位补助支出")),
            Line(104, (50, "科目编码"), (110, "科目名称")),
            Line(118, (50, "208"), (110, "社会保障"), RightAt(212, "106.29"), RightAt(242, "106.29")),
            Line(132, (50, "213"), (110, "农林水"), RightAt(212, "549.04"), RightAt(242, "430.42"), RightAt(272, "118.62")),
        };
        RulingLine[] rules = ruled ? [new RulingLine(RulingOrientation.Horizontal, 80, 45, 400, 1)] : [];

        var zone = Assert.Single(StreamZoneFinder.Find([.. page.Select(l => l.Line)], rules));

        Assert.Equal(lines, zone.Count);
        Assert.Equal(ruled ? "合计" : "科目编码", zone[0].Chunks[0].Text[..(ruled ? 2 : 4)]);
    }

    [Fact]
    public void Headings_wrapped_under_a_group_heading_below_the_top_rule_are_the_header()
    {
        // Rounds DE's and DI's 支出决算表 continued on a page of its own: under the top rule 科目编码 over the code columns, the
        // last heading wrapped (对附属单位补助支 | 出) past the body's right edge, the row of headings, 类 款 项. Its first line
        // stands two and a half lines under the rule; left out, it would be text above the table, which then opens no page.
        var page = new[]
        {
            Line(81, (50, "科目编码")),
            Line(93, (560, "对附属单位补助支")),
            Line(99, (150, "科目名称"), (300, "合计"), (360, "基本支出"), (420, "项目支出"), (480, "经营支出")),
            Line(106, (590, "出")),
            Line(118, (50, "类"), (80, "款"), (110, "项")),
            Line(150, (50, "208"), (150, "社会保障和就业支出"), RightAt(330, "852.15"), RightAt(400, "331.04"), RightAt(460, "521.11")),
            Line(170, (50, "210"), (150, "卫生健康支出"), RightAt(330, "199.05"), RightAt(400, "199.05")),
        };
        RulingLine[] rules = [new RulingLine(RulingOrientation.Horizontal, 60, 45, 620, 1)];

        var zone = Assert.Single(StreamZoneFinder.Find([.. page.Select(l => l.Line)], rules));

        Assert.Equal(["科目编码", "对附属单位补助支", "科目名称"], zone.Take(3).Select(l => l.Chunks[0].Text));
        Assert.Equal(7, zone.Count);
    }

    [Fact]
    public void A_captioned_header_over_the_note_that_the_table_is_empty_is_a_table()
    {
        // Round DO's Shanxi: no 合计 row, the note right under the headings.
        var page = new[]
        {
            Line(80, (40, "部门：大同市工业和信息化局"), (500, "单位：万元")),
            Line(100, (50, "科目编码"), (130, "科目名称"), (210, "年初结转和结余"), (310, "本年收入"), (380, "本年支出")),
            Line(116, (40, "注：本单位2024年度没有使用政府性基金预算财政拨款安排的支出，故本表为空。")),
        };

        var zone = Assert.Single(StreamZoneFinder.Find([.. page.Select(l => l.Line)]));

        Assert.Equal("科目编码", Assert.Single(zone).Chunks[0].Text);
    }

    [Fact]
    public void A_class_code_set_between_two_rows_is_no_page_number()
    {
        // Round DK's Yunnan: a three-line table's merged 类 cell centres 207 between 行政运行 and 体育场馆, just under the one.
        var page = new[]
        {
            Line(80, (50, "类"), (80, "款"), (110, "项"), (150, "科目名称"), (300, "合计")),
            Line(100, (150, "文化旅游体育与传媒支出"), RightAt(330, "2786.03")),
            Line(114, (110, "01"), (150, "行政运行"), RightAt(330, "662.25")),
            Line(122.5, (50, "207")),
            Line(128, (80, "03"), (110, "07"), (150, "体育场馆"), RightAt(330, "190.80")),
            Line(142, (110, "08"), (150, "群众体育"), RightAt(330, "661.26")),
        };

        var zone = Assert.Single(StreamZoneFinder.Find([.. page.Select(l => l.Line)]));

        Assert.Equal(6, zone.Count);
    }

    [Fact]
    public void A_row_number_centred_on_a_wrapped_label_is_no_page_number()
    {
        // Round AX's 财政拨款收入支出决算总表: 29 set between the two lines of 七、文化旅游体育与传 / 媒支出, on neither baseline.
        var page = new[]
        {
            Line(80, (50, "五、教育支出"), RightAt(200, "27"), RightAt(300, "12.50")),
            Line(96, (50, "六、科学技术支出"), RightAt(200, "28")),
            Line(112, (50, "七、文化旅游体育与传")), Line(116, RightAt(200, "29")), Line(120, (50, "媒支出")),
            Line(136, (50, "八、社会保障和就业支出"), RightAt(200, "30"), RightAt(300, "106.29")),
        };

        var zone = Assert.Single(StreamZoneFinder.Find([.. page.Select(l => l.Line)]));
        var table = StreamExtractor.Extract(zone, [], 1);

        Assert.Equal(6, zone.Count);
        Assert.Equal(["七、文化旅游体育与传媒支出", "29", ""], Texts(table.Grid[^2]).Select(t => t.Replace("\n", "", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_label_row_starting_with_the_word_table_stays_in_its_table()
    {
        var lines = new[]
        {
            Row(100, "Football", "1,234"), Row(114, "Swimming", "987"),
            Line(128, (50, "Table tennis")),
            Row(142, "Rowing", "12,500"), Row(156, "Total", "14,721"),
        };

        var zone = Assert.Single(StreamZoneFinder.Find([.. lines.Select(l => l.Line)]));

        Assert.Equal(5, zone.Count);
    }

    [Fact]
    public void A_note_set_close_under_the_last_row_is_not_part_of_the_table()
    {
        var lines = new[]
        {
            Row(100, "30302 退休费", "361000.00"), Row(114, "30305 生活补助", "28500.00"), Row(128, "人员经费合计", "389500.00"),
            Line(140, (50, "注：人员经费合计389500.00元。")),
        };

        var zone = Assert.Single(StreamZoneFinder.Find([.. lines.Select(l => l.Line)]));

        Assert.Equal(["30302 退休费", "30305 生活补助", "人员经费合计"], zone.Select(l => l.Chunks[0].Text));
    }

    [Fact]
    public void A_parent_heading_stays_over_a_header_line_that_shrinks_a_long_heading()
    {
        // Jilin's project table: 功能分类科目 spans 科目编码 | 科目名称; the long 项目名称及绩效目标 heading is set small to fit.
        var lines = new[]
        {
            Line(100, (100, "功能分类科目")),
            SizedLine(114, (20, "项目名称及年度绩效目标说明", 6), (90, "科目编码", 10), (140, "科目名称", 10), (260, "合计", 10)),
            Row(128, "2130101 行政运行", "1,234.00"), Row(142, "2130106 水利工程运行与维护", "987.00"),
        };

        var zone = Assert.Single(StreamZoneFinder.Find([.. lines.Select(l => l.Line)]));

        Assert.Equal("功能分类科目", zone[0].Line.Text);
        Assert.Equal(4, zone.Count);
    }
}
