using Extractor.Layout;
using Extractor.Model;

namespace Extractor.Mapping;

/// <summary>
/// Carries the word confidences of the pages read by OCR onto what was read from them: a printed figure of a
/// table takes the least sure word inside its cell, a narrative fact the least sure word holding a digit of its
/// sentence. Figures of the text layer are left without a reading.
/// </summary>
public static class OcrReadings
{
    /// <summary>The line items, each printed figure of a page read by OCR with its reading (a cell printed blank has none: nothing was read).</summary>
    public static IReadOnlyList<LineItem> OfLineItems(IReadOnlyList<LineItem> items, IReadOnlyList<Table> tables, DocumentLayout layout)
    {
        var ocrPages = layout.Pages.Where(IsReadByOcr).ToDictionary(p => p.Number);
        if (ocrPages.Count == 0) return items;
        var tablesById = tables.ToDictionary(t => t.Id);
        return [.. items.Select(item =>
            item.IsPrinted && ocrPages.TryGetValue(item.Page, out var page) && tablesById[item.TableId].Rows[item.Row][item.Col].Bbox is { } cell
                ? item with { Reading = OcrReading.Least(ConfidencesIn(page, cell)) ?? Untraced }
                : item)];
    }

    /// <summary>
    /// The facts, each read from a page read by OCR with its reading: the least sure of the words holding a digit
    /// of its quote, found in <paramref name="text"/> on its page (<paramref name="confidences"/> holds each
    /// character's word confidence, null for the text layer).
    /// </summary>
    public static IReadOnlyList<Fact> OfFacts(IReadOnlyList<Fact> facts, string text, IReadOnlyList<int> pages, IReadOnlyList<double?> confidences)
    {
        var ocrPages = pages.Where((_, i) => confidences[i] is not null).ToHashSet();
        if (ocrPages.Count == 0) return facts;
        return [.. facts.Select(fact => !ocrPages.Contains(fact.Page) ? fact
            : fact with { Reading = QuoteAt(fact, text, pages) is int at ? ReadingOf(fact.Quote, at, confidences) : Untraced })];
    }

    /// <summary>
    /// The word confidence of each character of <paramref name="line"/>'s text but its spaces, in order: each
    /// glyph's characters carry its word's (the text is the glyphs' characters with spaces put between, numbers
    /// normalised character for character); null for a line of the text layer.
    /// </summary>
    public static IReadOnlyList<double?> OfCharacters(TextLine line)
    {
        int letters = line.Text.Count(c => !char.IsWhiteSpace(c));
        if (line.Glyphs.All(g => g.OcrConfidence is null)) return new double?[letters];
        var perCharacter = line.Glyphs.SelectMany(g => g.Text.Where(c => !char.IsWhiteSpace(c)).Select(_ => g.OcrConfidence)).ToList();
        if (perCharacter.Count == letters) return perCharacter;
        // Not aligned (should not happen): every character as unsure as the line's least sure word.
        double? least = line.Glyphs.Min(g => g.OcrConfidence);
        return Enumerable.Repeat(least, letters).ToList();
    }

    /// <summary>A figure whose words could not be found on its page: taken as not read surely.</summary>
    private static readonly OcrReading Untraced = new(0);

    private static bool IsReadByOcr(PageLayout page) => page.Glyphs.Any(g => g.OcrConfidence is not null);

    private static IEnumerable<double> ConfidencesIn(PageLayout page, CellBox cell) =>
        page.Glyphs.Where(g => g.OcrConfidence is not null && !g.IsWhitespace
                && g.Box.CenterX >= cell.Left && g.Box.CenterX <= cell.Right && g.Box.CenterY >= cell.Top && g.Box.CenterY <= cell.Bottom)
            .Select(g => g.OcrConfidence!.Value);

    /// <summary>Where a fact's quote stands in the narrative's text: its first occurrence starting or ending on the fact's page.</summary>
    internal static int? QuoteAt(Fact fact, string text, IReadOnlyList<int> pages)
    {
        for (int at = text.IndexOf(fact.Quote, StringComparison.Ordinal); at >= 0 && fact.Quote.Length > 0; at = text.IndexOf(fact.Quote, at + 1, StringComparison.Ordinal))
            if (pages[at] == fact.Page || pages[at + fact.Quote.Length - 1] == fact.Page) return at;
        return null;
    }

    private static OcrReading ReadingOf(string quote, int at, IReadOnlyList<double?> confidences)
    {
        var digits = Enumerable.Range(at, quote.Length).Where(i => char.IsAsciiDigit(quote[i - at])).ToList();
        var read = (digits.Count > 0 ? digits : Enumerable.Range(at, quote.Length)).Select(i => confidences[i]).OfType<double>();
        return OcrReading.Least(read) ?? Untraced;
    }
}
