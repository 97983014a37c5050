using System.IO.Compression;
using System.Text;

namespace Extractor.Tests.Support;

/// <summary>
/// Builds small hostile PDFs for the isolation tests: one page whose content streams carry the given
/// dictionaries and data, with a correct cross-reference table, so only the streams are hostile.
/// </summary>
public static class HostilePdf
{
    /// <summary>A one-page PDF whose contents are these streams, in order.</summary>
    public static byte[] WithContents(params (string Dictionary, byte[] Data)[] streams) => WithKids("", streams);

    /// <summary>The same, with more entries before the page in the page tree's /Kids ("[[[…]]]").</summary>
    public static byte[] WithKids(string kids, params (string Dictionary, byte[] Data)[] streams)
    {
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii($"<< /Type /Pages /Kids [{kids} 3 0 R] /Count 1 >>"),
            Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [{string.Join(' ', streams.Select((_, i) => $"{4 + i} 0 R"))}] >>"),
        };
        foreach (var (dictionary, data) in streams)
            objects.Add([.. Ascii($"<< {dictionary} /Length {data.Length} >>\nstream\n"), .. data, .. Ascii("\nendstream")]);

        using var pdf = new MemoryStream();
        pdf.Write(Ascii("%PDF-1.7\n%\u00e2\u00e3\n"));
        var offsets = new List<long>();
        for (int i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Ascii($"{i + 1} 0 obj\n"));
            pdf.Write(objects[i]);
            pdf.Write(Ascii("\nendobj\n"));
        }
        long xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) table.Append($"{offset:D10} 00000 n \n");
        table.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Ascii(table.ToString()));
        return pdf.ToArray();
    }

    /// <summary>Zlib data (what /FlateDecode reads) that inflates to so many zero bytes.</summary>
    public static byte[] ZerosDeflated(long count)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            var block = new byte[1 << 20];
            for (long left = count; left > 0; left -= block.Length) zlib.Write(block, 0, (int)Math.Min(block.Length, left));
        }
        return output.ToArray();
    }

    public static byte[] Deflated(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
        return output.ToArray();
    }

    /// <summary>The data as /ASCIIHexDecode reads it, ended by '>'.</summary>
    public static byte[] AsciiHex(byte[] data) => Ascii(Convert.ToHexString(data) + ">");

    private static byte[] Ascii(string text) => Encoding.Latin1.GetBytes(text);
}
