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

    [Fact]
    public void Keeps_what_comparing_every_pair_keeps()
    {
        var random = new Random(4);
        string[] letters = ["合", "计", "1", " "];
        var glyphs = Enumerable.Range(0, 3000).Select(_ =>
        {
            double x = random.Next(0, 400) * 0.25, baseline = random.Next(0, 40) * 0.5, size = random.Next(4, 14);
            return new Glyph(letters[random.Next(letters.Length)], new Box(x, baseline - size, x + size, baseline), baseline, x, x + size, size, "F");
        }).ToList();

        Assert.Equal(EveryPair(glyphs), OverprintFilter.RemoveDuplicates(glyphs));
    }

    /// <summary>The filter's rule without its index: a letter goes when a kept one of the same text sits within its tolerance.</summary>
    private static List<Glyph> EveryPair(IReadOnlyList<Glyph> glyphs)
    {
        var kept = new List<Glyph>();
        foreach (var glyph in glyphs)
        {
            double tolerance = Math.Min(2.0, 0.2 * glyph.FontSize);
            if (!glyph.IsWhitespace && kept.Any(k => k.Text == glyph.Text
                    && Math.Abs(k.StartX - glyph.StartX) <= tolerance && Math.Abs(k.Baseline - glyph.Baseline) <= tolerance))
                continue;
            kept.Add(glyph);
        }
        return kept;
    }
}
