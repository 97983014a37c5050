namespace Extractor.Model;

/// <summary>Canonical measure (column) ids (canonical-schema.md, "Measures").</summary>
public static class Measures
{
    public const string Total = "total";

    /// <summary>The income's total beside the expenditure's in a row printing both sides (a table by unit: 收入合计 | … | 支出合计 | …).</summary>
    public const string IncomeTotal = "income.total";

    /// <summary>The expenditure's total beside the income's in a row printing both sides.</summary>
    public const string ExpenditureTotal = "expenditure.total";
    public const string Amount = "amount";

    public const string BasicTotal = "basic.total";
    public const string BasicPersonnel = "basic.personnel";
    public const string BasicPublicFunds = "basic.public_funds";
    public const string BasicWagesBenefits = "basic.wages_benefits";
    public const string BasicGoodsServices = "basic.goods_services";
    public const string BasicHouseholdTransfers = "basic.household_transfers";
    public const string BasicCapital = "basic.capital";

    public const string ProjectTotal = "project.total";
    public const string ProjectDepartment = "project.department";
    public const string ProjectPublic = "project.public";
    public const string ProjectRecurring = "project.recurring";
    public const string ProjectContinuing = "project.continuing";
    public const string ProjectOneOff = "project.one_off";
    public const string ProjectWagesBenefits = "project.wages_benefits";
    public const string ProjectGoodsServices = "project.goods_services";
    public const string ProjectHouseholdTransfers = "project.household_transfers";
    public const string ProjectCapital = "project.capital";

    public const string IncomeFiscalAppropriation = "income.fiscal_appropriation";
    public const string IncomeFiscalIndicator = "income.fiscal_indicator";
    public const string IncomeTreasuryNontax = "income.treasury_nontax";
    public const string IncomeHigherTransfer = "income.higher_transfer";
    public const string IncomeSpecialAccount = "income.special_account";
    public const string IncomeGeneralBudget = "income.general_budget";
    public const string IncomeGovernmentFund = "income.government_fund";
    public const string IncomeStateCapital = "income.state_capital";
    public const string IncomeOtherOwn = "income.other_own";
    public const string IncomeHigherSubsidy = "income.higher_subsidy";
    public const string IncomeSubordinateRemit = "income.subordinate_remit";
    public const string IncomeBusiness = "income.business";
    public const string IncomeOther = "income.other";
    public const string IncomeCarryover = "income.carryover";
    public const string IncomePublicService = "income.public_service";
    public const string IncomeUseNonfiscalBalance = "income.use_nonfiscal_balance";

    public const string SourceBudget = "source.budget";
    public const string SourceNontax = "source.nontax";
    public const string SourceOther = "source.other";

    public const string ThreePublicOverseas = "three_public.overseas";
    public const string ThreePublicVehiclePurchase = "three_public.vehicle_purchase";
    public const string ThreePublicVehicleOperation = "three_public.vehicle_operation";
    public const string ThreePublicVehicle = "three_public.vehicle";
    public const string ThreePublicReception = "three_public.reception";

    /// <summary>公务接待费's two parts as a final account's 三公 table may print them: 国内接待费 and 国（境）外接待费.</summary>
    public const string ThreePublicReceptionDomestic = "three_public.reception_domestic";
    public const string ThreePublicReceptionForeign = "three_public.reception_foreign";

    public const string ExpenditureRemitHigher = "expenditure.remit_higher";
    public const string ExpenditureBusiness = "expenditure.business";
    public const string ExpenditureSubsidySubordinate = "expenditure.subsidy_subordinate";
    public const string ExpenditureBalanceDistribution = "expenditure.balance_distribution";
    public const string CarryoverOpening = "carryover.opening";
    public const string CarryoverClosing = "carryover.closing";
    public const string OperatingCosts = "operating_costs";
    /// <summary>会议费 and 培训费, printed beside 三公 in Jiangsu's “三公”经费、会议费、培训费 table.</summary>
    public const string MeetingCosts = "meeting_costs";
    public const string TrainingCosts = "training_costs";
    public const string FundGeneralBudget = "fund.general_budget";

