using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>Printed shapes of other templates that the arithmetic rules must read as they read Hubei's.</summary>
public sealed class TemplateVariantTests
{
    [Fact]
    public void Totals_a_column_whose_total_row_is_printed_last()
    {
        var document = new DocumentBuilder("元")
            .Function("201", "一般公共服务支出", "100.00")
            .Function("205", "教育支出", "250.00")
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Summary, null, "合计", Measures.Total, "360.00")
            .Build();

        var finding = Assert.Single(new ColumnTotalRule().Check(document));
        Assert.Equal((350.00m, 360.00m, FindingSeverity.Error), (finding.Expected, finding.Actual, finding.Severity));
    }

    [Fact]
    public void Allows_a_total_printed_in_whole_yuan_its_own_rounding()
    {
        var document = new DocumentBuilder("元")
            .Function("204", "公共安全支出", "14348853.34")
            .Function("208", "社会保障和就业支出", "7770008.00")
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Summary, null, "合计", Measures.Total, "22118861")
            .Build();

        var finding = Assert.Single(new ColumnTotalRule().Check(document));
        Assert.Equal(FindingSeverity.Info, finding.Severity);
    }

    [Fact]
    public void Checks_total_against_basic_and_project_in_a_function_table_that_also_prints_economic_columns()
    {
        var document = new DocumentBuilder()
            .Function("2010101", "行政运行", "923.55")
            .Function("2010101", "行政运行", "737.26", Measures.BasicTotal)
            .Function("2010101", "行政运行", "186.28", Measures.ProjectTotal)
            .Function("2010101", "行政运行", "700.00", "econ.301")
            .Function("2010101", "行政运行", "223.55", "econ.302")
            .Build();
        var lines = document.LineItems.Select((item, i) => item with { Row = 0, Col = i }).ToList();

        var finding = Assert.Single(new RowComponentsRule().Check(document with { LineItems = lines }));
        Assert.Equal((923.54m * 10000, 923.55m * 10000), (finding.Expected, finding.Actual));
    }

    [Fact]
    public void Sums_the_items_of_an_economic_class_in_a_two_sided_table_whose_rows_interleave_the_sides()
    {
        // 人员经费 | 公用经费 printed side by side: each row holds a 301 line and a 302 line.
        string[][] rows = [["301", "工资福利支出", "998.24"], ["302", "商品和服务支出", "150.00"], ["30101", "基本工资", "500.00"],
            ["30201", "办公费", "100.00"], ["30102", "津贴补贴", "498.24"], ["30202", "印刷费", "40.00"]];
        var builder = new DocumentBuilder();
        foreach (var row in rows)
            builder.Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Economic, row[0], row[1], Measures.Amount, row[2]);
        var document = builder.Build();
        var interleaved = document.LineItems.Select((item, i) => item with { Row = i / 2 }).ToList();

        var finding = Assert.Single(HierarchyRule.Economic().Check(document with { LineItems = interleaved }));
        Assert.Equal(("302", 140.00m * 10000), (finding.Refs[0].Code, finding.Expected));
    }

    [Fact]
    public void Sums_the_items_of_a_departments_economic_class()
    {
        // Round EK's Anhui: 部门预算经济分类 505 printed 1648.6 over 50501 1429.1 and 50502 156.5.
        var document = new DocumentBuilder()
            .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.GovEconomic, "505", "对事业单位经常性补助", Measures.Amount, "1648.6")
            .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.GovEconomic, "50501", "工资福利支出", Measures.Amount, "1429.1")
            .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.GovEconomic, "50502", "商品和服务支出", Measures.Amount, "156.5")
            .Build();

        var finding = Assert.Single(HierarchyRule.Economic().Check(document));

        Assert.Equal(("505", 1585.6m * 10000), (finding.Refs[0].Code, finding.Expected));
    }

    [Theory]
    // Round EB's Jilin: 302's 公用经费 103.73 over items adding up to 105.53, the 合计 of the classes 103.73 + 50.00: the class
    // agrees with the total, so the misprint is among its items. With a 合计 of the items' sum the class is the misprint.
    [InlineData("153.73", true)]
    [InlineData("155.53", false)]
    public void Tells_a_class_off_its_items_that_its_columns_total_confirms_as_an_items_misprint(string total, bool confirmed)
    {
        var document = new DocumentBuilder()
            .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Summary, null, "合计", Measures.Amount, total)
            .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Economic, "301", "工资福利支出", Measures.Amount, "50.00")
            .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Economic, "30101", "基本工资", Measures.Amount, "50.00")
            .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Economic, "302", "商品和服务支出", Measures.Amount, "103.73")
            .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Economic, "30201", "办公费", Measures.Amount, "28.64")
            .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Economic, "30202", "印刷费", Measures.Amount, "76.89")
            .Build();

        var finding = Assert.Single(HierarchyRule.Economic().Check(document));

        Assert.Equal(("302", 105.53m * 10000), (finding.Refs[0].Code, finding.Expected));
        Assert.Equal(confirmed, finding.MessageZh.EndsWith("“合计”的金额与各类之和相符，该类无误，误印当在其下各项之中", StringComparison.Ordinal));
    }

    [Theory]
    // Round HL's Beijing: 工程建设管理 printed 2120601 under 21201 in the function table, 2120106 in the two other tables; its row
    // is 21201's item, not missing from it. Printed so in one table of two, which is misprinted cannot be told: the 款 is off.
    [InlineData(true, 0)]
    [InlineData(false, 1)]
    public void Reads_a_row_under_the_code_other_tables_show_it_should_have(bool twoOtherTables, int errors)
    {
        var document = new DocumentBuilder()
            .Function("21201", "城乡社区管理事务", "600.00")
            .Function("2120101", "行政运行", "100.00")
            .Function("2120601", "工程建设管理", "500.00")
            .Line(TableTypes.ExpenditureSummary, Dimensions.Function, "2120106", "工程建设管理", Measures.Total, "500.00");
        if (twoOtherTables) document.Line(TableTypes.IncomeSummary, Dimensions.Function, "2120106", "工程建设管理", Measures.Total, "500.00");

        Assert.Equal(errors, HierarchyRule.Function().Check(document.Build()).Count(f => f.Severity == FindingSeverity.Error));
    }

    [Fact]
    public void Tells_a_confirmed_class_off_its_only_kuan_of_the_kuan_where_the_kuans_items_add_up_to_the_class()
    {
        // Round FP's Jiangxi: 213 农林水支出 1752.6, the 合计 of the classes 1752.6 + 41.8; its one 款 21301 printed 1725.6 over items
        // adding up to 1752.6.
        var document = new DocumentBuilder()
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Summary, null, "合计", Measures.Total, "1794.4")
            .Function("210", "卫生健康支出", "41.8")
            .Function("21011", "行政事业单位医疗", "41.8")
            .Function("2101101", "行政单位医疗", "41.8")
            .Function("213", "农林水支出", "1752.6")
            .Function("21301", "农业农村", "1725.6")
            .Function("2130101", "行政运行", "418.0")
            .Function("2130102", "一般行政管理事务", "1334.6")
            .Build();

        var findings = HierarchyRule.Function().Check(document).ToList();

        // Told against the class, and against its own items: both of the 款's figure.
        Assert.Equal([("21301", 1752.6m * 10000, 1725.6m * 10000), ("21301", 1752.6m * 10000, 1725.6m * 10000)],
            findings.Select(f => (f.Refs[0].Code, f.Expected!.Value, f.Actual!.Value)));
        Assert.EndsWith("该类无误，且为其下唯一一款，该款下各项之和亦与该类相符，误印当在该款", findings[0].MessageZh);
    }

    /// <summary>A basic-expenditure table by economic class, each line (a class or item, or a foot without a code) in the column <paramref name="column"/> gives it.</summary>
    private static ExtractedDocument BasicTable(Func<LineItem, int> column, params (string? Code, string Name, string Measure, string Printed)[] lines)
    {
        var builder = new DocumentBuilder();
        foreach (var (code, name, measure, printed) in lines)
            builder.Line(TableTypes.GeneralBudgetBasicByEconomic, code is null ? Dimensions.Summary : Dimensions.Economic, code, name, measure, printed);
        var built = builder.Build();
        return built with { LineItems = [.. built.LineItems.Select(i => i with { Col = column(i) })] };
    }

    [Fact]
    public void Tells_a_class_off_its_items_confirmed_by_its_sides_foot_in_a_two_sided_table()
    {
        // Round EN's Hunan: 人员经费 | 公用经费 side by side, 302's 207.98 over items adding up to 213.38, 公用经费合计 212.84 of 302 and 310.
        // Each side its own column: the personnel side's lines in column 2, the public funds' in column 5.
        var document = BasicTable(i => i.Measure == Measures.BasicPersonnel ? 2 : 5,
            ("301", "工资福利支出", Measures.BasicPersonnel, "1150.65"), ("302", "商品和服务支出", Measures.BasicPublicFunds, "207.98"),
            ("30101", "基本工资", Measures.BasicPersonnel, "1150.65"), ("30201", "办公费", Measures.BasicPublicFunds, "37.15"),
            ("30202", "印刷费", Measures.BasicPublicFunds, "176.23"), ("310", "资本性支出", Measures.BasicPublicFunds, "4.86"),
            ("31002", "办公设备购置", Measures.BasicPublicFunds, "4.86"), (null, "人员经费合计", Measures.BasicPersonnel, "1150.65"),
            (null, "公用经费合计", Measures.BasicPublicFunds, "212.84"));

        var finding = Assert.Single(HierarchyRule.Economic().Check(document));

        Assert.Equal("302", finding.Refs[0].Code);
        Assert.EndsWith("“公用经费合计”的公用经费与各类之和相符，该类无误，误印当在其下各项之中", finding.MessageZh);
    }

    [Fact]
    public void Tells_a_class_off_its_items_confirmed_by_its_sides_foot_printed_under_another_column_group()
    {
        // Round IB's Jilin: the public funds' side over two column groups, 302 3,320.00 in the first (items adding up to 3,302.00, 物业管理费
        // printed 624.30 for 642.30), 310 and the side's 公用经费合计 3,530.00 in the second.
        var document = BasicTable(i => i.Code is ['3', '0', '2', ..] ? 5 : 8,
            ("302", "商品和服务支出", Measures.BasicPublicFunds, "3320.00"), ("30201", "办公费", Measures.BasicPublicFunds, "2677.70"),
            ("30209", "物业管理费", Measures.BasicPublicFunds, "624.30"), ("310", "资本性支出", Measures.BasicPublicFunds, "210.00"),
            ("31002", "办公设备购置", Measures.BasicPublicFunds, "210.00"), (null, "公用经费合计", Measures.BasicPublicFunds, "3530.00"));

        var finding = Assert.Single(MisprintBlame.Reassigned([.. HierarchyRule.Economic().Check(document)]));

        Assert.Equal("302", finding.Refs[0].Code);
        Assert.Contains("“公用经费合计”的公用经费与各类之和相符，该类无误，误印当在其下各项之中", finding.MessageZh);
        Assert.Contains("物业管理费", finding.MessageZh[finding.MessageZh.IndexOf("该类无误", StringComparison.Ordinal)..]);
    }

    [Fact]
    public void Flags_a_narrative_figure_for_a_three_public_table_printed_blank()
    {
        Fact Stated(string key, decimal value) => new() { Key = key, Value = value, PrintedUnit = 10000m, Page = 22, Quote = "…" };
        DocumentBuilder Blank() => new DocumentBuilder().Table(TableTypes.ThreePublicExpenses)
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "合计", Measures.Total, "")
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "3.公务接待费", Measures.Total, "");

        var stated = new NarrativeTableRule().Check(Blank().Fact(Stated(FactKeys.ThreePublicReception, 9500.00m)).Build()).ToList();
        var zero = new NarrativeTableRule().Check(Blank().Fact(Stated(FactKeys.ThreePublicReception, 0.00m)).Build()).ToList();

        var finding = Assert.Single(stated);
        Assert.Equal((0m, 9500.00m), (finding.Expected, finding.Actual));
        Assert.Empty(zero);
    }
    /// <summary>"“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.00万元" as read.</summary>
    private static Fact CarriedOut(decimal budget, decimal actual) => new()
    {
        Key = FactKeys.ThreePublicTotal, Value = actual, Execution = new BudgetExecution(budget, null, null), Page = 22,
        Quote = "“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.00万元",
    };

    [Fact]
    public void Flags_a_final_accounts_three_public_budget_where_its_table_is_printed_blank()
    {
        var document = new DocumentBuilder().Table(TableTypes.ThreePublicExpenses, page: 15).Fact(CarriedOut(9500.00m, 0.00m)).Build();

        var finding = Assert.Single(new NarrativeTableRule().Check(document));

        Assert.Equal((FindingSeverity.Error, 0m, 9500.00m), (finding.Severity, finding.Expected, finding.Actual));
        Assert.Equal((TableTypes.ThreePublicExpenses, 15), (finding.Refs[1].TableType, finding.Refs[1].Page));
    }

    [Theory]
    [InlineData("0.95", "", 9500.00, 0.00, 0)]
    [InlineData("2.85", "0.39", 28500.00, 3900.00, 0)]
    [InlineData("2.85", "0.39", 28500.00, 3800.00, 1)]
    [InlineData("2.85", "0.39", 27500.00, 3900.00, 1)]
    public void Compares_a_final_accounts_three_public_statement_column_by_column(string budgetPrinted, string actualPrinted, decimal budget, decimal actual, int findings)
    {
        var document = new DocumentBuilder()
            .Table(TableTypes.ThreePublicExpenses)
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "", $"{Measures.BudgetInitial}.{Measures.Total}", budgetPrinted)
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "", $"{Measures.Actual}.{Measures.Total}", actualPrinted)
            .Fact(CarriedOut(budget, actual))
            .Build();

        Assert.Equal(findings, new NarrativeTableRule().Check(document).Count());
    }

    [Fact]
    public void Compares_each_three_public_part_stated_with_a_table_printing_the_parts_as_columns()
    {
        Fact Stated(string key, decimal value) => new() { Key = key, Value = value, PrintedUnit = 10000m, Page = 6, Quote = $"{value / 10000m:0.00}万元" };
        var document = new DocumentBuilder().Table(TableTypes.ThreePublicExpenses)
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "", Measures.Total, "22.91")
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "", Measures.ThreePublicOverseas, "0")
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "", Measures.ThreePublicVehicle, "21.56")
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "", Measures.ThreePublicReception, "1.35")
            .Fact(Stated(FactKeys.ThreePublicTotal, 229100.00m))
            .Fact(Stated(FactKeys.ThreePublicReception, 13500.00m))
            // 公务用车购置及运行费 printed 21.65 in the narrative, 21.56 in the table.
            .Fact(Stated(FactKeys.ThreePublicVehicle, 216500.00m))
            .Build();

        var finding = Assert.Single(new NarrativeTableRule().Check(document));

        Assert.Equal((215600.00m, 216500.00m, Measures.ThreePublicVehicle), (finding.Expected, finding.Actual, finding.Refs[1].Measure));
    }

    [Theory]
    [InlineData(13.68, 0)]
    [InlineData(14.68, 1)]
    public void Checks_a_final_accounts_three_public_part_completion_against_the_budget_its_table_prints(decimal completion, int findings)
    {
        // "公务接待费支出决算为0.39万元，完成预算的13.68%" beside a table printing 预算数 2.85 and 决算数 0.39.
        var document = new DocumentBuilder().Final().Table(TableTypes.ThreePublicExpenses)
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "", $"{Measures.BudgetInitial}.{Measures.ThreePublicReception}", "2.85")
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "", $"{Measures.Actual}.{Measures.ThreePublicReception}", "0.39")
            .Fact(new Fact
            {
                Key = FactKeys.ThreePublicReception, Value = 3900.00m, PrintedUnit = 10000m, Execution = new BudgetExecution(null, completion, null),
                Page = 25, Quote = "公务接待费支出决算为0.39万元，完成预算的13.68%",
            })
            .Build();

        var completionFindings = new NarrativeComparisonRule().Check(document).ToList();

        Assert.Equal(findings, completionFindings.Count);
        Assert.All(completionFindings, f => Assert.Equal((RuleIds.NarrativeShare, 13.68m, $"{Measures.BudgetInitial}.{Measures.ThreePublicReception}"),
            (f.Rule, f.Expected, f.Refs[1].Measure)));
        Assert.Empty(new NarrativeTableRule().Check(document));
    }

    // 机关运行经费 in Shanghai's 部门“三公”经费和机关运行经费预算表 (no table of its own); 一般公共预算 income in the fiscal summary.
    [Theory]
    [InlineData(TableTypes.ThreePublicExpenses, "", Measures.OperatingCosts, "218.73", FactKeys.OperatingCosts, "217.83", "机关运行经费预算为217.83万元")]
    [InlineData(TableTypes.ThreePublicExpenses, "", Measures.MeetingCosts, "158.44", FactKeys.MeetingCosts, "158.40", "会议费预算支出158.40万元")]
    [InlineData(TableTypes.FiscalAppropriationSummary, "一、一般公共预算", Measures.Amount, "21,940.96", FactKeys.IncomeGeneralBudget, "21,949.06", "一般公共预算收入21,949.06万元")]
    // 政府性基金 expenditure, a source of income, 政府购买服务, the general budget's total in its function table.
    [InlineData(TableTypes.GovernmentFundExpenditure, "合计", Measures.Total, "12.00", FactKeys.GovernmentFundTotal, "21.00", "政府性基金拨款支出预算21.00万元")]
    [InlineData(TableTypes.IncomeSummary, "合计", Measures.IncomeCarryover, "301.63", FactKeys.IncomeCarryover, "310.63", "上年结转310.63万元")]
    [InlineData(TableTypes.GovernmentPurchasedServices, "合计", Measures.Total, "112.83", FactKeys.PurchasedServicesTotal, "118.23", "政府购买服务支出合计118.23万元")]
    [InlineData(TableTypes.GeneralBudgetExpenditureByFunction, "合计", Measures.Total, "2940.05", FactKeys.GeneralBudgetTotal, "2904.05", "一般公共预算财政拨款支出2904.05万元")]
    // Jiangsu's basic expenditure: its function table has no basic column, its basic table's 合计 is the figure.
    [InlineData(TableTypes.GeneralBudgetBasicByEconomic, "合计", Measures.Amount, "5,836.27", FactKeys.GeneralBudgetBasic, "5,863.27", "一般公共预算财政拨款基本支出预算5,863.27万元")]
    // Jiangsu's procurement table prints each kind's line (一、货物 A … 三、服务 C) under its 合计.
    [InlineData(TableTypes.GovernmentProcurement, "一、货物 A", Measures.Amount, "303.40", FactKeys.ProcurementGoods, "304.30", "拟采购货物支出304.3万元")]
    [InlineData(TableTypes.GovernmentProcurement, "三、服务 C", Measures.Amount, "2,441.44", FactKeys.ProcurementServices, "2,414.44", "拟购买服务支出2414.44万元")]
    // A procurement table by kind (合计 | 货物 | 工程 | 服务 | 面向中小企业预留): its 合计 line, or the one unit's own line it lists alone.
    [InlineData(TableTypes.GovernmentProcurement, "河西区教育局", Measures.ProcurementGoods, "119.54", FactKeys.ProcurementGoods, "115.94", "政府采购货物预算115.94万元")]
    [InlineData(TableTypes.GovernmentProcurement, "合计", Measures.ProcurementSmeReserved, "102.13", FactKeys.ProcurementSmeReserved, "120.13", "面向中小企业预留政府采购项目预算金额120.13万元")]
    [InlineData(TableTypes.GovernmentProcurement, "河西区教育局", Measures.Total, "265.66", FactKeys.ProcurementTotal, "256.66", "政府采购预算总额256.66万元")]
    // A 机关运行经费 table listing the economic items under one 预算数 column: its 合计 line.
    [InlineData(TableTypes.OperatingCosts, "合计", Measures.Amount, "93.51", FactKeys.OperatingCosts, "95.31", "2026年本部门机关运行经费财政拨款预算95.31万元")]
    public void Compares_a_stated_figure_with_the_line_of_the_table_that_prints_it(string tableType, string label, string measure, string printed,
        string key, string stated, string quote)
    {
        static decimal Yuan(string wan) => decimal.Parse(wan.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture) * 10000m;
        var document = new DocumentBuilder().Table(tableType)
            .Line(tableType, Dimensions.Summary, null, label, measure, printed)
            .Fact(new Fact { Key = key, Value = Yuan(stated), PrintedUnit = 10000m, Page = 8, Quote = quote })
            .Build();

        var finding = Assert.Single(new NarrativeTableRule().Check(document));

        Assert.Equal((Yuan(printed), Yuan(stated), measure, label), (finding.Expected, finding.Actual, finding.Refs[1].Measure, finding.Refs[1].RowLabel));
    }

    [Fact]
    public void Compares_a_stated_meeting_cost_with_the_three_public_tables_row_of_the_documents_year()
    {
        // Round AE's Gansu: 2025年预算数 printed above 2026年预算数, 会议费 a column beside the parts.
        DocumentBuilder Document(string stated) => new DocumentBuilder().Table(TableTypes.ThreePublicExpenses)
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "2025年预算数", Measures.MeetingCosts, "15.8")
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "2026年预算数", Measures.MeetingCosts, "13.5")
            .Fact(new Fact { Key = FactKeys.MeetingCosts, Value = decimal.Parse(stated) * 10000m, PrintedUnit = 10000m, Page = 4, Quote = $"会议费预算{stated}万元" });

        Assert.Empty(new NarrativeTableRule().Check(Document("13.5").Build()));
        Assert.Equal("2026年预算数", Assert.Single(new NarrativeTableRule().Check(Document("15.8").Build())).Refs[1].RowLabel);
    }

    [Fact]
    public void Compares_no_stated_procurement_with_a_table_listing_several_units_and_no_total()
    {
        // Which unit's line is the department's? Neither: the figure is not printed.
        var document = new DocumentBuilder().Table(TableTypes.GovernmentProcurement)
            .Line(TableTypes.GovernmentProcurement, Dimensions.ProcurementItem, null, "河西区教育局", Measures.ProcurementGoods, "119.54")
            .Line(TableTypes.GovernmentProcurement, Dimensions.ProcurementItem, null, "河西区教育局机关", Measures.ProcurementGoods, "19.54")
            .Fact(new Fact { Key = FactKeys.ProcurementGoods, Value = 1159400m, PrintedUnit = 10000m, Page = 8, Quote = "政府采购货物预算115.94万元" })
            .Build();

        Assert.Empty(new NarrativeTableRule().Check(document));
    }

    [Theory]
    [InlineData("9628.22", 0)]
    [InlineData("9682.22", 1)]
    public void Compares_the_stated_income_total_with_the_income_tables_total_line_printed_last(string printed, int findings)
    {
        // Shanghai's 部门收入总表 lists the classes first and prints 合计 last.
        var document = new DocumentBuilder().Table(TableTypes.IncomeSummary)
            .Line(TableTypes.IncomeSummary, Dimensions.Summary, null, "公共安全支出", Measures.Total, "8726.73")
            .Line(TableTypes.IncomeSummary, Dimensions.Summary, null, "合计", Measures.Total, printed)
            .Fact(new Fact { Key = FactKeys.IncomeTotal, Value = 96282200.00m, PrintedUnit = 10000m, Page = 5, Quote = "2026年收入预算9628.22万元" })
            .Build();

        Assert.Equal(findings, new NarrativeTableRule().Check(document).Count(f => f.Severity == FindingSeverity.Error));
    }

    [Theory]
    [InlineData("0.00", 0)]
    [InlineData("137.00", 1)]
    public void Takes_a_table_printed_without_a_figure_for_zero(string stated, int findings)
    {
        // Shanghai's 政府性基金预算支出功能分类预算表 of a department without such funds: a 合计 row, every cell blank.
        var document = new DocumentBuilder()
            .PrintedTable(TableTypes.GovernmentFundExpenditure, "2025年部门政府性基金预算支出功能分类预算表", 12, ["合计", "", "", ""])
            .Fact(new Fact { Key = FactKeys.GovernmentFundTotal, Value = decimal.Parse(stated, System.Globalization.CultureInfo.InvariantCulture) * 10000m, PrintedUnit = 10000m, Page = 6, Quote = $"政府性基金拨款支出预算{stated}万元" })
            .Build();

        var found = new NarrativeTableRule().Check(document).ToList();

        Assert.Equal(findings, found.Count);
        Assert.All(found, f => Assert.Equal((0m, 1370000m, 12), (f.Expected!.Value, f.Actual!.Value, f.Refs[1].Page!.Value)));
    }

    [Fact]
    public void Leaves_a_table_with_figures_but_no_line_items_to_the_mapping_diagnostics()
    {
        var document = new DocumentBuilder()
            .PrintedTable(TableTypes.GovernmentFundExpenditure, "政府性基金预算支出表", 12, ["合计", "12.00", "", ""])
            .Fact(new Fact { Key = FactKeys.GovernmentFundTotal, Value = 1370000m, PrintedUnit = 10000m, Page = 6, Quote = "政府性基金拨款支出预算137.00万元" })
            .Build();

        Assert.Empty(new NarrativeTableRule().Check(document));
    }
}
