using System.Text;

namespace Extractor.Ingest;

/// <summary>
/// Byte scans over a whole file for <see cref="CrossReferenceCheck"/>: the object headers at the start of a line
/// and the <c>startxref</c> keywords. They read exactly what the regular expressions
/// <c>(?&lt;=[\r\n])(\d+)\s+\d+\s+obj\b</c> and <c>startxref\s+\d+</c> match on the file decoded as Latin-1, without
/// decoding it: on a 5 MB file the decoded copy and the regex took most of ingest's own time.
/// </summary>
internal static class ObjectHeaderScan
{
    /// <summary>How many <c>startxref</c> keywords are followed by white space and an offset.</summary>
    public static int StartXrefCount(ReadOnlySpan<byte> pdf)
    {
        int count = 0;
        for (int at = pdf.IndexOf("startxref"u8); at >= 0;)
        {
            int next = at + "startxref"u8.Length;
            int digits = SkipWhiteSpace(pdf, next);
            if (digits > next && digits < pdf.Length && IsDigit(pdf[digits])) count++;
            int further = pdf[next..].IndexOf("startxref"u8);
            at = further < 0 ? -1 : next + further;
        }
        return count;
    }

    /// <summary>The first object number (as printed) that an object header at the start of a line repeats; null when none does.</summary>
    public static string? FirstRepeatedNumber(ReadOnlySpan<byte> pdf)
    {
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        int position = 0;
        while (true)
        {
            int lineEnd = pdf[position..].IndexOfAny((byte)'\r', (byte)'\n');
            if (lineEnd < 0) return null;
            position += lineEnd + 1;
            if (HeaderNumberLength(pdf, position) is not (var length and > 0)) continue;
            string number = Encoding.Latin1.GetString(pdf.Slice(position, length));
            if (!numbers.Add(number)) return number;
        }
    }

    /// <summary>The length of the object number at <paramref name="start"/> when an object header (<c>12 0 obj</c>) starts there, else 0.</summary>
    private static int HeaderNumberLength(ReadOnlySpan<byte> pdf, int start)
    {
        int numberEnd = SkipDigits(pdf, start);
        if (numberEnd == start) return 0;
        int generation = SkipWhiteSpace(pdf, numberEnd);
        if (generation == numberEnd) return 0;
        int generationEnd = SkipDigits(pdf, generation);
        if (generationEnd == generation) return 0;
        int keyword = SkipWhiteSpace(pdf, generationEnd);
        if (keyword == generationEnd || !pdf[keyword..].StartsWith("obj"u8)) return 0;
        int after = keyword + "obj"u8.Length;
        return after < pdf.Length && IsWordByte(pdf[after]) ? 0 : numberEnd - start;
    }

    private static int SkipDigits(ReadOnlySpan<byte> pdf, int at)
    {
        while (at < pdf.Length && IsDigit(pdf[at])) at++;
        return at;
    }

    private static int SkipWhiteSpace(ReadOnlySpan<byte> pdf, int at)
    {
        while (at < pdf.Length && IsWhiteSpace(pdf[at])) at++;
        return at;
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    /// <summary>The regex's <c>\s</c> on a Latin-1 character: tab to carriage return, space, NEL and no-break space.</summary>
    private static bool IsWhiteSpace(byte b) => b is >= 0x09 and <= 0x0D or 0x20 or 0x85 or 0xA0;

    /// <summary>The regex's word characters (for <c>\b</c>) among Latin-1's: letters, digits and the underscore.</summary>
    private static bool IsWordByte(byte b) => char.IsLetterOrDigit((char)b) || b == (byte)'_';
}
