using Extractor.Mapping;
using Extractor.Model;
using Extractor.Tests.Support;

namespace Extractor.Tests.Mapping;

[Collection(ProcessedFixturesCollection.Name)]
public sealed class MeasureMapTests(ProcessedFixtures processed)
{
    [Theory]
    [InlineData("基本支出/工资福利支出", TableTypes.ExpenditureSummary, "basic.wages_benefits")]
    [InlineData("基本支出/小计", TableTypes.ExpenditureSummary, "basic.total")]
    // A heading naming the spending of the table's own fund (round GW's Suzhou: 一般公共预算支出 / 合计 | 基本支出 | 项目支出); another
    // fund's keeps its 合计 apart.
    [InlineData("一般公共预算支出/合计", TableTypes.GeneralBudgetExpenditureByFunction, "total")]
    [InlineData("一般公共预算支出/基本支出", TableTypes.GeneralBudgetExpenditureByFunction, "basic.total")]
    [InlineData("政府性基金预算支出/合计", TableTypes.GovernmentFundExpenditure, "total")]
    [InlineData("一般公共预算支出/合计", TableTypes.GovernmentFundExpenditure, "other:一般公共预算支出/合计")]
    [InlineData("国有资本经营支出/合计", TableTypes.StateCapitalExpenditure, "total")]
    // A school's 收入决算表: 事业收入 over 小计 | 其中：教育收费; or 事业收入 alone.
    [InlineData("事业收入/小计", TableTypes.IncomeSummary, "income.public_service")]
    [InlineData("事业收入/其中：教育收费", TableTypes.IncomeSummary, "other:事业收入/其中：教育收费")]
    [InlineData("事业收入", TableTypes.IncomeSummary, "income.public_service")]
    [InlineData("政府性基金预算/小计", TableTypes.FiscalAppropriationExpenditure, "fund.government_fund")]
    [InlineData("一般公共预算/基本支出", TableTypes.FiscalAppropriationExpenditure, "other:一般公共预算/基本支出")]
    [InlineData("国有资本经营预算/基本支出/人员和公用", TableTypes.FiscalAppropriationExpenditure, "other:国有资本经营预算/基本支出/人员和公用")]
    [InlineData("项目支出/小计", TableTypes.ExpenditureSummary, "project.total")]
    [InlineData("专项业务经费支出", TableTypes.ExpenditureSummary, "project.total")]
    // The national template's income table.
    [InlineData("上年结转结余", TableTypes.IncomeSummary, "income.carryover")]
    // This year's budget beside last year's execution and the change: only this year's are the document's figures.
    // (Its 合计 stays unnamed: a second year's 预算数 would read the same once the year is dropped.)
    [InlineData("2024年预算数/合计", TableTypes.GeneralBudgetExpenditureByFunction, "other:预算数/合计")]
    [InlineData("预算数/小计", TableTypes.GeneralBudgetExpenditureByFunction, "total")]
    // Jiangxi: 上年预算数 | 本年预算数 / 合计 | 基本支出…: 本年 names this year's total.
    [InlineData("本年预算数/合计", TableTypes.GeneralBudgetExpenditure, "total")]
    [InlineData("本年预算数/合计", TableTypes.ThreePublicExpenses, "total")]
    // Anhui's 三公 table by kind: each kind over 上年预算数 | 本年预算数 | 增减; this year's figure is the kind's.
    [InlineData("因公出国（境）费/本年预算数", TableTypes.ThreePublicExpenses, "three_public.overseas")]
    [InlineData("公务用车购置及运行费/公务用车运行费/本年预算数", TableTypes.ThreePublicExpenses, "three_public.vehicle_operation")]
    [InlineData("合计/本年预算数", TableTypes.ThreePublicExpenses, "total")]
    // A two-sided basic table's sides (人员经费 | 公用经费 over 科目名称 | 金额).
    [InlineData("人员经费/金额", TableTypes.GeneralBudgetBasicByEconomic, "basic.personnel")]
    // A summary's heading over a side names the side, not a measure.
    [InlineData("财政拨款收入/预算数", TableTypes.FiscalAppropriationSummary, "amount")]
    // Round DJ's Qingdao 财政拨款支出表: the funds heading columns of their own are the line's parts by fund.
    [InlineData("政府性基金预算", TableTypes.FiscalAppropriationExpenditure, "fund.government_fund")]
    [InlineData("国有资本经营预算", TableTypes.FiscalAppropriationExpenditure, "fund.state_capital")]
    [InlineData("一般公共预算/小计", TableTypes.FiscalAppropriationExpenditure, "fund.general_budget")]
    // Round DP's Zhejiang townships: the general budget's function table by economic class under 支出经济分类.
    [InlineData("支出经济分类/商品和服务支出", TableTypes.GeneralBudgetExpenditure, "econ.302")]
    // Round DL's 支出决算明细表: the projects by economic class.
    [InlineData("项目支出/商品和服务支出", TableTypes.GeneralBudgetExpenditureByFunction, "project.goods_services")]
    [InlineData("项目支出/资本性支出", TableTypes.GeneralBudgetExpenditureByFunction, "project.capital")]
    [InlineData("上年预算数/合计", TableTypes.ThreePublicExpenses, "other:上年预算数/合计")]
    // The national template's 财政拨款收入支出决算总表 by function line.
    [InlineData("本年财政拨款支出/小计", TableTypes.FiscalAppropriationSummary, "total")]
    // Round DR's Beijing: a final account printing its outcome alone (支出 / 决算数 / 小计 | 一般公共预算财政拨款 | …).
    [InlineData("决算数/小计", TableTypes.FiscalAppropriationSummary, "total")]
    [InlineData("年初财政拨款结转和结余", TableTypes.FiscalAppropriationSummary, "carryover.opening")]
    [InlineData("年末财政拨款结转和结余", TableTypes.FiscalAppropriationSummary, "carryover.closing")]
    [InlineData("本年收入", TableTypes.GovernmentFundExpenditure, "income.government_fund")]
    [InlineData("国有资本经营预算拨款收入", TableTypes.IncomeSummary, "income.state_capital")]
    [InlineData("一般公共预算拨款", TableTypes.ProjectExpenditure, "fund.general_budget")]
    [InlineData("政府性基金预算拨款", TableTypes.ProjectExpenditure, "income.government_fund")]
    [InlineData("一般公共预算", TableTypes.ProjectExpenditure, "fund.general_budget")]
    // Beijing's final account: 年初预算数 | 本年支出合计 | 基本支出 | 项目支出.
    [InlineData("年初预算数", TableTypes.GeneralBudgetExpenditureByFunction, "budget.initial")]
    [InlineData("调整预算数", TableTypes.GeneralBudgetExpenditureByFunction, "budget.adjusted")]
    // Shaanxi: “三公”经费合计 | 因公出国（境）费 | ….
    [InlineData("“三公”经费合计", TableTypes.ThreePublicExpenses, "total")]
    [InlineData("上年度结转/小计", TableTypes.IncomeSummary, "other:上年度结转/小计")]
    [InlineData("2024年预算数/基本支出", TableTypes.GeneralBudgetExpenditureByFunction, "basic.total")]
    [InlineData("2023年执行数/基本支出", TableTypes.GeneralBudgetExpenditureByFunction, "other:执行数/基本支出")]
    [InlineData("2024年预算数比2023年执行数/增减额", TableTypes.GeneralBudgetExpenditureByFunction, "other:预算数比2023年执行数/增减额")]
    [InlineData("上年结转/小计", TableTypes.IncomeSummary, "income.carryover")]
    [InlineData("项目支出/部门项目/经常性项目", TableTypes.ExpenditureSummary, "project.recurring")]
    [InlineData("项目支出/公共项目(专项资金)/一次性项目", TableTypes.ExpenditureSummary, "other:公共项目(专项资金)/一次性项目")]
    [InlineData("财政拨款(补助)/小计", TableTypes.IncomeSummary, "income.fiscal_appropriation")]
    // The funds under 财政拨款 are its parts; under 本年收入 they are the income by source.
    [InlineData("财政拨款/政府性基金", TableTypes.IncomeSummary, "fund.government_fund")]
    [InlineData("本年收入/一般公共预算财政拨款", TableTypes.IncomeSummary, "income.general_budget")]
    [InlineData("其他自有资金/附属单位上缴收入", TableTypes.IncomeSummary, "income.subordinate_remit")]
    [InlineData("上年结转/其他结转", TableTypes.IncomeSummary, "other:上年结转/其他结转")]
    // Round AM's Shaanxi: the carry-over's funds are its parts, not this year's income; Beijing's project table's carry-over.
    [InlineData("上年结转/一般公共预算", TableTypes.IncomeSummary, "other:上年结转/一般公共预算")]
    [InlineData("上年结转/政府性基金", TableTypes.IncomeSummary, "other:上年结转/政府性基金")]
    [InlineData("上年财政拨款结转", TableTypes.ProjectExpenditure, "income.carryover")]
    // Round AN's Yunnan: the year's income by source, the unit's own money and the state capital's among them.
    [InlineData("本年收入/国有资本经营预算", TableTypes.IncomeSummary, "income.state_capital")]
    [InlineData("本年收入/单位资金", TableTypes.IncomeSummary, "income.other_own")]
    // Round AK's Henan and Liaoning: a project list's economic columns.
    [InlineData("支出经济分类/商品和服务支出", TableTypes.ProjectExpenditure, "econ.302")]
    [InlineData("按经济分类/310 资本性支出", TableTypes.ProjectExpenditure, "econ.310")]
    [InlineData("本年财政拨款", TableTypes.ProjectExpenditure, "income.fiscal_appropriation")]
    // Round CW's county budgets and round CX's Beijing: a project's whole amount beside its sources.
    [InlineData("项目金额", TableTypes.ProjectExpenditure, "total")]
    [InlineData("本年项目支出", TableTypes.ProjectExpenditure, "total")]
    [InlineData("工资福利支出", TableTypes.GeneralBudgetExpenditureByFunction, "econ.301")]
    [InlineData("资本性支出(基本建设)", TableTypes.GeneralBudgetExpenditureByFunction, "econ.309")]
    [InlineData("本年政府性基金预算支出/小计", TableTypes.GovernmentFundExpenditure, "total")]
    [InlineData("本年政府性基金预算支出/项目支出", TableTypes.GovernmentFundExpenditure, "project.total")]
    [InlineData("资金来源/纳入预算管理非税", TableTypes.ProjectExpenditure, "source.nontax")]
    [InlineData("收入/预算数", TableTypes.IncomeExpenditureSummary, "amount")]
    [InlineData("总计", TableTypes.IncomeSummary, "total")]
    // Shanghai: the fund split of the appropriation summary, the 三公 table's vehicle parts
    [InlineData("财政拨款支出/合计", TableTypes.FiscalAppropriationSummary, "total")]
    // Shanghai's unit budget: 本年支出 over 预算数 over 合计, 人员经费, 公用经费, 项目支出.
    [InlineData("本年支出/预算数/合计", TableTypes.IncomeExpenditureSummary, "total")]
    [InlineData("本年支出/决算数/合计", TableTypes.IncomeExpenditureSummary, "other:本年支出/决算数/合计")]
    [InlineData("本年支出/2024年预算数/合计", TableTypes.IncomeExpenditureSummary, "other:本年支出/预算数/合计")]
    [InlineData("财政拨款支出/一般公共预算", TableTypes.FiscalAppropriationSummary, "fund.general_budget")]
    [InlineData("财政拨款支出/政府性基金", TableTypes.FiscalAppropriationSummary, "fund.government_fund")]
    [InlineData("支出/国有资本经营预算财政拨款", TableTypes.FiscalAppropriationSummary, "fund.state_capital")]
    [InlineData("“三公”经费预算数/合计", TableTypes.ThreePublicExpenses, "total")]
    [InlineData("“三公”经费预算数/公务用车购置及运行费/小计", TableTypes.ThreePublicExpenses, "three_public.vehicle")]
    [InlineData("“三公”经费预算数/公务用车购置及运行费/购置费", TableTypes.ThreePublicExpenses, "three_public.vehicle_purchase")]
    [InlineData("2024年“三公”经费预算数/合计", TableTypes.ThreePublicExpenses, "total")]
    [InlineData("2024年机关运行经费预算数", TableTypes.ThreePublicExpenses, "operating_costs")]
    [InlineData("机关运行经费支出", TableTypes.Unknown, "operating_costs")]
    [InlineData("2022年", TableTypes.OverallPerformanceTargets, "other:2022年")]
    [InlineData("“三公”经费预算数/公务用车购置及运行费/运行费", TableTypes.ThreePublicExpenses, "three_public.vehicle_operation")]
    [InlineData("机关运行经费预算数", TableTypes.ThreePublicExpenses, "operating_costs")]
    // Yunnan's 一般公共预算财政拨款收入支出决算表: the year's expenditure columns, the carry-overs apart.
    [InlineData("本年支出/小计", TableTypes.GeneralBudgetExpenditureByFunction, "total")]
    [InlineData("本年支出/项目支出", TableTypes.GeneralBudgetExpenditureByFunction, "project.total")]
    [InlineData("年初结转和结余", TableTypes.GeneralBudgetExpenditureByFunction, "carryover.opening")]
    [InlineData("年末结转和结余/小计", TableTypes.GeneralBudgetExpenditureByFunction, "other:年末结转和结余/小计")]
    // A change against last year is no amount of this year's; nor is a carry-over's basic or project part this year's.
    [InlineData("本年预算比上年执行数增减/金额", TableTypes.GeneralBudgetExpenditureByFunction, "other:本年预算比上年执行数增减/金额")]
    [InlineData("比上年增减/金额", TableTypes.ThreePublicExpenses, "other:比上年增减/金额")]
    [InlineData("年初结转和结余/基本支出", TableTypes.GeneralBudgetExpenditureByFunction, "other:年初结转和结余/基本支出")]
    [InlineData("年末结转和结余/项目支出", TableTypes.GovernmentFundExpenditure, "other:年末结转和结余/项目支出")]
    // Round IZ's Fujian: what the year's income brought for basic and project spending is not the spending.
    [InlineData("本年收入/基本支出", TableTypes.GeneralBudgetExpenditureByFunction, "other:本年收入/基本支出")]
    [InlineData("本年收入/项目支出", TableTypes.GeneralBudgetExpenditureByFunction, "other:本年收入/项目支出")]
    // The national template's 财政拨款收支总表 names the funds 政府性基金预算拨款 on the expenditure side.
    [InlineData("支出/政府性基金预算拨款", TableTypes.FiscalAppropriationSummary, "fund.government_fund")]
    [InlineData("支出/一般公共预算拨款", TableTypes.FiscalAppropriationSummary, "fund.general_budget")]
    // The national budget template's 收入总表 names its sources by fund, each a column of its own.
    [InlineData("一般公共预算拨款收入", TableTypes.IncomeSummary, "income.general_budget")]
    [InlineData("一般公共预算", TableTypes.IncomeSummary, "income.general_budget")]
    [InlineData("政府性基金预算拨款收入", TableTypes.IncomeSummary, "income.government_fund")]
    [InlineData("财政专户管理资金收入", TableTypes.IncomeSummary, "income.special_account")]
    // Under 财政拨款 the fund is its part, not a source beside it.
    [InlineData("财政拨款收入/一般公共预算", TableTypes.IncomeSummary, "fund.general_budget")]
    // A procurement table by kind, its total under the heading of its budget, and the part reserved for small enterprises.
    [InlineData("政府采购预算/合计", TableTypes.GovernmentProcurement, "total")]
    [InlineData("政府采购预算/货物", TableTypes.GovernmentProcurement, "procurement.goods")]
    [InlineData("采购预算金额/服务类", TableTypes.GovernmentProcurement, "procurement.services")]
    [InlineData("面向中小企业预留", TableTypes.GovernmentProcurement, "procurement.sme_reserved")]
    // Round FA's Suzhou: 政府采购预算 | 面向中小企业预留 / 小计 | 其中：小微企业.
    [InlineData("政府采购预算", TableTypes.GovernmentProcurement, "total")]
    [InlineData("面向中小企业预留/小计", TableTypes.GovernmentProcurement, "procurement.sme_reserved")]
    [InlineData("货物", TableTypes.ProjectExpenditure, "other:货物")]
    // Round FE's Hebei: the vehicles' parts beside their column, each an 其中.
    [InlineData("其中：公务用车购置费", TableTypes.ThreePublicExpenses, "three_public.vehicle_purchase")]
    [InlineData("其中：公务用车运行费", TableTypes.ThreePublicExpenses, "three_public.vehicle_operation")]
    // A table by unit: each side's total, under its side's heading or named so; its income's 其他 the rest of the income.
    [InlineData("收入/收入合计", TableTypes.IncomeExpenditureByUnit, "income.total")]
    [InlineData("支出/合计", TableTypes.IncomeExpenditureByUnit, "expenditure.total")]
    [InlineData("支出合计", TableTypes.IncomeExpenditureByUnit, "expenditure.total")]
    [InlineData("收入/其他", TableTypes.IncomeExpenditureByUnit, "income.other_own")]
    [InlineData("支出/基本支出", TableTypes.IncomeExpenditureByUnit, "basic.total")]
    [InlineData("收入合计", TableTypes.IncomeSummary, "other:收入合计")]
    // Round GM's Hainan: 一般公共预算拨款收入 wrapped in its cell, read as two headings.
    [InlineData("一般公共预算/拨款收入", TableTypes.IncomeSummary, "income.general_budget")]
    [InlineData("政府性基金/预算拨款收入", TableTypes.IncomeSummary, "income.government_fund")]
    // Round GO's Zhejiang: the vehicles' parts as columns of their own beside 公务用车购置及运行费.
    [InlineData("其中：购置费", TableTypes.ThreePublicExpenses, "three_public.vehicle_purchase")]
    [InlineData("其中：运行费", TableTypes.ThreePublicExpenses, "three_public.vehicle_operation")]
    // Round KE's Beijing: the contracts awarded to small firms beside the procurement's, each over 合计 | 货物 | 工程 | 服务.
    [InlineData("政府采购合同金额/货物", TableTypes.GovernmentProcurement, "procurement.goods")]
    [InlineData("授予中小企业合同金额/货物", TableTypes.GovernmentProcurement, "other:授予中小企业合同金额/货物")]
    [InlineData("授予中小企业合同金额/合计", TableTypes.GovernmentProcurement, "other:授予中小企业合同金额/合计")]
    // Round KD's Zhejiang: 人员类 | 运转类 | 特定目标类, the basic spending's two parts and the projects.
    [InlineData("人员类", TableTypes.ExpenditureSummary, "basic.personnel")]
    [InlineData("运转类", TableTypes.ExpenditureSummary, "basic.public_funds")]
    [InlineData("特定目标类", TableTypes.ExpenditureSummary, "project.total")]
    public void Maps_a_printed_header_path_to_its_measure(string path, string type, string measure)
    {
        Assert.Equal(measure, MeasureMap.Measure(path.Split('/'), type, soleAmountColumn: false));
    }

