using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

public sealed class SummaryLinesRuleTests
{
    private static readonly string?[] TwoSided = [null, Measures.Amount, null, Measures.Amount];

    private static List<Finding> Errors(ExtractedDocument document) =>
        [.. new SummaryLinesRule().Check(document).Where(f => f.Severity == FindingSeverity.Error)];

    [Fact]
    public void Holds_the_enumerated_lines_of_each_side_to_the_years_total_below_them()
    {
        // A Shanghai final account's 收入支出决算总表: 八、其他收入 misprinted 60.20 for 6.20.
        var document = new DocumentBuilder().SummaryTable(TableTypes.IncomeExpenditureSummary, TwoSided,
            ["一、一般公共预算财政拨款收入", "2,940.05", "一、一般公共服务支出", "2,106.66"],
            ["二、政府性基金预算财政拨款收入", "", "二、外交支出", ""],
            ["八、其他收入", "60.20", "八、社会保障和就业支出", "326.71"],
            ["", "", "九、卫生健康支出", "60.99"],
            ["", "", "十九、住房保障支出", "452.84"],
            ["本年收入合计", "2,946.25", "本年支出合计", "2,947.20"],
            ["年初结转和结余", "49.14", "年末结转和结余", "48.19"],
            ["总计", "2,995.39", "总计", "2,995.39"]).Final().Build();

        var finding = Assert.Single(Errors(document));

        Assert.Equal((2946.25m * 10000m, 3000.25m * 10000m), (finding.Actual, finding.Expected));
        Assert.StartsWith("本年收入合计", finding.Message);
    }

    [Theory]
    // Round GY's Yunnan: 本年支出合计 2548.90 over classes adding up to 2548.09 (社会保障和就业支出 printed 1972.09 for 1972.90), the
    // 支出总表's 合计 2548.90: the total is confirmed, the misprint among the classes.
    [InlineData("2548.90", true)]
    [InlineData("2548.09", false)]
    public void Tells_a_sides_total_another_table_prints_as_confirmed(string elsewhere, bool confirmed)
    {
        var document = new DocumentBuilder().SummaryTable(TableTypes.IncomeExpenditureSummary, TwoSided,
            ["一、一般公共预算拨款收入", "2,108.90", "一、社会保障和就业支出", "1,972.09"],
            ["二、政府性基金预算拨款收入", "440.00", "二、卫生健康支出", "55.60"],
            ["", "", "三、住房保障支出", "80.40"],
            ["", "", "四、其他支出", "440.00"],
            ["本年收入合计", "2,548.90", "本年支出合计", "2,548.90"])
            .Line(TableTypes.ExpenditureSummary, Dimensions.Summary, null, "合计", Measures.Total, elsewhere, page: 8).Build();

        var finding = Assert.Single(Errors(document));

        Assert.Equal((25_489_000m, 25_480_900m), (finding.Actual, finding.Expected));
        Assert.Equal(confirmed, finding.MessageZh.EndsWith("支出总表第8页“合计”的合计与之相符，合计无误，误印当在所列各行之中", StringComparison.Ordinal));
    }

    [Fact]
    public void Sums_a_seldom_class_among_the_classes_under_the_years_expenditure()
    {
        // Round IQ's Hainan: 五、其他支出 (229, the government fund's) after the general budget's classes under 一、本年支出.
        var document = new DocumentBuilder().SummaryTable(TableTypes.FiscalAppropriationSummary, TwoSided,
            ["一、本年收入", "20,003.22", "一、本年支出", "20,003.22"],
            ["（一）一般公共预算拨款", "18,153.22", "一、文化旅游体育与传媒支出", "15,379.67"],
            ["（二）政府性基金预算拨款", "1,850.00", "二、社会保障和就业支出", "1,847.17"],
            ["", "", "三、卫生健康支出", "348.30"],
            ["", "", "四、住房保障支出", "578.08"],
            ["二、上年结转", "", "五、其他支出", "1,850.00"],
            ["收入总计", "20,003.22", "支出总计", "20,003.22"]).Build();

        Assert.Empty(Errors(document));
    }

