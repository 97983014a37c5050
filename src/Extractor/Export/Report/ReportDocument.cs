using Extractor.Layout.Ocr;
using Extractor.Model;
using Extractor.Validation;

namespace Extractor.Export.Report;

/// <summary>
/// One document as the report shows it: its findings (the figures' first, errors before warnings, then the wording's), the table cells
/// and the narrative lines each finding's values are printed in, and the pages those lie on.
/// </summary>
public sealed class ReportDocument
{
    public ReportDocument(string path, string pageName, ExtractedDocument document)
    {
        Path = path;
        PageName = pageName;
        Document = document;
        // The figures' findings first, errors before warnings; the wording and presentation warnings after them.
        Findings = [.. document.Findings.OrderBy(f => RuleCatalogue.IsWording(f.Rule))
            .ThenBy(f => f.Severity switch { FindingSeverity.Error => 0, FindingSeverity.Warning => 1, _ => 2 })];
        cells = document.Tables.ToDictionary(t => t.Id, t => t.Rows);
        items = document.LineItems.ToLookup(i => (i.TableId, i.Measure, i.Page));
        narrative = document.NarrativePages.ToDictionary(p => p.Page);
        Pages = [.. Findings.SelectMany(f => f.Refs.SelectMany(Boxes)).Select(b => b.Page).Distinct().Order()];
        OcrPages = document.Diagnostics.Where(d => d.Code == DiagnosticCodes.OcrPage && d.Page is not null)
            .GroupBy(d => d.Page!.Value).ToDictionary(g => g.Key, g => ScanTurn.FromNote(g.First().Message));
    }

    /// <summary>The pages OCR read, each with how its image was turned before it was read.</summary>
    public IReadOnlyDictionary<int, ScanTurn> OcrPages { get; }

    private readonly Dictionary<int, NarrativePage> narrative;

    /// <summary>The lines of text of a page the findings quote, with their boxes; empty for any other page.</summary>
    public IReadOnlyList<NarrativeLine> NarrativeLines(int page) => narrative.TryGetValue(page, out var p) ? p.Lines : [];

    /// <summary>Where a finding's value is printed: its table cell, or the lines its quoted statement runs over.</summary>
    public IEnumerable<CellBox> Boxes(FindingRef reference) =>
        Box(reference) is { } cell ? [cell] : QuotedLines(reference).Select(line => line.Box);

    /// <summary>
    /// The lines of its page a narrative value's quote runs over, found with spaces and line breaks ignored (the
    /// quote was read from the lines joined); where the whole quote is not found as printed, its longest opening
    /// that is (at least six characters), or the opening the page ends with where the statement runs on to the next, or the rest
    /// the page opens with where it began on the page before.
    /// </summary>
    public IReadOnlyList<NarrativeLine> QuotedLines(FindingRef reference)
    {
        if (reference.File is not null || reference.Quote is not { } quote || reference.Page is not { } page || !narrative.TryGetValue(page, out var printed)) return [];
        static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        var lines = printed.Lines.Select(l => Squeezed(l.Text)).ToList();
        string joined = string.Concat(lines);
        string wanted = Squeezed(quote);
        const int Shortest = 6;
        if (joined.IndexOf(wanted, StringComparison.Ordinal) is var whole and >= 0) return LinesOver(printed.Lines, lines, whole, wanted.Length);
        // Cited on the page of its figure after the break: the rest the page opens with, before any shorter opening, which a page
        // may print by chance.
        for (int length = Math.Min(wanted.Length - 1, joined.Length); length >= MinimumAtPageEnd; length--)
            if (joined.StartsWith(wanted[^length..], StringComparison.Ordinal))
                return LinesOver(printed.Lines, lines, 0, length);
        for (int length = wanted.Length; length >= Math.Min(Shortest, wanted.Length) && length > 0; length = length > Shortest ? Math.Max(Shortest, length * 2 / 3) : 0)
        {
            int start = joined.IndexOf(wanted[..length], StringComparison.Ordinal);
            if (start >= 0) return LinesOver(printed.Lines, lines, start, length);
        }
        // A statement running over the page break: the opening the page ends with ("…；公用经费" | "951.08万元…").
        for (int length = Math.Min(wanted.Length - 1, joined.Length); length >= MinimumAtPageEnd; length--)
            if (joined.EndsWith(wanted[..length], StringComparison.Ordinal))
                return LinesOver(printed.Lines, lines, joined.Length - length, length);
        return [];
    }

