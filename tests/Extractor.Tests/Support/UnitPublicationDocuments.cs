using Extractor.Model;

namespace Extractor.Tests.Support;

/// <summary>A county education bureau's 部门预算 listing its units, and one school's own 单位预算.</summary>
internal static class UnitPublicationDocuments
{
    public const string School = "弥渡县第一中学";

    /// <summary>The department's 支出总表 by unit: 本级 and the school (101002), in 万元.</summary>
    public static ExtractedDocument Department(string schoolBasic = "4130.27", string schoolProject = "1095.00") =>
        new DocumentBuilder()
            .Line(TableTypes.ExpenditureSummary, Dimensions.Summary, null, "合计", Measures.BasicTotal, "4500.27", page: 5)
            .Line(TableTypes.ExpenditureSummary, Dimensions.Unit, "101001", "弥渡县教育体育局（本级）", Measures.BasicTotal, "370.00", page: 5).OfUnit("101001", "弥渡县教育体育局（本级）")
            .Line(TableTypes.ExpenditureSummary, Dimensions.Unit, "101002", School, Measures.BasicTotal, schoolBasic, page: 5).OfUnit("101002", School)
            .Line(TableTypes.ExpenditureSummary, Dimensions.Unit, "101001", "弥渡县教育体育局（本级）", Measures.ProjectTotal, "0.00", page: 5).OfUnit("101001", "弥渡县教育体育局（本级）")
            .Line(TableTypes.ExpenditureSummary, Dimensions.Unit, "101002", School, Measures.ProjectTotal, schoolProject, page: 5).OfUnit("101002", School)
            .Build() with
        {
            Source = new SourceInfo("dept.pdf", "d", 13, null) { Path = "yn/弥渡县教育体育局2025年部门预算.pdf" },
            Department = new DepartmentInfo("弥渡县教育体育局", null), FiscalYear = 2025, Phase = BudgetPhase.Budget,
            Region = new RegionInfo("云南省", "大理白族自治州", "弥渡县"),
        };

    /// <summary>The school's own 单位预算 in 元: only its 支出总表's 合计, no row of its own.</summary>
    public static ExtractedDocument Unit(string basic = "41,302,698", string project = "10,950,000", string name = School) =>
        new DocumentBuilder("元")
            .Line(TableTypes.ExpenditureSummary, Dimensions.Summary, null, "合计", Measures.BasicTotal, basic, page: 6)
            .Line(TableTypes.ExpenditureSummary, Dimensions.Summary, null, "合计", Measures.ProjectTotal, project, page: 6)
            .Build() with
        {
            Source = new SourceInfo("unit.pdf", "u", 12, null) { Path = "yn/弥渡县第一中学2025年单位预算.pdf" },
            Department = new DepartmentInfo(name, null), FiscalYear = 2025, Phase = BudgetPhase.Budget,
            Region = new RegionInfo("云南省", "大理白族自治州", "弥渡县"),
        };
}
