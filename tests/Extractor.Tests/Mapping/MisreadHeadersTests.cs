using Extractor.Mapping;
using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Tests.Mapping;

/// <summary>Headers of scanned tables as Tesseract reads them, and the measures they are taken for.</summary>
public sealed class MisreadHeadersTests
{
    [Theory]
    // Read on scan01 and scan02's function tables: characters swapped, dropped or joined by noise.
    [InlineData("工福资和支出。", "工资福利支出")]
    [InlineData("商和品服务支，出", "商品和服务支出")]
    [InlineData("ae俩务利息支出", "债务利息及费用支出")]
    [InlineData("es工资福利支出", "工资福利支出")]
    [InlineData("资本性支出 ae", "资本性支出")]
    [InlineData("、合计", "合计")]
    [InlineData("次性项目", "一次性项目")]
    // Too little left to tell: kept as read.
    [InlineData("支出”于", "支出”于")]
    [InlineData("PAI FA", "PAI FA")]
    [InlineData("话个人下条", "话个人下条")]
    public void Takes_a_misread_heading_for_the_standard_header_it_is_close_to_alone(string read, string taken) =>
        Assert.Equal(taken, MisreadHeaders.Nearest(read));

    [Fact]
    public void Fills_the_economic_classes_between_two_read_ones_whatever_was_read_there()
    {
        // scan01's function table: 302 and 303 unread, 309 unread, 311–313 unread, a split 资本性支出 read as a total.
        string?[] read = ["total", "econ.301", "other:支出”于", "other:话个人下条", "econ.307", "other:al", "total", "other:=e", "other:入补助", "other:全于人人", "econ.399"];

        var filled = MisreadHeaders.Filled(read, new bool[read.Length]);

        Assert.Equal(["total", "econ.301", "econ.302", "econ.303", "econ.307", "econ.309", "econ.310", "econ.311", "econ.312", "econ.313", "econ.399"], filled);
    }

    [Fact]
    public void Completes_a_sequence_beside_one_read_member_only_when_the_run_fits_it_exactly()
    {
        // Under 基本支出: 小计, 工资福利支出 read; the next three unread, then 项目支出 — the rest of the basic parts.
        string?[] basic = ["total", "basic.total", "basic.wages_benefits", "other:PAIFA", "other:ARIEseth", "other:AIA", "project.total"];
        Assert.Equal(["total", "basic.total", "basic.wages_benefits", "basic.goods_services", "basic.household_transfers", "basic.capital", "project.total"],
            MisreadHeaders.Filled(basic, new bool[basic.Length]));

        // Two unread columns where three parts remain: no way to tell which, left unread.
        string?[] shorter = ["basic.total", "basic.wages_benefits", "other:a", "other:b", "project.total"];
        Assert.Equal(shorter, MisreadHeaders.Filled(shorter, new bool[shorter.Length]));
    }

    [Fact]
    public void Completes_the_basic_and_project_parts_where_a_split_heading_repeats_the_total()
    {
        // scan01's 一般公共预算支出表: 对个人和家庭补助支出 read as "STEM", the second half 支出 of 一般资本性支出 as a second
        // total; 部门项目 and 公共项目(专项资金) garbled after 项目支出's 小计.
        string?[] read = ["total", "basic.total", "basic.wages_benefits", "basic.goods_services", "other:STEM", "total", "project.total", "other:公共部站页目目合生", "other:专项资"];

        var filled = MisreadHeaders.Filled(read, new bool[read.Length]);

        Assert.Equal(["total", "basic.total", "basic.wages_benefits", "basic.goods_services", "basic.household_transfers", "basic.capital",
            "project.total", "project.department", "project.public"], filled);
    }

    [Fact]
    public void Does_not_take_a_repeated_measure_after_a_bare_subtotal_for_its_parts()
    {
        // 合计 | 基本支出 | 项目支出 | 事业单位经营支出 (garbled) | 对附属单位补助支出 split, its 支出 read as a second 合计:
        // those two are no parts of 项目支出.
        string?[] read = ["total", "basic.total", "project.total", "other:事业单位经营攴出", "total"];

        Assert.Equal(read, MisreadHeaders.Filled(read, new bool[read.Length]));
    }

    [Fact]
    public void Reads_a_measure_taken_twice_from_garbled_headings_for_neither()
    {
        string?[] read = ["econ.301", "econ.301", "econ.302"];

        var filled = MisreadHeaders.Filled(read, [true, true, false]);

        Assert.All(filled.Take(2), m => Assert.StartsWith("other:", m));
        Assert.Equal("econ.302", filled[2]);
    }

    /// <summary>scan02's 一般公共预算支出表 as read: nine amount columns, most headings garbled or lost.</summary>
    private static (string?[] Measures, string[][] Printed, string[][] Corrected) GeneralBudgetAsRead()
    {
        string[][] printed = [["单位代码"], ["单位名称(科目)"], ["总计"], ["4"], ["福利出。"], ["基本支出商品和服务"], ["支出对人人和"], ["补助”一般资本"], ["小计"], ["目。"], ["项资金(和"]];
        string[][] corrected = [.. printed.Select(p => MisreadHeaders.Corrected(p).ToArray())];
        string?[] measures = [null, null, "total", "other:4", "other:工资福利支出", "other:基本支出商品和服务", "other:支出对人人和", "other:补助”一般资本", "total", "other:目。", "other:项资金(和"];
        return (measures, printed, corrected);
    }

