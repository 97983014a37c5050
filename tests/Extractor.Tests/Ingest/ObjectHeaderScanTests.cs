using System.Text;
using System.Text.RegularExpressions;
using Extractor.Ingest;

namespace Extractor.Tests.Ingest;

public sealed class ObjectHeaderScanTests
{
    /// <summary>What the scan replaces: the regular expressions on the file decoded as Latin-1.</summary>
    private static readonly Regex DefinedObject = new(@"(?<=[\r\n])(?<number>\d+)\s+\d+\s+obj\b");

    private static readonly Regex StartXref = new(@"startxref\s+(?<offset>\d+)");

    private static string? RegexRepeat(string text)
    {
        var numbers = new HashSet<string>();
        foreach (Match header in DefinedObject.Matches(text))
            if (!numbers.Add(header.Groups["number"].Value)) return header.Groups["number"].Value;
        return null;
    }

    [Theory]
    [InlineData("%PDF\n1 0 obj\n2 0 obj\n1 0 obj", "1")]
    [InlineData("%PDF\r1 0 obj\r\n2 0 obj\r01 0 obj\r1\n0\nobj", "1")]
    [InlineData("%PDF\n1 0 objx\n1 0 obj", null)]
    [InlineData("%PDF\n1 0 obj_\n1 0 obj\u00E9\n1 0 obj\u00D7\n", null)]
    [InlineData("1 0 obj\n1 0 obj", null)]
    [InlineData("%PDF\n7\u00A00\u0085obj\n7 0 obj", "7")]
    [InlineData("%PDF\n12 0 obj x 12 0 obj\n3 4 5 obj\n12 1 obj", "12")]
    [InlineData("%PDF\n5 0obj\n5 0 obj\n5  0  obj", "5")]
    public void Reads_the_repeated_object_number_the_regex_reads(string text, string? repeated)
    {
        Assert.Equal(RegexRepeat(text), repeated);
        Assert.Equal(repeated, ObjectHeaderScan.FirstRepeatedNumber(Encoding.Latin1.GetBytes(text)));
    }

    [Theory]
    [InlineData("startxref\n12\n%%EOF", 1)]
    [InlineData("startxref\n12 startxref 9 startxref\nx startxref", 2)]
    [InlineData("startxref12 startxref\u00A0\u0034", 1)]
    public void Counts_the_startxrefs_the_regex_counts(string text, int count)
    {
        Assert.Equal(StartXref.Matches(text).Count, count);
        Assert.Equal(count, ObjectHeaderScan.StartXrefCount(Encoding.Latin1.GetBytes(text)));
    }

    [Fact]
    public void Agrees_with_the_regex_on_random_bytes()
    {
        var random = new Random(13);
        string[] tokens = ["1", "2", "0", "12", " ", "\r", "\n", "\t", "obj", "startxref", "_", "x", "\u00A0", "\u0085", "\u00E9", "\u00D7"];
        for (int sample = 0; sample < 2000; sample++)
        {
            var bytes = Encoding.Latin1.GetBytes(string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => tokens[random.Next(tokens.Length)])));
            string text = Encoding.Latin1.GetString(bytes);
            Assert.Equal(RegexRepeat(text), ObjectHeaderScan.FirstRepeatedNumber(bytes));
            Assert.Equal(StartXref.Matches(text).Count, ObjectHeaderScan.StartXrefCount(bytes));
        }
    }
}
