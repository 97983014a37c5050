using Extractor.Export;
using Extractor.Validation;

namespace Extractor.Tests.Export;

public sealed class FindingKeyTests
{
    // Messages as the validator places them (DocumentValidator.Placed), from the real and generated fixtures.
    [Theory]
    [InlineData("合计 [total] != sum of 4 rows below it; table t3 「收入决算表」 p8, printed in 万元 (10,000 yuan)",
                "合计 [total] != sum of 4 rows below it; table t5 「收入决算表」 p9, printed in 万元 (10,000 yuan)")]
    [InlineData("three_public.total vs table; narrative p2", "three_public.total vs table; narrative p3")]
    [InlineData("工资福利支出 [amount] != sum of 10 rows below it; table t7 p16", "工资福利支出 [amount] != sum of 10 rows below it; table t8 p17")]
    public void A_finding_moved_to_another_page_or_table_number_keeps_its_key(string before, string after) =>
        Assert.Equal(FindingKey.Placeless("某局", 2024, "budget", "sum.column_total", before),
                     FindingKey.Placeless("某局", 2024, "budget", "sum.column_total", after));

    [Theory]
    [InlineData("合计 [total] != sum of 4 rows below it; table t3 「收入决算表」 p8", "合计 [total] != sum of 5 rows below it; table t3 「收入决算表」 p8")]
    [InlineData("合计 [total] != sum of 4 rows below it; table t3 「收入决算表」 p8", "合计 [total] != sum of 4 rows below it; table t3 「支出决算表」 p8")]
    [InlineData("function_item change vs 2018; narrative p27", "function_item change vs 2019; narrative p27")]
    public void A_figure_table_or_year_that_differs_changes_the_key(string before, string after) =>
        Assert.NotEqual(FindingKey.Placeless("某局", 2024, "budget", "rule", before),
                        FindingKey.Placeless("某局", 2024, "budget", "rule", after));

    [Theory]
    [InlineData("合计 [total] != sum of 4 rows below it; table t3 「收入决算表」 p8, printed in 万元 (10,000 yuan)",
                "合计 [total] != sum of 4 rows below it; table 「收入决算表」, printed in 万元 (10,000 yuan)")]
    [InlineData("function_item change vs 2018; narrative p27", "function_item change vs 2018; narrative")]
    [InlineData("第t3 p8 stays where it is not the place; table t3 p8", "第t3 p8 stays where it is not the place; table")]
    public void Leaves_out_only_the_place_the_validator_appended(string placed, string unplaced) =>
        Assert.Equal(unplaced, DocumentValidator.Unplaced(placed));
}
