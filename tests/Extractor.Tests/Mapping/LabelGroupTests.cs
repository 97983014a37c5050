using System.Globalization;
using Extractor.Mapping;
using Extractor.Model;

namespace Extractor.Tests.Mapping;

/// <summary>Rows of small built tables and the codes their labels are read with.</summary>
public sealed class LabelGroupTests
{
    private static Table Summary(params string[][] rows) => new()
    {
        Id = "t3", Type = TableTypes.ExpenditureSummary, Pages = [7],
        Header = [["单位代码", "单位名称(科目)", "总计"]],
        Columns = [null, null, Measures.Total],
        Rows = [.. rows.Select(r => (IReadOnlyList<Cell>)[new Cell(r[0]), new Cell(r[1]), new Cell(r[2], decimal.Parse(r[2], CultureInfo.InvariantCulture))])],
    };

    [Fact]
    public void Reads_a_code_with_a_mark_ocr_hung_on_it()
    {
        // scan01 p7: "2080505," under 单位代码, the comma a speck of the scan.
        var items = LineItemBuilder.Build([Summary(["136001", "本级", "95.50"], ["2080505,", "机关事业单位基本养老保险缴费支出", "63.67"], ["1.", "其他", "31.83"])], MoneyUnit.WanYuan);

        Assert.Equal(["136001", "2080505", null], items.Select(i => i.Code));
    }

    [Fact]
    public void A_totals_row_codes_nothing()
    {
        // Round EO's Guangdong: the 合计 row read with the class code a merged cell printed beside it.
        var items = LineItemBuilder.Build([Summary(["221", "住房保障支出", "81.93"], ["221", "合计", "4676.96"], ["221", "合　计", "4676.96"])], MoneyUnit.WanYuan);

        Assert.Equal(["221", null, null], items.Select(i => i.Code));
    }

    [Fact]
    public void The_line_numbers_beside_each_label_name_no_row()
    {
        // The national template's 收入支出决算总表: 项目 | 行次 | 金额 on each side, 行次 numbering the rows.
        Table table = new()
        {
            Id = "t1", Type = TableTypes.IncomeExpenditureSummary, Pages = [4],
            Header = [["收入", "收入", "收入", "支出", "支出", "支出"], ["项目", "行次", "金额", "项目", "行次", "金额"], ["栏次", "", "1", "栏次", "", "2"]],
            Columns = [null, null, Measures.Total, null, null, Measures.Total],
            Rows =
            [
                [new Cell("一、一般公共预算财政拨款收入"), new Cell("1"), new Cell("1,753.55", 1753.55m), new Cell("一、一般公共服务支出"), new Cell("32"), new Cell("1,513.57", 1513.57m)],
                [new Cell("本年收入合计"), new Cell("24"), new Cell("1,753.55", 1753.55m), new Cell("本年支出合计"), new Cell("55"), new Cell("1,738.51", 1738.51m)],
            ],
        };

        var items = LineItemBuilder.Build([table], MoneyUnit.WanYuan);

        Assert.Equal(["一、一般公共预算财政拨款收入", "一、一般公共服务支出", "本年收入合计", "本年支出合计"], items.Select(i => i.Name));
    }

    [Fact]
    public void A_column_of_rates_names_no_row()
    {
        // Round CL's Tianjin: a 三公 table of one row of figures, 合计 | 因公出国（境）费 | … | 增减额 | 增减率（%）, no label column.
        Table table = new()
        {
            Id = "t7", Type = TableTypes.ThreePublicExpenses, Pages = [13],
            Header = [["合计", "因公出国（境）费", "公务接待费", "增减额", "增减率（%）"]],
            Columns = [Measures.Total, Measures.ThreePublicOverseas, Measures.ThreePublicReception, "other:增减额", null],
            Rows = [[new Cell("12.50", 12.50m), new Cell("11.35", 11.35m), new Cell("1.15", 1.15m), new Cell("1.36", 1.36m), new Cell("-12.21")]],
        };

        var items = LineItemBuilder.Build([table], MoneyUnit.WanYuan);

        Assert.Equal(4, items.Count);
        Assert.All(items, i => Assert.Equal("", i.Name));
    }

    [Fact]
    public void A_line_of_rates_gives_no_amounts()
    {
        // Round CO's narrative 三公 table: the years, their change and its rate as rows, the parts as columns.
        Table table = new()
        {
            Id = "t9", Type = TableTypes.ThreePublicExpenses, Pages = [17],
            Header = [["项目", "合计", "因公出国（境）费", "公务接待费"]],
            Columns = [null, Measures.Total, Measures.ThreePublicOverseas, Measures.ThreePublicReception],
            Rows =
            [
                [new Cell("2026年预算数"), new Cell("12.50", 12.50m), new Cell("11.35", 11.35m), new Cell("1.15", 1.15m)],
                [new Cell("增减率（%）"), new Cell("12.21", 12.21m), new Cell("10.50", 10.50m), new Cell("-5.00", -5.00m)],
                [new Cell("较上年增减（%）"), new Cell("12.21", 12.21m), new Cell("10.50", 10.50m), new Cell("-5.00", -5.00m)],
                [new Cell("增减额"), new Cell("1.36", 1.36m), new Cell("1.05", 1.05m), new Cell("0.31", 0.31m)],
            ],
        };

        var items = LineItemBuilder.Build([table], MoneyUnit.WanYuan);

        Assert.Equal(["2026年预算数", "增减额"], items.Select(i => i.Name).Distinct());
    }

