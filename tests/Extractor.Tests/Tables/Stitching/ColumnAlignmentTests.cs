using Extractor.Layout;
using Extractor.Tables;
using Extractor.Tables.Stitching;

namespace Extractor.Tests.Tables.Stitching;

/// <summary>A continued unruled table's page set on columns of its own, laid onto its first page's columns.</summary>
public sealed class ColumnAlignmentTests
{
    /// <summary>
    /// A stream table of the given rows (the first ones its header), columns evenly spread over 500 points from x 50, or
    /// between the given <paramref name="edges"/>.
    /// </summary>
    internal static PageTable Built(int page, string[][] rows, bool marked = false, int headerRows = 1, double[]? edges = null)
    {
        int columns = rows[0].Length;
        double width = 500.0 / columns;
        edges ??= [.. Enumerable.Range(0, columns + 1).Select(c => 50 + c * width)];
        var grid = rows.Select((row, r) => (IReadOnlyList<GridCell>)[.. row.Select((text, c) =>
            new GridCell(text, new Box(edges[c], 100 + 20 * r, edges[c + 1], 120 + 20 * r), r, c))]).ToList();
        return new PageTable(page, new Box(edges[0], 100, edges[^1], 100 + 20 * rows.Length), ExtractionMethod.Stream, grid, headerRows, null, edges)
        { OpensPage = true, EndsPage = true, MarkedContinued = marked };
    }

    /// <summary>A two-sided 基本支出表's first page: 人员经费 | 公用经费, each code, name and amount.</summary>
    internal static readonly string[][] TwoSided =
    [
        ["经济科目编码", "科目名称", "金额", "经济科目编码", "科目名称", "金额"],
        ["301", "工资福利支出", "956.95", "302", "商品和服务支出", "238.62"],
        ["30101", "基本工资", "201.68", "30201", "办公费", "43.23"],
        ["30102", "津贴补贴", "210.10", "30205", "水费", "5.70"],
    ];

    /// <summary>Its last page, the 人员经费 side ended: the left side's code and name columns one label column.</summary>
    internal static readonly string[][] RightSideOnly =
    [
        ["", "", "30239", "其他交通费用", "29.15"],
        ["", "", "310", "资本性支出", "8.53"],
        ["人员经费合计", "979.05", "公用经费合计", "", "247.15"],
    ];

    [Fact]
    public void Lays_each_column_onto_the_first_page_s_column_of_its_kind_in_order()
    {
        var first = Built(17, TwoSided);
        var last = Built(18, [["", "", "", "", ""], .. RightSideOnly]);

        var map = Assert.IsType<int[]>(ColumnAlignment.Map(first, last));

        Assert.Equal([1, 2, 3, 4, 5], map);
        var spread = ColumnAlignment.Spread(last, map, 6);
        Assert.Equal(["", "人员经费合计", "979.05", "公用经费合计", "", "247.15"], spread[^1].Select(c => c.Text));
        Assert.Equal(["", "", "", "30239", "其他交通费用", "29.15"], spread[1].Select(c => c.Text));
    }

    [Fact]
    public void A_column_the_first_page_leaves_blank_takes_figures_a_later_page_prints()
    {
        // Round BG's Tianjin 收入总表: 政府性基金 blank on the first page, printed for the last class only on the next.
        var first = Built(7,
        [
            ["科目编码", "科目名称", "合计", "政府性基金", "一般公共预算"],
            ["208", "社会保障和就业支出", "2,366.18", "", "2,366.18"],
            ["210", "卫生健康支出", "11,722.02", "", "11,722.02"],
        ]);
        var next = Built(8, [["221", "住房保障支出", "662.54", "", "662.54"], ["229", "其他支出", "113.94", "113.94", ""]], headerRows: 0);

        Assert.Equal([0, 1, 2, 3, 4], ColumnAlignment.Map(first, next)!);
    }

    [Fact]
    public void A_column_only_a_heading_and_the_total_s_label_fill_goes_nowhere_its_label_beside_it()
    {
        // Round BL's Tianjin 基本支出表: on the continued page the codes stand apart left of their centred heading, under
        // which only 合计 is printed.
        string[] heading = ["经济分类科目编码", "科目名称", "合计", "人员经费", "公用经费"];
        var first = Built(14, [heading, ["301", "工资福利支出", "2,256.0", "2,256.0", ""], ["30101", "基本工资", "587.0", "587.0", ""]]);
        var next = Built(15,
        [
            ["", .. heading], ["30215", "", "会议费", "2.8", "", "2.8"], ["30216", "", "培训费", "4.4", "", "4.4"],
            ["", "合计", "", "2,489.8", "2,300.1", "189.7"],
        ]);

        var map = Assert.IsType<int[]>(ColumnAlignment.Map(first, next));

        Assert.Equal([0, -1, 1, 2, 3, 4], map);
        var spread = ColumnAlignment.Spread(next, map, 5);
        Assert.Equal(["30215", "会议费", "2.8", "", "2.8"], spread[1].Select(c => c.Text));
        Assert.Equal(["合计", "", "2,489.8", "2,300.1", "189.7"], spread[3].Select(c => c.Text));
    }

    [Fact]
    public void A_code_s_parts_read_into_one_cell_go_to_the_first_page_s_part_columns()
    {
        // Round BL's Beijing 收入总表: 类 and 款 set as one column on the continued page.
        var first = Built(6,
        [
            ["类", "款", "项", "科目名称", "合计"],
            ["210", "", "", "卫生健康支出", "144.72"],
            ["210", "11", "", "行政事业单位医疗", "144.72"],
            ["210", "11", "01", "行政单位医疗", "50.00"],
        ]);
        var next = Built(7, [["类款", "项", "科目名称", "合计"], ["210 11", "03", "公务员医疗补助", "25.35"], ["221", "", "住房保障支出", "228.13"]],
            edges: [50, 250, 350, 450, 550]);

        var map = Assert.IsType<int[]>(ColumnAlignment.Map(first, next));
        var spread = ColumnAlignment.Spread(next, map, 5);

        Assert.Equal(["210", "11", "03", "公务员医疗补助", "25.35"], spread[1].Select(c => c.Text));
        Assert.Equal(["221", "", "", "住房保障支出", "228.13"], spread[2].Select(c => c.Text));
    }

    [Fact]
    public void A_page_whose_columns_fit_no_order_of_the_first_page_s_does_not_continue_it()
    {
        var first = Built(17, TwoSided);
        // A label and three columns of amounts: the first page has two after its labels, not three.
        var other = Built(18, [["项目", "2023", "2024", "2025"], ["其他交通费用", "1.00", "2.00", "3.00"], ["资本性支出", "4.00", "5.00", "6.00"]]);

        Assert.Null(ColumnAlignment.Map(first, other));
    }
}
