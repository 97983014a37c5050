using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Tables;

namespace Extractor.Validation.Text;

/// <summary>
/// The text outside the tables as the wording checks read it: every line of every page joined without spaces
/// (a sentence runs over lines and pages as it pleases), page numbers left out, the page of each character
/// kept; and the lines themselves, for what concerns where a paragraph ends.
/// </summary>
public sealed class DocumentText
{
    private readonly List<int> pages = [];

    public string Joined { get; }

    /// <summary>Every line with its page, in reading order, page numbers left out.</summary>
    public IReadOnlyList<(int Page, string Line)> Lines { get; }

    /// <summary>The wording rules of one validation read the same document: its text is joined once.</summary>
    private static readonly ConditionalWeakTable<IReadOnlyList<PageText>, DocumentText> Joins = new();

    /// <summary>The document's text as the wording checks read it, joined on first use.</summary>
    public static DocumentText Of(ExtractedDocument document) => Joins.GetValue(document.Text, text => new DocumentText(text));

    /// <param name="text">The document's pages; those read by OCR are left out (a misrecognised mark is no misprint).</param>
    private DocumentText(IReadOnlyList<PageText> text)
    {
        Lines = [.. text.Where(p => !p.Ocr).SelectMany(p => p.Lines.Where(l => !PageMarker.In(l)).Select(l => (p.Number, string.Concat(l.Where(c => !char.IsWhiteSpace(c))))))
            .Where(l => l.Item2.Length > 0)];
        var joined = new StringBuilder();
        foreach (var (page, line) in Lines)
        {
            joined.Append(line);
            pages.AddRange(Enumerable.Repeat(page, line.Length));
        }
        Joined = joined.ToString();
    }

    public int PageAt(int index) => pages[index];

    /// <summary>The characters around a match, as a reviewer would quote it.</summary>
    public string Quote(Match match, int around = 12)
    {
        int from = Math.Max(0, match.Index - around), to = Math.Min(Joined.Length, match.Index + match.Length + around);
        return Joined[from..to];
    }

    /// <summary>
    /// One warning a page for the matches of a pattern (a template's XX may stand fifty times on a page): the
    /// first match quoted, and how many times it stands there told after the message, in each language.
    /// </summary>
    public IEnumerable<Finding> PerPage(string rule, IEnumerable<Match> matches, Func<Match, string> english, Func<Match, string> chinese)
    {
        foreach (var page in matches.GroupBy(m => PageAt(m.Index)))
        {
            var first = page.First();
            int count = page.Count();
            yield return Warning(rule, page.Key, Quote(first),
                english(first) + (count > 1 ? $" ({count} times on the page)" : ""),
                chinese(first) + (count > 1 ? $"（本页共{count}处）" : ""));
        }
    }

    public static Finding Warning(string rule, int page, string? quote, string english, string chinese) => new()
    {
        Rule = rule,
        Severity = FindingSeverity.Warning,
        Message = english,
        MessageZh = $"{RuleCatalogue.Of(rule).NameZh}：{chinese}",
        Refs = [new FindingRef { Page = page, Quote = quote }],
    };
}