    /// <summary>
    /// A procurement table by kind (政府采购预算 / 合计 | 货物 | 工程 | 服务), with the part reserved for small and medium
    /// enterprises beside it (面向中小企业预留, inside the total); the same ids as the narrative's figures.
    /// </summary>
    public const string ProcurementGoods = "procurement.goods";
    public const string ProcurementWorks = "procurement.works";
    public const string ProcurementServices = "procurement.services";
    public const string ProcurementSmeReserved = "procurement.sme_reserved";
    public const string FundGovernmentFund = "fund.government_fund";
    public const string FundStateCapital = "fund.state_capital";

    /// <summary>
    /// A project performance form's fund block: the project's total (项目资金总额) = 财政资金 + 其他资金, and the
    /// year's request (年度资金申请总额) = 当年财政拨款 + 上年结转资金 + 其他资金.
    /// </summary>
    public const string ProjectFundsTotal = "project_funds.total";
    public const string ProjectFundsFiscal = "project_funds.fiscal";
    public const string ProjectFundsOther = "project_funds.other";
    public const string ProjectFundsAnnual = "project_funds.annual";
    public const string ProjectFundsAnnualAppropriation = "project_funds.annual_appropriation";
    public const string ProjectFundsAnnualCarryover = "project_funds.annual_carryover";
    public const string ProjectFundsAnnualOther = "project_funds.annual_other";

    /// <summary>Final-accounts phase columns: 年初预算数, 调整/全年预算数, 决算数.</summary>
    public const string BudgetInitial = "budget.initial";
    public const string BudgetAdjusted = "budget.adjusted";
    public const string Actual = "actual";

    /// <summary>
    /// The measure as a figure stated without its phase reads it: a final account's 决算数 column (actual.basic.total) holds
    /// what its narrative states as the year's figure (basic.total); other measures are returned as they are.
    /// </summary>
    public static string WithoutActual(string measure) =>
        measure.StartsWith(Actual + ".", StringComparison.Ordinal) ? measure[(Actual.Length + 1)..] : measure;

    /// <summary>Prefix of the economic-nature columns of the function table (<c>econ.301</c> …).</summary>
    public const string EconomicPrefix = "econ.";

    /// <summary>Prefix of a column that fits no canonical measure: <c>other:&lt;printed header&gt;</c>.</summary>
    public const string OtherPrefix = "other:";

    /// <summary>Whether a final account's column holds a budget (年初 or 全年: budget.initial.…, budget.adjusted.…), not the actual figure.</summary>
    public static bool IsBudgetPhase(string measure) =>
        measure.StartsWith(BudgetInitial, StringComparison.Ordinal) || measure.StartsWith(BudgetAdjusted, StringComparison.Ordinal);

    /// <summary>
    /// A final account's column split into its phase and the measure within it (actual.basic.total → actual, basic.total);
    /// a measure of no phase keeps an empty one.
    /// </summary>
    public static (string Phase, string Measure) SplitPhase(string measure)
    {
        foreach (var phase in (string[])[BudgetInitial, BudgetAdjusted, Actual])
            if (measure.StartsWith(phase + ".", StringComparison.Ordinal)) return (phase, measure[(phase.Length + 1)..]);
        return ("", measure);
    }

    /// <summary>Whether the measure is a column no canonical measure fits (<c>other:</c> and its header path).</summary>
    public static bool IsOther(string? measure) => measure is not null && measure.StartsWith(OtherPrefix, StringComparison.Ordinal);

    /// <summary>A column no measure fits headed by a group and a leaf under it (other:年末结转和结余/基本支出): the two; null for any other.</summary>
    public static (string Group, string Leaf)? OtherGroupAndLeaf(string? measure) =>
        IsOther(measure) && measure![OtherPrefix.Length..].Split('/') is [var group, var leaf] ? (group, leaf) : null;
}
