using Extractor.Mapping;
using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

public sealed class UnitStatementsRuleTests
{
    private static Fact Stated(string key, decimal wan, string unit) =>
        new() { Key = key, Value = wan * 10000m, PrintedUnit = 10000m, Page = 3, Quote = $"{wan}万元", Scope = unit };

    private static IEnumerable<Finding> NarrativeFindings(ExtractedDocument document) =>
        DocumentValidator.Validate(document).Where(f => f.Rule == RuleIds.NarrativeTable);

    [Fact]
    public void Holds_a_units_statement_to_its_row_in_the_table_by_unit_and_not_to_the_departments()
    {
        // Round FB's Yunnan: 基本支出179.17万元 stated of 森林草原防火服务中心, whose row prints 197.17; the department's 1314.53.
        ExtractedDocument Stating(decimal basic) => new DocumentBuilder()
            .Line(TableTypes.ExpenditureSummary, Dimensions.Summary, null, "合计", Measures.BasicTotal, "1314.53")
            .Line(TableTypes.IncomeExpenditureByUnit, Dimensions.Unit, "129002", "弥勒市林业和草原技术推广站", Measures.BasicTotal, "262.90", page: 20)
            .Line(TableTypes.IncomeExpenditureByUnit, Dimensions.Unit, "129003", "弥勒市森林草原防火服务中心", Measures.BasicTotal, "197.17", page: 20)
            .Fact(Stated(FactKeys.ExpenditureBasic, basic, "弥勒市森林草原防火服务中心"))
            .Build();

        Assert.Empty(NarrativeFindings(Stating(197.17m)));
        var finding = Assert.Single(NarrativeFindings(Stating(179.17m)));
        Assert.Equal((1971700m, 1791700m), (finding.Expected, finding.Actual));
        Assert.Equal("129003", finding.Refs[1].Code);
    }

    [Theory]
    // Round KG's Henan: "局机关1091.99万元，占8.38%" of the department's 14,794.28 as its expenditure table prints it (7.38 %).
    [InlineData(7.38, false)]
    [InlineData(8.38, true)]
    public void Holds_a_units_share_to_the_departments_total_its_tables_print(double pct, bool flagged)
    {
        var document = new DocumentBuilder()
            .Line(TableTypes.ExpenditureSummary, Dimensions.Summary, null, "合计", Measures.Total, "14794.28")
            .Fact(Stated(FactKeys.ExpenditureTotal, 1091.99m, "局机关") with { ShareOf = FactKeys.ExpenditureTotal, SharePct = (decimal)pct })
            .Build();

        var shares = DocumentValidator.Validate(document).Where(f => f.Rule == RuleIds.NarrativeShare).ToList();

        Assert.Equal(flagged ? [7.38m] : [], shares.Select(f => f.Expected!.Value));
    }

    [Theory]
    // Round HH's Gansu: each unit's paragraph ends with the change of its two totals; 101.92 on 1443.97 is 7.59%.
    [InlineData("7.59", false)]
    [InlineData("7.95", true)]
    public void Holds_the_change_a_units_paragraph_states_to_its_own_figures(string pct, bool flagged)
    {
        var facts = FactReader.Read(Documents.FromText(
            "其中，部门所属各预算单位收支预算情况如下：（一）张掖市甘州区林业和草原局（本级）：2026年收入预算1443.97万元，其中：一般公共预算拨款" +
            $"1443.97万元；支出预算1443.97万元，其中：基本支出572.17万元，项目支出871.80万元。收支预算比上年预算增加101.92万元，增长{pct}%。" +
            "（二）张掖市甘州区林业技术推广站：2026年收入预算304.39万元，其中：一般公共预算拨款304.39万元；支出预算304.39万元。"), fiscalYear: 2026);
        var total = Assert.Single(facts, f => f.Key == FactKeys.ExpenditureTotal && f.Scope == "张掖市甘州区林业和草原局（本级）");
        Assert.Equal(101.92m * 10000m, total.Change?.Amount);
        Assert.DoesNotContain(facts, f => f.Scope is null && f.Change is not null);

        var findings = DocumentValidator.Validate(new DocumentBuilder().Facts(facts).Build()).Where(f => f.Rule == RuleIds.NarrativeChange).ToList();

        Assert.Equal(flagged ? 1 : 0, findings.Count);
    }

