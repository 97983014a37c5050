using Extractor.Mapping;
using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Tests.Wording;

/// <summary>
/// Printed variants of the publications' wording, province by province, against what each reads as: a new
/// province's wording is a new row here and an alternative in <c>src/Extractor/Wording</c>.
/// </summary>
public sealed class WordingTests
{
    [Fact]
    public void Names_each_line_the_classification_codes_by_name_once()
    {
        // The codes are looked up by name compared as the narrative's names are: two lines of one name could not both be told.
        var names = FunctionClasses.CommonLines.Values.Select(FunctionItemCodes.Normalised).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Theory]
    // Hubei
    [InlineData("2024年部门收支总预算2037.89万元,比2023年预算增加224.17万元,增长12.36%", FactKeys.ExpenditureTotal, "2037.89")]
    [InlineData("一般公共预算财政拨款收入1940.66万元,占95.23%", FactKeys.IncomeGeneralBudget, "1940.66")]
    [InlineData("2023年“三公”经费预算36.85万元", FactKeys.ThreePublicTotal, "36.85")]
    [InlineData("2024年“三公”经费财政拨款预算数为45.60万元", FactKeys.ThreePublicTotal, "45.60")]
    [InlineData("，公务接待费预算数为3.20万元", FactKeys.ThreePublicReception, "3.20")]
    [InlineData("，因公出国（境）费支出预算为0万元", FactKeys.ThreePublicOverseas, "0")]
    // Shanghai
    [InlineData("。支出预算5456.16万元，其中：基本支出4461.66万元", FactKeys.ExpenditureTotal, "5456.16")]
    [InlineData("2025年<单位>下属1家机关的机关运行经费预算为213.28万元", FactKeys.OperatingCosts, "213.28")]
    [InlineData("2024年度收入支出总计2995.39万元", FactKeys.IncomeExpenditureTotal, "2995.39")]
    [InlineData("2024年度财政拨款收入支出总计2961.68万元", FactKeys.FiscalAppropriationTotal, "2961.68")]
    [InlineData("一般公共预算财政拨款基本支出5364.75万元。其中：人员经费", FactKeys.GeneralBudgetBasic, "5364.75")]
    // Jiangsu
    [InlineData("，因公出国（境）费支出110万元，占“三公”经费的18.85%", FactKeys.ThreePublicOverseas, "110")]
    [InlineData("；单位预留机动经费182.92万元，占0.64%", FactKeys.ExpenditureReserve, "182.92")]
    [InlineData("；其他资金14.39万元，占0.06%", FactKeys.IncomeOther, "14.39")]
    [InlineData("，基本支出预算数为15,844.04万元。与上年相比增加1849.73万元，增长13.22%", FactKeys.ExpenditureBasic, "15,844.04")]
    [InlineData("2018年一般公共预算机关运行经费预算支出1,115.85万元，与上年相比减少2,233.13万元，下降66.69%", FactKeys.OperatingCosts, "1,115.85")]
    // The national template (Ministry of Finance), used by most provinces
    [InlineData("2024年收支总预算3,456.78万元，比2023年增加123.45万元，增长3.70%", FactKeys.ExpenditureTotal, "3,456.78")]
    [InlineData("2024年收入预算3,456.78万元，其中：上年结转100.00万元", FactKeys.IncomeTotal, "3,456.78")]
    [InlineData("。2024年支出预算3,456.78万元，其中：基本支出2,000.00万元", FactKeys.ExpenditureTotal, "3,456.78")]
    [InlineData("2024年一般公共预算拨款支出3,356.78万元，占本年支出合计的97.11%", FactKeys.GeneralBudgetTotal, "3,356.78")]
    [InlineData("2024年一般公共预算基本支出2,000.00万元，其中：人员经费", FactKeys.GeneralBudgetBasic, "2,000.00")]
    [InlineData("2023年度收入、支出决算总计5,000.00万元。", FactKeys.IncomeExpenditureTotal, "5,000.00")]
    [InlineData("2023年度财政拨款收入、支出决算总计4,800.00万元。", FactKeys.FiscalAppropriationTotal, "4,800.00")]
    [InlineData("本年收入合计4,800.00万元，其中：财政拨款收入4,700.00万元，占97.92%", FactKeys.IncomeFiscalAppropriation, "4,700.00")]
    [InlineData("2023年度收、支总计1,234.56万元。与2022年度相比，收、支总计各增加100.00万元", FactKeys.IncomeExpenditureTotal, "1,234.56")]
    [InlineData("2023年度财政拨款收、支总计1,100.00万元。", FactKeys.FiscalAppropriationTotal, "1,100.00")]
    [InlineData("2023年度政府采购支出总额500.00万元，其中：政府采购货物支出100.00万元", FactKeys.ProcurementTotal, "500.00")]
    [InlineData("。授予中小企业合同金额50.00万元，占政府采购支出总额的83.33%", FactKeys.ProcurementSmeAwarded, "50.00")]
    [InlineData("，其中：授予小微企业合同金额30.00万元，占授予中小企业合同金额的60.00%", FactKeys.ProcurementSmallMicroAwarded, "30.00")]
    [InlineData("、政府采购工程支出300.00万元", FactKeys.ProcurementWorks, "300.00")]
    // Other provinces: Guangxi, Gansu
    [InlineData("2018年收入总预算317.6万元，同比增加8.25万元，同比增长2.8%", FactKeys.IncomeTotal, "317.6")]
    [InlineData("2017年度，本单位收入为1687.45万元，其中：财政拨款收入1516.64万元", FactKeys.IncomeTotal, "1687.45")]
    [InlineData("2017年度，本单位支出为1942.57万元。其中：基本支出1121.09万元", FactKeys.ExpenditureTotal, "1942.57")]
    [InlineData("本单位财政拨款收入总计1516.64万元，与上年相比减少58.49万元，降低3.71%", FactKeys.IncomeFiscalAppropriation, "1516.64")]
    [InlineData("本单位一般公共预算财政拨款支出总计1741.75万元，与上年相比减少53.7万元", FactKeys.GeneralBudgetTotal, "1741.75")]
    [InlineData("2024年一般公共预算支出2945760.58元，同比增加65133.34元，增长2.26%", FactKeys.GeneralBudgetTotal, "2945760.58")]
    [InlineData("1.基本支出预算2476260.58元，占一般公共预算支出的84.06%，同比减少4966.66元", FactKeys.GeneralBudgetBasic, "2476260.58")]
    [InlineData("2.项目支出469500元，占一般公共预算支出的19.62%，同比增加70100元", FactKeys.GeneralBudgetProject, "469500")]
    [InlineData("（一）机关运行经费支出情况机关运行经费支出184.65万元，比2023年度增加2.55万元", FactKeys.OperatingCosts, "184.65")]
    [InlineData("2017年度部门政府采购预算总金额为1,271.22万元。", FactKeys.ProcurementTotal, "1,271.22")]
    // Round GP's Hunan: the assets at the year's end, with their change.
    [InlineData("截至2025年12月31日，本部门资产总额10319.00万元，较上年增加384.60万元，增长3.87%。", FactKeys.AssetsTotal, "10319.00")]
    [InlineData("其中，货物类政府采购支出预算259.32万元,占20.40%", FactKeys.ProcurementGoods, "259.32")]
    // Shanghai districts' overview wordings: 预算收入/支出总额, 财政拨款收支预算总额, 机关运行经费财政拨款预算, 其中财政拨款收入.
    [InlineData("2026年部门预算收入总额9628.22万元，其中", FactKeys.IncomeTotal, "9628.22")]
    [InlineData("2026年部门预算支出总额9628.22万元，其中", FactKeys.ExpenditureTotal, "9628.22")]
    [InlineData("2026年部门财政拨款收支预算总额9628.22万元，比2025年增加793.14万元", FactKeys.FiscalAppropriationTotal, "9628.22")]
    [InlineData("2026年本部门财政拨款收支预算总计2746.06万元，比2025年增加82.18万元，增长3.80%", FactKeys.FiscalAppropriationTotal, "2746.06")]
    [InlineData("2025年度财政拨款收入3065.24万元，财政拨款支出3058.16万元，比2024年度减少159.84万元，下降4.67%", FactKeys.FiscalAppropriationExpenditure, "3058.16")]
    [InlineData("2025年度财政拨款收入6569.99万元，全部为一般公共预算财政拨款；财政拨款支出6558.29万元，比2024年度减少711.02万元", FactKeys.FiscalAppropriationExpenditure, "6558.29")]
    [InlineData("；使用非财政拨款结余8.60万元，主要用于弥补县农业技术推广中心技术服务项目支出缺口", FactKeys.IncomeUseNonfiscalBalance, "8.60")]
    [InlineData("；结余分配21.20万元，为县农业技术推广中心按规定提取的职工福利基金", FactKeys.ExpenditureBalanceDistribution, "21.20")]
    [InlineData("。其中：国内公务接待费4.68万元，共接待14批次、96人次", FactKeys.ThreePublicReceptionDomestic, "4.68")]
    [InlineData("按照政府采购促进中小企业发展有关规定，预留337.00万元面向中小企业，占45.67%", FactKeys.ProcurementSmeReserved, "337.00")]
    [InlineData("2026年一般公共预算当年拨款2748.79万元，加上年结转120万元，安排一般公共预算支出2868.79万元，比上年增加365.53万元", FactKeys.GeneralBudgetTotal, "2868.79")]
    [InlineData("；国（境）外公务接待费0.00万元，未发生外事接待", FactKeys.ThreePublicReceptionForeign, "0.00")]
    [InlineData("2026年一般公共预算拨款支出预算9628.22万元，比2025年预算执行数增加793.14万元，增长8.98%", FactKeys.GeneralBudgetTotal, "9628.22")]
    [InlineData("2026年本部门机关运行经费财政拨款预算213.28万元，比2025年预算增加3.28万元", FactKeys.OperatingCosts, "213.28")]
    [InlineData("收入总额9628.22万元，其中财政拨款收入9628.22万元，占100%", FactKeys.IncomeFiscalAppropriation, "9628.22")]
    [InlineData("一般公共预算拨款安排的会议费预算支出1469.73万元，比上年预算增加164.48万元", FactKeys.MeetingCosts, "1469.73")]
    [InlineData("一般公共预算拨款安排的培训费预算支出363.38万元，比上年预算减少40.37万元", FactKeys.TrainingCosts, "363.38")]
    [InlineData("。其中拟购买货物525.4万元；", FactKeys.ProcurementGoods, "525.4")]
    [InlineData("；拟购买工程500万元；", FactKeys.ProcurementWorks, "500")]
    [InlineData("；拟购买服务2717万元。", FactKeys.ProcurementServices, "2717")]
    [InlineData("2018年度政府采购支出预算总额2064.25万元，其中", FactKeys.ProcurementTotal, "2064.25")]
    [InlineData("其中：拟采购货物支出59万元、", FactKeys.ProcurementGoods, "59")]
    [InlineData("、拟采购工程支出0万元、", FactKeys.ProcurementWorks, "0")]
    [InlineData("、拟购买服务支出2005.25万元。", FactKeys.ProcurementServices, "2005.25")]
    // Shanghai budgets list the income by kind after its total, the fiscal appropriation with its change.
    [InlineData("收入预算1,212.12万元，其中：财政拨款收入950.12万元，比2023年预算增加0.46万元；", FactKeys.IncomeFiscalAppropriation, "950.12")]
    [InlineData("收入预算1,212.12万元，其中：财政拨款收入950.12万元，比2023年预算增加0.46万元；事业收入262.00万元；", FactKeys.IncomePublicService, "262.00")]
    [InlineData("收入预算1,212.12万元，其中：财政拨款收入950.12万元；事业收入262.00万元；事业单位经营收入0.00万元；", FactKeys.IncomeBusiness, "0.00")]
    [InlineData("。一般公共预算拨款支出预算中，基本支出预算3,000.00万元，", FactKeys.GeneralBudgetBasic, "3,000.00")]
    [InlineData("。一般公共预算拨款支出预算中，基本支出预算3,000.00万元，项目支出预算6,001.68万元。", FactKeys.GeneralBudgetProject, "6,001.68")]
    [InlineData("（二）、公务车购置及运行费21.56万元，其中", FactKeys.ThreePublicVehicle, "21.56")]
    [InlineData("；公务车用车运行费21.56万元，比2022年预算持平", FactKeys.ThreePublicVehicleOperation, "21.56")]
    [InlineData("其中：（1）公务用车购置预算支出50万元，与上年预算数相等", FactKeys.ThreePublicVehiclePurchase, "50")]
    [InlineData("其中：因公出国(境)费用0万元", FactKeys.ThreePublicOverseas, "0")]
    [InlineData("；事业收入80.00万元，占6.67%", FactKeys.IncomePublicService, "80.00")]
    [InlineData("；经营收入0万元，占0%", FactKeys.IncomeBusiness, "0")]
    [InlineData("；上级补助收入0万元，占0%", FactKeys.IncomeHigherSubsidy, "0")]
    [InlineData("；附属单位上缴收入0万元，占0%", FactKeys.IncomeSubordinateRemit, "0")]
    [InlineData("；经营支出0万元，占0%", FactKeys.ExpenditureBusiness, "0")]
    [InlineData("；上缴上级支出0万元，占0%", FactKeys.ExpenditureRemitHigher, "0")]
    [InlineData("；对附属单位补助支出0万元，占0%", FactKeys.ExpenditureSubsidySubordinate, "0")]
    [InlineData("公务用车购置支出为12.00万元", FactKeys.ThreePublicVehiclePurchase, "12.00")]
    [InlineData("公务用车运行维护支出5.00万元", FactKeys.ThreePublicVehicleOperation, "5.00")]
    [InlineData("。财政专户管理资金147.20万元，占0.71%", FactKeys.IncomeSpecialAccount, "147.20")]
    [InlineData("省委办公厅2017年财政拨款预算支出20702.25万元，占本年支出合计99.29%", FactKeys.FiscalAppropriationTotal, "20702.25")]
    [InlineData("单位预留机动经费预算为1,157.63万元。与上年相比增加1,050.79万元", FactKeys.ExpenditureReserve, "1,157.63")]
    [InlineData("2017年一般公共预算机关运行经费支出预算3,348.98万元，比2016年增加2,173.13万元", FactKeys.OperatingCosts, "3,348.98")]
    // A final account's 三公 parts (Shanghai)
    [InlineData("其中：因公出国（境）费决算为0.00万元，完成预算的0.00%", FactKeys.ThreePublicOverseas, "0.00")]
    [InlineData("；公务用车购置及运行维护费支出决算为8.47万元，完成预算的60.50%", FactKeys.ThreePublicVehicle, "8.47")]
    [InlineData("“三公”经费财政拨款支出决算中，公务接待费支出决算0.39万元，占100.00%", FactKeys.ThreePublicReception, "0.39")]
    // Elsewhere (made-up figures)
    [InlineData("2019年本部门一般公共预算“三公”经费预算支出9.80万元，较上年减少18.50万元（65.37%）", FactKeys.ThreePublicTotal, "9.80")]
    [InlineData("2023年度收入合计4680.00万元，与2022年度相比，收入合计减少2400.00万元，下降33.90%", FactKeys.IncomeTotal, "4680.00")]
    [InlineData("农业部机关运行经费财政拨款预算5700.00万元，较2014年预算减少3000.00万元", FactKeys.OperatingCosts, "5700.00")]
    [InlineData("（包括：公务用车运行维护费2600万元、公务用车购置1400万元）", FactKeys.ThreePublicVehiclePurchase, "1400")]
    // Performance targets: Shanghai budgets, final accounts
    [InlineData("2023年度，本部门编报绩效目标的项目5个，涉及项目预算资金3328.13万元", FactKeys.PerformanceProjectFunds, "3328.13")]
    [InlineData("本单位编报绩效目标的项目共4个，涉及项目预算资金598.46万元", FactKeys.PerformanceProjectFunds, "598.46")]
    [InlineData("编报绩效目标的2024年度项目4个，涉及预算金额175.52万元", FactKeys.PerformanceProjectFunds, "175.52")]
    public void Reads_each_provinces_wording_of_a_figure_as_its_fact(string printed, string key, string amount)
    {
        var match = NarrativePhrasings.MoneyFacts.Where(f => f.Key == key).Select(f => f.Pattern.Match(printed)).FirstOrDefault(m => m.Success);

        Assert.NotNull(match);
        Assert.Equal(amount, match.Groups["amount"].Value);
    }

