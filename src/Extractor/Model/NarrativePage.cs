namespace Extractor.Model;

/// <summary>
/// A page of narrative as printed, line by line with each line's box: written out for the pages a finding quotes
/// (its statement's page), so that a reviewer sees the sentence where it stands without the PDF at hand.
/// </summary>
public sealed record NarrativePage(int Page, IReadOnlyList<NarrativeLine> Lines)
{
    /// <summary>
    /// The pages of text the document's findings quote, and any <paramref name="alsoPages"/>, in page order (none
    /// without page text).
    /// </summary>
    public static IReadOnlyList<NarrativePage> QuotedBy(IEnumerable<Finding> findings, IReadOnlyList<PageText> text, IEnumerable<int>? alsoPages = null)
    {
        var quoted = QuotedPages(findings).Concat(alsoPages ?? []).ToHashSet();
        return [.. text.Where(p => quoted.Contains(p.Number) && p.LineBoxes.Count == p.Lines.Count)
            .OrderBy(p => p.Number)
            .Select(p => new NarrativePage(p.Number, [.. p.Lines.Zip(p.LineBoxes, (line, box) => new NarrativeLine(line, box))]))];
    }

    /// <summary>The pages of this document whose statements the findings quote (not those of a publication's other file).</summary>
    private static IEnumerable<int> QuotedPages(IEnumerable<Finding> findings) =>
        findings.SelectMany(f => f.Refs).Where(r => r.Quote is not null && r.Page is not null && r.File is null).Select(r => r.Page!.Value).Distinct();
}

/// <summary>A line of narrative and its box on the page (points from the page's top left).</summary>
public sealed record NarrativeLine(string Text, CellBox Box);
