using System.Text.RegularExpressions;

namespace Extractor.Mapping;

/// <summary>
/// A pattern's matches inside one paragraph after another of the same text. Finding where a paragraph's matches stop
/// means finding the next match after them, which may lie far on in the narrative (or nowhere); scanning that stretch
/// again for every paragraph made the item paragraphs' reading grow with the square of the narrative. The match found
/// beyond a paragraph is kept, and a later scan starting between that scan's start and the match takes it at once.
/// This is exact: a match attempt at a position does not depend on where the scan began (none of these patterns uses
/// <c>\G</c> or runs right to left, and lookbehinds see the whole text), so the first match at or after any position
/// in that stretch is the same match.
/// </summary>
internal sealed class ParagraphMatches(string text)
{
    /// <summary>Each pattern's last scan: where it started and the first match it found (or no match).</summary>
    private readonly Dictionary<Regex, (int From, Match First)> lastScans = [];

    /// <summary>The pattern's matches from <paramref name="start"/> on that end by <paramref name="end"/>, in order.</summary>
    public List<Match> Within(Regex pattern, int start, int end)
    {
        var matches = new List<Match>();
        for (var m = FirstFrom(pattern, start); m.Success && m.Index < end; m = Next(pattern, m))
            if (m.Index + m.Length <= end) matches.Add(m);
        return matches;
    }

    /// <summary>The match after one; after an empty match the regex's own stepping (one position on) is kept.</summary>
    private Match Next(Regex pattern, Match previous) =>
        previous.Length == 0 ? previous.NextMatch() : FirstFrom(pattern, previous.Index + previous.Length);

    /// <summary>The first match at or after a position.</summary>
    private Match FirstFrom(Regex pattern, int from)
    {
        if (lastScans.TryGetValue(pattern, out var scan) && scan.From <= from && (!scan.First.Success || from <= scan.First.Index))
            return scan.First;
        var first = pattern.Match(text, from);
        lastScans[pattern] = (from, first);
        return first;
    }
}