    [Theory]
    // A kind's procurement is no total of it; nor is an amount after a list's 其中 a part where the sentence has none.
    [InlineData("。其中，货物类政府采购支出预算259.32万元，占20.40%", FactKeys.ProcurementTotal)]
    [InlineData("。事业收入262.00万元；", FactKeys.IncomePublicService)]
    // Last year's assets named in a comparison are not this year's.
    [InlineData("比上年资产总额9934.40万元增加384.60万元", FactKeys.AssetsTotal)]
    [InlineData("，较2024年末资产总额9934.40万元增加384.60万元", FactKeys.AssetsTotal)]
    [InlineData("其中：固定资产总额5000.00万元", FactKeys.AssetsTotal)]
    // The year's appropriation before last year's carry-over is added to it: the general budget's spending is the sum.
    [InlineData("2026年一般公共预算当年拨款2748.79万元，加上年结转120万元", FactKeys.GeneralBudgetTotal)]
    [InlineData("2026年一般公共预算当年拨款2748.79万元，加上上年结转120万元", FactKeys.GeneralBudgetTotal)]
    public void Keeps_a_figure_from_the_fact_its_words_resemble(string printed, string key) =>
        Assert.DoesNotContain(NarrativePhrasings.MoneyFacts.Where(f => f.Key == key), f => f.Pattern.IsMatch(printed));

