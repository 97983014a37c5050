using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>
/// czj-2025's 三公 table prints its parts as columns of one row, only 公务接待费 and 机关运行经费 filled: a part
/// stated in the narrative is held to its blank cell as zero.
/// </summary>
public sealed class ThreePublicBlankColumnTests
{
    private static readonly string?[] Columns =
    [
        Measures.Total, Measures.ThreePublicOverseas, Measures.ThreePublicReception, Measures.ThreePublicVehicle,
        Measures.ThreePublicVehiclePurchase, Measures.ThreePublicVehicleOperation, Measures.OperatingCosts,
    ];

    private static ExtractedDocument Czj(string purchaseStated)
    {
        var table = new Table
        {
            Id = "t8", Type = TableTypes.ThreePublicExpenses, Pages = [14], Columns = Columns,
            Rows = [[new("0.95", 0.95m), new(""), new("0.95", 0.95m), new(""), new(""), new(""), new("229.43", 229.43m)]],
        };
        LineItem Printed(int col, string printed) => new()
        {
            TableId = "t8", TableType = TableTypes.ThreePublicExpenses, Dimension = Dimensions.Summary, Name = "",
            Measure = Columns[col]!, Amount = decimal.Parse(printed) * 10000m, AmountPrinted = printed, Page = 14, Row = 0, Col = col,
        };
        var purchase = new Fact
        {
            Key = FactKeys.ThreePublicVehiclePurchase, Value = decimal.Parse(purchaseStated) * 10000m, PrintedUnit = 10000m,
            Page = 22, Quote = $"公务用车购置费{purchaseStated}万元",
        };
        return new DocumentBuilder().Fact(purchase).Build() with { Tables = [table], LineItems = [Printed(0, "0.95"), Printed(2, "0.95"), Printed(6, "229.43")] };
    }

    [Fact]
    public void A_part_stated_zero_agrees_with_its_blank_column()
    {
        Assert.DoesNotContain(new NarrativeTableRule().Check(Czj("0")), f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void A_part_stated_where_its_column_is_blank_is_flagged_against_zero()
    {
        var finding = Assert.Single(new NarrativeTableRule().Check(Czj("12.50")), f => f.Severity == FindingSeverity.Error);

        Assert.Equal((0m, 125000m), (finding.Expected, finding.Actual));
        Assert.Equal((14, Measures.ThreePublicVehiclePurchase), (finding.Refs[1].Page, finding.Refs[1].Measure));
    }
}

/// <summary>A 三公 table that gave no line: printed with a text layer it is blank, states zero; read by OCR it is unread.</summary>
public sealed class ThreePublicWithoutLinesTests
{
    private static ExtractedDocument Stated(bool ocr)
    {
        // A noisy scan's glossary paragraph ("“三公”经费：指使用…") typed as the 三公 table, its columns garbled: no line.
        var table = new Table
        {
            Id = "t9", Type = TableTypes.ThreePublicExpenses, Pages = [3], Columns = [null, null],
            Rows = [[new("公务接待 o。"), new("eT, ane")]],
        };
        var reception = new Fact { Key = FactKeys.ThreePublicReception, Value = 28500m, PrintedUnit = 10000m, Page = 2, Quote = "公务接待费2.85万元" };
        var document = new DocumentBuilder().Fact(reception).Build() with { Tables = [table] };
        return ocr ? document with { Diagnostics = [new Diagnostic { Stage = PipelineStages.Layout, Severity = DiagnosticSeverity.Info, Code = DiagnosticCodes.OcrPage, Page = 3, Message = "page 3 read by OCR" }] }
            : document;
    }

    [Fact]
    public void A_table_read_by_ocr_that_gave_no_line_states_nothing()
    {
        Assert.Empty(new NarrativeTableRule().Check(Stated(ocr: true)));
    }

    [Fact]
    public void A_printed_table_that_gave_no_line_is_blank_and_states_zero()
    {
        var finding = Assert.Single(new NarrativeTableRule().Check(Stated(ocr: false)));

        Assert.Equal((0m, 28500m), (finding.Expected, finding.Actual));
    }
}

/// <summary>
/// zfb-2025's 收入总表: its 合计 row prints 财政拨款收入 and leaves 其他收入 blank, so a narrative 其他收入 is held to zero.
/// </summary>
public sealed class IncomeBlankColumnTests
{
    private static readonly string?[] Columns = [null, Measures.Total, Measures.IncomeFiscalAppropriation, FactKeys.IncomeOther];

    private static ExtractedDocument Zfb(string otherStated)
    {
        var table = new Table
        {
            Id = "t2", Type = TableTypes.IncomeSummary, Pages = [9], Columns = Columns,
            Rows = [[new("合计"), new("9,101.68", 9101.68m), new("9,101.68", 9101.68m), new("")]],
        };
        LineItem Printed(int col) => new()
        {
            TableId = "t2", TableType = TableTypes.IncomeSummary, Dimension = Dimensions.Summary, Name = "合计",
            Measure = Columns[col]!, Amount = 91016800m, AmountPrinted = "9,101.68", Page = 9, Row = 0, Col = col,
        };
        var other = new Fact
        {
            Key = FactKeys.IncomeOther, Value = decimal.Parse(otherStated) * 10000m, PrintedUnit = 10000m, Page = 6, Quote = $"其他收入{otherStated}万元",
        };
        return new DocumentBuilder().Fact(other).Build() with { Tables = [table], LineItems = [Printed(1), Printed(2)] };
    }

    [Fact]
    public void A_source_stated_zero_agrees_with_its_blank_cell_in_the_total_line()
    {
        Assert.DoesNotContain(new NarrativeTableRule().Check(Zfb("0")), f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void A_source_stated_where_the_total_line_leaves_it_blank_is_flagged_against_zero()
    {
        var finding = Assert.Single(new NarrativeTableRule().Check(Zfb("3.50")), f => f.Severity == FindingSeverity.Error);

        Assert.Equal((0m, 35000m, FactKeys.IncomeOther), (finding.Expected, finding.Actual, finding.Refs[1].Measure));
    }
}