    [Theory]
    // 项目 spanning 类 | 款 | 项 | 科目名称, run together with each part's heading.
    [InlineData("项目类", "项目款", "项目项")]
    // 类 and 款 centred over narrow columns, read as one heading over the 款's column; the class column headed by nothing.
    [InlineData("", "类款", "项")]
    // 类款 over the class column, the 款's headed by nothing (Tianjin).
    [InlineData("类款", "", "项")]
    // The same under 项目 and 科目编码 spanning the parts (the national final-account template, Jiangxi, Hubei).
    [InlineData("项目", "项目科目编码类款", "项目科目编码项")]
    [InlineData("", "项目科目编码类款", "项目科目编码项")]
    // 款 and 项 centred over their two columns read as one heading over the 款's, the 项's headed by nothing (round AO's Anhui).
    [InlineData("科目编码类", "科目编码款项", "")]
    public void Reads_a_code_split_over_three_columns_whatever_their_headings_read(string classHeading, string kuanHeading, string itemHeading)
    {
        Table table = new()
        {
            Id = "t5", Type = TableTypes.GeneralBudgetExpenditureByFunction, Pages = [11],
            Header = [[classHeading, kuanHeading, itemHeading, "科目名称", "合计"]],
            Columns = [null, null, null, null, Measures.Total],
            Rows =
            [
                [new Cell("合计"), new Cell(""), new Cell(""), new Cell(""), new Cell("21.00", 21m)],
                [new Cell("201"), new Cell(""), new Cell(""), new Cell("一般公共服务支出"), new Cell("21.00", 21m)],
                [new Cell("201"), new Cell("38"), new Cell(""), new Cell("市场监督管理事务"), new Cell("21.00", 21m)],
                [new Cell("201"), new Cell("38"), new Cell("01"), new Cell("行政运行"), new Cell("21.00", 21m)],
                [new Cell("201"), new Cell("38"), new Cell("02"), new Cell("一般行政管理事务"), new Cell("0.00", 0m)],
                // A note under the table read as its last row.
                [new Cell("注：2025年无此项支出"), new Cell(""), new Cell(""), new Cell(""), new Cell("")],
            ],
        };

        var items = LineItemBuilder.Build([table], MoneyUnit.WanYuan);

        Assert.Equal([null, "201", "20138", "2013801", "2013802"], items.Select(i => i.Code));
    }

    [Fact]
    public void Reads_a_code_split_under_a_heading_spanning_its_parts_over_the_column_numbering()
    {
        // Round AS's Xinjiang: 项目 over 类 | 款 | 项 | 科目名称, and 栏次 under 类.
        Table table = new()
        {
            Id = "t3", Type = TableTypes.ExpenditureSummary, Pages = [7],
            Header = [["项目", "项目", "项目", "项目", "本年支出合计"], ["类", "款", "项", "科目名称", "本年支出合计"], ["栏次", "", "", "", "1"]],
            Columns = [null, null, null, null, Measures.Total],
            Rows =
            [
                [new Cell("223"), new Cell(""), new Cell(""), new Cell("国有资本经营预算支出"), new Cell("18,750,000.00", 18750000m)],
                [new Cell("223"), new Cell("02"), new Cell(""), new Cell("国有企业资本金注入"), new Cell("18,850,000.00", 18850000m)],
                [new Cell("223"), new Cell("02"), new Cell("03"), new Cell("国有经济结构调整支出"), new Cell("18,850,000.00", 18850000m)],
            ],
        };

        Assert.Equal(["223", "22302", "2230203"], LineItemBuilder.Build([table], MoneyUnit.Yuan).Select(i => i.Code));
    }

    [Fact]
    public void Reads_an_economic_code_split_over_two_columns_the_heading_set_over_the_first()
    {
        // Round W's Jilin: 科目编码 / 类款 over the class column, the 款's headed by nothing: 301 | 01 基本工资 is 30101.
        Table table = new()
        {
            Id = "t6", Type = TableTypes.GeneralBudgetBasicByEconomic, Pages = [9],
            Header = [["科目编码", "", "科目名称", "合计"], ["类款", "", "科目名称", "合计"]],
            Columns = [null, null, null, Measures.Total],
            Rows =
            [
                [new Cell(""), new Cell(""), new Cell("合计"), new Cell("885.00", 885m)],
                [new Cell("301"), new Cell(""), new Cell("工资福利支出"), new Cell("685.00", 685m)],
                [new Cell("301"), new Cell("01"), new Cell("基本工资"), new Cell("385.00", 385m)],
                [new Cell("301"), new Cell("02"), new Cell("津贴补贴"), new Cell("300.00", 300m)],
                [new Cell("302"), new Cell(""), new Cell("商品和服务支出"), new Cell("200.00", 200m)],
                [new Cell("302"), new Cell("01"), new Cell("办公费"), new Cell("200.00", 200m)],
            ],
        };

        var items = LineItemBuilder.Build([table], MoneyUnit.WanYuan);

        Assert.Equal([null, "301", "30101", "30102", "302", "30201"], items.Select(i => i.Code));
    }

