using Extractor.Layout;
using Extractor.Layout.Ocr;
using Extractor.Tables.Lattice;

namespace Extractor.Tests.Layout.Ocr;

public sealed class ImageRulingsTests
{
    /// <summary>As <see cref="TesseractOcr"/> renders: 200 dpi.</summary>
    private const double PointsPerPixel = 72.0 / 200;

    [Fact]
    public void Finds_the_borders_of_a_ruled_table_as_rules_in_points_that_make_one_grid()
    {
        // Two rows and two columns, 400 × 200 pixels: horizontal borders 3 pixels thick, vertical ones 2.
        var page = new PageImage(600, 400);
        foreach (int y in new[] { 100, 200, 300 }) page.Fill(100, y, 501, y + 3);
        foreach (int x in new[] { 100, 300, 500 }) page.Fill(x, 100, x + 2, 303);

        var rules = ImageRulings.Find(page.Grey(), PointsPerPixel);

        var horizontal = rules.Where(r => r.Orientation == RulingOrientation.Horizontal).ToList();
        Assert.Equal([101.5 * PointsPerPixel, 201.5 * PointsPerPixel, 301.5 * PointsPerPixel], horizontal.Select(r => r.Position));
        // The rightmost vertical border reaches a pixel past the horizontal ones.
        Assert.All(horizontal, r => Assert.Equal((100 * PointsPerPixel, 502 * PointsPerPixel, 3 * PointsPerPixel), (r.Start, r.End, r.Thickness)));
        Assert.Equal([101 * PointsPerPixel, 301 * PointsPerPixel, 501 * PointsPerPixel],
            rules.Where(r => r.Orientation == RulingOrientation.Vertical).Select(r => r.Position));
        var grid = Assert.Single(RulingGrid.Find(RulingMerger.Merge(rules)));
        Assert.Equal((3, 3), (grid.Xs.Count, grid.Ys.Count));
    }

    [Fact]
    public void Paints_out_the_rules_it_found_and_leaves_the_ink_inside_the_cells()
    {
        var page = new PageImage(600, 400);
        foreach (int y in new[] { 100, 200, 300 }) page.Fill(100, y, 501, y + 3);
        foreach (int x in new[] { 100, 300, 500 }) page.Fill(x, 100, x + 2, 303);
        // A figure's strokes inside the first cell, clear of the rules.
        page.Fill(150, 140, 170, 160);
        var image = page.Grey();

        var erased = ImageRulings.Erased(image, ImageRulings.Find(image, PointsPerPixel), PointsPerPixel);

        Assert.Empty(ImageRulings.Find(erased, PointsPerPixel));
        int ink = Enumerable.Range(0, erased.Height).Sum(y => erased.Row(y).ToArray().Count(p => p < ImageRulings.DarkBelow));
        Assert.Equal(20 * 20, ink);
        Assert.Equal(0, erased.Row(150)[160]);
    }

    [Fact]
    public void Bridges_the_small_breaks_of_a_scanned_rule()
    {
        var page = new PageImage(500, 100).Fill(50, 40, 450, 42);
        for (int x = 100; x < 450; x += 50) page.Paper(x, 40).Paper(x + 1, 40).Paper(x, 41).Paper(x + 1, 41);

        var rule = Assert.Single(ImageRulings.Find(page.Grey(), PointsPerPixel));

        Assert.Equal((RulingOrientation.Horizontal, 50 * PointsPerPixel, 450 * PointsPerPixel), (rule.Orientation, rule.Start, rule.End));
    }

    [Fact]
    public void Takes_no_character_stroke_dot_leader_dashed_line_or_shaded_block_for_a_rule()
    {
        var page = new PageImage(800, 400);
        // A row of characters 25 pixels wide (9 points), their strokes level, 3 pixels apart.
        for (int x = 20; x < 780; x += 28) page.Fill(x, 50, x + 25, 52).Fill(x + 12, 40, x + 14, 66);
        // A dot leader, and a dashed line whose dashes are 20 pixels long.
        for (int x = 20; x < 780; x += 6) page.Fill(x, 120, x + 2, 122);
        for (int x = 20; x < 780; x += 26) page.Fill(x, 160, x + 20, 162);
        // A shaded block 150 pixels each way.
        page.Fill(300, 220, 450, 370);

        Assert.Empty(ImageRulings.Find(page.Grey(), PointsPerPixel));
    }

    [Fact]
    public void Finds_a_rule_among_specks_of_noise_and_only_it()
    {
        var page = new PageImage(600, 300).Fill(40, 150, 560, 152).Fill(300, 20, 302, 280);
        var random = new Random(14);
        for (int speck = 0; speck < 3000; speck++) page.Ink(random.Next(600), random.Next(300));

        var rules = ImageRulings.Find(page.Grey(), PointsPerPixel);

        Assert.Equal([(RulingOrientation.Horizontal, 40, 560), (RulingOrientation.Vertical, 20, 280)],
            rules.Select(r => (r.Orientation, (int)Math.Round(r.Start / PointsPerPixel), (int)Math.Round(r.End / PointsPerPixel))));
    }
}
