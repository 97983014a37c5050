using Extractor.Model;
using Extractor.Tests.Support;

namespace Extractor.Tests.Tables;

/// <summary>The table stage on real published PDFs, whose quirks generated documents do not have.</summary>
[Collection(ProcessedFixturesCollection.Name)]
public sealed class RealPublicationTableTests(ProcessedFixtures processed)
{
    private IReadOnlyList<Table> Tables(string pdf) => processed[$"real-cn/{pdf}"].Tables;

    [Fact]
    public void Joins_a_total_row_carried_over_onto_a_page_of_its_own()
    {
        var table = Assert.Single(Tables("sh-putuo-wanli-2025-dept-budget.pdf"), t => t.Title == "2025年部门支出预算总表");

        Assert.Equal([14, 15, 16, 17, 18], table.Pages);
        Assert.Equal("合计", table.Rows[^1][0].Text);
        Assert.Contains(table.Rows[^1], c => c.Text == "189,767,551");
        Assert.Equal(18, table.Rows[^1][0].Bbox!.Page);
    }

    [Fact]
    public void Converts_a_table_printed_in_wan_yuan_inside_a_document_in_yuan_by_its_own_caption()
    {
        var document = processed["real-cn/sh-putuo-zfb-2025-dept-budget.pdf"];
        var threePublic = Assert.Single(document.Tables, t => t.Type == TableTypes.ThreePublicExpenses);

        Assert.Equal(MoneyUnit.Yuan, document.Unit);
        Assert.Equal(MoneyUnit.WanYuan, threePublic.Unit);
        Assert.All(document.Tables.Where(t => t != threePublic), t => Assert.Equal(MoneyUnit.Yuan, t.Unit));
        var item = document.LineItems.First(i => i.TableId == threePublic.Id && i.AmountPrinted == "867.50");
        Assert.Equal(8675000m, item.Amount);
    }

    [Fact]
    public void Reads_a_title_wrapped_over_two_lines_whole()
    {
        Assert.Contains(Tables("js-jcy-2017-dept-budget.pdf"), t => t.Title == "十一、一般公共预算“三公”经费、会议费、培训费支出预算表");
    }

    [Fact]
    public void Reads_a_title_set_with_wide_leading_whole()
    {
        Assert.Contains(Tables("js-jcy-2018-dept-budget.pdf"), t => t.Title == "公开 09 表：一般公共预算“三公”经费、会议费、培训费支出预算表");
    }

    [Fact]
    public void Finds_titles_above_a_wrapped_caption_and_at_the_foot_of_the_previous_page()
    {
        // Page 12 ends with "财政拨款基本支出预算表" and its caption; the table opens page 13. On page 17 the title
        // sits 120 points above the header, with the 部门/单位 caption between them.
        var tables = Tables("js-rdbgt-2017-dept-budget.pdf");

        var carried = Assert.Single(tables, t => t.Title == "财政拨款基本支出预算表");
        Assert.Equal([13, 14, 15], carried.Pages);
        Assert.Equal(MoneyUnit.WanYuan, carried.Unit);
        Assert.Equal(17, Assert.Single(tables, t => t.Title == "一般公共预算基本支出预算表").Pages[0]);
        // "部门名称：江苏省人大 / 常委会办公厅 … 单位:万元" is a caption wrapped over two lines.
        Assert.Contains(Tables("js-rdbgt-2018-dept-budget.pdf"), t => t.Title == "收支预算总表" && t.Pages[0] == 8);
    }

    [Fact]
    public void Leaves_out_text_drawn_outside_the_page()
    {
        var tables = Tables("js-rdbgt-2017-dept-budget.pdf");

        Assert.All(tables.SelectMany(t => t.Rows).SelectMany(r => r), cell => Assert.InRange(cell.Bbox!.Bottom, 0, 842));
        Assert.Single(tables, t => t.Pages.Contains(11));
    }

    [Fact]
    public void Reads_every_table_of_a_shanghai_budget_with_its_title_and_pages()
    {
        var tables = Tables("sh-putuo-zfb-2025-dept-budget.pdf");

        Assert.Equal(
        [
            ("2025年部门财务收支预算总表", "8"), ("2025年部门收入预算总表", "9,10"), ("2025年部门支出预算总表", "11,12"),
            ("2025年部门财政拨款收支预算总表", "13"), ("2025年部门一般公共预算支出功能分类预算表", "14,15"),
            ("2025年部门政府性基金预算支出功能分类预算表", "16"), ("2025年部门国有资本经营预算支出功能分类预算表", "17"),
            ("2025年部门一般公共预算基本支出部门预算经济分类预算表", "18,19"), ("2025年部门“三公”经费和机关运行经费预算表", "20"),
        ], tables.Select(t => (t.Title, string.Join(",", t.Pages))));
    }

    [Fact]
    public void Maps_the_columns_of_a_shanghai_budget_under_its_whole_table_headings()
    {
        var tables = Tables("sh-putuo-zfb-2025-dept-budget.pdf");
        IReadOnlyList<string?> Columns(string type) => tables.Single(t => t.Type == type).Columns;

        // 收入预算 / 支出预算 / 一般公共预算支出 head every amount column: 合计 under them is the table's total.
        Assert.Equal(["total", "income.fiscal_appropriation", "income.public_service", "income.business", "income.other"], Columns(TableTypes.IncomeSummary).Skip(4));
        Assert.Equal(["total", "basic.total", "project.total"], Columns(TableTypes.ExpenditureSummary).Skip(4));
        Assert.Equal(["amount", null, "total", "fund.general_budget", "fund.government_fund", "fund.state_capital"], Columns(TableTypes.FiscalAppropriationSummary).Skip(1));
        Assert.Equal(["total", "three_public.overseas", "three_public.reception", "three_public.vehicle", "three_public.vehicle_purchase",
            "three_public.vehicle_operation", "operating_costs"], Columns(TableTypes.ThreePublicExpenses));
        // A table printed empty: its 合计 row read as a header row names no column.
        Assert.Equal([null, null, null, null, "total", "basic.total", "project.total"], Columns(TableTypes.GovernmentFundExpenditure));
        // The two-sided summary keeps one amount column a side.
        Assert.Equal([null, "amount", null, "amount"], Columns(TableTypes.IncomeExpenditureSummary));
    }

    [Fact]
    public void Maps_a_final_accounts_three_public_columns_by_phase()
    {
        // 财政拨款“三公”经费 / 因公出国（境）费 / 预算数 | 决算数 …, a header five rows deep.
        var table = Assert.Single(Tables("sh-putuo-czj-2024-dept-final.pdf"), t => t.Type == TableTypes.ThreePublicExpenses);

        Assert.Equal(["budget.initial.total", "actual.total", "budget.initial.three_public.overseas", "actual.three_public.overseas",
            "budget.initial.three_public.vehicle", "actual.three_public.vehicle", "budget.initial.three_public.vehicle_purchase",
            "actual.three_public.vehicle_purchase", "budget.initial.three_public.vehicle_operation", "actual.three_public.vehicle_operation",
            "budget.initial.three_public.reception", "actual.three_public.reception"], table.Columns);
        Assert.Equal("0.95", Assert.Single(table.Rows)[0].Text);
    }
}