    [Fact]
    public void Takes_a_standard_template_s_columns_when_the_headings_read_whole_agree_with_it_by_position()
    {
        var (measures, printed, corrected) = GeneralBudgetAsRead();

        var aligned = MisreadHeaders.Aligned(measures, printed, corrected, TableTypes.GeneralBudgetExpenditure);

        // 总计 and 小计 read whole, 工资福利支出 and 一般资本性支出 read from their pieces, each where the template prints it.
        Assert.Equal([null, null, "total", "basic.total", "basic.wages_benefits", "basic.goods_services", "basic.household_transfers", "basic.capital",
            "project.total", "project.department", "project.public"], aligned);
    }

    [Fact]
    public void Keeps_the_headings_as_read_when_a_heading_read_whole_names_another_column_or_too_few_agree()
    {
        var (measures, printed, corrected) = GeneralBudgetAsRead();
        // 公用经费 printed whole over the column where the template has 部门项目.
        var contradicted = (string[][])printed.Clone();
        contradicted[9] = ["部门项目", "公用经费"];
        Assert.Null(MisreadHeaders.Aligned(measures, contradicted, [.. contradicted.Select(p => MisreadHeaders.Corrected(p).ToArray())], TableTypes.GeneralBudgetExpenditure));

        // Only 总计 and 小计 left readable: two positions are no evidence of the layout.
        var garbled = (string[][])printed.Clone();
        (garbled[4], garbled[7]) = (["PAI"], ["补”AIA"]);
        Assert.Null(MisreadHeaders.Aligned(measures, garbled, [.. garbled.Select(p => MisreadHeaders.Corrected(p).ToArray())], TableTypes.GeneralBudgetExpenditure));

        // A column more than the template has.
        string?[] wider = [.. measures, "other:x"];
        string[][] widerPrinted = [.. printed, ["x"]];
        Assert.Null(MisreadHeaders.Aligned(wider, widerPrinted, [.. widerPrinted.Select(p => MisreadHeaders.Corrected(p).ToArray())], TableTypes.GeneralBudgetExpenditure));
    }

    [Fact]
    public void Another_template_s_columns_read_whole_are_not_shifted_onto_the_layout()
    {
        // A 部门收入总表 of another template: 事业收入 under 其他自有资金 and 上年结转 in two parts, seventeen amount columns
        // as the layout has; the group 其他自有资金 misread 其他自有资全, every lowest heading read whole.
        string[][] printed =
        [
            ["总计"], ["财政拨款(补助)", "小计"], ["财政拨款(补助)", "财政指标拨款(补助)"], ["财政拨款(补助)", "纳入金库非税收入安排的拨款"],
            ["财政拨款(补助)", "上级专项转移支付"], ["纳入财政专户管理资金"], ["政府性基金"], ["其他自有资全", "小计"], ["其他自有资全", "事业收入"],
            ["其他自有资全", "上级补助收入"], ["其他自有资全", "附属单位上缴收入"], ["其他自有资全", "事业单位经营收入"], ["其他自有资全", "其他收入"],
            ["上年结转", "小计"], ["上年结转", "财政拨款结转"], ["上年结转", "事业收入结转"], ["上年结转", "其他结转"],
        ];
        string?[] measures = [.. printed.Select(p => "other:" + string.Join("/", p))];

        Assert.Null(MisreadHeaders.Aligned(measures, printed, [.. printed.Select(p => MisreadHeaders.Corrected(p).ToArray())], TableTypes.IncomeSummary));
    }

    [Fact]
    public void A_group_s_name_taken_for_a_column_s_heading_neither_agrees_nor_contradicts()
    {
        // scan01's 部门收入总表: 其他自有资金 read as the heading of the column the template prints 附属单位上缴收入 under it.
        string[] headings = ["总计", "4", "财政指标拨款(补助", "纳入金库非税spt a", "上级专项转移支付", "纳入财政专户", "政府性基金", "计。。", "收入“附属单位上缴Wr",
            "其他自有资金", "事业单位经营。Wr", "其他", "收入", "小计", ")结", "2入金库非税MONE款结转", "他转其结"];
        string[][] printed = [.. headings.Select(h => new[] { h })];
        string?[] measures = [.. headings.Select(h => "other:" + h)];

        var aligned = MisreadHeaders.Aligned(measures, printed, [.. printed.Select(p => MisreadHeaders.Corrected(p).ToArray())], TableTypes.IncomeSummary);

        Assert.NotNull(aligned);
        Assert.Equal(["total", "income.fiscal_appropriation", "income.fiscal_indicator", "income.treasury_nontax", "income.higher_transfer",
            "income.special_account", "income.government_fund", "income.other_own", "income.higher_subsidy", "income.subordinate_remit",
            "income.business", "income.other", "income.carryover"], aligned.Take(13));
        Assert.Equal("other:上年结转/其他结转", aligned[^1]);
        Assert.True(MisreadHeaders.IsTemplateColumn(TableTypes.IncomeSummary, "other:上年结转/其他结转"));
        Assert.False(MisreadHeaders.IsTemplateColumn(TableTypes.IncomeSummary, "other:他转其结"));
    }

    [Fact]
    public void Every_template_layout_maps_to_distinct_measures_of_its_table()
    {
        foreach (var (type, layouts) in ColumnHeaders.TemplateLayouts)
            foreach (var layout in layouts)
            {
                var measures = layout.Select(path => MeasureMap.Measure(path, type, soleAmountColumn: false)).ToList();
                Assert.DoesNotContain(Measures.Amount, measures);
                Assert.Equal(measures.Count, measures.Distinct().Count());
                Assert.Equal(Measures.Total, measures[0]);
            }
    }
}
