using Extractor.Layout.Ocr;

namespace Extractor.Tests.Layout.Ocr;

public sealed class GreyImageTests
{
    [Fact]
    public void The_median_takes_away_specks_and_keeps_strokes_two_pixels_wide()
    {
        var page = new PageImage(40, 30)
            .Fill(5, 5, 7, 25)      // a vertical stroke two pixels wide
            .Fill(10, 10, 30, 12)   // a horizontal stroke two pixels high
            .Fill(20, 20, 23, 23)   // a decimal point, three pixels square
            .Ink(35, 3).Ink(15, 25) // specks
            .Ink(33, 20).Ink(34, 20); // a speck two pixels long

        var median = page.Grey().Median3();

        Assert.Equal(0, median.Row(15)[5]);
        Assert.Equal(0, median.Row(15)[6]);
        Assert.Equal(0, median.Row(11)[20]);
        Assert.Equal(0, median.Row(21)[21]);
        Assert.Equal(255, median.Row(3)[35]);
        Assert.Equal(255, median.Row(25)[15]);
        Assert.Equal(255, median.Row(20)[33]);
        Assert.Equal(255, median.Row(20)[34]);
    }

    [Theory]
    [InlineData(1, 30 - 1 - 2, 5)]
    [InlineData(2, 40 - 1 - 5, 30 - 1 - 2)]
    [InlineData(3, 2, 40 - 1 - 5)]
    [InlineData(4, 5, 2)]
    public void Quarter_turns_clockwise_carry_a_pixel_where_the_page_takes_it(int quarters, int x, int y)
    {
        var turned = new PageImage(40, 30).Ink(5, 2).Grey().TurnedQuarters(quarters);

        Assert.Equal(quarters % 2 == 1 ? (30, 40) : (40, 30), (turned.Width, turned.Height));
        Assert.Equal(0, turned.Row(y)[x]);
        Assert.Equal(1, Enumerable.Range(0, turned.Height).Sum(row => turned.Row(row).ToArray().Count(p => p == 0)));
    }

    [Fact]
    public void The_median_fills_a_pinhole_in_a_stroke_and_leaves_the_border_as_it_is()
    {
        // A speck on the border, which a filtered border would lose, and a pinhole inside a stroke.
        var page = new PageImage(20, 20).Fill(0, 4, 20, 10).Paper(8, 6).Ink(0, 0).Ink(19, 19);

        var median = page.Grey().Median3();

        Assert.Equal(0, median.Row(6)[8]);
        Assert.Equal((0, 0), (median.Row(0)[0], median.Row(19)[19]));
        Assert.Equal(255, median.Row(1)[1]);
    }

    [Theory]
    [InlineData(new byte[] { 9, 8, 7, 6, 5, 4, 3, 2, 1 }, 5)]
    [InlineData(new byte[] { 255, 255, 255, 255, 0, 0, 0, 0, 0 }, 0)]
    [InlineData(new byte[] { 0, 0, 0, 0, 255, 255, 255, 255, 255 }, 255)]
    [InlineData(new byte[] { 7, 7, 7, 7, 7, 7, 7, 7, 7 }, 7)]
    public void The_median_of_nine_values_is_the_fifth_smallest(byte[] patch, byte expected)
    {
        // A 3 × 3 image: only its centre is filtered.
        var image = new GreyImage(3, 3, patch);

        Assert.Equal(expected, image.Median3().Row(1)[1]);
    }

    [Fact]
    public void Counts_specks_on_a_dusted_page_and_hardly_any_on_strokes_and_decimal_points()
    {
        var page = new PageImage(400, 300);
        for (int row = 0; row < 10; row++)
            for (int column = 0; column < 8; column++)
            {
                int x = 20 + column * 45, y = 20 + row * 25;
                page.Fill(x, y, x + 30, y + 2).Fill(x + 10, y, x + 12, y + 15).Fill(x + 33, y + 13, x + 36, y + 16);
            }
        var random = new Random(7);
        var dusted = new PageImage(400, 300);
        for (int i = 0; i < 1200; i++) dusted.Ink(random.Next(400), random.Next(300));

        Assert.Equal(0, page.Grey().Specks());
        Assert.Equal(0, Grainy(page).Specks());
        // 1,200 specks drawn on 120,000 pixels: 100 in ten thousand, a few fewer where one pixel was drawn twice.
        Assert.InRange(dusted.Grey().Specks(), 90, 100);
    }

    /// <summary>The page on grey paper (232) with grain of a few levels either way, as a scanner gives a clean page.</summary>
    private static GreyImage Grainy(PageImage page)
    {
        var clean = page.Grey();
        var random = new Random(3);
        var pixels = new byte[clean.Width * clean.Height];
        for (int y = 0; y < clean.Height; y++)
            for (int x = 0; x < clean.Width; x++)
                pixels[y * clean.Width + x] = (byte)Math.Clamp(clean.Row(y)[x] * 232 / 255 + random.Next(-12, 13), 0, 255);
        return new GreyImage(clean.Width, clean.Height, pixels);
    }
}
