using System.Text;
using Extractor.Ingest;
using Extractor.Layout;

namespace Extractor.Tests.Layout;

public sealed class SubstitutedFontsTests
{
    /// <summary>
    /// One page printing "23" at 9 pt twice: in Times New Roman, as the Jiangsu budgets print their page numbers,
    /// named as a TrueType font without its program (PdfPig measures it with whatever the host has installed:
    /// Liberation Serif, or the descriptor's font box without it), and in Helvetica, a standard font whose metrics
    /// PdfPig carries itself.
    /// </summary>
    private static readonly byte[] PageNumbers = Pdf(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 7 0 R >> >> /Contents 4 0 R >>",
        Stream("BT /F1 9 Tf 100 50 Td (23) Tj ET BT /F2 9 Tf 300 100 Td (23) Tj ET"),
        "<< /Type /Font /Subtype /TrueType /BaseFont /Times#20New#20Roman /FirstChar 48 /LastChar 57 /Widths [500 500 500 500 500 500 500 500 500 500] /Encoding /WinAnsiEncoding /FontDescriptor 6 0 R >>",
        "<< /Type /FontDescriptor /FontName /Times#20New#20Roman /Flags 32 /FontBBox [-568 -216 2000 693] /ItalicAngle 0 /Ascent 891 /Descent -216 /CapHeight 693 /StemV 80 >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");

    [Fact]
    public void Boxes_the_letters_of_a_TrueType_font_the_file_does_not_carry_by_their_advance_alone()
    {
        var page = Layout(PageNumbers).Pages.Single();

        // 9 pt, widths of 500/1000: each digit 4.5 pt wide from the pen's start, 0.8 em above the baseline
        // (842 - 50 = 792 from the top) to 0.2 em below, whatever fonts the machine has.
        var timesDigits = page.Glyphs.Where(g => g.FontName == "Times New Roman").Select(g => g.Box);
        Assert.Equal([new Box(100, 784.8, 104.5, 793.8), new Box(104.5, 784.8, 109, 793.8)], timesDigits, BoxComparer);
        Assert.Equal(new Box(100, 784.8, 109, 793.8), page.Lines.Single(l => l.Glyphs[0].FontName == "Times New Roman").Box, BoxComparer);
    }

    [Fact]
    public void Keeps_the_ink_box_of_a_standard_font_whose_metrics_the_parser_carries()
    {
        var page = Layout(PageNumbers).Pages.Single();

        // Helvetica's "2" (its metrics: box 26 0 507 703) is inked from 0.026 em right of its pen up to 0.703 em
        // above its baseline: its own outline box, not the advance box (from the pen, up to 0.8 em).
        var helveticaTwo = page.Glyphs.First(g => g.FontName == "Helvetica");
        Assert.Equal(new Box(300.234, 735.673, 304.563, 742), helveticaTwo.Box, BoxComparer);
    }

    private static readonly EqualityComparer<Box> BoxComparer = EqualityComparer<Box>.Create(
        (a, b) => Math.Abs(a.Left - b.Left) < 1e-3 && Math.Abs(a.Top - b.Top) < 1e-3 && Math.Abs(a.Right - b.Right) < 1e-3 && Math.Abs(a.Bottom - b.Bottom) < 1e-3,
        _ => 0);

    private static DocumentLayout Layout(byte[] pdf)
    {
        var ingestor = new PdfIngestor(new IngestOptions());
        using var document = ingestor.Open(new SourceFile("page-numbers.pdf", pdf, ""));
        return new LayoutReader().Read(document);
    }

    private static string Stream(string content) => $"<< /Length {content.Length} >>\nstream\n{content}\nendstream";

    /// <summary>A PDF of these objects, numbered from 1, with its cross-reference table.</summary>
    private static byte[] Pdf(params string[] objects)
    {
        var pdf = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (int i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        int xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (int offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
