using Extractor.Layout;
using Extractor.Tables;

namespace Extractor.Tests.Tables;

/// <summary>Which rows of a grid are its header, on small built grids.</summary>
public sealed class TableShapeTests
{
    /// <summary>
    /// A grid from rows of cell texts; a cell written "&lt;" belongs to the merged cell on its left, "^" to the one
    /// above (as the lattice reader repeats a merged cell over its positions).
    /// </summary>
    private static List<IReadOnlyList<GridCell>> Grid(params string[][] rows)
    {
        var grid = new List<IReadOnlyList<GridCell>>();
        for (int r = 0; r < rows.Length; r++)
        {
            var row = new List<GridCell>();
            for (int c = 0; c < rows[r].Length; c++)
            {
                var (originRow, originCol) = rows[r][c] switch
                {
                    "<" => (row[c - 1].OriginRow, row[c - 1].OriginCol),
                    "^" => (grid[r - 1][c].OriginRow, grid[r - 1][c].OriginCol),
                    _ => (r, c),
                };
                string text = originRow == r && originCol == c ? rows[r][c] : (originRow == r ? row[originCol].Text : grid[originRow][originCol].Text);
                row.Add(new GridCell(text, new Box(c * 50, r * 20, c * 50 + 50, r * 20 + 20), originRow, originCol));
            }
            grid.Add(row);
        }
        return grid;
    }

    [Fact]
    public void The_header_of_a_table_with_amounts_runs_to_its_first_row_of_figures()
    {
        Assert.Equal(2, TableShape.HeaderRowCount(Grid(["科目", "预算数", "<"], ["^", "基本支出", "项目支出"], ["201", "12.00", "3.00"])));
    }

    [Fact]
    public void Whole_yuan_printed_without_separators_after_a_label_open_the_body()
    {
        // Round JJ's Hebei: 205 | 教育支出 | 90948700 under a two-row header; a year heading alone opens nothing.
        Assert.Equal(2, TableShape.HeaderRowCount(Grid(["科目编码", "科目名称", "合计", "基本支出"], ["^", "^", "^", "小计"],
            ["205", "教育支出", "90948700", "79458700"], ["20501", "教育管理事务", "6712300", "4862300"])));
        Assert.Equal(2, TableShape.HeaderRowCount(Grid(["项目", "预算数", "<"], ["^", "2025", "2026"], ["合计", "12.00", "13.00"])));
        // Nor a code after its label.
        Assert.False(TableShape.OpensBody(["单位代码", "401001", "单位名称", "正定县教育局"]));
        Assert.True(TableShape.OpensBody(["一、一般公共预算拨款收入", "115474800", "一、教育支出", "93680700"]));
    }

    [Fact]
    public void A_dash_among_headings_does_not_open_the_body_but_a_row_of_dashes_does()
    {
        // scan02 p9 at 300 dpi: the first heading line holds a rule's end OCR read as "-" before the headings beside it.
        Assert.Equal(2, TableShape.HeaderRowCount(Grid(["", "-", "商品和服务支出"], ["科目名称", "合计", "工资福利支出"], ["行政运行", "12.00", "3.00"])));
        Assert.Equal(1, TableShape.HeaderRowCount(Grid(["科目名称", "合计", "工资福利支出"], ["合计", "-", "-"], ["行政运行", "12.00", "3.00"])));
    }

    [Fact]
    public void The_row_numbering_the_columns_closes_the_header_over_figures_and_over_an_empty_body()
    {
        Assert.Equal(2, TableShape.HeaderRowCount(Grid(["项目", "<", "合计", "基本支出"], ["栏次", "<", "1", "2"], ["合计", "<", "12.00", "3.00"])));
        Assert.Equal(2, TableShape.HeaderRowCount(Grid(["项目", "<", "合计", "基本支出"], ["栏次", "<", "1", "2"], ["合计", "<", "", ""])));
        // Counts that do not number the columns are body.
        Assert.Equal(1, TableShape.HeaderRowCount(Grid(["序号", "单位名称", "人数"], ["1", "本级", "12"], ["2", "财政所", "3"])));
    }

    [Fact]
    public void A_small_table_of_text_keeps_its_rows_as_body_under_one_header_row()
    {
        Assert.Equal(1, TableShape.HeaderRowCount(Grid(["序号", "单位名称", "备注"], ["1", "本级", "预算不单列"], ["2", "财政所", "并入本级"])));
    }

    [Fact]
    public void A_table_printed_empty_keeps_its_merged_heading_and_its_total_row_is_body()
    {
        // 功能科目 over 编码 and 名称: the second row names the group's parts; 合计 with its amount blank is body.
        var blank = Grid(["功能科目", "<", "金额"], ["编码", "名称", "^"], ["合计", "<", ""]);

        Assert.Equal(2, TableShape.HeaderRowCount(blank));
    }

    [Fact]
    public void A_heading_over_every_column_goes_on_into_the_row_that_names_them_but_a_forms_title_lines_do_not()
    {
        var threePublic = Grid(["财政拨款三公经费", "<", "<", "<"], ["合计", "因公出国(境)费", "公务用车", "<"], ["^", "^", "购置费", "运行费"]);
        var form = Grid(["项目绩效目标申报表", "<", "<"], ["(2023年度)", "<", "<"], ["填报日期：2022.12", "<", "<"]);

        Assert.Equal(3, TableShape.HeaderRowCount(threePublic));
        Assert.Equal(1, TableShape.HeaderRowCount(form));
    }
}
