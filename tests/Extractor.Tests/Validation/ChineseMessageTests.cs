using Extractor.Model;
using Extractor.Validation;
using Extractor.Wording;

namespace Extractor.Tests.Validation;

/// <summary>The Chinese finding: each place named as a reader finds it on the page.</summary>
public sealed class ChineseMessageTests
{
    [Fact]
    public void Names_a_line_without_a_label_by_its_column_and_keeps_a_rates_printed_decimals()
    {
        // gy 2017: the 三公 share of 公务用车 against the 三公 table, whose one row has no label of its own.
        FindingRef Column(string measure) => new() { TableId = "t14", TableType = TableTypes.ThreePublicExpenses, Page = 17, RowLabel = "", Measure = measure };
        var stated = new FindingRef { Page = 25, FactKey = FactKeys.ThreePublicVehicle, Quote = "公务用车购置及运行费支出304.4万元，占“三公”经费的45.43%" };

        string message = ChineseMessage.For(RuleIds.NarrativeShare, 45.40m, 45.43m, 0m,
            [stated, Column(Measures.ThreePublicOverseas), Column(Measures.ThreePublicVehicle), Column(Measures.ThreePublicReception)], FindingFigures.Rates);

        Assert.DoesNotContain("“”", message);
        // The table is named once for the three columns listed after one another in it.
        Assert.EndsWith("印为45.43%，按“三公”经费支出表第17页的因公出国（境）费、公务用车购置及运行费、公务接待费应为45.40%，相差0.03%", message);
    }

    [Fact]
    public void Names_this_documents_tables_by_their_printed_titles_and_no_other_files_or_longer_names_place()
    {
        var income = new FindingRef { TableId = "t2", TableType = TableTypes.IncomeSummary, Page = 5, RowLabel = "合计", Measure = Measures.Total };
        var summary = new FindingRef { TableId = "t1", TableType = TableTypes.IncomeExpenditureSummary, Page = 5, RowLabel = "收入总计", Measure = Measures.Total };
        Table Titled(string id, string type, string title) => new() { Id = id, Type = type, Title = title, Pages = [5] };

        string message = ChineseMessage.WithPrintedTitles("本单位收入总表第5页印为1，《部门.pdf》收入总表第5页印为2，财政拨款收支总表第5页、收支总表第5页", [income, summary],
            [Titled("t2", TableTypes.IncomeSummary, "弥渡县第一中学2025年单位收入预算表"), Titled("t1", TableTypes.IncomeExpenditureSummary, "单位收支总表")]);

        Assert.Equal("本单位单位收入预算表第5页印为1，《部门.pdf》收入总表第5页印为2，财政拨款收支总表第5页、单位收支总表第5页", message);
    }

    [Fact]
    public void Names_a_table_again_for_a_place_listed_after_one_in_another_table()
    {
        var flagged = new FindingRef { TableId = "t3", TableType = TableTypes.ExpenditureSummary, Page = 9, RowLabel = "合计", Measure = Measures.Total };
        var inFunctions = new FindingRef { TableId = "t5", TableType = TableTypes.GeneralBudgetExpenditureByFunction, Page = 11, RowLabel = "合计", Measure = Measures.Total };
        var inTotals = new FindingRef { TableId = "t1", TableType = TableTypes.IncomeExpenditureSummary, Page = 7, RowLabel = "支出总计", Measure = Measures.Total };
        var inFunctionsAgain = inFunctions with { RowLabel = "一般公共服务支出", Code = "201" };

        string message = ChineseMessage.For(RuleIds.CrossTable, 100m, 101m, 0m, [flagged, inFunctions, inTotals, inFunctionsAgain]);

        string functions = TableTitles.ReaderName(TableTypes.GeneralBudgetExpenditureByFunction) + "第11页";
        string totals = TableTitles.ReaderName(TableTypes.IncomeExpenditureSummary) + "第7页";
        Assert.Contains($"按{functions}“合计”的合计、{totals}“支出总计”的合计、{functions}“一般公共服务支出”（201）的合计应为", message);
    }

    [Fact]
    public void Names_a_final_accounts_phase_column_after_its_part_and_no_owner_where_the_place_has_none()
    {
        // The 三公 table's one row: the total and its parts in the flagged figure's own table, each a 决算数 column.
        FindingRef Column(string measure) => new() { TableId = "t7", TableType = TableTypes.ThreePublicExpenses, Page = 13, RowLabel = "", Measure = measure };

        string message = ChineseMessage.For(RuleIds.ThreePublic, 17881953m, 18881953m, 0m,
            [Column($"{Measures.Actual}.{Measures.Total}"), Column($"{Measures.Actual}.{Measures.ThreePublicOverseas}"), Column($"{Measures.BudgetInitial}.{Measures.ThreePublicReception}")]);

        Assert.Contains("第13页的合计（决算数）印为", message);
        Assert.Contains("按因公出国（境）费（决算数）、公务接待费（年初预算数）应为", message);
        Assert.DoesNotContain("actual", message);
    }

