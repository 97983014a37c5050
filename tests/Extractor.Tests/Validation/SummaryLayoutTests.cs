using System.Globalization;
using Extractor.Mapping;
using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>
/// Layouts other templates print that the summary, balance, column and cross-table sums must read as a reviewer
/// would: each builds what a publication prints and asserts that no false error is made (or that the misprint is found).
/// </summary>
public sealed class SummaryLayoutTests
{
    private static readonly string?[] TwoSided = [null, Measures.Amount, null, Measures.Amount];

    private static string Show(IEnumerable<Finding> findings) =>
        string.Join("\n", findings.Select(f => $"[{f.Severity}] {f.Rule}: {f.Message} expected={f.Expected / 10000m} actual={f.Actual / 10000m}"));

    private static List<Finding> Errors(IEnumerable<Finding> findings) => [.. findings.Where(f => f.Severity == FindingSeverity.Error)];

    private static void NoErrors(IEnumerable<Finding> findings)
    {
        var all = findings.ToList();
        Assert.True(Errors(all).Count == 0, "false error(s):\n" + Show(all));
    }

    // ---------------------------------------------------------------- SummaryLinesRule

    [Fact]
    public void Expenditure_side_listing_function_classes_then_basic_and_project_each_numbered_from_one()
    {
        // A 收支预算总表 whose one expenditure column prints the function breakdown and then the 基本/项目 split,
        // each numbered from 一、 (block headings 按功能分类 / 按支出性质 printed without figures).
        var document = new DocumentBuilder().SummaryTable(TableTypes.IncomeExpenditureSummary, TwoSided,
            ["一、一般公共预算拨款收入", "150.00", "按支出功能分类", ""],
            ["二、政府性基金预算拨款收入", "", "一、一般公共服务支出", "80.00"],
            ["三、事业收入", "", "二、教育支出", "70.00"],
            ["", "", "按支出性质分类", ""],
            ["", "", "一、基本支出", "100.00"],
            ["", "", "二、项目支出", "50.00"],
            ["本年收入合计", "150.00", "本年支出合计", "150.00"],
            ["上年结转", "", "结转下年", ""],
            ["收入总计", "150.00", "支出总计", "150.00"]).Build();

        NoErrors(new SummaryLinesRule().Check(document));
    }

    [Fact]
    public void A_sub_line_whose_label_wraps_onto_a_second_row()
    {
        // 一、财政拨款收入 over 1、… and 2、…; 1、's long label wraps, the second line of it read as a row of its own.
        var document = new DocumentBuilder().SummaryTable(TableTypes.IncomeExpenditureSummary, TwoSided,
            ["一、财政拨款收入", "130.00", "一、一般公共服务支出", "150.00"],
            ["1、一般公共预算财政拨款（补助）收", "100.00", "", ""],
            ["入", "", "", ""],
            ["2、政府性基金预算财政拨款收入", "30.00", "", ""],
            ["二、事业收入", "20.00", "", ""],
            ["本年收入合计", "150.00", "本年支出合计", "150.00"]).Build();

        NoErrors(new SummaryLinesRule().Check(document));
    }

    [Fact]
    public void Numbered_lines_below_a_heading_that_only_lists_its_main_parts()
    {
        // Hubei-style income side: 二、其他自有资金 lists (一)…(四) and nothing else; a (一) printed 0 under a
        // figure-less (but printed "-") parent. Zero cells printed "-" throughout (dev01 style zero=-).
        var document = new DocumentBuilder("元").SummaryTable(TableTypes.IncomeExpenditureSummary, TwoSided,
            ["一、财政拨款(补助)", "17036764.15", "201一般公共服务", "-"],
            ["(一)财政指标拨款(补助)", "17036764.15", "208社会保障和就业", "17036764.15"],
            ["(二)纳入金库非税收入安排的拨款", "-", "", ""],
            ["(三)上级专项转移支付", "-", "", ""],
            ["二、其他自有资金", "-", "", ""],
            ["(一)上级补助收入", "-", "", ""],
            ["三、政府性基金", "-", "", ""],
            ["本年收入合计", "17036764.15", "本年功能科目支出合计", "17036764.15"],
            ["五、上年结转", "-", "结转下年", "-"],
            ["收入总计", "17036764.15", "支出功能科目总计", "17036764.15"]).Build();

        NoErrors(new SummaryLinesRule().Check(document));
        NoErrors(new BalanceRule().Check(document));
    }

