using System.Text;
using System.Text.RegularExpressions;

namespace Extractor.Cli.Fuzzing;

/// <summary>
/// Deterministic mutations of a PDF's bytes, blind and grammar-aware: the same seed gives the same mutant.
/// Blind ones flip bits, truncate, duplicate and delete chunks; grammar-aware ones aim at what parsers trust —
/// cross-reference offsets, stream lengths, object numbers, nesting and filter chains.
/// </summary>
public static partial class PdfMutator
{
    /// <summary>A mutation: its name (for the report) and what it does to the bytes.</summary>
    private sealed record Mutation(string Name, Func<byte[], Random, byte[]?> Apply);

    private static readonly Mutation[] Mutations =
    [
        new("bit-flips", FlipBits),
        new("truncate", Truncate),
        new("duplicate-chunk", DuplicateChunk),
        new("delete-chunk", DeleteChunk),
        new("xref-offsets", (pdf, random) => ReplaceMatch(pdf, random, XrefEntry(), m => $"{random.Next(0, Math.Max(1, pdf.Length * 2)):D10}{m.Value[10..]}")),
        new("startxref", (pdf, random) => ReplaceMatch(pdf, random, StartXref(), _ => $"startxref\n{random.Next(0, pdf.Length + 100)}")),
        new("stream-length", (pdf, random) => ReplaceMatch(pdf, random, Length(), _ => $"/Length {Choose(random, 0, 1, random.Next(0, 1 << 20), int.MaxValue)}")),
        new("renumber-object", (pdf, random) => ReplaceMatch(pdf, random, ObjectHeader(), m => $"{random.Next(1, 2000)} {m.Groups[2].Value} obj")),
        new("deep-nesting", Nest),
        new("filter-chain", (pdf, random) => ReplaceMatch(pdf, random, FlateFilter(), _ => Choose(random,
            "/Filter [/FlateDecode /FlateDecode]", "/Filter [/ASCIIHexDecode /FlateDecode]", "/Filter /RunLengthDecode", "/Filter /LZWDecode", "/Filter /DCTDecode"))),
        new("dictionary-value", (pdf, random) => ReplaceMatch(pdf, random, Reference(), _ => Choose(random, "-1 0 R", "999999 0 R", "null", "<<>>", "[]", "3 0 R"))),
    ];

    /// <summary>The mutant for this seed: one to three mutations, named in <paramref name="applied"/>.</summary>
    public static byte[] Mutate(byte[] pdf, int seed, out string applied)
    {
        var random = new Random(seed);
        var names = new List<string>();
        byte[] mutant = pdf;
        for (int count = random.Next(1, 4); count > 0; count--)
        {
            var mutation = Mutations[random.Next(Mutations.Length)];
            if (mutation.Apply(mutant, random) is not { } changed) continue;
            mutant = changed;
            names.Add(mutation.Name);
        }
        applied = names.Count == 0 ? "none" : string.Join('+', names);
        return mutant;
    }

    private static byte[] FlipBits(byte[] pdf, Random random)
    {
        var mutant = (byte[])pdf.Clone();
        for (int flips = random.Next(1, 64); flips > 0; flips--)
            mutant[random.Next(mutant.Length)] ^= (byte)(1 << random.Next(8));
        return mutant;
    }

    private static byte[] Truncate(byte[] pdf, Random random) => pdf[..random.Next(1, pdf.Length)];

    private static byte[] DuplicateChunk(byte[] pdf, Random random)
    {
        int start = random.Next(pdf.Length), length = random.Next(1, Math.Min(64 * 1024, pdf.Length - start) + 1), at = random.Next(pdf.Length);
        return [.. pdf[..at], .. pdf.AsSpan(start, length), .. pdf[at..]];
    }

    private static byte[] DeleteChunk(byte[] pdf, Random random)
    {
        int start = random.Next(pdf.Length), length = random.Next(1, Math.Min(64 * 1024, pdf.Length - start) + 1);
        return [.. pdf[..start], .. pdf[(start + length)..]];
    }

    /// <summary>An array or dictionary nested thousands deep in place of an object's value.</summary>
    private static byte[]? Nest(byte[] pdf, Random random)
    {
        int depth = random.Next(1_000, 200_000);
        bool arrays = random.Next(2) == 0;
        string nested = arrays ? new string('[', depth) + new string(']', depth)
            : string.Concat(Enumerable.Repeat("<< /K ", depth)) + "1" + string.Concat(Enumerable.Repeat(" >>", depth));
        return ReplaceMatch(pdf, random, Reference(), _ => nested);
    }

    /// <summary>One match of the pattern, chosen at random, replaced; null when the file has none.</summary>
    private static byte[]? ReplaceMatch(byte[] pdf, Random random, Regex pattern, Func<Match, string> replacement)
    {
        string text = Encoding.Latin1.GetString(pdf);
        var matches = pattern.Matches(text);
        if (matches.Count == 0) return null;
        var match = matches[random.Next(matches.Count)];
        return Encoding.Latin1.GetBytes(string.Concat(text.AsSpan(0, match.Index), replacement(match), text.AsSpan(match.Index + match.Length)));
    }

    private static T Choose<T>(Random random, params T[] choices) => choices[random.Next(choices.Length)];

    [GeneratedRegex(@"\d{10} \d{5} [nf]")] private static partial Regex XrefEntry();
    [GeneratedRegex(@"startxref\s+\d+")] private static partial Regex StartXref();
    [GeneratedRegex(@"/Length \d+")] private static partial Regex Length();
    [GeneratedRegex(@"(\d+) (\d+) obj")] private static partial Regex ObjectHeader();
    [GeneratedRegex(@"/Filter\s*/FlateDecode")] private static partial Regex FlateFilter();
    [GeneratedRegex(@"\d+ \d+ R")] private static partial Regex Reference();
}
