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
        // function table's economic columns, their headings garbled by OCR, among them.
        Assert.All(document.LineItems, i => Assert.False(i.TableType == TableTypes.Unknown || Measures.IsOther(i.Measure)));
        var function = document.LineItems.Where(i => i.TableType == TableTypes.GeneralBudgetExpenditureByFunction && i.Code == "201" && i.Page == 11).ToList(); // the first unit's 201
        Assert.Equal(["1,366.30", "412.03", "902.80"], new[] { Measures.Total, "econ.301", "econ.302" }.Select(m => function.First(i => i.Measure == m).AmountPrinted));
        Assert.Contains(document.Facts, f => f.Key == FactKeys.ExpenditureTotal && f.Value == 28281200m);
        Assert.DoesNotContain(document.Findings, f => f.Severity == FindingSeverity.Error);
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
