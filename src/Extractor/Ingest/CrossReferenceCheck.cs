using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Extractor.Ingest;

/// <summary>
/// Whether a file's structure holds as written: its last <c>startxref</c> points at a cross-reference section,
/// each entry of the classic tables (followed through <c>/Prev</c>) points at the object it names, and no object
/// number is defined twice in a file of one revision. PdfPig repairs all of these silently (it searches the file
/// for objects instead), which can drop objects or bring back ones a later revision deleted; so the repair is
/// found here and named.
/// </summary>
public static partial class CrossReferenceCheck
{
    /// <summary>How far from the end the last <c>startxref</c> must be (the format says within the last 1024 bytes).</summary>
    private const int TailLength = 1024;

    /// <summary>Sections followed through /Prev at most (a loop of /Prev links ends here).</summary>
    private const int MaxSections = 64;

    /// <summary>What does not hold, in words; empty for an intact file.</summary>
    public static IReadOnlyList<string> Problems(byte[] pdf)
    {
        var start = LastStartXrefMatch(pdf);
        if (start is null) return ["no startxref at the end of the file (it is truncated, or its last revision was cut off)"];
        if (Offset(start, pdf) is not { } offset)
            return [$"startxref points at byte {start.Groups["offset"].Value}, past the end of the file"];

        var problems = new List<string>();
        int entries = 0, missed = 0;
        string? firstMiss = null;
        var seen = new HashSet<long>();
        for (int section = 0; section < MaxSections && seen.Add(offset); section++)
        {
            string at = Window(pdf, offset, 64).TrimStart();
            if (at.StartsWith("xref", StringComparison.Ordinal))
            {
                var (count, misses, miss, previous) = CheckTable(pdf, offset);
                entries += count;
                missed += misses;
                firstMiss ??= miss;
                if (previous is not { } prev) break;
                offset = prev;
            }
            else if (ObjectHeader().IsMatch(at)) break; // a cross-reference stream: its entries are compressed, not checked
            else
            {
                problems.Add($"startxref (or a /Prev) points at byte {offset}, where no cross-reference section starts");
                break;
            }
        }
        if (missed > 0) problems.Add($"{missed} of {entries} cross-reference entries miss their objects ({firstMiss})");
        if (DuplicateObject(pdf) is { } duplicate) problems.Add(duplicate);
        return problems;
    }

    /// <summary>The offset the file's last <c>startxref</c> gives, where it is one inside the file; null otherwise.</summary>
    public static long? LastStartXref(byte[] pdf) => LastStartXrefMatch(pdf) is { } start ? Offset(start, pdf) : null;

    private static long? Offset(Match start, byte[] pdf) =>
        long.TryParse(start.Groups["offset"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out long offset) && offset < pdf.Length ? offset : null;

    private static Match? LastStartXrefMatch(byte[] pdf) =>
        StartXref().Matches(Encoding.Latin1.GetString(pdf, Math.Max(0, pdf.Length - TailLength), Math.Min(TailLength, pdf.Length))).LastOrDefault();

    /// <summary>Checks one classic table: its entries, those that miss, the first miss, and its /Prev.</summary>
    private static (int Entries, int Missed, string? FirstMiss, long? Previous) CheckTable(byte[] pdf, long offset)
    {
        int end = DecompressionBudget.IndexOf(pdf, "trailer"u8, (int)offset);
        if (end < 0) return (0, 0, null, null);
        string table = Encoding.Latin1.GetString(pdf, (int)offset, end - (int)offset);
        int entries = 0, missed = 0;
        string? firstMiss = null;
        foreach (Match subsection in Subsection().Matches(table))
        {
            long number = long.Parse(subsection.Groups["first"].Value, CultureInfo.InvariantCulture);
            foreach (Capture entry in subsection.Groups["entry"].Captures)
            {
                var fields = entry.Value.Split(' ');
                if (fields[2].StartsWith('n') && long.TryParse(fields[0], CultureInfo.InvariantCulture, out long at) && at > 0)
                {
                    entries++;
                    var header = ObjectHeader().Match(Window(pdf, at, 32).TrimStart());
                    if (!header.Success || header.Index != 0 || long.Parse(header.Groups["number"].Value, CultureInfo.InvariantCulture) != number)
                    {
                        missed++;
                        firstMiss ??= $"object {number} at byte {at}";
                    }
                }
                number++;
            }
        }
        string trailer = Window(pdf, end, 4096);
        var previous = Prev().Match(trailer);
        return (entries, missed, firstMiss, previous.Success ? long.Parse(previous.Groups["offset"].Value, CultureInfo.InvariantCulture) : null);
    }

    /// <summary>An object number defined twice in a file written once (one startxref): one of the two is lost.</summary>
    private static string? DuplicateObject(byte[] pdf)
    {
        if (ObjectHeaderScan.StartXrefCount(pdf) > 1) return null; // incremental updates redefine objects by design
        return ObjectHeaderScan.FirstRepeatedNumber(pdf) is { } number ? $"object {number} is defined twice" : null;
    }

    private static string Window(byte[] pdf, long offset, int length) =>
        offset >= pdf.Length ? "" : Encoding.Latin1.GetString(pdf, (int)offset, (int)Math.Min(length, pdf.Length - offset));

    [GeneratedRegex(@"startxref\s+(?<offset>\d+)")] private static partial Regex StartXref();
    [GeneratedRegex(@"^(?<number>\d+)\s+\d+\s+obj\b")] private static partial Regex ObjectHeader();
    [GeneratedRegex(@"(?<first>\d+)\s+\d+\s*[\r\n]+(?:(?<entry>\d{10} \d{5} [nf])\s*)+")] private static partial Regex Subsection();
    [GeneratedRegex(@"/Prev\s+(?<offset>\d+)")] private static partial Regex Prev();
}
