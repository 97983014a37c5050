using Extractor.Mapping;
using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>The key projects' paragraphs read from the narrative and held to the project table (round AQ).</summary>
public sealed class ProjectStatementsTests
{
    private const string Paragraphs =
        "（四）重点项目预算安排情况1.老旧小区改造补助项目，预算安排913.81万元，比上年增加115.34万元，增长16.28%，主要用于老旧小区的改造。" +
        "项目支出1169.17万元，主要包括：⑥安排58.44万元用于人防指挥通信系统运维；④安排64.20万元用于退役士兵适应性培训服务。" +
        "1.行政运行（项）安排100.00万元。" +
        // Round BN's Qinghai: a 三公 part's numbered paragraph is that part's, not a project's.
        "（二）公务用车购置及运行维护费：2026年预算安排32.80万元，较2025年预算减少2.00万元，下降5.75%。";

    private static ExtractedDocument Document() => new DocumentBuilder()
        .Facts(FactReader.Read(Documents.FromText(Paragraphs), fiscalYear: 2025))
        .Line(TableTypes.ProjectExpenditure, Dimensions.Project, null, "老旧小区改造补助", Measures.Total, "823.81")
        .Line(TableTypes.ProjectExpenditure, Dimensions.Project, "2030603", "人防指挥通信系统运维", Measures.Total, "58.44")
        .Line(TableTypes.ProjectExpenditure, Dimensions.Project, null, "退役士兵适应性培训", Measures.Total, "63.19")
        .Build();

    [Fact]
    public void Reads_each_numbered_project_paragraph_with_its_name_amount_and_change()
    {
        var projects = Document().Facts.Where(f => f.Key == FactKeys.ProjectItem).ToList();

        Assert.Equal(["老旧小区改造补助项目 9138100.00", "人防指挥通信系统运维 584400.00", "退役士兵适应性培训服务 642000.00"], projects.Select(p => $"{p.Name} {p.Value}"));
        Assert.Equal(new FactChange(2024, 1153400.00m, 16.28m, "increase"), projects[0].Change);
    }

    [Theory]
    // Round JU's Shandong: no project table, each key project's form printing its year's funds; the paragraph names them after the
    // project ("4.防汛抗旱物资储备及应急度汛项目，年度资金总额560.00万元，全部为财政拨款") where the form prints 620.00.
    [InlineData("620.00", false)]
    [InlineData("560.00", true)]
    public void Holds_a_key_projects_years_funds_to_its_performance_form_where_no_project_table_is_printed(string form, bool agrees)
    {
        var document = new DocumentBuilder()
            .Facts(FactReader.Read(Documents.FromText("本次随部门预算公开4个重点项目绩效目标，具体如下：4.防汛抗旱物资储备及应急度汛项目，年度资金总额560.00万元，全部为财政拨款。"), fiscalYear: 2025))
            .Line(TableTypes.ProjectPerformanceTargets, Dimensions.Project, null, "防汛抗旱物资储备及应急度汛项目", Measures.ProjectFundsAnnual, form, page: 18)
            .Build();

        var findings = new NarrativeTableRule().Check(document).ToList();

        Assert.Equal(agrees ? [] : [(6_200_000.00m, 5_600_000.00m)], findings.Select(f => (f.Expected!.Value, f.Actual!.Value)));
    }

    [Fact]
    public void Reads_a_fund_whose_targets_follow_its_amount_after_a_colon_as_a_key_project()
    {
        // Round HW's Zhejiang: the performance section's numbered funds, each name ending in 经费, 补贴 or 费用, its targets after a colon;
        // the basic spending's 公用经费 is none.
        var projects = FactReader.Read(Documents.FromText("主要项目绩效目标如下：1.县级储备粮油保管费用和利息补贴865.0万元：确保县级储备粮油数量真实。" +
            "2.重大项目前期研究及规划编制经费253.0万元：完成重大项目前期研究不少于12项。3.公用经费372.4万元：保障机构运转。"),
            fiscalYear: 2025).Where(f => f.Key == FactKeys.ProjectItem).ToList();

        Assert.Equal(["县级储备粮油保管费用和利息补贴 8650000.0", "重大项目前期研究及规划编制经费 2530000.0"], projects.Select(p => $"{p.Name} {p.Value}"));
    }

