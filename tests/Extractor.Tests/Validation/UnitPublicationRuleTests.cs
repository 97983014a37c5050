using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>A unit's own publication held to its department's row of the unit, as a batch holding both runs it.</summary>
public sealed class UnitPublicationRuleTests
{
    private const string School = UnitPublicationDocuments.School;

    private static ExtractedDocument Department(string schoolBasic = "4130.27") => UnitPublicationDocuments.Department(schoolBasic);

    private static ExtractedDocument Unit(string basic = "41,302,698", string name = School) => UnitPublicationDocuments.Unit(basic, name: name);

    private static IReadOnlyList<Finding> Held(ExtractedDocument unit, ExtractedDocument department) =>
        new UnitPublicationRule(UnitFigures.Of(department)).Check(unit).ToList();

    [Fact]
    public void A_figure_the_unit_prints_otherwise_than_its_departments_row_is_named_in_both_files()
    {
        var finding = Assert.Single(Held(Unit(basic: "41,320,698"), Department()));

        Assert.Equal(RuleIds.UnitPublication, finding.Rule);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal((41302700.00m, 41320698m), (finding.Expected, finding.Actual));
        Assert.Equal([null, "yn/弥渡县教育体育局2025年部门预算.pdf"], finding.Refs.Select(r => r.File));
        Assert.Equal([6, 5], finding.Refs.Select(r => r.Page));
        Assert.Contains("本单位", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("41,320,698元", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("《弥渡县教育体育局2025年部门预算.pdf》", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("4130.27万元", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_agreeing_at_the_coarser_printing_are_no_finding()
    {
        // 41,302,698元 is 4130.27万元 to two decimals; 10,950,000元 is 1095.00万元.
        Assert.Empty(Held(Unit(), Department()));
    }

    [Fact]
    public void A_cell_its_own_document_already_blames_is_left_to_that_finding()
    {
        var unit = Unit(basic: "41,320,698");
        var blamed = new Finding
        {
            Rule = RuleIds.ColumnTotal, Severity = FindingSeverity.Error, Message = "",
            Refs = [SumCheck.Ref(unit.LineItems[0])],
        };

        Assert.Empty(Held(unit with { Findings = [blamed] }, Department()));
    }

    [Fact]
    public void A_unit_of_another_name_or_year_is_not_held_to_the_row()
    {
        Assert.Empty(Held(Unit(basic: "41,320,698", name: "弥渡县第二中学"), Department()));
        Assert.Empty(Held(Unit(basic: "41,320,698") with { FiscalYear = 2024 }, Department()));
        Assert.Empty(Held(Unit(basic: "41,320,698") with { Region = new RegionInfo("云南省", "大理白族自治州", "祥云县") }, Department()));
    }

    [Fact]
    public void The_unit_named_shorter_on_its_departments_row_is_the_same_unit()
    {
        var department = Department(schoolBasic: "4130.27");
        department = department with { LineItems = [.. department.LineItems.Select(l => l.EntityName == School ? l with { EntityName = "第一中学" } : l)] };

        Assert.Single(Held(Unit(basic: "41,320,698"), department));
    }

    [Fact]
    public void A_project_the_unit_lists_otherwise_than_its_departments_project_table_is_named_in_both_files()
    {
        // Round LH's Beijing: a project printed 960.00 in the unit's every table, 900.00 in the department's project table.
        ExtractedDocument WithProject(ExtractedDocument document, string printed, int page) => document with
        {
            LineItems = [.. document.LineItems, new LineItem
            {
                TableId = "t9", TableType = TableTypes.ProjectExpenditure, Dimension = Dimensions.Project, Code = "2120199", Name = "城市运行监测平台升级改造",
                Measure = Measures.Total, Amount = decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture) * 10000m, AmountPrinted = printed, Page = page, Row = 3, Col = 2,
            }],
        };
        var unit = WithProject(Unit(), "960.00", 11);
        var department = WithProject(Department(), "900.00", 12);

        var finding = Assert.Single(Held(unit, department));

        Assert.Equal((9000000.00m, 9600000.00m), (finding.Expected, finding.Actual));
        Assert.Equal(["城市运行监测平台升级改造", "城市运行监测平台升级改造"], finding.Refs.Select(r => r.RowLabel));
        Assert.Empty(Held(unit, WithProject(Department(), "960.00", 12)));
    }
}
