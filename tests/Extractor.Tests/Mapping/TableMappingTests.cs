using Extractor.Mapping;
using Extractor.Model;

namespace Extractor.Tests.Mapping;

/// <summary>The measures a whole table's columns get: what one column's path alone cannot tell.</summary>
public sealed class TableMappingTests
{
    private static IReadOnlyList<string?> Columns(string title, string[][] header)
    {
        int count = header[0].Length;
        var values = Enumerable.Range(0, count).Select(c => c < 1 ? new Cell("合计") : new Cell("1.00", 1m)).ToList();
        var table = new Table { Id = "t1", Title = title, Pages = [5], Header = header, Rows = [values], Columns = [.. Enumerable.Repeat<string?>(null, count)] };
        return TableMapping.Apply([table], TableTypeClassifier.Shipped).Tables[0].Columns;
    }

    [Fact]
    public void Reads_the_phase_heading_a_final_accounts_three_public_table_prints_over_its_parts()
    {
        // The national template: 预算数 over 合计 and the parts, then 决算数 over the same.
        var columns = Columns("一般公共预算财政拨款“三公”经费支出决算表",
        [
            ["项目", "预算数", "预算数", "预算数", "决算数", "决算数", "决算数"],
            ["项目", "合计", "因公出国（境）费", "公务接待费", "合计", "因公出国（境）费", "公务接待费"],
        ]);

        Assert.Equal([null, "budget.initial.total", "budget.initial.three_public.overseas", "budget.initial.three_public.reception",
            "actual.total", "actual.three_public.overseas", "actual.three_public.reception"], columns);
    }

    [Theory]
    // Round IZ's Xiamen: the first source an "of which" of the total, the other beside it.
    [InlineData("本年支出合计|其中：财政拨款|其他资金", "total|income.fiscal_appropriation|source.other")]
    // Alone after its total it leaves the rest unprinted; after a part it is inside the part.
    [InlineData("本年支出合计|其中：财政拨款", "total|other:其中：财政拨款")]
    [InlineData("本年支出合计|事业收入|其中：财政拨款|其他资金", "total|income.public_service|other:其中：财政拨款|source.other")]
    public void Reads_a_source_printed_as_an_of_which_of_its_total_beside_the_others_as_a_source(string headings, string expected)
    {
        var columns = Columns("项目支出决算表", [["项目名称", .. headings.Split('|')]]);

        Assert.Equal(expected, string.Join("|", columns.Skip(1)));
    }

    [Fact]
    public void Reads_a_year_heading_printed_in_its_first_cell_as_heading_the_columns_up_to_the_next()
    {
        // Round GW's Zhejiang: last year's 三公 parts, then this year's, each group named in its first cell only.
        var columns = Columns("2026年部门“三公”经费预算表",
        [
            ["项目", "2025年“三公”经费预算数", "", "", "2026年“三公”经费预算数", "", ""],
            ["项目", "合计", "因公出国（境）费", "公务接待费", "合计", "因公出国（境）费", "公务接待费"],
        ]);

        Assert.Equal([null, "other:2025年“三公”经费预算数/合计", "other:2025年“三公”经费预算数/因公出国（境）费", "other:2025年“三公”经费预算数/公务接待费",
            "total", "three_public.overseas", "three_public.reception"], columns);
    }

    [Fact]
    public void Reads_this_years_column_under_each_part_of_a_table_printing_years_under_its_parts()
    {
        // Round JE's Anhui: each part over 2024年 | 2025年 | 增减; only 2025's are the parts' figures.
        var columns = Columns("表七一般公共预算“三公”经费支出表",
        [
            ["单位名称", "合计", "合计", "合计", "因公出国（境）费", "因公出国（境）费", "因公出国（境）费", "公务接待费", "公务接待费", "公务接待费"],
            ["单位名称", "2024年", "2025年", "增减", "2024年", "2025年", "增减", "2024年", "2025年", "增减"],
        ]);

        Assert.Equal(["total", "three_public.overseas", "three_public.reception"], columns.Where(c => c is not null && !c.StartsWith("other:", StringComparison.Ordinal)));
        Assert.Equal("other:合计/2024年", columns[1]);
    }

