using System.Globalization;
using Extractor.Model;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>Which of two disagreeing figures a comparison names, when one of them also breaks its own table's sums.</summary>
public sealed class MisprintBlameTests
{
    private static readonly FindingRef SummaryLine = new() { TableId = "t1", TableType = TableTypes.IncomeExpenditureSummary, Page = 5, RowLabel = "四、农林水支出", Measure = Measures.Amount };
    private static readonly FindingRef ClassRow = new() { TableId = "t3", TableType = TableTypes.ExpenditureSummary, Page = 6, RowLabel = "农林水支出", Code = "213", Measure = Measures.Total };
    private static readonly FindingRef KuanRow = new() { TableId = "t3", TableType = TableTypes.ExpenditureSummary, Page = 6, RowLabel = "农业农村", Code = "21301", Measure = Measures.Total };
    private static readonly FindingRef SummaryTotal = new() { TableId = "t1", TableType = TableTypes.IncomeExpenditureSummary, Page = 5, RowLabel = "本年支出合计", Measure = Measures.Amount };
    private static readonly FindingRef Narrative = new() { FactKey = "three_public.total", Page = 4, Quote = "“三公”经费预算16.05万元" };

    /// <summary>Jiangsu's round: 表3 prints 213 as 2,184.10 over its one 款 21301 of 2,064.10; 表1 prints the class line 2,064.10.</summary>
    private static Finding Hierarchy() => SumCheck.Graded(RuleIds.FunctionHierarchy, "213 [total] != sum of 1 rows below it", 20_641_000m, 21_841_000m, 50m, [ClassRow, KuanRow]);

    private static Finding Comparison(string rule, FindingRef named, FindingRef other, decimal expected, decimal actual) =>
        SumCheck.Graded(rule, "213 total: income_expenditure_summary vs expenditure_summary", expected, actual, 0m, [named, other]);