    [Theory]
    [InlineData("，与上年相比减少1,649.26万元，降幅81.6%", "decrease", "1,649.26", "81.6")]
    [InlineData("，与上年相比增加28.1万元，增加7.57%", "increase", "28.1", "7.57")]
    [InlineData("。与上年相比减少了1237.7万元，减少13.22%", "decrease", "1237.7", "13.22")]
    [InlineData("，与上年相比收、支预算总计各增加2214.39万元，增长10.06%", "increase", "2214.39", "10.06")]
    [InlineData(",比2023年预算增加224.17万元,增长12.36%", "increase", "224.17", "12.36")]
    [InlineData("，比上年增加12.5万元，增长3.2%", "increase", "12.5", "3.2")]
    [InlineData("，较上年预算数减少8.00万元，下降1.10%", "decrease", "8.00", "1.10")]
    [InlineData("，较2023年度减少8.00万元，下降1.10%", "decrease", "8.00", "1.10")]
    [InlineData("，比上年增长5.2%", "increase", "", "5.2")]
    [InlineData("，比2023年预算下降3.10%", "decrease", "", "3.10")]
    [InlineData("，同比增加8.25万元，同比增长2.8%", "increase", "8.25", "2.8")]
    [InlineData("，与上年数相比，减少0.8万元，下降0.18%", "decrease", "0.8", "0.18")]
    [InlineData("，比上年相比减少3,309.98万元，降幅54.9%", "decrease", "3,309.98", "54.9")]
    // A template's unchosen alternative left beside the word: the word printed first is the direction.
    [InlineData("，比2023年度减少（增加）0.15万元，下降（增长）27.78%", "decrease", "0.15", "27.78")]
    // The change opening the next sentence with its base.
    [InlineData("。比2022年预算增加95.54万元，增长1.78%", "increase", "95.54", "1.78")]
    // The rate in brackets after the amount.
    [InlineData("，较上年减少1.5万元（42.86%）", "decrease", "1.5", "42.86")]
    public void Reads_each_wording_of_a_change(string printed, string direction, string amount, string pct)
    {
        var match = new System.Text.RegularExpressions.Regex("^" + NarrativePhrasings.Change).Match(printed);

        Assert.Equal((direction, amount, pct), (NarrativePhrasings.Direction(match.Groups["direction"].Value), match.Groups["camount"].Value, match.Groups["pct"].Value));
    }

