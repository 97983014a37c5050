using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

public sealed class PersonnelPublicRuleTests
{
    private static Fact Stated(string key, decimal wan, int page) =>
        new() { Key = key, Value = wan * 10000m, PrintedUnit = 10000m, Page = page, Quote = $"人员经费{wan}万元" };

    private static DocumentBuilder BasicTable() => new DocumentBuilder()
        .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Economic, "301", "工资福利支出", Measures.Amount, "7687.65")
        .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Economic, "302", "商品和服务支出", Measures.Amount, "3528.37")
        .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Economic, "303", "对个人和家庭的补助", Measures.Amount, "5907.17");

    [Fact]
    public void Checks_every_statement_of_the_figure_not_only_the_first()
    {
        // js-rdbgt-2019 states 人员经费 on two pages; a misprint on the second is as wrong as on the first.
        var document = BasicTable()
            .Fact(Stated(FactKeys.ExpenditurePersonnel, 13594.82m, page: 14))
            .Fact(Stated(FactKeys.ExpenditurePersonnel, 13549.82m, page: 15))
            .Fact(Stated(FactKeys.ExpenditurePublicFunds, 3528.37m, page: 14))
            .Build();

        var finding = Assert.Single(new PersonnelPublicRule().Check(document));

        Assert.Equal((FindingSeverity.Error, 135948200m, 135498200m, 15), (finding.Severity, finding.Expected, finding.Actual, finding.Refs[0].Page));
    }

    [Fact]
    public void Reports_a_statement_read_twice_once()
    {
        var document = BasicTable()
            .Fact(Stated(FactKeys.ExpenditurePublicFunds, 3582.37m, page: 24))
            .Fact(Stated(FactKeys.ExpenditurePublicFunds, 3582.37m, page: 24))
            .Build();

        Assert.Single(new PersonnelPublicRule().Check(document));
    }
}
