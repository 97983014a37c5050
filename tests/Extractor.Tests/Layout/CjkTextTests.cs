using Extractor.Layout;

namespace Extractor.Tests.Layout;

public sealed class CjkTextTests
{
    [Theory]
    [InlineData("１２３．４５", "123.45")]
    [InlineData("占８１．７７％", "占81.77%")]
    [InlineData("４，４６１．６６万元", "4,461.66万元")]
    [InlineData("－１２．５０", "-12.50")]
    [InlineData("收入。支出，合计", "收入。支出，合计")]
    [InlineData("第（一）项", "第（一）项")]
    public void Normalises_only_the_characters_that_form_numbers(string printed, string normalised)
    {
        Assert.Equal(normalised, CjkText.NormalizeNumbers(printed));
    }
}
