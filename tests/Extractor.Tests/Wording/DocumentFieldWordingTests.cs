using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Tests.Wording;

/// <summary>Title lines, headings and sentences as real publications print them, against the field each names.</summary>
public sealed class DocumentFieldWordingTests
{
    [Theory]
    [InlineData("江苏省委办公厅2018年度部门预算公开", "NameBeforeYear", "江苏省委办公厅")]
    [InlineData("第二部分 江苏省高级人民法院 2017 年度部门预算表", "NameBeforeYear", "第二部分 江苏省高级人民法院")]
    [InlineData("第三部分 上海市普陀区规划和自然资源局 2024 年度部门决算", "NameBeforeYear", "第三部分 上海市普陀区规划和自然资源局")]
    [InlineData("2017 年度江苏省高级人民法院部门预算公开", "NameAfterYear", "江苏省高级人民法院")]
    [InlineData("第一部分 上海市普陀区规划和自然资源局概况", "NameInOverviewHeading", "上海市普陀区规划和自然资源局")]
    [InlineData("江苏省政协办公厅 2019 年度收入、支出预算总计", "NameOpeningSentence", "江苏省政协办公厅")]
    public void Reads_the_department_a_title_or_sentence_names(string line, string wording, string name)
    {
        Regex regex = wording switch
        {
            "NameBeforeYear" => DocumentFieldWording.NameBeforeYear(), "NameAfterYear" => DocumentFieldWording.NameAfterYear(),
            "NameInOverviewHeading" => DocumentFieldWording.NameInOverviewHeading(), _ => DocumentFieldWording.NameOpeningSentence(),
        };

        Assert.Equal(name, regex.Match(line).Groups["name"].Value);
    }

    [Theory]
    [InlineData("中国共产党江苏省委员会办公厅", "江苏省委办公厅")]
    [InlineData("中共江苏省委办公厅", "江苏省委办公厅")]
    [InlineData("江苏省委办公厅", "江苏省委办公厅")]
    [InlineData("中国人民政治协商会议江苏省委员会办公厅", "江苏省政协办公厅")]
    [InlineData("江苏省人民代表大会常务委员会办公厅", "江苏省人大常委会办公厅")]
    [InlineData("上海市普陀区 财政局", "上海市普陀区财政局")]
    public void The_long_and_short_names_of_one_body_read_alike(string printed, string key) =>
        Assert.Equal(key, DocumentFieldWording.SameBodyKey(printed));

    [Theory]
    [InlineData("江苏省委办公厅", "江苏省政府办公厅")]
    [InlineData("上海市普陀区财政局", "上海市静安区财政局")]
    [InlineData("中共江苏省委宣传部", "江苏省委办公厅")]
    public void Two_bodies_keep_apart(string one, string other) =>
        Assert.NotEqual(DocumentFieldWording.SameBodyKey(one), DocumentFieldWording.SameBodyKey(other));

    [Theory]
    [InlineData("纳入上海市普陀区规划和自然资源局 2024 年度部门决算编制范围的单位")]
    [InlineData("二、2017 年度部门主要工作任务及目标。")]
    public void Takes_no_name_from_a_sentence_that_only_mentions_the_title(string line) =>
        Assert.False(DocumentFieldWording.NameBeforeYear().IsMatch(line) || DocumentFieldWording.NameAfterYear().IsMatch(line));

    [Theory]
    [InlineData("江苏省高级人民法院", true)]
    [InlineData("上海市普陀区司法局", true)]
    [InlineData("中共江苏省委办公厅", true)]
    [InlineData("名词解释", false)]
    public void Tells_a_name_shaped_like_an_organisation(string name, bool organisation) =>
        Assert.Equal(organisation, DocumentFieldWording.OrganisationShape().IsMatch(name));

    [Theory]
    [InlineData("本部门")]
    [InlineData("部门概况")]
    [InlineData("该单位主要职能")]
    public void Tells_words_that_are_no_name(string name) => Assert.Matches(DocumentFieldWording.GenericWord(), name);

    [Theory]
    [InlineData("第二部分江苏省高级人民法院", "江苏省高级人民法院")]
    [InlineData("江苏省高级人民法院", "江苏省高级人民法院")]
    public void Sets_a_part_heading_apart_from_a_name(string printed, string name) =>
        Assert.Equal(name, DocumentFieldWording.WithoutPartHeading(printed));

