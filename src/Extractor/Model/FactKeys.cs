namespace Extractor.Model;

/// <summary>Canonical narrative fact keys (canonical-schema.md, "Fact").</summary>
public static class FactKeys
{
    public const string ExpenditureTotal = "expenditure.total";
    public const string ExpenditureBasic = "expenditure.basic";
    public const string ExpenditureProject = "expenditure.project";
    public const string GeneralBudgetTotal = "general_budget.total";
    public const string GeneralBudgetBasic = "general_budget.basic";
    public const string GeneralBudgetProject = "general_budget.project";
    public const string FiscalAppropriationTotal = "fiscal_appropriation.total";

    /// <summary>
    /// A final account's 财政拨款支出 of the year stated beside its income (本年支出合计 of the 财政拨款收入支出决算总表),
    /// without the closing balance its 总计 adds.
    /// </summary>
    public const string FiscalAppropriationExpenditure = "fiscal_appropriation.expenditure";

    /// <summary>A final account's 年初结转和结余 and 年末结转和结余 of the whole department, ids as the summary's lines.</summary>
    public const string CarryoverOpening = Measures.CarryoverOpening;
    public const string CarryoverClosing = Measures.CarryoverClosing;

    /// <summary>A final account's 使用非财政拨款结余 and 结余分配 of the whole department, ids as the summary's lines.</summary>
    public const string IncomeUseNonfiscalBalance = Measures.IncomeUseNonfiscalBalance;
    public const string ExpenditureBalanceDistribution = Measures.ExpenditureBalanceDistribution;

    /// <summary>A final account's 年初/年末财政拨款结转和结余: the appropriated funds' balances alone.</summary>
    public const string FiscalAppropriationCarryoverOpening = "fiscal_appropriation.carryover_opening";
    public const string FiscalAppropriationCarryoverClosing = "fiscal_appropriation.carryover_closing";

    /// <summary>
    /// A final account's 年初/年末结转和结余 of one fund of the appropriation, as the paragraph on that fund states them beside its year's
    /// income and spending (一般公共预算财政拨款：年初结转和结余…，本年收入…，本年支出…，年末结转和结余…).
    /// </summary>
    public const string GeneralBudgetCarryoverOpening = "general_budget.carryover_opening";
    public const string GeneralBudgetCarryoverClosing = "general_budget.carryover_closing";
    public const string GovernmentFundCarryoverOpening = "government_fund.carryover_opening";
    public const string GovernmentFundCarryoverClosing = "government_fund.carryover_closing";
    public const string StateCapitalCarryoverOpening = "state_capital.carryover_opening";
    public const string StateCapitalCarryoverClosing = "state_capital.carryover_closing";

    /// <summary>政府性基金预算(财政)拨款支出: the government-fund part of the fiscal appropriation.</summary>
    public const string GovernmentFundTotal = "government_fund.total";

    /// <summary>国有资本经营预算(财政)(拨款)支出: the state-capital part of the fiscal appropriation.</summary>
    public const string StateCapitalTotal = "state_capital.total";

    /// <summary>收入支出总计: the grand total both sides of the income and expenditure summary print.</summary>
    public const string IncomeExpenditureTotal = "income_expenditure.total";
    public const string ExpenditurePersonnel = "expenditure.personnel";
    public const string ExpenditurePublicFunds = "expenditure.public_funds";
    public const string IncomeTotal = "income.total";
    public const string IncomeGeneralBudget = Measures.IncomeGeneralBudget;
    public const string IncomeGovernmentFund = "income.government_fund";
    public const string IncomeStateCapital = Measures.IncomeStateCapital;

    /// <summary>A final account's 财政拨款收入 as a part of its income (general budget and government funds together).</summary>
    public const string IncomeFiscalAppropriation = "income.fiscal_appropriation";
    public const string IncomeCarryover = "income.carryover";
    public const string IncomeOther = "income.other";

    /// <summary>The other parts of an income or expenditure composition, named as the tables' columns are.</summary>
    public const string IncomePublicService = Measures.IncomePublicService;
    public const string IncomeSpecialAccount = Measures.IncomeSpecialAccount;
    public const string IncomeBusiness = Measures.IncomeBusiness;
    public const string IncomeHigherSubsidy = Measures.IncomeHigherSubsidy;
    public const string IncomeSubordinateRemit = Measures.IncomeSubordinateRemit;
    public const string ExpenditureBusiness = Measures.ExpenditureBusiness;
    public const string ExpenditureRemitHigher = Measures.ExpenditureRemitHigher;
    public const string ExpenditureSubsidySubordinate = Measures.ExpenditureSubsidySubordinate;

    /// <summary>单位预留机动经费: Jiangsu's part of expenditure beside basic and project.</summary>
    public const string ExpenditureReserve = "expenditure.reserve";
    public const string ThreePublicTotal = "three_public.total";
    public const string ThreePublicOverseas = "three_public.overseas";
    public const string ThreePublicVehicle = "three_public.vehicle";
    public const string ThreePublicReception = "three_public.reception";