    [Fact]
    public void Reads_no_line_from_the_column_numbering_a_continuation_page_repeats()
    {
        // 支出决算表 over two pages: the second repeats its headings and their 栏次 row, read as a body row.
        Table table = new()
        {
            Id = "t3", Type = TableTypes.ExpenditureSummary, Pages = [11, 12],
            Header = [["科目编码", "科目名称", "合计", "基本支出"]],
            Columns = [null, null, Measures.Total, Measures.BasicTotal],
            Rows =
            [
                [new Cell("2080501"), new Cell("行政单位离退休"), new Cell("25.11", 25.11m), new Cell("25.11", 25.11m)],
                [new Cell("栏次"), new Cell(""), new Cell("1", 1m), new Cell("2", 2m)],
                [new Cell("2080505"), new Cell("机关事业单位基本养老保险缴费支出"), new Cell("133.02", 133.02m), new Cell("133.02", 133.02m)],
            ],
        };

        var items = LineItemBuilder.Build([table], MoneyUnit.WanYuan);

        Assert.Equal(["2080501", "2080501", "2080505", "2080505"], items.Select(i => i.Code));
    }

    [Fact]
    public void Reads_a_class_and_kuan_printed_in_one_column_under_one_heading()
    {
        // 类款 | 项: "201 38" in one cell, its 项 beside it.
        Table table = new()
        {
            Id = "t2", Type = TableTypes.IncomeSummary, Pages = [8],
            Header = [["类款", "项", "科目名称", "合计"]],
            Columns = [null, null, null, Measures.Total],
            Rows =
            [
                [new Cell("201"), new Cell(""), new Cell("一般公共服务支出"), new Cell("21.00", 21m)],
                [new Cell("201 38"), new Cell(""), new Cell("市场监督管理事务"), new Cell("21.00", 21m)],
                [new Cell("201 38"), new Cell("01"), new Cell("行政运行"), new Cell("21.00", 21m)],
            ],
        };

        var items = LineItemBuilder.Build([table], MoneyUnit.WanYuan);

        Assert.Equal(["201", "20138", "2013801"], items.Select(i => i.Code));
    }

    [Fact]
    public void Reads_an_items_number_run_into_the_name_beside_class_and_kuan_columns()
    {
        // Round AI's Jilin: a three-line table whose narrow 项 column ran into the name's: 208 | 05 | "01 行政单位离退休".
        Table table = new()
        {
            Id = "t5", Type = TableTypes.GeneralBudgetExpenditureByFunction, Pages = [9],
            Header = [["类款", "科目编码", "项目", "本年支出"], ["类款", "科目编码", "科目名称项", "小计"]],
            Columns = [null, null, null, Measures.Total],
            Rows =
            [
                [new Cell("208"), new Cell(""), new Cell("社会保障和就业支出"), new Cell("357.27", 357.27m)],
                [new Cell("208"), new Cell("05"), new Cell("行政事业单位养老支出"), new Cell("357.27", 357.27m)],
                [new Cell("208"), new Cell("05"), new Cell("01 行政单位离退休"), new Cell("159.12", 159.12m)],
                [new Cell("208"), new Cell("05"), new Cell("02 事业单位离退休"), new Cell("198.15", 198.15m)],
            ],
        };

        var items = LineItemBuilder.Build([table], MoneyUnit.WanYuan);

        Assert.Equal(["208", "20805", "2080501", "2080502"], items.Select(i => i.Code));
        Assert.Equal("行政单位离退休", items[2].Name);
    }

    [Fact]
    public void A_column_blank_in_every_row_between_amounts_labels_nothing()
    {
        // scan02 p5: a heading OCR split over a gutter leaves a column of its pieces, blank in the body, between
        // 总计 and 政府性基金; the unit rows after it are still the units'.
        Table table = new()
        {
            Id = "t4", Type = TableTypes.IncomeSummary, Pages = [5],
            Header = [["单位编码", "单位名称", "总计", "号", "政府性基金"]],
            Columns = [null, null, Measures.Total, null, Measures.IncomeGovernmentFund],
            Rows =
            [
                [new Cell("310"), new Cell("株洲市芦淞区城市管理执法局"), new Cell("1997.18", 1997.18m), new Cell(""), new Cell("249.44", 249.44m)],
                [new Cell("310001"), new Cell("株洲市芦淞区城市管理执法局本级"), new Cell("957.17", 957.17m), new Cell(""), new Cell("249.41", 249.41m)],
            ],
        };

        var items = LineItemBuilder.Build([table], MoneyUnit.WanYuan);

        Assert.Equal(4, items.Count);
        Assert.All(items, i => Assert.Equal(Dimensions.Unit, i.Dimension));
        Assert.Equal(["310", "310", "310001", "310001"], items.Select(i => i.EntityCode));
    }

