using Extractor.Mapping;
using Extractor.Model;
using Extractor.Tests.Support;

namespace Extractor.Tests.Mapping;

public sealed class UnitStatementReaderTests
{
    [Fact]
    public void Reads_each_units_paragraph_as_that_units_figures_and_not_the_departments()
    {
        // Round FB's Yunnan: the department's total, then a paragraph on each unit.
        var facts = FactReader.Read(Documents.FromText(
            "2026年部门收入预算2098.73万元，比上年预算减少57.39万元。",
            "二、部门所属单位收支预算情况 弥勒市林业和草原局2026年部门预算由3个预算单位的预算组成，各单位收支预算情况如下：",
            "（一）弥勒市林业和草原局（机关）：收入预算1269.07万元，其中：财政拨款1269.07万元；支出预算1269.07万元，其中：基本支出854.46万元，项目支出414.61万元。主要用于保障局机关正常运转。",
            "（三）弥勒市森林草原防火服务中心：收入预算360.94万元，其中：财政拨款348.49万元，其他收入12.45万元；支出预算360.94万元，其中：基本支出179.17万元，项目支出163.77万元。"),
            fiscalYear: 2026);

        Assert.Equal(20987300m, Assert.Single(facts, f => f is { Key: FactKeys.IncomeTotal, Scope: null }).Value);
        var unit = facts.Where(f => f.Scope == "弥勒市森林草原防火服务中心").Select(f => (f.Key, f.Value, f.Page)).ToList();
        Assert.Equal([
            (FactKeys.IncomeTotal, 3609400m, 4), (FactKeys.IncomeFiscalAppropriation, 3484900m, 4), (FactKeys.IncomeOther, 124500m, 4),
            (FactKeys.ExpenditureTotal, 3609400m, 4), (FactKeys.ExpenditureBasic, 1791700m, 4), (FactKeys.ExpenditureProject, 1637700m, 4)], unit);
        // The office named with its bracket is a unit too.
        Assert.Equal(5, facts.Count(f => f.Scope == "弥勒市林业和草原局（机关）"));
        Assert.DoesNotContain(facts, f => f.Scope is null && f.Key == FactKeys.ExpenditureBasic);
    }

    [Theory]
    // Round II's Fujian: the units' totals listed after the income total's sentence; its own words may name the side.
    [InlineData("2025年收入预算9,321.31万元，其中：一般公共预算拨款收入6,151.31万元，占65.99%。按预算单位分：", FactKeys.IncomeTotal)]
    [InlineData("2025年支出预算9,321.31万元，其中：基本支出5,024.81万元，占53.91%。收入预算按单位分：", FactKeys.IncomeTotal)]
    [InlineData("2025年支出预算9,321.31万元，其中：基本支出5,024.81万元，占53.91%。分单位看：", FactKeys.ExpenditureTotal)]
    public void Reads_the_units_totals_a_sentence_lists_as_each_units_total_of_the_side_it_goes_through(string opening, string key)
    {
        var facts = FactReader.Read(Documents.FromText(opening + "永春县卫生健康局（本级）3,533.64万元，永春县疾病预防控制中心1,322.35万元，永春县卫生监督所422.03万元。"), fiscalYear: 2025);

        Assert.Equal([("永春县卫生健康局（本级）", 35_336_400m), ("永春县疾病预防控制中心", 13_223_500m), ("永春县卫生监督所", 4_220_300m)],
            facts.Where(f => f.Scope is not null).Select(f => { Assert.Equal(key, f.Key); return (f.Scope!, f.Value); }));
    }

    [Fact]
    public void Reads_the_units_items_under_a_bracketed_heading_on_the_units()
    {
        // Round JJ's Hebei: "（四）所属单位预算安排情况" over numbered items, the first the bureau's own.
        var facts = FactReader.Read(Documents.FromText("2025年支出预算118734800元。（四）所属单位预算安排情况1.正定县教育局（本级）：收入预算8898900元，" +
            "其中一般公共预算拨款8298900元；支出预算8898900元，其中基本支出6448900元、项目支出2450000元。2.正定县第一中学：收入预算42569900元，" +
            "其中一般公共预算拨款40709900元；支出预算42569900元，其中基本支出37449900元、项目支出5120000元。"), fiscalYear: 2025);

        Assert.Equal([(FactKeys.IncomeTotal, 42_569_900m), (FactKeys.ExpenditureTotal, 42_569_900m)],
            facts.Where(f => f.Scope == "正定县第一中学" && f.Key is FactKeys.IncomeTotal or FactKeys.ExpenditureTotal).Select(f => (f.Key, f.Value)));
        Assert.DoesNotContain(facts, f => f.Scope is null && f.Value == 42_569_900m);
    }