    [Theory]
    // Round DS's Jiangxi: a project table in 元, whole hundreds off by 100,000, rounding to the fen.
    [InlineData(0.005, "印为810,600元，按", "应为910,600元")]
    // The same figures of a table in 万元 to two decimals.
    [InlineData(50, "印为81.06万元，按", "应为91.06万元")]
    public void Tells_figures_in_the_unit_their_rounding_says_they_are_printed_in(decimal tolerance, string printed, string expected)
    {
        FindingRef Cell(string measure) => new() { TableId = "t10", TableType = TableTypes.ProjectExpenditure, Page = 14, RowLabel = "妇女“两癌”免费检查", Measure = measure };

        string message = ChineseMessage.For(RuleIds.RowComponents, 910600m, 810600m, tolerance, [Cell(Measures.Total), Cell(Measures.FundGeneralBudget)]);

        Assert.Contains(printed, message);
        Assert.Contains(expected, message);
    }

    [Theory]
    // Round EA's Shandong: a class line printed 1886.10 in 万元, no separators: quoted so, and the other figures alike.
    [InlineData("1886.10", 10000, "印为1886.10万元，按", "应为1866.10万元，相差20.00万元")]
    // Round EC's Yunnan: a document in 元 with separators, round hundreds: in 元, not in 万元.
    [InlineData("18,861,000.00", 1, "印为18,861,000.00元，按", "应为18,661,000.00元，相差200,000.00元")]
    public void Quotes_the_flagged_figure_as_printed_and_tells_the_others_alike(string printed, decimal yuanPerUnit, string flagged, string rest)
    {
        var line = new LineItem
        {
            TableId = "t4", TableType = TableTypes.FiscalAppropriationSummary, Dimension = Dimensions.Summary, Name = "三、农林水支出",
            Measure = Measures.Total, Amount = 18_861_000m, AmountPrinted = printed, Page = 11, Row = 3, Col = 1,
        };
        var other = new FindingRef { TableId = "t5", TableType = TableTypes.GeneralBudgetExpenditure, Page = 12, RowLabel = "农林水支出", Code = "213", Measure = Measures.Total };

        string message = ChineseMessage.For(RuleIds.CrossTable, 18_661_000m, 18_861_000m, 0m, [SumCheck.Ref(line), other]);

        Assert.Equal(yuanPerUnit, SumCheck.Ref(line).Style!.YuanPerUnit);
        Assert.Contains(flagged, message);
        Assert.EndsWith(rest, message);
        // An amount its printing does not give (a cell mended or scaled otherwise) is told by its rounding, as without a style.
        string unfit = ChineseMessage.For(RuleIds.CrossTable, 18_661_000m, 18_861_001m, 0m, [SumCheck.Ref(line with { Amount = 18_861_001m }), other]);
        Assert.Contains("印为18,861,001元", unfit);
    }

    [Fact]
    public void Names_a_column_printing_a_phase_alone_by_the_phase()
    {
        // An item's stated budget against the 年初预算数 column of a table printing 年初预算数 | 决算数 (…).
        var stated = new FindingRef { Page = 4, FactKey = FactKeys.FunctionItem, Quote = "文化活动（项）。年初预算为36.03万元，支出决算为35.72万元" };
        var column = new FindingRef { TableId = "t5", TableType = TableTypes.GeneralBudgetExpenditureByFunction, Page = 13, RowLabel = "文化活动", Code = "2070108", Measure = Measures.BudgetInitial };

        string message = ChineseMessage.For(RuleIds.NarrativeTable, 306300m, 360300m, 0m, [stated, column]);

        Assert.Contains("“文化活动”（2070108）的年初预算数应为", message);
        Assert.DoesNotContain("budget", message);
    }

    [Fact]
    public void Names_every_table_type_in_chinese()
    {
        // Round U: a cell of an operating-costs table was named "operating_costs" in the Chinese message.
        foreach (var type in TableTypes.All)
        {
            var cell = new FindingRef { TableId = "t3", TableType = type, Page = 9, RowLabel = "合计", Measure = Measures.Total };
            string message = ChineseMessage.For(RuleIds.ColumnTotal, 100m, 200m, 0m, [cell]);
            Assert.DoesNotContain(type, message);
            Assert.Matches("^[^a-z]*第9页“合计”", message);
        }
    }

    [Fact]
    public void Names_every_canonical_measure_in_chinese()
    {
        // Round W: a column of 一般公共预算拨款收入 was named "income.general_budget" in the Chinese message.
        var measures = typeof(Measures).GetFields().Where(f => f.IsLiteral && f.Name is not (nameof(Measures.EconomicPrefix) or nameof(Measures.OtherPrefix)))
            .Select(f => (string)f.GetRawConstantValue()!);
        foreach (var measure in measures)
        {
            var cell = new FindingRef { TableId = "t3", TableType = TableTypes.IncomeSummary, Page = 9, RowLabel = "合计", Measure = measure };
            Assert.DoesNotMatch("[a-z]", ChineseMessage.For(RuleIds.ColumnTotal, 100m, 200m, 0m, [cell]));
        }
    }
}
