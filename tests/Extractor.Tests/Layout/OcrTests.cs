using Extractor.Layout;
using Extractor.Layout.Ocr;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Tests.Support;

namespace Extractor.Tests.Layout;

[Collection(ProcessedFixturesCollection.Name)]
public sealed class OcrTests(ProcessedFixtures processed)
{
    private const string Tsv = """
        level	page_num	block_num	par_num	line_num	word_num	left	top	width	height	conf	text
        1	1	0	0	0	0	0	0	2339	1654	-1	
        4	1	1	1	1	0	86	474	2167	25	-1	
        5	1	1	1	1	1	86	474	50	22	96.67	收入
        5	1	1	1	1	2	774	476	80	22	86.83	2,828.12
        5	1	1	1	1	3	900	476	20	22	-1	
        """;

    [Fact]
    public void Turns_each_recognised_word_into_glyphs_sharing_its_box_in_points()
    {
        var (glyphs, confidence) = OcrWords.Glyphs(Tsv.Replace("\r", ""), 72.0 / 200);

        Assert.Equal("收入2,828.12", string.Concat(glyphs.Select(g => g.Text)));
        Assert.Equal((86 * 0.36, 474 * 0.36, 136 * 0.36), (glyphs[0].Box.Left, glyphs[0].Box.Top, glyphs[1].Box.Right), new Tolerance());
        Assert.All(glyphs, g => Assert.Equal(OcrWords.FontName, g.FontName));
        Assert.Equal((96.67 + 86.83) / 2, confidence, precision: 6);
    }

    [Fact]
    public void Carries_each_word_s_confidence_onto_its_glyphs()
    {
        var (glyphs, _) = OcrWords.Glyphs(Tsv.Replace("\r", ""), 72.0 / 200);

        Assert.Equal([96.67, 96.67, 86.83, 86.83, 86.83, 86.83, 86.83, 86.83, 86.83, 86.83], glyphs.Select(g => g.OcrConfidence!.Value));
    }

    // As Tesseract reads scan01's page 1: "7.53%," boxed over 主要 after it, 主 boxed two lines tall, a comma a few pixels tall.
    private const string OverlappingTsv = """
        level	page_num	block_num	par_num	line_num	word_num	left	top	width	height	conf	text
        4	1	1	6	1	0	200	1180	1260	55	-1	
        5	1	1	6	1	1	1200	1191	60	31	97	增长
        5	1	1	6	1	2	1265	1191	187	31	84.18	7.53%,
        5	1	1	6	1	3	1373	1180	32	55	92.23	主
        5	1	1	6	1	4	1404	1191	28	31	96.78	要
        5	1	1	6	1	5	1433	1215	4	8	88.22	,
        """;

    [Fact]
    public void Ends_a_word_boxed_over_the_next_at_the_next_s_start_and_sets_every_word_on_its_line_at_the_line_s_size()
    {
        var (glyphs, _) = OcrWords.Glyphs(OverlappingTsv.Replace("\r", ""), 72.0 / 200);

        Assert.Equal("增长7.53%,主要,", Assert.Single(TextLineBuilder.Build(glyphs)).Text);
        Assert.Equal(1373 * 0.36, glyphs.First(g => g.Text == ",").Box.Right, precision: 6);
        Assert.Equal((1191 * 0.36, 1222 * 0.36, 31 * 0.36), (glyphs.Single(g => g.Text == "主").Box.Top, glyphs.Single(g => g.Text == "主").Box.Bottom, glyphs.Single(g => g.Text == "主").FontSize), new Tolerance());
        Assert.All(glyphs, g => Assert.Equal(31 * 0.36, g.FontSize, precision: 6));
    }