    [Fact]
    public void Reads_a_numbered_fund_ending_in_its_kind_of_money_but_no_source_of_funds()
    {
        // Round KM's Gansu: the key funds' paragraphs, each name ending in 资金 or 补助 right before its amount; a source of funds is none.
        var projects = FactReader.Read(Documents.FromText("（四）高标准农田建设市级配套资金2,030.00万元，资金来源为一般公共预算，主要用于落实全市年度建设任务。" +
            "（五）农机购置与应用补助320.00万元，主要用于补贴。（六）财政拨款资金500.00万元。（七）上年结转资金80.00万元。"),
            fiscalYear: 2025).Where(f => f.Key == FactKeys.ProjectItem).ToList();

        Assert.Equal(["高标准农田建设市级配套资金 20300000.00", "农机购置与应用补助 3200000.00"], projects.Select(p => $"{p.Name} {p.Value}"));
    }

    [Fact]
    public void Reads_a_project_named_right_before_its_amount()
    {
        // Round JA's Hebei: no 安排, the name ending in 项目 running into the amount; a class's paragraph is no project.
        var projects = FactReader.Read(Documents.FromText("（四）重点项目支出安排情况1.不动产登记信息化建设项目2360.00万元，比上年增加380.00万元，增长19.19%，" +
            "主要用于全省不动产登记信息平台升级改造。2.自然资源统一确权登记项目1240.00万元，比上年增加40.00万元，增长2.90%。3.教育支出500.00万元，比上年增加5.00万元。" +
            "4.政府采购项目预算500.00万元。5.部门项目300.00万元。"),
            fiscalYear: 2025).Where(f => f.Key == FactKeys.ProjectItem).ToList();

        Assert.Equal(["不动产登记信息化建设项目 23600000.00 3800000.00", "自然资源统一确权登记项目 12400000.00 400000.00"],
            projects.Select(p => $"{p.Name} {p.Value} {p.Change?.Amount}"));
    }

    [Fact]
    public void Holds_a_stated_total_to_a_lists_row_named_as_the_department_where_it_prints_no_total_row()
    {
        // Round FG's Anhui: 表11 政府购买服务预算表 opens on 霍山县水利局 69.10 over its units and services; the narrative states 96.10.
        ExtractedDocument Stating(string printed) => new DocumentBuilder()
            .Facts(FactReader.Read(Documents.FromText($"2026年县水利局安排政府购买服务预算{printed}万元，主要用于水利工程质量检测服务。"), fiscalYear: 2026))
            .Line(TableTypes.GovernmentPurchasedServices, Dimensions.PurchasedService, null, "霍山县水利局", Measures.Total, "69.10")
            .Line(TableTypes.GovernmentPurchasedServices, Dimensions.PurchasedService, null, "霍山县水利局本级", Measures.Total, "44.50")
            .Line(TableTypes.GovernmentPurchasedServices, Dimensions.PurchasedService, null, "水利工程质量检测服务", Measures.Total, "28.50")
            .Build() with { Department = new DepartmentInfo("霍山县水利局", null) };

        Assert.DoesNotContain(new NarrativeTableRule().Check(Stating("69.10")), f => f.Rule == RuleIds.NarrativeTable);
        var finding = Assert.Single(new NarrativeTableRule().Check(Stating("96.10")), f => f.Rule == RuleIds.NarrativeTable);
        Assert.Equal((691000m, 961000m), (finding.Expected, finding.Actual));
    }

    [Fact]
    public void Holds_a_project_to_the_table_line_of_its_name_only()
    {
        var finding = Assert.Single(new NarrativeTableRule().Check(Document()), f => f.Rule == RuleIds.NarrativeTable);

        Assert.Equal((8238100m, 9138100.00m), (finding.Expected, finding.Actual));
    }

