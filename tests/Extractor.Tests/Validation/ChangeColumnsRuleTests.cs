using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary><c>sum.change_columns</c> on built tables of a 2026 budget printing two years' figures and their change.</summary>
public sealed class ChangeColumnsRuleTests
{
    /// <summary>A table with the given header row and body rows; label columns are those whose heading names no figures.</summary>
    private static ExtractedDocument Document(string[] header, params string[][] rows)
    {
        var document = new DocumentBuilder().PrintedTable(TableTypes.Unknown, "", 3, rows).Build();
        var table = document.Tables[0] with
        {
            Header = [header],
            Columns = [.. header.Select(h => h is "科目编码" or "科目名称" or "项目" or "说明" ? null : $"other:{h}")],
        };
        return document with { Tables = [table] };
    }

    private static List<Finding> Errors(ExtractedDocument document) =>
        [.. new ChangeColumnsRule().Check(document).Where(f => f.Severity == FindingSeverity.Error)];

    [Fact]
    public void A_rate_that_is_not_the_change_over_last_year_s_figure_is_flagged()
    {
        // Chongqing's item table inside the narrative: (211.47 − 257.01) ÷ 257.01 = −17.72 %, printed −11.42.
        var document = Document(["科目编码", "科目名称", "2025年执行数", "2026年预算数", "增减额", "增减率（%）"],
            ["2070101", "行政运行", "496.70", "426.00", "-70.70", "-14.23"],
            ["2070109", "群众文化", "257.01", "211.47", "-45.54", "-11.42"]);

        var finding = Assert.Single(Errors(document));

        Assert.Equal(FindingFigures.Rates, finding.Figures);
        Assert.Equal(-17.72m, finding.Expected);
        Assert.Equal(-11.42m, finding.Actual);
        Assert.Equal("2070109", finding.Refs[0].Code);
        Assert.Contains("群众文化", finding.MessageZh);
    }

    [Fact]
    public void A_change_that_is_not_this_year_s_figure_less_last_year_s_is_flagged_in_yuan()
    {
        // Shandong's vertical 三公 table: its 合计 18.05 against 17.73 printed with the change −1.68 of the true 16.05.
        var document = Document(["项目", "上年预算数", "本年预算数", "增减"],
            ["合计", "17.73", "18.05", "-1.68"],
            ["因公出国（境）费", "3.86", "3.65", "-0.21"]);

        var finding = Assert.Single(Errors(document));

        Assert.Equal(3_200m, finding.Expected);
        Assert.Equal(-16_800m, finding.Actual);
        Assert.Equal("合计", finding.Refs[0].RowLabel);
    }

    [Fact]
    public void A_flagged_change_is_told_as_printed_with_its_trailing_zero()
    {
        // Round FR's Nanjing: 公务用车运行维护费 56.40 → 52.10 with its 增减额 printed −3.30 (the vehicles' −4.30 right).
        var document = Document(["项目", "2025年预算数", "2026年预算数", "增减额"], ["公务用车运行维护费", "56.40", "52.10", "-3.30"]);

        Assert.Contains("的增减额印为-3.30万元，", Assert.Single(Errors(document)).MessageZh);
    }

    [Theory]
    // Within rounding: 12.345 − 10.004 printed 12.35 − 10.00 = 2.35, the change printed 2.34 from the exact figures.
    [InlineData("10.00", "12.35", "2.34", "23.41")]
    // A fall printed without its sign, and its rate likewise.
    [InlineData("50.00", "40.00", "10.00", "20.00")]
    // Blank or dashed cells are not figures; a rate from nothing is not checked.
    [InlineData("", "12.35", "12.35", "")]
    [InlineData("0.00", "12.35", "12.35", "-")]
    public void Figures_that_agree_within_rounding_or_are_not_printed_give_no_error(string prior, string current, string change, string rate)
    {
        var document = Document(["项目", "2025年预算数", "2026年预算数", "增减额", "增减率"], ["会议费", prior, current, change, rate]);

        Assert.Empty(Errors(document));
    }

