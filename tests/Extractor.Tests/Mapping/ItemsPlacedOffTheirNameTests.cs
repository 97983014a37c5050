using Extractor.Mapping;
using Extractor.Model;

namespace Extractor.Tests.Mapping;

public sealed class ItemsPlacedOffTheirNameTests
{
    private static LineItem Line(string tableId, int row, string code, string name, string? printed = null) => new()
    {
        TableId = tableId, TableType = TableTypes.GeneralBudgetExpenditureByFunction, Dimension = Dimensions.Function, Code = code, CodePrinted = printed,
        Name = name, Measure = Measures.Total, Amount = 1m, AmountPrinted = "1", Page = 1, Row = row, Col = 1,
    };

    /// <summary>Round KR's Sichuan: 公路运输管理 printed 2140212 under 21401, read by its place as 2140122; the other tables print it 2140112.</summary>
    private static List<LineItem> Tables(string placed) =>
    [
        Line("t2", 1, "21401", "公路水路运输"), Line("t2", 2, "2140112", "公路运输管理"), Line("t2", 3, "2140122", "水路运输管理支出"),
        Line("t5", 1, "21401", "公路水路运输"), Line("t5", 2, placed, "公路运输管理", printed: "2140212"),
    ];

    [Fact]
    public void An_item_placed_under_a_code_no_other_table_prints_takes_the_code_they_print_for_its_name()
    {
        var named = ItemsPlacedOffTheirName.Named(Tables("2140121"));

        Assert.Equal(("2140112", "2140212"), (named[4].Code, named[4].CodePrinted));
    }

    [Fact]
    public void An_item_placed_under_a_code_another_table_prints_stays_as_placed()
    {
        // 2140122 is another table's 水路运输管理支出: the place is not contradicted by a code no table prints.
        Assert.Equal("2140122", ItemsPlacedOffTheirName.Named(Tables("2140122"))[4].Code);
    }
}