    [Theory]
    [InlineData("合计", "Total")]
    [InlineData("总计", "Total")]
    [InlineData("机关运行经费合计", "OperatingCostsTotal")]
    [InlineData("合计", "OperatingCostsTotal")]
    [InlineData("收入总计", "GrandTotal")]
    [InlineData("总计", "GrandTotal")]
    [InlineData("其中：(1)公务用车购置费", "VehiclePurchase")]
    [InlineData("（2）公务用车运行维护费", "VehicleOperation")]
    [InlineData("一、货物", "Enumerated")]
    [InlineData("支出总计", "ExpenditureTotal")]
    [InlineData("支出总计", "SideTotal")]
    [InlineData("合 计", "AnyTotal")]
    [InlineData("小计", "AnyTotal")]
    [InlineData("本年收入合计", "IncomeOfYear")]
    [InlineData("本年支出合计", "ExpenditureOfYear")]
    [InlineData("本年经济分类支出合计", "AnyOfYear")]
    [InlineData("年初结转和结余", "OpeningBalance")]
    [InlineData("年初财政拨款结转和结余", "OpeningBalance")]
    [InlineData("年末财政拨款结转和结余", "ClosingBalance")]
    [InlineData("使用非财政拨款结余（含专用结余）", "UsedNonfiscalBalance")]
    [InlineData("结余分配", "BalanceDistributed")]
    [InlineData("财政拨款", "FiscalAppropriation")]
    [InlineData("一、一般公共预算", "GeneralBudgetIncome")]
    [InlineData("一、一般公共预算资金", "GeneralBudgetIncome")]
    [InlineData("一般公共预算拨款收入", "GeneralBudgetIncome")]
    [InlineData("二、政府性基金预算", "GovernmentFundIncome")]
    [InlineData("政府性基金预算财政拨款", "GovernmentFundIncome")]
    [InlineData("三、单位预留机动经费", "Reserve")]
    // Jiangsu's summaries, and what they carry.
    [InlineData("当年收入小计", "IncomeOfYear")]
    [InlineData("当年支出小计", "AnyOfYear")]
    [InlineData("当年收入小计", "AnyOfYear")]
    [InlineData("当年收入", "AnyOfYear")]
    [InlineData("本年收入合计", "AnyOfYear")]
    [InlineData("本年功能科目支出合计", "AnyOfYear")]
    [InlineData("收入合计", "IncomeSum")]
    [InlineData("支出合计", "ExpenditureSum")]
    [InlineData("收入总计", "SideTotal")]
    [InlineData("总计", "SideTotal")]
    [InlineData("支出合计", "SideTotal")]
    [InlineData("支出功能科目总计", "SideTotal")]
    [InlineData("其中：动用上年结转和结余资金", "OfWhich")]
    [InlineData("小计", "Subtotal")]
    [InlineData("208社会保障和就业", "ClassCoded")]
    [InlineData("人员经费合计", "BasicSplitTotal")]
    [InlineData("公用经费合计", "BasicSplitTotal")]
    [InlineData("经济分类", "EconomicSideHead")]
    [InlineData("政府经济分类", "GovernmentEconomicHead")]
    [InlineData("一般资本性支出", "EconomicClassLine")]
    [InlineData("对个人和家庭补助支出", "EconomicClassLine")]
    [InlineData("公共项目(专项资金)支出", "ProjectKindLine")]
    [InlineData("部门项目支出", "ProjectKindLine")]
    [InlineData("一、货物 A", "ProcurementGoods")]
    [InlineData("一、货物A", "ProcurementGoods")]
    [InlineData("二、工程 B", "ProcurementWorks")]
    [InlineData("三、服务 C", "ProcurementServices")]
    [InlineData("服务类", "ProcurementServices")]
    public void Reads_each_printed_label_of_a_line(string label, string concept)
    {
        var regex = concept switch
        {
            "Total" => LineLabels.Total(), "OperatingCostsTotal" => LineLabels.OperatingCostsTotal(), "GrandTotal" => LineLabels.GrandTotal(), "VehiclePurchase" => LineLabels.VehiclePurchase(),
            "VehicleOperation" => LineLabels.VehicleOperation(), "Enumerated" => LineLabels.Enumerated(),
            "ExpenditureTotal" => LineLabels.ExpenditureTotal(),
            "AnyTotal" => LineLabels.AnyTotal(), "IncomeOfYear" => LineLabels.IncomeOfYear(), "ExpenditureOfYear" => LineLabels.ExpenditureOfYear(),
            "OpeningBalance" => LineLabels.OpeningBalance(),
            "ClosingBalance" => LineLabels.ClosingBalance(), "UsedNonfiscalBalance" => LineLabels.UsedNonfiscalBalance(),
            "BalanceDistributed" => LineLabels.BalanceDistributed(), "GeneralBudgetIncome" => LineLabels.GeneralBudgetIncome(),
            "GovernmentFundIncome" => LineLabels.GovernmentFundIncome(), "Reserve" => LineLabels.Reserve(),
            "AnyOfYear" => LineLabels.AnyOfYear(), "IncomeSum" => LineLabels.IncomeSum(), "ExpenditureSum" => LineLabels.ExpenditureSum(),
            "SideTotal" => LineLabels.SideTotal(), "OfWhich" => LineLabels.OfWhich(),
            "Subtotal" => LineLabels.Subtotal(), "ClassCoded" => LineLabels.ClassCoded(), "BasicSplitTotal" => LineLabels.BasicSplitTotal(),
            "ProcurementGoods" => LineLabels.ProcurementGoods(), "ProcurementWorks" => LineLabels.ProcurementWorks(),
            "ProcurementServices" => LineLabels.ProcurementServices(), "EconomicSideHead" => LineLabels.EconomicSideHead(),
            "GovernmentEconomicHead" => LineLabels.GovernmentEconomicHead(), "EconomicClassLine" => LineLabels.EconomicClassLine(),
            "ProjectKindLine" => LineLabels.ProjectKindLine(),
            _ => LineLabels.FiscalAppropriation(),
        };

        Assert.True(regex.IsMatch(label), $"{label} as {concept}");
    }