    [Theory]
    // Round FL's Jiangsu 财政拨款收支总表: 一、本年支出 over the classes it is spent on, numbered as the national list numbers them.
    [InlineData("312.19", 0)]
    [InlineData("321.19", 1)]
    public void Sums_the_classes_numbered_nationally_under_the_years_expenditure_into_it(string firstClass, int errors)
    {
        var document = new DocumentBuilder().SummaryTable(TableTypes.FiscalAppropriationSummary, TwoSided,
            ["一、本年收入", "2825.34", "一、本年支出", "2825.34"],
            ["（一）一般公共预算拨款", "2825.34", "八、社会保障和就业支出", firstClass],
            ["（二）政府性基金预算拨款", "", "十、卫生健康支出", "84.73"],
            ["二、上年结转", "", "十三、农林水支出", "2296.02"],
            ["", "", "二十一、住房保障支出", "132.40"],
            ["收入总计", "2825.34", "支出总计", "2825.34"]).Build();

        var found = Errors(document);

        Assert.Equal(errors, found.Count);
        Assert.All(found, f => Assert.StartsWith("一、本年支出", f.Message));
    }

    [Fact]
    public void Sums_a_line_from_its_numbered_parts_and_reads_jiangsus_subtotals_and_reserve()
    {
        // Jiangsu's 收支预算总表: 1.一般公共预算 misprinted; the uses (基本, 项目, 预留) add up to 当年支出小计.
        string?[] threeSided = [null, Measures.Amount, null, Measures.Amount, null, Measures.Amount];
        var document = new DocumentBuilder().SummaryTable(TableTypes.IncomeExpenditureSummary, threeSided,
            ["一、财政拨款", "28,849.38", "一、一般公共服务支出", "", "一、基本支出", "17,123.19"],
            ["1.一般公共预算", "28,894.38", "二、外交支出", "", "二、项目支出", "11,543.27"],
            ["2.政府性基金预算", "", "三、国防支出", "", "三、单位预留机动经费", "182.92"],
            ["二、财政专户管理资金", "", "四、公共安全支出", "23,513.11", "", ""],
            ["", "", "八、社会保障和就业支出", "5,336.27", "", ""],
            ["当年收入小计", "28,849.38", "当年支出小计", "当年支出小计", "当年支出小计", "28,849.38"],
            ["上年结转资金", "", "结转下年资金", "结转下年资金", "结转下年资金", ""],
            ["收入合计", "28,849.38", "支出合计", "支出合计", "支出合计", "28,849.38"]).Build();

        var finding = Assert.Single(Errors(document));

        Assert.StartsWith("一、财政拨款", finding.Message);
        Assert.Equal(28894.38m * 10000m, finding.Expected);
    }

    [Fact]
    public void A_line_printed_blank_stands_as_its_parts_and_a_line_with_a_part_under_qizhong_is_not_summed_from_it()
    {
        var document = new DocumentBuilder().SummaryTable(TableTypes.FiscalAppropriationSummary, TwoSided,
            ["一、财政拨款收入", "", "一、一般公共服务支出", "150.00"],
            ["1、一般公共预算资金", "100.00", "", ""],
            ["2、政府性基金", "30.00", "", ""],
            ["二、事业收入", "20.00", "", ""],
            ["其中：动用上年结余", "5.00", "", ""],
            ["收入总计", "150.00", "支出总计", "150.00"]).Build();

        Assert.Empty(new SummaryLinesRule().Check(document));
    }

    [Theory]
    // Round HJ's Inner Mongolia: the expenditure side lists its classes by their bare names; 农林水支出 printed 3,720.54 for 3,702.54.
    [InlineData("3,702.54", 0)]
    [InlineData("3,720.54", 1)]
    public void Sums_classes_named_without_enumerators_into_the_years_total(string farming, int errors)
    {
        var document = new DocumentBuilder().SummaryTable(TableTypes.IncomeExpenditureSummary, TwoSided,
            ["一、一般公共预算拨款收入", "3,897.04", "社会保障和就业支出", "123.54"],
            ["二、政府性基金预算拨款收入", "0.00", "卫生健康支出", "30.90"],
            ["三、事业收入", "0.00", "农林水支出", farming],
            ["", "", "住房保障支出", "40.06"],
            ["本年收入合计", "3,897.04", "本年支出合计", "3,897.04"],
            ["上年结转", "0.00", "结转下年", "0.00"],
            ["收入总计", "3,897.04", "支出总计", "3,897.04"]).Build();

        Assert.Equal(errors, Errors(document).Count);
    }

