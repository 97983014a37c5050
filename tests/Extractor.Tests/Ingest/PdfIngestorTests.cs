using Extractor.Ingest;
using Extractor.Model;
using Extractor.Tests.Support;

namespace Extractor.Tests.Ingest;

public sealed class PdfIngestorTests
{
    private readonly PdfIngestor ingestor = new(new IngestOptions());

    [Theory]
    [InlineData("bad/empty.pdf", DiagnosticCodes.EmptyFile, "empty file")]
    [InlineData("bad/not-a-pdf.pdf", DiagnosticCodes.NotAPdf, "not a PDF")]
    [InlineData("bad/random-bytes.pdf", DiagnosticCodes.NotAPdf, "not a PDF")]
    [InlineData("bad/pdf-header-then-garbage.pdf", DiagnosticCodes.DamagedPdf, "damaged PDF")]
    [InlineData("bad/truncated-half.pdf", DiagnosticCodes.DamagedPdf, "damaged PDF")]
    [InlineData("bad/encrypted-user-password.pdf", DiagnosticCodes.PasswordRequired, "encrypted; password required")]
    [InlineData("bad/flate-bomb.pdf", DiagnosticCodes.ResourceLimit, "resource limit")]
    [InlineData("bad/page-tree-cycle.pdf", DiagnosticCodes.NoPages, "damaged PDF")]
    public void Refuses_a_broken_file_with_the_diagnostic_of_its_class(string fixture, string code, string wording)
    {
        // Read refuses what it cannot read at all (zero bytes); Open what it cannot open.
        var refusal = Assert.Throws<IngestException>(() => ingestor.Open(ingestor.Read(Fixtures.Path(fixture))).Dispose());

        Assert.Equal(code, refusal.Code);
        Assert.StartsWith(wording, refusal.Message);
    }

    [Fact]
    public void Reads_strings_opening_with_the_codes_FE_FF_as_their_font_maps_those_codes()
    {
        // PdfPig alone reads them as UTF-16 text: "Unit name" loses its "Un" and the line is drawn from the string's start.
        using var document = ingestor.Open(ingestor.Read(Fixtures.Path("generated/mark-codes.pdf")));
        var letters = document.Pdf.GetPage(1).Letters;

        Assert.Contains("Unit name: Works Bureau", string.Concat(letters.Where(l => l.Location.Y > 690).Select(l => l.Value)));
        Assert.Contains("Budget Unit 2026", string.Concat(letters.Where(l => l.Location.Y < 690).Select(l => l.Value)));
        // The first letter stands where the string starts; the file's own bytes are kept (OCR renders them).
        Assert.Equal(72, letters.First(l => l.Value == "U").Location.X, 1);
        Assert.Empty(document.Diagnostics);
        Assert.Equal(File.ReadAllBytes(Fixtures.Path("generated/mark-codes.pdf")), document.Bytes);
    }

    [Fact]
    public void Reads_the_file_a_symbolic_link_leads_to_under_the_link_s_name()
    {
        using var folder = new TemporaryDirectory();
        string link = Path.Combine(folder.Path, "linked.pdf"), chain = Path.Combine(folder.Path, "chain.pdf");
        File.CreateSymbolicLink(link, Fixtures.Path("disclosures/dev01-2024-yuan.pdf"));
        File.CreateSymbolicLink(chain, link);
        var original = ingestor.Read(Fixtures.Path("disclosures/dev01-2024-yuan.pdf"));

        foreach (var (path, name) in new[] { (link, "linked.pdf"), (chain, "chain.pdf") })
        {
            var read = ingestor.Read(path);
            Assert.Equal((name, original.Sha256, original.Bytes.Length), (read.Name, read.Sha256, read.Bytes.Length));
        }
    }