    [Fact]
    public void A_cross_table_finding_names_the_figure_that_breaks_its_own_table_s_sums()
    {
        var cross = Comparison(RuleIds.CrossTable, SummaryLine, ClassRow, 21_841_000m, 20_641_000m);

        var turned = MisprintBlame.Reassigned([Hierarchy(), cross])[1];

        Assert.Equal([ClassRow, SummaryLine], turned.Refs);
        Assert.Equal(20_641_000m, turned.Expected);
        Assert.Equal(21_841_000m, turned.Actual);
        Assert.Equal(1_200_000m, turned.Difference);
        Assert.StartsWith("同一数字在两张表中不一致：支出总表第6页“农林水支出”（213）的合计印为2,184.1万元", turned.MessageZh);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Unequal_side_totals_are_told_of_the_side_whose_own_parts_give_the_other_sides_total(bool incomeOff)
    {
        // Round S's Xinjiang: a final account's 总计 | 总计, the income side's printed 2,112.84 over parts adding up to 2,110.14.
        FindingRef Total(int column) => new() { TableId = "t1", TableType = TableTypes.IncomeExpenditureSummary, Page = 5, RowLabel = "总计", Measure = column == 1 ? Measures.Amount : Measures.Total };
        FindingRef Year(string label) => new() { TableId = "t1", TableType = TableTypes.IncomeExpenditureSummary, Page = 5, RowLabel = label, Measure = Measures.Amount };
        var (income, spent) = (Total(1), Total(2));
        var (incomePrinted, spentPrinted) = incomeOff ? (21_128_400m, 21_101_400m) : (21_101_400m, 21_128_400m);
        var sideOff = incomeOff
            ? SumCheck.Graded(RuleIds.IncomeExpenditure, "总计 != 本年收入合计", 21_101_400m, incomePrinted, 150m, [income, Year("本年收入合计")])
            : SumCheck.Graded(RuleIds.IncomeExpenditure, "总计 != 本年支出合计", 21_101_400m, spentPrinted, 150m, [spent, Year("本年支出合计")]);
        var sides = SumCheck.Graded(RuleIds.IncomeExpenditure, "总计 != 总计", incomePrinted, spentPrinted, 0m, [spent, income]);

        var told = MisprintBlame.Reassigned([sideOff, sides])[1];

        Assert.Equal((sides.Refs, sides.Expected, sides.Actual), (told.Refs, told.Expected, told.Actual));
        Assert.Equal(incomeOff
            ? "收支不平衡：收支总表第5页“总计”的金额（收入方）印为2,112.84万元，与“总计”的合计（支出方）2,110.14万元不等，相差2.7万元；收入方所列各项之和为2,110.14万元，与支出方相符，误印当在收入方的“总计”"
            : "收支不平衡：收支总表第5页“总计”的合计（支出方）印为2,112.84万元，与“总计”的金额（收入方）2,110.14万元不等，相差2.7万元；支出方所列各项之和为2,110.14万元，与收入方相符，误印当在支出方的“总计”",
            told.MessageZh);
    }

    [Fact]
    public void A_balance_is_told_of_its_term_that_is_off_its_own_rows_by_the_balances_difference()
    {
        // Round CI's Xinjiang: 本年支出合计 printed 4,075,134.58 over rows adding up to 4,065,134.58; 支出总计 4,065,134.58 breaks nothing.
        FindingRef Line(string label) => new() { TableId = "t1", TableType = TableTypes.IncomeExpenditureSummary, Page = 5, RowLabel = label, Measure = Measures.Amount };
        FindingRef Row(string label) => new() { TableId = "t1", TableType = TableTypes.IncomeExpenditureSummary, Page = 5, RowLabel = label, Measure = Measures.Total };
        var (year, closing, total) = (Line("本年支出合计"), Line("年终结转结余"), Line("支出总计"));
        var column = SumCheck.Graded(RuleIds.ColumnTotal, "本年支出合计 [amount] != sum", 4_065_134.58m, 4_075_134.58m, 0.02m, [year, Row("五、教育支出")]);
        var balance = SumCheck.Graded(RuleIds.IncomeExpenditure, "支出总计 != 本年支出合计 + 年终结转结余", 4_075_134.58m, 4_065_134.58m, 0.01m, [total, year, closing]);

        var told = MisprintBlame.Reassigned([column, balance])[1];

        Assert.Equal([year, total, closing], told.Refs);
        Assert.Equal((4_065_134.58m, 4_075_134.58m), (told.Expected, told.Actual));
        Assert.StartsWith("收支不平衡：收支总表第5页“本年支出合计”的金额印为4,075,134.58元，按“支出总计”的金额、“年终结转结余”的金额应为4,065,134.58元", told.MessageZh);

        // A term off the same way as the balance would not close it by its own sum's figure: the balance is kept.
        var sameWay = SumCheck.Graded(RuleIds.ColumnTotal, "本年支出合计 [amount] != sum", 4_085_134.58m, 4_075_134.58m, 0.02m, [year, Row("五、教育支出")]);
        Assert.Equal(balance, MisprintBlame.Reassigned([sameWay, balance])[1]);

        // Where the whole breaks its own sum too, the balance cannot tell which it is and is kept.
        var wholeOff = SumCheck.Graded(RuleIds.ColumnTotal, "支出总计 [amount] != sum", 4_075_134.58m, 4_065_134.58m, 0.02m, [total, Row("收入总计")]);
        Assert.Equal(balance, MisprintBlame.Reassigned([column, wholeOff, balance])[2]);
    }

    [Fact]
    public void A_sides_balance_is_told_of_its_term_that_another_balance_breaks_on()
    {
        // Round BV's Zhejiang: 年末财政拨款结转和结余 printed 49.88, off 年初 + 收入 − 支出 (48.88); 总计 654.75 then 1.00 short of
        // 本年支出合计 + 年末.
        FindingRef Line(string label) => new() { TableId = "t4", TableType = TableTypes.FiscalAppropriationSummary, Page = 8, RowLabel = label, Measure = Measures.Total };
        var (closing, opening, income, spent, total) = (Line("年末财政拨款结转和结余"), Line("年初财政拨款结转和结余"), Line("本年收入合计"), Line("本年支出合计"), Line("总计"));
        var carryover = SumCheck.Graded(RuleIds.Carryover, "年末 != 年初 + 收入 - 支出", 488_800m, 498_800m, 150m, [closing, opening, income, spent]);
        var side = SumCheck.Graded(RuleIds.IncomeExpenditure, "总计 != 本年支出合计 + 年末", 6_557_500m, 6_547_500m, 100m, [total, spent, closing]);

        var told = MisprintBlame.Reassigned([carryover, side]);

        Assert.Equal(carryover, told[0]);
        Assert.Equal([closing, total, spent], told[1].Refs);
        Assert.Equal((488_800m, 498_800m), (told[1].Expected, told[1].Actual));
    }

    [Fact]
    public void A_sides_balance_names_its_term_off_another_table_by_the_balances_difference()
    {
        // Round DS's Jiangxi: the summary's 上年结转 printed 491,477.32 where the income table prints 451,477.32; 收入总计 13,613,076.93
        // is then 40,000 short of 本年收入合计 + 上年结转.
        FindingRef Line(string label) => new() { TableId = "t1", TableType = TableTypes.IncomeExpenditureSummary, Page = 5, RowLabel = label, Measure = Measures.Amount };
        var incomeTable = new FindingRef { TableId = "t2", TableType = TableTypes.IncomeSummary, Page = 6, RowLabel = "合计", Measure = Measures.IncomeCarryover };
        var (year, carried, total) = (Line("本年收入合计"), Line("上年结转"), Line("收入总计"));
        var balance = SumCheck.Graded(RuleIds.IncomeExpenditure, "收入总计 != 本年收入合计 + 上年结转", 13_653_076.93m, 13_613_076.93m, 0.01m, [total, year, carried]);
        var cross = SumCheck.Graded(RuleIds.CrossTable, "income.carryover", 451_477.32m, 491_477.32m, 0m, [carried, incomeTable]);

        var told = MisprintBlame.Reassigned([balance, cross])[0];

        Assert.Equal(balance.Refs, told.Refs);
        Assert.EndsWith("差额即收支总表第5页“上年结转”的金额与收入总表第6页“合计”的上年结转之差，误印当在该行", told.MessageZh);
        // The balance of the two sides is no sum of its lines: it is told otherwise.
        var sides = SumCheck.Graded(RuleIds.IncomeExpenditure, "支出总计 != 收入总计", 13_653_076.93m, 13_613_076.93m, 0m, [Line("支出总计"), carried]);
        Assert.Equal(sides, MisprintBlame.Reassigned([sides, cross])[0]);
    }

    [Fact]
    public void Unequal_side_totals_whose_sides_both_add_up_keep_their_message()
    {
        FindingRef Total(string label) => new() { TableId = "t1", TableType = TableTypes.IncomeExpenditureSummary, Page = 5, RowLabel = label, Measure = Measures.Amount };
        var sides = SumCheck.Graded(RuleIds.IncomeExpenditure, "支出总计 != 收入总计", 21_128_400m, 21_101_400m, 0m, [Total("支出总计"), Total("收入总计")]);

        Assert.Same(sides, Assert.Single(MisprintBlame.Reassigned([sides])));
    }

    [Fact]
    public void A_finding_whose_named_figure_breaks_its_sums_too_stays_as_it_is()
    {
        var cross = Comparison(RuleIds.CrossTable, SummaryLine, ClassRow, 21_841_000m, 20_641_000m);
        var summaryAlsoWrong = SumCheck.Graded(RuleIds.ColumnTotal, "本年支出合计", 0m, 20_641_000m, 50m, [SummaryLine, ClassRow]);

        var findings = MisprintBlame.Reassigned([Hierarchy(), summaryAlsoWrong, cross]);

        Assert.Same(cross, findings[2]);
    }

    [Fact]
    public void A_narrative_figure_stays_the_flagged_one_of_narrative_table_told_of_the_line_its_own_sums_contradict()
    {
        // Round Y's Guangdong and the generated dev15: the table's total printed 18.05 over parts adding up to 16.05, the
        // narrative's 16.05. The finding keeps its figures (expected the table's, actual the stated one, as the contract has them);
        // its message names the line.
        var threePublic = SumCheck.Graded(RuleIds.ThreePublic, "三公 total", 160_500m, 180_500m, 0m, [ClassRow]);
        var narrative = Comparison(RuleIds.NarrativeTable, Narrative, ClassRow, 180_500m, 160_500m);

        var told = MisprintBlame.Reassigned([threePublic, narrative])[1];

        Assert.Equal((narrative.Refs, narrative.Expected, narrative.Actual), (told.Refs, told.Expected, told.Actual));
        Assert.Equal("文字说明与表格数字不一致：支出总表第6页“农林水支出”（213）的合计印为18.05万元，而本表所列各项合计与第4页说明““三公”经费预算16.05万元”均为16.05万元，相差2万元", told.MessageZh);
    }

    [Theory]
    // Round KA's Heilongjiang: 公务接待费 printed 4.50 for 3.00 in the 三公 table's 2025 row, its 增减额 −1.00 right. This year's cell
    // flagged by as much as the change is off the other way: the change's finding only echoes it and is dropped; by another amount, kept.
    [InlineData(15_000, 1)]
    [InlineData(10_000, 2)]
    public void A_change_off_by_what_this_years_flagged_figure_is_off_is_dropped(int yearOff, int kept)
    {
        FindingRef Cell(string row, decimal amount) => new() { TableId = "t7", TableType = TableTypes.ThreePublicExpenses, Page = 16, RowLabel = row, Measure = "other:公务接待费", Amount = amount };
        var change = SumCheck.Graded(RuleIds.ChangeColumns, "增减额", 5_000m, -10_000m, 150m, [Cell("增减额", -10_000m), Cell("2025年预算数", 45_000m), Cell("2024年预算数", 40_000m)]);
        var year = SumCheck.Graded(RuleIds.CrossTable, "公务接待费", 45_000m - yearOff, 45_000m, 0m,
            [Cell("2025年预算数", 45_000m) with { Measure = Measures.ThreePublicReception }, Narrative]);

        var told = MisprintBlame.Reassigned([change, year]);

        Assert.Equal(kept, told.Count);
        Assert.Contains(told, f => f.Rule == RuleIds.CrossTable);
    }

    [Theory]
    // Round KC's Qinghai: 年初结转和结余 printed 241.57 for 241.75, the income side's 总计 and the carry-over's 年末 each 0.18 off; the
    // expenditure side agreeing, the carried line both add is told. With the expenditure side broken too, neither is.
    [InlineData(false, "年初结转和结余")]
    [InlineData(true, "总计")]
    public void Two_balances_off_by_one_amount_are_told_of_the_line_carried_in_both_add(bool expenditureSideBroken, string flagged)
    {
        FindingRef Line(string label, decimal amount) => new() { TableId = "t1", TableType = TableTypes.IncomeExpenditureSummary, Page = 8, RowLabel = label, Measure = Measures.Amount, Amount = amount };
        FindingRef total = Line("总计", 68_323_300m), income = Line("本年收入合计", 65_907_600m), used = Line("使用非财政拨款结余", 0m), opening = Line("年初结转和结余", 2_415_700m);
        FindingRef closing = Line("年末结转和结余", 1_842_900m), spent = Line("本年支出合计", 66_480_400m), distributed = Line("结余分配", 0m);
        var side = SumCheck.Graded(RuleIds.IncomeExpenditure, "总计 != 本年收入合计 + …", 68_321_500m, 68_323_300m, 150m, [total, income, used, opening]);
        var carry = SumCheck.Graded(RuleIds.Carryover, "年末结转和结余", 1_841_100m, 1_842_900m, 250m, [closing, opening, income, used, spent, distributed]);
        var other = SumCheck.Graded(RuleIds.IncomeExpenditure, "总计 != 本年支出合计 + …", 68_300_000m, 68_323_300m, 150m, [total, spent, distributed, closing]);

        var told = MisprintBlame.Reassigned(expenditureSideBroken ? [side, carry, other] : [side, carry]);

        Assert.Equal(flagged, told[0].Refs[0].RowLabel);
        if (!expenditureSideBroken)
        {
            Assert.All(told, f => Assert.Equal((2_417_500m, 2_415_700m, "年初结转和结余"), (f.Expected!.Value, f.Actual!.Value, f.Refs[0].RowLabel)));
            Assert.Contains("“年初结转和结余”的金额印为241.57万元", told[1].MessageZh);
        }
    }

    [Fact]
    public void A_narrative_balance_its_summarys_own_balance_gives_is_told_of_the_line()
    {
        // Round AI's Hebei: "年末结转和结余474.26万元" against the summary's 524.26, which 年初 + 收入 - 支出 - 结余分配 make 474.26.
        var closing = new FindingRef { TableId = "t1", TableType = TableTypes.IncomeExpenditureSummary, Page = 6, RowLabel = "年末结转和结余", Measure = Measures.Amount };
        var stated = new FindingRef { FactKey = FactKeys.CarryoverClosing, Page = 2, Quote = "年末结转和结余474.26万元" };
        var balance = SumCheck.Graded(RuleIds.Carryover, "年末结转和结余", 4_742_600m, 5_242_600m, 0m, [closing]);
        var narrative = SumCheck.Graded(RuleIds.NarrativeTable, "narrative carryover.closing vs table", 5_242_600m, 4_742_600m, 0m, [stated, closing]);

        var told = MisprintBlame.Reassigned([balance, narrative])[1];

        Assert.StartsWith("文字说明与表格数字不一致：收支总表第6页“年末结转和结余”的金额印为524.26万元", told.MessageZh);
    }

    [Theory]
    // Round AM's Jiangxi: 年初结转和结余 printed 2,574.95, the narrative's 1,574.95, the balance of 年末 off by 1,000.00; off by
    // another amount, the balance says nothing of the line.
    [InlineData(-10_000_000, true)]
    [InlineData(-9_000_000, false)]
    public void A_narrative_figure_that_would_close_its_summarys_balance_names_the_term(int balanceOff, bool told)
    {
        var opening = new FindingRef { TableId = "t1", TableType = TableTypes.IncomeExpenditureSummary, Page = 5, RowLabel = "年初结转和结余", Measure = Measures.Amount };
        var closing = opening with { RowLabel = "年末结转和结余" };
        var stated = new FindingRef { FactKey = FactKeys.CarryoverOpening, Page = 2, Quote = "年初结转和结余1,574.95万元" };
        var balance = SumCheck.Graded(RuleIds.Carryover, "年末结转和结余", 30_000_000m - balanceOff, 30_000_000m, 0m, [closing, opening, SummaryTotal]);
        var narrative = SumCheck.Graded(RuleIds.NarrativeTable, "narrative carryover.opening vs table", 25_749_500m, 15_749_500m, 0m, [stated, opening]);

        var message = MisprintBlame.Reassigned([balance, narrative])[1].MessageZh;

        Assert.Equal(told, message.EndsWith("误印当在该行", StringComparison.Ordinal));
        if (told) Assert.StartsWith("文字说明与表格数字不一致：收支总表第5页“年初结转和结余”的金额印为2,574.95万元，第2页说明“年初结转和结余1,574.95万元”为1,574.95万元，相差1,000万元；", message);
    }

    [Theory]
    // Round HB's Jiangxi: 年末结转和结余 printed 1,764.50, the narrative's 1,746.50; the side's 总计 9,426.20 over terms adding up to
    // 9,408.20 (its 结余分配 misprinted) is 18.00 over, which the narrative's figure in the line's place would widen, not close.
    [InlineData(1_800, false)]
    [InlineData(-1_800, true)]
    public void A_narrative_figure_closes_a_sides_balance_only_the_right_way_round(int balanceOff, bool told)
    {
        var closing = new FindingRef { TableId = "t1", TableType = TableTypes.IncomeExpenditureSummary, Page = 6, RowLabel = "年末结转和结余", Measure = Measures.Amount };
        var total = closing with { RowLabel = "总计" };
        var spent = closing with { RowLabel = "本年支出合计" };
        var stated = new FindingRef { FactKey = FactKeys.CarryoverClosing, Page = 2, Quote = "年末结转和结余1746.50万元" };
        var side = SumCheck.Graded(RuleIds.IncomeExpenditure, "总计 != 本年支出合计 + 年末结转和结余", 942_620m - balanceOff, 942_620m, 0m, [total, spent, closing]);
        var narrative = SumCheck.Graded(RuleIds.NarrativeTable, "narrative carryover.closing vs table", 176_450m, 174_650m, 0m, [stated, closing]);

        var message = MisprintBlame.Reassigned([side, narrative])[1].MessageZh;

        Assert.Equal(told, message.EndsWith("误印当在该行", StringComparison.Ordinal));
    }

    [Theory]
    // Round AM's Beijing: one project's 上年财政拨款结转 printed 55.56 for 35.56; its row's 合计 and its column's 合计 both 20.00 short.
    // The cell is quoted as printed beside what it should be.
    [InlineData(-200_000, true)]
    [InlineData(-100_000, false)]
    public void A_row_and_a_column_off_by_the_same_amount_name_the_cell_they_share(int columnOff, bool named)
    {
        FindingRef Cell(string row, string measure) => new() { TableId = "t4", TableType = TableTypes.ProjectExpenditure, Page = 6, RowLabel = row, Measure = measure };
        var carried = Cell("招商引资及投资促进活动经费", Measures.IncomeCarryover) with { Amount = 555_600m, Style = new PrintedStyle(10_000m, 2, false) };
        var row = SumCheck.Graded(RuleIds.RowComponents, "row", 1_886_400m, 1_686_400m, 0m,
            [Cell("招商引资及投资促进活动经费", Measures.Total), Cell("招商引资及投资促进活动经费", Measures.IncomeFiscalAppropriation), carried]);
        var column = SumCheck.Graded(RuleIds.ColumnTotal, "column", 1_223_300m - columnOff, 1_223_300m, 0m,
            [Cell("合计", Measures.IncomeCarryover), Cell("商务领域安全生产监管经费", Measures.IncomeCarryover), carried]);

        var told = MisprintBlame.Reassigned([row, column]);

        Assert.All(told, f => Assert.Equal(named, f.MessageZh.EndsWith("误印当在项目支出表第6页“招商引资及投资促进活动经费”的上年结转（印为55.56万元，应为35.56万元）", StringComparison.Ordinal)));
    }

    [Theory]
    // Round EB's Jilin: 302 商品和服务支出 printed 103.73 over items adding up to 105.53, 30201 办公费 printed 28.64 for 26.84: the one
    // item a swap of two digits makes add up is named; two are each named; four are no lead, nor is any where the class's own
    // figure is one swap from its items' sum.
    [InlineData("103.73", new[] { "28.64", "40.00", "36.89" }, "；所列各项中仅“30201”（30201）的公用经费印为28.64万元，两位数字对调即为26.84万元，各项之和即与所印相符，疑为误印")]
    [InlineData("103.73", new[] { "28.64", "3.15", "73.74" }, "；所列各项中“30201”（30201）的公用经费印为28.64万元（对调即为26.84万元）、“30202”（30202）的公用经费印为3.15万元（对调即为1.35万元），其中任一项两位数字对调，各项之和即与所印相符，疑为其中之一误印")]
    [InlineData("103.73", new[] { "28.64", "3.15", "8.60", "63.14" }, null)]
    [InlineData("105.35", new[] { "28.64", "40.00", "36.89" }, null)]
    public void A_sum_off_by_a_swap_of_two_digits_in_one_of_its_terms_names_that_term(string classPrinted, string[] itemsPrinted, string? told)
    {
        static decimal Yuan(string printed) => decimal.Parse(printed, CultureInfo.InvariantCulture) * 10_000m;
        FindingRef Cell(string code, string printed) => new()
        {
            TableId = "t6", TableType = TableTypes.GeneralBudgetBasicByEconomic, Page = 13, Code = code, RowLabel = code, Measure = Measures.BasicPublicFunds,
            Amount = Yuan(printed), Style = new PrintedStyle(10_000m, 2, false),
        };
        var items = itemsPrinted.Select((p, i) => Cell($"302{i + 1:00}", p)).ToList();
        var finding = SumCheck.Graded(RuleIds.EconomicHierarchy, "302", items.Sum(i => i.Amount!.Value), Yuan(classPrinted), 0.02m, [Cell("302", classPrinted), .. items]);

        string message = Assert.Single(MisprintBlame.Reassigned([finding])).MessageZh;

        if (told is null) Assert.Equal(finding.MessageZh, message);
        else Assert.Equal(finding.MessageZh + told, message);
    }

    [Fact]
    public void A_term_another_table_prints_alike_is_no_lead_for_a_swap()
    {
        // Round KJ's Shaanxi: 本年支出合计 5,173.98 over classes adding up to 5,170.38; 住房保障支出 113.78 would swap to 117.38, but the
        // general budget's table prints it alike, and 卫生健康支出 is the misprint.
        FindingRef Line(string label, decimal printed) => new()
        {
            TableId = "t1", TableType = TableTypes.IncomeExpenditureSummary, Page = 9, RowLabel = label, Measure = Measures.Amount,
            Amount = printed * 10_000m, Style = new PrintedStyle(10_000m, 2, false),
        };
        FindingRef housing = Line("三、住房保障支出", 113.78m);
        var finding = SumCheck.Graded(RuleIds.ColumnTotal, "本年支出合计", 51_703_800m, 51_739_800m, 150m,
            [Line("本年支出合计", 5173.98m), Line("一、社会保障和就业支出", 240.78m), Line("二、卫生健康支出", 4815.82m), housing]);

        Assert.Contains("两位数字对调", Assert.Single(MisprintBlame.Reassigned([finding])).MessageZh);
        Assert.Equal(finding.MessageZh, Assert.Single(MisprintBlame.Reassigned([finding], figure => figure == housing)).MessageZh);
    }

    [Fact]
    public void A_procurement_row_and_column_off_by_the_same_amount_name_the_cell_they_share()
    {
        // Round ET's Guangxi: 政府采购预算表 one project's 服务 printed 58.20 for 52.80; its row's 合计 52.80 and the 服务 column's 合计 91.40.
        FindingRef Cell(int row, string measure) => new() { TableId = "t10", TableType = TableTypes.GovernmentProcurement, Page = 21, RowLabel = $"项目{row}", Measure = measure };
        var services = Cell(2, Measures.ProcurementServices);
        var line = SumCheck.Graded(RuleIds.RowComponents, "row", 582_000m, 528_000m, 0m, [Cell(2, Measures.Total), Cell(2, Measures.ProcurementGoods), services]);
        var column = SumCheck.Graded(RuleIds.Procurement, "column", 968_000m, 914_000m, 0m, [Cell(0, Measures.ProcurementServices), Cell(1, Measures.ProcurementServices), services]);

        var told = MisprintBlame.Reassigned([line, column]);

        Assert.All(told, f => Assert.EndsWith("误印当在政府采购表第21页“项目2”的服务", f.MessageZh));
    }

    [Theory]
    // Round DC's Sichuan: the vehicles' 增减额 printed −33.48 over 购置费 and 运行费 adding up to −32.48; the 三公 合计's −32.95 then
    // 1.00 off its parts the other way is dropped, the vehicles' finding naming the misprint. Off by another amount it stays.
    [InlineData(10_000, true)]
    [InlineData(20_000, false)]
    public void A_three_public_total_off_by_what_its_part_is_off_its_own_parts_is_dropped(int totalOff, bool dropped)
    {
        FindingRef Cell(string row) => new() { TableId = "t9", TableType = TableTypes.ThreePublicExpenses, Page = 18, RowLabel = row, Measure = "other:增减额" };
        var vehicles = Cell("2.公务用车购置及运行费");
        var part = SumCheck.Graded(RuleIds.ThreePublic, "vehicles", -324_800m, -334_800m, 0m, [vehicles, Cell("其中：公务用车购置费"), Cell("公务用车运行维护费")]);
        var total = SumCheck.Graded(RuleIds.ThreePublic, "total", -329_500m - totalOff, -329_500m, 0m, [Cell("合计"), Cell("1.因公出国（境）费"), vehicles, Cell("3.公务接待费")]);

        var told = MisprintBlame.Reassigned([part, total]);

        Assert.Equal(dropped ? 1 : 2, told.Count);
    }

    [Fact]
    public void A_three_public_subtotal_off_by_what_its_parts_change_is_off_its_own_years_is_dropped()
    {
        // Round FR's Nanjing: 公务用车运行维护费's 增减额 printed −3.30 beside 56.40 → 52.10 (change_columns, naming the printed cell with
        // its style), the vehicles' −4.30 then 1.00 off its parts: the same cell, told by another rule, explains it.
        FindingRef Cell(string row) => new() { TableId = "t8", TableType = TableTypes.ThreePublicExpenses, Page = 17, RowLabel = row, Measure = "other:增减额" };
        var printedCell = Cell("公务用车运行维护费") with { Amount = -33_000m, Style = new PrintedStyle(10_000m, 2, false) };
        var change = SumCheck.Graded(RuleIds.ChangeColumns, "part's change", -43_000m, -33_000m, 0m, [printedCell]);
        var vehicles = SumCheck.Graded(RuleIds.ThreePublic, "vehicles", -33_000m, -43_000m, 0m,
            [Cell("3.公务用车购置及运行维护费"), Cell("其中：公务用车购置费"), Cell("公务用车运行维护费")]);

        Assert.Equal([RuleIds.ChangeColumns], MisprintBlame.Reassigned([change, vehicles]).Select(f => f.Rule));
    }

    [Theory]
    // Round IG's Foshan: 市场秩序执法's 增减额 printed 241.60 beside 2024 and 2025 figures 141.60 apart; its 款's right 898.73 then 100.00 short
    // of its items. The 款 is dropped where the item's change is off its own years by as much, kept where by another amount.
    [InlineData(1_000_000, 1)]
    [InlineData(900_000, 2)]
    public void A_kuans_change_off_by_what_an_items_change_is_off_its_own_years_is_dropped(int itemOff, int findings)
    {
        FindingRef Cell(string code) => new() { TableId = "t5", TableType = TableTypes.GeneralBudgetExpenditureByFunction, Page = 12, Code = code, RowLabel = code, Measure = "other:增减额" };
        var item = Cell("2013805");
        var change = SumCheck.Graded(RuleIds.ChangeColumns, "item's change", 1_416_000m, 1_416_000m + itemOff, 0m, [item]);
        var kuan = SumCheck.Graded(RuleIds.FunctionHierarchy, "20138", 9_987_300m, 8_987_300m, 0m, [Cell("20138"), Cell("2013801"), item]);

        var told = MisprintBlame.Reassigned([change, kuan]);

        Assert.Equal(findings, told.Count);
        Assert.Equal(RuleIds.ChangeColumns, told[0].Rule);
    }

    [Theory]
    // Round BA's Jiangsu: 小学教育's 项目支出 printed with two digits swapped, 360 yuan short: its row's 合计 and its 款 普通教育's
    // 项目支出 both off by 360. Two column sums sharing the cell name nothing.
    [InlineData(RuleIds.RowComponents, true)]
    [InlineData(RuleIds.ColumnTotal, false)]
    public void A_row_and_a_class_off_by_the_same_amount_name_the_item_cell_they_share(string rowRule, bool named)
    {
        FindingRef Cell(string code, string measure) => new() { TableId = "t5", TableType = TableTypes.GeneralBudgetExpenditureByFunction, Page = 14, Code = code, RowLabel = code, Measure = measure };
        var project = Cell("2050202", Measures.ProjectTotal);
        var row = SumCheck.Graded(rowRule, "row", 308_534_615.25m, 308_534_975.25m, 0.01m, [Cell("2050202", Measures.Total), Cell("2050202", Measures.BasicTotal), project]);
        var kuan = SumCheck.Graded(RuleIds.FunctionHierarchy, "20502", 375_374_174.90m, 375_374_534.90m, 0.02m, [Cell("20502", Measures.ProjectTotal), Cell("2050201", Measures.ProjectTotal), project]);

        var told = MisprintBlame.Reassigned([row, kuan]);

        Assert.All(told, f => Assert.Equal(named, f.MessageZh.Contains("同由一格而来", StringComparison.Ordinal)));
    }

    [Theory]
    // Round BE's Jiangxi: class 213's 项目支出 printed 2,284.8 for 2,320.8, off its items and leaving its row's 合计 3,158.5 short by as
    // much; off by another amount the two name nothing.
    [InlineData(-360_000, true)]
    [InlineData(-260_000, false)]
    public void A_row_adding_up_a_class_cell_off_its_items_by_the_same_amount_names_that_cell(int classOff, bool named)
    {
        FindingRef Cell(string code, string measure) => new() { TableId = "t3", TableType = TableTypes.ExpenditureSummary, Page = 7, Code = code, RowLabel = code, Measure = measure };
        var classProject = Cell("213", Measures.ProjectTotal);
        // The class cell 36.0 short leaves its items over it and its row's parts under the row's 合计: the two sums off opposite ways.
        var row = SumCheck.Graded(RuleIds.RowComponents, "row", 31_225_000m, 31_585_000m, 0.05m, [Cell("213", Measures.Total), Cell("213", Measures.BasicTotal), classProject]);
        var column = SumCheck.Graded(RuleIds.FunctionHierarchy, "213", 22_848_000m - classOff, 22_848_000m, 0.05m, [classProject, Cell("21301", Measures.ProjectTotal)]);

        var told = MisprintBlame.Reassigned([row, column]);

        Assert.Equal(named, told[0].MessageZh.EndsWith("误印当在支出总表第7页“213”（213）的项目支出", StringComparison.Ordinal));
    }

    [Theory]
    // Round BT's Shandong: 30201 办公费's 合计 printed 53.21 beside its 公用经费 43.21, and 302's items adding up to 10.00 more than
    // 302 prints: 30201's 合计 is the misprint, named by 302's finding too; off by another amount the two name nothing.
    [InlineData(100_000, true)]
    [InlineData(90_000, false)]
    public void A_class_off_its_items_by_what_one_items_total_is_off_its_own_row_names_that_total(int itemOff, bool named)
    {
        FindingRef Cell(string code, string measure) => new() { TableId = "t6", TableType = TableTypes.GeneralBudgetBasicByEconomic, Page = 12, Code = code, RowLabel = code, Measure = measure };
        var itemTotal = Cell("30201", Measures.Total);
        var row = SumCheck.Graded(RuleIds.RowComponents, "row", 432_100m, 432_100m + itemOff, 0.05m, [itemTotal, Cell("30201", Measures.BasicPersonnel), Cell("30201", Measures.BasicPublicFunds)]);
        var column = SumCheck.Graded(RuleIds.EconomicHierarchy, "302", 4_538_600m, 4_438_600m, 0.05m, [Cell("302", Measures.Total), itemTotal, Cell("30202", Measures.Total)]);

        var told = MisprintBlame.Reassigned([row, column]);

        Assert.Equal(named, told[1].MessageZh.EndsWith("误印当在一般公共预算基本支出经济分类表第12页“30201”（30201）的合计", StringComparison.Ordinal));
    }

    [Theory]
    // Round BT's Hunan: 收入总计 printed 139,607,645 off its side's lines and off 支出总计; the income table's 合计 prints 139,607,635.
    // With the side's lines adding up to it, the summary's 收入总计 breaks one balance only and is not taken for the misprint.
    [InlineData(true)]
    [InlineData(false)]
    public void A_cross_table_finding_names_the_figure_two_broken_balances_share(bool sideOff)
    {
        FindingRef Line(string label) => new() { TableId = "t1", TableType = TableTypes.IncomeExpenditureSummary, Page = 5, RowLabel = label, Measure = Measures.Amount };
        var incomeTotal = Line("收入总计");
        var incomeTable = new FindingRef { TableId = "t2", TableType = TableTypes.IncomeSummary, Page = 6, RowLabel = "合计", Measure = Measures.Total };
        var sides = SumCheck.Graded(RuleIds.IncomeExpenditure, "支出总计 != 收入总计", 139_607_635m, 139_607_645m, 0m, [Line("支出总计"), incomeTotal]);
        var lines = SumCheck.Graded(RuleIds.IncomeExpenditure, "收入总计 != lines", 139_607_635m, 139_607_645m, 1m, [incomeTotal, Line("本年收入合计"), Line("上年结转结余")]);
        var cross = SumCheck.Graded(RuleIds.CrossTable, "income total", 139_607_645m, 139_607_635m, 0m, [incomeTable, incomeTotal]);

        var told = MisprintBlame.Reassigned(sideOff ? [sides, lines, cross] : [sides, cross]);

        Assert.Equal(sideOff ? incomeTotal : incomeTable, told[^1].Refs[0]);
    }

    [Theory]
    // Round BE's Hunan: 人员经费 stated 3262.30 where 301 and 303 add up to 3226.30, the stated 基本支出 3845.60 then 36.00 short of its
    // stated parts: the part's own finding names it.
    [InlineData(360_000, true)]
    [InlineData(260_000, false)]
    public void A_stated_total_off_by_what_a_stated_part_is_off_its_classes_names_the_part(int partOff, bool echoed)
    {
        var basic = new FindingRef { FactKey = FactKeys.GeneralBudgetBasic, Page = 22, Quote = "一般公共预算财政拨款基本支出3845.60万元" };
        var personnel = new FindingRef { FactKey = FactKeys.ExpenditurePersonnel, Page = 22, Quote = "人员经费3262.30万元" };
        var publicFunds = new FindingRef { FactKey = FactKeys.ExpenditurePublicFunds, Page = 22, Quote = "公用经费619.30万元" };
        var wages = new FindingRef { TableId = "t6", TableType = TableTypes.GeneralBudgetBasicByEconomic, Page = 15, Code = "301", RowLabel = "工资福利支出", Measure = Measures.BasicPersonnel };
        var sum = SumCheck.Graded(RuleIds.PersonnelPublic, "basic vs its stated parts", 38_816_000m, 38_456_000m, 150m, [basic, personnel, publicFunds]);
        var part = SumCheck.Graded(RuleIds.PersonnelPublic, "personnel vs 301 + 303", 32_623_000m - partOff, 32_623_000m, 100m, [personnel, wages]);

        var told = MisprintBlame.Reassigned([sum, part]).First(f => f.Refs[0] == basic);

        Assert.Equal(echoed, told.MessageZh.EndsWith("误印当在该项", StringComparison.Ordinal));
    }

    [Fact]
    public void A_narrative_figure_its_tables_sums_do_not_give_keeps_its_message()
    {
        var threePublic = SumCheck.Graded(RuleIds.ThreePublic, "三公 total", 170_500m, 180_500m, 0m, [ClassRow]);
        var narrative = Comparison(RuleIds.NarrativeTable, Narrative, ClassRow, 180_500m, 160_500m);

        Assert.Same(narrative, MisprintBlame.Reassigned([threePublic, narrative])[1]);
    }

    [Theory]
    // Round Y's Xinjiang: the summary's class line 1,200,000 above the function table's, its column's total short of its rows by
    // as much; off by another amount, the total is a misprint of its own and its message stays.
    [InlineData(-1_200_000, true)]
    [InlineData(-1_100_000, false)]
    public void A_column_total_off_by_what_a_row_is_off_against_another_table_says_so(int totalOff, bool echoed)
    {
        var cross = Comparison(RuleIds.CrossTable, SummaryLine, ClassRow, 20_641_000m, 21_841_000m);
        var total = SumCheck.Graded(RuleIds.ColumnTotal, "本年支出合计", 50_000_000m, 50_000_000m + totalOff, 50m, [SummaryTotal, SummaryLine]);

        var told = MisprintBlame.Reassigned([cross, total]).Single(f => f.Rule == RuleIds.ColumnTotal);

        Assert.Equal((total.Expected, total.Actual), (told.Expected, told.Actual));
        Assert.Equal(echoed, told.MessageZh.EndsWith("；差额即收支总表第5页“四、农林水支出”的金额与支出总表第6页“农林水支出”（213）的合计之差，误印当在该行", StringComparison.Ordinal));
    }

    [Theory]
    // Round GB's Liaoning: 财政拨款收支总表's 卫生健康支出 合计 3,349.22 beside its 一般公共预算 cell printed 3,439.22, which the
    // function table prints 3,349.22: the cell, not the row's total.
    [InlineData(-900_000, true)]
    [InlineData(-800_000, false)]
    public void A_rows_total_off_by_what_one_of_its_cells_is_off_against_another_table_blames_the_cell(int totalOff, bool echoed)
    {
        var total = SummaryLine with { Measure = Measures.Total };
        var cell = SummaryLine with { Measure = Measures.FundGeneralBudget };
        var cross = Comparison(RuleIds.CrossTable, cell, ClassRow, 33_492_200m, 34_392_200m);
        var row = SumCheck.Graded(RuleIds.RowComponents, "total != its funds", 33_492_200m - totalOff, 33_492_200m, 50m, [total, cell]);

        var told = MisprintBlame.Reassigned([cross, row]);

        Assert.Equal(echoed, told.Single(f => f.Rule == RuleIds.RowComponents).MessageZh.EndsWith("之差，误印当在该格", StringComparison.Ordinal));
    }

    [Fact]
    public void A_kuan_off_by_what_one_of_its_items_is_off_against_another_table_blames_the_item_there_too()
    {
        // Round AJ's Jiangsu: 22001 printed 5,352.04 over items adding up to 5,362.04, as its item 2200120 is printed 860.11 in the
        // general-budget table, the summary (all funds, which holds it) printing 850.11.
        var kuan = new FindingRef { TableId = "t5", TableType = TableTypes.GeneralBudgetExpenditureByFunction, Page = 7, RowLabel = "自然资源事务", Code = "22001", Measure = Measures.Total };
        var item = kuan with { RowLabel = "海域与海岛管理", Code = "2200120" };
        var summaryItem = item with { TableId = "t3", TableType = TableTypes.ExpenditureSummary, Page = 6 };
        var hierarchy = SumCheck.Graded(RuleIds.FunctionHierarchy, "22001 [total] != sum of 8 rows below it", 53_620_400m, 53_520_400m, 400m, [kuan, item]);
        var below = SumCheck.Graded(RuleIds.CrossTable, "2200120: whole below its part", 8_601_100m, 8_501_100m, 0m, [summaryItem, item]);
        below = below with { MessageZh = ChineseMessage.BelowItsPart(RuleIds.CrossTable, 8_601_100m, 8_501_100m, below.Refs) };

        var told = MisprintBlame.Reassigned([hierarchy, below]);

        Assert.EndsWith("误印当在该行", told[0].MessageZh);
        Assert.Equal([item, summaryItem], told[1].Refs);
        Assert.Equal((8_501_100m, 8_601_100m), (told[1].Expected, told[1].Actual));
        Assert.Equal("同一数字在两张表中不一致：一般公共预算支出功能分类表第7页“海域与海岛管理”（2200120）的合计印为860.11万元，大于其所属支出总表第6页“海域与海岛管理”（2200120）的合计的850.11万元，相差10万元",
            told[1].MessageZh);
    }

    [Theory]
    // Round AG's Liaoning: "“三公”经费预算26.2万元" against stated parts adding up to 27.2, its 公务接待费 stated 6.4 where the
    // table prints 5.4; a part off by another amount leaves the total's message alone.
    [InlineData(10_000, true)]
    [InlineData(20_000, false)]
    public void A_stated_total_off_by_what_a_stated_part_is_off_its_table_names_the_part(int partOff, bool echoed)
    {
        var total = new FindingRef { FactKey = FactKeys.ThreePublicTotal, Page = 3, Quote = "“三公”经费预算26.2万元" };
        var reception = new FindingRef { FactKey = FactKeys.ThreePublicReception, Page = 3, Quote = "公务接待费6.4万元" };
        var overseas = new FindingRef { FactKey = FactKeys.ThreePublicOverseas, Page = 3, Quote = "因公出国（境）费6.0万元" };
        var tableCell = new FindingRef { TableId = "t7", TableType = TableTypes.ThreePublicExpenses, Page = 12, RowLabel = "2026年预算数", Measure = Measures.ThreePublicReception };
        var sum = SumCheck.Graded(RuleIds.ThreePublic, "三公 total vs its stated parts", 272_000m, 262_000m, 1_500m, [total, overseas, reception]);
        var part = SumCheck.Graded(RuleIds.NarrativeTable, "three_public.reception vs table", 64_000m - partOff, 64_000m, 0m, [reception, tableCell]);

        var told = MisprintBlame.Reassigned([sum, part]).Single(f => f.Rule == RuleIds.ThreePublic);

        Assert.Equal((sum.Expected, sum.Actual), (told.Expected, told.Actual));
        Assert.Equal(echoed, told.MessageZh.EndsWith("；差额即第3页说明“公务接待费6.4万元”与“三公”经费支出表第12页“2026年预算数”的公务接待费之差，误印当在该项", StringComparison.Ordinal));
    }

    [Theory]
    // Round BA's Shanghai: a 三公 table's 公务接待费 printed 1.62 where the narrative states 1.32, its 合计 19.82 adding up with 1.32;
    // a narrative off by another amount leaves both messages alone.
    [InlineData(13_200, 50, true)]
    // Stated to the 0.1万元 (1.3万元 for 13,200 元): within the rounding its finding carries.
    [InlineData(13_000, 500, true)]
    [InlineData(13_000, 50, false)]
    [InlineData(14_200, 50, false)]
    public void A_table_term_whose_sum_the_narratives_figure_closes_is_named_by_both_findings(int stated, int rounding, bool named)
    {
        var total = new FindingRef { TableId = "t7", TableType = TableTypes.ThreePublicExpenses, Page = 16, RowLabel = "合计", Measure = Measures.Total };
        var vehicle = total with { Measure = Measures.ThreePublicVehicle };
        var reception = total with { Measure = Measures.ThreePublicReception };
        var narrative = new FindingRef { FactKey = FactKeys.ThreePublicReception, Page = 17, Quote = "公务接待费1.32万元" };
        var sum = SumCheck.Graded(RuleIds.ThreePublic, "三公 total vs its parts", 201_200m, 198_200m, 150m, [total, vehicle, reception]);
        var told = SumCheck.Graded(RuleIds.NarrativeTable, "three_public.reception vs table", 16_200m, stated, rounding, [narrative, reception]);

        var reassigned = MisprintBlame.Reassigned([sum, told]);

        Assert.Equal(named, reassigned[0].MessageZh.EndsWith("误印当在该行", StringComparison.Ordinal));
        Assert.Equal(named, reassigned[1].MessageZh.EndsWith("误印当在该行", StringComparison.Ordinal));
        Assert.Equal((16_200m, (decimal)stated), (reassigned[1].Expected, reassigned[1].Actual));
    }

    [Theory]
    // Round AX's Fujian: 年末结转和结余 printed 96.36 where the narrative states 95.36, the 总计 3,272.15 then 1.00 short of the
    // lines it adds up; a narrative off by another amount leaves the balance's message alone.
    [InlineData(953_600, true)]
    [InlineData(943_600, false)]
    public void A_balances_term_off_the_narrative_by_what_the_balance_is_off_is_named(int stated, bool named)
    {
        FindingRef Line(string label) => new() { TableId = "t1", TableType = TableTypes.IncomeExpenditureSummary, Page = 5, RowLabel = label, Measure = Measures.Amount };
        var closing = Line("年末结转和结余");
        var total = SumCheck.Graded(RuleIds.IncomeExpenditure, "总计", 32_731_500m, 32_721_500m, 150m, [Line("总计"), Line("本年支出合计"), closing]);
        var told = SumCheck.Graded(RuleIds.NarrativeTable, "carryover.closing vs table", 963_600m, stated, 0m,
            [new FindingRef { FactKey = FactKeys.CarryoverClosing, Page = 14, Quote = "年末结转和结余95.36万元" }, closing]);

        Assert.Equal(named, MisprintBlame.Reassigned([total, told])[0].MessageZh.EndsWith("误印当在该行", StringComparison.Ordinal));
    }

    [Theory]
    // Round V's Guizhou: class 214 printed 20.00 over its 款, the 合计 right, so the column adds up 20.00 over the 合计. The
    // class's finding names the misprint; the total's is its echo. Off by another amount, the total is a misprint of its own.
    [InlineData(-1_200_000, 1)]
    [InlineData(-1_100_000, 2)]
    public void A_column_total_off_by_what_a_flagged_row_is_off_is_left_to_the_rows_finding(int totalOff, int kept)
    {
        var total = new FindingRef { TableId = "t3", TableType = TableTypes.ExpenditureSummary, Page = 6, RowLabel = "合计", Measure = Measures.Total };
        var column = SumCheck.Graded(RuleIds.ColumnTotal, "合计 [total] != sum of rows", 60_000_000m - totalOff, 60_000_000m, 50m, [total, ClassRow, KuanRow]);

        var findings = MisprintBlame.Reassigned([Hierarchy(), column]);

        Assert.Equal(kept, findings.Count);
        Assert.Equal(RuleIds.FunctionHierarchy, findings[0].Rule);
    }

    [Theory]
    // Round GM's Qinghai: 21301 printed 10.00 under against its units' blocks; 213 then 10.00 over its 款: the 款's finding stands alone.
    [InlineData(RuleIds.ColumnTotal, 1)]
    // A 款 off its own items may be right where the class is not: both findings stand.
    [InlineData(RuleIds.FunctionHierarchy, 2)]
    public void A_class_over_a_part_its_units_blocks_flag_is_told_by_the_parts_finding_alone(string partsRule, int told)
    {
        var cls = SumCheck.Graded(RuleIds.FunctionHierarchy, "213 [total] != sum of 1 rows below it", 20_541_000m, 20_641_000m, 50m, [ClassRow, KuanRow]);
        var part = SumCheck.Graded(partsRule, "21301 [total] != sum", 20_641_000m, 20_541_000m, 50m, [KuanRow, ClassRow with { Code = "21301", TableId = "t5" }]);

        Assert.Equal(told, MisprintBlame.Reassigned([cls, part]).Count);
    }
}
