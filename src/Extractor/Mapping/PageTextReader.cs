using Extractor.Layout;
using Extractor.Model;

namespace Extractor.Mapping;

/// <summary>
/// Each page's text outside its tables, with what does not display on it and whether it prints anything at
/// all: what the checks on a disclosure's wording and presentation read.
/// </summary>
public static class PageTextReader
{
    /// <param name="layout">The document's layout.</param>
    /// <param name="tables">Its tables, whose body cells hold no narrative.</param>
    /// <param name="ocrPages">The pages read by OCR.</param>
    public static IReadOnlyList<PageText> Read(DocumentLayout layout, IReadOnlyList<Table> tables, IReadOnlySet<int> ocrPages)
    {
        // The body cells' boxes on each page (a header keeps no boxes: its short labels stay with the text).
        var areas = tables.SelectMany(t => t.Rows.SelectMany(row => row))
            .Where(c => c.Bbox is not null).Select(c => c.Bbox!)
            .GroupBy(b => b.Page).ToDictionary(g => g.Key, g => g.ToList());
        return [.. layout.Pages.Select(page =>
        {
            var cells = areas.GetValueOrDefault(page.Number) ?? [];
            var outside = page.Lines.Where(line => !cells.Any(c => Inside(c, line.Box))).ToList();
            var extent = page.Unrendered.Count == 0 ? (Box?)null : Box.Enclosing(page.Unrendered);
            return new PageText(page.Number, [.. outside.Select(line => line.Text)])
            {
                LineBoxes = [.. outside.Select(line => new CellBox(page.Number, line.Box.Left, line.Box.Top, line.Box.Right, line.Box.Bottom))],
                Ocr = ocrPages.Contains(page.Number),
                Blank = page.Blank,
                UnrenderedGlyphs = page.Unrendered.Count,
                UnrenderedExtent = extent is { } e ? new CellBox(page.Number, e.Left, e.Top, e.Right, e.Bottom) : null,
            };
        })];
    }

    private static bool Inside(CellBox cell, Box line) =>
        cell.Left <= line.CenterX && line.CenterX <= cell.Right && cell.Top <= line.CenterY && line.CenterY <= cell.Bottom;
}