    [Fact]
    public void Central_fiscal_appropriation_summary_with_this_year_and_carryover_as_first_level_lines()
    {
        // The central template's 财政拨款收支总表: 一、本年收入 (（一）…) 二、上年结转 (（一）…), 收入总计; the
        // expenditure side 一、本年支出 (（一）classes) 二、年终结转结余, 支出总计.
        var document = new DocumentBuilder().SummaryTable(TableTypes.FiscalAppropriationSummary, [null, Measures.Amount, null, Measures.Total],
            ["一、本年收入", "100.00", "一、本年支出", "105.00"],
            ["（一）一般公共预算拨款", "90.00", "（一）一般公共服务支出", "60.00"],
            ["（二）政府性基金预算拨款", "10.00", "（二）教育支出", "45.00"],
            ["（三）国有资本经营预算拨款", "", "", ""],
            ["二、上年结转", "5.00", "二、年终结转结余", ""],
            ["（一）一般公共预算拨款", "5.00", "", ""],
            ["（二）政府性基金预算拨款", "", "", ""],
            ["收入总计", "105.00", "支出总计", "105.00"]).Build();

        NoErrors(new SummaryLinesRule().Check(document));
        NoErrors(new BalanceRule().Check(document));
    }

    [Fact]
    public void Enumerated_carryover_after_the_years_total_with_an_unread_parent_figure()
    {
        // Hubei 收支预算总表: 五、上年结转 and (一) printed blank (OCR left them unread, or the template prints
        // only the detail), 1、 2、 (三) printed. SummaryLinesRule reads a blank line as its parts; BalanceRule?
        var document = new DocumentBuilder().SummaryTable(TableTypes.IncomeExpenditureSummary, TwoSided,
            ["一、财政拨款(补助)", "100.00", "一、一般公共服务支出", "110.00"],
            ["本年收入合计", "100.00", "本年支出合计", "110.00"],
            ["五、上年结转", "", "结转下年", ""],
            ["(一)财政拨款(补助)结转", "", "", ""],
            ["1、财政指标拨款(补助)结转", "6.00", "", ""],
            ["2、金库非税收入安排的拨款结转", "2.00", "", ""],
            ["(三)其他结转", "2.00", "", ""],
            ["收入总计", "110.00", "支出总计", "110.00"]).Build();

        NoErrors(new SummaryLinesRule().Check(document));
        NoErrors(new BalanceRule().Check(document));
    }

    [Fact]
    public void Carried_lines_whose_parts_repeat_the_carry_wording()
    {
        // 上年结转 over its funds, each named "…上年结转" without an enumerator (nor 其中).
        var document = new DocumentBuilder().SummaryTable(TableTypes.IncomeExpenditureSummary, TwoSided,
            ["一、一般公共预算拨款收入", "100.00", "一、一般公共服务支出", "110.00"],
            ["本年收入合计", "100.00", "本年支出合计", "110.00"],
            ["上年结转", "10.00", "结转下年", ""],
            ["一般公共预算拨款上年结转", "8.00", "", ""],
            ["政府性基金上年结转", "2.00", "", ""],
            ["收入总计", "110.00", "支出总计", "110.00"]).Build();

        NoErrors(new BalanceRule().Check(document));
    }

    [Fact]
    public void Final_account_with_use_of_business_fund_plain_and_opening_balance_enumerated()
    {
        // Carried lines of two kinds: 用事业基金弥补收支差额 unnumbered, then 二、年初结转和结余 numbered.
        var document = new DocumentBuilder().SummaryTable(TableTypes.IncomeExpenditureSummary, TwoSided,
            ["一、财政拨款收入", "100.00", "一、一般公共服务支出", "100.00"],
            ["本年收入合计", "100.00", "本年支出合计", "100.00"],
            ["用事业基金弥补收支差额", "5.00", "结余分配", ""],
            ["二、年初结转和结余", "10.00", "年末结转和结余", "15.00"],
            ["总计", "115.00", "总计", "115.00"]).Final().Build();

        NoErrors(new BalanceRule().Check(document));
    }

