using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

public sealed class NameVsTableRuleTests
{
    private static Fact Item(string? code, string name) => new()
    {
        Key = FactKeys.FunctionItem, Value = 982700m, PrintedUnit = 10000m, Code = code, Name = name, Page = 7, Quote = name,
    };

    private static DocumentBuilder Tables() => new DocumentBuilder()
        .Function("210", "卫生健康支出", "98.27")
        .Function("21011", "行政事业单位医疗", "98.27")
        .Function("2101101", "行政单位医疗", "98.27")
        .Function("204", "公共安全支出", "1,000.00");

    [Fact]
    public void Warns_of_an_obsolete_class_name_the_tables_no_longer_print()
    {
        var finding = Assert.Single(new NameVsTableRule().Check(Tables().Fact(Item("2101101", "医疗卫生与计划生育支出（类）行政事业单位医疗（款）行政单位医疗（项）")).Build()));

        Assert.Equal((RuleIds.NameVsTable, FindingSeverity.Warning), (finding.Rule, finding.Severity));
        Assert.StartsWith("210 named 医疗卫生与计划生育支出 (类) in the narrative, 卫生健康支出 in the tables", finding.Message);
        Assert.Contains("「卫生健康支出」", finding.MessageZh);
    }

    [Fact]
    public void Says_when_a_name_is_another_level_s_under_a_misprinted_mark()
    {
        // js-rdbgt 2018: the 款 行政事业单位医疗 marked 类.
        var finding = Assert.Single(new NameVsTableRule().Check(Tables().Fact(Item("2101101", "行政事业单位医疗（类）行政单位医疗（项）")).Build()));

        Assert.StartsWith("210 named 行政事业单位医疗 (类) in the narrative, 卫生健康支出 in the tables: 行政事业单位医疗 is 21011's name (款), the level's mark misprinted", finding.Message);
        Assert.Contains("「行政事业单位医疗」标为（类），表中为21011（款）的名称", finding.MessageZh);
    }

    [Fact]
    public void Says_so_even_when_the_two_levels_names_share_most_characters()
    {
        // js-rdbgt 2018: 住房改革支出（类） under 住房保障支出; the names share half their characters.
        var document = new DocumentBuilder()
            .Function("221", "住房保障支出", "572.56").Function("22102", "住房改革支出", "572.56").Function("2210201", "住房公积金", "572.56")
            .Fact(Item("2210201", "住房改革支出（类）住房公积金（项）")).Build();

        var finding = Assert.Single(new NameVsTableRule().Check(document));

        Assert.StartsWith("221 named 住房改革支出 (类) in the narrative, 住房保障支出 in the tables: 住房改革支出 is 22102's name (款)", finding.Message);
    }

    [Fact]
    public void Leaves_a_project_named_by_its_code_alone_and_a_longer_name_opening_with_a_levels_name()
    {
        // Round AF's Hunan: "人防工程维护管理及防空警报设施建设（2030603）：146.0万元" names a project by its 项's code; "国防动员指挥
        // 信息系统运维（项）" is no printing of 20306 国防动员.
        var document = new DocumentBuilder()
            .Function("203", "国防支出", "146.00").Function("20306", "国防动员", "146.00").Function("2030603", "人民防空", "100.00")
            .Function("2030699", "其他国防动员支出", "46.00")
            .Fact(Item("2030603", "人防工程维护管理及防空警报设施建设（项）") with { Quote = "人防工程维护管理及防空警报设施建设（2030603）：146.0万元" })
            .Fact(Item("2030699", "国防动员指挥信息系统运维（项）"))
            .Build();

        var finding = Assert.Single(new NameVsTableRule().Check(document));

        Assert.StartsWith("2030699 named 国防动员指挥信息系统运维 (项) in the narrative, 其他国防动员支出 in the tables", finding.Message);
        Assert.DoesNotContain("misprinted", finding.Message);
    }

    [Fact]
    public void Finds_the_code_of_a_paragraph_left_unresolved_by_its_lowest_level()
    {
        var finding = Assert.Single(new NameVsTableRule().Check(Tables().Fact(Item(null, "医疗卫生与计划生育支出（类）行政事业单位医疗（款）行政单位医疗（项）")).Build()));

        Assert.Equal(2, finding.Refs.Count);
    }

    [Theory]
    [InlineData("公共安全（类）")]
    [InlineData("公共安全支出（类）")]
    [InlineData("卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）")]
    public void Accepts_a_name_shortened_or_printed_as_the_tables_print_it(string name)
    {
        var code = name.StartsWith("公共安全", StringComparison.Ordinal) ? "204" : "2101101";
        Assert.Empty(new NameVsTableRule().Check(Tables().Fact(Item(code, name)).Build()));
    }

    [Theory]
    [InlineData("一般行政事务管理", "一般行政管理事务", true)]
    [InlineData("未归口管理行政单位离退休费", "未归口管理的行政单位离退休", true)]
    [InlineData("其他行政事业单位养老支出", "其他行政事业单位养老支出", true)]
    [InlineData("医疗卫生与计划生育支出", "卫生健康支出", false)]
    [InlineData("卫生健康支出", "计划生育事务", false)]
    public void Tells_a_reworded_name_from_another_name(string said, string printed, bool same)
    {
        Assert.Equal(same, NameVsTableRule.SameName(said, printed));
    }
}