    [Fact]
    public void Holds_a_final_accounts_project_paragraph_to_the_tables_budget_and_spending_columns()
    {
        // Rounds FC and FN: "（三）村级集体经济扶持项目：预算安排990.00万元，实际支出960.00万元" beside a 项目支出决算表 printing 960.00 |
        // 960.00; "（二）文物保护修缮项目。预算安排468.30万元，实际支出486.30万元，预算执行率103.84%" beside 468.30 | 468.30.
        var facts = FactReader.Read(Documents.FromText(
            "十四、重点项目支出决算情况说明（三）村级集体经济扶持项目：预算安排990.00万元，实际支出960.00万元，主要用于扶持集体经济。" +
            "（二）文物保护修缮项目。预算安排468.30万元，实际支出486.30万元，预算执行率103.84%。主要用于文物保护单位修缮。"), fiscalYear: 2025);
        var document = new DocumentBuilder()
            .Facts(facts)
            .Line(TableTypes.ProjectExpenditure, Dimensions.Project, null, "村级集体经济扶持项目", Measures.BudgetAdjusted, "960.00")
            .Line(TableTypes.ProjectExpenditure, Dimensions.Project, null, "村级集体经济扶持项目", Measures.Actual, "960.00")
            .Line(TableTypes.ProjectExpenditure, Dimensions.Project, null, "文物保护修缮项目", Measures.BudgetAdjusted, "468.30")
            .Line(TableTypes.ProjectExpenditure, Dimensions.Project, null, "文物保护修缮项目", Measures.Actual, "468.30")
            .Final()
            .Build();

        var projects = facts.Where(f => f.Key == FactKeys.ProjectItem).ToList();
        Assert.Equal(["村级集体经济扶持项目 9600000.00 9900000.00", "文物保护修缮项目 4863000.00 4683000.00"],
            projects.Select(p => $"{p.Name} {p.Value} {p.Execution?.Budget}"));
        Assert.Equal(103.84m, projects[1].Execution!.CompletionPct);
        var findings = new NarrativeTableRule().Check(document).Where(f => f.Rule == RuleIds.NarrativeTable).ToList();
        Assert.Equal([(9600000m, 9900000.00m), (4683000m, 4863000.00m)], findings.Select(f => (f.Expected!.Value, f.Actual!.Value)));
    }

    [Theory]
    // A final account's paragraph stating only its budget is held to the table's 预算安排, not to what was spent.
    [InlineData("990.00", 0)]
    [InlineData("999.00", 1)]
    public void Holds_a_final_accounts_project_paragraph_stating_only_its_budget_to_the_tables_budget(string stated, int findings)
    {
        var document = new DocumentBuilder()
            .Facts(FactReader.Read(Documents.FromText($"（三）村级集体经济扶持项目：预算安排{stated}万元，主要用于扶持集体经济。"), fiscalYear: 2025))
            .Line(TableTypes.ProjectExpenditure, Dimensions.Project, null, "村级集体经济扶持项目", Measures.BudgetAdjusted, "990.00")
            .Line(TableTypes.ProjectExpenditure, Dimensions.Project, null, "村级集体经济扶持项目", Measures.Actual, "960.00")
            .Final()
            .Build();

        Assert.Equal(findings, new NarrativeTableRule().Check(document).Count(f => f.Rule == RuleIds.NarrativeTable));
    }

    [Fact]
    public void Leaves_a_key_projects_completion_that_holds_with_the_tables_outcome_to_the_outcomes_finding()
    {
        // Round FS's Guizhou: "预算安排120.00万元，实际支出110.29万元，预算执行率95.44%" of a 项目支出决算表 printing 114.53: the rate is of
        // the table's outcome, the paragraph's 110.29 the misprint, which narrative.table reports.
        var document = new DocumentBuilder()
            .Facts(FactReader.Read(Documents.FromText("（一）老旧小区改造项目。预算安排120.00万元，实际支出110.29万元，预算执行率95.44%。"), fiscalYear: 2025))
            .Line(TableTypes.ProjectExpenditure, Dimensions.Project, null, "老旧小区改造项目", Measures.BudgetAdjusted, "120.00")
            .Line(TableTypes.ProjectExpenditure, Dimensions.Project, null, "老旧小区改造项目", Measures.Actual, "114.53")
            .Final()
            .Build();

        Assert.Empty(new NarrativeComparisonRule().Check(document));
        Assert.Equal((1_145_300m, 1_102_900m), Assert.Single(new NarrativeTableRule().Check(document)) is var f ? (f.Expected, f.Actual) : default);
    }

    [Fact]
    public void Takes_a_change_that_fits_the_tables_amount_for_the_amount_misprinted_not_the_rate()
    {
        // 115.34 of 823.81 less itself is 16.28%: the paragraph's amount is the misprint, which narrative.table flags.
        Assert.DoesNotContain(new NarrativeChangeRule().Check(Document()), f => f.Rule == RuleIds.NarrativeChange);
    }
}