    [Fact]
    public void Year_end_balance_worded_nianzhong()
    {
        // The central budget template's expenditure side: 本年支出合计 / 年终结转结余 / 支出总计, misprinted total.
        var document = new DocumentBuilder().SummaryTable(TableTypes.IncomeExpenditureSummary, TwoSided,
            ["一、一般公共预算拨款收入", "100.00", "一、一般公共服务支出", "100.00"],
            ["本年收入合计", "100.00", "本年支出合计", "100.00"],
            ["上年结转结余", "10.00", "年终结转结余", "10.00"],
            ["收入总计", "110.00", "支出总计", "101.00"]).Build();

        // 支出总计 != 本年支出合计 + 年终结转结余 (and the two totals differ).
        Assert.Contains(new BalanceRule().Check(document), f => f.Severity == FindingSeverity.Error && f.Message.Contains("年终结转结余"));
    }


    [Fact]
    public void Ocr_reads_a_closing_bracket_as_a_digit_one()
    {
        // OCR of （一） → （一1 / (二) → (二）: mixed brackets are fine; "1、" read as "l、" drops a depth.
        var document = new DocumentBuilder().SummaryTable(TableTypes.IncomeExpenditureSummary, TwoSided,
            ["一、财政拨款收入", "130.00", "一、一般公共服务支出", "150.00"],
            ["l、一般公共预算", "100.00", "", ""],
            ["2、政府性基金", "30.00", "", ""],
            ["二、事业收入", "20.00", "", ""],
            ["本年收入合计", "150.00", "本年支出合计", "150.00"]).Build();

        NoErrors(new SummaryLinesRule().Check(document));
    }

    [Fact]
    public void Two_breakdowns_side_income_lines_with_parts_listed_but_not_exhaustive()
    {
        // A line that lists only the part worth naming (the rest under no line), no 其中 word:
        // 四、事业收入 600 / 1、教育收费 400 (the rest, 其他事业收入, not printed).
        var document = new DocumentBuilder().SummaryTable(TableTypes.IncomeExpenditureSummary, TwoSided,
            ["一、一般公共预算拨款收入", "1000.00", "一、教育支出", "1600.00"],
            ["二、事业收入", "600.00", "", ""],
            ["1、教育收费", "400.00", "", ""],
            ["本年收入合计", "1600.00", "本年支出合计", "1600.00"]).Build();

        NoErrors(new SummaryLinesRule().Check(document));
    }


    [Fact]
    public void Carryover_numbered_among_income_lines_above_the_years_total()
    {
        // 五、上年结转 printed with the income lines, above 本年收入合计 (which by its name leaves it out);
        // 收入总计 = 本年收入合计 + 上年结转.
        var document = new DocumentBuilder().SummaryTable(TableTypes.IncomeExpenditureSummary, TwoSided,
            ["一、财政拨款(补助)", "100.00", "一、一般公共服务支出", "110.00"],
            ["二、事业收入", "", "", ""],
            ["五、上年结转", "10.00", "", ""],
            ["本年收入合计", "100.00", "本年支出合计", "110.00"],
            ["收入总计", "110.00", "支出总计", "110.00"]).Build();

        NoErrors(new SummaryLinesRule().Check(document));
    }

    [Fact]
    public void Jiangsu_income_table_read_by_stream_with_group_names_centred_on_a_part_row()
    {
        var document = new DocumentBuilder().SummaryTable(TableTypes.IncomeSummary, [null, null, Measures.Amount],
            ["收入总计", "收入总计", "17,996.68"],
            ["", "小计", "17,981.68"],
            ["一般公共预算资金", "公共财政拨款(补助)资金", "17,981.68"],
            ["", "专项收入", ""],
            ["", "小计", "15.00"],
            ["其他资金", "事业收入", "10.00"],
            ["", "其他收入", "5.00"]).Build();

        NoErrors(new SummaryLinesRule().Check(document));
    }