    [Fact]
    public void Reads_the_only_amount_column_of_a_list_as_amount()
    {
        Assert.Equal("amount", MeasureMap.Measure(["合计"], TableTypes.GeneralBudgetBasicByEconomic, soleAmountColumn: true));
        // Round AD's Sichuan: a general-budget project list's one column, the year's appropriation.
        Assert.Equal("amount", MeasureMap.Measure(["本年拨款"], TableTypes.ProjectExpenditure, soleAmountColumn: true));
        Assert.StartsWith("other:", MeasureMap.Measure(["本年拨款"], TableTypes.ProjectExpenditure, soleAmountColumn: false));
        // Round GH's Zhejiang: 公务接待费 over 小计 | 国内接待费 | 国（境）外接待费.
        Assert.Equal(Measures.ThreePublicReception, MeasureMap.Measure(["公务接待费", "小计"], TableTypes.ThreePublicExpenses, soleAmountColumn: false));
        Assert.Equal(Measures.ThreePublicReceptionDomestic, MeasureMap.Measure(["公务接待费", "国内接待费"], TableTypes.ThreePublicExpenses, soleAmountColumn: false));
        Assert.Equal(Measures.ThreePublicReceptionForeign, MeasureMap.Measure(["公务接待费", "国（境）外接待费"], TableTypes.ThreePublicExpenses, soleAmountColumn: false));
        // Round GC's Xinjiang: a final account's list of projects by their outcome alone.
        Assert.Equal("amount", MeasureMap.Measure(["财政拨款项目支出决算数"], TableTypes.ProjectExpenditure, soleAmountColumn: true));
    }

