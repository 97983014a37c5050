using Extractor.Layout;

namespace Extractor.Tests.Layout;

public sealed class OverprintFilterTests
{
    private static Glyph G(string text, double x, double baseline = 100) =>
        new(text, new Box(x, baseline - 10, x + 10, baseline), baseline, x, x + 10, 10, "F");

    [Fact]
    public void Removes_a_letter_printed_again_a_fraction_of_a_point_away()
    {
        // Fake bold: every letter printed twice, 0.4 pt apart.
        var glyphs = new[] { G("合", 0), G("合", 0.4), G("计", 10), G("计", 10.4, 100.2) };

        var kept = OverprintFilter.RemoveDuplicates(glyphs);

        Assert.Equal("合计", TextLineBuilder.Join(kept).Text);
    }

    [Fact]
    public void Keeps_the_same_letter_set_side_by_side()
    {
        var glyphs = new[] { G("1", 0), G("1", 5), G("1", 10) };

        Assert.Equal(3, OverprintFilter.RemoveDuplicates(glyphs).Count);
    }
}