    [Fact]
    public void Use_of_business_fund_numbered_among_income_lines_without_a_years_total()
    {
        var document = new DocumentBuilder().SummaryTable(TableTypes.IncomeExpenditureSummary, TwoSided,
            ["一、财政拨款收入", "100.00", "一、一般公共服务支出", "115.00"],
            ["二、用事业基金弥补收支差额", "5.00", "", ""],
            ["三、上年结转", "10.00", "", ""],
            ["收入总计", "115.00", "支出总计", "115.00"]).Build();

        NoErrors(new SummaryLinesRule().Check(document));
        NoErrors(new BalanceRule().Check(document));
    }

    // ---------------------------------------------------------------- ColumnTotalRule

    private static LineItem Econ(string table, int row, int col, string code, string name, string printed) => new()
    {
        TableId = "t7", TableType = table,
        Dimension = code.All(char.IsDigit) && code.Length > 0 ? Dimensions.Economic : Dimensions.Summary,
        Code = code.All(char.IsDigit) && code.Length > 0 ? code : null,
        Name = name, Measure = Measures.Amount, Amount = decimal.Parse(printed, CultureInfo.InvariantCulture) * 10000m, AmountPrinted = printed,
        Page = 16, Row = row, Col = col,
    };

    [Fact]
    public void National_template_basic_table_in_three_pairs_with_public_funds_over_two_pairs()
    {
        // The central 部门决算 一般公共预算财政拨款基本支出决算表: 人员经费 (code|name|amount) | 公用经费 (code|name|amount,
        // code|name|amount); 公用经费合计 at the foot of the third pair totals the second and third pairs.
        var lines = new List<LineItem>
        {
            Econ(TableTypes.GeneralBudgetBasicByEconomic, 0, 2, "301", "工资福利支出", "90.00"),
            Econ(TableTypes.GeneralBudgetBasicByEconomic, 0, 5, "302", "商品和服务支出", "20.00"),
            Econ(TableTypes.GeneralBudgetBasicByEconomic, 0, 8, "307", "债务利息及费用支出", "0.00"),
            Econ(TableTypes.GeneralBudgetBasicByEconomic, 1, 2, "30101", "基本工资", "90.00"),
            Econ(TableTypes.GeneralBudgetBasicByEconomic, 1, 5, "30201", "办公费", "20.00"),
            Econ(TableTypes.GeneralBudgetBasicByEconomic, 1, 8, "310", "资本性支出", "5.00"),
            Econ(TableTypes.GeneralBudgetBasicByEconomic, 2, 2, "303", "对个人和家庭的补助", "10.00"),
            Econ(TableTypes.GeneralBudgetBasicByEconomic, 2, 8, "31002", "办公设备购置", "5.00"),
            Econ(TableTypes.GeneralBudgetBasicByEconomic, 3, 2, "30302", "退休费", "10.00"),
            Econ(TableTypes.GeneralBudgetBasicByEconomic, 4, 2, "人员经费合计", "人员经费合计", "100.00"),
            Econ(TableTypes.GeneralBudgetBasicByEconomic, 4, 8, "公用经费合计", "公用经费合计", "25.00"),
        };
        var document = new DocumentBuilder().Build() with { LineItems = lines };

        NoErrors(new ColumnTotalRule().Check(document));
    }

