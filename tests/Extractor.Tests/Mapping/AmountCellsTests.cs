using Extractor.Layout;
using Extractor.Mapping;
using Extractor.Tables;

namespace Extractor.Tests.Mapping;

/// <summary>The figures of a found table's cells: which columns hold amounts, and whether a blank is a zero.</summary>
public sealed class AmountCellsTests
{
    /// <summary>A one-page lattice table of these rows (the first the header), no cell merged.</summary>
    private static StitchedTable Found(params string[][] rows) => Found(1, rows);

    private static StitchedTable Found(int headerRows, params string[][] rows)
    {
        var grid = rows.Select((row, r) => (IReadOnlyList<GridCell>)row.Select((text, c) => new GridCell(text, new Box(c * 50, r * 10, c * 50 + 50, r * 10 + 10), r, c)).ToList()).ToList();
        return new StitchedTable([1], "支出预算表", ExtractionMethod.Lattice, headerRows, grid, grid.Select(_ => 1).ToList(), null);
    }

    private static IReadOnlyList<IReadOnlyList<decimal?>> Values(StitchedTable found) =>
        AmountCells.Read(CanonicalTables.From(found, "t1"), found).Rows.Select(row => (IReadOnlyList<decimal?>)row.Select(c => c.Value).ToList()).ToList();

    [Fact]
    public void Reads_a_blank_amount_as_zero_where_the_table_prints_no_zero_and_a_code_column_as_no_amount()
    {
        var values = Values(Found(
            ["科目编码", "科目名称", "合计", "基本支出"],
            ["201", "一般公共服务支出", "1,200.50", ""],
            ["20101", "人大事务", "300.00", "300.00"]));

        Assert.Equal([null, null, 1200.50m, 0m], values[0]);
        Assert.Equal([null, null, 300m, 300m], values[1]);
    }

    [Fact]
    public void Reads_a_column_of_class_and_kuan_printed_apart_in_one_cell_as_codes()
    {
        var values = Values(Found(
            ["类款", "项", "科目名称", "合计"],
            ["201", "", "一般公共服务支出", "2,067.42"],
            ["201 38", "", "市场监督管理事务", "2,067.42"],
            ["201 38", "01", "行政运行", "877.17"]));

        Assert.Equal([null, null, null, 877.17m], values[2]);
    }

    [Fact]
    public void Reads_no_amount_in_a_row_whose_unit_names_a_count()
    {
        // Round CH's Hebei: 机关运行经费及国有资产占用情况表, one column of counts and amounts, each row naming its unit.
        var values = Values(Found(
            ["项目", "计量\n单位", "数量/\n金额"],
            ["机关运行经费支出", "万元", "738.35"],
            ["车辆数合计", "辆", "11"],
            ["单价100万元（含）以上设备（不含车辆）", "台（套）", "0"]));

        Assert.Equal([null, null, 738.35m], values[0]);
        Assert.Equal([null, null, null], values[1]);
        Assert.Equal([null, null, null], values[2]);
    }

    [Fact]
    public void Reads_the_amounts_of_a_list_printing_its_counts_in_a_column_of_their_own()
    {
        // A procurement list: 计量单位 | 数量 | 金额, every row's amount an amount whatever its unit (the 数量 column is told a
        // label's by its header when the table is mapped).
        var values = Values(Found(
            ["项目名称", "计量单位", "数量", "金额"],
            ["办公设备", "台", "12", "36.00"]));

        Assert.Equal([null, null, 12m, 36m], values[0]);
    }

    [Theory]
    [InlineData("增减率（%）")]
    [InlineData("决算数为调整预算数的%")]
    public void Reads_no_amount_in_a_column_of_rates(string rateHeading)
    {
        var values = Values(Found(
            ["科目编码", "科目名称", "预算数", "增减额", rateHeading],
            ["208", "社会保障和就业支出", "290.36", "23.09", "8.64"]));

        Assert.Equal([null, null, 290.36m, 23.09m, null], values[0]);
    }

    [Fact]
    public void Reads_no_amount_in_a_column_of_rates_over_the_columns_numbers()
    {
        // Round AN's Zhejiang: the national template's 栏次 row under 决算数为年初预算数的%.
        var values = Values(Found(2,
            ["科目编码", "科目名称", "年初预算数", "决算数", "决算数为年初预算数的%"],
            ["栏次", "", "1", "2", "3"],
            ["205", "教育支出", "2,000.00", "2,135.40", "106.77"]));

        Assert.Equal([null, null, 2000.00m, 2135.40m, null], values[0]);
    }

    [Fact]
    public void Leaves_a_blank_amount_blank_where_the_table_prints_its_zeros()
    {
        var values = Values(Found(
            ["科目编码", "科目名称", "合计", "基本支出"],
            ["201", "一般公共服务支出", "1,200.50", ""],
            ["20101", "人大事务", "0.00", "300.00"]));

        Assert.Null(values[0][3]);
        Assert.Equal(0m, values[1][2]);
    }

    [Fact]
    public void Leaves_the_canonical_table_as_found_but_for_its_values()
    {
        var found = Found(["项目", "预算数"], ["合计", "12.00"]);
        var table = CanonicalTables.From(found, "t1");

        var read = AmountCells.Read(table, found);

        Assert.All(table.Rows.SelectMany(r => r), cell => Assert.Null(cell.Value));
        Assert.Equal(table.Rows.SelectMany(r => r).Select(c => c with { Value = null }), read.Rows.SelectMany(r => r).Select(c => c with { Value = null }));
        Assert.Equal(12m, read.Rows[0][1].Value);
    }
}