    [Theory]
    [InlineData("支出功能科目总计", "ExpenditureTotal")]
    [InlineData("年初结转和结余", "ClosingBalance")]
    [InlineData("一、财政拨款(补助)", "FiscalAppropriation")]
    [InlineData("本年收入", "IncomeOfYear")]
    [InlineData("一、一般公共服务支出", "SideTotal")]
    [InlineData("2023", "ClassCoded")]
    [InlineData("20805", "ClassCoded")]
    [InlineData("商品和服务支出", "ProcurementServices")]
    [InlineData("保洁服务", "ProcurementServices")]
    [InlineData("项目支出", "ProjectKindLine")]
    [InlineData("政府经济分类", "EconomicSideHead")]
    public void Keeps_apart_labels_of_other_lines(string label, string concept)
    {
        var regex = concept switch
        {
            "ExpenditureTotal" => LineLabels.ExpenditureTotal(), "ClosingBalance" => LineLabels.ClosingBalance(),
            "FiscalAppropriation" => LineLabels.FiscalAppropriation(),
            "SideTotal" => LineLabels.SideTotal(), "ClassCoded" => LineLabels.ClassCoded(), "ProcurementServices" => LineLabels.ProcurementServices(),
            "ProjectKindLine" => LineLabels.ProjectKindLine(), "EconomicSideHead" => LineLabels.EconomicSideHead(),
            _ => LineLabels.IncomeOfYear(),
        };

        Assert.False(regex.IsMatch(label), $"{label} as {concept}");
    }