    [Fact]
    public void A_link_to_nothing_is_a_file_not_found()
    {
        using var folder = new TemporaryDirectory();
        string link = Path.Combine(folder.Path, "dangling.pdf");
        File.CreateSymbolicLink(link, Path.Combine(folder.Path, "gone.pdf"));

        var refusal = Assert.Throws<IngestException>(() => ingestor.Read(link));

        Assert.Equal((DiagnosticCodes.FileUnreadable, $"file not found: {link} is a symbolic link to {Path.Combine(folder.Path, "gone.pdf")}, which does not exist"),
            (refusal.Code, refusal.Message));
    }

    [Fact]
    public void Opens_a_document_encrypted_with_an_owner_password_only()
    {
        using var document = ingestor.Open(ingestor.Read(Fixtures.Path("bad/encrypted-owner-only.pdf")));

        Assert.Equal(22, document.Source.Pages);
    }

    [Fact]
    public void Decrypts_the_streams_of_an_rc4_document_with_an_empty_user_password()
    {
        // The isolation tests' encrypted bomb relies on this: the parser decrypts what no pre-check can read.
        using var folder = new TemporaryDirectory();
        string path = folder.File("rc4.pdf");
        File.WriteAllBytes(path, HostilePdf.Encrypted(("/Filter /FlateDecode", HostilePdf.Deflated("BT /F1 12 Tf 72 720 Td (budget) Tj ET"u8.ToArray()))));

        using var document = ingestor.Open(ingestor.Read(path));

        Assert.Equal(["BT", "Tf", "Td", "Tj", "ET"], document.Pdf.GetPage(1).Operations.Select(o => o.Operator));
    }

    [Fact]
    public void Recovers_a_file_that_lost_its_trailer_and_says_so()
    {
        using var document = ingestor.Open(ingestor.Read(Fixtures.Path("bad/truncated-tail.pdf")));

        Assert.Equal(22, document.Source.Pages);
        var warning = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticCodes.DamagedPdf, warning.Code);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("recovered", warning.Message);
        // The bad files were made from this publication: the recovered last page reads like the intact one.
        using var intact = ingestor.Open(ingestor.Read(Fixtures.Path("real-cn/sh-putuo-zfb-2025-dept-budget.pdf")));
        Assert.Equal(
            string.Concat(intact.Pdf.GetPage(22).Letters.Select(l => l.Value)),
            string.Concat(document.Pdf.GetPage(22).Letters.Select(l => l.Value)));
    }

    [Fact]
    public void Inflates_a_flate_bomb_into_a_small_buffer_only()
    {
        var file = ingestor.Read(Fixtures.Path("bad/flate-bomb.pdf"));
        long before = GC.GetAllocatedBytesForCurrentThread();

        Assert.Throws<IngestException>(() => ingestor.Open(file).Dispose());

        // The bomb inflates to 1 GiB; refusing it must not have allocated anything near that.
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 16 * 1024 * 1024);
    }

    [Fact]
    public void Identifies_a_file_by_the_sha256_of_its_bytes()
    {
        var file = ingestor.Read(Fixtures.Path("disclosures/dxh-xzspj-2023.pdf"));

        // As printed by sha256sum.
        Assert.Equal("8a8a9593abf339828c383c47b5f9836ae6ce609878336ebe35bd5f5ac160b2b8", file.Sha256);
        Assert.Equal("dxh-xzspj-2023.pdf", file.Name);
    }

    [Fact]
    public void Reports_the_producer_recorded_in_the_file()
    {
        using var document = ingestor.Open(ingestor.Read(Fixtures.Path("real-cn/sh-putuo-czj-2024-dept-final.pdf")));

        Assert.Equal("ONLYOFFICE/8.0.1.31", document.Source.Producer);
    }

    [Fact]
    public void Refuses_a_file_over_the_size_limit_before_reading_it()
    {
        var small = new PdfIngestor(new IngestOptions { MaxFileBytes = 1000 });

        var refusal = Assert.Throws<IngestException>(() => small.Read(Fixtures.Path("disclosures/dxh-xzspj-2023.pdf")));

        Assert.Equal(DiagnosticCodes.ResourceLimit, refusal.Code);
    }
}