    [Fact]
    public void Spreads_no_year_printed_once_over_the_header_or_merged_down_over_its_own_column()
    {
        // A lone year heading over its columns, and one merged down beside a change column: neither heads a group.
        var columns = Columns("2026年部门“三公”经费预算表",
        [
            ["项目", "2025年预算数", "2026年预算数", "", ""],
            ["项目", "2025年预算数", "2026年预算数", "增减额", "增减率"],
        ]);

        Assert.DoesNotContain(columns, c => c is not null && c.Contains("2026年预算数/增减", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_the_parts_after_a_sources_subtotal_as_inside_it()
    {
        // Round KZ's Shaanxi 收入总表: … | 单位资金小计 | 其中：事业收入 | 其他收入; 其他收入 is the unit's funds', no source beside them.
        var columns = Columns("附表2 2025年部门综合预算收入总表",
            [["单位名称", "合计", "一般公共预算拨款", "财政专户管理资金", "单位资金小计", "其中：事业收入", "其他收入"]]);

        Assert.Equal([null, "total", "income.general_budget", "income.special_account", "income.other_own", "other:其中：事业收入", "other:其他收入"], columns);
    }

    [Fact]
    public void Reads_this_years_bare_budget_heading_beside_last_years_as_the_amount()
    {
        // Round KK's Heilongjiang: a 三公 table inside the narrative, its parts as rows.
        var columns = Columns("“三公”经费预算变动情况", [["项目", "2024年预算", "2025年预算", "增减额", "增减率"]]);

        Assert.Equal("other:2024年预算", columns[1]);
        Assert.Equal("amount", columns[2]);
    }

    [Fact]
    public void Reads_what_was_spent_beside_the_budget_as_the_outcome()
    {
        // Round AR's Inner Mongolia: 年初预算数 | 本年支出 (each 合计 | 基本支出 | 项目支出) | 完成年初预算, over a 栏次 row of sums.
        var columns = Columns("一般公共预算财政拨款支出决算表",
        [
            ["项目", "年初预算数", "年初预算数", "年初预算数", "本年支出", "本年支出", "本年支出"],
            ["科目名称", "合计", "基本支出", "项目支出", "合计", "基本支出", "项目支出"],
            ["栏次", "1=2+3", "2", "3", "4=5+6", "5", "6"],
        ]);

        Assert.Equal([null, "budget.initial.total", "budget.initial.basic.total", "budget.initial.project.total", "actual.total", "actual.basic.total", "actual.project.total"], columns);
    }

    [Fact]
    public void Reads_a_project_tables_budget_and_spending_as_the_years_budget_and_its_outcome()
    {
        // Rounds FC and FN: a final account's 项目支出决算表, 序号 | 项目名称 | 预算安排 | 实际支出.
        var columns = Columns("项目支出决算表", [["序号", "项目名称", "预算安排", "实际支出"]]);

        Assert.Equal([null, null, "budget.adjusted", "actual"], columns);
        // Without what was spent beside it, a budget's 预算安排 is no phase.
        Assert.DoesNotContain("budget.adjusted", Columns("项目支出预算表", [["序号", "项目名称", "预算安排", "其中：财政拨款"]]));
    }

    [Fact]
    public void Reads_a_phase_printed_in_one_cell_with_the_heading_under_it_as_both()
    {
        // Round BV's Jiangsu: 决算数 over 基本支出 | 项目支出, its 合计 printed with it in one cell.
        var columns = Columns("一般公共预算财政拨款支出决算表",
        [
            ["科目名称", "年初预算数", "调整预算数", "决算数合计", "决算数", "决算数"],
            ["科目名称", "年初预算数", "调整预算数", "决算数合计", "基本支出", "项目支出"],
        ]);

        Assert.Equal([null, "budget.initial", "budget.adjusted", "actual.total", "actual.basic.total", "actual.project.total"], columns);
    }

    [Fact]
    public void Reads_basic_expenditure_printed_in_one_cell_with_the_part_under_it_as_both()
    {
        // Round CG's Sichuan: an unruled header sets 2026年基本支出, spanning 合计 | 人员经费 | 公用经费, over the middle column only.
        var columns = Columns("一般公共预算基本支出表",
            [["科目编码", "部门预算支出经济分类科目科目名称", "合计", "2026年基本支出人员经费", "公用经费"]]);

        Assert.Equal([null, null, "total", "basic.personnel", "basic.public_funds"], columns);
    }

    [Fact]
    public void Reads_this_years_budget_and_actual_beside_last_years_actual_by_their_phase()
    {
        // Round AA's Zhejiang: the 三公 table by kind in rows, 上年决算数 | 本年预算数 | 本年决算数.
        var columns = Columns("“三公”经费支出决算表", [["项目", "上年决算数", "本年预算数", "本年决算数"]]);

        Assert.Equal([null, "other:上年决算数", "budget.initial", "actual"], columns);
        // A budget's 上年预算数 | 本年预算数: this year's figure.
        Assert.Equal([null, "other:上年预算数", "amount"], Columns("“三公”经费预算表", [["项目", "上年预算数", "本年预算数"]]));
        // Round KQ's Jiangsu: 当年 names this year's as 本年 does, its 合计 the table's total.
        Assert.Equal([null, "other:上年预算数", "total", "basic.total", "project.total"], Columns("一般公共预算支出表",
            [["科目名称", "上年预算数", "当年预算数", "当年预算数", "当年预算数"], ["科目名称", "上年预算数", "合计", "基本支出", "项目支出"]]));
        // Round AF's Hubei: 本年预算 without 数.
        Assert.Equal([null, "other:上年预算", "amount", "other:增减额"], Columns("“三公”经费预算表", [["项目", "上年预算", "本年预算", "增减额"]]));
    }

    [Fact]
    public void Reads_a_column_of_counts_and_amounts_as_the_amount_and_a_column_of_counts_as_none()
    {
        // Round CH's 机关运行经费及国有资产占用情况表: each row names its unit, the amounts' rows 万元.
        Assert.Equal([null, null, "amount"], Columns("机关运行经费及国有资产占用情况表", [["项目", "计量单位", "数量/金额"]]));
        Assert.Equal([null, null, "amount"], Columns("机关运行经费及国有资产占用情况表", [["项目", "数量", "金额"]]));
    }

    [Fact]
    public void Reads_a_final_summary_s_sides_as_its_figures_and_its_budget_columns_by_their_phase()
    {
        // Shanghai's final accounts: 收入 | 支出 over 年初预算数 | 决算数 on each side, the 决算数 of 支出 by fund.
        var columns = Columns("财政拨款收入支出决算总表",
        [
            ["收入", "收入", "收入", "支出", "支出", "支出", "支出"],
            ["项目", "年初预算数", "决算数", "项目", "年初预算数", "决算数", "决算数"],
            ["项目", "年初预算数", "决算数", "项目", "年初预算数", "合计", "一般公共预算财政拨款"],
        ]);

        Assert.Equal([null, "budget.initial", "amount", null, "budget.initial", "total", "fund.general_budget"], columns);
    }

    [Fact]
    public void Reads_an_earlier_years_columns_beside_a_later_years_as_last_years()
    {
        var columns = Columns("2024年“三公”经费预算表",
        [
            ["项目", "2023年预算数", "2023年预算数", "2024年预算数", "2024年预算数"],
            ["项目", "因公出国（境）费", "公务接待费", "因公出国（境）费", "公务接待费"],
        ]);

        Assert.Equal([null, "other:2023年预算数/因公出国（境）费", "other:2023年预算数/公务接待费", "three_public.overseas", "three_public.reception"], columns);
    }

    [Fact]
    public void Reads_the_later_years_subtotal_beside_an_earlier_years_column_as_the_tables_total()
    {
        // 一般公共预算支出表: last year's budget in one column, then this year's 小计 | 基本支出 | 项目支出.
        var columns = Columns("2026年一般公共预算支出表",
        [
            ["科目名称", "2025年预算数", "2026年预算数", "2026年预算数", "2026年预算数"],
            ["科目名称", "2025年预算数", "小计", "基本支出", "项目支出"],
        ]);

        Assert.Equal([null, "other:2025年预算数", "total", "basic.total", "project.total"], columns);
    }

    [Fact]
    public void Reads_this_years_budget_beside_an_earlier_years_outcome_as_the_budgets_own_figures()
    {
        // Round AM's Tianjin: 2024年决算数 | 2025年预算数 | 2026年预算数 over 合计 | 基本支出 | 项目支出; an earlier year's 决算数 makes
        // no final account's phases of this year's budget.
        var columns = Columns("2026年一般公共预算支出表",
        [
            ["科目名称", "2024年决算数", "2025年预算数", "2026年预算数", "2026年预算数", "2026年预算数"],
            ["科目名称", "2024年决算数", "2025年预算数", "合计", "基本支出", "项目支出"],
        ]);

        Assert.Equal([null, "other:2024年决算数", "other:2025年预算数", "total", "basic.total", "project.total"], columns);
    }

    [Fact]
    public void Reads_this_years_subtotal_beside_last_years_column_named_without_its_year_as_the_tables_total()
    {
        // Ningxia: 上年预算数 | 2024年预算数 over 小计 | 基本支出 | 项目支出.
        var columns = Columns("2024年一般公共预算支出表",
        [
            ["科目名称", "上年预算数", "2024年预算数", "2024年预算数", "2024年预算数"],
            ["科目名称", "上年预算数", "小计", "基本支出", "项目支出"],
        ]);

        Assert.Equal([null, "other:上年预算数", "total", "basic.total", "project.total"], columns);
    }
}