    [Theory]
    [InlineData("一般公共预算财政拨款收入", Measures.FundGeneralBudget)]
    [InlineData("政府性基金预算财政拨款", Measures.FundGovernmentFund)]
    [InlineData("国有资本经营预算财政拨款收入", Measures.FundStateCapital)]
    public void Reads_the_fund_an_income_row_names(string label, string measure) =>
        Assert.Equal(measure, LineLabels.FundRows.Single(f => label.Contains(f.Word, StringComparison.Ordinal)).Measure);

    [Theory]
    [InlineData("八、社会保障和就业支出", "社会保障和就业")]
    [InlineData("（二）公共安全支出", "公共安全")]
    [InlineData("1.住房保障支出", "住房保障")]
    public void Sets_an_enumerator_apart_from_a_class_name(string label, string name) =>
        Assert.Equal(name, FunctionItemCodes.Normalised(LineLabels.Enumerator().Replace(label, "")));

    [Theory]
    [InlineData("公开 07 表：一般公共预算支出预算表", TableTypes.GeneralBudgetExpenditureByFunction)]
    [InlineData("2025年部门“三公”经费和机关运行经费预算表", TableTypes.ThreePublicExpenses)]
    [InlineData("财政拨款基本支出预算表（经济科目）", TableTypes.FiscalAppropriationBasicByEconomic)]
    [InlineData("收入支出决算总表", TableTypes.IncomeExpenditureSummary)]
    [InlineData("部门决算收支总表", TableTypes.IncomeExpenditureSummary)]
    [InlineData("一般公共预算财政拨款支出决算明细表", TableTypes.GeneralBudgetExpenditureByFunction)]
    [InlineData("一、收入支出决算表", TableTypes.IncomeExpenditureSummary)]
    [InlineData("四、财政拨款收入支出决算表", TableTypes.FiscalAppropriationSummary)]
    [InlineData("政府性基金预算财政拨款收入支出决算表", TableTypes.GovernmentFundExpenditure)]
    [InlineData("五、一般公共预算财政拨款收入支出决算表", TableTypes.GeneralBudgetExpenditureByFunction)]
    public void Reads_each_provinces_title_of_a_table(string title, string type) => Assert.Equal(type, TableTyper.ByTitle(title));

    [Theory]
    // Words of a fund or a classification before 支出 are the table's own name, not a department's: such a table is
    // no summary of the department's expenditure (and stays unknown to the title rules).
    [InlineData("政府经济分类支出预算表")]
    [InlineData("财政专户管理资金支出预算表")]
    [InlineData("本年支出经济分类预算表")]
    public void Takes_no_table_named_by_a_fund_or_classification_for_a_summary(string title) => Assert.Equal(TableTypes.Unknown, TableTyper.ByTitle(title));

    [Theory]
    [InlineData("上海市普陀区财政局部门收支总表", TableTypes.IncomeExpenditureSummary)]
    [InlineData("江苏省省级机关事务管理局部门支出总表", TableTypes.ExpenditureSummary)]
    public void Reads_a_table_name_after_a_departments(string title, string type) => Assert.Equal(type, TableTyper.ByTitle(title));

