using Extractor.Mapping;
using Extractor.Model;

namespace Extractor.Tests.Mapping;

public sealed class MisreadLabelsTests
{
    [Theory]
    // scan02's 收入支出总表 as OCR read it: the enumerator garbled, a character dropped.
    [InlineData("伍)上级专项转移支付", "(三)上级专项转移支付")]
    [InlineData("全) 附属单位上缴收入", "(二)附属单位上缴收入")]
    [InlineData("伍) 事业单位经营收入", "(三)事业单位经营收入")]
    [InlineData("般资本性支出", "一般资本性支出")]
    [InlineData("项支出", "项目支出")]
    [InlineData("公共项目 (专项资金支出", "公共项目(专项资金)支出")]
    // A long row's words with one character misread (纳 read 内), the enumerator garbled.
    [InlineData("全)内入金库非税收入安排的拨款", "(二)纳入金库非税收入安排的拨款")]
    // Read right, or spaced: as printed.
    [InlineData("(一) 财政指标拨款(补助)", "(一) 财政指标拨款(补助)")]
    [InlineData("收入总计", "收入总计")]
    // Too garbled to be one row, or another table's wording: left as read.
    [InlineData("一则改拔款f助", "一则改拔款f助")]
    [InlineData("纯和类", "纯和类")]
    [InlineData("一般公共预算财政拨款收入", "一般公共预算财政拨款收入")]
    // Words two rows share after their enumerators (五、结转下年, 结转下年): neither.
    [InlineData("伍)结转下年", "伍)结转下年")]
    // Another template's numbering, read right: as printed (its row may be another's: (二)政府性基金 under 上年结转).
    [InlineData("九、其他收入", "九、其他收入")]
    [InlineData("六、上年结转", "六、上年结转")]
    [InlineData("(二)政府性基金", "(二)政府性基金")]
    public void Reads_a_garbled_summary_label_as_the_template_row_it_alone_can_be(string read, string row) =>
        Assert.Equal(row, MisreadLabels.Nearest(TableTypes.IncomeExpenditureSummary, read));

    [Theory]
    // scan01's 三公 table: (1) read (D).
    [InlineData("其中:(D)公务用车购置费", "其中:(1)公务用车购置费")]
    [InlineData("3. 公务接待费", "3. 公务接待费")]
    public void Reads_a_garbled_three_public_line_as_the_templates(string read, string row) =>
        Assert.Equal(row, MisreadLabels.Nearest(TableTypes.ThreePublicExpenses, read));

    [Fact]
    public void Leaves_labels_of_tables_without_a_template_of_rows()
    {
        Assert.Equal("般资本性支出", MisreadLabels.Nearest(TableTypes.ExpenditureSummary, "般资本性支出"));
    }
}