    [Fact]
    public void A_label_column_naming_nothing_in_a_row_leaves_the_row_its_own_unit()
    {
        // scan02 p9: a heading's piece OCR read as "AR" in one row of a column between the amounts; the unit
        // rows' figures after it are still the units' (not economic class 310's).
        Table table = new()
        {
            Id = "t8", Type = TableTypes.GeneralBudgetExpenditureByFunction, Pages = [9],
            Header = [["科目编码", "科目名称", "合计", "", "工资福利支出"]],
            Columns = [null, null, Measures.Total, null, "econ.301"],
            Rows =
            [
                [new Cell("310"), new Cell("株洲市芦淞区城市管理执法局"), new Cell("1374.15", 1374.15m), new Cell("AR"), new Cell("1067.65", 1067.65m)],
                [new Cell("310001"), new Cell("株洲市芦淞区城市管理执法局本级"), new Cell("341.03", 341.03m), new Cell(""), new Cell("217.43", 217.43m)],
            ],
        };

        var items = LineItemBuilder.Build([table], MoneyUnit.WanYuan);

        Assert.Equal([(Dimensions.Unit, "310", "310"), (Dimensions.Unit, "310", "310"), (Dimensions.Unit, "310001", "310001"), (Dimensions.Unit, "310001", "310001")],
            items.Select(i => (i.Dimension, i.Code, i.EntityCode)));
    }

    [Fact]
    public void Reads_a_kuan_code_ocr_read_with_a_speck_after_it_by_the_item_under_it()
    {
        // scan02 p9: 21201 城乡社区管理事务 read "212014", six digits as a unit's code, over 2120101 行政运行.
        var table = Summary(["310001", "本级", "341.03"], ["212", "城乡社区支出", "266.39"], ["212014", "城乡社区管理事务", "266.39"], ["2120101", "行政运行", "203.47"]);
        HashSet<int> ocrPages = [7];
        var items = LineItemBuilder.Build([table], MoneyUnit.WanYuan, ocrPages);

        Assert.Equal(["310001", "212", "21201", "2120101"], items.Select(i => i.Code));
        Assert.Equal([Dimensions.Unit, Dimensions.Function, Dimensions.Function, Dimensions.Function], items.Select(i => i.Dimension));
        Assert.Equal("212014", items[2].CodePrinted);

        // Printed, such a code is a unit's (205020 某县实验中学 over 2050203 初中教育); and units of one family keep
        // their codes, whatever follows them.
        Assert.Equal("212014", LineItemBuilder.Build([table], MoneyUnit.WanYuan)[2].Code);
        var units = LineItemBuilder.Build([Summary(["212001", "一所", "10.00"], ["212014", "二所", "5.00"], ["2120101", "行政运行", "5.00"])], MoneyUnit.WanYuan, ocrPages);
        Assert.Equal(["212001", "212014", "2120101"], units.Select(i => i.Code));
    }

    [Fact]
    public void Reads_no_amount_from_a_line_that_counts()
    {
        // The national template's 情况表: 相关统计数 below the money, "—" for no budget.
        Table table = new()
        {
            Id = "t10", Type = TableTypes.ThreePublicExpenses, Pages = [14],
            Header = [["项目", "预算数", "决算数"]],
            Columns = [null, Measures.BudgetInitial, Measures.Actual],
            Rows =
            [
                [new Cell("3．公务接待费"), new Cell("8.00", 8m), new Cell("4.52", 4.52m)],
                [new Cell("4．公务用车保有量（辆）"), new Cell("—", 0m), new Cell("4", 4m)],
                [new Cell("7．国内公务接待人次（人）"), new Cell("—", 0m), new Cell("63", 63m)],
            ],
        };

        Assert.Equal(["3．公务接待费", "3．公务接待费"], LineItemBuilder.Build([table], MoneyUnit.WanYuan).Select(i => i.Name));
    }

    [Fact]
    public void Codes_no_line_of_a_three_public_table()
    {
        // scan01 at 300 dpi, p14: 2.公务用车购置及运行维护费 read "20955用车由生及运行维护费"; the 20955 is no class
        // the line sums under (合计 would be held to that line alone).
        Table table = new()
        {
            Id = "t9", Type = TableTypes.ThreePublicExpenses, Pages = [14],
            Header = [["项目", "金额"]],
            Columns = [null, Measures.Amount],
            Rows =
            [
                [new Cell("合计"), new Cell("2.85", 2.85m)],
                [new Cell("20955用车由生及运行维护费"), new Cell("0", 0m)],
                [new Cell("3.公务接待费"), new Cell("2.85", 2.85m)],
            ],
        };

        var items = LineItemBuilder.Build([table], MoneyUnit.WanYuan, ocrPages: new HashSet<int> { 14 });

        Assert.All(items, i => Assert.Null(i.Code));
        Assert.Equal("20955用车由生及运行维护费", items[1].Name);

        // A 三公 table by unit keeps its units' codes, read or printed: they rank its rows.
        Table byUnit = new()
        {
            Id = "t9", Type = TableTypes.ThreePublicExpenses, Pages = [14],
            Header = [["单位编码", "单位名称", "合计"]],
            Columns = [null, null, Measures.Total],
            Rows =
            [
                [new Cell("101"), new Cell("某厅"), new Cell("30.00", 30.00m)],
                [new Cell("101001"), new Cell("某厅本级"), new Cell("20.00", 20.00m)],
            ],
        };
        Assert.Equal(["101", "101001"], LineItemBuilder.Build([byUnit], MoneyUnit.WanYuan, ocrPages: new HashSet<int> { 14 }).Select(i => i.Code));
    }