    [Theory]
    [InlineData("2025年当年预算执行数为2149.45万元，2026年预算安排2170.39万元", "2149.45", "2170.39")]
    [InlineData("2022年当年预算执行数为1.48万元，2023年预算安排2.63万元", "1.48", "2.63")]
    public void Reads_last_years_figure_and_this_years_plan_of_an_item(string printed, string prior, string planned) =>
        Assert.Equal((prior, planned), (ItemParagraphs.PriorYear().Match(printed).Groups["amount"].Value, ItemParagraphs.Planned().Match(printed).Groups["amount"].Value));

    [Theory]
    [InlineData("执行数", "execution")]
    [InlineData("数", "budget")]
    public void Reads_which_of_last_years_figures_an_item_paragraph_states(string kind, string prior) =>
        Assert.Equal(prior, ItemParagraphs.PriorKind(kind));

    [Theory]
    [InlineData("公共安全支出（类）司法（款）基层司法业务（项）", "公共安全支出|类|3;司法|款|5;基层司法业务|项|7")]
    [InlineData("卫生健康支出(类)计划生育事务(款)", "卫生健康支出|类|3;计划生育事务|款|5")]
    [InlineData("商品和服务支出（类）维修（护）费（款）", "商品和服务支出|类|3;维修（护）费|款|5")]
    public void Reads_each_level_an_item_names_with_its_code_length(string names, string levels) =>
        Assert.Equal(levels, string.Join(";", ItemParagraphs.NamedLevel().Matches(names)
            .Select(m => $"{m.Groups["name"].Value}|{m.Groups["level"].Value}|{ItemParagraphs.CodeLength(m.Groups["level"].Value[0])}")));

    [Theory]
    [InlineData("万元商品和服务支出", "商品和服务支出")]
    [InlineData("亿元基本工资", "基本工资")]
    [InlineData("万元", "万元")]
    [InlineData("元旦慰问", "元旦慰问")]
    public void Reads_a_name_without_the_unit_of_the_figure_before_it(string read, string name) =>
        Assert.Equal(name, ItemParagraphs.WithoutUnitBefore(read));

    [Theory]
    [InlineData("工资福利支出", "301")]
    [InlineData("商品和服务支出", "302")]
    [InlineData("对个人和家庭的补助支出", "303")]
    [InlineData("一般公共服务支出", null)]
    public void Tells_an_economic_class_from_a_function_class(string name, string? code) =>
        Assert.Equal(code, ColumnHeaders.EconomicClassCode(name));

    [Theory]
    [InlineData("增加", "increase")]
    [InlineData("减少", "decrease")]
    [InlineData("增长", "increase")]
    [InlineData("上升", "increase")]
    [InlineData("下降", "decrease")]
    [InlineData("降低", "decrease")]
    public void Reads_the_direction_of_a_change(string printed, string direction) => Assert.Equal(direction, NarrativePhrasings.Direction(printed));

