using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

public sealed class ColumnTotalRuleTests
{
    [Fact]
    public void Tells_a_procurement_kinds_subtotal_the_narrative_states_as_confirmed()
    {
        // Round LK's Shandong: 三、服务小计 208.60 over services adding up to 218.60 (one printed 66.00 for 56.00); the narrative states
        // 政府采购服务预算208.60万元.
        var builder = new DocumentBuilder()
            .Fact(new Fact { Key = FactKeys.ProcurementServices, Value = 2086000.00m, PrintedUnit = 10000m, Page = 6, Quote = "政府采购服务预算208.60万元" });
        string[][] rows = [["合计", "208.60"], ["三、服务小计", "208.60"], ["机关物业管理服务", "152.60"], ["农产品质量安全检测服务", "66.00"]];
        builder.PrintedTable(TableTypes.GovernmentProcurement, "政府采购预算表", 19, rows);
        foreach (var row in rows)
            builder.Line(TableTypes.GovernmentProcurement, Dimensions.ProcurementItem, null, row[0], Measures.Amount, row[1], page: 19);
        var document = builder.Build();
        document = document with { LineItems = [.. document.LineItems.Select(i => i.Name == "合计" ? i with { Dimension = Dimensions.Summary } : i)] };

        var kind = Assert.Single(new ColumnTotalRule().Check(document), f => f.Severity == FindingSeverity.Error);

        Assert.Equal((RuleIds.Procurement, 2186000.00m), (kind.Rule, kind.Expected));
        Assert.Contains("第6页说明“政府采购服务预算208.60万元”与之相符", kind.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Holds_an_operating_costs_table_listing_its_items_by_name_to_its_total()
    {
        // Round LE's Henan: 机关运行经费合计 over 办公费, 水电费 (no item of the classification), … printed without codes; 物业管理费 155.00
        // misprinted 175.00; a line of 其中 is no item.
        var builder = new DocumentBuilder();
        foreach (var (name, printed) in new[] { ("机关运行经费合计", "291.30"), ("办公费", "61.00"), ("水电费", "60.30"), ("物业管理费", "175.00"), ("其中：保安服务", "40.00") })
            builder.Line(TableTypes.OperatingCosts, Dimensions.Summary, null, name, Measures.Amount, printed, page: 16);

        var finding = Assert.Single(new ColumnTotalRule().Check(builder.Build()), f => f.Severity == FindingSeverity.Error);

        Assert.Equal((2963000.00m, 2913000.00m), (finding.Expected, finding.Actual));
        Assert.Equal(["机关运行经费合计", "办公费", "水电费", "物业管理费"], finding.Refs.Select(r => r.RowLabel));
    }

    /// <summary>
    /// Jiangsu's 政府采购预算表: 采购品目大类 | 专项名称 | 经济科目 | 采购物品名称 | 采购组织形式 | 总计. Each 经济科目 line is the sum
    /// of the 品目 under it, and the group the sum of its 经济科目 lines; 采购组织形式 tells how a 品目 is bought, not what it is.
    /// </summary>
    private static ExtractedDocument Procurement(string serverFigure)
    {
        string[][] rows =
        [
            ["合计", "", "", "", "", "525.40"],
            ["一、货物 A", "", "", "", "", "525.40"],
            ["", "信息网络建设维护费", "信息网络及软件购置更新", "", "", "274.00"],
            ["", "", "", "PC 服务器", "部门集中采购", serverFigure],
            ["", "", "", "其他计算机设备及软件", "政府集中采购", "250.00"],
            ["", "审判专项业务费", "办公设备购置", "", "", "15.00"],
            ["", "", "", "其他办公设备", "分散自行组织", "15.00"],
            ["", "", "印刷费", "", "", "236.40"],
            ["", "", "", "印刷品", "分散自行组织", "36.40"],
            // The same 品目 bought a second way: its name is not printed again.
            ["", "", "", "", "部门集中采购", "200.00"],
        ];
        var builder = new DocumentBuilder().PrintedTable(TableTypes.GovernmentProcurement, "政府采购预算表", 17, rows);
        foreach (var row in rows)
            builder.Line(TableTypes.GovernmentProcurement, Dimensions.ProcurementItem, null, row.Take(5).LastOrDefault(c => c.Length > 0) ?? "", Measures.Amount, row[5]);
        var document = builder.Build();
        var table = document.Tables[0] with
        {
            Columns = [null, null, null, null, null, Measures.Amount], Header = [["采购品目大类", "专项名称", "经济科目", "采购物品名称", "采购组织形式", "总计"]],
        };
        return document with
        {
            Tables = [table],
            LineItems = [.. document.LineItems.Select(i => i with { Name = i.Row == 0 ? "合计" : i.Row == 1 ? "一、货物 A" : i.Name, Col = 5 })],
        };
    }

    [Fact]
    public void Holds_each_procurement_line_to_the_lines_that_fill_a_later_label_column_under_it()
    {
        Assert.Empty(new ColumnTotalRule().Check(Procurement("24.00")));

        var finding = Assert.Single(new ColumnTotalRule().Check(Procurement("42.00")));

        Assert.Equal((RuleIds.Procurement, 292.00m * 10000m, 274.00m * 10000m), (finding.Rule, finding.Expected, finding.Actual));
        Assert.StartsWith("信息网络及软件购置更新", finding.Message);
    }

    [Theory]
    // Round IO's Inner Mongolia: each kind's subtotal over its items (货物小计 then 办公设备购置 …), the 合计 of the subtotals. 货物小计
    // printed 506,000 over items of 488,000, the 合计 1,972,000 adding up the subtotals as printed: the subtotal is flagged; printed
    // 488,000, the 合计 is.
    [InlineData("506,000", "货物小计", 488_000)]
    [InlineData("488,000", "合计", 1_954_000)]
    public void Holds_a_procurement_kinds_subtotal_to_its_items_and_the_total_to_the_subtotals(string goods, string flagged, int expected)
    {
        string[][] rows =
        [
            ["合计", "1,972,000"], ["货物小计", goods], ["办公设备购置", "86,000"], ["森林草原防火物资购置", "402,000"],
            ["工程小计", "960,000"], ["退化草原围栏建设", "960,000"], ["服务小计", "506,000"], ["森林资源年度监测", "380,000"], ["办公楼物业管理", "126,000"],
        ];
        var builder = new DocumentBuilder("元").PrintedTable(TableTypes.GovernmentProcurement, "政府采购预算表", 19, rows);
        foreach (var row in rows) builder.Line(TableTypes.GovernmentProcurement, row[0] == "合计" ? Dimensions.Summary : Dimensions.ProcurementItem, null, row[0], Measures.Total, row[1]);

        var finding = Assert.Single(new ColumnTotalRule().Check(builder.Build()));

        Assert.Equal((flagged, (decimal)expected), (finding.Refs[0].RowLabel, finding.Expected));
    }

    [Theory]
    // Round AG's Liaoning: 面向中小企业预留 printed for 合计 alone, left blank for each kind: no breakdown to hold it to.
    [InlineData("", 0)]
    [InlineData("40.0", 1)]
    public void Holds_a_column_to_its_rows_only_where_a_row_prints_it(string goodsReserved, int findings)
    {
        string[][] rows = [["合计", "358.8", "143.9"], ["货物类", "161.4", goodsReserved], ["工程类", "71.7", ""], ["服务类", "125.7", ""]];
        var builder = new DocumentBuilder().PrintedTable(TableTypes.GovernmentProcurement, "政府采购预算表", 17, rows);
        foreach (var row in rows)
            // A blank cell is a line item printing nothing, as the mapping gives it.
            foreach (var (col, measure) in new[] { (1, Measures.Amount), (2, Measures.ProcurementSmeReserved) })
            {
                builder.Line(TableTypes.GovernmentProcurement, row[0] == "合计" ? Dimensions.Summary : Dimensions.ProcurementItem, null, row[0], measure, row[col]);
            }
        var document = builder.Build();
        var rowOf = rows.Select(r => r[0]).ToList();
        document = document with
        {
            Tables = [document.Tables[0] with { Columns = [null, Measures.Amount, Measures.ProcurementSmeReserved], Header = [["采购类别", "金额", "面向中小企业预留"]] }],
            LineItems = [.. document.LineItems.Select(i => i with { Row = rowOf.IndexOf(i.Name), Col = i.Measure == Measures.Amount ? 1 : 2 })],
        };

        Assert.Equal(findings, new ColumnTotalRule().Check(document).Count(f => f.Severity == FindingSeverity.Error));
    }

    /// <summary>Round AD's Sichuan: 单位名称 | 项目名称 | 功能科目编码 | 本年拨款, each unit's row over its projects.</summary>
    private static ExtractedDocument UnitProjects(string firstProject, string firstCode = "2240102", string[]? firstUnit = null)
    {
        string[][] rows =
        [
            ["合计", "", "", "1,524.04"],
            firstUnit ?? ["绵阳市应急管理局（本级）", "", "", "1,155.91"],
            ["", "应急管理综合业务工作经费", firstCode, firstProject],
            ["", "森林草原防灭火物资储备", "2240602", "832.36"],
            ["绵阳市应急救援指挥保障中心", "", "", "368.13"],
            ["", "应急救援队伍建设及演练", "2240108", "368.13"],
        ];
        var builder = new DocumentBuilder().PrintedTable(TableTypes.ProjectExpenditure, "一般公共预算项目支出预算表", 9, rows);
        foreach (var row in rows)
            builder.Line(TableTypes.ProjectExpenditure, row[0] == "合计" ? Dimensions.Summary : Dimensions.Project, row[2].Length > 0 ? row[2] : null,
                row[1].Length > 0 ? row[1] : row[0], Measures.Amount, row[3]);
        var document = builder.Build();
        return document with
        {
            Tables = [document.Tables[0] with { Columns = [null, null, null, Measures.Amount], Header = [["单位名称", "项目名称", "功能科目编码", "本年拨款"]] }],
            LineItems = [.. document.LineItems.Select(i => i with { Col = 3 })],
        };
    }

    [Theory]
    // Round FR's Nanjing: 项目支出表's 合计 1488.00 over projects adding up to 1489.00, 支出总表's 项目支出 1488.00: the 合计 is confirmed.
    [InlineData("1488.00", true)]
    [InlineData("1489.00", false)]
    public void Tells_a_project_lists_total_another_table_prints_as_confirmed(string elsewhere, bool confirmed)
    {
        var document = new DocumentBuilder()
            .Line(TableTypes.ExpenditureSummary, Dimensions.Summary, null, "合计", Measures.ProjectTotal, elsewhere, page: 9)
            .Line(TableTypes.ProjectExpenditure, Dimensions.Summary, null, "合计", Measures.Amount, "1488.00", page: 16)
            .Line(TableTypes.ProjectExpenditure, Dimensions.Project, null, "机关综合业务经费", Measures.Amount, "1363.00", page: 16)
            .Line(TableTypes.ProjectExpenditure, Dimensions.Project, null, "价格监督检查及投诉举报处置经费", Measures.Amount, "126.00", page: 16)
            .Build();

        var finding = Assert.Single(new ColumnTotalRule().Check(document));

        Assert.Equal((14_880_000m, 14_890_000m), (finding.Actual, finding.Expected));
        Assert.Equal(confirmed, finding.MessageZh.EndsWith("支出总表第9页“合计”的项目支出与之相符，合计无误，误印当在所列各行之中", StringComparison.Ordinal));
    }

    [Theory]
    // Round HL's Beijing: the 政府购买服务 list's 合计 4691.20 over rows adding up to 4701.20, the narrative stating 4691.20.
    [InlineData("4691.20", true)]
    [InlineData("4701.20", false)]
    public void Tells_a_lists_total_the_narrative_states_alike_as_confirmed(string stated, bool confirmed)
    {
        var document = new DocumentBuilder()
            .Line(TableTypes.GovernmentPurchasedServices, Dimensions.Summary, null, "合计", Measures.Amount, "4691.20", page: 17)
            .Line(TableTypes.GovernmentPurchasedServices, Dimensions.PurchasedService, null, "城市道路清扫保洁服务", Measures.Amount, "4177.40", page: 17)
            .Line(TableTypes.GovernmentPurchasedServices, Dimensions.PurchasedService, null, "公共厕所运营管理服务", Measures.Amount, "523.80", page: 17)
            .Fact(new Fact { Key = FactKeys.PurchasedServicesTotal, Value = decimal.Parse(stated, System.Globalization.CultureInfo.InvariantCulture) * 10000m,
                PrintedUnit = 10000m, Page = 5, Quote = $"政府购买服务支出决算{stated}万元" })
            .Build();

        var finding = Assert.Single(new ColumnTotalRule().Check(document));

        Assert.Equal(confirmed, finding.MessageZh.EndsWith($"第5页说明“政府购买服务支出决算{stated}万元”与之相符，合计无误，误印当在所列各行之中", StringComparison.Ordinal));
    }

    [Fact]
    public void Sums_a_project_list_by_its_units_and_each_unit_by_its_projects()
    {
        Assert.Empty(new ColumnTotalRule().Check(UnitProjects("323.55")));

        var finding = Assert.Single(new ColumnTotalRule().Check(UnitProjects("333.55")));

        Assert.Equal((1_155.91m * 10000m, 1_165.91m * 10000m), (finding.Actual, finding.Expected));
        Assert.Equal("绵阳市应急管理局（本级）", finding.Refs[0].RowLabel);
    }

    [Fact]
    public void Takes_a_row_naming_the_departments_office_as_its_organs_for_a_unit()
    {
        // Round BJ's Jilin: 吉林省农业农村厅机关, its merged name cell read into both label columns.
        string[] office = ["绵阳市应急管理局机关", "绵阳市应急管理局机关", "", "1,155.91"];

        Assert.Empty(new ColumnTotalRule().Check(UnitProjects("323.55", firstUnit: office)));
    }

    [Theory]
    // Round BF's Sichuan: 单位名称 | 项目名称 with no code column, units named as schools; a misprinted project flags its unit.
    [InlineData("210.40", 0)]
    [InlineData("220.40", 1)]
    public void Sums_an_uncoded_project_list_by_the_units_its_first_label_column_names(string firstProject, int findings)
    {
        string[][] rows =
        [
            ["合计", "合计", "1,000.00"],
            ["成都石室中学", "", "500.00"],
            ["", "教育督导评估经费", firstProject],
            ["", "中高考考务经费", "289.60"],
            ["成都七中", "", "500.00"],
            ["", "学位扩容补助", "500.00"],
        ];
        var builder = new DocumentBuilder().PrintedTable(TableTypes.ProjectExpenditure, "项目支出预算表", 9, rows);
        foreach (var row in rows)
            builder.Line(TableTypes.ProjectExpenditure, row[0] == "合计" ? Dimensions.Summary : Dimensions.Project, null, row[1].Length > 0 ? row[1] : row[0], Measures.Total, row[2]);
        var built = builder.Build();
        var document = built with
        {
            Tables = [built.Tables[0] with { Columns = [null, null, Measures.Total], Header = [["单位名称", "项目名称", "合计"]] }],
            LineItems = [.. built.LineItems.Select(i => i with { Col = 2 })],
        };

        var found = new ColumnTotalRule().Check(document).ToList();

        Assert.Equal(findings, found.Count);
        Assert.All(found, f => Assert.Equal("成都石室中学", f.Refs[0].RowLabel));
    }

    [Theory]
    // Round FJ's Fujian: 单位名称 | 采购项目 | 采购品目 | 合计, each unit's row over its purchases; a misprinted purchase flags its unit.
    [InlineData("1,260,000.00", 0)]
    [InlineData("1,206,000.00", 1)]
    public void Sums_a_procurement_list_by_the_units_its_first_label_column_names(string firstPurchase, int findings)
    {
        string[][] rows =
        [
            ["合计", "", "", "2,696,000.00"],
            ["三明市卫生健康委员会（本级）", "", "", "1,356,000.00"],
            ["", "全民健康信息平台运维服务", "服务/信息技术服务", firstPurchase],
            ["", "办公设备购置", "货物/台式计算机", "96,000.00"],
            ["三明市疾病预防控制中心", "", "", "1,340,000.00"],
            ["", "核酸提取仪等检测设备", "货物/医疗设备", "1,340,000.00"],
        ];
        var builder = new DocumentBuilder("元").PrintedTable(TableTypes.GovernmentProcurement, "政府采购预算表", 19, rows);
        foreach (var row in rows)
            builder.Line(TableTypes.GovernmentProcurement, row[0] == "合计" ? Dimensions.Summary : Dimensions.ProcurementItem, null,
                row[1].Length > 0 ? row[1] : row[0], Measures.Total, row[3]);
        var built = builder.Build();
        var document = built with
        {
            Tables = [built.Tables[0] with { Columns = [null, null, null, Measures.Total], Header = [["单位名称", "采购项目", "采购品目", "合计"]] }],
            LineItems = [.. built.LineItems.Select(i => i with { Col = 3 })],
        };

        var found = new ColumnTotalRule().Check(document).ToList();

        Assert.Equal(findings, found.Count);
        Assert.All(found, f => Assert.Equal("三明市卫生健康委员会（本级）", f.Refs[0].RowLabel));
    }

    [Fact]
    public void Takes_a_project_with_its_code_left_blank_for_no_unit()
    {
        // Its name in the project column: a project still, summed under its unit.
        Assert.Empty(new ColumnTotalRule().Check(UnitProjects("323.55", firstCode: "")));
    }

    [Fact]
    public void Sums_each_side_of_a_two_sided_basic_table_to_its_foot()
    {
        // A Shanghai final account's 基本支出决算表: 301 and 303 on the left over 人员经费合计, 302 and 310 on the right over
        // 公用经费合计 (misprinted 12.03 for 10.23); both sides' figures are one measure.
        string[][] rows =
        [
            ["301", "工资福利支出", "95.36", "302", "商品和服务支出", "10.23"],
            ["30101", "基本工资", "95.36", "30201", "办公费", "10.23"],
            ["303", "对个人和家庭的补助", "0.00", "310", "资本性支出", "0.00"],
            ["人员经费合计", "人员经费合计", "95.36", "公用经费合计", "公用经费合计", "12.03"],
        ];
        var lines = new List<LineItem>();
        for (int r = 0; r < rows.Length; r++)
            foreach (int c in new[] { 2, 5 })
            {
                string code = rows[r][c - 2];
                lines.Add(new LineItem
                {
                    TableId = "t7", TableType = TableTypes.GeneralBudgetBasicByEconomic,
                    Dimension = code.All(char.IsDigit) ? Dimensions.Economic : Dimensions.Summary, Code = code.All(char.IsDigit) ? code : null,
                    Name = rows[r][c - 1], Measure = Measures.Amount, Amount = decimal.Parse(rows[r][c]) * 10000m, AmountPrinted = rows[r][c],
                    Page = 16, Row = r, Col = c,
                });
            }
        var document = new DocumentBuilder().Build() with { LineItems = lines };

        var finding = Assert.Single(new ColumnTotalRule().Check(document));

        Assert.Equal(("公用经费合计", 10.23m * 10000m), (finding.Refs[0].RowLabel, finding.Expected));
    }

    [Theory]
    [InlineData("136.04", null)]
    [InlineData("137.04", 136.04)]
    public void Sums_the_block_right_of_the_last_foot_under_it(string printed, double? expected)
    {
        // Round AR's Inner Mongolia 公开06表: 人员经费 | 公用经费 | 公用经费, 公用经费合计 under the second block, 310 in the third.
        (string Code, string Name, string Measure, string Amount, int Row, int Col)[] cells =
        [
            ("301", "工资福利支出", Measures.BasicPersonnel, "1237.98", 0, 2), ("302", "商品和服务支出", Measures.BasicPublicFunds, "129.43", 0, 5),
            ("30217", "公务接待费", Measures.BasicPublicFunds, "5.87", 0, 8), ("310", "资本性支出", Measures.BasicPublicFunds, "6.61", 2, 8),
            ("", "人员经费合计", Measures.BasicPersonnel, "1237.98", 3, 2), ("", "公用经费合计", Measures.BasicPublicFunds, printed, 3, 5),
        ];
        var lines = cells.Select(c => new LineItem
        {
            TableId = "t6", TableType = TableTypes.GeneralBudgetBasicByEconomic,
            Dimension = c.Code.Length > 0 ? Dimensions.Economic : Dimensions.Summary, Code = c.Code.Length > 0 ? c.Code : null,
            Name = c.Name, Measure = c.Measure, Amount = decimal.Parse(c.Amount) * 10000m, AmountPrinted = c.Amount, Page = 9, Row = c.Row, Col = c.Col,
        }).ToList();

        var findings = new ColumnTotalRule().Check(new DocumentBuilder().Build() with { LineItems = lines }).ToList();

        Assert.Equal(expected is null ? [] : [(decimal)expected.Value * 10000m], findings.Select(f => f.Expected!.Value));
    }

    [Theory]
    [InlineData("105.59", null, false)]
    [InlineData("106.59", 105.59, false)]
    // Each side read as its own measure (人员经费 | 公用经费 heading each side, round BF's Hunan).
    [InlineData("105.59", null, true)]
    [InlineData("106.59", 105.59, true)]
    public void Holds_a_foot_total_spanning_both_sides_of_a_two_sided_table_to_both(string printed, double? expected, bool sidesNamed)
    {
        // Hangzhou's 一般公共预算基本支出表: 人员经费 | 公用经费 side by side, then one 合计 row across both whose figure
        // stands under the right side's column.
        (string Code, string Name, string Amount, int Row, int Col)[] cells =
        [
            ("301", "工资福利支出", "95.36", 0, 2), ("302", "商品和服务支出", "10.23", 0, 5),
            ("30101", "基本工资", "95.36", 1, 2), ("30201", "办公费", "10.23", 1, 5),
            ("303", "对个人和家庭的补助", "0.00", 2, 2), ("310", "资本性支出", "0.00", 2, 5),
            ("", "合计", printed, 3, 5),
        ];
        var lines = cells.Select(c => new LineItem
        {
            TableId = "t6", TableType = TableTypes.GeneralBudgetBasicByEconomic,
            Dimension = c.Code.Length > 0 ? Dimensions.Economic : Dimensions.Summary, Code = c.Code.Length > 0 ? c.Code : null,
            Name = c.Name, Amount = decimal.Parse(c.Amount) * 10000m, AmountPrinted = c.Amount, Page = 14, Row = c.Row, Col = c.Col,
            Measure = !sidesNamed ? Measures.Amount : c.Col == 2 ? Measures.BasicPersonnel : Measures.BasicPublicFunds,
        }).ToList();
        var document = new DocumentBuilder().Build() with { LineItems = lines };

        var findings = new ColumnTotalRule().Check(document).ToList();

        Assert.Equal(expected is null ? null : (decimal)expected * 10000m, findings.SingleOrDefault()?.Expected);
    }

    [Fact]
    public void Takes_no_line_for_a_head_over_the_other_sides_classes()
    {
        // 人员经费 printed below 301 and 303, over 302: a subtotal of what is above it, no head of 302.
        (string Code, string Name, string Amount)[] rows = [("301", "工资福利支出", "400.00"), ("303", "对个人和家庭的补助", "26.72"), ("", "人员经费", "426.72"), ("302", "商品和服务支出", "80.00")];
        var lines = rows.Select((c, r) => new LineItem
        {
            TableId = "t8", TableType = TableTypes.GeneralBudgetBasicByEconomic,
            Dimension = c.Code.Length > 0 ? Dimensions.Economic : Dimensions.Summary, Code = c.Code.Length > 0 ? c.Code : null,
            Name = c.Name, Measure = Measures.Amount, Amount = decimal.Parse(c.Amount) * 10000m, AmountPrinted = c.Amount, Page = 13, Row = r, Col = 2,
        }).ToList();

        Assert.Empty(new ColumnTotalRule().Check(new DocumentBuilder().Build() with { LineItems = lines }));
    }

    [Theory]
    [InlineData("426.72", null)]
    [InlineData("462.72", 426.72)]
    public void Sums_a_head_of_personnel_or_public_funds_over_the_classes_below_it(string printed, double? expected)
    {
        // Round FY's Henan township: 人员经费 over 301 and 303, 公用经费 over 302, in the 人员经费 column; 302's blank there.
        (string Code, string Name, string Amount)[] rows =
        [
            ("", "人员经费", printed), ("301", "工资福利支出", "400.00"), ("30101", "基本工资", "400.00"),
            ("303", "对个人和家庭的补助", "26.72"), ("", "公用经费", ""), ("302", "商品和服务支出", ""), ("", "合计", "426.72"),
        ];
        var lines = rows.Select((c, r) => new LineItem
        {
            TableId = "t8", TableType = TableTypes.GeneralBudgetBasicByEconomic,
            Dimension = c.Code.Length > 0 ? Dimensions.Economic : Dimensions.Summary, Code = c.Code.Length > 0 ? c.Code : null,
            Name = c.Name, Measure = Measures.BasicPersonnel, Amount = c.Amount.Length > 0 ? decimal.Parse(c.Amount) * 10000m : 0m,
            AmountPrinted = c.Amount, Page = 13, Row = r, Col = 2,
        }).ToList();

        var findings = new ColumnTotalRule().Check(new DocumentBuilder().Build() with { LineItems = lines }).ToList();

        Assert.Equal(expected is null ? [] : [(decimal)expected.Value * 10000m], findings.Select(f => f.Expected!.Value));
    }

    /// <summary>A basic table printing the department's block, then two units' blocks of the same codes (round GM's Qinghai).</summary>
    private static ExtractedDocument DepartmentAndUnits(string departmentWages, string firstUnitsWages = "120.00")
    {
        var builder = new DocumentBuilder();
        void Block(string? unit, params string[] printed)
        {
            string[] codes = ["301", "30101", "30102", "30103"], names = ["工资福利支出", "基本工资", "津贴补贴", "奖金"];
            for (int k = 0; k < codes.Length; k++)
            {
                builder.Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Economic, codes[k], names[k], Measures.Total, printed[k]);
                if (unit is not null) builder.OfUnit(unit);
            }
        }
        Block(null, "330.00", departmentWages, "100.00", "30.00");
        Block("215001", "200.00", firstUnitsWages, "60.00", "20.00");
        Block("215002", "130.00", "80.00", "40.00", "10.00");
        return builder.Build();
    }

    [Fact]
    public void Holds_each_line_of_the_departments_block_to_its_units_lines_of_the_code()
    {
        Assert.Empty(new ColumnTotalRule().Check(DepartmentAndUnits("200.00")));

        var finding = Assert.Single(new ColumnTotalRule().Check(DepartmentAndUnits("193.70")));

        Assert.Equal(("30101", 193.70m * 10000m, 200.00m * 10000m), (finding.Refs[0].Code, finding.Actual, finding.Expected));
        Assert.EndsWith("所属各单位（215001、215002）同一科目之和", finding.MessageZh);
    }

    /// <summary>A project list naming each function subject over the projects spent under it (round GM's Hainan 项目支出表).</summary>
    private static ExtractedDocument SubjectsOverProjects(string firstProject)
    {
        string[][] rows =
        [
            ["", "合计", "100.00"], ["2060302", "社会公益研究", "60.00"], ["", "热带林木种质资源保存与利用研究", firstProject],
            ["", "林业科技成果推广示范项目", "25.00"], ["2130205", "森林资源培育", "40.00"], ["", "国家储备林建设项目", "40.00"],
        ];
        var builder = new DocumentBuilder().PrintedTable(TableTypes.ProjectExpenditure, "项目支出表", 19, rows);
        foreach (var row in rows)
            builder.Line(TableTypes.ProjectExpenditure, row[1] == "合计" ? Dimensions.Summary : Dimensions.Project, row[0].Length > 0 ? row[0] : null,
                row[1], Measures.Total, row[2]);
        var document = builder.Build();
        return document with
        {
            Tables = [document.Tables[0] with { Columns = [null, null, Measures.Total], Header = [["功能科目编码", "功能科目名称/项目名称", "合计"]] }],
            LineItems = [.. document.LineItems.Select(i => i with { Col = 2 })],
        };
    }

    [Fact]
    public void Sums_a_project_list_by_the_subjects_its_projects_are_listed_under()
    {
        // Not the subjects and their projects added together (合计 "应为200.00").
        Assert.Empty(new ColumnTotalRule().Check(SubjectsOverProjects("35.00")));

        var finding = Assert.Single(new ColumnTotalRule().Check(SubjectsOverProjects("45.00")));

        Assert.Equal(("社会公益研究", 60.00m * 10000m, 70.00m * 10000m), (finding.Refs[0].RowLabel, finding.Actual, finding.Expected));
    }

    [Fact]
    public void A_units_misprinted_line_is_named_where_its_blocks_class_and_the_departments_line_both_break()
    {
        // Unit 215001 prints 30101 126.30 for 120.00: its 301 (200.00) is 6.30 short of its items, the department's 30101 (200.00) 6.30
        // short of its units'. The unit's cell is the misprint, not either right total.
        var document = DepartmentAndUnits("200.00", firstUnitsWages: "126.30");

        var findings = MisprintBlame.Reassigned([.. new ColumnTotalRule().Check(document), .. HierarchyRule.Economic().Check(document)]);

        Assert.Equal(2, findings.Count(f => f.Severity == FindingSeverity.Error));
        Assert.All(findings.Where(f => f.Severity == FindingSeverity.Error), f => Assert.Contains("误印当在", f.MessageZh));
    }

    [Fact]
    public void Holds_the_row_naming_the_department_over_its_units_rows_to_their_sum()
    {
        // Round HT's Yunnan 部门收入预算表: 玉溪市农业农村局 4,139.60 over its three units' 3,065.07, 566.42 and 508.11 (557.42 misprinted).
        var document = new DocumentBuilder()
            .Line(TableTypes.IncomeSummary, Dimensions.Summary, null, "玉溪市农业农村局", Measures.IncomeGeneralBudget, "4139.60")
            .Line(TableTypes.IncomeSummary, Dimensions.Unit, "101001", "玉溪市农业农村局（本级）", Measures.IncomeGeneralBudget, "3065.07")
            .Line(TableTypes.IncomeSummary, Dimensions.Unit, "101002", "玉溪市农业技术推广站", Measures.IncomeGeneralBudget, "566.42")
            .Line(TableTypes.IncomeSummary, Dimensions.Unit, "101003", "玉溪市动物疫病预防控制中心", Measures.IncomeGeneralBudget, "517.11")
            .Build() with { Department = new DepartmentInfo("玉溪市农业农村局", null) };

        var finding = Assert.Single(new ColumnTotalRule().Check(document));

        Assert.Equal((41396000m, 41486000m), (finding.Actual, finding.Expected));
        // A row of another name above the units is no total of theirs.
        Assert.Empty(new ColumnTotalRule().Check(document with { Department = new DepartmentInfo("玉溪市林业和草原局", null) }));
    }
}
