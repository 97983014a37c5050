namespace Extractor.Model;

/// <summary>Canonical line-item dimension ids (canonical-schema.md, "LineItem").</summary>
public static class Dimensions
{
    /// <summary>支出功能分类: codes of 3, 5 or 7 digits.</summary>
    public const string Function = "function";

    /// <summary>支出经济分类: codes of 3 or 5 digits (301 / 30101).</summary>
    public const string Economic = "economic";

    /// <summary>政府预算经济分类 (501 / 50101).</summary>
    public const string GovEconomic = "gov_economic";

    public const string IncomeSource = "income_source";

    /// <summary>A budget unit row (单位编码).</summary>
    public const string Unit = "unit";

    public const string Project = "project";
    public const string ProcurementItem = "procurement_item";
    public const string PurchasedService = "purchased_service";

    /// <summary>A labelled line of a summary table.</summary>
    public const string Summary = "summary";
}
