using System.Globalization;
using Extractor.Mapping;
using Extractor.Model;

namespace Extractor.Tests.Mapping;

/// <summary>Split 类 | 款 codes printed in merged cells centred over their blocks, on small built tables.</summary>
public sealed class CentredCodeCellsTests
{
    /// <summary>A printed line: its top, the 类, 款 and 项 printed on it, its name and figure (blank where none).</summary>
    private sealed record Line(double Top, string Class, string Kuan, string Item, string Name, string Figure, double Height = 8, int Page = 12);

    private static Table Table(params Line[] lines) => new()
    {
        Id = "t3", Type = TableTypes.ExpenditureSummary, Pages = [12],
        Header = [["类", "款", "项", "科目名称", "合计"]],
        Columns = [null, null, null, null, Measures.Total],
        Method = "stream",
        Rows = [.. lines.Select(l => (IReadOnlyList<Cell>)[
            Cell(l, 60, l.Class), Cell(l, 100, l.Kuan), Cell(l, 140, l.Item), Cell(l, 180, l.Name),
            new Cell(l.Figure, l.Figure.Length == 0 ? null : decimal.Parse(l.Figure, CultureInfo.InvariantCulture), Box(l, 480))])],
    };

    private static Cell Cell(Line line, double left, string text) => new(text, null, Box(line, left));
    private static CellBox Box(Line line, double left) => new(line.Page, left, line.Top, left + 40, line.Top + line.Height);

    /// <summary>
    /// Rows 14 apart and 8 high, after round CT's Shenyang: 208's block (rows at 100–178) centres its code between
    /// 行政运行 and 一般行政管理事务, on a line of its own; 02's block (114–150) on 行政运行's line; 05's (156–178) on a line
    /// of its own; 210's (184–220) on 行政事业单位医疗's; 11's (198–220) on a line of its own.
    /// </summary>
    private static Table Centred() => Table(
        new(100, "", "", "", "社会保障和就业支出", "300.00"),
        new(114, "", "", "", "民政管理事务", "200.00"),
        new(128, "", "02", "01", "行政运行", "150.00"),
        new(136, "208", "", "", "", "", 6),
        new(142, "", "", "02", "一般行政管理事务", "50.00"),
        new(156, "", "", "", "行政事业单位养老支出", "100.00"),
        new(164, "", "05", "", "", "", 6),
        new(170, "", "", "05", "机关事业单位基本养老保险缴费支出", "100.00"),
        new(184, "", "", "", "卫生健康支出", "40.00"),
        new(198, "210", "", "", "行政事业单位医疗", "40.00"),
        new(206, "", "11", "", "", "", 6),
        new(212, "", "", "01", "行政单位医疗", "40.00"),
        new(226, "", "", "", "合计", "340.00"));

    [Fact]
    public void Reads_each_centred_code_on_the_first_row_of_its_block()
    {
        var items = LineItemBuilder.Build([Centred()], MoneyUnit.WanYuan);

        Assert.Equal(
            [("208", "社会保障和就业支出"), ("20802", "民政管理事务"), ("2080201", "行政运行"), ("2080202", "一般行政管理事务"),
             ("20805", "行政事业单位养老支出"), ("2080505", "机关事业单位基本养老保险缴费支出"),
             ("210", "卫生健康支出"), ("21011", "行政事业单位医疗"), ("2101101", "行政单位医疗"), (null, "合计")],
            items.Select(i => (i.Code, i.Name)));
        // The codes are read where they belong, not printed wrong: no repair is named.
        Assert.All(items, i => Assert.Null(i.CodePrinted));
    }