    [Theory]
    [InlineData(" 2024 年度部门决算", 2024, BudgetPhase.FinalAccounts)]
    [InlineData("2026年单位预算编制说明", 2026, BudgetPhase.Budget)]
    [InlineData("2023年部门收支总表", 2023, null)]
    [InlineData("上海市规划和自然资源局 2024 年度部门决算表", 2024, BudgetPhase.FinalAccounts)]
    public void Reads_the_year_and_phase_a_title_names(string line, int year, BudgetPhase? phase)
    {
        var m = DocumentFieldWording.TitledYear().Match(line);

        Assert.Matches(DocumentFieldWording.TitleWindowStart(), m.Groups["window"].Value);
        Assert.Equal((year, phase), (int.Parse(m.Groups["year"].Value), DocumentFieldWording.PhaseNamedIn(m.Groups["window"].Value)));
    }

    [Theory]
    [InlineData("纳入本部门2018年部门汇总预算编制范围的单位")]
    [InlineData("比2023年预算增加224.17万元")]
    public void Takes_no_year_from_a_sentence(string line) =>
        Assert.False(DocumentFieldWording.TitledYear().Match(line) is { Success: true } m && DocumentFieldWording.TitleWindowStart().IsMatch(m.Groups["window"].Value));

    [Theory]
    [InlineData("一般公共预算财政拨款支出决算表", BudgetPhase.FinalAccounts)]
    [InlineData("财政拨款收支预算总表", BudgetPhase.Budget)]
    [InlineData("名词解释", null)]
    public void Reads_the_phase_a_title_names_final_accounts_first(string title, BudgetPhase? phase) =>
        Assert.Equal(phase, DocumentFieldWording.PhaseNamedIn(title));

    [Theory]
    [InlineData("sh-putuo-ghzyj-2024-dept-final.pdf", BudgetPhase.FinalAccounts)]
    [InlineData("js-gy-2017-dept-budget.pdf", BudgetPhase.Budget)]
    [InlineData("2017年预算公开表格.pdf", BudgetPhase.Budget)]
    [InlineData("dev01-2024-yuan.pdf", null)]
    public void Reads_the_phase_a_file_name_names(string fileName, BudgetPhase? phase) =>
        Assert.Equal(phase, DocumentFieldWording.PhaseNamedInFileName(fileName));

    [Theory]
    [InlineData("江苏省政协办公厅2017年预算公开表格.pdf", 2017)]
    [InlineData("sh-putuo-czj-2024-dept-final.pdf", 2024)]
    [InlineData("budget2025.pdf", 2025)]
    [InlineData("P020240315512345678901.pdf", null)]
    [InlineData("附件120345.pdf", null)]
    [InlineData("feb7019b5da109266c59c6f95f0423b3860f970bf6ae35a2a886f5657dd82098.pdf", null)]
    [InlineData("0fa2098bd5e1c0f26a9d43c7b1e84f2a6c5d9e3b7a1f0c2d4e6b8a9c1d3e5f7a.pdf", null)]
    [InlineData("a3f2098c.pdf", null)]
    [InlineData("5e9b2031-7c1d-4e2f-9a6b-0c3d5e7f9a1b.pdf", null)]
    [InlineData("附件2098号文件.pdf", null)]
    [InlineData("deadbeef-2023年部门决算.pdf", 2023)]
    public void Reads_a_year_from_a_file_name_only_where_it_stands_alone(string fileName, int? year) =>
        Assert.Equal(year, DocumentFieldWording.YearNamedInFileName(fileName));

    [Theory]
    [InlineData("基本支出预算数为15,844.04万元", "万元")]
    [InlineData("877,080 元", "元")]
    public void Reads_the_unit_of_an_amount_in_the_narrative(string text, string unit) =>
        Assert.Equal(unit, DocumentFieldWording.AmountWithUnit().Match(text).Groups["unit"].Value);

    [Theory]
    [InlineData("武汉市东西湖区财政局", null, "武汉市", "东西湖区")]
    [InlineData("上海市普陀区司法局", null, "上海市", "普陀区")]
    [InlineData("江苏省高级人民法院", "江苏省", null, null)]
    [InlineData("阿里地区农业农村局", null, "阿里地区", null)]
    [InlineData("阿里地区噶尔县教育局", null, "阿里地区", "噶尔县")]
    public void Reads_the_divisions_a_name_opens_with(string department, string? province, string? city, string? district)
    {
        var m = DocumentFieldWording.RegionPrefix().Match(department);
        string? Group(string name) => m.Groups[name].Success && m.Groups[name].Length > 0 ? m.Groups[name].Value : null;

        Assert.Equal((province, city, district), (Group("province"), Group("city"), Group("district")));
    }
}
