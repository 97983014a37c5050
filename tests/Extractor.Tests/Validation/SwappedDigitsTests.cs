using Extractor.Model;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

public class SwappedDigitsTests
{
    private static readonly PrintedStyle Wan = new(10_000m, 2, false);

    [Fact]
    public void Swaps_each_pair_of_neighbouring_digits_across_the_point_too()
    {
        // 28.64万元: 82.64, 26.84 (across the point), 28.46.
        Assert.Equal([826_400m, 268_400m, 284_600m], SwappedDigits.Of(286_400m, Wan));
    }

    [Fact]
    public void Makes_no_leading_zero_and_skips_equal_digits()
    {
        // 105.50万元: swapping 1-0 would lead with a zero, 5-5 changes nothing; 0-5 gives 150.50, 5-0 gives 105.05.
        Assert.Equal([1_505_000m, 1_050_500m], SwappedDigits.Of(1_055_000m, Wan));
        // 元 to whole yuan, negative.
        Assert.Equal([-21m], SwappedDigits.Of(-12m, new PrintedStyle(1m, 0, false)));
    }

    [Fact]
    public void Gives_nothing_for_a_zero_or_a_figure_finer_than_its_printing()
    {
        Assert.Empty(SwappedDigits.Of(0m, Wan));
        Assert.Empty(SwappedDigits.Of(286_401m, Wan));
    }
}