    [Fact]
    public void Reads_a_code_whose_line_was_joined_to_a_row_by_the_rows_it_cannot_open()
    {
        // Round DK's Guizhou, page 8: a code set between two rows is read into the row above, whose band then holds two lines
        // (221 and 02 on 住房改革支出's). 221's block could end on 住房公积金 or on 国有资本经营预算支出 by the band alone; a class's
        // block opens on no row printing a 款 (解决历史遗留问题及改革成本支出 does), so 223's opens on 国有资本经营预算支出.
        var items = LineItemBuilder.Build([Table(
            new(311.6, "", "", "", "住房保障支出", "46.07"),
            new(326.6, "221", "02", "", "住房改革支出", "46.07", 14.7),
            new(340.9, "", "", "01", "住房公积金", "46.07"),
            new(355.8, "", "", "", "国有资本经营预算支出", "2540.17"),
            new(370.8, "", "01", "", "解决历史遗留问题及改革成本支出", "1051.65", 14.8),
            new(385.8, "", "", "05", "国有企业退休人员社会化管理补助支出", "1051.65"),
            new(400.8, "223", "02", "", "国有企业资本金注入", "925.06", 14.8),
            new(415.8, "", "", "99", "其他国有企业资本金注入", "925.06"),
            new(430.8, "", "99", "", "其他国有资本经营预算支出", "563.46", 14),
            new(445.1, "", "", "01", "其他国有资本经营预算支出", "563.46"))], MoneyUnit.WanYuan);

        Assert.Equal(["221", "22102", "2210201", "223", "22301", "2230105", "22302", "2230299", "22399", "2239901"], items.Select(i => i.Code));
    }

    [Fact]
    public void Reads_a_block_going_on_from_the_page_before_with_its_code_printed_again()
    {
        // Round DK's Sichuan: 214's merged cell is cut by the page break, and each part prints the code at its own middle; the
        // next page opens on an item's row, 公路运输管理, under the 款 whose code (01) is printed again between its two rows there.
        var items = LineItemBuilder.Build([Table(
            new(100, "", "", "", "交通运输支出", "2000.00"),
            new(114, "", "", "", "公路水路运输", "1600.00"),
            new(122, "214", "", "", "", "", 6),
            new(128, "", "01", "01", "行政运行", "500.00"),
            new(142, "", "", "06", "公路养护", "600.00"),
            new(100, "", "", "12", "公路运输管理", "300.00", Page: 13),
            new(108, "", "01", "", "", "", 6, 13),
            new(114, "", "", "50", "事业运行", "200.00", Page: 13),
            new(122, "214", "", "", "", "", 6, 13),
            new(128, "", "", "", "车辆通行费安排的支出", "400.00", Page: 13),
            new(136, "", "60", "", "", "", 6, 13),
            new(142, "", "", "01", "公路还贷", "400.00", Page: 13))], MoneyUnit.WanYuan);

        Assert.Equal(["214", "21401", "2140101", "2140106", "2140112", "2140150", "21460", "2146001"], items.Select(i => i.Code));
    }

    [Fact]
    public void Leaves_codes_printed_on_their_blocks_first_rows()
    {
        // Merged cells set at the top (round CT's Anshan): each code on its block's first row already.
        var table = Table(
            new(100, "208", "", "", "社会保障和就业支出", "300.00"),
            new(114, "", "02", "", "民政管理事务", "300.00"),
            new(128, "", "", "01", "行政运行", "300.00"));

        Assert.Same(table, CentredCodeCells.Lifted(table, 0, 1, 2));
    }

    [Fact]
    public void Leaves_codes_that_sit_at_no_blocks_middle()
    {
        // A heading row with no code over a table coded on its class rows: 201 is no centred cell of a block from the
        // heading down, as such a block would end on the 款 row and leave the items under it in none.
        var table = Table(
            new(100, "", "", "", "一般公共预算支出", "300.00"),
            new(114, "201", "", "", "一般公共服务支出", "300.00"),
            new(128, "", "03", "", "政府办公厅（室）及相关机构事务", "300.00"),
            new(142, "", "", "01", "行政运行", "200.00"),
            new(156, "", "", "02", "一般行政管理事务", "100.00"));

        Assert.Same(table, CentredCodeCells.Lifted(table, 0, 1, 2));
    }
}
