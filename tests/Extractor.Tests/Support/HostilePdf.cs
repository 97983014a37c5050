using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Extractor.Tests.Support;

/// <summary>
/// Builds small hostile PDFs for the isolation tests: one page whose content streams carry the given
/// dictionaries and data, with a correct cross-reference table, so only the streams are hostile.
/// </summary>
public static class HostilePdf
{
    /// <summary>The padding string of the standard security handler (ISO 32000-1, 7.6.3.3).</summary>
    private static readonly byte[] PasswordPad = Convert.FromHexString("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");

    private static readonly byte[] FileId = Convert.FromHexString("0123456789ABCDEF0123456789ABCDEF");

    /// <summary>A one-page PDF whose contents are these streams, in order.</summary>
    public static byte[] WithContents(params (string Dictionary, byte[] Data)[] streams) => Build("", encrypted: false, streams);

    /// <summary>The same, with more entries before the page in the page tree's /Kids ("[[[…]]]").</summary>
    public static byte[] WithKids(string kids, params (string Dictionary, byte[] Data)[] streams) => Build(kids, encrypted: false, streams);

    /// <summary>
    /// The same, encrypted with the standard security handler (RC4, 40-bit key, empty user password): any reader
    /// opens it, but the stored stream bytes are ciphertext, so nothing can inspect them before decryption.
    /// </summary>
    public static byte[] Encrypted(params (string Dictionary, byte[] Data)[] streams) => Build("", encrypted: true, streams);

