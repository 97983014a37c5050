using Extractor.Layout;
using Extractor.Tables.Stitching;
using Extractor.Tables;

namespace Extractor.Tests.Tables.Stitching;

/// <summary>Joining tables over pages only on positive evidence of a continuation.</summary>
public sealed class PageTableStitcherTests
{
    /// <summary>A stream table on a page: one header row and body rows of so many columns, between two heights.</summary>
    private static PageTable Table(int page, string[] header, int rows, double top = 100, double bottom = 780, string? title = null,
        bool opensPage = true, bool endsPage = true, bool openFoot = false, bool openHead = false)
    {
        int columns = header.Length;
        double width = 500.0 / columns, height = (bottom - top) / (rows + 1);
        IReadOnlyList<GridCell> Row(int r, Func<int, string> text) =>
            [.. Enumerable.Range(0, columns).Select(c => new GridCell(text(c), new Box(50 + c * width, top + r * height, 50 + (c + 1) * width, top + (r + 1) * height), r, c))];
        var grid = new List<IReadOnlyList<GridCell>> { Row(0, c => header[c]) };
        for (int r = 1; r <= rows; r++) grid.Add(Row(r, c => c == 0 ? $"row {page}.{r}" : $"{page * 100 + r}.{c}"));
        return new PageTable(page, new Box(50, top, 550, bottom), ExtractionMethod.Stream, grid, 1, title,
            [.. Enumerable.Range(0, columns + 1).Select(c => 50 + c * width)])
        { OpensPage = opensPage, EndsPage = endsPage, OpenFoot = openFoot, OpenHead = openHead };
    }

    private static readonly string[] Header = ["item", "2023", "2024"];

    [Fact]
    public void Joins_a_table_that_runs_to_the_page_foot_and_resumes_at_the_next_head_dropping_the_repeated_header()
    {
        var stitched = Assert.Single(PageTableStitcher.Stitch([Table(1, Header, 20, title: "Table 1. Spending"), Table(2, Header, 5)]));

        Assert.Equal([1, 2], stitched.Pages);
        Assert.Equal(1 + 20 + 5, stitched.Grid.Count);
        Assert.Equal("row 2.1", stitched.Grid[21][0].Text);
    }

    [Theory]
    [InlineData(true, true, 1 + 20 + 4)]
    [InlineData(true, false, 1 + 20 + 5)]
    [InlineData(false, true, 1 + 20 + 5)]
    public void Joins_a_row_cut_by_the_page_break_only_where_no_rule_closes_it_on_either_page(bool openFoot, bool openHead, int rows)
    {
        // The second page's part opens with the rest of the cut row, no header repeated.
        var second = Table(2, Header, 4, openHead: openHead);
        second = second with { Grid = [.. second.Grid.Select((row, r) => r == 0 ? [.. row.Select((c, k) => c with { Text = k == 0 ? "continued" : "" })] : row)] };

        var stitched = Assert.Single(PageTableStitcher.Stitch([Table(1, Header, 20, openFoot: openFoot), second]));

        Assert.Equal(rows, stitched.Grid.Count);
        if (openFoot && openHead) Assert.Equal(["row 1.20\ncontinued", "120.1", "120.2"], stitched.Grid[20].Select(c => c.Text));
    }

    [Theory]
    // Round KY's Gansu: ruled pages, the header printed again; the code and the name's first line at one page's foot, the rest of
    // the name and the figures at the next one's head. A next row printing its own code is a row of its own.
    [InlineData("", "支出", true)]
    [InlineData("2100201", "支出", false)]
    // A line of its own under a row printing no figure is no rest of its name.
    [InlineData("", "其中：基本建设", false)]
    public void Joins_a_row_whose_two_parts_complement_each_other_across_a_closed_page_break(string codeBelow, string nameBelow, bool joined)
    {
        string[] header = ["科目编码", "科目名称", "合计", "基本支出"];
        var first = Part(7, ["合计", "基本支出"], [["21001", "卫生健康管理事务", "4,556,716.68", "0.00"], ["2100199", "其他卫生健康管理事务", "", ""]]);
        var second = Part(8, ["合计", "基本支出"], [[codeBelow, nameBelow, "1,248,300.00", "0.00"], ["21002", "公立医院", "300.00", "300.00"]]);

        var stitched = Assert.Single(PageTableStitcher.Stitch([first with { Title = "支出决算表" }, second with { Title = null }]));

        Assert.Equal(joined ? 4 : 5, stitched.Grid.Count);
        if (joined)
        {
            Assert.Equal(["2100199", "其他卫生健康管理事务\n支出", "1,248,300.00", "0.00"], stitched.Grid[2].Select(c => c.Text));
            Assert.Equal(8, stitched.Grid[2][2].Page);
        }
        Assert.Equal(header, stitched.Grid[0].Select(c => c.Text));
    }

