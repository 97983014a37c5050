using System.IO.Compression;
using Extractor.Model;

namespace Extractor.Ingest;

/// <summary>
/// Checks, before the parser sees the file, that no Flate stream inflates past the budget. The parser
/// inflates a whole stream into memory, so a 1 MiB stream that inflates to 1 GiB would take the process
/// with it; here we inflate into a small reusable buffer and only count.
/// </summary>
public static class DecompressionBudget
{
    // Deflate cannot expand data by more than about 1032:1, so a stream shorter than budget / 1032 can
    // never exceed the budget and is not inflated: the check costs nothing on ordinary documents.
    private const int MaxDeflateRatio = 1032;

    private static readonly byte[] StreamKeyword = "stream"u8.ToArray();
    private static readonly byte[] EndStreamKeyword = "endstream"u8.ToArray();

    /// <summary>Throws an <see cref="IngestException"/> (resource limit) when a stream is over budget.</summary>
    public static void Enforce(byte[] pdf, long maxStreamBytes)
    {
        long smallestRisky = Math.Max(1, maxStreamBytes / MaxDeflateRatio);
        foreach (var (start, length) in FindStreams(pdf))
        {
            if (length < smallestRisky) continue;
            long inflated = InflatedLength(pdf, start, length, maxStreamBytes);
            if (inflated > maxStreamBytes)
                throw new IngestException(DiagnosticCodes.ResourceLimit,
                    $"resource limit: a {length:N0}-byte stream at offset {start:N0} inflates past the " +
                    $"decompression budget of {maxStreamBytes / (1024 * 1024):N0} MiB");
        }
    }

    /// <summary>The data ranges between each <c>stream</c> keyword and its <c>endstream</c>.</summary>
    private static IEnumerable<(int Start, int Length)> FindStreams(byte[] pdf)
    {
        int position = 0;
        while (true)
        {
            int keyword = IndexOf(pdf, StreamKeyword, position);
            if (keyword < 0) yield break;
            int afterKeyword = keyword + StreamKeyword.Length;
            bool isEndStream = keyword >= 3 && pdf[keyword - 3] == 'e' && pdf[keyword - 2] == 'n' && pdf[keyword - 1] == 'd';
            if (isEndStream || afterKeyword >= pdf.Length || (pdf[afterKeyword] != '\r' && pdf[afterKeyword] != '\n'))
            {
                position = afterKeyword;
                continue;
            }
            int dataStart = afterKeyword + (pdf[afterKeyword] == '\r' && afterKeyword + 1 < pdf.Length && pdf[afterKeyword + 1] == '\n' ? 2 : 1);
            int end = IndexOf(pdf, EndStreamKeyword, dataStart);
            if (end < 0) end = pdf.Length; // a truncated file: check what is there
            yield return (dataStart, end - dataStart);
            position = end;
        }
    }

    /// <summary>Where the bytes occur in the file from a position on, or -1: the ingest checks' one byte search.</summary>
    internal static int IndexOf(byte[] haystack, ReadOnlySpan<byte> needle, int from) =>
        from >= haystack.Length ? -1 : haystack.AsSpan(from).IndexOf(needle) is var i and >= 0 ? from + i : -1;

    /// <summary>How many bytes the stream inflates to, counting no further than just past the budget.</summary>
    private static long InflatedLength(byte[] pdf, int start, int length, long budget)
    {
        // Skip the two-byte zlib header as PDF readers do; a stream that is not Flate fails at once.
        if (length <= 2) return 0;
        using var source = new MemoryStream(pdf, start + 2, length - 2, writable: false);
        using var inflater = new DeflateStream(source, CompressionMode.Decompress);
        var buffer = new byte[64 * 1024];
        long total = 0;
        try
        {
            int read;
            while ((read = inflater.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += read;
                if (total > budget) break;
            }
        }
        catch (InvalidDataException)
        {
            // Not Flate data, or corrupt: the parser will report it if it matters.
        }
        return total;
    }
}