    /// <summary>A summary by unit, 单位编码 over the units' rows and their subjects' codes, one amount column.</summary>
    private static Table UnitsAndSubjects(string type, params (string Code, string Name, string Amount)[] rows) => new()
    {
        Id = "t2", Type = type, Pages = [8],
        Header = [["单位编码", "单位名称（科目）", "合计"]],
        Columns = [null, null, Measures.Total],
        Rows = [.. rows.Select(r => (IReadOnlyList<Cell>)[new Cell(r.Code), new Cell(r.Name), new Cell(r.Amount, decimal.Parse(r.Amount, CultureInfo.InvariantCulture))])],
    };

    [Fact]
    public void Reads_a_subject_code_printed_a_digit_short_in_the_unit_code_column_under_its_kuan()
    {
        // Round EV's Jilin: 部门收入总表 单位编码 over units and their subjects; 水文测报 2130313 printed 213013 under 21303.
        var table = UnitsAndSubjects(TableTypes.IncomeSummary,
            ("163001", "吉林省水利厅本级", "10.00"), ("213", "农林水支出", "10.00"), ("163003", "吉林省水文水资源局", "30.00"),
            ("213", "农林水支出", "30.00"), ("21303", "水利", "30.00"), ("2130312", "水质监测", "10.00"), ("213013", "水文测报", "20.00"));

        var items = LineItemBuilder.Build([table], MoneyUnit.WanYuan);

        Assert.Equal(["163001", "213", "163003", "213", "21303", "2130312", "2130313"], items.Select(i => i.Code));
        Assert.Equal("213013", items[^1].CodePrinted);
        Assert.Equal([Dimensions.Unit, Dimensions.Function, Dimensions.Unit], items.Take(3).Select(i => i.Dimension));
        Assert.All(items.Skip(3), i => Assert.Equal("163003", i.EntityCode));
    }

    [Fact]
    public void Reads_a_class_row_as_a_function_line_where_the_units_codes_open_with_its_digits()
    {
        // Round EZ's Anhui: units 208001 and 208002, each block opening with 208 社会保障和就业支出.
        var table = UnitsAndSubjects(TableTypes.ExpenditureSummary,
            ("208", "合肥市蜀山区农业农村水利局", "30.00"), ("208001", "合肥市蜀山区农业农村水利局本级", "10.00"), ("208", "社会保障和就业支出", "10.00"),
            ("208002", "合肥市蜀山区水利工程管理站", "20.00"), ("208", "社会保障和就业支出", "20.00"));

        var items = LineItemBuilder.Build([table], MoneyUnit.WanYuan);

        Assert.Equal([Dimensions.Unit, Dimensions.Unit, Dimensions.Function, Dimensions.Unit, Dimensions.Function], items.Select(i => i.Dimension));
        Assert.Equal(["208", "208001", "208001", "208002", "208002"], items.Select(i => i.EntityCode));
    }

    [Fact]
    public void Reads_an_ocr_figure_that_lost_its_point_as_the_table_prints_its_figures()
    {
        // scan02 p4: 1374.15 read "137415" where every other figure prints two decimals.
        var rows = Enumerable.Range(1, 12).Select(n => new[] { "20" + n.ToString("00", CultureInfo.InvariantCulture), "某项", $"{n}.25" })
            .Append(["310", "株洲市芦淞区城市管理执法局", "137415"]).ToArray();
        var table = Summary(rows);

        Assert.Equal(1374.15m * 10000, LineItemBuilder.Build([table], MoneyUnit.WanYuan, ocrPages: new HashSet<int> { 7 }).Last().Amount);
        Assert.Equal("1374.15", LineItemBuilder.Build([table], MoneyUnit.WanYuan, ocrPages: new HashSet<int> { 7 }).Last().AmountPrinted);
        // Printed, bare digits are what the table prints; and a round figure no larger than the others is one.
        Assert.Equal(137415m * 10000, LineItemBuilder.Build([table], MoneyUnit.WanYuan).Last().Amount);
        var round = Summary([.. rows[..^1], ["310", "株洲市芦淞区城市管理执法局", "100"]]);
        Assert.Equal(100m * 10000, LineItemBuilder.Build([round], MoneyUnit.WanYuan, ocrPages: new HashSet<int> { 7 }).Last().Amount);
    }

