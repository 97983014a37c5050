using System.Globalization;
using Extractor.Mapping;
using Extractor.Model;

namespace Extractor.Tests.Mapping;

/// <summary>Codes for narrative items named without numbers, from the names the document's tables print.</summary>
public sealed class FunctionItemCodesTests
{
    private static readonly Dictionary<string, string> Names = new()
    {
        ["201"] = "一般公共服务支出", ["20106"] = "财政事务", ["2010601"] = "行政运行", ["2010602"] = "一般行政管理事务",
        ["204"] = "公共安全支出", ["20404"] = "检察", ["2040401"] = "行政运行", ["2040405"] = "公诉、审判、侦查、执行等检察监督支出",
        ["20405"] = "法院", ["2040501"] = "行政运行", ["2040502"] = "一般行政管理事务",
        ["208"] = "社会保障和就业支出", ["20805"] = "行政事业单位养老支出", ["2080504"] = "未归口管理的行政单位离退休",
        ["210"] = "卫生健康支出", ["21007"] = "计划生育事务", ["2100717"] = "计划生育服务", ["21011"] = "行政事业单位医疗", ["2101102"] = "事业单位医疗",
    };

    [Theory]
    [InlineData("一般公共服务支出（类）财政事务（款）行政运行（项）", "2010601")]
    [InlineData("公共安全（类）", "204")]
    [InlineData("公共安全（类）法院（款）", "20405")]
    [InlineData("公共安全（类）法院（款）一般行政事务管理（项）", "2040502")]
    [InlineData("公共安全支出（类）检察（款）执行等检察监督支出（项）", "2040405")]
    [InlineData("社会保障和就业支出（类）行政事业单位养老支出（款）未归口管理行政单位离退休费（项）", "2080504")]
    [InlineData("其中公共安全（类）检察（款）", "20404")]
    // The class under its name before 2018: read from its 款 and 项.
    [InlineData("医疗卫生与计划生育支出（类）行政事业单位医疗（款）事业单位医疗（项）", "2101102")]
    // A 款 printed with the class's mark (js-rdbgt 2018): read by descent, marks aside.
    [InlineData("行政事业单位养老支出（类）未归口管理的行政单位离退休（项）", "2080504")]
    public void Finds_the_code_the_tables_print_for_the_names(string names, string code) =>
        Assert.Equal(code, FunctionItemCodes.CodeOf(names, Names));

    [Theory]
    [InlineData("行政运行（项）")] // in three classes: no way to tell which
    [InlineData("公共安全支出（类）检察（款）办案业务（项）")] // no such line
    [InlineData("教育支出（类）")]
    [InlineData("医疗卫生与计划生育支出（类）")] // a class alone is not passed over
    [InlineData("财政事务（类）")] // a lone name marked wrongly stands for nothing
    [InlineData("法院（类）公诉、审判、侦查、执行等检察监督支出（项）")] // nor a name that is no line below the one before
    public void Leaves_names_that_fit_no_line_or_several_without_a_code(string names) =>
        Assert.Null(FunctionItemCodes.CodeOf(names, Names));