    [Theory]
    [InlineData(false, true, "a note or prose below the first part")]
    [InlineData(true, false, "prose or an unrecognised title above the second")]
    public void Keeps_apart_tables_without_evidence_of_a_continuation(bool firstEndsPage, bool secondOpensPage, string why)
    {
        var tables = PageTableStitcher.Stitch([Table(1, Header, 20, endsPage: firstEndsPage), Table(2, Header, 5, opensPage: secondOpensPage)]);

        Assert.True(tables.Count == 2, why);
    }

    [Fact]
    public void Keeps_apart_tables_of_other_columns_or_under_a_new_title()
    {
        var columns = PageTableStitcher.Stitch([Table(1, Header, 20), Table(2, ["a", "b", "c", "d", "e"], 5)]);
        var titled = PageTableStitcher.Stitch([Table(1, Header, 20, title: "Table 1. Spending"), Table(2, Header, 5, title: "Table 2. Income")]);

        Assert.Equal(2, columns.Count);
        Assert.Equal(2, titled.Count);
    }

    [Theory]
    [InlineData("收入决算表（续表）")]
    [InlineData("收入决算表(续)")]
    [InlineData("续表：收入决算表")]
    public void Joins_a_part_titled_with_the_first_s_title_and_a_continuation_mark(string title)
    {
        var stitched = Assert.Single(PageTableStitcher.Stitch([Table(1, Header, 20, title: "收入决算表"), Table(2, Header, 5, title: title)]));

        Assert.Equal([1, 2], stitched.Pages);
        Assert.Equal("收入决算表", stitched.Title);
    }

    [Theory]
    // Round BB: the continued page reprints the title without the table's number.
    [InlineData("表5 2025年一般公共预算支出表", "2025年一般公共预算支出表（续表）", 1)]
    [InlineData("附表1：收入决算表", "收入决算表（续）", 1)]
    // Round BU's Shanghai: a list number before the title.
    [InlineData("5. 2026年一般公共预算支出功能分类预算表", "2026年一般公共预算支出功能分类预算表（续表）", 1)]
    // Two numbers of one name are two tables.
    [InlineData("表5-1 项目支出绩效目标表", "表5-2 项目支出绩效目标表", 2)]
    // Round DK's Sichuan: the page heads its continuation with the table's number alone (the corner 公开02表 printed again), which
    // continues a titled table printing no number, or the same number anywhere in its title, but no other number, and no untitled one.
    [InlineData("2026年部门收入预算表", "公开02表", 1)]
    [InlineData("公开02表", "公开02表", 1)]
    [InlineData("公开02表", "公开03表", 2)]
    [InlineData("公开02表 2026年部门收入预算表", "公开03表", 2)]
    [InlineData("2026年部门收入预算表（公开02表）", "公开02表", 1)]
    [InlineData("", "公开02表", 2)]
    public void Joins_a_part_whose_title_leaves_out_the_tables_number(string firstTitle, string title, int tables)
    {
        Assert.Equal(tables, PageTableStitcher.Stitch([Table(1, Header, 20, title: firstTitle), Table(2, Header, 5, title: title)]).Count);
    }

