using Extractor.Mapping;
using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

public sealed class NarrativeShareRuleTests
{
    private static List<Finding> Errors(string statement) =>
        [.. new NarrativeShareRule().Check(new DocumentBuilder("元").Facts(FactReader.Read(Documents.FromText(statement), fiscalYear: 2024)).Build())
            .Where(f => f.Severity == FindingSeverity.Error)];

    [Fact]
    public void Holds_shares_of_an_unstated_general_budget_to_the_sum_of_its_basic_and_project_parts()
    {
        // Guangxi's wording with made-up figures: the whole is 2,000,000 yuan, so the project's 20 % is printed 25 %.
        var finding = Assert.Single(Errors(
            "1. 基本支出预算1600000.00元，占一般公共预算支出的80.00%，同比减少10000元，下降0.62%。" +
            "2. 项目支出400000元，占一般公共预算支出的25.00%，同比增加10000元，增长2.56%。"));

        Assert.Equal((FactKeys.GeneralBudgetProject, 20.00m, 25.00m), (finding.Refs[0].FactKey, finding.Expected, finding.Actual));
        Assert.Equal(3, finding.Refs.Count);
    }

    [Fact]
    public void Says_nothing_of_a_share_of_an_unstated_whole_whose_other_part_is_not_stated()
    {
        Assert.Empty(Errors("2. 项目支出400000元，占一般公共预算支出的25.00%，同比增加10000元，增长2.56%。"));
    }

    [Fact]
    public void Accepts_shares_of_an_unstated_whole_that_fit_its_parts()
    {
        Assert.Empty(Errors("1. 基本支出预算1600000.00元，占一般公共预算支出的80.00%。2. 项目支出400000元，占一般公共预算支出的20.00%。"));
    }
}
