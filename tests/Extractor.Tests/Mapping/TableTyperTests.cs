using Extractor.Mapping;
using Extractor.Model;
using Extractor.Tests.Support;

namespace Extractor.Tests.Mapping;

[Collection(ProcessedFixturesCollection.Name)]
public sealed class TableTyperTests(ProcessedFixtures processed)
{
    [Theory]
    // Hubei/Wuhan 14-table template
    [InlineData("2023年部门收支总表", TableTypes.IncomeExpenditureSummary)]
    [InlineData("黄石市下陆区教育局2025年一般公共预算支出表(功能分类项级)", TableTypes.GeneralBudgetExpenditureByFunction)]
    [InlineData("2023年一般公共预算'三公'经费支出表", TableTypes.ThreePublicExpenses)]
    [InlineData("项目绩效目标申报表", TableTypes.ProjectPerformanceTargets)]
    [InlineData("部门整体支出绩效目标申报表", TableTypes.OverallPerformanceTargets)]
    [InlineData("2024年政府购买服务预算表", TableTypes.GovernmentPurchasedServices)]
    // Shanghai budgets and final accounts
    [InlineData("2025年部门财务收支预算总表", TableTypes.IncomeExpenditureSummary)]
    [InlineData("2024年预算单位收入预算总表", TableTypes.IncomeSummary)]
    [InlineData("2026年部门一般公共预算基本支出部门预算经济分类预算表", TableTypes.GeneralBudgetBasicByEconomic)]
    [InlineData("2025年部门“三公”经费和机关运行经费预算表", TableTypes.ThreePublicExpenses)]
    [InlineData("2025年部门国有资本经营预算支出功能分类预算表", TableTypes.StateCapitalExpenditure)]
    [InlineData("收入支出决算总表", TableTypes.IncomeExpenditureSummary)]
    [InlineData("支出决算表", TableTypes.ExpenditureSummary)]
    [InlineData("财政拨款收入支出决算总表", TableTypes.FiscalAppropriationSummary)]
    [InlineData("一般公共预算财政拨款支出决算表", TableTypes.GeneralBudgetExpenditureByFunction)]
    [InlineData("政府性基金预算财政拨款收入支出决算表", TableTypes.GovernmentFundExpenditure)]
    // The table's number in Chinese numerals set right before 一般 (round BG's Tianjin).
    [InlineData("表五一般公共预算支出预算表", TableTypes.GeneralBudgetExpenditureByFunction)]
    // Round CB's Guangdong: 拨款 without 财政.
    [InlineData("表5 广东省教育厅2026年一般公共预算拨款支出预算表", TableTypes.GeneralBudgetExpenditureByFunction)]
    [InlineData("表6 广东省教育厅2026年一般公共预算拨款基本支出预算表", TableTypes.GeneralBudgetBasicByEconomic)]
    [InlineData("表十一一般公共预算“三公”经费支出预算表", TableTypes.ThreePublicExpenses)]
    // Jiangsu
    [InlineData("公开 04 表：财政拨款收支预算总表", TableTypes.FiscalAppropriationSummary)]
    [InlineData("十一、一般公共预算“三公”经费、会议费、培训费支出预算表", TableTypes.ThreePublicExpenses)]
    [InlineData("一般公共预算基本支出预算表（经济科目）", TableTypes.GeneralBudgetBasicByEconomic)]
    [InlineData("2019年政府采购预算表", TableTypes.GovernmentProcurement)]
    // Other provinces' wording: 部门预算 / 部门综合预算 before the table's name, 按…功能分类科目, 专项业务经费
    [InlineData("2025年部门预算收支总表", TableTypes.IncomeExpenditureSummary)]
    [InlineData("部门综合预算收入总表", TableTypes.IncomeSummary)]
    [InlineData("部门综合预算支出总表", TableTypes.ExpenditureSummary)]
    [InlineData("部门综合预算一般公共预算支出明细表（按支出功能分类科目）", TableTypes.GeneralBudgetExpenditureByFunction)]
    [InlineData("一般公共预算支出表（按功能科目）", TableTypes.GeneralBudgetExpenditureByFunction)]
    [InlineData("部门综合预算专项业务经费支出表", TableTypes.ProjectExpenditure)]
    // Jiangsu's appropriation-wide twins and its table of operating costs
    [InlineData("一般公共预算机关运行经费支出预算表", TableTypes.OperatingCosts)]
    [InlineData("机关运行经费及国有资产占用情况表", TableTypes.OperatingCosts)]
    [InlineData("十、2017 年度江苏省高级人民法院部门一般公共预算机关运行经费支出预算表", TableTypes.OperatingCosts)]
    [InlineData("财政拨款支出预算表（功能科目）", TableTypes.FiscalAppropriationExpenditure)]
    [InlineData("公开 06 表：财政拨款基本支出预算表", TableTypes.FiscalAppropriationBasicByEconomic)]
    // 情况表 titles (Guangdong, Hunan, Jiangxi), numbered 表1-1, a general-budget table named by its fund only
    [InlineData("部门收支总体情况表", TableTypes.IncomeExpenditureSummary)]
    [InlineData("表1-1 部门收入总体情况表", TableTypes.IncomeSummary)]
    [InlineData("部门支出总体情况表", TableTypes.ExpenditureSummary)]
    [InlineData("财政拨款收支总体情况表", TableTypes.FiscalAppropriationSummary)]
    [InlineData("一般公共预算支出情况表", TableTypes.GeneralBudgetExpenditure)]
    [InlineData("一般公共预算基本支出情况表", TableTypes.GeneralBudgetBasicByEconomic)]
    [InlineData("政府性基金预算支出情况表", TableTypes.GovernmentFundExpenditure)]
    [InlineData("表3 一般公共预算财政拨款支出表", TableTypes.GeneralBudgetExpenditureByFunction)]
    [InlineData("财政拨款支出表（一般公共预算）", TableTypes.GeneralBudgetExpenditureByFunction)]
    // A table by budget unit (rounds EP's Fujian, ES's Hunan, FB's Guizhou).
    [InlineData("安顺市平坝区水务局2026年部门所属单位收支预算表", TableTypes.IncomeExpenditureByUnit)]
    [InlineData("部门所属单位收支决算情况表", TableTypes.IncomeExpenditureByUnit)]
    [InlineData("2024年部门收支预算总表", TableTypes.IncomeExpenditureSummary)]
    // No title, or none a rule knows: unknown, never a guess
    [InlineData("单位名称及职能", TableTypes.Unknown)]
    [InlineData("", TableTypes.Unknown)]
    // Other provinces' titles: a unit's name holding a table word before the table's, a year, unit or number after it,
    // the central template's number first, 整体绩效目标表, a project table's 明细.
    [InlineData("XX县政府采购中心部门收支总表", TableTypes.IncomeExpenditureSummary)]
    [InlineData("XX县社会保险基金管理中心部门收支总表", TableTypes.IncomeExpenditureSummary)]
    [InlineData("2024年XX市机关运行保障中心部门收支总表", TableTypes.IncomeExpenditureSummary)]
    [InlineData("部门收支总表（2024年）", TableTypes.IncomeExpenditureSummary)]
    [InlineData("部门收支总表（单位：万元）", TableTypes.IncomeExpenditureSummary)]
    [InlineData("一般公共预算支出表 单位：万元", TableTypes.GeneralBudgetExpenditure)]
    [InlineData("收入支出决算总表（公开01表）", TableTypes.IncomeExpenditureSummary)]
    [InlineData("部门收支总表（表一）", TableTypes.IncomeExpenditureSummary)]
    [InlineData("预算03表 支出总表", TableTypes.ExpenditureSummary)]
    [InlineData("10.部门（单位）整体绩效目标表", TableTypes.OverallPerformanceTargets)]
    [InlineData("项目支出预算明细表", TableTypes.ProjectExpenditure)]
    // A classification against the rule's type, and a basic-expenditure table, are left to the classifier.
    [InlineData("一般公共预算支出预算表（经济分类）", TableTypes.Unknown)]
    [InlineData("一般公共预算基本支出预算表（功能分类）", TableTypes.Unknown)]
    [InlineData("基本支出预算表", TableTypes.Unknown)]
    public void Title_rules_type_every_printed_variant_of_a_title(string title, string type)
    {
        Assert.Equal(type, TableTyper.ByTitle(title));
    }

