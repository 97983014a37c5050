using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>
/// A final account's tables print its year's figures in 决算数 columns (actual.…): the narrative's figures are held to
/// those, and its year's income need not equal its year's expenditure.
/// </summary>
public sealed class FinalAccountColumnsTests
{
    private static Fact Stated(string key, decimal value, string? code = null) => new()
    {
        Key = key, Code = code, Name = code, Value = value, PrintedUnit = 10000m, Page = 15, Quote = "…",
    };

    /// <summary>The national template's 一般公共预算财政拨款支出决算表: 年初预算数 beside 决算数, each split basic and project.</summary>
    private static DocumentBuilder FunctionTable() => new DocumentBuilder().Final()
        .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Summary, null, "合计", $"{Measures.BudgetInitial}.{Measures.Total}", "1900.00")
        .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Summary, null, "合计", $"{Measures.Actual}.{Measures.Total}", "1960.20")
        .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Summary, null, "合计", $"{Measures.Actual}.{Measures.BasicTotal}", "1066.61")
        .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Function, "2130104", "事业运行", $"{Measures.Actual}.{Measures.Total}", "443.47")
        // The two-sided economic table's first line is 人员经费合计, not the basic expenditure.
        .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Summary, null, "人员经费合计", Measures.Amount, "895.96")
        // The all-funds table, whose line spends other money too.
        .Line(TableTypes.ExpenditureSummary, Dimensions.Function, "2130104", "事业运行", Measures.Total, "654.42");

    [Theory]
    // Round AI: "2024年度国有资本经营预算财政拨款支出450.97万元" against its table's 合计.
    [InlineData("450.97", 0)]
    [InlineData("460.97", 1)]
    public void Holds_the_state_capital_expenditure_to_its_tables_total(string stated, int findings)
    {
        var document = new DocumentBuilder().Final()
            .Line(TableTypes.StateCapitalExpenditure, Dimensions.Summary, null, "合计", Measures.Total, "450.97")
            .Line(TableTypes.StateCapitalExpenditure, Dimensions.Function, "2230105", "公益性设施投资支出", Measures.Total, "450.97")
            .Fact(Stated(FactKeys.StateCapitalTotal, decimal.Parse(stated, System.Globalization.CultureInfo.InvariantCulture) * 10000m)).Build();

        Assert.Equal(findings, new NarrativeTableRule().Check(document).Count(f => f.Severity == FindingSeverity.Error));
    }

    [Theory]
    // Round AI: "年末结转和结余474.26万元" against the summary's 年末结转和结余 524.26 (the table's misprint).
    [InlineData("524.26", 0)]
    [InlineData("474.26", 1)]
    public void Holds_the_closing_balance_to_the_summarys_line(string stated, int findings)
    {
        var document = new DocumentBuilder().Final()
            .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "年初结转和结余", Measures.Amount, "388.78")
            .Line(TableTypes.IncomeExpenditureSummary, Dimensions.Summary, null, "年末结转和结余", Measures.Amount, "524.26")
            .Fact(Stated(FactKeys.CarryoverOpening, 3887800m))
            .Fact(Stated(FactKeys.CarryoverClosing, decimal.Parse(stated, System.Globalization.CultureInfo.InvariantCulture) * 10000m)).Build();

        Assert.Equal(findings, new NarrativeTableRule().Check(document).Count(f => f.Severity == FindingSeverity.Error));
    }

    [Fact]
    public void Holds_the_general_budgets_basic_expenditure_to_the_actual_basic_column()
    {
        var document = FunctionTable().Fact(Stated(FactKeys.GeneralBudgetBasic, 10666100.00m)).Build();

        Assert.Empty(new NarrativeTableRule().Check(document));
        Assert.Equal(10666100m, NarrativeTableRule.TableLine(document, FactKeys.GeneralBudgetBasic)?.Amount);
    }

    [Fact]
    public void Holds_an_items_actual_figure_to_the_general_budgets_actual_column_before_the_all_funds_table()
    {
        var document = FunctionTable().Fact(Stated(FactKeys.FunctionItem, 4434700.00m, "2130104")).Build();

        Assert.Empty(new FunctionItemRule().Check(document));
    }

    [Fact]
    public void Flags_an_items_figure_that_no_actual_or_all_funds_line_prints()
    {
        var finding = Assert.Single(new FunctionItemRule().Check(FunctionTable().Fact(Stated(FactKeys.FunctionItem, 4434800.00m, "2130104")).Build()));

        Assert.Equal(4434700m, finding.Expected);
    }

    [Theory]
    [InlineData("380.00", 0)]
    [InlineData("386.00", 1)]
    public void Holds_an_items_stated_budget_to_the_budget_column_the_table_prints_for_its_code(string stated, int findings)
    {
        // "年初预算为380.00万元，支出决算为443.47万元": the table's 年初预算数 for 2130104 is 380.00.
        var document = FunctionTable()
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Function, "2130104", "事业运行", $"{Measures.BudgetInitial}.{Measures.Total}", "380.00")
            .Fact(Stated(FactKeys.FunctionItem, 4434700.00m, "2130104") with { Execution = new BudgetExecution(decimal.Parse(stated) * 10000m, null, null) })
            .Build();

        var found = new FunctionItemRule().Check(document).ToList();

        Assert.Equal(findings, found.Count);
        if (findings == 1) Assert.Equal((3800000m, 3860000m), (found[0].Expected, found[0].Actual));
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 0)]
    public void Compares_the_appropriations_income_with_the_general_budgets_expenditure_in_a_budget_only(bool final, int findings)
    {
        var builder = new DocumentBuilder()
            .Line(TableTypes.IncomeSummary, Dimensions.Summary, null, "合计", Measures.IncomeFiscalAppropriation, "1713.88")
            .Line(TableTypes.GeneralBudgetExpenditureByFunction, Dimensions.Summary, null, "合计", Measures.Total, "1723.88");

        Assert.Equal(findings, new CrossTableRule().Check((final ? builder.Final() : builder).Build())
            .Count(f => f.Message.StartsWith("general_budget.total", StringComparison.Ordinal)));
    }

    [Fact]
    public void Holds_a_total_of_a_summary_printing_three_phases_to_its_actual_column()
    {
        // Beijing's 财政拨款收入支出决算总表: 总计 | 年初预算数 | 全年预算数 | 决算数.
        var built = new DocumentBuilder().Final()
            .Line(TableTypes.FiscalAppropriationSummary, Dimensions.Summary, null, "总计", $"{Measures.BudgetInitial}.other:收入", "1508.29")
            .Line(TableTypes.FiscalAppropriationSummary, Dimensions.Summary, null, "总计", $"{Measures.BudgetAdjusted}.other:收入", "1600.00")
            .Line(TableTypes.FiscalAppropriationSummary, Dimensions.Summary, null, "总计", $"{Measures.Actual}.other:收入", "1588.61")
            .Fact(Stated(FactKeys.FiscalAppropriationTotal, 15886100.00m))
            .Build();
        var document = built with { LineItems = [.. built.LineItems.Select((i, k) => i with { Row = 0, Col = 1 + k })] };

        Assert.Equal(15886100m, NarrativeTableRule.TableLine(document, FactKeys.FiscalAppropriationTotal)?.Amount);
        Assert.Empty(new NarrativeTableRule().Check(document));
    }

    [Theory]
    [InlineData("3.95", 0)]
    [InlineData("6.95", 1)]
    public void Holds_each_line_of_the_appropriation_summary_by_function_to_its_carryover_balance(string closing, int findings)
    {
        // The national template's 财政拨款收入支出决算总表 by function line: 年初财政拨款结转和结余 | 本年财政拨款收入 |
        // 本年财政拨款支出 小计 | … | 年末财政拨款结转和结余; 2040607 公共法律服务: 1.20 + 30.00 − 27.25 = 3.95.
        const string type = TableTypes.FiscalAppropriationSummary;
        var built = new DocumentBuilder().Final()
            .Line(type, Dimensions.Function, "2040607", "公共法律服务", Measures.CarryoverOpening, "1.20")
            .Line(type, Dimensions.Function, "2040607", "公共法律服务", Measures.IncomeFiscalAppropriation, "30.00")
            .Line(type, Dimensions.Function, "2040607", "公共法律服务", Measures.Total, "27.25")
            .Line(type, Dimensions.Function, "2040607", "公共法律服务", Measures.CarryoverClosing, closing)
            .Build();
        var document = built with { LineItems = [.. built.LineItems.Select((i, k) => i with { Row = 3, Col = 2 + k })] };

        var found = new CarryoverRule().Check(document).ToList();

        Assert.Equal(findings, found.Count);
        Assert.All(found, f => Assert.Equal((39500m, 69500m), (f.Expected, f.Actual)));
        Assert.All(found, f => Assert.StartsWith("年初结转结余、本年收支与年末结转结余不衔接：财政拨款收支总表第10页“公共法律服务”（2040607）的年末结转和结余印为6.95万元", f.MessageZh));
    }

    [Theory]
    [InlineData("12.50", 0)]
    [InlineData("22.50", 1)]
    public void Holds_a_summary_printing_its_budgets_before_its_outcome_to_the_carryover_balance_of_the_outcome(string closing, int findings)
    {
        // Round FS's Chongqing: 公开01 with 年初预算数 | 调整预算数 | 决算数 on each side, the carry-overs blank under the budgets;
        // 10.00 + 1,500.00 − 1,497.50 = 12.50 at the year's end.
        var document = new DocumentBuilder().Final()
            .SummaryTable(TableTypes.IncomeExpenditureSummary,
                [null, Measures.BudgetInitial, Measures.BudgetAdjusted, Measures.Amount, null, Measures.BudgetInitial, Measures.BudgetAdjusted, Measures.Amount],
                ["本年收入合计", "1400.00", "1520.00", "1500.00", "本年支出合计", "1400.00", "1530.00", "1497.50"],
                ["年初结转和结余", "", "10.00", "10.00", "年末结转和结余", "", "", closing])
            .Build();

        var found = new CarryoverRule().Check(document).ToList();

        Assert.Equal(findings, found.Count);
        Assert.All(found, f => Assert.Equal((125000m, 225000m), (f.Expected, f.Actual)));
    }

    [Theory]
    [InlineData("6.46", 0)]
    [InlineData("6.64", 1)]
    public void Holds_each_source_of_a_summary_by_source_to_its_carryover_balance(string closing, int findings)
    {
        // Round EU's Sichuan: 收入支出决算总表 项目 | 年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余; 一、财政拨款 8.60 + 1302.49 − 1304.63 = 6.46.
        const string type = TableTypes.IncomeExpenditureSummary;
        var built = new DocumentBuilder().Final()
            .Line(type, Dimensions.Summary, null, "一、财政拨款", Measures.CarryoverOpening, "8.60")
            .Line(type, Dimensions.Summary, null, "一、财政拨款", "other:本年收入", "1302.49")
            .Line(type, Dimensions.Summary, null, "一、财政拨款", Measures.Total, "1304.63")
            .Line(type, Dimensions.Summary, null, "一、财政拨款", Measures.CarryoverClosing, closing)
            .Build();
        var document = built with { LineItems = [.. built.LineItems.Select((i, k) => i with { Row = 1, Col = 1 + k })] };

        Assert.Equal(findings, new CarryoverRule().Check(document).Count());
    }

    [Fact]
    public void Holds_each_phases_total_to_its_own_basic_and_project_parts()
    {
        // 一般公共预算财政拨款支出决算表: 年初预算 | 全年预算 | 决算, each 小计 | 基本支出 | 项目支出; 决算 101.38 beside a project
        // part misprinted 111.38.
        const string type = TableTypes.GeneralBudgetExpenditureByFunction;
        var built = new DocumentBuilder().Final()
            .Line(type, Dimensions.Function, "2040605", "普法宣传", $"{Measures.BudgetInitial}.{Measures.Total}", "100.00")
            .Line(type, Dimensions.Function, "2040605", "普法宣传", $"{Measures.BudgetInitial}.{Measures.ProjectTotal}", "100.00")
            .Line(type, Dimensions.Function, "2040605", "普法宣传", $"{Measures.Actual}.{Measures.Total}", "101.38")
            .Line(type, Dimensions.Function, "2040605", "普法宣传", $"{Measures.Actual}.{Measures.BasicTotal}", "0.00")
            .Line(type, Dimensions.Function, "2040605", "普法宣传", $"{Measures.Actual}.{Measures.ProjectTotal}", "111.38")
            .Build();
        var document = built with { LineItems = [.. built.LineItems.Select((i, k) => i with { Row = 4, Col = 2 + k })] };

        var finding = Assert.Single(new RowComponentsRule().Check(document));

        Assert.Equal(("普法宣传: actual.total != actual.basic.total + actual.project.total", 1113800m, 1013800m),
            (finding.Message.Split(';')[0], finding.Expected, finding.Actual));
    }
}