    [Fact]
    public void Leaves_bare_classes_under_an_enumerated_line_to_it()
    {
        // Under 一、一般公共预算支出 the bare classes are its parts: not siblings to add to it.
        var document = new DocumentBuilder().SummaryTable(TableTypes.IncomeExpenditureSummary, TwoSided,
            ["一、一般公共预算拨款收入", "300.00", "一、一般公共预算支出", "300.00"],
            ["", "", "社会保障和就业支出", "100.00"],
            ["", "", "卫生健康支出", "200.00"],
            ["本年收入合计", "300.00", "本年支出合计", "300.00"]).Build();

        Assert.Empty(Errors(document));
    }

    [Fact]
    public void Leaves_a_side_that_breaks_its_total_down_on_lines_without_enumerators()
    {
        // The standard template's economic side, 经济分类 over a single class and 基本支出 over none, is no sum of
        // enumerated lines; nor is a side with 上年结转 printed above its total without an enumerator.
        var document = new DocumentBuilder().SummaryTable(TableTypes.IncomeExpenditureSummary, TwoSided,
            ["一、财政拨款(补助)", "170.00", "经济分类", "179.10"],
            ["二、政府性基金", "", "工资福利支出", "30.85"],
            ["上年结转", "9.10", "基本支出", "38.45"],
            ["收入总计", "179.10", "支出总计", "179.10"]).Build();

        Assert.Empty(new SummaryLinesRule().Check(document));
    }

    /// <summary>The standard template's 收支总表 (dev03 2024's figures): the economic side under its two heads.</summary>
    private static ExtractedDocument EconomicSide(string basicGoods = "138.25", string goodsLabel = "商品和服务支出") =>
        new DocumentBuilder().SummaryTable(TableTypes.IncomeExpenditureSummary, TwoSided,
            ["一、财政拨款(补助)", "1940.66", "经济分类", "2037.89"],
            ["", "", "工资福利支出", "500.51"],
            ["", "", "商品和服务支出", "1482.90"],
            ["", "", "对个人和家庭补助支出", "2.95"],
            ["", "", "资本性支出", "51.53"],
            ["", "", "政府经济分类", ""],
            ["", "", "基本支出", "645.50"],
            ["", "", "工资福利支出", "500.51"],
            ["", "", goodsLabel, basicGoods],
            ["", "", "对个人和家庭补助支出", "2.95"],
            ["", "", "一般资本性支出", "3.79"],
            ["", "", "项目支出", "1392.39"],
            ["", "", "部门项目支出", "1392.39"],
            ["", "", "公共项目(专项资金)支出", "0"],
            ["本年收入合计", "1940.66", "本年经济分类支出合计", "2037.89"],
            ["五、上年结转", "97.23", "结转下年", "0"],
            ["收入总计", "2037.89", "支出总计", "2037.89"]).Build();

    [Fact]
    public void Sums_each_head_of_the_economic_side_from_the_lines_of_its_kind_under_it()
    {
        Assert.Empty(Errors(EconomicSide()));

        var finding = Assert.Single(Errors(EconomicSide(basicGoods: "183.25")));

        Assert.Equal(("基本支出", 645.50m * 10000m, 690.50m * 10000m), (finding.Refs[0].RowLabel, finding.Actual, finding.Expected));
    }

    [Fact]
    public void Leaves_a_head_whose_lines_end_on_a_label_the_side_does_not_list()
    {
        // An OCR'd label misread (商品和眼务支出) cuts the run of classes short: not summed from the lines before it.
        Assert.DoesNotContain(new SummaryLinesRule().Check(EconomicSide(basicGoods: "183.25", goodsLabel: "商品和眼务支出")), f => f.Refs[0].RowLabel == "基本支出");
    }

