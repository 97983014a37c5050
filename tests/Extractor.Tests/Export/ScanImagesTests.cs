using System.Security.Cryptography;
using Extractor.Export.Report;
using Extractor.Layout.Ocr;
using Extractor.Model;
using Extractor.Tests.Support;

namespace Extractor.Tests.Export;

/// <summary>The report's pictures of pages OCR read: the scan, found unchanged in the folders the run read, under the outlines.</summary>
public sealed class ScanImagesTests
{
    private static readonly string ScanFolder = Fixtures.Path("disclosures");
    private const string Scan = "scan01-2025-wan.pdf";

    private static ExtractedDocument Scanned(string sha256, params Diagnostic[] diagnostics) => new DocumentBuilder().Build() with
    {
        Source = new SourceInfo(Scan, sha256, 16, null) { Path = Scan },
        Diagnostics = diagnostics,
    };

    private static string Sha256Of(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    [Fact]
    public void Renders_a_page_of_the_document_found_unchanged_in_a_source_folder_at_its_size_in_points()
    {
        var document = Scanned(Sha256Of(Path.Combine(ScanFolder, Scan)));

        var image = new ScanImages([Fixtures.Path("real-cn"), ScanFolder]).Of(document, 10);

        Assert.NotNull(image);
        Assert.StartsWith("data:image/png;base64,iVBORw0KGgo", image.DataUri);
        // The page's own size (pdfinfo: 842 × 595 pts, landscape), to the pixel at 100 dpi.
        Assert.Equal((842, 595), ((int)Math.Round(image.Width), (int)Math.Round(image.Height)));
    }

    [Fact]
    public void Gives_no_picture_of_a_document_changed_since_the_run_or_not_found()
    {
        Assert.Null(new ScanImages([ScanFolder]).Of(Scanned(new string('0', 64)), 10));
        Assert.Null(new ScanImages([Fixtures.Path("real-cn")]).Of(Scanned(Sha256Of(Path.Combine(ScanFolder, Scan))), 10));
        Assert.Null(new ScanImages([]).Of(Scanned(Sha256Of(Path.Combine(ScanFolder, Scan))), 10));
    }

    [Theory]
    [InlineData("page 3: read by OCR (Tesseract chi_sim, 200 dpi, its image tilted 1.25° clockwise and straightened): 600 characters", 1.25)]
    [InlineData("page 3: read by OCR (Tesseract chi_sim, 200 dpi, its image tilted 0.80° anticlockwise and straightened): 600 characters", -0.8)]
    [InlineData("page 3: read by OCR (Tesseract chi_sim, 200 dpi): 600 characters", 0)]
    public void Reads_the_tilt_a_scan_was_straightened_from_in_its_note(string note, double tilt) =>
        Assert.Equal(tilt, ScanTurn.FromNote(note).Tilt, precision: 6);

    [Fact]
    public void States_a_turn_in_the_note_as_it_reads_it_back()
    {
        var turn = new ScanTurn(3, -0.8);

        string note = $"page 3: read by OCR (Tesseract chi_sim, 200 dpi{turn.Stated()}): 600 characters";

        Assert.Contains("its image turned 270° clockwise to stand upright, its image tilted 0.80° anticlockwise and straightened", note);
        Assert.Equal(turn, ScanTurn.FromNote(note));
        Assert.Equal("", default(ScanTurn).Stated());
    }

    /// <summary>Page 10 of the scan, read by OCR with the turn its note states, drawn over a picture of the given size.</summary>
    private static (ReportDocument Report, string Svg) Drawn(string turn, double width, double height)
    {
        var note = new Diagnostic { Stage = "layout", Severity = DiagnosticSeverity.Info, Code = DiagnosticCodes.OcrPage, Page = 10,
            Message = $"page 10: read by OCR (Tesseract chi_sim, 200 dpi{turn}): 600 characters" };
        var report = new ReportDocument(Scan, "d0001.html", Scanned("", note));
        return (report, PagePicture.Svg(report, 10, new ScanImage("data:image/png;base64,AAAA", width, height)));
    }

    [Fact]
    public void Draws_a_straightened_scan_turned_back_under_the_outlines_instead_of_the_cells_text()
    {
        var (report, svg) = Drawn(", its image tilted 1.25° clockwise and straightened", 842, 595);

        Assert.Equal(new ScanTurn(0, 1.25), report.OcrPages[10]);
        Assert.Contains("<g transform=\"rotate(-1.25 421 297.5)\"><image class=\"scan\" href=\"data:image/png;base64,AAAA\" x=\"0\" y=\"0\" width=\"842\" height=\"595\"/></g>", svg);
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"842\" height=\"595\"", svg);
    }

    [Fact]
    public void Draws_a_scan_stood_upright_by_a_quarter_turn_on_a_page_as_wide_as_it_was_high()
    {
        var (_, svg) = Drawn(", its image turned 90° clockwise to stand upright", 595, 842);

        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"842\" height=\"595\"", svg);
        Assert.Contains("translate(842 0) rotate(90)\"><image class=\"scan\" href=\"data:image/png;base64,AAAA\" x=\"0\" y=\"0\" width=\"595\" height=\"842\"/>", svg);
    }
}
