using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>The fund blocks of project performance forms: their own sums, and the narrative's total of the projects.</summary>
public sealed class ProjectPerformanceFormTests
{
    private static DocumentBuilder Form(DocumentBuilder document, string project, string annual, string appropriation, string total = "")
    {
        const string type = TableTypes.ProjectPerformanceTargets;
        document.Line(type, Dimensions.Project, null, project, Measures.ProjectFundsAnnual, annual)
            .Line(type, Dimensions.Project, null, project, Measures.ProjectFundsAnnualAppropriation, appropriation)
            .Line(type, Dimensions.Project, null, project, Measures.ProjectFundsAnnualCarryover, "0.00")
            .Line(type, Dimensions.Project, null, project, Measures.ProjectFundsAnnualOther, "0.00");
        return total.Length == 0 ? document : document.Line(type, Dimensions.Project, null, project, Measures.ProjectFundsTotal, total)
            .Line(type, Dimensions.Project, null, project, Measures.ProjectFundsFiscal, total);
    }

    private static Fact Projects(int count) => new() { Key = FactKeys.PerformanceProjects, Value = count, Page = 29, Quote = $"编报绩效目标的项目{count}个" };

    private static Fact Funds(decimal wan) =>
        new() { Key = FactKeys.PerformanceProjectFunds, Value = wan * 10000m, PrintedUnit = 10000m, Page = 29, Quote = $"涉及项目预算资金{wan}万元" };

    [Fact]
    public void Flags_a_years_request_that_is_not_the_sum_of_its_sources()
    {
        // sh-putuo-wanli-2023 p35: 年度资金申请总额 10,903,043.00, but 其中：当年财政拨款 11,419,043.00 and nothing else.
        var document = Form(new DocumentBuilder("元"), "公共服务设施运行经费", "10903043.00", "11419043.00", total: "10903043.00").Build();

        var finding = Assert.Single(new RowComponentsRule().Check(document));

        Assert.Equal((FindingSeverity.Error, 10903043m, 11419043m), (finding.Severity, finding.Actual, finding.Expected));
        Assert.Contains("公共服务设施运行经费", finding.Message);
        Assert.Contains("“公共服务设施运行经费”的年度资金申请总额印为10903043.00元", finding.MessageZh);
    }

    [Fact]
    public void Adds_up_each_form_apart_from_the_others()
    {
        var document = new DocumentBuilder("元");
        Form(document, "就业援助基地补贴", "6351000.00", "6351000.00");
        Form(document, "各类工作经费", "7595500.00", "7595500.00");

        Assert.Empty(new RowComponentsRule().Check(document.Build()));
    }

    [Fact]
    public void Flags_a_stated_total_of_the_projects_that_their_forms_do_not_make()
    {
        // sh-putuo-wanli-2023 p29: five projects, 3328.13万元 stated; the five forms request 33,513,343元.
        var document = new DocumentBuilder("元").Fact(Projects(2)).Fact(Funds(1100.00m));
        Form(document, "就业援助基地补贴", "6351000.00", "6351000.00");
        Form(document, "各类工作经费", "4595500.00", "4595500.00");

        var finding = Assert.Single(new NarrativeTableRule().Check(document.Build()));

        Assert.Equal((RuleIds.NarrativeTable, FindingSeverity.Error, 10946500m, 11000000m), (finding.Rule, finding.Severity, finding.Expected, finding.Actual));
    }

    [Theory]
    [InlineData(2, "1094.65")]
    [InlineData(3, "1100.00")]
    public void Leaves_alone_a_total_the_forms_make_or_one_of_more_projects_than_printed(int projects, string wan)
    {
        var document = new DocumentBuilder("元").Fact(Projects(projects)).Fact(Funds(decimal.Parse(wan, System.Globalization.CultureInfo.InvariantCulture)));
        Form(document, "就业援助基地补贴", "6351000.00", "6351000.00");
        Form(document, "各类工作经费", "4595500.00", "4595500.00");

        Assert.Empty(new NarrativeTableRule().Check(document.Build()));
    }
}
