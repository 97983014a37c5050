using Extractor.Layout;

namespace Extractor.Tests.Layout;

public sealed class VisualOrderTests
{
    private static string Logical(string visual) => VisualOrder.ToLogical(visual.Select(c => c.ToString()).ToList());

    [Theory]
    // Hebrew set left to right on the page, with a parenthesis drawn mirrored and a number of its own order.
    [InlineData("(םימולהי אלל) היישעת", "תעשייה (ללא יהלומים)")]
    [InlineData("1.9 לכה ךס", "סך הכל 1.9")]
    // A Latin sentence keeps its order around a right-to-left word.
    [InlineData("Jeremy is ימרג in Arabic", "Jeremy is גרמי in Arabic")]
    // Text without right-to-left letters is untouched.
    [InlineData("Total (2014) 1,234.50", "Total (2014) 1,234.50")]
    [InlineData("一般公共预算 3,456.16", "一般公共预算 3,456.16")]
    public void Puts_a_line_collected_left_to_right_into_reading_order(string visual, string logical)
    {
        Assert.Equal(logical, Logical(visual));
    }

    [Fact]
    public void Keeps_a_ligature_whole_and_a_vowel_mark_after_its_letter()
    {
        // "مرحباً" as shaped glyphs left to right: alef with its fathatan mark as a glyph of its own, then ba … meem.
        var pieces = new[] { "\uFE8E", "\u064B", "\uFE92", "\uFEA3", "\uFEAE", "\uFEE3" };
        Assert.Equal("مرحباً", VisualOrder.ToLogical(pieces));
        // A ligature glyph mapped to two letters ("با") already reads in order.
        Assert.Equal("الانتخابات", VisualOrder.ToLogical(["ت", "با", "ا", "خ", "ت", "ن", "الا"]));
    }
}
