using Extractor.Model;
using Extractor.Tables;
using Extractor.Tables.Detectors;
using Extractor.Tests.Support;

namespace Extractor.Tests.Tables;

/// <summary>The table stage on real pages of each style, checked cell by cell against the truth files.</summary>
[Collection(ProcessedFixturesCollection.Name)]
public sealed class TableStageTests(ProcessedFixtures processed)
{
    private Table TableTitled(string pdf, string titlePart) =>
        Assert.Single(processed[$"disclosures/{pdf}"].Tables, t => t.Title.Contains(titlePart));

    private static IReadOnlyList<string> Texts(IReadOnlyList<Cell> row) => row.Select(c => c.Text).ToList();

    [Fact]
    public void Reads_a_ruled_table_over_two_pages_with_its_merged_header_cells()
    {
        var table = TableTitled("dev03-2024-wan.pdf", "部门收支总表");

        Assert.Equal("lattice", table.Method);
        Assert.Equal([4, 5], table.Pages);
        Assert.Equal(["收入", "收入", "支出", "支出", "支出", "支出"], table.Header[0]);
        Assert.Equal(["项目", "预算数", "项目(按经济分类)", "预算数", "项目(按功能分类)", "预算数"], table.Header[1]);
        Assert.Equal([new CellSpan(0, 0, 1, 2), new CellSpan(0, 2, 1, 4)], table.Spans);
        Assert.Equal(["一、财政拨款(补助)", "1940.66", "经济分类", "2037.89", "201一般公共服务", "0"], Texts(table.Rows[0]));
        Assert.Equal(1940.66m, table.Rows[0][1].Value);
        Assert.Equal(0m, table.Rows[0][5].Value);
        Assert.Null(table.Rows[0][0].Value);
        Assert.Equal(32, table.Rows.Count);
        Assert.Equal(4, table.Rows[0][1].Bbox!.Page);
        Assert.Equal(5, table.Rows[^1][0].Bbox!.Page);
    }

    [Fact]
    public void Reads_a_row_cut_by_a_page_break_as_one_row_with_its_wrapped_label()
    {
        var layout = Documents.Layout("generated/page-cut-row.pdf");

        var table = CanonicalTables.From(Assert.Single(TableDetectors.Default.Detect(layout)), "t1");

        Assert.Equal([1, 2], table.Pages);
        int cut = table.Rows.ToList().FindIndex(r => r[0].Text == "2040499");
        Assert.Equal(["2040499", "Prosecution, trial, investigation and enforcement supervision", "1,895.00", "1,860.00"], Texts(table.Rows[cut]).Select(t => t.Replace('\n', ' ')));
        Assert.Equal(["2040501", "Courts administration", "300.00", "287.45"], Texts(table.Rows[cut + 1]));
    }

    [Fact]
    public void Reads_a_table_with_no_rules_at_all_exactly()
    {
        var table = TableTitled("dev01-2024-yuan.pdf", "基本支出表(经济分类款级)");
        var truth = TruthTable("dev01-2024-yuan.pdf", table.Title);

        Assert.Equal("stream", table.Method);
        Assert.Equal(["经济科目", "科目名称", "合计"], table.Header.Single());
        Assert.Equal(truth, table.Rows.Select(Texts));
        Assert.Equal(3844717.78m, table.Rows[0][2].Value);
    }

    [Fact]
    public void Reads_a_three_line_table_continued_over_seven_pages_as_one_table()
    {
        var table = TableTitled("dev02-2025-wan.pdf", "功能分类项级");
        var truth = TruthTable("dev02-2025-wan.pdf", table.Title);

        Assert.Equal([15, 16, 17, 18, 19, 20, 21], table.Pages);
        Assert.Single(table.Header);
        Assert.Equal(13, table.Header[0].Count);
        // The header printed again on every page is not repeated in the body.
        Assert.DoesNotContain(table.Rows, row => row[0].Text == "科目编码");
        Assert.Equal(truth, table.Rows.Select(Texts));
    }

    [Fact]
    public void Keeps_a_cjk_cell_wrapped_over_three_lines_in_one_cell()
    {
        var table = TableTitled("dev13-2021-wan.pdf", "项目绩效目标表");

        Assert.Equal(["应急救援物资储备", "188.10", "保障应急救援物资储备顺利实施,按期完成年度工作任务,提升服务质量和群众满意度。",
            "产出指标", "数量指标", "完成工作任务数", "≥9项"], Texts(table.Rows[0]));
        Assert.Equal(TruthTable("dev13-2021-wan.pdf", table.Title), table.Rows.Select(Texts));
    }