    private static byte[] Build(string kids, bool encrypted, (string Dictionary, byte[] Data)[] streams)
    {
        const int permissions = -4;
        byte[] owner = Rc4(Md5(PasswordPad)[..5], PasswordPad);
        byte[] key = Md5([.. PasswordPad, .. owner, .. BitConverter.GetBytes(permissions), .. FileId])[..5];
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii($"<< /Type /Pages /Kids [{kids} 3 0 R] /Count 1 >>"),
            Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [{string.Join(' ', streams.Select((_, i) => $"{4 + i} 0 R"))}] >>"),
        };
        foreach (var (dictionary, data) in streams)
        {
            byte[] stored = encrypted ? Rc4(ObjectKey(key, objects.Count + 1), data) : data;
            objects.Add([.. Ascii($"<< {dictionary} /Length {stored.Length} >>\nstream\n"), .. stored, .. Ascii("\nendstream")]);
        }
        string encryption = "";
        if (encrypted)
        {
            objects.Add(Ascii($"<< /Filter /Standard /V 1 /R 2 /O <{Convert.ToHexString(owner)}> /U <{Convert.ToHexString(Rc4(key, PasswordPad))}> /P {permissions} >>"));
            encryption = $" /Encrypt {objects.Count} 0 R";
        }

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
        string id = Convert.ToHexString(FileId);
        table.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R{encryption} /ID [<{id}> <{id}>] >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Ascii(table.ToString()));
        return pdf.ToArray();
    }

    /// <summary>Zlib data (what /FlateDecode reads) that inflates to so many zero bytes.</summary>
    public static byte[] ZerosDeflated(long count)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true)) WriteZeros(zlib, count);
        return output.ToArray();
    }

    /// <summary>
    /// Zlib data that opens with a stored (uncompressed) block holding <paramref name="stored"/> verbatim and then
    /// inflates to so many zero bytes: a scan of the file's bytes for <c>endstream</c> ends the stream early.
    /// </summary>
    public static byte[] StoredThenZeros(byte[] stored, long zeros)
    {
        using var output = new MemoryStream();
        output.Write([0x78, 0x9C]);
        // A stored block: BFINAL 0, BTYPE 00, padded to the byte; then LEN and its complement, little-endian.
        output.WriteByte(0);
        output.Write(BitConverter.GetBytes((ushort)stored.Length));
        output.Write(BitConverter.GetBytes((ushort)~stored.Length));
        output.Write(stored);
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true)) WriteZeros(deflate, zeros);
        uint a = 1, b = 0;
        foreach (byte x in stored) { a = (a + x) % 65521; b = (b + a) % 65521; }
        // Zeros leave a unchanged and add a to b once per byte.
        b = (uint)((b + (ulong)(zeros % 65521) * a) % 65521);
        output.Write([(byte)(b >> 8), (byte)b, (byte)(a >> 8), (byte)a]);
        return output.ToArray();
    }

    public static byte[] Deflated(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
        return output.ToArray();
    }

    /// <summary>
    /// The PDF with three bytes of its embedded TrueType program changed, the font appended as an incremental
    /// update: <c>head.indexToLocFormat</c> 1 → 0 (the long glyph locations read as short put about half the
    /// glyphs at glyph 0), glyph 0's contour count 0 → 1 and its last point 1 → 0x6701. A parser that reads
    /// every glyph at once then builds ten thousand outlines of 26,370 points (PdfPig 0.1.16: 1.8 GB resident for
    /// a 13-page file that otherwise takes 127 MB).
    /// </summary>
    public static byte[] CorruptedTrueType(byte[] pdf)
    {
        string text = Encoding.Latin1.GetString(pdf);
        int number = int.Parse(Regex.Match(text, @"/FontFile2\s+(\d+)\s+0\s+R").Groups[1].Value);
        var header = Regex.Matches(text, $@"(?<![0-9]){number}\s+0\s+obj\s*<<")[^1];
        var keyword = new Regex(@"stream\r?\n").Match(text, header.Index + header.Length);
        int length = int.Parse(Regex.Match(text[(header.Index + header.Length)..keyword.Index], @"/Length\s+(\d+)").Groups[1].Value);
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(pdf, keyword.Index + keyword.Length, length), CompressionMode.Decompress)) zlib.CopyTo(inflated);
        var font = inflated.ToArray();
        int Table(string tag)
        {
            int tables = font[4] << 8 | font[5];
            for (int i = 0; i < tables; i++)
                if (Encoding.Latin1.GetString(font, 12 + 16 * i, 4) == tag) return System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(font.AsSpan(12 + 16 * i + 8));
            throw new InvalidDataException($"no {tag} table");
        }
        int head = Table("head"), glyf = Table("glyf");
        font[head + 51] = 0x00;
        font[glyf + 1] = 0x01;
        font[glyf + 10] = 0x67;

        var trailer = Regex.Matches(text, @"trailer\s*<<(.*?)>>\s*startxref", RegexOptions.Singleline)[^1].Groups[1].Value;
        string size = Regex.Match(trailer, @"/Size\s+\d+").Value, root = Regex.Match(trailer, @"/Root\s+\d+\s+\d+\s+R").Value;
        long previous = long.Parse(Regex.Matches(text, @"startxref\s+(\d+)")[^1].Groups[1].Value);
        var body = Deflated(font);
        using var output = new MemoryStream();
        output.Write(pdf);
        if (pdf[^1] != '\n') output.WriteByte((byte)'\n');
        long offset = output.Position;
        output.Write([.. Ascii($"{number} 0 obj\n<< /Length {body.Length} /Filter /FlateDecode /Length1 {font.Length} >>\nstream\n"), .. body, .. Ascii("\nendstream\nendobj\n")]);
        long xref = output.Position;
        output.Write(Ascii($"xref\n0 1\n0000000000 65535 f \n{number} 1\n{offset:D10} 00000 n \ntrailer\n<< {size} {root} /Prev {previous} >>\nstartxref\n{xref}\n%%EOF\n"));
        return output.ToArray();
    }

    /// <summary>The data as /ASCIIHexDecode reads it, ended by '>'.</summary>
    public static byte[] AsciiHex(byte[] data) => Ascii(Convert.ToHexString(data) + ">");

    private static void WriteZeros(Stream stream, long count)
    {
        var block = new byte[1 << 20];
        for (long left = count; left > 0; left -= block.Length) stream.Write(block, 0, (int)Math.Min(block.Length, left));
    }

    /// <summary>An object's RC4 key (ISO 32000-1, algorithm 1): the file key, the object number and generation 0.</summary>
    private static byte[] ObjectKey(byte[] fileKey, int objectNumber) =>
        Md5([.. fileKey, (byte)objectNumber, (byte)(objectNumber >> 8), (byte)(objectNumber >> 16), 0, 0])[..(fileKey.Length + 5)];

    private static byte[] Md5(byte[] data) => MD5.HashData(data);

    private static byte[] Rc4(byte[] key, byte[] data)
    {
        var s = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 255;
            (s[i], s[j]) = (s[j], s[i]);
        }
        var output = new byte[data.Length];
        for (int n = 0, i = 0, j = 0; n < data.Length; n++)
        {
            i = (i + 1) & 255;
            j = (j + s[i]) & 255;
            (s[i], s[j]) = (s[j], s[i]);
            output[n] = (byte)(data[n] ^ s[(s[i] + s[j]) & 255]);
        }
        return output;
    }

    private static byte[] Ascii(string text) => Encoding.Latin1.GetBytes(text);
}