    [Fact]
    public void Joins_an_unruled_part_set_on_fewer_columns_without_title_or_header()
    {
        // Round BA's Jiangsu 支出决算表: its rows go on over the page, nothing above them, the three blank columns gone.
        var first = ColumnAlignmentTests.Built(8, [["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出", "经营支出"],
            ["", "合计", "148,318,235.06", "63,596,465.07", "84,721,769.99", ""], ["206", "科学技术支出", "112,408,747.84", "37,278,507.81", "75,130,240.03", ""]]);
        var rows = ColumnAlignmentTests.Built(9, [["210", "卫生健康支出", "2,636,315.82", "2,636,315.82", "0.00"],
            ["221", "住房保障支出", "10,582,633.33", "10,582,633.33", "0.00"]], headerRows: 0);

        var stitched = Assert.Single(PageTableStitcher.Stitch([first, rows]));

        Assert.Equal(["221", "住房保障支出", "10,582,633.33", "10,582,633.33", "0.00", ""], stitched.Grid[^1].Select(c => c.Text));
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 2)]
    public void Joins_an_unruled_part_set_on_fewer_columns_under_its_header_only_with_a_continuation_mark(bool marked, int tables)
    {
        var first = ColumnAlignmentTests.Built(17, ColumnAlignmentTests.TwoSided);
        var last = ColumnAlignmentTests.Built(18, [["", "", "", "", ""], .. ColumnAlignmentTests.RightSideOnly], marked);

        var stitched = PageTableStitcher.Stitch([first, last]);

        Assert.Equal(tables, stitched.Count);
        if (marked) Assert.Equal(["", "人员经费合计", "979.05", "公用经费合计", "", "247.15"], stitched[0].Grid[^1].Select(c => c.Text));
    }

    [Fact]
    public void Joins_an_unruled_part_set_on_other_columns_under_its_first_page_s_headings_again()
    {
        // Round BK's Jiangxi 基本支出决算表: the first page reads a blank column beside the codes, the next page (no title,
        // the headings again) does not; the repeated header is dropped.
        string[] heading = ["科目编码", "", "科目名称", "合计", "人员经费", "公用经费"];
        var first = ColumnAlignmentTests.Built(10, [heading, ["301", "", "工资福利支出", "1,000.00", "1,000.00", ""], ["30101", "", "基本工资", "500.00", "500.00", ""]]);
        var next = ColumnAlignmentTests.Built(11,
            [["科目编码", "科目名称", "合计", "人员经费", "公用经费"], ["310", "资本性支出", "71.08", "", "71.08"], ["31002", "办公设备购置", "71.08", "", "71.08"]]);

        var stitched = Assert.Single(PageTableStitcher.Stitch([first, next]));

        Assert.Equal(5, stitched.Grid.Count);
        Assert.Equal(["310", "", "资本性支出", "71.08", "", "71.08"], stitched.Grid[3].Select(c => c.Text));
    }

    [Fact]
    public void Drops_a_repeated_header_whose_headings_are_cut_into_cells_otherwise()
    {
        // 本年收入 over 一般公共预算 | 事业收入 on the first page; on the next, joined to the cell under it.
        var first = ColumnAlignmentTests.Built(8,
            [["科目", "本年收入", "本年收入"], ["科目名称", "一般公共预算", "事业收入"], ["行政运行", "10.00", "2.00"]], headerRows: 2);
        var next = ColumnAlignmentTests.Built(9,
            [["科目", "一般公共预算", "本年收入事业收入"], ["科目名称", "一般公共预算", "本年收入事业收入"], ["住房公积金", "5.00", "1.00"]], headerRows: 2);

        var stitched = Assert.Single(PageTableStitcher.Stitch([first, next]));

        Assert.Equal(["科目名称", "行政运行", "住房公积金"], stitched.Grid.Skip(1).Select(row => row[0].Text));
    }

    [Fact]
    public void Drops_headings_repeated_without_the_row_numbering_the_columns()
    {
        // Hubei's 收入决算表: 栏次 1 2 under the headings on the first page only.
        var first = ColumnAlignmentTests.Built(5,
            [["科目名称", "本年收入合计", "财政拨款收入"], ["栏次", "1", "2"], ["卫生健康支出", "111.53", "111.53"]], headerRows: 2);
        var next = ColumnAlignmentTests.Built(6,
            [["科目名称", "本年收入合计", "财政拨款收入"], ["住房改革支出", "163.56", "163.56"]], headerRows: 1);

        var stitched = Assert.Single(PageTableStitcher.Stitch([first, next]));

        Assert.Equal(["科目名称", "栏次", "卫生健康支出", "住房改革支出"], stitched.Grid.Select(row => row[0].Text));
    }

    [Fact]
    public void Drops_a_repeated_header_whose_two_headings_joined_a_repeated_cell_under_each()
    {
        // 人员经费 | 公用经费 each centred over a 科目名称: joined to it on the first page, a row of their own on the next.
        var first = ColumnAlignmentTests.Built(15,
            [["科目编码", "人员经费科目名称", "决算数", "科目编码", "公用经费科目名称", "决算数"], ["301", "工资福利支出", "933.25", "302", "商品和服务支出", "178.06"]],
            headerRows: 1);
        var next = ColumnAlignmentTests.Built(16,
            [["人员经费", "人员经费", "人员经费", "公用经费", "公用经费", "公用经费"], ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"],
             ["", "", "", "30299", "其他商品和服务支出", "53.33"]], headerRows: 2);

        var stitched = Assert.Single(PageTableStitcher.Stitch([first, next]));

        Assert.Equal(["科目编码", "301", ""], stitched.Grid.Select(row => row[0].Text));
    }

    /// <summary>A part of a table cut by columns: codes and names, then the part's own headings and figures, one row per line.</summary>
    private static PageTable Part(int page, string[] headings, string[][] rows)
    {
        string[] header = ["科目编码", "科目名称", .. headings];
        double width = 500.0 / header.Length;
        IReadOnlyList<GridCell> Row(int r, string[] texts) =>
            [.. texts.Select((text, c) => new GridCell(text, new Box(50 + c * width, 100 + 20 * r, 50 + (c + 1) * width, 120 + 20 * r), r, c))];
        List<IReadOnlyList<GridCell>> grid = [Row(0, header), .. rows.Select((row, r) => Row(r + 1, row))];
        return new PageTable(page, new Box(50, 100, 550, 120 + 20 * rows.Length), ExtractionMethod.Stream, grid, 1, page == 6 ? "收入决算表" : null,
            [.. Enumerable.Range(0, header.Length + 1).Select(c => 50 + c * width)])
        { OpensPage = true, EndsPage = true };
    }

    [Theory]
    [InlineData("行政运行", true)]
    [InlineData("一般行政管理事务", false)]
    public void Joins_a_part_listing_the_first_parts_rows_again_beside_other_columns_across(string secondsThirdRow, bool across)
    {
        // Round BS's Anhui 收入决算表: 本年收入合计 | 财政拨款收入 on page 6, 事业收入 | 其他收入 on page 7 for the same rows. A part
        // listing other rows continues the table down.
        var left = Part(6, ["本年收入合计", "财政拨款收入"],
            [["201", "一般公共服务支出", "951.58", "922.01"], ["20138", "市场监督管理事务", "951.58", "922.01"], ["2013801", "行政运行", "551.65", "522.08"]]);
        var right = Part(7, ["事业收入", "其他收入"],
            [["201", "一般公共服务支出", "", "29.57"], ["20138", "市场监督管理事务", "", "29.57"], ["2013801", secondsThirdRow, "", "29.57"]]);

        var table = Assert.Single(PageTableStitcher.Stitch([left, right]));

        Assert.Equal(across ? 1 + 3 : 1 + 3 + 4, table.Grid.Count);
        if (!across) return;
        Assert.Equal(["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "事业收入", "其他收入"], table.Grid[0].Select(c => c.Text));
        Assert.Equal(["2013801", "行政运行", "551.65", "522.08", "", "29.57"], table.Grid[3].Select(c => c.Text));
        Assert.Equal([6, 6, 6, 6, 7, 7], table.Grid[3].Select(c => c.Page ?? 6));
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 2)]
    public void Joins_across_a_part_set_below_the_first_on_its_page_only_under_its_title_marked_continued(bool marked, int tables)
    {
        // Round CB's Guangdong: 表2 …部门收入预算总表, and under it on the same page 表2 …部门收入预算总表（续） for the same rows.
        var left = Part(6, ["合计", "一般公共预算"], [["", "合计", "257,324.19", "209,028.87"], ["128001", "广东省教育厅本级", "193,294.99", "157,016.82"],
            ["128002", "广东省教育考试院", "34,447.70", "27,982.47"]]);
        var right = Part(6, ["事业收入", "其他收入"], [["", "合计", "18,157.85", "9,181.11"], ["128001", "广东省教育厅本级", "13,639.69", "6,896.61"],
            ["128002", "广东省教育考试院", "2,430.77", "1,229.06"]]);
        right = right with { Title = "收入决算表（续）", MarkedContinued = marked, Box = right.Box with { Top = 400 } };

        var stitched = PageTableStitcher.Stitch([left, right]);

        Assert.Equal(tables, stitched.Count);
        Assert.Equal(tables == 1 ? 6 : 4, stitched[0].Grid[0].Count);
    }
}