    [Fact]
    public void Types_every_extracted_table_of_the_disclosure_corpus_as_its_truth_says()
    {
        foreach (var pdf in Fixtures.Pdfs("disclosures").Select(Path.GetFileName).Where(n => !n!.StartsWith("scan")))
        {
            var tables = processed[$"disclosures/{pdf}"].Tables;
            foreach (var truth in Fixtures.Truth(pdf!).GetProperty("tables").EnumerateArray())
            {
                var pages = truth.GetProperty("pages").EnumerateArray().Select(p => p.GetInt32()).ToList();
                var table = tables.Single(t => t.Pages.SequenceEqual(pages));
                Assert.Equal(truth.GetProperty("type").GetString(), table.Type);
            }
        }
    }

    /// <summary>
    /// fixtures/real-cn/table-types.tsv labels every table of the 35 real publications by hand (title read
    /// against each PDF's table of contents; tables the schema has no id for, such as Jiangsu's 财政拨款支出预算表
    /// and 机关运行经费 tables, narrative text set in columns and unit lists, are <c>unknown</c>).
    /// </summary>
    [Fact]
    public void Types_every_table_of_the_real_publications_as_labelled()
    {
        var labels = File.ReadAllLines(Fixtures.Path("real-cn/table-types.tsv")).Skip(1).Select(l => l.Split('\t')).ToList();
        var wrong = new List<string>();
        foreach (var label in labels)
        {
            var (file, page, type, title) = (label[0], int.Parse(label[2]), label[3], label[4]);
            var table = processed[$"real-cn/{file}"].Tables.FirstOrDefault(t => t.Pages[0] == page && t.Title == title);
            if (table is null) wrong.Add($"{file}: no table \"{title}\" opening page {page}");
            else if (table.Type != type) wrong.Add($"{file}: \"{title}\" typed {table.Type}, labelled {type}");
        }

        Assert.True(labels.Count > 250);
        Assert.Empty(wrong);
    }