    [Fact]
    public void A_code_column_no_row_fills_is_still_a_part_of_the_split_code()
    {
        // 类 | 款 | 项 with no 项 printed: the blank column before the amounts is the code's third part, not nothing.
        Table table = new()
        {
            Id = "t6", Type = TableTypes.GeneralBudgetExpenditureByFunction, Pages = [9],
            Header = [["科目编码", "科目编码", "科目编码", "科目名称", "合计"], ["类", "款", "项", "科目名称", "合计"]],
            Columns = [null, null, null, null, Measures.Total],
            Rows =
            [
                [new Cell("205"), new Cell(""), new Cell(""), new Cell("教育支出"), new Cell("30.00", 30m)],
                [new Cell(""), new Cell("01"), new Cell(""), new Cell("教育管理事务"), new Cell("10.00", 10m)],
                [new Cell(""), new Cell("02"), new Cell(""), new Cell("普通教育"), new Cell("20.00", 20m)],
            ],
        };

        var items = LineItemBuilder.Build([table], MoneyUnit.WanYuan);

        Assert.Equal([("205", Dimensions.Function), ("20501", Dimensions.Function), ("20502", Dimensions.Function)], items.Select(i => (i.Code, i.Dimension)));
    }

    [Fact]
    public void Reads_a_code_printed_with_a_letter_for_a_digit_keeping_it_under_its_parent()
    {
        // 2110l01 and a split 款 printed 0l: the rows stay 2110101 and 2240108, the misprint kept as printed.
        Table whole = new()
        {
            Id = "t5", Type = TableTypes.GeneralBudgetExpenditureByFunction, Pages = [9],
            Header = [["科目编码", "科目名称", "合计"]],
            Columns = [null, null, Measures.Total],
            Rows =
            [
                [new Cell("21101"), new Cell("环境保护管理事务"), new Cell("30.00", 30m)],
                [new Cell("2110l01"), new Cell("行政运行"), new Cell("30.00", 30m)],
            ],
        };
        Table split = new()
        {
            Id = "t6", Type = TableTypes.GeneralBudgetExpenditureByFunction, Pages = [10],
            Header = [["类", "款", "项", "科目名称", "合计"]],
            Columns = [null, null, null, null, Measures.Total],
            Rows =
            [
                [new Cell("224"), new Cell("01"), new Cell(""), new Cell("应急管理事务"), new Cell("64.35", 64.35m)],
                [new Cell("224"), new Cell("0l"), new Cell("08"), new Cell("应急救援"), new Cell("64.35", 64.35m)],
            ],
        };

        var items = LineItemBuilder.Build([whole, split], MoneyUnit.WanYuan);

        Assert.Equal(["21101", "2110101", "22401", "2240108"], items.Select(i => i.Code));
        Assert.Equal([null, "2110l01", null, "224 0l 08"], items.Select(i => i.CodePrinted));
    }

    [Fact]
    public void Reads_the_code_and_the_name_of_one_column_holding_both()
    {
        // Guangdong's and Guizhou's 科目编码及名称: "208社会保障和就业支出", a misprinted "21508O5中小企业发展专项".
        Table table = new()
        {
            Id = "t5", Type = TableTypes.GeneralBudgetExpenditure, Pages = [11],
            Header = [["科目编码及名称", "合计"]],
            Columns = [null, Measures.Total],
            Rows =
            [
                [new Cell("21508支持中小企业发展和管理支出"), new Cell("313.82", 313.82m)],
                [new Cell("21508O5中小企业发展专项"), new Cell("313.82", 313.82m)],
            ],
        };

        var items = LineItemBuilder.Build([table], MoneyUnit.WanYuan);

        Assert.Equal([("21508", "支持中小企业发展和管理支出", null), ("2150805", "中小企业发展专项", "21508O5")], items.Select(i => (i.Code, i.Name, i.CodePrinted)));
    }

    [Fact]
    public void Leaves_a_word_in_a_code_column_uncoded()
    {
        var table = Summary(["lOl", "其他", "10.00"], ["Il", "其他", "10.00"]);

        Assert.All(LineItemBuilder.Build([table], MoneyUnit.WanYuan), i => Assert.Null(i.Code));
    }

    /// <summary>
    /// A two-sided summary's right half as OCR reads it: the function classes, code and name in one cell; each row's
    /// line at its top (a row 6 points high, 10 apart).
    /// </summary>
    private static Table FunctionSide(params (string Label, string Figure, double Top)[] rows) => new()
    {
        Id = "t1", Type = TableTypes.IncomeExpenditureSummary, Pages = [4],
        Header = [["项目", "预算数", "项目", "预算数"]],
        Columns = [null, Measures.Amount, null, Measures.Amount],
        Rows = [.. rows.Select(r => (IReadOnlyList<Cell>)[
            new Cell("", null, new CellBox(4, 50, r.Top, 150, r.Top + 6)), new Cell("", null, new CellBox(4, 150, r.Top, 200, r.Top + 6)),
            new Cell(r.Label, null, new CellBox(4, 200, r.Top, 300, r.Top + 6)),
            r.Figure.Length == 0 ? new Cell("", null, new CellBox(4, 300, r.Top, 350, r.Top + 6))
                : new Cell(r.Figure, decimal.Parse(r.Figure, CultureInfo.InvariantCulture), new CellBox(4, 300, r.Top, 350, r.Top + 6))])],
    };