    [Fact]
    public void Reads_a_scanned_disclosure_into_the_pipeline_with_the_figures_of_its_read_columns_only()
    {
        Assert.Null(TesseractOcr.MissingPrograms); // CI installs tesseract-ocr, tesseract-ocr-chi-sim and poppler-utils
        var truth = Fixtures.Truth("scan01-2025-wan.pdf");
        var document = processed["disclosures/scan01-2025-wan.pdf"];

        Assert.Equal(16, document.Diagnostics.Count(d => d.Code == DiagnosticCodes.OcrPage));
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == DiagnosticCodes.NoTextLayer);
        Assert.Equal((truth.GetProperty("department").GetProperty("name").GetString(), truth.GetProperty("fiscal_year").GetInt32()),
            (document.Department?.Name, document.FiscalYear));
        Assert.Equal(truth.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("type").GetString()).Order(StringComparer.Ordinal),
            document.Tables.Where(t => t.Type != TableTypes.Unknown).Select(t => t.Type).Order(StringComparer.Ordinal));
        // Figures enter the dataset from typed tables and columns whose heading was read (or repaired): the
        // function table's economic columns, their headings garbled by OCR, among them; a column with no canonical
        // measure only where it is a standard template's own (公共项目(专项资金) / 经常性项目).
        Assert.All(document.LineItems, i => Assert.False(i.TableType == TableTypes.Unknown
            || Measures.IsOther(i.Measure) && !Extractor.Mapping.MisreadHeaders.IsTemplateColumn(i.TableType, i.Measure)));
        // The summaries' headings, garbled and shifted by OCR, are the standard template's: every figure of the
        // income and expenditure summaries is read under the right code and measure.
        foreach (var type in new[] { TableTypes.IncomeSummary, TableTypes.ExpenditureSummary })
            Assert.Equal(
                truth.GetProperty("line_items").EnumerateArray().Where(i => i.GetProperty("table_type").GetString() == type)
                    .Select(i => $"{i.GetProperty("code").GetString()}|{i.GetProperty("measure").GetString()}|{decimal.Parse(i.GetProperty("amount").GetString()!, System.Globalization.CultureInfo.InvariantCulture):0.00}")
                    .Order(StringComparer.Ordinal),
                document.LineItems.Where(i => i.TableType == type).Select(i => $"{i.Code}|{i.Measure}|{i.Amount:0.00}").Order(StringComparer.Ordinal));
        var function = document.LineItems.Where(i => i.TableType == TableTypes.GeneralBudgetExpenditureByFunction && i.Code == "201" && i.Page == 11).ToList(); // the first unit's 201
        Assert.Equal(["1,366.30", "412.03", "902.80"], new[] { Measures.Total, "econ.301", "econ.302" }.Select(m => function.First(i => i.Measure == m).AmountPrinted));
        Assert.Contains(document.Facts, f => f.Key == FactKeys.ExpenditureTotal && f.Value == 28281200m);
        Assert.All(document.LineItems, i => Assert.Equal(OcrReading.OcrSource, i.Reading?.Source));
        // The planted inconsistencies, read surely, are errors; every other finding on the scan's figures is a warning.
        Assert.Equal([("narrative.share", "income.carryover"), ("sum.economic_hierarchy", "301")],
            document.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => (f.Rule, f.Refs[0].FactKey ?? f.Refs[0].Code)).Order());
        Assert.All(document.Findings.Where(f => f.Severity == FindingSeverity.Warning && f.Rule.StartsWith("sum.", StringComparison.Ordinal)),
            f => Assert.Equal(Finding.OcrUncertain, f.Uncertainty));
    }

    [Fact]
    public async Task Reads_the_figures_of_a_scan_dusted_with_noise_through_a_median()
    {
        // scan02's 部门支出总表 (its page 6, table t3) with 1.5 % of its pixels turned black or white and blurred
        // (fixtures/generated/make_noisy_scan.py). Read as it is, the specks came out as letters over the table and
        // its heading was not read.
        var truth = Fixtures.Truth("scan02-2021-wan.pdf").GetProperty("line_items").EnumerateArray()
            .Where(i => i.GetProperty("table_id").GetString() == "t3")
            .Select(i => $"{i.GetProperty("code").GetString()}|{i.GetProperty("measure").GetString()}|{decimal.Parse(i.GetProperty("amount").GetString()!, System.Globalization.CultureInfo.InvariantCulture):0.00}")
            .ToHashSet();
        var processor = new DocumentProcessor(new PipelineOptions(), Extractor.Mapping.TableTypeClassifier.Shipped);

        var document = await processor.ProcessAsync(Fixtures.Path("generated/noisy-scan.pdf"));

        Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.OcrPage);
        Assert.Equal(TableTypes.ExpenditureSummary, Assert.Single(document.Tables, t => t.Type != TableTypes.Unknown).Type);
        var read = document.LineItems.Select(i => $"{i.Code}|{i.Measure}|{i.Amount:0.00}").ToHashSet();
        double matched = read.Count(truth.Contains);
        // Read: 240 of the 271 (0.89), 267 in all (0.90); a code's leading 2 lost beside the specks is given back
        // (080505). What is lost: a row whose code lost a digit at each end (08050), a decimal point (4.17 read 417).
        Assert.True(matched / truth.Count >= 0.85 && matched / read.Count >= 0.85,
            $"{matched} of {truth.Count} line items read, {read.Count} in all; not read: {string.Join(", ", truth.Except(read))}; read wrong: {string.Join(", ", read.Except(truth))}");
    }

    [Fact]
    public void Tells_once_that_ocr_cannot_run_where_tesseract_is_missing_and_reads_the_rest()
    {
        using var folder = new TemporaryDirectory();
        folder.Put("scan.pdf", "disclosures/scan02-2021-wan.pdf");
        folder.Put("text.pdf", "disclosures/dev03-2024-wan.pdf");

        var (exitCode, stdout, stderr) = ExtractorProcess.Run(folder.Path, new Dictionary<string, string> { ["PATH"] = "/nonexistent" },
            "run", ".", "--out", "out");

        Assert.Equal(0, exitCode);
        Assert.Contains("ocr_unavailable: pages without a text layer were not read: OCR cannot run here: pdftoppm and tesseract not found", stdout + stderr);
        Assert.Matches(@"(?m)^(ok|diagnostics) +\S*text\.pdf: 15 pages", stdout);
    }

    private sealed class Tolerance : IEqualityComparer<(double, double, double)>
    {
        public bool Equals((double, double, double) a, (double, double, double) b) =>
            Math.Abs(a.Item1 - b.Item1) < 0.01 && Math.Abs(a.Item2 - b.Item2) < 0.01 && Math.Abs(a.Item3 - b.Item3) < 0.01;

        public int GetHashCode((double, double, double) value) => 0;
    }
}