    /// <summary>公务接待费's two parts as a final account states them: 国内公务接待费 and 国（境）外公务接待费.</summary>
    public const string ThreePublicReceptionDomestic = Measures.ThreePublicReceptionDomestic;
    public const string ThreePublicReceptionForeign = Measures.ThreePublicReceptionForeign;
    public const string ThreePublicVehiclePurchase = "three_public.vehicle_purchase";
    public const string ThreePublicVehicleOperation = "three_public.vehicle_operation";
    public const string OperatingCosts = "operating_costs";
    public const string MeetingCosts = Measures.MeetingCosts;
    public const string TrainingCosts = Measures.TrainingCosts;
    /// <summary>The department's assets at the year's end (国有资产占用情况: 资产总额…万元), with its change where stated.</summary>
    public const string AssetsTotal = "assets.total";
    public const string ProcurementTotal = "procurement.total";
    public const string ProcurementGoods = "procurement.goods";
    public const string ProcurementWorks = "procurement.works";
    public const string ProcurementServices = "procurement.services";

    /// <summary>面向中小企业预留: the procurement budget set aside for small and medium enterprises.</summary>
    public const string ProcurementSmeReserved = "procurement.sme_reserved";

    /// <summary>Of that, the part set aside for small and micro enterprises (预留给小型和微型企业 / 面向小微企业预留).</summary>
    public const string ProcurementSmallMicroReserved = "procurement.small_micro_reserved";

    /// <summary>A final account's amount SMEs won among the projects set aside for them.</summary>
    public const string ProcurementSmeWonReserved = "procurement.sme_won_reserved";

    /// <summary>A final account's amount SMEs won among the other procurement projects.</summary>
    public const string ProcurementSmeWonOther = "procurement.sme_won_other";

    /// <summary>A final account's contracts awarded to SMEs (授予中小企业合同金额), with its share of the procurement total.</summary>
    public const string ProcurementSmeAwarded = "procurement.sme_awarded";

    /// <summary>Of that, the contracts awarded to small and micro enterprises (授予小微企业合同金额), with its share of the SMEs'.</summary>
    public const string ProcurementSmallMicroAwarded = "procurement.small_micro_awarded";
    public const string PurchasedServicesTotal = "purchased_services.total";
    public const string StaffAuthorized = "staff.authorized";
    public const string StaffActual = "staff.actual";
    public const string StaffRetired = "staff.retired";
    public const string VehiclesTotal = "vehicles.total";

    /// <summary>The vehicles the year's budget buys (预算安排购置车辆1辆).</summary>
    public const string VehiclesPurchase = "vehicles.purchase";

    /// <summary>
    /// A named part of a count stated with its whole (共有车辆8辆，其中：…其他用车8辆; 共有编制46人，其中：行政编制21人…):
    /// the fact's name is the part's printed name, its share-of the whole's key.
    /// </summary>
    public const string CountPart = "count.part";

    /// <summary>
    /// A named part of an amount stated with its whole (资产总额6,419.16万元，其中：流动资产2,841.37万元，固定资产3,125.68万元…): the fact's
    /// name is the part's printed name, its share-of the whole's key.
    /// </summary>
    public const string AmountPart = "amount.part";

    /// <summary>How many projects the narrative says have performance targets (编报绩效目标的项目5个).</summary>
    public const string PerformanceProjects = "performance_targets.projects";

    /// <summary>The budget of those projects together (涉及项目预算资金3328.13万元).</summary>
    public const string PerformanceProjectFunds = "performance_targets.project_funds";

    /// <summary>
    /// A narrative paragraph on one 类, 款 or 项 of the function classification: its amount, and the 预算安排,
    /// last year's figure and change, or (final accounts) the budget and completion rate it states.
    /// </summary>
    public const string FunctionItem = "function_item";

    /// <summary>
    /// The basic and project parts a function item's paragraph states after its figure (a final account's "…完成年初预算的96.91%。其中：
    /// 基本支出473.19万元，项目支出203.56万元"), with the item's code and name.
    /// </summary>
    public const string FunctionItemBasic = "function_item.basic";
    public const string FunctionItemProject = "function_item.project";

    /// <summary>
    /// An economic class (工资福利支出, 商品和服务支出, …) of basic or project expenditure, stated with its share of that
    /// whole: its code the class's (301, 302, …), its name as printed, its share-of the whole's key.
    /// </summary>
    public const string EconomicItem = "economic_item";

    /// <summary>
    /// A numbered paragraph on one of the key projects (重点项目): its amount and any change it states; its name as printed,
    /// which names (or holds) the project table's line of it.
    /// </summary>
    public const string ProjectItem = "project_item";

    /// <summary>
    /// A final account's self-evaluation of funds carried out (全年预算数485.96万元，全年执行数480.00万元，执行率98.77%): the
    /// amount carried out, with the budget and the rate as its execution.
    /// </summary>
    public const string SelfEvaluationExecution = "self_evaluation.execution";

    /// <summary>A final account's statement of one line's budget and actual figure (决算数小于预算数 …).</summary>
    public const string BudgetExecution = "budget_execution";
}
