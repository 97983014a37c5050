using System.Globalization;
using Extractor.Model;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>A row's total against its parts where some of the table's columns are not named.</summary>
public sealed class RowComponentsRuleTests
{
    // 项目支出 | 部门项目: 小计, 经常性项目, then two columns whose headings were not read (延续性项目, 一次性项目).
    private static readonly string?[] Department = [null, "project.department", "project.recurring", "other:延", "other:一"];

    /// <summary>One row of the table; a column in <paramref name="itemColumns"/> gives a line item (an OCR'd page
    /// gives none for an unnamed column).</summary>
    private static ExtractedDocument Row(string[] printed, params int[] itemColumns) => Row(Department, printed, itemColumns);

    private static ExtractedDocument Row(string?[] columns, string[] printed, params int[] itemColumns) =>
        Row(TableTypes.ExpenditureSummary, columns, printed, itemColumns);

    private static ExtractedDocument Row(string type, string?[] columns, string[] printed, params int[] itemColumns)
    {
        var table = new Table
        {
            Id = "t1", Type = type, Pages = [6], Columns = columns,
            Rows = [[.. printed.Select(p => new Cell(p, decimal.TryParse(p, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null))]],
        };
        var items = itemColumns.Select(c => new LineItem
        {
            TableId = "t1", TableType = table.Type, Dimension = Dimensions.Summary, Name = printed[0], Measure = columns[c]!,
            Amount = decimal.Parse(printed[c], CultureInfo.InvariantCulture) * 10000m, AmountPrinted = printed[c], Page = 6, Row = 0, Col = c,
        }).ToList();
        return new ExtractedDocument
        {
            Source = new SourceInfo("built.pdf", "", 1, null), FiscalYear = 2021, Unit = MoneyUnit.WanYuan,
            Tables = [table], LineItems = items,
        };
    }

    [Fact]
    public void Holds_a_fiscal_summarys_expenditure_line_to_its_funds_and_not_to_the_income_beside_it()
    {
        // Round EH's Sichuan: 财政拨款收支总表 三、农林水支出 合计 2,739.67 beside its 一般公共预算 2,793.67, the income side's 3,122.78 on the row.
        string?[] columns = [null, Measures.Amount, null, Measures.Total, Measures.FundGeneralBudget, null, null];
        ExtractedDocument Printed(string total) => Row(TableTypes.FiscalAppropriationSummary, columns, ["一般公共预算拨款", "3122.78", "三、农林水支出", total, "2793.67", "", ""], 1, 3, 4);

        Assert.Empty(new RowComponentsRule().Check(Printed("2793.67")));
        var finding = Assert.Single(new RowComponentsRule().Check(Printed("2739.67")));
        Assert.Equal((27936700m, 27396700m), (finding.Expected, finding.Actual));
    }

    [Fact]
    public void Holds_each_sides_total_of_a_row_by_unit_to_that_sides_parts()
    {
        // Round FB's Yunnan: 收入合计 | 财政拨款 | 事业收入 | 其他收入 | 支出合计 | 基本支出 | 项目支出, 财政拨款 printed 403.12 for 430.12.
        string?[] columns = [null, Measures.IncomeTotal, Measures.IncomeFiscalAppropriation, Measures.IncomePublicService, Measures.IncomeOther,
            Measures.ExpenditureTotal, Measures.BasicTotal, Measures.ProjectTotal];
        ExtractedDocument Printed(string fiscal) => Row(TableTypes.IncomeExpenditureByUnit, columns,
            ["林业和草原技术推广站", "468.72", fiscal, "38.60", "0.00", "468.72", "262.90", "205.82"], 1, 2, 3, 4, 5, 6, 7);

        Assert.Empty(new RowComponentsRule().Check(Printed("430.12")));
        var finding = Assert.Single(new RowComponentsRule().Check(Printed("403.12")));
        Assert.Equal((4417200m, 4687200m), (finding.Expected, finding.Actual));
        Assert.Contains("收入合计", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Adds_only_a_sides_own_unnamed_columns_to_its_total()
    {
        // Round ES's Hunan, an unread column on the income side (其他 read as no measure): it may close the income, never the expenditure.
        string?[] columns = [null, Measures.IncomeTotal, Measures.IncomeFiscalAppropriation, "other:其他", Measures.ExpenditureTotal, Measures.BasicTotal, Measures.ProjectTotal];
        Assert.Empty(new RowComponentsRule().Check(Row(TableTypes.IncomeExpenditureByUnit, columns, ["东校区", "120.00", "100.00", "20.00", "120.00", "100.00", "20.00"], 1, 2, 3, 4, 5, 6)));
        var expenditure = Assert.Single(new RowComponentsRule().Check(Row(TableTypes.IncomeExpenditureByUnit, columns, ["东校区", "120.00", "100.00", "20.00", "120.00", "100.00", "0.00"], 1, 2, 3, 4, 5, 6)));
        Assert.Equal(1200000m, expenditure.Actual);
    }

    [Fact]
    public void Adds_a_projects_sources_headed_by_fund_and_kind_of_income()
    {
        // Beijing's 项目支出表: 合计 | 一般公共预算财政拨款 | 政府性基金预算财政拨款 | 事业收入 | 其他收入.
        string?[] sources = [null, Measures.Total, Measures.FundGeneralBudget, Measures.IncomeGovernmentFund, Measures.IncomePublicService, Measures.IncomeOther];

        Assert.Empty(new RowComponentsRule().Check(Row(TableTypes.ProjectExpenditure, sources, ["合计", "1715.00", "1538.02", "0.00", "176.98", "0.00"], 1, 2, 3, 4, 5)));
        Assert.Single(new RowComponentsRule().Check(Row(TableTypes.ProjectExpenditure, sources, ["合计", "1715.00", "1538.02", "0.00", "170.00", "0.00"], 1, 2, 3, 4, 5)));
    }

    [Fact]
    public void Adds_a_lines_projects_by_economic_class()
    {
        // Round DL's 一般公共预算财政拨款支出决算明细表: 项目支出 小计 | 工资福利支出 | 商品和服务支出 | 对个人和家庭的补助 | 资本性支出.
        string?[] columns = [null, Measures.ProjectTotal, Measures.ProjectWagesBenefits, Measures.ProjectGoodsServices, Measures.ProjectHouseholdTransfers, Measures.ProjectCapital];

        Assert.Empty(new RowComponentsRule().Check(Row(TableTypes.GeneralBudgetExpenditureByFunction, columns, ["群众文化", "218.00", "13.08", "178.06", "26.86", "0.00"], 1, 2, 3, 4, 5)));
        // A fifth class under the heading, which the schema does not name, is read beside the four.
        string?[] wider = [.. columns, "other:项目支出/对企业补助"];
        Assert.Empty(new RowComponentsRule().Check(Row(TableTypes.GeneralBudgetExpenditureByFunction, wider, ["群众文化", "228.00", "13.08", "178.06", "26.86", "0.00", "10.00"], 1, 2, 3, 4, 5, 6)));
        var finding = Assert.Single(new RowComponentsRule().Check(Row(TableTypes.GeneralBudgetExpenditureByFunction, columns, ["群众文化", "218.00", "13.08", "178.06", "26.16", "0.00"], 1, 2, 3, 4, 5)));
        Assert.Equal((2173000m, 2180000m), (finding.Expected, finding.Actual));
    }

    [Fact]
    public void Adds_a_function_lines_funds_in_the_table_of_all_appropriations()
    {
        // Round DJ's Qingdao 财政拨款支出表: 合计 | 一般公共预算 / 小计 … | 政府性基金预算 | 国有资本经营预算.
        string?[] columns = [null, Measures.Total, Measures.FundGeneralBudget, Measures.FundGovernmentFund, Measures.FundStateCapital];

        Assert.Empty(new RowComponentsRule().Check(Row(TableTypes.FiscalAppropriationExpenditure, columns, ["城乡社区支出", "3747.20", "1695.20", "2052.00", "0.00"], 1, 2, 3, 4)));
        Assert.Single(new RowComponentsRule().Check(Row(TableTypes.FiscalAppropriationExpenditure, columns, ["城乡社区支出", "3747.20", "1659.20", "2052.00", "0.00"], 1, 2, 3, 4)));
    }

    [Fact]
    public void Adds_personnel_printed_by_its_classes_and_public_funds_as_one_split_of_basic()
    {
        // Round AR's Jiangxi 支出总表: 合计 | 基本支出 小计 | 工资福利支出 | 对个人和家庭的补助 | 公用经费 | 项目支出.
        string?[] columns = [null, Measures.Total, Measures.BasicTotal, Measures.BasicWagesBenefits, Measures.BasicHouseholdTransfers, Measures.BasicPublicFunds, Measures.ProjectTotal];

        Assert.Empty(new RowComponentsRule().Check(Row(columns, ["行政运行", "920.11", "920.11", "805.04", "0.00", "115.07", "0.00"], 1, 2, 3, 4, 5, 6)));
        var finding = Assert.Single(new RowComponentsRule().Check(Row(columns, ["行政运行", "920.11", "920.11", "805.04", "0.00", "105.07", "0.00"], 1, 2, 3, 4, 5, 6)));
        Assert.Equal((9101100m, 9201100m), (finding.Expected, finding.Actual));
    }

    [Fact]
    public void Adds_a_procurement_by_kind_leaving_the_part_reserved_for_small_enterprises_inside_it()
    {
        // 政府采购预算表 by kind (rounds S–U): 单位名称 | 政府采购预算 合计 | 货物 | 工程 | 服务 | 面向中小企业预留.
        string?[] kinds = [null, Measures.Total, Measures.ProcurementGoods, Measures.ProcurementWorks, Measures.ProcurementServices, Measures.ProcurementSmeReserved];

        Assert.Empty(new RowComponentsRule().Check(Row(TableTypes.GovernmentProcurement, kinds, ["河西区教育局", "265.66", "119.54", "53.13", "92.99", "102.13"], 1, 2, 3, 4, 5)));
        var finding = Assert.Single(new RowComponentsRule().Check(Row(TableTypes.GovernmentProcurement, kinds, ["河西区教育局", "265.66", "119.54", "53.13", "93.99", "102.13"], 1, 2, 3, 4, 5)));
        Assert.Equal((2666600m, 2656600m), (finding.Expected, finding.Actual));
    }

    [Theory]
    // Round W's Sichuan: 本年支出合计 | 基本 | 项目 | … | 对附属单位补助支出, the garbled 项目 read as a label's heading; its figure
    // leaves the row's parts unknown. Printed 0.00 there, the row is checked.
    [InlineData("5216.19", 0)]
    [InlineData("0.00", 1)]
    public void Checks_no_row_printing_a_figure_under_a_heading_read_as_a_labels(string project, int findings)
    {
        string?[] columns = [null, Measures.Total, "other:基本", null, Measures.ExpenditureSubsidySubordinate];

        Assert.Equal(findings, new RowComponentsRule().Check(Row(TableTypes.ExpenditureSummary, columns, ["合计", "15310.15", "10093.96", project, "0.00"], 1, 2, 4)).Count());
    }

    [Fact]
    public void Leaves_an_of_which_column_out_of_the_rest_of_a_row()
    {
        // A school's 收入决算表: 本年收入合计 | 财政拨款收入 | 事业收入 小计 | 其中：教育收费 | 其他收入.
        string?[] columns = [null, Measures.Total, Measures.IncomeFiscalAppropriation, Measures.IncomePublicService, "other:事业收入/其中：教育收费", Measures.IncomeOther];

        Assert.Empty(new RowComponentsRule().Check(Row(TableTypes.IncomeSummary, columns, ["合计", "4656.48", "4056.98", "578.00", "548.00", "21.50"], 1, 2, 3, 4, 5)));
        Assert.Single(new RowComponentsRule().Check(Row(TableTypes.IncomeSummary, columns, ["合计", "4656.48", "4056.98", "578.00", "548.00", "20.50"], 1, 2, 3, 4, 5)));
    }

    [Fact]
    public void Counts_an_income_tables_other_funds_beside_its_appropriations()
    {
        // Round EQ's Xinjiang: 收入总表 合计 | 财政拨款 | 其他资金.
        string?[] columns = [null, Measures.Total, Measures.IncomeFiscalAppropriation, Measures.SourceOther];

        Assert.Empty(new RowComponentsRule().Check(Row(TableTypes.IncomeSummary, columns, ["农林水支出", "2662.53", "2525.03", "137.50"], 1, 2, 3)));
        Assert.Single(new RowComponentsRule().Check(Row(TableTypes.IncomeSummary, columns, ["农林水支出", "2662.53", "2525.03", "173.50"], 1, 2, 3)));
    }

    [Fact]
    public void Adds_a_projects_carryover_to_its_appropriations()
    {
        // A township's 项目支出表: 合计 | 一般公共预算拨款 | 政府性基金预算拨款 | 上年结转.
        string?[] sources = [null, Measures.Total, Measures.FundGeneralBudget, Measures.IncomeGovernmentFund, Measures.IncomeCarryover];

        Assert.Empty(new RowComponentsRule().Check(Row(TableTypes.ProjectExpenditure, sources, ["合计", "1429.80", "952.80", "435.00", "42.00"], 1, 2, 3, 4)));
        Assert.Single(new RowComponentsRule().Check(Row(TableTypes.ProjectExpenditure, sources, ["合计", "1429.80", "952.80", "435.00", "40.00"], 1, 2, 3, 4)));
    }

    [Fact]
    public void Adds_a_projects_subsidy_from_above_to_its_appropriations()
    {
        // Round CU's Guangxi township: 合计 | 一般公共预算财政拨款 | 政府性基金 | 上级补助收入, 430.45 + 114.06 + 47.60 = 592.11.
        string?[] sources = [null, Measures.Total, Measures.FundGeneralBudget, Measures.IncomeGovernmentFund, Measures.IncomeHigherSubsidy];

        Assert.Empty(new RowComponentsRule().Check(Row(TableTypes.ProjectExpenditure, sources, ["合计", "592.11", "430.45", "114.06", "47.60"], 1, 2, 3, 4)));
        Assert.Single(new RowComponentsRule().Check(Row(TableTypes.ProjectExpenditure, sources, ["合计", "592.11", "430.45", "114.06", "57.60"], 1, 2, 3, 4)));
    }

    [Theory]
    // Hubei's unit rows: 合计 | 财政拨款 (一般公共预算 | 政府性基金预算) | 事业收入, no 财政拨款 小计.
    [InlineData(false, "1633.71", "1556.14", "0.00", "77.57", false)]
    [InlineData(false, "1643.71", "1556.14", "0.00", "77.57", true)]
    // Guangdong's: the 财政拨款 小计 printed beside its funds, which are inside it.
    [InlineData(true, "1633.71", "1556.14", "0.00", "77.57", false)]
    public void Counts_the_funds_under_an_appropriation_heading_as_income_parts_unless_its_subtotal_is_printed(bool subtotal, string total, string general, string fund, string service, bool flagged)
    {
        string?[] columns = subtotal
            ? [null, Measures.Total, Measures.IncomeFiscalAppropriation, Measures.FundGeneralBudget, Measures.FundGovernmentFund, Measures.IncomePublicService]
            : [null, Measures.Total, Measures.FundGeneralBudget, Measures.FundGovernmentFund, Measures.IncomePublicService];
        string[] printed = subtotal ? ["合计", total, general, general, fund, service] : ["合计", total, general, fund, service];

        var findings = new RowComponentsRule().Check(Row(TableTypes.IncomeSummary, columns, printed, [.. Enumerable.Range(1, columns.Length - 1)]));

        Assert.Equal(flagged, findings.Any(f => f.Severity == FindingSeverity.Error));
    }

    [Fact]
    public void Takes_unnamed_columns_after_a_groups_last_part_as_its_rest()
    {
        var adds = Row(["合计", "679.06", "312.33", "0.00", "366.73"], 1, 2, 3, 4);
        var short_ = Row(["合计", "679.06", "312.33", "0.00", "300.00"], 1, 2, 3, 4);

        Assert.Empty(new RowComponentsRule().Check(adds));
        // Not adding up with them either: reported on the named parts.
        var finding = Assert.Single(new RowComponentsRule().Check(short_));
        Assert.Equal((312.33m * 10000, 679.06m * 10000), (finding.Expected, finding.Actual));
    }

    [Fact]
    public void Leaves_a_group_unchecked_where_a_part_is_printed_in_a_column_that_gave_no_line_item()
    {
        // The OCR'd page keeps no figure of an unnamed column: the parts are not all known.
        var ocr = Row(["合计", "679.06", "312.33", "0.00", "366.73"], 1, 2);
        // Blank or zero there, the named part is all of it.
        var zero = Row(["合计", "679.06", "312.33", "0.00", "0.00"], 1, 2);

        Assert.Empty(new RowComponentsRule().Check(ocr));
        Assert.Single(new RowComponentsRule().Check(zero));
    }

    [Theory]
    // Round AN's Yunnan: 合计 | 上年结转结余 | 本年收入 / 小计 | 一般公共预算 | a column not named; the 小计 is inside its parts.
    [InlineData("872.69", false)]
    [InlineData("882.69", true)]
    public void Takes_no_groups_subtotal_among_the_unnamed_columns(string total, bool flagged)
    {
        string?[] columns = [null, Measures.Total, Measures.IncomeCarryover, "other:本年收入/小计", Measures.IncomeGeneralBudget, "other:本年收入/其他"];
        var row = Row(TableTypes.IncomeSummary, columns, ["合计", total, "8.60", "864.09", "862.84", "1.25"], 1, 2, 3, 4, 5);

        Assert.Equal(flagged, new RowComponentsRule().Check(row).Any(f => f.Severity == FindingSeverity.Error));
    }

    [Fact]
    public void Takes_no_unnamed_column_into_a_group_whose_parts_are_all_printed()
    {
        // 项目支出 | 部门项目 | 公共项目 小计 | a kind of 公共项目 not named: the kind is inside 公共项目, not beside it.
        string?[] project = [null, "project.total", "project.department", "project.public", "other:公共项目(专项资金)/经常性项目"];
        var text = Row(project, ["合计", "90.00", "60.00", "0.00", "30.00"], 1, 2, 3, 4);
        // The basic parts all read, the garbled heading of the next group's column on an OCR'd page (no line item).
        string?[] basic = [null, "basic.total", "basic.wages_benefits", "basic.goods_services", "basic.household_transfers", "basic.capital", "other:项目攴出"];
        var ocr = Row(basic, ["合计", "100.00", "50.00", "20.00", "10.00", "10.00", "30.00"], 1, 2, 3, 4, 5);

        Assert.Equal(600000m, Assert.Single(new RowComponentsRule().Check(text)).Expected);
        Assert.Equal(900000m, Assert.Single(new RowComponentsRule().Check(ocr)).Expected);
    }

    [Fact]
    public void Takes_personnel_and_public_funds_for_basic_where_the_row_prints_no_basic_column()
    {
        // Shanghai's unit budget: 本年支出 | 合计, 人员经费, 公用经费, 项目支出.
        string?[] columns = [null, Measures.Total, Measures.BasicPersonnel, Measures.BasicPublicFunds, Measures.ProjectTotal];
        var adds = Row(columns, ["一、一般公共服务支出", "2160.17", "1082.39", "146.78", "931.00"], 1, 2, 3, 4);
        var misprinted = Row(columns, ["一、一般公共服务支出", "2160.17", "1082.39", "146.78", "913.00"], 1, 2, 3, 4);
        // Under a 基本支出 column they are inside it: basic + project only.
        string?[] withBasic = [null, Measures.Total, Measures.BasicTotal, Measures.BasicPersonnel, Measures.BasicPublicFunds, Measures.ProjectTotal];
        var nested = Row(withBasic, ["一、一般公共服务支出", "2160.17", "1229.17", "1082.39", "146.78", "931.00"], 1, 2, 3, 4, 5);

        Assert.Empty(new RowComponentsRule().Check(adds));
        var finding = Assert.Single(new RowComponentsRule().Check(misprinted));
        Assert.Equal((FindingSeverity.Error, 2142.17m * 10000m), (finding.Severity, finding.Expected));
        Assert.Empty(new RowComponentsRule().Check(nested));
    }

    [Fact]
    public void Holds_jiangsus_three_public_table_total_to_the_three_public_total_and_meeting_and_training()
    {
        // 合计 | 三公 小计 | 因公出国(境)费 | 公务用车购置及运行维护费 | 公务接待费 | 会议费 | 培训费, 培训费 misprinted 1,710.25 for 1,701.25.
        string?[] columns = [Measures.Total, Measures.Total, Measures.ThreePublicOverseas, Measures.ThreePublicVehicle, Measures.ThreePublicReception,
            Measures.MeetingCosts, Measures.TrainingCosts];
        var row = Row(columns, ["2599.37", "670.12", "180.00", "304.40", "185.72", "228.00", "1710.25"], 0, 1, 2, 3, 4, 5, 6);
        var table = row.Tables[0] with { Type = TableTypes.ThreePublicExpenses };
        var document = row with { Tables = [table], LineItems = [.. row.LineItems.Select(i => i with { TableType = TableTypes.ThreePublicExpenses })] };

        var finding = Assert.Single(new ThreePublicRule().Check(document));

        Assert.Equal((RuleIds.RowComponents, 2608.37m * 10000m), (finding.Rule, finding.Expected));
    }

    [Theory]
    // Round JN's Sichuan township: 2020年预算数 | 2021年预算数, each over 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) |
    // 公务接待费, last year's 合计 printed 5.60 over parts adding up to 5.10, or its 公务用车运行费 3.06 under a 小计 of 3.60; 因公出国（境）费
    // wrapped over two header lines under this year only.
    [InlineData("5.10", "3.60", null)]
    [InlineData("5.60", "3.60", 5.10)]
    [InlineData("5.10", "3.06", 3.06)]
    public void Holds_last_years_three_public_columns_beside_this_years_to_the_same_sums(string lastTotal, string lastOperation, double? expected)
    {
        string?[] columns = [Measures.OtherPrefix + "2020年预算数/合计", Measures.OtherPrefix + "2020年预算数/因公出国（境）费",
            Measures.OtherPrefix + "2020年预算数/公务用车购置及运行费/小计", Measures.OtherPrefix + "2020年预算数/公务用车购置及运行费/公务用车购置费",
            Measures.OtherPrefix + "2020年预算数/公务用车购置及运行费/公务用车运行费", Measures.OtherPrefix + "2020年预算数/公务接待费",
            Measures.Total, Measures.ThreePublicOverseas, Measures.ThreePublicVehicle, Measures.ThreePublicVehiclePurchase, Measures.ThreePublicVehicleOperation,
            Measures.ThreePublicReception];
        var row = Row(columns, [lastTotal, "0.00", "3.60", "0.00", lastOperation, "1.50", "4.88", "0.00", "3.60", "0.00", "3.60", "1.28"], 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        string[] parts = ["合计", "因公出国（境）费", "公务用车购置及运行费", "公务用车购置及运行费", "公务用车购置及运行费", "公务接待费"];
        var table = row.Tables[0] with
        {
            Type = TableTypes.ThreePublicExpenses,
            Header = [[.. Enumerable.Repeat("2020年预算数", 6), .. Enumerable.Repeat("2021年预算数", 6)], [.. parts, "合计", "因公出国", .. parts[2..]],
                ["合计", "因公出国（境）费", "小计", "公务用车购置费", "公务用车运行费", "公务接待费", "合计", "（境）费", "小计", "公务用车购置费", "公务用车运行费", "公务接待费"]],
        };
        var document = row with { Tables = [table], LineItems = [.. row.LineItems.Select(i => i with { TableType = TableTypes.ThreePublicExpenses })] };

        var findings = new ThreePublicRule().Check(document).Where(f => f.Severity == FindingSeverity.Error).ToList();

        Assert.Equal(expected is null ? [] : [(decimal)expected.Value * 10000m], findings.Select(f => f.Expected));
        Assert.All(findings, f => Assert.StartsWith("other:2020年预算数", f.Refs[0].Measure));
    }

    [Theory]
    // Round BX's Jiangsu: 合计 | 因公出国(境)费 | 公务用车购置及运行费 | 公务接待费 | 会议费 | 培训费, no 三公 小计: the 合计 is of all five.
    [InlineData("17.07", null, null)]
    [InlineData("17.70", 17.07, null)]
    // Round BA's: the 合计 under a “三公”经费 heading, 会议费 and 培训费 apart: the 合计 is of the three.
    [InlineData("11.42", null, "“三公”经费")]
    [InlineData("17.07", 11.42, "“三公”经费")]
    public void Holds_a_three_public_table_total_printed_without_a_three_public_subtotal_to_all_five(string printed, double? expected, string? group)
    {
        string?[] columns = [Measures.Total, Measures.ThreePublicOverseas, Measures.ThreePublicVehicle, Measures.ThreePublicReception,
            Measures.MeetingCosts, Measures.TrainingCosts];
        var row = Row(columns, [printed, "0.00", "10.08", "1.34", "2.08", "3.57"], 0, 1, 2, 3, 4, 5);
        string top = group ?? "合计";
        var table = row.Tables[0] with
        {
            Type = TableTypes.ThreePublicExpenses,
            Header = [[top, top, top, top, "会议费", "培训费"], ["合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费", "会议费", "培训费"]],
        };
        var document = row with { Tables = [table], LineItems = [.. row.LineItems.Select(i => i with { TableType = TableTypes.ThreePublicExpenses })] };

        var findings = new ThreePublicRule().Check(document).Where(f => f.Severity == FindingSeverity.Error).ToList();

        Assert.Equal(expected is null ? [] : [(decimal)expected.Value * 10000m], findings.Select(f => f.Expected));
    }
}