    [Fact]
    public void Joins_two_cells_wrapped_above_and_below_a_row_of_amounts()
    {
        // Unit name and item name both wrap, centred on the row: their lines sit above and below its amounts.
        var table = TableTitled("dev05-2024-wan.pdf", "政府采购");

        var row = Assert.Single(table.Rows, r => r[2].Text.StartsWith("12315投诉举报平台运维-信息系统运维"));
        Assert.Equal(["349001", "宜昌市西陵区市场监督管理局本级", "12315投诉举报平台运维-信息系统运维服务", "服务", "项", "10", "36.42"], Texts(row).Take(7));
        Assert.DoesNotContain(table.Rows, r => r[1].Text == "本级" || r[2].Text == "务");
    }

    [Fact]
    public void Builds_a_three_level_header_of_an_unruled_table_with_parents_repeated_over_their_span()
    {
        var table = TableTitled("dev01-2024-yuan.pdf", "部门收入总表");

        Assert.Equal(3, table.Header.Count);
        Assert.Equal(["单位编码", "单位名称", "总计", "财政拨款(补助)", "财政拨款(补助)", "财政拨款(补助)", "财政拨款(补助)",
            "纳入财政专户管理资金", "政府性基金", "其他自有资金", "其他自有资金", "其他自有资金", "其他自有资金", "其他自有资金",
            "上年结转", "上年结转", "上年结转", "上年结转", "上年结转"], table.Header[0]);
        Assert.Contains(new CellSpan(0, 3, 1, 4), table.Spans);
        Assert.Contains(new CellSpan(0, 0, 3, 1), table.Spans);
        Assert.Equal("财政指标拨款(补助)", table.Header[2][4]);
    }

    [Fact]
    public void Gives_an_empty_table_its_header_and_no_rows()
    {
        var table = TableTitled("dev01-2024-yuan.pdf", "政府性基金预算支出表");

        Assert.Empty(table.Rows);
        Assert.Equal(["功能科目编码", "功能科目名称", "单位代码", "单位名称", "本年政府性基金预算支出", "本年政府性基金预算支出", "本年政府性基金预算支出"], table.Header[0]);
        Assert.Equal(["功能科目编码", "功能科目名称", "单位代码", "单位名称", "小计", "基本支出", "项目支出"], table.Header[1]);
    }

    [Fact]
    public void Finds_every_table_of_each_disclosure_with_its_pages()
    {
        foreach (var pdf in Fixtures.Pdfs("disclosures").Select(Path.GetFileName).Where(n => n!.StartsWith("dev")))
        {
            var truth = Fixtures.Truth(pdf!).GetProperty("tables").EnumerateArray().ToList();
            var tables = processed[$"disclosures/{pdf}"].Tables;
            foreach (var expected in truth)
            {
                var pages = expected.GetProperty("pages").EnumerateArray().Select(p => p.GetInt32()).ToList();
                Assert.Contains(tables, t => t.Pages.SequenceEqual(pages));
            }
        }
    }

    private static IReadOnlyList<IReadOnlyList<string>> TruthTable(string pdf, string title) =>
        Fixtures.Truth(pdf).GetProperty("tables").EnumerateArray()
            .Single(t => Compact(t.GetProperty("title").GetString()!) == Compact(title))
            .GetProperty("rows").EnumerateArray()
            .Select(r => (IReadOnlyList<string>)r.EnumerateArray().Select(c => c.GetProperty("text").GetString()!).ToList())
            .ToList();

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public void Ends_a_forms_header_at_its_first_field_row_and_reads_the_sums_among_its_text()
    {
        var table = processed["disclosures/dxh-xzspj-2023.pdf"].Tables.Single(t => t.Title.Contains("整体支出绩效目标"));

        Assert.Equal(["部门总体资金情况", "部门总体资金情况", "部门总体资金情况", "当年金额", "占比", "前年", "2022年"], Assert.Single(table.Header));
        Assert.Equal("部门名称", table.Rows[0][0].Text);
        // 当年金额 holds four sums per block above pages of target text: they are amounts all the same.
        Assert.Equal(4501.87m, table.Rows[2][3].Value);
        Assert.Null(table.Rows[0][3].Value);
    }
}
