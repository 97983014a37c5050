using System.Text.Json.Serialization;

namespace Extractor.Model;

/// <summary>One amount of the tidy long-format dataset, with the provenance of the cell it came from.</summary>
public sealed record LineItem
{
    public required string TableId { get; init; }
    public required string TableType { get; init; }

    /// <summary>A <see cref="Dimensions"/> id.</summary>
    public required string Dimension { get; init; }

    /// <summary>Classification code as printed (digits only), or the unit code.</summary>
    public string? Code { get; init; }

    /// <summary>
    /// The code as printed where it does not fit its place and was read by that place instead (类|款|项 printed
    /// "7 | 11 | 02" under 21011 → <see cref="Code"/> 2101102); null where the code is read as printed.
    /// </summary>
    public string? CodePrinted { get; init; }

    public required string Name { get; init; }
    public string? EntityCode { get; init; }
    public string? EntityName { get; init; }

    /// <summary>A <see cref="Measures"/> id, or <c>other:&lt;printed header&gt;</c>.</summary>
    public required string Measure { get; init; }

    /// <summary>In yuan, exact.</summary>
    public required decimal Amount { get; init; }

    public required string AmountPrinted { get; init; }

    /// <summary>A figure stands in the cell: a cell printed blank gives a line item of 0 that prints nothing.</summary>
    [JsonIgnore]
    public bool IsPrinted => AmountPrinted.Trim().Length > 0;
    /// <summary>How the figure was read when OCR read it; null for a figure of the text layer.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public OcrReading? Reading { get; init; }

    /// <summary>
    /// The other file of the publication that prints the figure, where a narrative published apart from its tables
    /// is checked against them (the path of the tables' file); null for the document's own figure. Not part of the
    /// dataset: the figure is stored with the tables' own document.
    /// </summary>
    [JsonIgnore]
    public string? PrintedIn { get; init; }

    public required int Page { get; init; }
    public required int Row { get; init; }
    public required int Col { get; init; }
}