    [Fact]
    public void Reads_a_class_code_ocr_set_inside_its_name()
    {
        // scan01 p4: 201一般公共服务 read "一201般公共服务".
        var table = FunctionSide(("一201般公共服务", "2397.04", 100), ("208社会保障和就业", "120.00", 110));

        var items = LineItemBuilder.Build([table], MoneyUnit.WanYuan, ocrPages: new HashSet<int> { 4 });

        Assert.Equal([("201", "一般公共服务", Dimensions.Function), ("208", "208社会保障和就业", Dimensions.Function)], items.Select(i => (i.Code, i.Name, i.Dimension)));
        // Digits inside words that name no class of that code are left as read; so is a text layer.
        Assert.Null(Assert.Single(LineItemBuilder.Build([FunctionSide(("一205般公共服务", "2397.04", 100))], MoneyUnit.WanYuan, ocrPages: new HashSet<int> { 4 })).Code);
        Assert.Null(LineItemBuilder.Build([table], MoneyUnit.WanYuan)[0].Code);
    }

    [Fact]
    public void Joins_a_row_ocr_read_as_its_label_over_its_figure()
    {
        // scan02 p4: "211节能环保" with its figure on the line under it; "城乡社区事务" over "212 | 1671.89".
        // Each pair's two lines share a line's height (201–207 and 202–206).
        var table = FunctionSide(("210卫生健康支出", "60.64", 190), ("211节能环保", "", 201), ("", "0.00", 202), ("城乡社区事务", "", 211),
            ("212", "1671.89", 212), ("213农林水事务", "0.00", 222));

        var items = LineItemBuilder.Build([table], MoneyUnit.WanYuan, ocrPages: new HashSet<int> { 4 });

        Assert.Equal(["210", "211", "212", "213"], items.Select(i => i.Code));
        Assert.Equal([606400m, 0m, 16718900m, 0m], items.Select(i => i.Amount));
        Assert.Equal("212城乡社区事务", items[2].Name);
        // A text layer's rows are as printed.
        Assert.Equal(["210", null, null, "213"], LineItemBuilder.Build([table], MoneyUnit.WanYuan).Select(i => i.Code));
    }

    [Fact]
    public void Leaves_a_label_printed_without_figures_apart_from_the_row_under_it()
    {
        // Two rows a row's pitch apart: 202外交 printed blank (nothing spent) over a row whose label OCR lost; and a name
        // over a code that is not its class's.
        var table = FunctionSide(("201一般公共服务", "10.00", 100), ("202外交", "", 110), ("", "50.00", 120), ("国防", "", 130), ("205", "5.00", 131));

        var items = LineItemBuilder.Build([table], MoneyUnit.WanYuan, ocrPages: new HashSet<int> { 4 });

        Assert.Equal([("201", "201一般公共服务"), (null, ""), (null, "")], items.Select(i => (i.Code, i.Name)));
    }

    private static Table Read(string[] header, params string[][] rows) => new()
    {
        Id = "t4", Type = TableTypes.ExpenditureSummary, Pages = [6],
        Header = [header],
        Columns = [.. header.Select((_, c) => c < header.Length - 1 ? null : Measures.Total)],
        Rows = [.. rows.Select(r => (IReadOnlyList<Cell>)[.. r.Select((text, c) => c < r.Length - 1 ? new Cell(text) : new Cell(text, decimal.Parse(text, CultureInfo.InvariantCulture)))])],
    };

    [Fact]
    public void A_name_ocr_split_over_word_gaps_is_read_whole_on_a_scan_only()
    {
        // scan02 p5: 株洲市芦淞区城市管理执法局 read over three columns, the two without a heading of their own.
        var table = Read(["单们编码", "单位名和", "", "", "总计"], ["310", "株洲市芦淞区城市管理", "执法", "局", "1997.18"], ["2080505", "机关事业单位基本养老保险", "缴费支出", "", "22.24"]);

        var scanned = LineItemBuilder.Build([table], MoneyUnit.WanYuan, ocrPages: new HashSet<int> { 6 });
        var printed = LineItemBuilder.Build([table], MoneyUnit.WanYuan);

        Assert.Equal(["株洲市芦淞区城市管理执法局", "机关事业单位基本养老保险缴费支出"], scanned.Select(i => i.Name));
        Assert.Equal(["局", "缴费支出"], printed.Select(i => i.Name));
    }

    [Fact]
    public void A_column_headed_code_that_prints_names_gives_the_code_to_the_column_that_prints_codes()
    {
        // scan02 p5 at 300 dpi: 单位编码 over 单位名称 read "单位 | 名称编码单位".
        var table = Read(["单位", "名称编码单位", "总计"], ["310", "株洲市芦淞区城市管理执法局", "1997.18"], ["2080501", "行政单位离退休", "3.03"]);

        var items = LineItemBuilder.Build([table], MoneyUnit.WanYuan, ocrPages: new HashSet<int> { 6 });

        Assert.Equal([("310", "株洲市芦淞区城市管理执法局"), ("2080501", "行政单位离退休")], items.Select(i => (i.Code, i.Name)));
    }

