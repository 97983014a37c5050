using Extractor.Cli.Evaluation;
using Extractor.Model;
using Extractor.Tests.Support;

namespace Extractor.Tests.Cli;

public sealed class CellCoverageTests
{
    [Fact]
    public void Lists_a_printed_figure_nothing_holds_and_passes_those_a_sum_holds()
    {
        // The class is the sum of its two 款; the 会议费 line stands alone.
        var document = new DocumentBuilder()
            .Function("208", "社会保障和就业支出", "120.00")
            .Function("20805", "行政事业单位养老支出", "100.00")
            .Function("20899", "其他社会保障和就业支出", "20.00")
            .Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "", Measures.MeetingCosts, "8.00")
            .Build();

        var cells = CellCoverage.Of("built.pdf", document);

        Assert.Equal(4, cells.Cells);
        var missed = Assert.Single(cells.Unchecked);
        Assert.Equal((TableTypes.ThreePublicExpenses, Measures.MeetingCosts, "8.00"), (missed.TableType, missed.Measure, missed.Printed));
        Assert.Contains("| 1 | 4 | 3 (75.0 %) | 1 |", CellCoverage.Report([cells]));
    }
}