public sealed class OcrRereadingTests
{
    private static OcrWord Word(string text, double confidence) => new(text, ("1", "3", "1"), 1415, 715, 1482, 28, confidence);

    // Tesseract's answer for a list of five crops: the first read as three words; the third is scan02 p1's 人;离退休人员,
    // read "AIBA" on the page by the Chinese and English models together; the fifth a real "IT".
    private const string Crops = """
        level	page_num	block_num	par_num	line_num	word_num	left	top	width	height	conf	text
        5	1	1	1	1	1	4	4	67	28	96.6	万
        5	1	1	1	1	2	42	0	21	36	93.3	元
        5	1	1	1	1	3	63	0	12	36	83.0	，
        5	2	1	1	1	1	0	3	35	29	40.0	座
        5	3	1	1	1	1	4	4	24	28	92.9	人
        5	3	1	1	1	2	30	4	24	28	0.0	离
        5	3	1	1	1	3	56	4	48	28	85.9	退休
        5	3	1	1	1	4	106	4	24	28	92.8	人
        5	3	1	1	1	5	132	4	24	28	90.7	员
        5	4	1	1	1	1	0	3	35	29	55.0	资
        5	5	1	1	1	1	0	3	20	29	0.0	开
        """;

    [Fact]
    public void A_word_keeps_its_second_reading_when_that_is_sure_or_is_chinese_where_letters_were_read()
    {
        OcrWord[] unsure = [Word("AT,", 74.85), Word("庵", 0), Word("AIBA", 11.86), Word("货", 41), Word("IT", 63.6)];

        var again = OcrWords.Reread(unsure, Crops.Replace("\r", ""));

        // Letters read again as mostly Chinese, not blindly on the whole, take that reading at its least sure word's
        // confidence; a real Latin word read as a character at no confidence, and an unsure Chinese word read again
        // as another, unsurely, keep their first reading.
        Assert.Equal([("万元，", 83.0), ("庵", 0), ("人离退休人员", 0), ("货", 41.0), ("IT", 63.6)], again.Select(w => (w.Text, w.Confidence)));
        Assert.Equal((1415d, 1482d), (again[0].Left, again[0].Right));
    }

