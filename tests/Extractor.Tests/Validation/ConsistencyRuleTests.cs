using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>Each rule on real extracted tables: a planted error it must flag, and documents it must pass.</summary>
[Collection(ProcessedFixturesCollection.Name)]
public sealed class ConsistencyRuleTests(ProcessedFixtures processed)
{
    private IReadOnlyList<Finding> Findings(string pdf, string rule) =>
        processed[$"disclosures/{pdf}"].Findings.Where(f => f.Rule == rule).ToList();

    [Fact]
    public void Flags_a_function_class_that_is_not_the_sum_of_its_kuan()
    {
        var finding = Assert.Single(Findings("dev02-2025-wan.pdf", "sum.function_hierarchy"), f => f.Message.StartsWith("教育支出 [econ.301]"));

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal((1911100m, 1911200m, 100m, 50m), (finding.Expected, finding.Actual, finding.Difference, finding.Tolerance));
        Assert.Equal(["205", "20502"], finding.Refs.Select(r => r.Code));
        Assert.Equal(19, finding.Refs[0].Page);
    }

    [Fact]
    public void Flags_a_three_public_total_that_is_not_the_sum_of_its_parts()
    {
        var finding = Assert.Single(Findings("dev02-2025-wan.pdf", "sum.three_public"), f => !f.Message.StartsWith("narrative"));

        Assert.Equal((368500m, 358500m), (finding.Expected, finding.Actual));
        Assert.Equal(["合计", "1.因公出国(境)费", "2.公务用车购置及运行维护费", "3.公务接待费"], finding.Refs.Select(r => r.RowLabel));
    }

    [Fact]
    public void Tells_a_stated_three_public_total_that_differs_from_its_stated_parts_by_rounding()
    {
        // 36.85 stated against 0.00 + 26.09 + 10.75 = 36.84: within three half-cents of 万元.
        var finding = Assert.Single(Findings("dev02-2025-wan.pdf", "sum.three_public"), f => f.Message.StartsWith("narrative"));

        Assert.Equal((FindingSeverity.Info, 368400m, 368500m, 150m), (finding.Severity, finding.Expected, finding.Actual, finding.Tolerance));
        Assert.Equal(["three_public.total", "three_public.overseas", "three_public.vehicle", "three_public.reception"], finding.Refs.Select(r => r.FactKey));
    }