    [Fact]
    public void Says_which_table_could_not_be_typed()
    {
        var document = processed["real-cn/js-jcy-2017-dept-budget.pdf"];

        var unknown = document.Tables.Where(t => t.Type == TableTypes.Unknown).ToList();
        Assert.NotEmpty(unknown);
        Assert.All(unknown, t => Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.UnknownTableType && d.TableId == t.Id));
    }

    /// <summary>A classifier that guesses one type, sure of it: what the table's own words must overrule.</summary>
    private sealed class SureClassifier(string type) : ITableClassifier
    {
        public TableTypeGuess Classify(string text) => new(type, 0.95f);
    }

    private static Table Built(string title, params string[] header) => new() { Id = "t1", Title = title, Header = [header] };

    [Fact]
    public void Types_a_funds_project_table_listing_its_projects_as_the_project_table()
    {
        var typing = TableTyper.Type(Built("一般公共预算项目支出预算表", "项目名称", "功能科目编码", "功能科目名称", "金额"),
            new SureClassifier(TableTypes.GeneralBudgetExpenditureByFunction));

        Assert.Equal(TableTypes.ProjectExpenditure, typing.Type);
    }

    [Theory]
    // Round JU's Shandong: a key project's form printed under the one before it, untitled, opened by 项目名称 and printing 年度资金总额.
    [InlineData("年度资金总额", TableTypes.ProjectPerformanceTargets)]
    [InlineData("年度目标", TableTypes.IncomeSummary)]
    public void Types_an_untitled_grid_opened_by_a_project_name_over_a_fund_block_as_a_project_form(string label, string type)
    {
        var table = Built("", "项目名称", "大中型水库移民后期扶持基础设施项目", "大中型水库移民后期扶持基础设施项目") with
        {
            Rows = [[new Cell(label), new Cell("1250.00", 1250.00m), new Cell("1250.00", 1250.00m)]],
        };

        Assert.Equal(type, TableTyper.Type(table, new SureClassifier(TableTypes.IncomeSummary)).Type);
    }

    [Theory]
    // A table of project expenditure alone, or of economic lines, held as a table of all expenditure by function.
    [InlineData("一般公共预算财政拨款项目支出决算表", TableTypes.GeneralBudgetExpenditureByFunction, new[] { "科目编码", "科目名称", "合计" })]
    [InlineData("部门支出经济分类预算表", TableTypes.ExpenditureSummary, new[] { "经济分类科目", "合计", "基本支出", "项目支出" })]
    // A table with a project column, or of function lines, held as a table of basic expenditure.
    [InlineData("一般公共预算支出经济分类预算表", TableTypes.GeneralBudgetBasicByEconomic, new[] { "经济分类科目", "合计", "基本支出", "项目支出" })]
    [InlineData("财政拨款支出功能分类表", TableTypes.FiscalAppropriationBasicByEconomic, new[] { "科目编码", "科目名称", "合计" })]
    public void Leaves_unknown_a_guess_the_tables_own_words_rule_out(string title, string guessed, string[] header)
    {
        Assert.Equal(TableTypes.Unknown, TableTyper.Type(Built(title, header), new SureClassifier(guessed)).Type);
    }

    [Theory]
    [InlineData("", TableTypes.GeneralBudgetBasicByEconomic, new[] { "经济分类科目", "合计", "人员经费", "公用经费" })]
    [InlineData("", TableTypes.GeneralBudgetExpenditureByFunction, new[] { "科目编码", "科目名称", "合计", "基本支出", "项目支出" })]
    public void Takes_a_guess_the_tables_words_agree_with(string title, string guessed, string[] header)
    {
        Assert.Equal(guessed, TableTyper.Type(Built(title, header), new SureClassifier(guessed)).Type);
    }
}