    [Fact]
    public void Holds_the_opening_balance_to_its_funds_below_the_years_total()
    {
        string?[] columns = [null, Measures.Amount, null, Measures.Total];
        var document = new DocumentBuilder().SummaryTable(TableTypes.FiscalAppropriationSummary, columns,
            ["一、一般公共预算财政拨款", "2,940.05", "一、一般公共服务支出", "2,940.05"],
            ["本年收入合计", "2,940.05", "本年支出合计", "2,940.05"],
            ["年初财政拨款结转和结余", "21.63", "年末财政拨款结转和结余", "21.63"],
            ["一、一般公共预算财政拨款", "12.63", "", ""],
            ["二、政府性基金预算财政拨款", "", "", ""],
            ["总计", "2,961.68", "总计", "2,961.68"]).Final().Build();

        var finding = Assert.Single(Errors(document));

        Assert.StartsWith("年初财政拨款结转和结余", finding.Message);
    }

    [Fact]
    public void Reads_a_class_code_opening_a_line_as_its_first_depth()
    {
        // The standard template's function side: 201一般公共服务 … 本年功能科目支出合计.
        var document = new DocumentBuilder("元").SummaryTable(TableTypes.IncomeExpenditureSummary, TwoSided,
            ["一、财政拨款(补助)", "17036764.15", "201一般公共服务", "-"],
            ["", "", "208社会保障和就业", "483766.65"],
            ["", "", "213农林水事务", "16918490.79"],
            ["", "", "221住房保障支出", "328850.42"],
            ["本年收入合计", "17036764.15", "本年功能科目支出合计", "17910024.14"]).Build();

        var finding = Assert.Single(Errors(document));

        Assert.Equal(17731107.86m, finding.Expected);
    }

    [Fact]
    public void Sums_each_group_of_jiangsus_income_table_to_its_subtotal_and_the_subtotals_to_the_total()
    {
        // 收入预算总表: 项目名称 (group | part) | 金额; 其他收入 misprinted 51.00 for 15.00.
        var document = new DocumentBuilder().SummaryTable(TableTypes.IncomeSummary, [null, null, Measures.Amount],
            ["收入总计", "收入总计", "17,996.68"],
            ["一般公共预算资金", "小计", "17,981.68"],
            ["一般公共预算资金", "公共财政拨款(补助)资金", "17,981.68"],
            ["一般公共预算资金", "专项收入", ""],
            ["政府性基金", "小计", ""],
            ["其他资金", "小计", "15.00"],
            ["", "事业收入", ""],
            ["", "其他收入", "51.00"],
            ["上年结转和结余资金", "小计", ""],
            ["上年结转和结余资金", "其中：动用上年结转和结余资金", "3.00"]).Build();
        var finding = Assert.Single(Errors(document));

        Assert.Equal((15.00m * 10000m, 51.00m * 10000m), (finding.Actual, finding.Expected));
        Assert.StartsWith("其他资金 小计", finding.Message);
    }

    [Fact]
    public void Takes_a_spanning_totals_figure_for_each_column_under_its_label()
    {
        // Jiangsu prints 当年支出小计 across the function and the use columns, its figure under the last: the classes
        // (八、 misprinted 5,363.27 for 5,336.27) add up to it too.
        string?[] threeSided = [null, Measures.Amount, null, Measures.Amount, null, Measures.Amount];
        var document = new DocumentBuilder().SummaryTable(TableTypes.IncomeExpenditureSummary, threeSided,
            ["一、财政拨款", "28,849.38", "四、公共安全支出", "23,513.11", "一、基本支出", "28,849.38"],
            ["", "", "八、社会保障和就业支出", "5,363.27", "", ""],
            ["当年收入小计", "28,849.38", "当年支出小计", "当年支出小计", "当年支出小计", "28,849.38"]).Build();

        var finding = Assert.Single(Errors(document));

        Assert.Equal((28876.38m * 10000m, 28849.38m * 10000m), (finding.Expected, finding.Actual));
    }
}
