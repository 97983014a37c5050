using Extractor.Validation;

namespace Extractor.Tests.Validation;

public sealed class MisreadShapesTests
{
    [Theory]
    [InlineData("6.93", "16.93")]      // 增长16.93% read 增长6.93%
    [InlineData("4.65", "94.6512")]    // 完成年初预算的94.65% read 4.65%, the rate computed
    [InlineData("4.73", "104.73")]     // 104.73% read 04.73%
    [InlineData("332.36", "32.36")]    // 占…的32.36%: 的 read as 3
    [InlineData("1.7", "17")]          // a table's 1.7 read 17
    [InlineData("17", "1.7")]
    [InlineData("12066200", "2066200")] // 1,206.62万元 against a part read 206.62, in yuan
    [InlineData("0.00", "100.00")]     // 完成年初预算的100.00% read 00.00%
    [InlineData("1.94", "4.94")]       // 增长4.94% read 增长1.94% (round DA's scans)
    public void Takes_a_lost_or_added_leading_digit_or_a_lost_point_for_a_misreading(string printed, string expected) =>
        Assert.True(MisreadShapes.Explain(decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("4107.73", "4097.73")] // a class row printed 10 more than its 款
    [InlineData("97.93", "107.53")]    // a completion rate miscomputed
    [InlineData("2116.7", "2115.7")]   // one digit changed, as a misprint is
    [InlineData("4.94", "1.94")]       // a 1 printed for a 4 is no misreading OCR makes
    [InlineData("80.30", "76.10")]
    [InlineData("5", "15")]            // too few digits to tell
    [InlineData("16.93", "16.93")]
    [InlineData("0.00", "96.50")]      // a zero where a figure of many digits belongs
    public void Leaves_a_publisher_s_kind_of_difference_alone(string printed, string expected) =>
        Assert.False(MisreadShapes.Explain(decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
}
