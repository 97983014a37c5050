using Extractor.Model;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

public sealed class UncertainReadingTests
{
    private static FindingRef Cell(string table, string code, int? confidence, int page = 13) => new()
    {
        TableId = table, Page = page, RowLabel = "工资福利支出", Code = code, Measure = Measures.Amount,
        Reading = confidence is { } c ? new OcrReading(c) : null,
    };

    private static Finding Error(string rule, params FindingRef[] refs) =>
        new() { Rule = rule, Severity = FindingSeverity.Error, Message = rule, MessageZh = "不符", Refs = refs };

    [Fact]
    public void An_error_on_figures_read_surely_in_a_table_that_otherwise_adds_up_stays_an_error()
    {
        var finding = Error("sum.economic_hierarchy", Cell("t7", "301", 95), Cell("t7", "30101", 90), Cell("t7", "30102", OcrReading.ConfidentAt));

        var qualified = UncertainReading.Qualify([finding], []);

        Assert.Equal(finding, Assert.Single(qualified));
    }

    [Fact]
    public void An_error_with_a_figure_read_below_the_threshold_is_an_ocr_uncertain_warning_naming_it()
    {
        var finding = Error("sum.economic_hierarchy", Cell("t7", "301", 92), Cell("t7", "30111", 70, page: 11), Cell("t7", "30113", 75, page: 11));

        var qualified = Assert.Single(UncertainReading.Qualify([finding], []));

        Assert.Equal((FindingSeverity.Warning, Finding.OcrUncertain), (qualified.Severity, qualified.Uncertainty));
        Assert.Contains("(ocr_uncertain: 工资福利支出 (30111) amount in t7 on page 11 and 1 more read by OCR with confidence 70, below 80", qualified.Message);
        Assert.EndsWith("（第11页“工资福利支出”（30111）的数字等2处经OCR识别，置信度70低于80，请核对原页）", qualified.MessageZh);
    }

    [Fact]
    public void A_difference_within_rounding_among_figures_ocr_read_surely_is_a_warning_but_in_a_text_layer_stays_info()
    {
        // scan02 at 300 dpi, p6: 事业单位离退休's 1.21 read 1.24 at 84, so the unit's column totals miss by 0.03.
        var scanned = Error("sum.column_total", Cell("t4", "310002", 90), Cell("t4", "2080502", 84)) with { Severity = FindingSeverity.Info };
        var printed = Error("sum.column_total", Cell("t4", "310002", null), Cell("t4", "2080502", null)) with { Severity = FindingSeverity.Info };

        var qualified = UncertainReading.Qualify([scanned, printed], []);

        Assert.Equal([(FindingSeverity.Warning, Finding.OcrUncertain), (FindingSeverity.Info, null)], qualified.Select(f => (f.Severity, f.Uncertainty)));
        Assert.Contains("may be a misread last digit", qualified[0].Message);
    }

    [Fact]
    public void A_table_read_by_ocr_failing_several_checks_of_its_own_makes_every_error_on_it_a_warning()
    {
        var first = Error("sum.row_components", Cell("t6", "2080505", 92), Cell("t6", "2080505", 96));
        var second = Error("sum.column_total", Cell("t6", "208", 91), Cell("t6", "20805", 93));
        var across = Error("cross.table", Cell("t3", "2080505", 95), Cell("t6", "2080505", 92));
        var elsewhere = Error("sum.economic_hierarchy", Cell("t7", "301", 95), Cell("t7", "30101", 95));

        var qualified = UncertainReading.Qualify([first, second, across, elsewhere], []);

        Assert.Equal([FindingSeverity.Warning, FindingSeverity.Warning, FindingSeverity.Warning, FindingSeverity.Error], qualified.Select(f => f.Severity));
        Assert.Contains("table t6 on page 13, read by OCR, fails 2 of its checks", qualified[2].Message);
    }

    [Fact]
    public void An_error_in_a_table_read_by_ocr_with_a_figure_cell_not_read_as_a_figure_is_a_warning_naming_the_cell()
    {
        // scan01 at 300 dpi, p13: the end of 机关事业单位基本养老保险缴费 put in the amount column of row 30108, so the
        // 301 sum left 155.96 out; in a text layer such a cell stays as it is.
        Table table = new()
        {
            Id = "t7", Type = TableTypes.GeneralBudgetBasicByEconomic, Pages = [13],
            Header = [["科目编码", "科目名称", "合计"]], Columns = [null, null, Measures.Amount],
            Rows =
            [
                [new Cell("301"), new Cell("工资福利支出"), new Cell("1,449.18", 1449.18m)],
                [new Cell("30108"), new Cell("机关事业单位基本养老保险"), new Cell("缴费 155.96", null, new CellBox(13, 300, 400, 360, 410))],
            ],
        };
        var finding = Error("sum.economic_hierarchy", Cell("t7", "301", 95), Cell("t7", "30101", 93));

        var qualified = Assert.Single(UncertainReading.Qualify([finding], [], [table]));

        Assert.Equal((FindingSeverity.Warning, Finding.OcrUncertain), (qualified.Severity, qualified.Uncertainty));
        Assert.Contains("table t7, read by OCR, has a cell not read as a figure (「缴费 155.96」 on page 13)", qualified.Message);
        Assert.EndsWith("（第13页表格经OCR识别，有单元格“缴费 155.96”未能读为数字，合计可能漏计，请核对原页）", qualified.MessageZh);
        var printed = Error("sum.economic_hierarchy", Cell("t7", "301", null), Cell("t7", "30101", null));
        Assert.Equal(printed, Assert.Single(UncertainReading.Qualify([printed], [], [table])));
    }

