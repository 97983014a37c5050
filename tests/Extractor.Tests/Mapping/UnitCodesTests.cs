using Extractor.Mapping;
using Extractor.Model;

namespace Extractor.Tests.Mapping;

public sealed class UnitCodesTests
{
    private static LineItem Unit(string tableId, string code, string name, string measure = Measures.Total) => new()
    {
        TableId = tableId, TableType = TableTypes.ExpenditureSummary, Dimension = Dimensions.Unit, Code = code, Name = name,
        EntityCode = code, EntityName = name, Measure = measure, Amount = 1m, AmountPrinted = "1", Page = 1, Row = 0, Col = 0,
    };

    private static LineItem Function(string tableId, string code, string entity) => new()
    {
        TableId = tableId, TableType = TableTypes.ExpenditureSummary, Dimension = Dimensions.Function, Code = code, Name = "行政运行",
        EntityCode = entity, Measure = Measures.Total, Amount = 1m, AmountPrinted = "1", Page = 1, Row = 0, Col = 0,
    };

    [Fact]
    public void Takes_a_unit_code_ocr_misread_in_one_table_for_the_one_the_others_print()
    {
        // scan02: 310001 株洲市芦淞区城市管理执法局本级 read 310004 (and 芦淞 read 芦浴) in the general-budget table alone.
        LineItem[] items =
        [
            Unit("t3", "310001", "株洲市芦淞区城市管理执法局本级"), Unit("t3", "310002", "株洲市芦淞区环境卫生管理所"),
            Unit("t5", "310004", "株洲市芦浴区城市管理执法局本级"), Function("t5", "2120101", "310004"), Unit("t5", "310002", "株洲市芦浴区环境卫生管理所"),
            Unit("t6", "310001", "株洲市松碱市生理执法局本级"),
        ];

        var agreed = UnitCodes.Agreed(items, new HashSet<string> { "t3", "t5", "t6" });

        Assert.Equal(["310001", "310002", "310001", "2120101", "310002", "310001"], agreed.Select(i => i.Code));
        Assert.Equal("310004", agreed[2].CodePrinted);
        Assert.Equal("310001", agreed[3].EntityCode);

        // Two OCR'd tables disagreeing say nothing of which one misread: both stay as read.
        Assert.Equal(["310001", "310002", "310004", "2120101", "310002"], UnitCodes.Agreed(items[..5], new HashSet<string> { "t3", "t5" }).Select(i => i.Code));
    }

    [Theory]
    // Printed (not OCR'd), a code is as printed.
    [InlineData("株洲市芦淞区城市管理执法局本级", "株洲市芦浴区城市管理执法局本级", false)]
    // A unit of another name is another unit, and so is one of another number.
    [InlineData("株洲市芦淞区城市管理执法局本级", "株洲市芦淞区环境卫生监测站", true)]
    [InlineData("株洲市芦淞区城市管理执法一大队", "株洲市芦淞区城市管理执法二大队", true)]
    public void Keeps_a_code_that_may_be_another_units(string printedTwice, string name, bool ocr)
    {
        LineItem[] items = [Unit("t3", "310001", printedTwice), Unit("t4", "310001", printedTwice), Unit("t5", "310004", name)];

        var agreed = UnitCodes.Agreed(items, ocr ? new HashSet<string> { "t5" } : new HashSet<string>());

        Assert.Equal("310004", agreed[2].Code);
    }
}