    [Fact]
    public void Reads_an_economic_items_code_from_the_economic_tables_lines()
    {
        var lines = new Dictionary<string, string> { ["301"] = "工资福利支出", ["30101"] = "基本工资", ["302"] = "商品和服务支出", ["30213"] = "维修（护）费", ["303"] = "对个人和家庭的补助", ["30307"] = "医疗费" }
            .Select(n => new LineItem
            {
                TableId = "t6", TableType = TableTypes.GeneralBudgetBasicByEconomic, Dimension = Dimensions.Economic, Code = n.Key,
                Name = n.Value, Measure = Measures.Amount, Amount = 1m, AmountPrinted = "1", Page = 1, Row = 0, Col = 1,
            }).ToList();
        Fact Item(string name) => new() { Key = FactKeys.EconomicItem, Value = 1m, Name = name, Page = 11, Quote = name };

        var (facts, diagnostics) = FunctionItemCodes.Resolve(
            [Item("工资福利支出（类）基本工资（款）"), Item("商品和服务支出（类）维修（护）费（款）"), Item("对个人和家庭的补助支出（类）医疗费（款）"), Item("商品和服务支出（类）办公设备购置（款）")], lines);

        Assert.Equal(["30101", "30213", "30307", null], facts.Select(f => f.Code));
        Assert.Contains("economic tables", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void Names_an_unresolved_item_in_a_diagnostic_and_keeps_printed_codes()
    {
        var lines = Names.Select(n => new LineItem
        {
            TableId = "t7", TableType = TableTypes.GeneralBudgetExpenditureByFunction, Dimension = Dimensions.Function, Code = n.Key,
            Name = n.Value, Measure = Measures.Total, Amount = 1m, AmountPrinted = "1", Page = 1, Row = 0, Col = 1,
        }).ToList();
        Fact Item(string name, string? code = null) => new() { Key = FactKeys.FunctionItem, Value = 1m, Name = name, Code = code, Page = 3, Quote = name };

        var (facts, diagnostics) = FunctionItemCodes.Resolve([Item("教育支出（类）"), Item("公共安全（类）"), Item("司法（款）", "20406")], lines);

        Assert.Equal([null, "204", "20406"], facts.Select(f => f.Code));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnresolvedItem, diagnostic.Code);
        Assert.Contains("教育支出（类）", diagnostic.Message);
    }

    [Fact]
    public void Reads_an_item_named_only_by_the_code_most_tables_print_for_its_name()
    {
        // 支出决算表 prints 高中教育 as 2050240; 收入决算表 and the general-budget table print 2050204.
        LineItem Line(string table, string code, string name) => new()
        {
            TableId = table, TableType = TableTypes.ExpenditureSummary, Dimension = Dimensions.Function, Code = code,
            Name = name, Measure = Measures.Total, Amount = 1m, AmountPrinted = "1", Page = 1, Row = 0, Col = 1,
        };
        var lines = new[] { "t2", "t3", "t5" }.SelectMany(t => new[] { Line(t, "205", "教育支出"), Line(t, "20502", "普通教育"), Line(t, t == "t3" ? "2050240" : "2050204", "高中教育") }).ToList();
        Fact Item = new() { Key = FactKeys.FunctionItem, Value = 1m, Name = "教育支出（类）普通教育（款）高中教育（项）", Page = 3, Quote = "" };

        var (facts, diagnostics) = FunctionItemCodes.Resolve([Item], lines);

        Assert.Equal("2050204", Assert.Single(facts).Code);
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("6.25", "2130111")]
    [InlineData("7.00", null)]
    public void Reads_an_item_of_a_line_two_tables_print_under_two_codes_as_that_lines(string otherAmount, string? code)
    {
        // As round GA's Gansu printed 食品安全监管 2013816 in one table and 2013815 in another, as many tables each (a line whose code
        // the classification now tells), a line it does not: where the two print one figure they are one line, whichever code is
        // right; two figures are two lines.
        LineItem Line(string table, string code, string name, decimal amount) => new()
        {
            TableId = table, TableType = TableTypes.ExpenditureSummary, Dimension = Dimensions.Function, Code = code,
            Name = name, Measure = Measures.Total, Amount = amount, AmountPrinted = amount.ToString(CultureInfo.InvariantCulture), Page = 1, Row = 0, Col = 1,
        };
        var lines = new[] { ("t3", "2130111", 6.25m), ("t5", "2130117", decimal.Parse(otherAmount, CultureInfo.InvariantCulture)) }
            .SelectMany(t => new[] { Line(t.Item1, "213", "农林水支出", 6.25m), Line(t.Item1, "21301", "农业农村", 6.25m), Line(t.Item1, t.Item2, "统计监测与信息服务", t.Item3) }).ToList();
        Fact Item = new() { Key = FactKeys.FunctionItem, Value = 6.52m, Name = "农林水支出（类）农业农村（款）统计监测与信息服务（项）", Page = 3, Quote = "" };

        var (facts, _) = FunctionItemCodes.Resolve([Item], lines);

        Assert.Equal(code, Assert.Single(facts).Code);
    }

    [Fact]
    public void Reads_an_item_by_the_code_most_tables_print_for_its_line_where_another_prints_it_otherwise()
    {
        // Round EQ's Gansu: 基本公共卫生服务 2100408 in two tables, 2100406 in the third, 重大公共卫生服务 2100409 beside it.
        LineItem Line(string table, string code, string name, decimal amount) => new()
        {
            TableId = table, TableType = TableTypes.ExpenditureSummary, Dimension = Dimensions.Function, Code = code,
            Name = name, Measure = Measures.Total, Amount = amount, AmountPrinted = amount.ToString(CultureInfo.InvariantCulture), Page = 1, Row = 0, Col = 1,
        };
        var lines = new[] { ("t2", "2100406"), ("t3", "2100408"), ("t5", "2100408") }.SelectMany(t => new[]
        {
            Line(t.Item1, "210", "卫生健康支出", 607.45m), Line(t.Item1, "21004", "公共卫生", 607.45m),
            Line(t.Item1, t.Item2, "基本公共卫生服务", 512.75m), Line(t.Item1, "2100409", "重大公共卫生服务", 94.70m),
        }).ToList();
        Fact Item = new() { Key = FactKeys.FunctionItem, Value = 512.75m, Name = "卫生健康支出（类）公共卫生（款）基本公共卫生服务（项）", Page = 3, Quote = "" };

        Assert.Equal("2100408", Assert.Single(FunctionItemCodes.Resolve([Item], lines).Facts).Code);
    }

    [Fact]
    public void Reads_an_item_by_its_own_code_where_another_subject_is_misprinted_with_it()
    {
        // Round EH's Yunnan: one table prints 基本公共卫生服务 as 2100409, the code of 重大公共卫生服务 printed beside it.
        LineItem Line(string table, string code, string name) => new()
        {
            TableId = table, TableType = TableTypes.ExpenditureSummary, Dimension = Dimensions.Function, Code = code,
            Name = name, Measure = Measures.Total, Amount = 1m, AmountPrinted = "1", Page = 1, Row = 0, Col = 1,
        };
        var lines = new[] { "t2", "t3", "t5" }.SelectMany(t => new[]
        {
            Line(t, "210", "卫生健康支出"), Line(t, "21004", "公共卫生"), Line(t, t == "t3" ? "2100409" : "2100408", "基本公共卫生服务"), Line(t, "2100409", "重大公共卫生服务"),
        }).ToList();
        Fact Item(string name) => new() { Key = FactKeys.FunctionItem, Value = 1m, Name = $"卫生健康支出（类）公共卫生（款）{name}（项）", Page = 3, Quote = "" };

        var (facts, _) = FunctionItemCodes.Resolve([Item("重大公共卫生服务"), Item("基本公共卫生服务")], lines);

        Assert.Equal(["2100409", "2100408"], facts.Select(f => f.Code));
    }

    [Fact]
    public void Reads_an_item_with_misprinted_levels_by_its_class_amount_and_a_name_on_its_line()
    {
        // Wanli 2025: “卫生健康支出（类）卫生健康支出（款）计划生育事务（项）”科目20.00万元 — 2100717 计划生育服务 under
        // 21007 计划生育事务 prints 200,000 元; 2101102 prints another amount.
        var lines = Names.Select(n => new LineItem
        {
            TableId = "t5", TableType = TableTypes.GeneralBudgetExpenditureByFunction, Dimension = Dimensions.Function, Code = n.Key,
            Name = n.Value, Measure = Measures.Total, Amount = n.Key == "2100717" ? 200000m : 154800m, AmountPrinted = "x", Page = 12, Row = 0, Col = 1,
        }).ToList();
        Fact Item(decimal value) => new()
        {
            Key = FactKeys.FunctionItem, Value = value, PrintedUnit = 10000m, Name = "卫生健康支出（类）卫生健康支出（款）计划生育事务（项）", Page = 7, Quote = "",
        };

        var (facts, diagnostics) = FunctionItemCodes.Resolve([Item(200000.00m), Item(300000.00m)], lines);

        Assert.Equal(["2100717", null], facts.Select(f => f.Code));
        Assert.Single(diagnostics);
    }
}