    [Theory]
    // scan02 at 110 dpi, p11: 30213 维修(护)费's 11.74 read as a word, so the 302 sum left it out.
    [InlineData("are", true)]
    // A heading's piece OCR set among the amounts, or a blank, is no figure.
    [InlineData("支出", false)]
    [InlineData("", false)]
    public void A_figure_ocr_read_as_latin_letters_is_a_figure_not_read(string read, bool unread)
    {
        Table table = new()
        {
            Id = "t11", Type = TableTypes.GeneralBudgetBasicByEconomic, Pages = [11],
            Header = [["科目编码", "科目名称", "合计"]], Columns = [null, null, Measures.Amount],
            Rows =
            [
                [new Cell("302"), new Cell("商品和服务支出"), new Cell("232.45", 232.45m)],
                [new Cell("30213"), new Cell("维修(护)费"), new Cell(read, null, new CellBox(11, 290, 439, 500, 448))],
            ],
        };
        var finding = Error("sum.economic_hierarchy", Cell("t11", "302", 90), Cell("t11", "30201", 96));

        var qualified = Assert.Single(UncertainReading.Qualify([finding], [], [table]));

        Assert.Equal(unread ? FindingSeverity.Warning : FindingSeverity.Error, qualified.Severity);
    }

    [Fact]
    public void A_coded_row_left_blank_where_the_column_prints_figures_in_the_others_is_a_figure_lost()
    {
        // scan02 at 110 dpi, p11: 30213 维修(护)费's 11.74 lost, its cell read blank (so zero, the table printing no zero)
        // among figures in every other coded row.
        static IReadOnlyList<Cell> Row(string code, string name, string? figure) =>
            [new Cell(code), new Cell(name), figure is null ? new Cell("", 0m, new CellBox(11, 290, 439, 500, 448)) : new Cell(figure, decimal.Parse(figure, System.Globalization.CultureInfo.InvariantCulture))];
        Table table = new()
        {
            Id = "t9", Type = TableTypes.GeneralBudgetBasicByEconomic, Pages = [11],
            Header = [["科目编码", "科目名称", "合计"]], Columns = [null, null, Measures.Amount],
            Rows = [Row("302", "商品和服务支出", "232.45"), Row("30201", "办公费", "32.27"), Row("30211", "差旅费", "29.38"), Row("30213", "维修(护)费", null), Row("30216", "培训费", "14.76")],
        };
        var finding = Error("sum.economic_hierarchy", Cell("t9", "302", 91), Cell("t9", "30201", 96));

        var qualified = Assert.Single(UncertainReading.Qualify([finding], [], [table]));

        Assert.Equal((FindingSeverity.Warning, Finding.OcrUncertain), (qualified.Severity, qualified.Uncertainty));
        Assert.Contains("has a figure left blank in row 「30213 维修(护)费」 on page 11", qualified.Message);
    }

    [Fact]
    public void Findings_on_the_text_layer_are_left_as_they_are_however_many_a_table_has()
    {
        Finding[] findings = [Error("sum.row_components", Cell("t6", "201", null)), Error("sum.column_total", Cell("t6", "201", null))];

        Assert.Equal(findings, UncertainReading.Qualify(findings, []));
    }

    [Fact]
    public void A_facts_finding_read_surely_stays_an_error_and_one_read_unsurely_names_its_quote()
    {
        FindingRef Fact(string key, int confidence) => new() { FactKey = key, Page = 1, Quote = "上年结转301.63万元,占18.17%", Reading = new OcrReading(confidence) };

        var qualified = UncertainReading.Qualify([Error("narrative.share", Fact("income.carryover", 87)), Error("narrative.share", Fact("income.other", 34))], []);

        Assert.Equal(FindingSeverity.Error, qualified[0].Severity);
        Assert.Contains("the figure of 「上年结转301.63万元,占18.17%」 on page 1 read by OCR with confidence 34", qualified[1].Message);
    }

    [Fact]
    public void A_repaired_file_still_lowers_every_error()
    {
        var repaired = new Diagnostic { Stage = PipelineStages.Ingest, Severity = DiagnosticSeverity.Warning, Code = DiagnosticCodes.RepairedPdf, Message = "repaired" };

        var qualified = Assert.Single(UncertainReading.Qualify([Error("sum.row_components", Cell("t1", "201", null))], [repaired]));

        Assert.Equal(FindingSeverity.Warning, qualified.Severity);
        Assert.Null(qualified.Uncertainty);
        Assert.EndsWith("(the file needed repair to be read: check on the page)", qualified.Message);
    }
}
