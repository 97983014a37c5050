using Extractor.Tables;

namespace Extractor.Tests.Tables;

public sealed class PrintedNumberTests
{
    [Theory]
    [InlineData("5,456.16", "5456.16")]
    [InlineData("4, 461. 66", "4461.66")]
    [InlineData("87267272.44", "87267272.44")]
    [InlineData("９６，２８２，２１３．４４", "96282213.44")]
    [InlineData("(12.50)", "-12.50")]
    [InlineData("43,114.2\n0", "43114.20")]
    [InlineData("25,048,627.\n77", "25048627.77")]
    [InlineData("(2,656.5\n7)", "-2656.57")]
    [InlineData("-3.5", "-3.5")]
    [InlineData("-", "0")]
    [InlineData("0.00", "0.00")]
    public void Reads_every_printed_form_of_an_amount_exactly(string printed, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PrintedNumber.Parse(printed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("合计")]
    [InlineData("≥95%")]
    [InlineData("1,23,4")]
    [InlineData("201一般公共服务")]
    [InlineData("12.00\n13.00")]
    [InlineData("1,234.00\n5")]
    [InlineData("201\n01")]
    public void Says_when_text_is_not_a_number(string printed)
    {
        Assert.Null(PrintedNumber.Parse(printed));
    }
}
