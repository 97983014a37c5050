using Extractor.Model;
using Extractor.Validation;

namespace Extractor.Export.Report;

/// <summary>
/// One document as the report shows it: its findings (the figures' first, errors before warnings, then the wording's), the table cells each finding's values are
/// printed in, and the pages those cells lie on.
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
        Pages = [.. Findings.SelectMany(f => f.Refs.Select(Box)).OfType<CellBox>().Select(b => b.Page).Distinct().Order()];
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

    /// <summary>The pages that print a value of a finding, in order.</summary>
    public IReadOnlyList<int> Pages { get; }

    public int Errors => Document.Findings.Count(f => f.Severity == FindingSeverity.Error);

    /// <summary>The warnings on figures (read by OCR, needing a look): the wording and presentation ones are <see cref="Wording"/>.</summary>
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
        if (reference.TableId is null || reference.Measure is null || !cells.TryGetValue(reference.TableId, out var rows)) return null;
        if (reference.Page is not { } page) return null;
        var item = items[(reference.TableId, reference.Measure, page)]
            .FirstOrDefault(i => reference.Code is not null ? i.Code == reference.Code : i.Name == reference.RowLabel);
        return item is not null && item.Row < rows.Count && item.Col < rows[item.Row].Count ? rows[item.Row][item.Col].Bbox : null;
    }

    /// <summary>The page of a finding's flagged value (its first), where the report scrolls when its card is clicked.</summary>
    public int? PageOf(Finding finding) => finding.Refs.Select(Box).OfType<CellBox>().Select(b => (int?)b.Page).FirstOrDefault()
        ?? finding.Refs.FirstOrDefault()?.Page;

    /// <summary>The line items of a table by the body cell they were read from.</summary>
    public IReadOnlyDictionary<(int Row, int Col), LineItem> ItemsByCell(string tableId) =>
        Document.LineItems.Where(i => i.TableId == tableId).GroupBy(i => (i.Row, i.Col)).ToDictionary(g => g.Key, g => g.First());
}
