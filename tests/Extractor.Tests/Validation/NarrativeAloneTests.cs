using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>
/// A budget published as its narrative alone (js-rdbgt-2019's text half): no table to hold a figure against, so
/// a figure stated twice is held to its other statement and the income total to the expenditure total.
/// </summary>
public sealed class NarrativeAloneTests
{
    /// <summary>A narrative figure in 万元 printed as given ("7670.82", "183.6").</summary>
    private static Fact Stated(string key, string printed, int page) => new()
    {
        Key = key,
        Value = decimal.Parse(printed) * 10000m,
        PrintedUnit = 10000m,
        Page = page,
        Quote = $"{printed}万元",
    };

    private static DocumentBuilder Rdbgt(string personnelRestated, string totalRestated) => new DocumentBuilder()
        .Fact(Stated(FactKeys.IncomeTotal, "18330.37", page: 9))
        .Fact(Stated(FactKeys.ExpenditureTotal, "18330.37", page: 9))
        .Fact(Stated(FactKeys.ExpenditureTotal, totalRestated, page: 10))
        .Fact(Stated(FactKeys.ExpenditurePersonnel, "7670.82", page: 14))
        .Fact(Stated(FactKeys.ExpenditurePersonnel, personnelRestated, page: 15))
        .Fact(Stated(FactKeys.ThreePublicVehicle, "183.6", page: 15))
        .Fact(Stated(FactKeys.ThreePublicVehicle, "183.60", page: 16));

    [Fact]
    public void Accepts_restatements_that_agree_at_the_coarser_printing()
    {
        var document = Rdbgt("7670.82", "18330.37").Build();

        Assert.DoesNotContain(new NarrativeTableRule().Check(document), f => f.Severity == FindingSeverity.Error);
        Assert.Empty(new BalanceRule().Check(document));
    }

    [Fact]
    public void Flags_a_figure_restated_differently_at_the_later_statement()
    {
        var findings = new NarrativeTableRule().Check(Rdbgt("7607.82", "18330.37").Build()).ToList();

        var finding = Assert.Single(findings);
        Assert.Equal((RuleIds.NarrativeTable, FindingSeverity.Error, 76708200m, 76078200m), (finding.Rule, finding.Severity, finding.Expected, finding.Actual));
        Assert.Equal([15, 14], finding.Refs.Select(r => r.Page));
    }

    [Fact]
    public void Flags_a_budgets_expenditure_total_that_is_not_its_income_total()
    {
        var findings = new BalanceRule().Check(Rdbgt("7670.82", "18303.37").Build()).ToList();

        var finding = Assert.Single(findings);
        Assert.Equal((RuleIds.IncomeExpenditure, 183303700m, 183033700m, 10), (finding.Rule, finding.Expected, finding.Actual, finding.Refs[0].Page));
    }

    [Fact]
    public void Leaves_the_narrative_to_the_tables_where_a_table_is_printed()
    {
        var document = Rdbgt("7607.82", "18303.37")
            .Function("201", "一般公共服务支出", "13907.78")
            .Build();

        Assert.DoesNotContain(new NarrativeTableRule().Check(document), f => f.Message.Contains("restated"));
        Assert.Empty(new BalanceRule().Check(document));
    }

    [Fact]
    public void Does_not_hold_a_final_accounts_totals_to_each_other()
    {
        // A final account's narrative may give 收入总计 and 本年支出合计, which differ by what is carried forward.
        var document = Rdbgt("7670.82", "18303.37").Final().Build();

        Assert.Empty(new BalanceRule().Check(document));
    }

    [Theory]
    [InlineData("123,456.78", 0)]
    [InlineData("123,000.00", 1)]
    public void Holds_a_figure_printed_in_yi_yuan_to_its_restatement_in_wan_yuan_at_the_coarser_printing(string restated, int findings)
    {
        // "12.35亿元" covers 12.345 to 12.355 亿元: 123,456.78万元 falls inside, 123,000.00万元 does not.
        var document = new DocumentBuilder()
            .Fact(new Fact { Key = FactKeys.ExpenditureTotal, Value = 12.35m * 100_000_000m, PrintedUnit = 100_000_000m, Page = 2, Quote = "12.35亿元" })
            .Fact(Stated(FactKeys.ExpenditureTotal, restated, page: 5))
            .Build();

        Assert.Equal(findings, new NarrativeTableRule().Check(document).Count(f => f.Severity == FindingSeverity.Error));
    }
}