    [Fact]
    public void Finds_the_units_row_by_the_end_of_its_name_in_the_income_tables_unit_rows()
    {
        // Round FB's Guizhou names the unit short (水利工程管理站); rounds EH and EZ print no table by unit, their income table a row per unit.
        var document = new DocumentBuilder()
            .Line(TableTypes.IncomeSummary, Dimensions.Unit, "231002", "安顺市平坝区水利工程管理站", Measures.Total, "528.92", page: 8)
            .Fact(Stated(FactKeys.IncomeTotal, 582.92m, "水利工程管理站"))
            .Build();

        var finding = Assert.Single(NarrativeFindings(document));
        Assert.Equal(5289200m, finding.Expected);
        // A name two rows end with names no row.
        var twice = document with
        {
            LineItems = [.. document.LineItems, document.LineItems[0] with { Code = "231004", Name = "某县水利工程管理站", Amount = 1000000m, Row = 5 }],
        };
        Assert.Empty(NarrativeFindings(twice));
    }

    [Fact]
    public void Finds_a_units_row_printed_without_a_code_over_its_block()
    {
        // Round JD's Yunnan: the unit's name alone on its row, its classes' coded rows under it.
        var document = new DocumentBuilder()
            .Line(TableTypes.IncomeSummary, Dimensions.Summary, null, "弥勒市疾病预防控制中心", Measures.Total, "935.83", page: 9)
            .Line(TableTypes.IncomeSummary, Dimensions.Function, "208", "社会保障和就业支出", Measures.Total, "80.70", page: 9)
            .Fact(Stated(FactKeys.IncomeTotal, 953.83m, "弥勒市疾病预防控制中心"))
            .Build();

        Assert.Equal(9358300m, Assert.Single(NarrativeFindings(document)).Expected);
    }
}

public sealed class ByUnitAgainstDepartmentTests
{
    private static LineItem Line(string type, string name, string measure, decimal wan, int col) => new()
    {
        TableId = type == TableTypes.IncomeExpenditureByUnit ? "t10" : type == TableTypes.IncomeSummary ? "t2" : "t3", TableType = type,
        Dimension = Dimensions.Summary, Name = name, Measure = measure, Amount = wan * 10000m,
        AmountPrinted = wan.ToString(System.Globalization.CultureInfo.InvariantCulture), Page = 20, Row = 0, Col = col,
    };

    private static ExtractedDocument Printed(decimal byUnitIncome, decimal byUnitFiscal) => new()
    {
        Source = new SourceInfo("built.pdf", "", 1, null), FiscalYear = 2026, Unit = MoneyUnit.WanYuan,
        LineItems =
        [
            Line(TableTypes.IncomeSummary, "合计", Measures.Total, 2232.61m, 2),
            Line(TableTypes.IncomeSummary, "合计", Measures.IncomeFiscalAppropriation, 2199.21m, 3),
            Line(TableTypes.ExpenditureSummary, "合计", Measures.Total, 2232.61m, 2),
            Line(TableTypes.IncomeExpenditureByUnit, "合计", Measures.IncomeTotal, byUnitIncome, 2),
            Line(TableTypes.IncomeExpenditureByUnit, "合计", Measures.IncomeFiscalAppropriation, byUnitFiscal, 3),
            Line(TableTypes.IncomeExpenditureByUnit, "合计", Measures.ExpenditureTotal, 2232.61m, 6),
        ],
    };

    [Fact]
    public void Holds_the_table_by_units_total_line_to_the_departments_income_and_expenditure_tables()
    {
        Assert.DoesNotContain(new CrossTableRule().Check(Printed(2232.61m, 2199.21m)), f => f.Severity == FindingSeverity.Error);
        var finding = Assert.Single(new CrossTableRule().Check(Printed(2232.61m, 2190.21m)), f => f.Severity == FindingSeverity.Error);
        Assert.Equal((21992100m, 21902100m, "t10"), (finding.Expected, finding.Actual, finding.Refs[0].TableId));
    }

    [Fact]
    public void Leaves_a_table_of_the_subordinate_units_alone_unheld()
    {
        // Neither side's total the department's: the units listed leave out its own office, and their parts are theirs.
        var document = Printed(1200.00m, 1100.00m);
        document = document with { LineItems = [.. document.LineItems.Select(i => i is { TableId: "t10", Measure: Measures.ExpenditureTotal } ? i with { Amount = 12000000m } : i)] };
        Assert.DoesNotContain(new CrossTableRule().Check(document), f => f.Severity == FindingSeverity.Error);
    }
}
