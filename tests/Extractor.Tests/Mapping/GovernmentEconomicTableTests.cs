using System.Globalization;
using Extractor.Mapping;
using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Mapping;

/// <summary>
/// A table of no standard type listing expenditure by the government's economic classification (Jilin's 一般公共预算支出情况表
/// （按政府预算经济分类）, round LG): its figures are read and its classes held to their items.
/// </summary>
public sealed class GovernmentEconomicTableTests
{
    private static Table Unknown(params string[][] rows) => new()
    {
        Id = "t10", Type = TableTypes.Unknown, Title = "一般公共预算支出情况表（按政府预算经济分类）", Pages = [17],
        Header = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"]],
        Columns = [null, null, Measures.Total, Measures.BasicTotal, Measures.ProjectTotal],
        Rows = [.. rows.Select(r => (IReadOnlyList<Cell>)[new Cell(r[0]), new Cell(r[1]),
            .. r.Skip(2).Select(c => new Cell(c, decimal.Parse(c, CultureInfo.InvariantCulture)))])],
    };

    /// <summary>501 over its items, 住房公积金 printed 50301 (50103 in the classification) under it; 502 with 办公经费 misadded.</summary>
    private static readonly string[][] ByGovernmentClass =
    [
        ["", "合计", "820.0", "700.0", "120.0"],
        ["501", "机关工资福利支出", "500.0", "500.0", "0.0"],
        ["50101", "工资奖金津补贴", "300.0", "300.0", "0.0"],
        ["50102", "社会保障缴费", "150.0", "150.0", "0.0"],
        ["50301", "住房公积金", "50.0", "50.0", "0.0"],
        ["502", "机关商品和服务支出", "320.0", "200.0", "120.0"],
        ["50201", "办公经费", "330.0", "200.0", "120.0"],
    ];

    [Fact]
    public void Reads_a_table_of_no_standard_type_whose_every_code_is_the_governments_economic_classifications()
    {
        var items = LineItemBuilder.Build([Unknown(ByGovernmentClass)], MoneyUnit.WanYuan);

        Assert.Equal(21, items.Count);
        Assert.Equal(18, items.Count(i => i.Dimension == Dimensions.GovEconomic));
        Assert.All(items, i => Assert.Equal(TableTypes.Unknown, i.TableType));
    }

    [Fact]
    public void Reads_no_figure_of_a_table_of_no_standard_type_printing_other_codes()
    {
        string[][] functions = [["201", "一般公共服务支出", "10.0", "10.0", "0.0"], ["20101", "人大事务", "10.0", "10.0", "0.0"], ["2010101", "行政运行", "10.0", "10.0", "0.0"],
            ["501", "机关工资福利支出", "10.0", "10.0", "0.0"], ["50101", "工资奖金津补贴", "10.0", "10.0", "0.0"]];

        Assert.Empty(LineItemBuilder.Build([Unknown(functions)], MoneyUnit.WanYuan));
    }

    [Fact]
    public void Holds_its_rows_and_codes_as_the_standard_tables()
    {
        var table = Unknown(ByGovernmentClass);
        var document = new DocumentBuilder().Build() with { Tables = [table], LineItems = LineItemBuilder.Build([table], MoneyUnit.WanYuan), FiscalYear = 2024 };

        var findings = DocumentValidator.Validate(document).Where(f => f.Severity is FindingSeverity.Error or FindingSeverity.Warning).ToList();

        Assert.Contains(findings, f => f.Rule == RuleIds.RowComponents && f.Refs[0].Code == "50201" && f.Actual == 3300000.0m);
        // 住房公积金 printed 50301 inside 501's block is read as 50103: 501 adds up, the code is told once.
        var code = Assert.Single(findings, f => f.Rule == RuleIds.SubjectCode);
        Assert.Contains("编码印为50301", code.MessageZh, StringComparison.Ordinal);
        Assert.Contains("50103", code.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.Rule == RuleIds.EconomicHierarchy && f.Refs[0].Code == "501");
        // Each place is named by the title the table prints.
        Assert.All(findings.Where(f => f.Rule != RuleIds.SubjectCode), f => Assert.Contains("一般公共预算支出情况表（按政府预算经济分类）第17页", f.MessageZh, StringComparison.Ordinal));
    }
}
