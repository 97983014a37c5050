using System.Text;
using System.Text.RegularExpressions;
using Extractor.Model;

namespace Extractor.Cli.Evaluation;

/// <summary>A rate the narrative prints ("增长9.1%") that no fact quotes: a statement no rule checks.</summary>
public sealed record UnreadRate(string Document, int Page, string Context);

/// <summary>How many of a document's printed rates the narrative reader took in, and those it did not.</summary>
public sealed record DocumentRates(string Document, int Printed, IReadOnlyList<UnreadRate> Unread);

/// <summary>
/// <c>extractor eval rates</c>: every percentage printed in the narrative (text outside the tables, not read by
/// OCR) is either inside the quote of a fact, and so checked by the rules, or listed as unread, with its page and
/// the words around it. Needs no truth: it measures how much of what a publication states the reader takes in,
/// and shows a new province's wordings that still need a row in <c>Wording/</c>. Policy figures ("压减10%") and
/// targets are listed too: a reviewer reads the list.
/// </summary>
public static partial class RateCoverage
{
    /// <summary>How many characters before the % must stand in a quote for the rate to count as read.</summary>
    private const int Lead = 8;

    private const int ContextReach = 40;

    [GeneratedRegex(@"\d+(?:\.\d+)?%")]
    private static partial Regex Rate();

    public static DocumentRates Of(string name, ExtractedDocument document)
    {
        var text = new StringBuilder();
        var pages = new List<int>();
        foreach (var page in document.Text.Where(p => !p.Ocr))
            // A page number between two lines of a sentence (a two-up page) is no part of it, as the reader has it.
            foreach (var c in page.Lines.Where(l => !Tables.PageMarker.In(l)).SelectMany(l => l))
            {
                if (char.IsWhiteSpace(c)) continue;
                text.Append(c);
                pages.Add(page.Number);
            }
        string narrative = text.ToString();
        var quotes = document.Facts.Select(f => string.Concat(f.Quote.Where(c => !char.IsWhiteSpace(c)))).ToList();
        var unread = new List<UnreadRate>();
        int printed = 0;
        foreach (Match m in Rate().Matches(narrative))
        {
            printed++;
            int from = Math.Max(0, m.Index - Lead);
            string lead = narrative[from..(m.Index + m.Length)];
            if (quotes.Any(q => q.Contains(lead, StringComparison.Ordinal))) continue;
            int start = Math.Max(0, m.Index - ContextReach), end = Math.Min(narrative.Length, m.Index + m.Length + 10);
            unread.Add(new UnreadRate(name, pages[m.Index], narrative[start..end]));
        }
        return new DocumentRates(name, printed, unread);
    }

    public static string Report(IReadOnlyList<DocumentRates> documents)
    {
        var text = new StringBuilder();
        int printed = documents.Sum(d => d.Printed), unread = documents.Sum(d => d.Unread.Count);
        text.AppendLine("| documents | rates printed in the narrative | inside a fact | unread |");
        text.AppendLine("|---|---|---|---|");
        text.AppendLine($"| {documents.Count} | {printed} | {printed - unread} ({(printed == 0 ? 100 : 100.0 * (printed - unread) / printed):0.0} %) | {unread} |");
        if (unread == 0) return text.ToString();
        text.AppendLine();
        text.AppendLine("| document | page | words before and after |");
        text.AppendLine("|---|---|---|");
        foreach (var rate in documents.SelectMany(d => d.Unread))
            text.AppendLine($"| {rate.Document} | {rate.Page} | {rate.Context.Replace("|", "｜")} |");
        return text.ToString();
    }
}
