using Extractor.Mapping;
using Extractor.Model;

namespace Extractor.Tests.Mapping;

public sealed class ItemsUnderMisprintedKuansTests
{
    private static LineItem Line(string tableId, int row, string code, string name, string? printed = null) => new()
    {
        TableId = tableId, TableType = TableTypes.ExpenditureSummary, Dimension = Dimensions.Function, Code = code, CodePrinted = printed, Name = name,
        Measure = Measures.Total, Amount = 1m, AmountPrinted = "1", Page = 1, Row = row, Col = 1,
    };

    /// <summary>Round IH's Henan: the income table's 款 printed 21350 over 生产发展 2130505, which its place read as 2135005.</summary>
    private static List<LineItem> Tables(string kuanOfTheIncomeTable) =>
    [
        Line("t2", 1, "213", "农林水支出"), Line("t2", 2, kuanOfTheIncomeTable, "巩固脱贫攻坚成果衔接乡村振兴"), Line("t2", 3, "2135005", "生产发展", printed: "2130505"),
        Line("t3", 1, "213", "农林水支出"), Line("t3", 2, "21305", "巩固脱贫攻坚成果衔接乡村振兴"), Line("t3", 3, "2130505", "生产发展"),
        Line("t5", 1, "213", "农林水支出"), Line("t5", 2, "21305", "巩固脱贫攻坚成果衔接乡村振兴"), Line("t5", 3, "2130505", "生产发展"),
    ];

    [Fact]
    public void An_item_read_under_a_kuan_row_the_other_tables_show_misprinted_keeps_its_printed_code()
    {
        var restored = ItemsUnderMisprintedKuans.Restored(Tables("21350"));

        Assert.Equal("2130505", restored[2].Code);
        Assert.Null(restored[2].CodePrinted);
        Assert.Equal("21350", restored[1].Code);
    }

    [Fact]
    public void An_item_read_under_a_kuan_row_no_other_table_contradicts_stays_as_placed()
    {
        // The 款 row printed as the other tables print it: nothing says the item's printed code was right.
        var lines = Tables("21350");
        lines[4] = lines[4] with { Code = "21350" };
        lines[7] = lines[7] with { Code = "21350" };

        Assert.Equal("2135005", ItemsUnderMisprintedKuans.Restored(lines)[2].Code);
    }
}
