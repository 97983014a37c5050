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
    [InlineData("１，２３４，５６７．００", "1,234,567.00")]
    // Not a comma between two figures: it groups no thousands.
    [InlineData("各是4125.49，4143.91万元", "各是4125.49，4143.91万元")]
    [InlineData("分别为12.5，13.6万元", "分别为12.5，13.6万元")]
    public void Normalises_only_the_characters_that_form_numbers(string printed, string normalised)
    {
        Assert.Equal(normalised, CjkText.NormalizeNumbers(printed));
    }

    [Theory]
    // Radicals a font's Unicode map names instead of the characters it draws, as Word's exports print them.
    [InlineData("部\u2ED4预算", "部门预算")]
    [InlineData("\u2F00般公共预算\u2F40出", "一般公共预算支出")]
    [InlineData("\u2F08员经费、\u2ECB辆购置", "人员经费、车辆购置")]
    // A Kangxi radical whose ideograph is traditional stands for the simplified character (Chromium's CJK fonts map 户 to ⼾).
    [InlineData("财政专\u2F3E管理资金", "财政专户管理资金")]
    [InlineData("部\u2FA8预算、\u2F9E辆", "部门预算、车辆")]
    [InlineData("一般公共预算支出 3,456.16", "一般公共预算支出 3,456.16")]
    public void Reads_radical_characters_as_the_ideographs_they_stand_for(string decoded, string text)
    {
        Assert.Equal(text, CjkText.UnifyRadicals(decoded));
    }
}
