using Extractor.Model;

namespace Extractor.Tests.Model;

public sealed class PrintedPrecisionTests
{
    [Theory]
    [InlineData("292.10", 2)]
    [InlineData("2921100.00", 2)]
    [InlineData("1657", 0)]
    public void Reads_the_decimals_a_figure_was_printed_with(string printed, int decimals) =>
        Assert.Equal(decimals, PrintedPrecision.Decimals(decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Takes_half_each_terms_last_digit_and_for_a_bare_zero_the_finest_beside_it()
    {
        // 万元 to the 0.01 (50 yuan each) with a bare 0: the 0 is no rounder than its neighbours.
        Assert.Equal(150m, PrintedPrecision.SumRounding([(50m, false), (5000m, true), (50m, false)], finestBeside: 50m));
        // Among whole 万元 the 0 is as round as they are.
        Assert.Equal(15000m, PrintedPrecision.SumRounding([(5000m, false), (5000m, true), (5000m, false)], finestBeside: 5000m));
    }
}
