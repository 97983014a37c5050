using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

public sealed class NarrativeChangeRuleTests
{
    private static ExtractedDocument Stated(decimal value, decimal increase) => new DocumentBuilder().Fact(new Fact
    {
        Key = FactKeys.GovernmentFundTotal,
        Value = value,
        PrintedUnit = 10000m,
        Change = new FactChange(2022, increase, null, "increase"),
        Page = 6,
        Quote = "政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元",
    }).Build();

    [Fact]
    public void Flags_an_increase_larger_than_the_figure_it_led_to()
    {
        var finding = Assert.Single(new NarrativeChangeRule().Check(Stated(0m, 14212500m)));

        Assert.Equal((FindingSeverity.Error, 0m, 14212500m), (finding.Severity, finding.Expected, finding.Actual));
    }

    [Fact]
    public void Accepts_an_increase_up_to_the_figure()
    {
        Assert.Empty(new NarrativeChangeRule().Check(Stated(14212500m, 14212500m)));
    }
}
