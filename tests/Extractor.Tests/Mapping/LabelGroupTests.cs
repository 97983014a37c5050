using System.Globalization;
using Extractor.Mapping;
using Extractor.Model;

namespace Extractor.Tests.Mapping;

/// <summary>Rows of small built tables and the codes their labels are read with.</summary>
public sealed class LabelGroupTests
{
    private static Table Summary(params string[][] rows) => new()
    {
        Id = "t3", Type = TableTypes.ExpenditureSummary, Pages = [7],
        Header = [["单位代码", "单位名称(科目)", "总计"]],
        Columns = [null, null, Measures.Total],
        Rows = [.. rows.Select(r => (IReadOnlyList<Cell>)[new Cell(r[0]), new Cell(r[1]), new Cell(r[2], decimal.Parse(r[2], CultureInfo.InvariantCulture))])],
    };

    [Fact]
    public void Reads_a_code_with_a_mark_ocr_hung_on_it()
    {
        // scan01 p7: "2080505," under 单位代码, the comma a speck of the scan.
        var items = LineItemBuilder.Build([Summary(["136001", "本级", "95.50"], ["2080505,", "机关事业单位基本养老保险缴费支出", "63.67"], ["1.", "其他", "31.83"])], MoneyUnit.WanYuan);

        Assert.Equal(["136001", "2080505", null], items.Select(i => i.Code));
    }
}
