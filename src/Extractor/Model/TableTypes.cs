namespace Extractor.Model;

/// <summary>Canonical table type ids (canonical-schema.md, "Table types"), used verbatim everywhere.</summary>
public static class TableTypes
{
    public const string Unknown = "unknown";
    public const string IncomeExpenditureSummary = "income_expenditure_summary";
    public const string IncomeSummary = "income_summary";
    public const string ExpenditureSummary = "expenditure_summary";
    public const string FiscalAppropriationSummary = "fiscal_appropriation_summary";
    public const string GeneralBudgetExpenditure = "general_budget_expenditure";
    public const string GeneralBudgetExpenditureByFunction = "general_budget_expenditure_by_function";
    public const string GeneralBudgetBasicByEconomic = "general_budget_basic_by_economic";

    /// <summary>财政拨款支出(预算)表 (功能科目): the function table over all appropriated funds (Jiangsu), twin of the general-budget one.</summary>
    public const string FiscalAppropriationExpenditure = "fiscal_appropriation_expenditure";

    /// <summary>财政拨款基本支出(预算)表 (经济科目): basic expenditure of all appropriated funds by economic class (Jiangsu).</summary>
    public const string FiscalAppropriationBasicByEconomic = "fiscal_appropriation_basic_by_economic";

    /// <summary>(一般公共预算)机关运行经费支出(预算)表: operating costs by economic class, printed as a table of its own.</summary>
    public const string OperatingCosts = "operating_costs";
    public const string ThreePublicExpenses = "three_public_expenses";
    public const string GovernmentFundExpenditure = "government_fund_expenditure";
    public const string StateCapitalExpenditure = "state_capital_expenditure";
    public const string ProjectExpenditure = "project_expenditure";
    public const string GovernmentProcurement = "government_procurement";
    public const string GovernmentPurchasedServices = "government_purchased_services";
    public const string ProjectPerformanceTargets = "project_performance_targets";

    /// <summary>部门所属单位收支预算(决算)表: each budget unit's income by source and expenditure by basic and project, one row a unit.</summary>
    public const string IncomeExpenditureByUnit = "income_expenditure_by_unit";
    public const string OverallPerformanceTargets = "overall_performance_targets";

    public static readonly IReadOnlyList<string> All =
    [
        IncomeExpenditureSummary, IncomeSummary, ExpenditureSummary, FiscalAppropriationSummary,
        GeneralBudgetExpenditure, GeneralBudgetExpenditureByFunction, GeneralBudgetBasicByEconomic,
        FiscalAppropriationExpenditure, FiscalAppropriationBasicByEconomic, OperatingCosts, ThreePublicExpenses, GovernmentFundExpenditure, StateCapitalExpenditure, ProjectExpenditure,
        GovernmentProcurement, GovernmentPurchasedServices, ProjectPerformanceTargets, OverallPerformanceTargets, IncomeExpenditureByUnit,
    ];
}