    [Fact]
    public void A_lone_change_beside_this_years_total_and_parts_is_the_totals()
    {
        // Round AF's Hunan: 本年预算 / 小计 | 基本支出 | 项目支出 | 上年预算数 | 比上年增减 / 增减额 | 增减率: 181.2 − 159.0 = 22.2,
        // its rate 13.96 %, printed 22.96.
        var document = new DocumentBuilder().PrintedTable(TableTypes.Unknown, "", 3,
            ["2030601", "兵役征集", "181.2", "0.0", "181.2", "159.0", "22.2", "22.96"],
            ["2030603", "人民防空", "146.0", "0.0", "146.0", "140.0", "6.0", "4.29"]).Build();
        document = document with
        {
            Tables = [document.Tables[0] with
            {
                Header = [["科目编码", "科目名称", "本年预算", "本年预算", "本年预算", "上年预算数", "比上年增减", "比上年增减"],
                          ["科目编码", "科目名称", "小计", "基本支出", "项目支出", "上年预算数", "增减额", "增减率(%)"]],
                Columns = [null, null, "amount", "basic.total", "project.total", "other:上年预算数", "other:比上年增减/增减额", null],
            }],
        };

        var finding = Assert.Single(Errors(document));

        Assert.Equal((13.96m, 22.96m, "2030601"), (finding.Expected, finding.Actual, finding.Refs[0].Code));
    }

    [Fact]
    public void Jiangsus_change_of_this_years_total_against_last_years_names_last_years_figure_where_change_and_rate_agree()
    {
        // Round KQ's Jiangsu: 上年预算数 | 当年预算数 / 合计 | 基本支出 | 项目支出 | 当年比上年增减 / 增减额 | 增减%; 2080505's 上年预算数 printed
        // 145.58 for 127.58, its change 7.54 and rate 5.91 % those of 127.58.
        var document = new DocumentBuilder().PrintedTable(TableTypes.GeneralBudgetExpenditure, "一般公共预算支出表", 8,
            ["2080505", "机关事业单位基本养老保险缴费支出", "145.58", "135.12", "135.12", "0.00", "7.54", "5.91"]).Build();
        document = document with
        {
            Tables = [document.Tables[0] with
            {
                Header = [["科目编码", "科目名称", "上年预算数", "当年预算数", "当年预算数", "当年预算数", "当年比上年增减", "当年比上年增减"],
                          ["科目编码", "科目名称", "上年预算数", "合计", "基本支出", "项目支出", "增减额", "增减%"]],
                Columns = [null, null, "other:上年预算数", "total", "basic.total", "project.total", "other:当年比上年增减/增减额", null],
            }],
        };

        var finding = Assert.Single(Errors(document));

        Assert.Equal((1_275_800.00m, 1_455_800.00m, "other:上年预算数"), (finding.Expected, finding.Actual, finding.Refs[0].Measure));
    }

    [Fact]
    public void A_change_or_rate_printed_with_the_wrong_sign_is_flagged()
    {
        // Round CL's Tianjin: 11.14 → 12.50 is a rise of 1.36, 12.21 %; printed with a minus, the sign is misprinted.
        ExtractedDocument Rise(string change, string rate) => Document(["项目", "2025年预算数", "2026年预算数", "增减额", "增减率"], ["合计", "11.14", "12.50", change, rate]);

        var rate = Assert.Single(Errors(Rise("1.36", "-12.21")));
        Assert.Equal((FindingFigures.Rates, 12.21m, -12.21m), (rate.Figures, rate.Expected, rate.Actual));
        var change = Assert.Single(Errors(Rise("-1.36", "12.21")));
        Assert.Equal((FindingFigures.Amounts, 13_600m, -13_600m), (change.Figures, change.Expected, change.Actual));
    }

    [Fact]
    public void A_fall_printed_without_its_sign_is_flagged_where_the_column_signs_the_other_falls()
    {
        // Round CO's Guangdong: 农林水支出 26,605,990.09 → 25,441,692.63 is a fall of 4.38 %, printed 4.38 under −2.18.
        var document = Document(["科目编码", "科目名称", "2025年预算数", "2026年预算数", "增减额", "增减率（%）"],
            ["208", "社会保障和就业支出", "3282203.38", "3210558.55", "-71644.83", "-2.18"],
            ["213", "农林水支出", "26605990.09", "25441692.63", "-1164297.46", "4.38"]);

        var finding = Assert.Single(Errors(document));

        Assert.Equal((-4.38m, 4.38m, "213"), (finding.Expected, finding.Actual, finding.Refs[0].Code));
    }

    [Fact]
    public void Years_and_their_change_laid_across_rows_are_checked_under_each_column()
    {
        // Round CO's Guangdong 三公 table in the narrative: (12.24 − 14.55) ÷ 14.55 = −15.88 %, printed −15.98; no rate from nothing.
        var document = new DocumentBuilder().PrintedTable(TableTypes.ThreePublicExpenses, "", 19,
            ["2025年预算数", "14.55", "2.27", "0.00"],
            ["2026年预算数", "12.24", "1.99", "0.00"],
            ["增减额", "-2.31", "-0.28", "0.00"],
            ["增减率（%）", "-15.98", "-12.33", "—"]).Build();
        document = document with
        {
            Tables = [document.Tables[0] with
            {
                Header = [["项目", "合计", "因公出国（境）费", "购置费"]],
                Columns = [null, "total", "three_public.overseas", "three_public.vehicle_purchase"],
            }],
        };

        var finding = Assert.Single(Errors(document));

        Assert.Equal((FindingFigures.Rates, -15.88m, -15.98m), (finding.Figures, finding.Expected, finding.Actual));
        Assert.Equal("增减率（%）", finding.Refs[0].RowLabel);
    }

