using System.Text.RegularExpressions;
using Extractor.Wording;

namespace Extractor.Mapping;

/// <summary>
/// Row labels of a standard summary read by OCR, which garbles small Chinese text (一般资本性支出 read 般资本性支出, the
/// enumerator (三) read 伍)): a label that is none of the template's rows (<see cref="LineLabels.TemplateRows"/>) is
/// taken for the one row it alone can be a misreading of — the row whose words it reads exactly after an enumerator
/// no template prints, else the row it reads most of with characters dropped, in order.
/// </summary>
public static partial class MisreadLabels
{
    /// <summary>The least share of a row's characters a label must keep, in order, to be taken for it.</summary>
    private const double MinKept = 0.7;

    /// <summary>The least length of a row's words after the enumerator for a label reading them to be taken for it.</summary>
    private const int MinWords = 4;

    // An enumerator in front of a row's words: 一、 (三) 1、 1. 其中:(1) and OCR's readings of them (伍) 全) (D)).
    [GeneratedRegex(@"^(?:其中[:：]?)?(?:[(（]?[^()（）、.:：]{1,2}[)）.]|[^()（）、.:：]{1,2}、)")]
    private static partial Regex Enumerator();

    // The 其中 a sub-item's enumerator may follow (其中:(1)公务用车购置费).
    [GeneratedRegex("^其中[:：]?")]
    private static partial Regex Among();

    public static string Nearest(string tableType, string label)
    {
        if (!LineLabels.TemplateRows.TryGetValue(tableType, out var rows)) return label;
        string read = string.Concat(label.Where(c => !char.IsWhiteSpace(c))).Replace('（', '(').Replace('）', ')');
        if (read.Length == 0 || rows.Contains(read)) return label;
        string words = Words(read);
        // Words after an enumerator read as printed are the row another template numbers otherwise (九、其他收入, or
        // (二)政府性基金 under 上年结转), not a misreading of the template's.
        bool garbledEnumerator = words != read && !LineLabels.Enumerator().IsMatch(Among().Replace(read, ""));
        var sameWords = words.Length >= MinWords && garbledEnumerator ? rows.Where(r => SameWords(Words(r), words)).ToList() : [];
        if (sameWords.Count == 1) return sameWords[0];
        if (sameWords.Count > 1) return label;
        var kept = rows.Where(r => IsSubsequence(read, r)).Select(r => (Row: r, Share: (double)read.Length / r.Length))
            .Where(k => k.Share >= MinKept).OrderByDescending(k => k.Share).ToList();
        return kept.Count > 0 && (kept.Count == 1 || kept[0].Share > kept[1].Share) ? kept[0].Row : label;
    }

    private static string Words(string row) => Enumerator().Replace(row, "");

    /// <summary>
    /// A row's words as read: the same, or in words this long at least with one character misread (内入金库非税收入安排的拨款 for
    /// 纳入金库非税收入安排的拨款).
    /// </summary>
    private static bool SameWords(string row, string read) =>
        row == read || (read.Length >= MinWordsOneMisread && MisreadHeaders.OneCharacterApart(row, read));

    /// <summary>The least length of words read with one character misread that are taken for a row's.</summary>
    private const int MinWordsOneMisread = 8;

    private static bool IsSubsequence(string read, string row)
    {
        int at = 0;
        foreach (char c in row)
            if (at < read.Length && read[at] == c) at++;
        return at == read.Length;
    }
}