    /// <summary>The fewest characters of a statement's opening taken as it at the foot of its page, or of its rest at the top of the next.</summary>
    private const int MinimumAtPageEnd = 4;

    /// <summary>The lines a stretch of the page's joined text (spaces left out) runs over.</summary>
    private static List<NarrativeLine> LinesOver(IReadOnlyList<NarrativeLine> printed, IReadOnlyList<string> squeezed, int start, int length)
    {
        var found = new List<NarrativeLine>();
        int offset = 0;
        for (int i = 0; i < printed.Count; i++)
        {
            if (offset < start + length && start < offset + squeezed[i].Length) found.Add(printed[i]);
            offset += squeezed[i].Length;
        }
        return found;
    }

    private readonly Dictionary<string, IReadOnlyList<IReadOnlyList<Cell>>> cells;

    /// <summary>The line items by table, measure and page: every finding's values are looked up here, on every page drawn.</summary>
    private readonly ILookup<(string, string, int), LineItem> items;

    /// <summary>The document's path as the run stored it.</summary>
    public string Path { get; }

    /// <summary>The file name of its page in the report.</summary>
    public string PageName { get; }

    public ExtractedDocument Document { get; }

    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The pages that print a value of a finding (in a table cell or a quoted sentence), in order.</summary>
    public IReadOnlyList<int> Pages { get; }

    public int Errors => Document.Findings.Count(f => f.Severity == FindingSeverity.Error);

    /// <summary>The warnings on figures and codes (read by OCR, a code misprinted): the wording and presentation ones are <see cref="Wording"/>.</summary>
    public int Warnings => Document.Findings.Count(f => f.Severity == FindingSeverity.Warning && !RuleCatalogue.IsWording(f.Rule));

    /// <summary>The wording and presentation warnings (<c>text.*</c>, <c>format.*</c>).</summary>
    public int Wording => Document.Findings.Count(f => RuleCatalogue.IsWording(f.Rule));
    public int Infos => Document.Findings.Count(f => f.Severity == FindingSeverity.Info);

    /// <summary>
    /// The box of the table cell a finding's value is printed in: the line item of that table, page, measure and
    /// code (or row label), and its cell. Null for a narrative value or a cell printed blank (no line item).
    /// </summary>
    public CellBox? Box(FindingRef reference)
    {
        // A value printed in the publication's other file is not on this document's pages.
        if (reference.File is not null || reference.TableId is null || reference.Measure is null || !cells.TryGetValue(reference.TableId, out var rows)) return null;
        if (reference.Page is not { } page) return null;
        var item = items[(reference.TableId, reference.Measure, page)]
            .FirstOrDefault(i => reference.Code is not null ? i.Code == reference.Code : i.Name == reference.RowLabel);
        return item is not null && item.Row < rows.Count && item.Col < rows[item.Row].Count ? rows[item.Row][item.Col].Bbox : null;
    }

    /// <summary>The page of a finding's flagged value (its first), where the report scrolls when its card is clicked.</summary>
    public int? PageOf(Finding finding) => finding.Refs.SelectMany(Boxes).Select(b => (int?)b.Page).FirstOrDefault()
        ?? finding.Refs.FirstOrDefault()?.Page;

    /// <summary>The line items of a table by the body cell they were read from.</summary>
    public IReadOnlyDictionary<(int Row, int Col), LineItem> ItemsByCell(string tableId) =>
        Document.LineItems.Where(i => i.TableId == tableId).GroupBy(i => (i.Row, i.Col)).ToDictionary(g => g.Key, g => g.First());
}
