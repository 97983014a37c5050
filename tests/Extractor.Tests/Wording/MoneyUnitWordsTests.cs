using Extractor.Wording;

namespace Extractor.Tests.Wording;

public sealed class MoneyUnitWordsTests
{
    [Theory]
    [InlineData("元", 1)]
    [InlineData("千元", 1000)]
    [InlineData("万元", 10000)]
    [InlineData("万", 10000)]
    [InlineData("亿元", 100000000)]
    public void Reads_a_units_word_as_yuan_per_unit(string word, int yuan) => Assert.Equal((decimal)yuan, MoneyUnitWords.YuanPer(word));

    [Theory]
    [InlineData(1, "元")]
    [InlineData(10000, "万元")]
    [InlineData(100000000, "亿元")]
    [InlineData(100, null)]
    public void Names_a_unit_by_its_word(int yuan, string? word) => Assert.Equal(word, MoneyUnitWords.WordFor(yuan));
}