    [Theory]
    [InlineData("单位编码")]
    [InlineData("科目名称")]
    [InlineData("采购数量")]
    [InlineData("项目(按功能分类)")]
    public void Knows_label_columns(string header)
    {
        Assert.True(MeasureMap.IsLabel([header]));
    }

    [Fact]
    public void Maps_the_columns_of_the_disclosure_corpus_as_their_truth_does()
    {
        int columns = 0, right = 0;
        foreach (var pdf in Fixtures.Pdfs("disclosures").Select(Path.GetFileName).Where(n => !n!.StartsWith("scan")))
        {
            var tables = processed[$"disclosures/{pdf}"].Tables;
            foreach (var truth in Fixtures.Truth(pdf!).GetProperty("tables").EnumerateArray())
            {
                var pages = truth.GetProperty("pages").EnumerateArray().Select(p => p.GetInt32()).ToList();
                var table = tables.Single(t => t.Pages.SequenceEqual(pages));
                var expected = truth.GetProperty("columns").EnumerateArray().Select(c => c.GetString()).ToList();
                columns += expected.Count;
                right += expected.Where((m, c) => c < table.Columns.Count && table.Columns[c] == m).Count();
            }
        }
        // Measured 98.5 %; the rest are header cells misplaced by the unruled header reader.
        Assert.True(right >= 0.98 * columns, $"{right} of {columns} columns mapped right");
    }
}
