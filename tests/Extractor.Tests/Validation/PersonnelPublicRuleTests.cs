using Extractor.Mapping;
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
    public void Leaves_zhejiangs_classes_stated_of_all_funds_expenditure_to_no_economic_table()
    {
        // Round KD's Zhejiang: "部门支出预算…，其中：人员类13600.00万元，占72.09%；运转类…" reads 人员类 and 运转类 of all funds, which the
        // general budget's economic table does not split; nor does the general budget's basic expenditure stated beside them add them up.
        var facts = FactReader.Read(Documents.FromText("2025年部门支出预算18865.00万元，其中：人员类13600.00万元，占72.09%，比上年增加86.70万元，增长0.64%；" +
            "运转类3600.00万元，占19.08%；特定目标类1665.00万元，占8.83%。2025年一般公共预算基本支出17123.19万元。"), fiscalYear: 2025);
        var document = BasicTable().Facts(facts).Build();

        Assert.Equal([FactKeys.ExpenditureTotal, FactKeys.ExpenditureTotal, FactKeys.ExpenditureTotal],
            facts.Where(f => f.Key is FactKeys.ExpenditurePersonnel or FactKeys.ExpenditurePublicFunds or FactKeys.ExpenditureProject).Select(f => f.ShareOf));
        Assert.Empty(new PersonnelPublicRule().Check(document));
        Assert.Empty(new BasicCompositionRule().Check(document));
    }

    [Theory]
    // Round HQ's hospital: the basic expenditure of all funds split into 人员经费 and 公用经费 (17122.20 = 13594.82 + 3527.38), the general
    // budget's classes adding up to 17123.19: not held to them. Where the stated basic expenditure is the general budget's, it is.
    [InlineData("17122.20", 0)]
    [InlineData("17123.19", 1)]
    public void Leaves_the_split_of_all_funds_basic_expenditure_to_no_economic_table(string basic, int findings)
    {
        var document = BasicTable()
            .Fact(Stated(FactKeys.ExpenditureBasic, decimal.Parse(basic, System.Globalization.CultureInfo.InvariantCulture), page: 2))
            .Fact(Stated(FactKeys.ExpenditurePersonnel, 13594.82m, page: 2))
            .Fact(Stated(FactKeys.ExpenditurePublicFunds, 3527.38m, page: 2))
            .Build();

        Assert.Equal(findings, new PersonnelPublicRule().Check(document).Count(f => f.Severity == FindingSeverity.Error));
    }

    [Fact]
    public void Sums_the_years_column_not_an_unmapped_one_left_of_it()
    {
        // Tibet: 上年预算数 printed left of 本年预算数.
        var built = BasicTable()
            .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Economic, "301", "工资福利支出", Measures.OtherPrefix + "上年预算数", "7000.00")
            .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Economic, "303", "对个人和家庭的补助", Measures.OtherPrefix + "上年预算数", "5000.00")
            .Fact(Stated(FactKeys.ExpenditurePersonnel, 13594.82m, page: 14))
            .Build();
        var document = built with { LineItems = [.. built.LineItems.Select(i => Measures.IsOther(i.Measure) ? i with { Col = 0 } : i)] };

        Assert.Empty(new PersonnelPublicRule().Check(document));
    }

    [Fact]
    public void Sums_a_classs_first_printed_column_past_blank_ones()
    {
        // Round BD's Hunan scan: 302's 合计 and 人员经费 lost to OCR, its 公用经费 read.
        var built = new DocumentBuilder()
            .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Economic, "302", "商品和服务支出", Measures.Total, "")
            .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Economic, "302", "商品和服务支出", Measures.BasicPersonnel, "")
            .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Economic, "302", "商品和服务支出", Measures.BasicPublicFunds, "508.75")
            .Fact(Stated(FactKeys.ExpenditurePublicFunds, 508.75m, page: 18))
            .Build();
        var document = built with { LineItems = [.. built.LineItems.Select((i, c) => i with { Col = c + 2 })] };

        Assert.Empty(new PersonnelPublicRule().Check(document));
    }

    [Theory]
    [InlineData("5459773.00", 0)]
    [InlineData("5495773.00", 0)]
    [InlineData("5495773.00", 1, "5495773.00")]
    public void Holds_the_narrative_to_the_classes_personnel_cells_when_their_totals_disagree(string total301, int findings, string? personnel301 = null)
    {
        // Round BR's Yunnan, in yuan: 301's 合计 misprinted 5,495,773 for 5,459,773, its 人员经费 cell right; the narrative's
        // 563.52万元 agrees with the cells, and the misprint is the table's own. With the cell misprinted alike, it is not.
        var document = new DocumentBuilder("元")
            .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Economic, "301", "工资福利支出", Measures.Total, total301)
            .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Economic, "301", "工资福利支出", Measures.BasicPersonnel, personnel301 ?? "5459773.00")
            .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Economic, "303", "对个人和家庭的补助", Measures.Total, "175465.00")
            .Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Economic, "303", "对个人和家庭的补助", Measures.BasicPersonnel, "175465.00")
            .Fact(new Fact { Key = FactKeys.ExpenditurePersonnel, Value = 5635200m, PrintedUnit = 10000m, Page = 16, Quote = "人员经费563.52万元" })
            .Build();
        var numbered = document with { LineItems = [.. document.LineItems.Select((i, c) => i with { Col = 2 + c % 2 })] };

        Assert.Equal(findings, new PersonnelPublicRule().Check(numbered).Count(f => f.Severity == FindingSeverity.Error));
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

public sealed class BasicCompositionRuleTests
{
    private static Fact Stated(string key, decimal yuan) => new() { Key = key, Value = yuan, PrintedUnit = 1m, Page = 8, Quote = $"{yuan}元" };

    /// <summary>A budget in yuan: 一般公共预算基本支出 811000.39元，其中：人员经费 709961.19元 … 公用经费 71339.2元.</summary>
    [Theory]
    [InlineData(811000.39, null, 1)]
    [InlineData(781300.39, null, 0)]
    // A Jiangsu text states all funds' basic expenditure too: the parts may break down either.
    [InlineData(811000.39, 781300.39, 0)]
    public void Holds_personnel_and_public_funds_to_a_stated_basic_expenditure(double generalBudget, double? allFunds, int findings)
    {
        var document = new DocumentBuilder("元")
            .Fact(Stated(FactKeys.GeneralBudgetBasic, (decimal)generalBudget))
            .Fact(Stated(FactKeys.ExpenditurePersonnel, 709961.19m))
            .Fact(Stated(FactKeys.ExpenditurePublicFunds, 71339.2m));
        if (allFunds is { } all) document.Fact(Stated(FactKeys.ExpenditureBasic, (decimal)all));

        var found = new BasicCompositionRule().Check(document.Build()).ToList();

        Assert.Equal(findings, found.Count);
        Assert.All(found, f => Assert.Equal((RuleIds.PersonnelPublic, FindingSeverity.Error, 781300.39m), (f.Rule, f.Severity, f.Expected)));
    }
}
