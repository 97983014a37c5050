using Extractor.Layout;
using Extractor.Tables.Pages;

namespace Extractor.Tests.Tables.Pages;

/// <summary>Telling a chart's labels from a table by the bars and wedges painted among them.</summary>
public sealed class ChartAreaTests
{
    private static readonly Box Area = new(50, 100, 550, 400);

    private static FilledArea Bar(double left, double top, double width, double height) => new(new Box(left, top, left + width, top + height), false);

    [Fact]
    public void Bars_growing_from_one_edge_with_different_lengths_make_a_chart()
    {
        Assert.True(ChartArea.Holds(Area, [Bar(200, 120, 280, 16), Bar(200, 156, 160, 16), Bar(200, 192, 40, 16)]));
        // Columns standing on one baseline.
        Assert.True(ChartArea.Holds(Area, [Bar(100, 300, 50, 90), Bar(200, 250, 50, 140), Bar(300, 200, 50, 190)]));
    }

    [Fact]
    public void A_wedge_bounded_by_curves_makes_a_chart()
    {
        Assert.True(ChartArea.Holds(Area, [new FilledArea(new Box(200, 150, 380, 330), Curved: true)]));
    }

    [Fact]
    public void Shaded_rows_or_a_shaded_header_make_no_chart()
    {
        // Zebra stripes: one left edge, one length.
        Assert.False(ChartArea.Holds(Area, [Bar(50, 120, 500, 16), Bar(50, 156, 500, 16), Bar(50, 192, 500, 16), Bar(50, 228, 500, 16)]));
        // A header's shaded cells side by side: different left edges.
        Assert.False(ChartArea.Holds(Area, [Bar(50, 100, 120, 20), Bar(170, 100, 80, 20), Bar(250, 100, 300, 20)]));
        // Bars elsewhere on the page.
        Assert.False(ChartArea.Holds(Area, [Bar(200, 500, 280, 16), Bar(200, 536, 160, 16), Bar(200, 572, 40, 16)]));
    }
}
