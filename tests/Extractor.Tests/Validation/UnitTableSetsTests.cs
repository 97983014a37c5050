using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;
using Xunit;

namespace Extractor.Tests.Validation;

/// <summary>A unit's set of tables printed after the department's (<see cref="Table.Scope"/>) is checked on its own.</summary>
public class UnitTableSetsTests
{
    private const string Unit = "湖北省水文水资源中心";

    /// <summary>
    /// The department's general-budget table and summary (201 at 100.00), and a unit's general-budget table after them
    /// whose class prints <paramref name="unitClass"/> over its one 款 of 40.00.
    /// </summary>
    private static ExtractedDocument WithUnitSet(string unitClass)
    {
        var department = new DocumentBuilder()
            .Function("201", "一般公共服务支出", "100.00").Function("20101", "人大事务", "100.00")
            .Line(TableTypes.ExpenditureSummary, Dimensions.Function, "201", "一般公共服务支出", Measures.Total, "100.00")
            .Build();
        LineItem UnitLine(string code, string printed, int row) => new()
        {
            TableId = "t40", TableType = TableTypes.GeneralBudgetExpenditureByFunction, Dimension = Dimensions.Function, Code = code,
            Name = code, Measure = Measures.Total, Amount = decimal.Parse(printed) * 10000m, AmountPrinted = printed, Page = 30, Row = row, Col = 2,
        };
        return department with
        {
            Tables =
            [
                .. department.Tables,
                new Table
                {
                    Id = "t40", Type = TableTypes.GeneralBudgetExpenditureByFunction, Pages = [30], Scope = Unit, Columns = [null, null, Measures.Total],
                    Rows = [[new Cell("201"), new Cell("一般公共服务支出"), new Cell(unitClass)], [new Cell("20101"), new Cell("人大事务"), new Cell("40.00")]],
                },
            ],
            LineItems = [.. department.LineItems, UnitLine("201", unitClass, 0), UnitLine("20101", "40.00", 1)],
        };
    }

    [Fact]
    public void A_units_figures_are_not_held_against_the_departments()
    {
        var findings = DocumentValidator.Validate(WithUnitSet("40.00"));

        Assert.DoesNotContain(findings, f => f.Severity != FindingSeverity.Info);
    }

    [Fact]
    public void A_units_own_arithmetic_is_still_checked()
    {
        var finding = Assert.Single(DocumentValidator.Validate(WithUnitSet("45.00")), f => f.Severity == FindingSeverity.Error);

        Assert.Equal((RuleIds.FunctionHierarchy, "t40"), (finding.Rule, finding.Refs[0].TableId));
    }

    [Fact]
    public void A_units_statements_are_held_to_its_own_tables()
    {
        var document = WithUnitSet("40.00") with
        {
            Facts =
            [
                new Fact { Key = FactKeys.GeneralBudgetTotal, Value = 400000m, PrintedUnit = 10000m, Page = 31, Quote = "一般公共预算支出40.00万元", Scope = Unit },
                new Fact { Key = FactKeys.GeneralBudgetTotal, Value = 1000000m, PrintedUnit = 10000m, Page = 4, Quote = "一般公共预算支出100.00万元" },
            ],
        };

        Assert.Equal((document.Scoped(null).Facts.Single().Page, document.Scoped(Unit).Facts.Single().Page), (4, 31));
        Assert.DoesNotContain(DocumentValidator.Validate(document), f => f.Severity != FindingSeverity.Info);
    }
}