    [Fact]
    public void A_column_under_a_code_and_a_name_heading_run_together_gives_each_its_part()
    {
        // scan02 p6 at 300 dpi: 单位代码 and 单位名称(科目) read as one column, its cells "310 株洲市…"; a speck after a code.
        var table = Read(["单位代码单位名称(科目)", "总计"], ["合计", "1997.18"], ["310 株洲市芦淞区城市管理执法局", "1997.18"],
            ["310001 株洲市芦淞区城市管理执法局本级", "957.17"], ["2120803) 城市建设支出", "249.41"]);

        var items = LineItemBuilder.Build([table], MoneyUnit.WanYuan, ocrPages: new HashSet<int> { 6 });

        Assert.Equal([(null, "合计"), ("310", "株洲市芦淞区城市管理执法局"), ("310001", "株洲市芦淞区城市管理执法局本级"), ("2120803", "城市建设支出")],
            items.Select(i => (i.Code, i.Name)));
        Assert.Equal([null, "310", "310001", "310001"], items.Select(i => i.EntityCode));
    }

    [Fact]
    public void A_code_heading_cut_over_a_blank_column_gives_the_code_to_the_column_printing_codes()
    {
        // scan02 p6 as a JPEG at quality 30: 单位代码 read "单位 | 代码", the codes under 单位 and nothing under 代码.
        var table = Read(["单位", "代码", "单位名称(科目)", "总计"], ["310", "", "株洲市芦淞区城市管理执法局", "1997.18"], ["2080501", "", "行政单位离退休", "3.03"]);

        var items = LineItemBuilder.Build([table], MoneyUnit.WanYuan, ocrPages: new HashSet<int> { 6 });

        Assert.Equal([("310", "株洲市芦淞区城市管理执法局"), ("2080501", "行政单位离退休")], items.Select(i => (i.Code, i.Name)));
    }

    [Fact]
    public void On_a_scan_whose_heading_was_not_read_the_column_printing_codes_is_the_code_and_names_stay_apart()
    {
        // scan02 p11 as a JPEG at quality 30: the basic-expenditure table's heading lost; codes and names in two columns.
        var table = Read(["", "", ""], ["301", "工资福利支出", "1067.65"], ["30101", "基本工资", "292.53"]);

        var scanned = LineItemBuilder.Build([table], MoneyUnit.WanYuan, ocrPages: new HashSet<int> { 6 });

        Assert.Equal([("301", "工资福利支出"), ("30101", "基本工资")], scanned.Select(i => (i.Code, i.Name)));
    }

    /// <summary>A function table by unit: 单位名称 | 科目编码 | 科目名称 | 合计.</summary>
    private static Table ByUnitName(params string[][] rows) => new()
    {
        Id = "t5", Type = TableTypes.GeneralBudgetExpenditureByFunction, Pages = [9],
        Header = [["单位名称", "科目编码", "科目名称", "合计"]],
        Columns = [null, null, null, Measures.Total],
        Rows = [.. rows.Select(r => (IReadOnlyList<Cell>)[new Cell(r[0]), new Cell(r[1]), new Cell(r[2]), new Cell(r[3], decimal.Parse(r[3], CultureInfo.InvariantCulture))])],
    };

    [Fact]
    public void Reads_each_bracketed_unit_in_a_unit_name_column_as_the_unit_of_the_rows_below_it()
    {
        // Round GM's Hainan: 部门合计 over the department's block, then "[304001]海南省林业局本级" over its own, 科目名称 合计 beside it.
        var items = LineItemBuilder.Build([ByUnitName(
            ["部门合计", "", "合计", "30.00"], ["", "208", "社会保障和就业支出", "30.00"],
            ["[304001]海南省林业局本级", "", "合计", "10.00"], ["", "208", "社会保障和就业支出", "10.00"],
            ["[304002]海南省林业科学研究所", "", "合计", "20.00"], ["", "208", "社会保障和就业支出", "20.00"])], MoneyUnit.WanYuan);

        Assert.Equal([null, "208", "304001", "208", "304002", "208"], items.Select(i => i.Code));
        Assert.Equal([Dimensions.Summary, Dimensions.Function, Dimensions.Unit, Dimensions.Function, Dimensions.Unit, Dimensions.Function], items.Select(i => i.Dimension));
        Assert.Equal([null, null, "304001", "304001", "304002", "304002"], items.Select(i => i.EntityCode));
        Assert.Equal("海南省林业局本级", items[2].Name);
    }

    [Fact]
    public void Reads_a_row_repeating_its_bracketed_unit_by_its_own_subject()
    {
        // A budget system's export printing the unit on every row: each row is its subject's, not the unit's.
        var items = LineItemBuilder.Build([ByUnitName(
            ["[304001]海南省林业局本级", "2130205", "森林资源培育", "14.50"], ["[304001]海南省林业局本级", "2130207", "森林资源管理", "7.28"])], MoneyUnit.WanYuan);

        Assert.Equal([("2130205", Dimensions.Function), ("2130207", Dimensions.Function)], items.Select(i => (i.Code, i.Dimension)));
    }
}
