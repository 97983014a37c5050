using Extractor.Layout;
using Extractor.Layout.Ocr;

namespace Extractor.Tests.Layout.Ocr;

public sealed class SkewTests
{
    /// <summary>A page of rows of short strokes (words), every 30 pixels, all tilted by the angle.</summary>
    private static PageImage Text(double degrees)
    {
        var page = new PageImage(900, 700);
        double slope = Math.Tan(degrees * Math.PI / 180);
        for (int row = 80; row < 620; row += 30)
            for (int x = 60; x < 840; x += 40)
                page.Line(x, x + 30, row + (x - 60) * slope, degrees, thickness: 3);
        return page;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1.5)]
    [InlineData(-2.2)]
    [InlineData(0.4)]
    public void Estimates_the_tilt_of_rows_of_text(double degrees)
    {
        Assert.Equal(degrees, Skew.Degrees(Text(degrees).Grey()), 0.05);
    }

    [Fact]
    public void A_page_without_ink_is_straight()
    {
        Assert.Equal(0, Skew.Degrees(new PageImage(200, 100).Grey()));
    }

    [Fact]
    public void A_tilted_table_rule_is_found_once_the_page_is_turned_back_by_its_tilt()
    {
        var page = Text(1.8).Line(60, 840, 40, 1.8).Grey();
        Assert.DoesNotContain(ImageRulings.Find(page, 0.36), r => r.Orientation == RulingOrientation.Horizontal);

        var straight = page.Turned(-Skew.Degrees(page));

        var rule = Assert.Single(ImageRulings.Find(straight, 0.36));
        Assert.Equal(RulingOrientation.Horizontal, rule.Orientation);
        Assert.InRange(rule.Length / 0.36, 760, 790); // drawn 780 pixels wide, tilted
    }
}