    [Fact]
    public void Reads_each_units_years_income_named_in_the_list()
    {
        // Round JD's Yunnan: 本年收入 after each unit's name.
        var facts = FactReader.Read(Documents.FromText("2024年度本年收入合计8,629.29万元。分单位看：弥勒市卫生健康局（本级）本年收入2,423.81万元，" +
            "弥勒市疾病预防控制中心本年收入953.83万元，弥勒市妇幼保健院本年收入5,251.65万元。"), fiscalYear: 2024);

        Assert.Equal([("弥勒市卫生健康局（本级）", 24_238_100m), ("弥勒市疾病预防控制中心", 9_538_300m), ("弥勒市妇幼保健院", 52_516_500m)],
            facts.Where(f => f.Scope is not null).Select(f => { Assert.Equal(FactKeys.IncomeTotal, f.Key); return (f.Scope!, f.Value); }));
    }

    [Fact]
    public void Reads_the_office_named_by_itself_and_each_units_share_of_the_departments_total()
    {
        // Round KG's Henan: "按单位分：局机关1091.99万元，占7.38%；洛阳市第一中学5347.61万元，占36.15%。"
        var facts = FactReader.Read(Documents.FromText("洛阳市教育局2025年支出合计14794.28万元，其中：基本支出12677.28万元，占85.69%。" +
            "按单位分：局机关1091.99万元，占7.38%；洛阳市第一中学5347.61万元，占36.15%。"), fiscalYear: 2025);

        Assert.Equal([("局机关", 10_919_900m, 7.38m), ("洛阳市第一中学", 53_476_100m, 36.15m)],
            facts.Where(f => f.Scope is not null).Select(f => { Assert.Equal((FactKeys.ExpenditureTotal, FactKeys.ExpenditureTotal), (f.Key, f.ShareOf)); return (f.Scope!, f.Value, f.SharePct!.Value); }));
    }

    [Fact]
    public void Reads_the_units_a_totals_of_which_lists_in_the_sentence_after_it()
    {
        // Round KO's Fujian: the total, its change, then "其中：" naming the office and each unit with its total.
        var facts = FactReader.Read(Documents.FromText("福建省水利厅2025年收入预算39742.40万元，比上年减少3273.75万元，下降8.71%，主要原因是补助阶段性减少。" +
            "其中：厅机关29014.41万元，福建省水文水资源勘测中心5918.47万元，福建省水土保持工作站1339.51万元。"), fiscalYear: 2025);

        Assert.Equal([("厅机关", 290_144_100m), ("福建省水文水资源勘测中心", 59_184_700m), ("福建省水土保持工作站", 13_395_100m)],
            facts.Where(f => f.Scope is not null).Select(f => { Assert.Equal(FactKeys.IncomeTotal, f.Key); return (f.Scope!, f.Value); }));
    }

    [Theory]
    // A 其中 of a part's sentence, or naming one unit alone, lists no units' totals.
    [InlineData("2025年“三公”经费预算支出20.00万元。其中：永春县卫生健康局（本级）3.64万元，永春县卫生监督所2.03万元。")]
    [InlineData("2025年支出预算9,321.31万元。其中：永春县卫生监督所2.03万元，基本支出7.00万元。")]
    public void Reads_no_units_from_a_totals_of_which_that_is_not_a_list_of_units(string text)
    {
        var facts = FactReader.Read(Documents.FromText(text), fiscalYear: 2025);

        Assert.DoesNotContain(facts, f => f.Scope is not null && f.Key is FactKeys.IncomeTotal or FactKeys.ExpenditureTotal);
    }