    [Fact]
    public void Single_column_basic_table_with_personnel_and_public_subtotals_over_a_foot_total()
    {
        // One column: 301…303 then 人员经费合计, 302…310 then 公用经费合计, then 合计 (the sum of both subtotals).
        var lines = new List<LineItem>
        {
            Econ(TableTypes.GeneralBudgetBasicByEconomic, 0, 2, "301", "工资福利支出", "90.00"),
            Econ(TableTypes.GeneralBudgetBasicByEconomic, 1, 2, "303", "对个人和家庭的补助", "10.00"),
            Econ(TableTypes.GeneralBudgetBasicByEconomic, 2, 2, "人员经费合计", "人员经费合计", "100.00"),
            Econ(TableTypes.GeneralBudgetBasicByEconomic, 3, 2, "302", "商品和服务支出", "20.00"),
            Econ(TableTypes.GeneralBudgetBasicByEconomic, 4, 2, "310", "资本性支出", "5.00"),
            Econ(TableTypes.GeneralBudgetBasicByEconomic, 5, 2, "公用经费合计", "公用经费合计", "25.00"),
            Econ(TableTypes.GeneralBudgetBasicByEconomic, 6, 2, "合计", "合计", "152.00"), // misprint: 125.00
        };
        var document = new DocumentBuilder().Build() with { LineItems = lines };

        // The 合计 misprint is reported: 301 + 303 + 302 + 310 = 125.
        Assert.Contains(new ColumnTotalRule().Check(document), f => f.Severity == FindingSeverity.Error && f.Refs[0].RowLabel == "合计");
    }

    [Fact]
    public void Single_column_basic_table_total_on_top_then_personnel_and_public_blocks()
    {
        var lines = new List<LineItem>
        {
            Econ(TableTypes.GeneralBudgetBasicByEconomic, 0, 2, "合计", "合计", "152.00"), // misprint: 125.00
            Econ(TableTypes.GeneralBudgetBasicByEconomic, 1, 2, "人员经费合计", "人员经费合计", "100.00"),
            Econ(TableTypes.GeneralBudgetBasicByEconomic, 2, 2, "301", "工资福利支出", "90.00"),
            Econ(TableTypes.GeneralBudgetBasicByEconomic, 3, 2, "303", "对个人和家庭的补助", "10.00"),
            Econ(TableTypes.GeneralBudgetBasicByEconomic, 4, 2, "公用经费合计", "公用经费合计", "25.00"),
            Econ(TableTypes.GeneralBudgetBasicByEconomic, 5, 2, "302", "商品和服务支出", "20.00"),
            Econ(TableTypes.GeneralBudgetBasicByEconomic, 6, 2, "310", "资本性支出", "5.00"),
        };
        var document = new DocumentBuilder().Build() with { LineItems = lines };

        Assert.Contains(new ColumnTotalRule().Check(document), f => f.Severity == FindingSeverity.Error && f.Refs[0].RowLabel == "合计");
    }

    /// <summary>A procurement table as printed, each row a line item under its last filled label column.</summary>
    private static ExtractedDocument Procurement(string?[] columns, string[][] rows, string[]? header = null)
    {
        int amount = Array.FindLastIndex(columns, c => c is not null);
        var builder = new DocumentBuilder().PrintedTable(TableTypes.GovernmentProcurement, "政府采购预算表", 17, rows);
        var lines = new List<LineItem>();
        for (int r = 0; r < rows.Length; r++)
        {
            string name = rows[r].Take(amount).FirstOrDefault(c => c.Length > 0 && !c.All(ch => char.IsDigit(ch) || ch == '.')) ?? "";
            lines.Add(new LineItem
            {
                TableId = "t1", TableType = TableTypes.GovernmentProcurement, Dimension = r == 0 ? Dimensions.Summary : Dimensions.ProcurementItem,
                Name = name, Measure = Measures.Amount, Amount = decimal.Parse(rows[r][amount], CultureInfo.InvariantCulture) * 10000m,
                AmountPrinted = rows[r][amount], Page = 17, Row = r, Col = amount,
            });
        }
        var document = builder.Build();
        var id = document.Tables[0].Id;
        return document with { Tables = [document.Tables[0] with { Columns = columns, Header = header is null ? [] : [header] }], LineItems = [.. lines.Select(l => l with { TableId = id })] };
    }

    [Fact]
    public void Procurement_items_some_with_quantity_and_unit_some_without()
    {
        // 采购项目 | 采购品目 | 数量 | 计量单位 | 金额: goods with a count print 数量/计量单位, others leave them blank.
        var document = Procurement([null, null, null, null, Measures.Amount],
        [
            ["合计", "", "", "", "100.00"],
            ["一、货物", "", "", "", "100.00"],
            ["台式计算机", "A02010104", "10", "台", "50.00"],
            ["打印机", "A020201", "5", "台", "20.00"],
            ["办公家具", "A0601", "", "", "30.00"],
        ], ["采购项目", "采购品目", "数量", "计量单位", "金额"]);

        NoErrors(new ColumnTotalRule().Check(document));
    }

