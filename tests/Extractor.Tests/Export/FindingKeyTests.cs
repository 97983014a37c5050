using Extractor.Export;

namespace Extractor.Tests.Export;

public sealed class FindingKeyTests
{
    [Theory]
    [InlineData("合计 [total] != sum of 4 rows below it; table t3 「收入决算表」 p8, printed in 万元 (10,000 yuan)",
                "合计 [total] != sum of 4 rows below it; table t5 「收入决算表」 p9, printed in 万元 (10,000 yuan)")]
    [InlineData("three_public.total vs table; narrative p2", "three_public.total vs table; narrative p3")]
    [InlineData("(310) income.government_fund in t4 on page 5 read by OCR", "(310) income.government_fund in t6 on page 7 read by OCR")]
    [InlineData("第6页 合计与各项之和不符", "第7页 合计与各项之和不符")]
    public void A_finding_moved_to_another_page_or_table_number_keeps_its_key(string before, string after) =>
        Assert.Equal(FindingKey.Placeless("某局", 2024, "budget", "sum.column_total", before),
                     FindingKey.Placeless("某局", 2024, "budget", "sum.column_total", after));

    [Theory]
    [InlineData("合计 [total] 1,234.50 != 1,234.60; table t3 p8", "合计 [total] 1,234.50 != 1,234.70; table t3 p8")]
    [InlineData("30201 办公费 [amount] != …; table t7 p16", "30202 印刷费 [amount] != …; table t7 p16")]
    [InlineData("function_item change vs 2018; narrative p27", "function_item change vs 2019; narrative p27")]
    public void A_figure_code_or_year_that_differs_changes_the_key(string before, string after) =>
        Assert.NotEqual(FindingKey.Placeless("某局", 2024, "budget", "rule", before),
                        FindingKey.Placeless("某局", 2024, "budget", "rule", after));
}
