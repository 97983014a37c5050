namespace Extractor.Model;

/// <summary>
/// What one page prints outside its tables, line by line, and what a reader cannot see on it: the source of
/// the checks on a disclosure's wording and presentation. Kept in memory for validation, not written out.
/// </summary>
public sealed record PageText(int Number, IReadOnlyList<string> Lines)
{
    /// <summary>The page's text was read by OCR: its wording is the recogniser's as much as the publisher's.</summary>
    public bool Ocr { get; init; }

    /// <summary>The page prints nothing: no text, no drawing, no image.</summary>
    public bool Blank { get; init; }

    /// <summary>How many glyphs map to no character or to a private-use code point: text that does not display or copy.</summary>
    public int UnrenderedGlyphs { get; init; }

    /// <summary>The box those glyphs cover, where there are any.</summary>
    public CellBox? UnrenderedExtent { get; init; }

    /// <summary>The budget unit the page speaks of where the document prints its units' own sets of tables (<see cref="Table.Scope"/>); null for the department's.</summary>
    public string? Scope { get; init; }

    /// <summary>Each of <see cref="Lines"/>' box, in the same order: where a quoted sentence stands on the page.</summary>
    public IReadOnlyList<CellBox> LineBoxes { get; init; } = [];
}