    [Theory]
    // Round DC's Yunnan: 公务接待费 2025 0.78, 2026 printed 0.74 for 0.64, its 增减额 −0.14 and 增减率 −17.95 % agreeing with each
    // other: one finding, on this year's figure.
    [InlineData("0.78", "0.74", "-0.14", "-17.95", "this", "0.64", "0.74")]
    // Last year's printed 0.88 for 0.78: the change and rate give 0.64 − (−0.14) = 0.78.
    [InlineData("0.88", "0.64", "-0.14", "-17.95", "last", "0.78", "0.88")]
    // A rate that agrees with neither year: the change and the rate are each flagged.
    [InlineData("0.78", "0.74", "-0.14", "-11.11", null, null, null)]
    public void A_change_and_rate_agreeing_with_each_other_off_the_two_years_name_the_years_figure(string prior, string current, string change,
        string rate, string? year, string? expected, string? actual)
    {
        var document = Document(["项目", "2025年预算数", "2026年预算数", "增减额", "增减率（%）"], ["3.公务接待费", prior, current, change, rate]);

        var errors = Errors(document);

        if (year is null) Assert.Equal(2, errors.Count);
        else
        {
            var finding = Assert.Single(errors);
            decimal Yuan(string wan) => decimal.Parse(wan, System.Globalization.CultureInfo.InvariantCulture) * 10_000m;
            Assert.Equal((Yuan(expected!), Yuan(actual!)), (finding.Expected, finding.Actual));
            Assert.Equal(year == "this" ? "other:2026年预算数" : "other:2025年预算数", finding.Refs[0].Measure);
        }
    }

    [Fact]
    public void A_lone_change_beside_both_years_totals_and_parts_compares_the_totals()
    {
        // Round CL's Tianjin 三公 table: 2025年预算数 and 2026年预算数 each over 合计 | 因公出国（境）费 | 公务接待费, then 增减额 | 增减率（%）.
        var document = new DocumentBuilder().PrintedTable(TableTypes.ThreePublicExpenses, "", 13,
            ["11.14", "9.87", "1.27", "12.50", "11.35", "1.15", "1.36", "-12.21"]).Build();
        document = document with
        {
            Tables = [document.Tables[0] with
            {
                Header = [["2025年预算数", "2025年预算数", "2025年预算数", "2026年预算数", "2026年预算数", "2026年预算数", "增减额", "增减率（%）"],
                          ["合计", "因公出国（境）费", "公务接待费", "合计", "因公出国（境）费", "公务接待费", "增减额", "增减率（%）"]],
                Columns = ["other:2025年预算数/合计", "other:2025年预算数/因公出国（境）费", "other:2025年预算数/公务接待费", "total",
                           "three_public.overseas", "three_public.reception", "other:增减额", null],
            }],
        };

        var finding = Assert.Single(Errors(document));

        Assert.Equal((12.21m, -12.21m), (finding.Expected, finding.Actual));
    }

    [Fact]
    public void A_table_without_both_years_named_has_no_change_columns()
    {
        // 年初预算数 | 决算数 | 增减: a final account's difference from its budget, not a change between years.
        var document = Document(["项目", "年初预算数", "决算数", "增减"], ["会议费", "10.00", "12.00", "9.00"]);

        Assert.Empty(new ChangeColumnsRule().Check(document));
    }

    [Theory]
    [InlineData("增减额", false)]
    [InlineData("增减", false)]
    [InlineData("增(减)额", false)]
    [InlineData("比上年增减", false)]
    [InlineData("2026年预算数比2025年执行数增减", false)]
    [InlineData("增减变化情况", false)]
    [InlineData("增减率(%)", true)]
    [InlineData("增长率", true)]
    [InlineData("增幅", true)]
    [InlineData("增减幅度", true)]
    [InlineData("增减(%)", true)]
    public void Change_headings_say_whether_they_print_a_rate(string heading, bool rate)
    {
        var match = Extractor.Wording.ColumnHeaders.ChangeHeading().Match(heading);

        Assert.True(match.Success);
        Assert.Equal(rate, match.Groups["rate"].Success);
    }
}