    [Fact]
    public void A_stretch_of_text_boxed_as_one_unsure_character_is_a_blob()
    {
        // scan02 p6 at 300 dpi: a heading row whose cells wrap at staggered heights, read "1" at 14 over 624 × 39 pixels.
        var blob = new OcrWord("1", ("1", "1", "6"), 651, 291, 1275, 39, 13.9);

        Assert.True(OcrWords.IsBlob(blob, usualHeight: 17));
        Assert.False(OcrWords.IsBlob(blob with { Confidence = 95 }, usualHeight: 17));
        Assert.False(OcrWords.IsBlob(blob with { Top = 300, Height = 20 }, usualHeight: 17));
        Assert.False(OcrWords.IsBlob(new OcrWord("公共", ("1", "1", "4"), 1948, 263, 2092, 18, 60), usualHeight: 17));
    }

    // The blob's crop read as sparse text: every word a line of its own; 商品 boxed over 和服务支 after it; 出 and 补助
    // the second lines of wrapped headings.
    private const string SparseCrop = """
        level	page_num	block_num	par_num	line_num	word_num	left	top	width	height	conf	text
        5	1	1	1	1	1	12	23	34	17	92.8	小计
        5	1	2	1	1	1	98	23	76	17	96.6	工资福利支出
        5	1	3	1	1	1	217	13	100	16	90.5	商品
        5	1	4	1	1	1	256	9	17	30	96.9	和
        5	1	5	1	1	1	273	13	57	16	93.1	服务支
        5	1	6	1	1	1	259	34	15	16	96.1	出
        5	1	7	1	1	1	351	34	43	17	87.3	补助
        """;

    [Fact]
    public void Words_read_on_a_crop_go_back_to_the_page_in_rows_each_cut_at_the_next_ones_start()
    {
        var words = Assert.Single(OcrWords.OnCrops([(639, 279)], SparseCrop.Replace("\r", "")));

        // The wrapped headings' first lines stand higher than 小计 (their cells centred on two lines), their second lower.
        Assert.Equal(["商品", "和", "服务支", "小计", "工资福利支出", "出", "补助"], words.Select(w => w.Text));
        Assert.Equal(3, words.Select(w => w.Line).Distinct().Count());
        Assert.Equal((856d, 895d), (words[0].Left, words[0].Right));
        Assert.Equal(279 + 23, words[3].Top);
    }

    [Fact]
    public void Only_a_bare_figure_is_read_again_with_digits_only()
    {
        Assert.Equal([true, true, false, false], new[] { "1,366.30", "-0.5", "23.03%。", "万元," }.Select(t => Word(t, 50).IsFigure));
    }

    [Fact]
    public void Crops_a_grey_page_into_a_white_border()
    {
        // A 4 × 3 PGM whose pixels count up from 0.
        byte[] pgm = [.. "P5\n# rendered\n4 3\n255\n"u8.ToArray(), .. Enumerable.Range(0, 12).Select(i => (byte)i)];
        var page = GreyImage.Parse(pgm);

        var crop = GreyImage.Parse(page.Crop(1, 1, 3, 9, border: 1));

        Assert.Equal((4, 4), (crop.Width, crop.Height));
        Assert.Equal([255, 255, 255, 255, 255, 5, 6, 255, 255, 9, 10, 255, 255, 255, 255, 255], page.Crop(1, 1, 3, 9, border: 1)[^16..].Select(b => (int)b));
    }
}