    [Fact]
    public void Flags_income_that_does_not_balance_expenditure()
    {
        var findings = Findings("dev01-2024-yuan.pdf", "balance.income_expenditure");

        Assert.Contains(findings, f => f.Message.StartsWith("收入总计 != 本年收入合计 + 五、上年结转" + ";") && f.Expected == 17910024.14m && f.Actual == 17910124.14m);
        Assert.Contains(findings, f => f.Message.StartsWith("支出总计 != 收入总计" + ";") && f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void Tells_rounding_from_error_by_the_printed_precision()
    {
        // 万元 with two decimals: each term may be off by 50 yuan; 2 terms off by 100 is rounding.
        var rounding = Assert.Single(Findings("dev22-2023-wan.pdf", "balance.income_expenditure"), f => f.Message.StartsWith("收入总计"));

        Assert.Equal(FindingSeverity.Info, rounding.Severity);
        Assert.Equal(100m, rounding.Tolerance);
    }

    [Fact]
    public void The_rounding_policy_decides_what_a_difference_within_the_bound_becomes()
    {
        var document = processed["disclosures/dev22-2023-wan.pdf"];
        bool IsRounding(Finding f) => f.Rule == "balance.income_expenditure" && f.Message.StartsWith("收入总计") && f.Difference == -100m;

        Assert.Equal(FindingSeverity.Info, Assert.Single(DocumentValidator.Validate(document), IsRounding).Severity);
        Assert.Equal(FindingSeverity.Error, Assert.Single(DocumentValidator.Validate(document, new ValidationOptions { Rounding = RoundingPolicy.Exact }), IsRounding).Severity);
        Assert.DoesNotContain(DocumentValidator.Validate(document, new ValidationOptions { Rounding = RoundingPolicy.Ignore }), IsRounding);
    }

    [Fact]
    public void A_rule_can_be_switched_off_or_given_another_severity()
    {
        var document = processed["disclosures/dev02-2025-wan.pdf"];
        Assert.Contains(document.Findings, f => f.Rule == "cross.table");

        var off = DocumentValidator.Validate(document, new ValidationOptions { DisabledRules = new HashSet<string> { "cross.table" } });
        var warned = DocumentValidator.Validate(document, new ValidationOptions { Severities = new Dictionary<string, FindingSeverity> { ["cross.table"] = FindingSeverity.Warning } });

        Assert.DoesNotContain(off, f => f.Rule == "cross.table");
        Assert.Equal(document.Findings.Count(f => f.Rule != "cross.table"), off.Count);
        Assert.All(warned.Where(f => f.Rule == "cross.table"), f => Assert.Equal(FindingSeverity.Warning, f.Severity));
        Assert.Contains(warned, f => f.Rule != "cross.table" && f.Severity == FindingSeverity.Error);
    }

    [Theory]
    [InlineData("dev19-2022-wan.pdf")]
    [InlineData("dev23-2021-yuan.pdf")]
    public void Finds_no_error_where_the_publication_adds_up(string pdf)
    {
        // These documents carry no planted inconsistency (their truth expects no finding).
        Assert.Empty(Fixtures.Truth(pdf).GetProperty("expected_findings").EnumerateArray());
        Assert.DoesNotContain(processed[$"disclosures/{pdf}"].Findings, f => f.Severity == FindingSeverity.Error);
    }

    [Theory]
    [InlineData("js-swbgt-2018-dept-budget-tables.pdf")]
    [InlineData("js-zxbgt-2019-dept-budget-tables.pdf")]
    [InlineData("sh-putuo-swj-2025-dept-budget.pdf")]   // per-item paragraphs that agree with the tables
    [InlineData("sh-putuo-zfb-2025-unit-budget.pdf")]   // 支出总计 broken down by basic and project beside its total
    [InlineData("sh-putuo-wanli-2025-dept-budget.pdf")] // whole yuan: sums off by 1 are rounding
    public void Finds_no_error_in_real_publications_that_add_up(string pdf)
    {
        var findings = processed[$"real-cn/{pdf}"].Findings;

        Assert.DoesNotContain(findings, f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void Rounding_tolerance_follows_the_printed_precision_of_whole_yuan()
    {
        var rounding = Assert.Single(processed["real-cn/sh-putuo-wanli-2025-dept-budget.pdf"].Findings,
            f => f.Message.StartsWith("城乡社区支出 [income.fiscal_appropriation]"));

        Assert.Equal((FindingSeverity.Info, 1m, 2m), (rounding.Severity, Math.Abs(rounding.Difference!.Value), rounding.Tolerance));
    }

    [Fact]
    public void Flags_a_unit_row_that_is_not_the_sum_of_the_rows_it_holds()
    {
        var finding = Assert.Single(Findings("dev02-2025-wan.pdf", "sum.column_total"), f => f.Message.StartsWith("黄石市下陆区机关幼儿园 [basic.goods_services]"));

        Assert.Equal((351700m, 1351700m, 1000000m), (finding.Expected, finding.Actual, finding.Difference));
        Assert.Equal("346010", finding.Refs[0].Code);
        Assert.Equal(7, finding.Refs.Count);
        Assert.All(finding.Refs, r => Assert.Equal("t3", r.TableId));
    }

    [Fact]
    public void Reads_a_blank_cell_of_a_filled_row_as_zero_in_column_sums()
    {
        var findings = processed["disclosures/dxh-xzspj-2023.pdf"].Findings;

        // 项目支出表: the unit prints 其他资金 blank over a project with 964.50 万元 of it.
        var unit = Assert.Single(findings, f => f.Rule == "sum.column_total" && f.Message.Contains("[source.other]"));
        Assert.Equal((9645000m, 0m, FindingSeverity.Error), (unit.Expected, unit.Actual, unit.Severity));
        Assert.Equal(25, unit.Refs[0].Page);
        // 政府采购表: the unit's 预算内资金 blank over items of 1875.70 万元.
        var procurement = Assert.Single(findings, f => f.Rule == "sum.procurement" && f.Message.Contains("[source.budget]"));
        Assert.Equal((18757000m, 0m), (procurement.Expected, procurement.Actual));
        // 20103 prints 3.60 万元 of 资本性支出; its only 项, 2010306, prints the column blank.
        var kuan = Assert.Single(findings, f => f.Rule == "sum.function_hierarchy" && f.Message.Contains("[econ.310]"));
        Assert.Equal((0m, 36000m), (kuan.Expected, kuan.Actual));
        Assert.Equal(["20103", "2010306"], kuan.Refs.Select(r => r.Code));
    }

    [Fact]
    public void Tells_each_finding_in_chinese_with_the_places_a_reader_checks()
    {
        var findings = processed["disclosures/dxh-xzspj-2023.pdf"].Findings;

        var kuan = Assert.Single(findings, f => f.Rule == "sum.function_hierarchy" && f.Message.Contains("[econ.310]"));
        // The table is named by the title it prints, without its year.
        Assert.Equal("功能分类科目上下级不符：一般公共预算支出表(功能分类项级)第21页“政府办公厅(室)及相关机构事务”（20103）的经济分类310印为3.60万元，" +
                     "按“政务公开审批”（2010306）的经济分类310应为0.00万元，相差3.60万元", kuan.MessageZh);
        var change = Assert.Single(findings, f => f.Rule == "narrative.change" && f.Message.Contains("basic"));
        Assert.StartsWith("所述增减幅度与金额不符：第8页说明“(一)基本支出1191.58万元", change.MessageZh);
        // A rate is told with the decimals it is printed with ("1.84% … 0.40%").
        Assert.Contains("印为0.40%，应为1.84%，相差-1.44%", change.MessageZh);
        // Every figure's finding says what is printed and what it should be; a wording warning quotes its text.
        Assert.All(findings.Where(f => f.Severity != FindingSeverity.Warning), f => Assert.Matches("^[^a-z]*：.+印为.+应为.+相差", f.MessageZh));
    }

    [Fact]
    public void Flags_a_performance_form_whose_fund_overview_restates_the_budget_wrongly()
    {
        var findings = processed["disclosures/dxh-xzspj-2023.pdf"].Findings
            .Where(f => f.Refs.Any(r => r.TableType == TableTypes.OverallPerformanceTargets)).ToList();

        // Its income 合计 (5496.37) does not balance its expenditure 合计 (5456.16).
        var balance = Assert.Single(findings, f => f.Rule == "balance.income_expenditure");
        Assert.Equal((54963700m, 54561600m, FindingSeverity.Error), (balance.Expected, balance.Actual, balance.Severity));
        Assert.All(balance.Refs, r => Assert.Equal(41, r.Page));
        // Its 财政拨款 4501.87 against the income table's 4461.66; its income 合计 against the income table's 5456.16.
        var restated = findings.Where(f => f.Rule == "narrative.table").Select(f => (f.Expected, f.Actual)).Order().ToList();
        Assert.Equal([(44616600m, 45018700m), (54561600m, 54963700m)], restated);
    }

    [Fact]
    public void Reads_a_performance_forms_appropriation_as_general_budget_and_fund_money_together()
    {
        // dev07's form prints 财政拨款 1179.76 = the income table's 858.47 (财政拨款(补助)) + 321.29 (政府性基金).
        var document = processed["disclosures/dev07-2021-wan.pdf"];

        Assert.Contains(document.LineItems, i => i.TableType == TableTypes.OverallPerformanceTargets && i.Amount == 11797600m);
        Assert.DoesNotContain(document.Findings, f => f.Refs.Any(r => r.TableType == TableTypes.OverallPerformanceTargets));
    }

    [Fact]
    public void Flags_a_general_budget_expenditure_total_that_is_not_the_appropriation_received()
    {
        var finding = Assert.Single(processed["disclosures/dxh-xzspj-2023.pdf"].Findings, f => f.Message.StartsWith("general_budget.total"));

        // The function table's total prints the whole budget (5456.16) where the income table appropriates 4461.66.
        Assert.Equal((44616600m, 54561600m), (finding.Expected, finding.Actual));
        Assert.Equal([TableTypes.GeneralBudgetExpenditureByFunction, TableTypes.IncomeSummary], finding.Refs.Select(r => r.TableType));
        Assert.DoesNotContain(processed["disclosures/dev07-2021-wan.pdf"].Findings, f => f.Message.StartsWith("general_budget.total"));
    }

    /// <summary>A real final account with one printed figure changed, as a misprint would.</summary>
    private ExtractedDocument Misprinted(string pdf, Func<LineItem, bool> cell, decimal amount)
    {
        var document = processed[$"real-cn/{pdf}"];
        Assert.Single(document.LineItems, i => cell(i));
        return document with { LineItems = document.LineItems.Select(i => cell(i) ? i with { Amount = amount } : i).ToList() };
    }

    [Fact]
    public void Flags_a_closing_balance_that_does_not_follow_from_opening_income_and_expenditure()
    {
        // 收入支出决算总表: 49.14 + 2,946.25 = 2,940.05 + 55.34, as printed; then with 56.34 at the close.
        const string pdf = "sh-putuo-czj-2024-dept-final.pdf";
        Assert.DoesNotContain(processed[$"real-cn/{pdf}"].Findings, f => f.Rule == "balance.carryover");
        var document = Misprinted(pdf, i => i.TableType == TableTypes.IncomeExpenditureSummary && i.Name == "年末结转和结余", 563400m);

        var finding = Assert.Single(new CarryoverRule().Check(document));

        Assert.Equal((553400m, 563400m, FindingSeverity.Error), (finding.Expected, finding.Actual, finding.Severity));
        Assert.Equal(["年末结转和结余", "年初结转和结余", "本年收入合计", "使用非财政拨款结余（含专用结余）", "本年支出合计", "结余分配"],
            finding.Refs.Select(r => r.RowLabel));
    }

    [Fact]
    public void Checks_the_carryover_of_each_fund_of_the_appropriation_summary()
    {
        // 财政拨款收入支出决算总表, 一般公共预算 column: 21.63 + 2,940.05 = 2,940.05 + 21.63; then 20.63 at the close.
        var document = Misprinted("sh-putuo-czj-2024-dept-final.pdf",
            i => i.TableType == TableTypes.FiscalAppropriationSummary && i.Measure == Measures.FundGeneralBudget && i.Name.StartsWith("年末"), 206300m);

        var finding = Assert.Single(new CarryoverRule().Check(document));

        Assert.Equal((216300m, 206300m), (finding.Expected, finding.Actual));
        Assert.Equal(Measures.FundGeneralBudget, finding.Refs[0].Measure);
    }

    [Fact]
    public void Flags_a_stated_comparison_of_actual_and_budget_that_the_figures_contradict()
    {
        // The "测试问题版本" copy turns three of the original's 决算数小于预算数 into 大于 / 等于.
        var findings = processed["real-cn/sh-putuo-czj-2024-dept-final-MODIFIED.pdf"].Findings.Where(f => f.Rule == "narrative.comparison").ToList();

        Assert.Equal([(15600500m, 15118900m), (808100m, 803800m), (622900m, 609900m)], findings.Select(f => (f.Expected, f.Actual)));
        Assert.All(findings, f => Assert.Equal(FindingSeverity.Error, f.Severity));
        Assert.Contains("决算数大于预算数", findings[0].Refs[0].Quote);
        Assert.EndsWith("所列决算1511.89万元、预算1560.05万元，决算小于预算", findings[0].MessageZh);
        Assert.DoesNotContain(processed["real-cn/sh-putuo-czj-2024-dept-final.pdf"].Findings, f => f.Rule == "narrative.comparison");
    }

    [Fact]
    public void Checks_a_stated_completion_rate_at_its_last_digit_within_the_figures_rounding()
    {
        // ghzyj: 9,746.50 of 10,210.34 is 95.4571 % whatever the exact figures, printed 95.45 % (cut off).
        var document = processed["real-cn/sh-putuo-ghzyj-2024-dept-final.pdf"];
        var flagged = Assert.Single(document.Findings, f => f.Message.StartsWith("stated completion of the budget" + ";"));
        Assert.Equal(("narrative.share", 95.46m, 95.45m), (flagged.Rule, flagged.Expected, flagged.Actual));
        var stated = document.Facts.First(f => f.Execution?.CompletionPct == 95.45m);

        var rounded = document with { Facts = [stated with { Execution = stated.Execution! with { CompletionPct = 95.46m } }] };
        Assert.Empty(new NarrativeComparisonRule().Check(rounded));
    }

    /// <summary>
    /// dev02 with its 一般公共预算支出表 reprinted in 元, the 小学教育 商品和服务支出 line (printed 135.17 there, while 部门支出总表
    /// prints the planted 35.17) printed as given.
    /// </summary>
    private ExtractedDocument ReprintedInYuan(decimal amount, string printed)
    {
        var document = processed["disclosures/dev02-2025-wan.pdf"];
        var table = document.Tables.Single(t => t.Type == TableTypes.GeneralBudgetExpenditure);
        bool Line(LineItem i) => i.TableId == table.Id && i.Code == "2050202" && i.Measure == Measures.BasicGoodsServices && i.AmountPrinted == "135.17";
        Assert.Single(document.LineItems, Line);
        return document with
        {
            Tables = document.Tables.Select(t => t == table ? t with { Unit = MoneyUnit.Yuan } : t).ToList(),
            LineItems = document.LineItems.Select(i => Line(i) ? i with { Amount = amount, AmountPrinted = printed } : i).ToList(),
        };
    }

    [Fact]
    public void Compares_a_figure_printed_in_yuan_and_in_wan_yuan_at_the_coarser_precision()
    {
        var agrees = new CrossTableRule().Check(ReprintedInYuan(351712.34m, "351,712.34")).ToList();
        var differs = new CrossTableRule().Check(ReprintedInYuan(361712.34m, "361,712.34")).ToList();

        Assert.DoesNotContain(agrees, f => f.Message.Contains("2050202 basic.goods_services"));
        var finding = Assert.Single(differs, f => f.Message.Contains("2050202 basic.goods_services"));
        Assert.Equal(("unit.consistency", 351700m, 361712.34m, 50m), (finding.Rule, finding.Expected, finding.Actual, finding.Tolerance));
        Assert.StartsWith("同一数字以元和万元分别列示，换算后不一致：一般公共预算支出表第14页“小学教育”", finding.MessageZh);
    }

    [Fact]
    public void Flags_a_function_line_that_prints_its_class_total_as_its_own_project_spending()
    {
        // sifaju 2026 unit budget: 行政运行 prints 14,348,853.34 = basic 14,348,853.34 + project 64,840,547.00, in
        // 支出预算总表 (p11) and again in the general-budget function table (p14).
        var findings = processed["real-cn/sh-putuo-sifaju-2026-unit-budget.pdf"].Findings;

        var rows = findings.Where(f => f.Rule == "sum.row_components" && f.Severity == FindingSeverity.Error).ToList();
        Assert.Equal([11, 14], rows.Select(r => r.Refs[0].Page));
        Assert.All(rows, row => Assert.Equal((79189400.34m, 14348853.34m, "2040601"), (row.Expected, row.Actual, row.Refs[0].Code)));
        // Its 合计 prints basic spending whole (22,118,861) beside 86,959,408.34: half a yuan of rounding, not an error.
        Assert.Contains(findings, f => f.Rule == "sum.row_components" && f.Severity == FindingSeverity.Info && f.Difference == 0.34m);
    }

    [Fact]
    public void Adds_up_an_income_total_from_every_source_the_table_prints()
    {
        // shfly: 合计 12,121,164 = 财政拨款收入 9,501,164 + 事业收入 2,620,000 (Shanghai prints its sources side by side).
        var document = processed["real-cn/sh-putuo-shfly-2024-unit-budget.pdf"];

        Assert.Contains(document.LineItems, i => i.TableType == TableTypes.IncomeSummary && i.Measure == Measures.IncomePublicService && i.Amount == 2620000m);
        Assert.DoesNotContain(document.Findings, f => f.Rule == "sum.row_components" && f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void Adds_up_a_three_public_table_printed_in_columns()
    {
        // Jiangsu: 合计 2,542.60 (三公, 会议费 and 培训费) | 三公 小计 833.60 | 222.50 | 183.60 (0 + 183.60) | 427.50 | …
        const string pdf = "js-rdbgt-2017-dept-budget.pdf";
        Assert.DoesNotContain(processed[$"real-cn/{pdf}"].Findings, f => f.Rule == "sum.three_public");
        var document = processed[$"real-cn/{pdf}"];
        var misprinted = document with
        {
            LineItems = document.LineItems.Select(i => i.Measure == Measures.ThreePublicReception ? i with { Amount = 4375000m } : i).ToList(),
        };

        var finding = Assert.Single(new ThreePublicRule().Check(misprinted));

        Assert.Equal((8436000m, 8336000m), (finding.Expected, finding.Actual));
        Assert.Equal(Measures.Total, finding.Refs[0].Measure);
    }

    [Fact]
    public void Flags_a_figure_that_two_tables_print_differently()
    {
        var finding = Assert.Single(Findings("dev02-2025-wan.pdf", "cross.table"), f => f.Message.StartsWith("2050202 basic.goods_services"));

        // The planted misprint (35.17 for 135.17 in 支出总表, its unit row's column off by as much) is the one flagged; the
        // general-budget table's figure is the reference.
        Assert.Equal((1351700m, 351700m), (finding.Expected, finding.Actual));
        Assert.Equal(["t3", "t5"], finding.Refs.Select(r => r.TableId));
        Assert.Equal(0m, finding.Tolerance);
    }

    [Fact]
    public void Flags_a_narrative_figure_that_differs_from_the_table_line_it_describes()
    {
        var findings = Findings("dev02-2025-wan.pdf", "narrative.table");

        var total = Assert.Single(findings, f => f.Message.StartsWith("narrative three_public.total vs table" + ";"));
        // Stated to the 0.01万元: half of 100 元 is the rounding allowed.
        Assert.Equal((358500m, 368500m, 50m), (total.Expected, total.Actual, total.Tolerance));
        Assert.Equal("three_public.total", total.Refs[0].FactKey);
        Assert.Contains("36.85万元", total.Refs[0].Quote);
        Assert.Equal(("three_public_expenses", "合计"), (total.Refs[1].TableType, total.Refs[1].RowLabel));
        Assert.Contains(findings, f => f.Message.StartsWith("narrative three_public.reception vs table" + ";") && f.Expected == 107600m && f.Actual == 107500m);
        Assert.Equal(2, findings.Count);
    }

    [Fact]
    public void Reports_the_real_documents_narrative_figures_that_its_tables_contradict()
    {
        // dxh-xzspj-2023, a rebuild of a real publication: its narrative's 财政拨款 total and project expenditure.
        var findings = Findings("dxh-xzspj-2023.pdf", "narrative.table");

        var fiscal = Assert.Single(findings, f => f.Message.StartsWith("narrative fiscal_appropriation.total vs table" + ";"));
        Assert.Equal((44616600m, 54561600m), (fiscal.Expected, fiscal.Actual));
        Assert.Equal("2023年财政拨款收支总预算5456.16万元", fiscal.Refs[0].Quote);
        Assert.Equal(("fiscal_appropriation_summary", "收入总计"), (fiscal.Refs[1].TableType, fiscal.Refs[1].RowLabel));
        var project = Assert.Single(findings, f => f.Message.StartsWith("narrative general_budget.project vs table" + ";"));
        Assert.Equal((32700800m, 42645800m), (project.Expected, project.Actual));
        Assert.Equal(9, project.Refs[0].Page);
    }

    [Fact]
    public void Flags_narrative_personnel_costs_that_are_not_wages_plus_household_transfers()
    {
        // A real discrepancy: the narrative's 人员经费 4896.98 against 4884.09 in the publication's own table.
        var finding = Assert.Single(processed["real-cn/sh-putuo-ghzyj-2024-dept-final.pdf"].Findings, f => f.Rule == "sum.personnel_public");

        Assert.Equal((FindingSeverity.Error, 48841000m, 48969800m, 100m), (finding.Severity, finding.Expected, finding.Actual, finding.Tolerance));
        Assert.Equal("人员经费4896.98万元", finding.Refs[0].Quote);
        Assert.Equal(["301", "303"], finding.Refs.Skip(1).Select(r => r.Code));
    }

    [Theory]
    [InlineData("disclosures/dev03-2024-wan.pdf")]
    [InlineData("real-cn/js-gy-2017-dept-budget.pdf")]
    public void Finds_personnel_and_public_costs_that_add_up(string pdf)
    {
        var document = processed[pdf];
        Assert.Contains(document.Facts, f => f.Key == "expenditure.personnel");
        Assert.Contains(document.LineItems, i => i.TableType == "general_budget_basic_by_economic" && i.Code == "301");

        Assert.DoesNotContain(document.Findings, f => f.Rule == "sum.personnel_public");
    }

    [Theory]
    [InlineData("dev07-2021-wan.pdf", 2921100, 3121100, 200000)]
    [InlineData("dev10-2022-wan.pdf", 1312700, 1312200, -500)]
    public void Flags_a_stated_procurement_total_that_is_not_the_sum_of_its_kinds(string pdf, int expected, int actual, int difference)
    {
        var finding = Assert.Single(Findings(pdf, "sum.procurement"), f => f.Message.StartsWith("narrative"));

        // Three figures printed to 0.01 万元: 50 yuan of rounding each.
        Assert.Equal((FindingSeverity.Error, expected, actual, difference, 150m),
            (finding.Severity, finding.Expected, finding.Actual, finding.Difference, finding.Tolerance));
        Assert.Equal(["procurement.total", "procurement.goods", "procurement.works", "procurement.services"], finding.Refs.Select(r => r.FactKey));
        Assert.All(finding.Refs, r => Assert.False(string.IsNullOrEmpty(r.Quote)));
    }

    [Fact]
    public void Flags_a_row_whose_total_is_not_the_sum_of_its_components()
    {
        // The planted error of dev03: a basic-expenditure part printed 9.97 where 10.07 belongs.
        var planted = Fixtures.Truth("dev03-2024-wan.pdf").GetProperty("planted")[0];
        Assert.Equal("sum.row_components", planted.GetProperty("rule").GetString());

        var finding = Assert.Single(Findings("dev03-2024-wan.pdf", "sum.row_components"));

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(1000m, Math.Abs(finding.Difference!.Value));
        Assert.All(finding.Refs, r => Assert.Equal("t5", r.TableId));
    }

    [Fact]
    public void Flags_a_stated_share_that_is_not_part_over_whole()
    {
        var finding = Assert.Single(Findings("dev11-2021-wan.pdf", "narrative.share"));

        Assert.Equal((62.78m, 62.77m, -0.01m), (finding.Expected, finding.Actual, finding.Difference));
        Assert.Equal(["expenditure.project", "expenditure.total"], finding.Refs.Select(r => r.FactKey));
        Assert.Equal("项目支出1709.89万元,占62.77%", finding.Refs[0].Quote);
    }

    [Fact]
    public void Flags_a_stated_change_rate_that_does_not_follow_from_the_amounts()
    {
        var finding = Assert.Single(Findings("dev08-2024-wan.pdf", "narrative.change"));

        Assert.Equal((13.79m, 22.79m), (finding.Expected, finding.Actual));
        Assert.StartsWith("expenditure.public_funds change vs 2023; narrative p", finding.Message);
    }

    [Fact]
    public void Flags_a_change_rate_cut_off_where_the_figures_leave_no_doubt()
    {
        // "2019年一般公共预算财政拨款支出预算24,169.74万元，与上年相比增加2228.78万元，增长10.15%": 2228.78 over
        // 21,940.96 is 10.1580–10.1582 % whatever the exact figures, so 10.15 is cut off, not rounded.
        var document = processed["real-cn/js-jcy-2019-dept-budget.pdf"];
        var fact = Assert.Single(document.Facts, f => f.Key == FactKeys.GeneralBudgetTotal && f.Change is not null);
        Assert.Equal(new FactChange(2018, 22287800m, 10.15m, "increase"), fact.Change);
        var finding = Assert.Single(document.Findings, f => f.Rule == "narrative.change" && f.Refs.Any(r => r.FactKey == FactKeys.GeneralBudgetTotal));
        Assert.Equal((10.16m, 10.15m), (finding.Expected, finding.Actual));
    }

    [Fact]
    public void Flags_an_economic_kuan_that_is_not_the_sum_of_its_items()
    {
        var all = Fixtures.Pdfs("disclosures").Select(p => Path.GetFileName(p)).Where(n => !n.StartsWith("scan"))
            .SelectMany(pdf => Findings(pdf, "sum.economic_hierarchy")).ToList();

        Assert.Equal(2, all.Count);
        Assert.All(all, f => Assert.Equal(3, f.Refs[0].Code!.Length));
    }
}
