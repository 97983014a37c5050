using System.Text.RegularExpressions;
using Extractor.Wording;
using static Extractor.Mapping.PrintedFigures;

namespace Extractor.Mapping;

/// <summary>
/// Shares stated after a list of parts, in the list's order ("…，分别占87.47%、6.47%、3.95%和3.11%"): the parts stated before
/// them in their sentence, as many as the shares, each with its share.
/// </summary>
internal static class ListedShares
{
    /// <param name="text">The narrative without spaces.</param>
    /// <param name="starts">Where each candidate part is stated.</param>
    /// <param name="isPart">Whether a candidate may be a listed part (the whole the sentence opens with is not).</param>
    /// <param name="sentenceStart">Where the sentence holding a position starts.</param>
    /// <returns>For each list whose sentence states as many parts as shares, the parts (indexes into <paramref name="starts"/>)
    /// in the order stated, each with its share.</returns>
    public static IEnumerable<IReadOnlyList<(int Part, decimal Share)>> Of(string text, IReadOnlyList<int> starts, Func<int, bool> isPart, Func<int, int> sentenceStart)
    {
        foreach (Match listed in NarrativePhrasings.SharesListedAfter.Matches(text))
        {
            int sentence = sentenceStart(listed.Index);
            var parts = Enumerable.Range(0, starts.Count).Where(i => starts[i] >= sentence && starts[i] < listed.Index && isPart(i)).OrderBy(i => starts[i]).ToList();
            var shares = listed.Groups["share"].Captures;
            if (parts.Count == shares.Count) yield return [.. parts.Select((part, k) => (part, Number(shares[k].Value)))];
        }
    }
}