    [Theory]
    [InlineData("年初预算为1560.05万元，支出决算为1511.89万元，完成年初预算的96.91%。决算数小于年初预算数", "less", null)]
    [InlineData("年初预算为10.00万元，支出决算为12.00万元。决算数高于预算数", "greater", null)]
    [InlineData("年初预算为10.00万元，支出决算为10.00万元。决算数等于预算数", "equal", null)]
    [InlineData("年初预算为10.00万元，支出决算为10.00万元。决算数与预算数持平", "equal", null)]
    [InlineData("年初预算为10.00万元，支出决算为10.00万元。决算数与预算数基本持平", "about_equal", null)]
    [InlineData("年初预算数120.00万元，支出决算数130.00万元，完成年初预算的108.33%，决算数大于年初预算数", "greater", null)]
    [InlineData("年初预算数120.00万元，支出决算数130.00万元，完成年初预算的108.33%，决算数大于预算数10.00万元", "greater", "100000.00")]
    // The difference from the budget named without 决算数 ("比年初预算减少…").
    [InlineData("年初预算为100.00万元，支出决算为90.00万元，完成年初预算的90.00%，比年初预算减少10.00万元", "less", "100000.00")]
    public void Reads_how_a_budget_carried_out_compares(string printed, string? comparison, string? difference)
    {
        var execution = PrintedFigures.Execution(NarrativePhrasings.Execution.Match(printed));

        Assert.Equal((comparison, difference), (execution?.Stated, execution?.Difference?.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("年初预算为0.88万元，支出决算为0.88万元，完成年初预算的100.00%。", "100.00")]
    [InlineData("年初预算为0.88万元，支出决算为0.88万元。完成年初预算的100.00%。", "100.00")]
    // After the comparison with the budget: "决算数大于预算数26.80万元，完成年初预算的110.72%".
    [InlineData("年初预算为250.00万元，支出决算为276.80万元，决算数大于预算数26.80万元，完成年初预算的110.72%。", "110.72")]
    public void Reads_a_completion_rate_stated_in_the_same_or_the_next_sentence_or_after_the_comparison(string printed, string pct) =>
        Assert.Equal(pct, NarrativePhrasings.Execution.Match(printed).Groups["completion"].Value);

    [Theory]
    [InlineData("收入支出决算总表", true)]
    [InlineData("一般公共预算财政拨款支出预算表(功能分类项级)", true)]
    [InlineData("表一", true)]
    [InlineData("第一部分 部门概况", false)]
    public void Tells_a_line_that_names_a_table(string line, bool table) => Assert.Equal(table, TableTitles.Shape().IsMatch(line));

    [Theory]
    [InlineData("收支预算总表", "预算")]
    [InlineData("财政拨款支出预算表", "预算")]
    [InlineData("收入支出决算总表", "决算")]
    [InlineData("一、财政拨款收入支出决算总表", "决算")]
    public void Reads_the_phase_a_table_title_names(string title, string phase) =>
        Assert.Equal(phase, TableTitles.WithPhase().Match(title).Groups["phase"].Value);

    [Theory]
    [InlineData("行政运行（项）支出100.00万元，比上年增加10.00万元，增长11.11%。", false)]
    [InlineData("行政运行（项）预算数为100.00万元，较上年减少10.00万元，下降9.09%。", true)]
    public void Reads_an_item_paragraph_worded_against_last_year_without_its_year(string printed, bool decrease)
    {
        var fact = Assert.Single(FunctionItemReader.Read(printed, new int[printed.Length], 2024, new bool[printed.Length]));

        Assert.Equal(1000000.00m, fact.Value);
        Assert.Equal(new FactChange(2023, 100000.00m, decrease ? 9.09m : 11.11m, decrease ? "decrease" : "increase"), fact.Change);
    }
    [Theory]
    [InlineData("项目资金总额", Measures.ProjectFundsTotal)]
    [InlineData("中期资金总额：", Measures.ProjectFundsTotal)]
    [InlineData("年度资金申请总额", Measures.ProjectFundsAnnual)]
    [InlineData("年度资金总额：", Measures.ProjectFundsAnnual)]
    [InlineData("其中：财政资金", Measures.ProjectFundsFiscal)]
    [InlineData("其中：当年财政拨款", Measures.ProjectFundsAnnualAppropriation)]
    [InlineData("其中：财政拨款", Measures.ProjectFundsAnnualAppropriation)]
    [InlineData("上年结转资金", Measures.ProjectFundsAnnualCarryover)]
    public void Reads_each_label_of_a_performance_forms_fund_block(string label, string measure) =>
        Assert.Contains(PerformanceFormLabels.Blocks.SelectMany(b => new[] { (b.Total, b.TotalLabel) }.Concat(b.Parts.Select(p => (p.Measure, p.Label)))),
            l => l.Item1 == measure && l.Item2.IsMatch(label));

    [Theory]
    [InlineData("编报绩效目标的项目共25个，", "25")]
    [InlineData("编报绩效目标的2024年度项目39个，", "39")]
    public void Reads_how_many_projects_have_performance_targets(string printed, string count) =>
        Assert.Equal(count, NarrativePhrasings.CountFacts.Single(f => f.Key == FactKeys.PerformanceProjects).Pattern.Match(printed).Groups["count"].Value);

    [Theory]
    [InlineData("一、财政拨款收入", 1)]
    [InlineData("十九、住房保障支出", 1)]
    [InlineData("（一）财政指标拨款(补助)", 2)]
    [InlineData("(二)纳入金库非税收入安排的拨款", 2)]
    [InlineData("1、一般公共预算资金", 3)]
    [InlineData("2. 政府性基金预算", 3)]
    [InlineData("（1）公务用车购置费", 4)]
    [InlineData("本年收入合计", null)]
    [InlineData("1.5万元", null)]
    public void Reads_how_deep_a_summary_lines_enumerator_sets_it(string label, int? depth) =>
        Assert.Equal(depth, LineLabels.EnumeratorDepth(label));

    [Theory]
    [InlineData("五、上年结转", 0)]
    [InlineData("上年结转结余", 0)]
    [InlineData("上年结转资金", 0)]
    [InlineData("五、结转下年", 1)]
    [InlineData("一般公共预算拨款上年结转", 0)]
    [InlineData("结转下年资金", 1)]
    [InlineData("二、年初结转和结余", 2)]
    [InlineData("年初财政拨款结转和结余", 2)]
    [InlineData("年末财政拨款结转和结余", 3)]
    [InlineData("年终结转结余", 3)]
    [InlineData("使用非财政拨款结余（含专用结余）", 4)]
    [InlineData("结余分配", 5)]
    [InlineData("用事业基金弥补收支差额", 6)]
    [InlineData("提取职工福利基金", null)]
    [InlineData("一、一般公共预算财政拨款", null)]
    public void Reads_which_amount_a_summary_carries_a_line_is(string label, int? kind) =>
        Assert.Equal(kind, LineLabels.CarryKind(label));

    [Theory]
    [InlineData("黄石市下陆区教育局2025年部门支出总表", "部门支出总表")]
    [InlineData("部门收支总表（2025年度）", "部门收支总表")]
    [InlineData("表3 支出决算表", "表3支出决算表")]
    [InlineData("一般公共预算支出情况表（按政府预算经济分类）", "一般公共预算支出情况表（按政府预算经济分类）")]
    public void Names_a_table_by_its_title_without_the_department_and_year(string title, string named) =>
        Assert.Equal(named, TableTitles.Named(title));
}
