using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary><c>sum.share_columns</c> on built tables printing each line's share beside its amount (项目 | 金额 | 占比（%）).</summary>
public sealed class ShareColumnsRuleTests
{
    /// <summary>Round KK's Heilongjiang: a table inside the narrative, in 万元.</summary>
    private static ExtractedDocument Document(string shareHeading, params string[][] rows)
    {
        var document = new DocumentBuilder("万元").PrintedTable(TableTypes.IncomeSummary, "2025年收入预算构成情况", 4, rows).Build();
        return document with
        {
            Tables = [document.Tables[0] with { Header = [["项目", "金额", shareHeading]], Columns = [null, "amount", null] }],
        };
    }

    [Fact]
    public void Flags_a_share_that_is_not_its_amount_over_the_total()
    {
        var document = Document("占比（%）",
            ["一般公共预算拨款收入", "6056.85", "99.40"], ["政府性基金预算拨款收入", "0.00", "0.00"], ["其他收入", "18.00", "0.30"], ["合计", "6074.85", "100.00"]);

        var finding = Assert.Single(new ShareColumnsRule().Check(document));

        Assert.Equal((RuleIds.ShareColumns, 99.70m, 99.40m, "一般公共预算拨款收入"), (finding.Rule, finding.Expected, finding.Actual, finding.Refs[0].RowLabel));
        Assert.Equal(FindingFigures.Rates, finding.Figures);
    }

    [Theory]
    [InlineData("占比")]
    [InlineData("比重（%）")]
    [InlineData("占支出比例（%）")]
    public void Holds_shares_that_are_their_amounts_over_the_total_at_the_printed_decimals(string heading)
    {
        var document = Document(heading, ["基本支出", "3635.85", "59.85"], ["项目支出", "2439.00", "40.15"], ["合计", "6074.85", "100.00"]);

        Assert.Empty(new ShareColumnsRule().Check(document));
    }

    [Fact]
    public void Tells_of_the_amount_whose_share_fits_what_the_total_leaves_it()
    {
        // 项目支出 printed 2539.00 for 2439.00: its share 40.15 % is the 2439.00 the total leaves it, so the amount is the misprint.
        var document = Document("占比（%）", ["基本支出", "3635.85", "59.85"], ["项目支出", "2539.00", "40.15"], ["合计", "6074.85", "100.00"]);

        var finding = Assert.Single(new ShareColumnsRule().Check(document));

        Assert.Equal((RuleIds.ColumnTotal, 24390000.00m, 25390000.00m, "项目支出"), (finding.Rule, finding.Expected, finding.Actual, finding.Refs[0].RowLabel));
        Assert.Equal(FindingSeverity.Error, finding.Severity);
    }

    [Fact]
    public void Tells_of_the_total_where_every_share_is_of_the_lines_sum()
    {
        var document = Document("占比（%）", ["基本支出", "3635.85", "59.85"], ["项目支出", "2439.00", "40.15"], ["合计", "6174.85", "100.00"]);

        var finding = Assert.Single(new ShareColumnsRule().Check(document));

        Assert.Equal((RuleIds.ColumnTotal, 60748500.00m, 61748500.00m, "合计"), (finding.Rule, finding.Expected, finding.Actual, finding.Refs[0].RowLabel));
    }

    [Fact]
    public void Holds_a_share_moved_by_a_unit_of_its_last_digit_so_the_shares_add_up_to_100()
    {
        var document = Document("占比（%）", ["甲", "1000.00", "33.33"], ["乙", "1000.00", "33.33"], ["丙", "1000.00", "33.34"], ["合计", "3000.00", "100.00"]);

        Assert.Empty(new ShareColumnsRule().Check(document));
    }

    [Fact]
    public void Reads_no_share_of_an_uncoded_line_under_another_where_the_lines_do_not_add_up()
    {
        // 人员经费 and 公用经费 are 基本支出's, their shares of it: the uncoded lines run over the total, so no share is held to it.
        var document = Document("占比（%）", ["基本支出", "600.00", "60.00"], ["人员经费", "450.00", "75.00"], ["公用经费", "150.00", "25.00"],
            ["项目支出", "400.00", "40.00"], ["合计", "1000.00", "100.00"]);

        Assert.Empty(new ShareColumnsRule().Check(document));
    }

    [Fact]
    public void Reads_no_column_whose_shares_are_mostly_of_another_whole()
    {
        // Shares of something the table does not print: no line fits, so the column is not read as shares of this total.
        var document = Document("占比（%）", ["基本支出", "3635.85", "30.00"], ["项目支出", "2439.00", "20.00"], ["合计", "6074.85", "50.00"]);

        Assert.Empty(new ShareColumnsRule().Check(document));
    }
}