    [Fact]
    public void Jiangsu_procurement_item_with_its_organisation_form_left_blank()
    {
        // Jiangsu's 采购品目大类 | 专项名称 | 经济科目 | 采购物品名称 | 采购组织形式 | 总计: one 品目 prints no 组织形式.
        var document = Procurement([null, null, null, null, null, Measures.Amount],
        [
            ["合计", "", "", "", "", "300.00"],
            ["一、货物 A", "", "", "", "", "300.00"],
            ["", "设备购置费", "办公设备购置", "", "", "300.00"],
            ["", "", "", "其他办公设备", "", "100.00"],
            ["", "", "", "其他通用设备", "政府集中采购", "150.00"],
            ["", "", "", "家具用具", "分散自行组织", "50.00"],
        ], ["采购品目大类", "专项名称", "经济科目", "采购物品名称", "采购组织形式", "总计"]);

        NoErrors(new ColumnTotalRule().Check(document));
    }

    // ---------------------------------------------------------------- CrossTableRule.AllOfOneFund


    // ---------------------------------------------------------------- MeasureMap.SubtotalOwner

    [Theory]
    [InlineData("“三公”经费/预算数/合计", "“三公”经费/决算数/合计")]
    [InlineData("本年支出/年初预算数/合计", "本年支出/决算数/合计")]
    public void Two_phases_or_years_under_one_group_do_not_both_read_as_total(string first, string second)
    {
        var a = MeasureMap.Measure(first.Split('/'), TableTypes.ThreePublicExpenses, soleAmountColumn: false);
        var b = MeasureMap.Measure(second.Split('/'), TableTypes.ThreePublicExpenses, soleAmountColumn: false);
        Assert.False(a == b, $"{first} -> {a}; {second} -> {b}");
    }
}

public sealed class RowNumberColumnTests
{
    [Fact]
    public void How_the_mapper_reads_a_row_number_column()
    {
        string[] path = ["收入", "行次"];
        Assert.True(MeasureMap.IsLabel(path), $"行次 is read as amounts: {MeasureMap.Measure(path, TableTypes.IncomeExpenditureSummary, false)}");
    }

    [Fact]
    public void National_final_account_summary_with_row_number_columns()
    {
        // 部门决算 公开01表 收入支出决算总表: 项目 | 行次 | 金额 | 项目 | 行次 | 金额 (Hubei 南漳县 2019, the national template).
        // Its 行次 columns read as amounts (other:收入/行次) as the mapper reads them today.
        string?[] columns = [null, "other:收入/行次", Measures.Amount, null, "other:支出/行次", Measures.Amount];
        var document = new DocumentBuilder().SummaryTable(TableTypes.IncomeExpenditureSummary, columns,
            ["一、一般公共预算财政拨款收入", "1", "440.55", "一、一般公共服务支出", "32", "423.20"],
            ["二、政府性基金预算财政拨款收入", "2", "0.00", "二、外交支出", "33", "0.00"],
            ["三、上级补助收入", "3", "10.00", "三、国防支出", "34", "27.35"],
            ["四、事业收入", "4", "0.00", "", "35", ""],
            ["本年收入合计", "29", "450.55", "本年支出合计", "58", "450.55"],
            ["使用非财政拨款结余", "30", "0.00", "结余分配", "59", "0.00"],
            ["年初结转和结余", "31", "5.00", "年末结转和结余", "60", "5.00"],
            ["总计", "32", "455.55", "总计", "61", "455.55"]).Final().Build();

        var findings = new SummaryLinesRule().Check(document).Concat(new BalanceRule().Check(document)).ToList();
        Assert.True(findings.All(f => f.Severity != FindingSeverity.Error),
            string.Join("\n", findings.Select(f => $"[{f.Severity}] {f.Rule}: {f.Message} expected={f.Expected / 10000m} actual={f.Actual / 10000m}")));
    }
}