    [Theory]
    // A part's list by unit, or a list after no sentence opening with a side's total, states no unit's total.
    [InlineData("2025年支出预算9,321.31万元。其中基本支出按单位分：")]
    [InlineData("“三公”经费预算20.00万元。按单位分：")]
    public void Reads_no_units_totals_from_a_list_of_a_part_or_of_no_side(string opening)
    {
        var facts = FactReader.Read(Documents.FromText(opening + "永春县卫生健康局（本级）3.64万元，永春县卫生监督所2.03万元。"), fiscalYear: 2025);

        Assert.DoesNotContain(facts, f => f.Scope is not null);
    }

    [Fact]
    public void Reads_the_office_named_as_its_level_and_schools_under_a_heading_on_each_budget_unit()
    {
        // Round FT's Anhui: "五、各预算单位收支预算情况（一）局本级：收入预算…（二）太湖中学：…".
        var facts = FactReader.Read(Documents.FromText(
            "四、支出预算情况 2026年支出预算19158.18万元，其中：基本支出17142.58万元，占89.48%；项目支出2015.60万元，占10.52%。",
            "五、各预算单位收支预算情况（一）局本级：收入预算773.48万元，其中：一般公共预算拨款773.48万元；支出预算773.48万元，其中：基本支出549.58万元，项目支出223.90万元。" +
            "（二）太湖中学：收入预算5167.48万元，其中：一般公共预算拨款4787.48万元，事业收入380.00万元；支出预算5167.48万元，其中：基本支出4367.48万元，项目支出800.00万元。"),
            fiscalYear: 2026);

        Assert.Equal(171_425_800m, Assert.Single(facts, f => f is { Key: FactKeys.ExpenditureBasic, Scope: null }).Value);
        Assert.Equal(5, facts.Count(f => f.Scope == "局本级"));
        Assert.Equal([(FactKeys.IncomeTotal, 51_674_800m), (FactKeys.IncomeGeneralBudget, 47_874_800m), (FactKeys.IncomePublicService, 3_800_000m),
            (FactKeys.ExpenditureTotal, 51_674_800m), (FactKeys.ExpenditureBasic, 43_674_800m), (FactKeys.ExpenditureProject, 8_000_000m)],
            facts.Where(f => f.Scope == "太湖中学").Select(f => (f.Key, f.Value)));
    }

    [Fact]
    public void Reads_a_units_paragraph_opening_on_its_year()
    {
        // Round EZ's Henan: the year after the colon, both totals before the expenditure's parts.
        var facts = FactReader.Read(Documents.FromText(
            "按单位划分，区卫健委所属4个预算单位2025年收支预算情况如下：（三）郑州市金水区卫生健康综合监督执法大队：2025年收入预算346.99万元，"
            + "支出预算364.99万元，其中：基本支出308.49万元，项目支出38.50万元。"),
            fiscalYear: 2025);

        Assert.Equal([(FactKeys.IncomeTotal, 3469900m), (FactKeys.ExpenditureTotal, 3649900m), (FactKeys.ExpenditureBasic, 3084900m), (FactKeys.ExpenditureProject, 385000m)],
            facts.Where(f => f.Scope == "郑州市金水区卫生健康综合监督执法大队").Select(f => (f.Key, f.Value)));
    }

    [Fact]
    public void Reads_no_unit_where_no_list_by_unit_opens_and_no_total_from_the_end_of_a_longer_name()
    {
        // A numbered heading naming the department is no unit's paragraph.
        Assert.DoesNotContain(FactReader.Read(Documents.FromText("（一）霍山县水利局：2026年收入预算2224.19万元，支出预算2224.19万元。"), fiscalYear: 2026),
            f => f.Scope is not null);
        // A unit's 人员经费支出 is no total of its; the paragraph ends at the next numbered opening.
        var facts = FactReader.Read(Documents.FromText(
            "各单位收支预算情况如下：（一）东山镇财政所：收入预算67.49万元，其中：人员经费支出50.00万元。（二）政府采购情况：支出预算30.00万元。"),
            fiscalYear: 2026);
        Assert.Equal([(FactKeys.IncomeTotal, 674900m)], facts.Where(f => f.Scope == "东山镇财政所").Select(f => (f.Key, f.Value)));
    }
}
