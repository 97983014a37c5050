using Extractor.Cli.Evaluation;
using Extractor.Model;
using Extractor.Tests.Support;

namespace Extractor.Tests.Cli;

public sealed class CheckCoverageTests
{
    private static Fact Stated(string key, decimal wan, string quote) => new() { Key = key, Value = wan * 10000m, PrintedUnit = 10000m, Page = 21, Quote = quote };

    [Fact]
    public void Lists_a_stated_figure_no_rule_compares_and_passes_one_a_rule_checks()
    {
        // The procurement total is compared with its table; the vehicles counted are compared with nothing.
        var document = new DocumentBuilder()
            .Line(TableTypes.GovernmentProcurement, Dimensions.Summary, null, "合计", Measures.Total, "251.25")
            .Fact(Stated(FactKeys.ProcurementTotal, 251.25m, "政府采购预算总额为251.25万元"))
            .Fact(new Fact { Key = FactKeys.VehiclesTotal, Value = 8m, Page = 22, Quote = "共有车辆8辆" })
            .Build();

        var checks = CheckCoverage.Of("built.pdf", document);

        Assert.Equal(2, checks.Figures);
        var missed = Assert.Single(checks.Unchecked);
        Assert.Equal((FactKeys.VehiclesTotal, "value", 22), (missed.Key, missed.Part, missed.Page));
    }

    [Fact]
    public void Misprints_each_figure_a_statement_holds_and_no_figure_of_a_flat_change()
    {
        var fact = Stated(FactKeys.ThreePublicTotal, 0m, "“三公”经费预算数为0万元，与2024年预算持平，占0%") with
        {
            Change = new FactChange(2024, 0m, null, "flat"), ShareOf = FactKeys.ExpenditureTotal, SharePct = 0m,
        };

        var misprints = CheckCoverage.Misprints(fact).ToList();

        Assert.Equal(["value", "share"], misprints.Select(m => m.Part));
        // A zero printed in 万元 becomes 137万元, a figure that matters beside the others.
        Assert.Equal(1370000m, misprints[0].Misprinted.Value);
        Assert.Equal(3.7m, misprints[1].Misprinted.SharePct);
    }
}
