using Extractor.Layout;
using Extractor.Layout.Ocr;
using Extractor.Mapping;
using Extractor.Model;

namespace Extractor.Tests.Mapping;

public sealed class OcrReadingsTests
{
    private static Glyph Letter(string text, double left, double? confidence, double top = 100) =>
        new(text, new Box(left, top, left + 10, top + 10), top + 10, left, left + 10, 10, confidence is null ? "SimSun" : OcrWords.FontName)
        {
            OcrConfidence = confidence,
        };

    private static PageLayout Page(int number, params Glyph[] glyphs) => new(number, 600, 800, glyphs, TextLineBuilder.Build(glyphs), []);

    [Fact]
    public void A_printed_figure_of_a_page_read_by_ocr_takes_the_least_sure_word_in_its_cell_and_a_blank_cell_none()
    {
        var page = Page(13, Letter("工", 10, 97), Letter("1", 200, 91.6), Letter("5", 210, 88.4), Letter("6", 220, 88.4), Letter("2", 400, 60));
        var table = new Table
        {
            Id = "t7", Pages = [13],
            Rows = [[new Cell("工"), new Cell("156", 156m, new CellBox(13, 190, 95, 240, 115)), new Cell("", 0m, new CellBox(13, 300, 95, 350, 115))]],
        };
        LineItem Item(int col, string printed) => new()
        {
            TableId = "t7", TableType = TableTypes.GeneralBudgetBasicByEconomic, Dimension = Dimensions.Economic, Name = "工资福利支出",
            Measure = Measures.Amount, Amount = 0m, AmountPrinted = printed, Page = 13, Row = 0, Col = col,
        };

        var items = OcrReadings.OfLineItems([Item(1, "156"), Item(2, "")], [table], new DocumentLayout([page], []));

        Assert.Equal(new OcrReading(88), items[0].Reading);
        Assert.Equal("ocr", items[0].Reading!.Source);
        Assert.Null(items[1].Reading);
    }

    [Fact]
    public void Figures_of_the_text_layer_get_no_reading()
    {
        var page = Page(1, Letter("1", 200, null));
        var table = new Table { Id = "t1", Pages = [1], Rows = [[new Cell("1", 1m, new CellBox(1, 190, 95, 240, 115))]] };
        var item = new LineItem
        {
            TableId = "t1", TableType = TableTypes.IncomeSummary, Dimension = Dimensions.Summary, Name = "合计",
            Measure = Measures.Total, Amount = 1m, AmountPrinted = "1", Page = 1, Row = 0, Col = 0,
        };

        Assert.Null(Assert.Single(OcrReadings.OfLineItems([item], [table], new DocumentLayout([page], []))).Reading);
    }

    [Fact]
    public void A_narrative_fact_read_by_ocr_takes_the_least_sure_word_holding_a_digit_of_its_sentence()
    {
        // 上年结转 (unsure words without a digit) 301.63万元,占18.17%
        string[] words = ["上年", "结转", "301.63", "万元,占", "18.17%"];
        double[] confidences = [40, 45, 93, 50, 87];
        var glyphs = new List<Glyph>();
        double x = 10;
        for (int w = 0; w < words.Length; w++)
            foreach (char c in words[w])
            {
                glyphs.Add(Letter(c.ToString(), x, confidences[w]));
                x += 10;
            }

        var fact = Assert.Single(FactReader.Read(new DocumentLayout([Page(1, [.. glyphs])], [])), f => f.Key == FactKeys.IncomeCarryover);

        Assert.Equal((3016300m, 18.17m, new OcrReading(87)), (fact.Value, fact.SharePct, fact.Reading));
    }

    [Fact]
    public void Each_character_of_a_line_but_its_spaces_carries_its_word_s_confidence()
    {
        var line = Assert.Single(TextLineBuilder.Build([Letter("增", 10, 97), Letter("长", 20, 97), Letter("7", 60, 84), Letter("%", 70, 84)]));

        Assert.Equal("增长 7%", line.Text);
        Assert.Equal([97, 97, 84, 84], OcrReadings.OfCharacters(line));
    }
}
