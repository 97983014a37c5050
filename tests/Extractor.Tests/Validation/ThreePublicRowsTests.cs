using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>The 三公 table printed as rows, a line per part, as provinces name them.</summary>
public sealed class ThreePublicRowsTests
{
    private static ExtractedDocument Rows(string vehicle, string purchase, string operation)
    {
        var built = new DocumentBuilder();
        foreach (var (name, printed) in new[] { ("合计", "10.00"), ("1.因公出国（境）费", "2.00"), (vehicle, "5.00"), (purchase, "2.00"), (operation, "2.50"), ("3.公务接待费", "3.00") })
            built.Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, name, Measures.Amount, printed);
        return built.Build();
    }

    [Theory]
    [InlineData("2.公务用车购置及运行维护费", "其中：公务用车购置费", "公务用车运行维护费")]
    // Hubei: without 维护.
    [InlineData("2.公务用车购置及运行费", "其中：公务用车购置费", "公务用车运行费")]
    public void Holds_the_vehicles_line_to_its_purchase_and_running_costs(string vehicle, string purchase, string operation)
    {
        var finding = Assert.Single(new ThreePublicRule().Check(Rows(vehicle, purchase, operation)));

        Assert.Equal(("vehicle != purchase + operation", 45000.00m, 50000.00m), (finding.Message.Split(';')[0], finding.Expected, finding.Actual));
    }
}
