using Extractor.Mapping;
using Extractor.Model;
using Extractor.Tests.Support;

namespace Extractor.Tests.Mapping;

public sealed class UnitStatementReaderTests
{
    [Fact]
    public void Reads_each_units_paragraph_as_that_units_figures_and_not_the_departments()
    {
        // Round FB's Yunnan: the department's total, then a paragraph on each unit.
        var facts = FactReader.Read(Documents.FromText(
            "2026年部门收入预算2098.73万元，比上年预算减少57.39万元。",
            "二、部门所属单位收支预算情况 弥勒市林业和草原局2026年部门预算由3个预算单位的预算组成，各单位收支预算情况如下：",
            "（一）弥勒市林业和草原局（机关）：收入预算1269.07万元，其中：财政拨款1269.07万元；支出预算1269.07万元，其中：基本支出854.46万元，项目支出414.61万元。主要用于保障局机关正常运转。",
            "（三）弥勒市森林草原防火服务中心：收入预算360.94万元，其中：财政拨款348.49万元，其他收入12.45万元；支出预算360.94万元，其中：基本支出179.17万元，项目支出163.77万元。"),
            fiscalYear: 2026);

        Assert.Equal(20987300m, Assert.Single(facts, f => f is { Key: FactKeys.IncomeTotal, Scope: null }).Value);
        var unit = facts.Where(f => f.Scope == "弥勒市森林草原防火服务中心").Select(f => (f.Key, f.Value, f.Page)).ToList();
        Assert.Equal([
            (FactKeys.IncomeTotal, 3609400m, 4), (FactKeys.IncomeFiscalAppropriation, 3484900m, 4), (FactKeys.IncomeOther, 124500m, 4),
            (FactKeys.ExpenditureTotal, 3609400m, 4), (FactKeys.ExpenditureBasic, 1791700m, 4), (FactKeys.ExpenditureProject, 1637700m, 4)], unit);
        // The office named with its bracket is a unit too.
        Assert.Equal(5, facts.Count(f => f.Scope == "弥勒市林业和草原局（机关）"));
        Assert.DoesNotContain(facts, f => f.Scope is null && f.Key == FactKeys.ExpenditureBasic);
    }

    [Fact]
    public void Reads_a_units_paragraph_opening_on_its_year()
    {
        // Round EZ's Henan: the year after the colon, both totals before the expenditure's parts.
        var facts = FactReader.Read(Documents.FromText(
            "（三）郑州市金水区卫生健康综合监督执法大队：2025年收入预算346.99万元，支出预算364.99万元，其中：基本支出308.49万元，项目支出38.50万元。"),
            fiscalYear: 2025);

        Assert.Equal([(FactKeys.IncomeTotal, 3469900m), (FactKeys.ExpenditureTotal, 3649900m), (FactKeys.ExpenditureBasic, 3084900m), (FactKeys.ExpenditureProject, 385000m)],
            facts.Where(f => f.Scope == "郑州市金水区卫生健康综合监督执法大队").Select(f => (f.Key, f.Value)));
    }
}
