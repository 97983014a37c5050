using System.Text.Json.Serialization;

namespace Extractor.Model;

/// <summary>The result of one arithmetic-consistency check, with every value's provenance.</summary>
public sealed record Finding
{
    public required string Rule { get; init; }
    public required FindingSeverity Severity { get; init; }
    public required string Message { get; init; }

    /// <summary>The same finding told in Chinese, with the places as a reader of the publication finds them.</summary>
    public string MessageZh { get; init; } = "";
    public decimal? Expected { get; init; }
    public decimal? Actual { get; init; }
    public decimal? Difference { get; init; }
    public decimal? Tolerance { get; init; }

    /// <summary>What <see cref="Expected"/> and <see cref="Actual"/> are (money, rates, counts); null for a finding without figures.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FindingFigures? Figures { get; init; }
    public IReadOnlyList<FindingRef> Refs { get; init; } = [];

    /// <summary>
    /// Why an error is reported as a warning: <see cref="OcrUncertain"/> when a value was read by OCR with too low a
    /// confidence (the message names it); null otherwise.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Uncertainty { get; init; }

    /// <summary>
    /// Whether the sum's own figure is confirmed elsewhere (a class its column's total agrees with), so the misprint is among its terms
    /// however its own digits would swap. Not part of the dataset: the message says so.
    /// </summary>
    [JsonIgnore]
    public bool TotalConfirmed { get; init; }

    public const string OcrUncertain = "ocr_uncertain";
}

/// <summary>Where a value of a finding sits: a table cell, or a narrative quote.</summary>
public sealed record FindingRef
{
    public string? TableId { get; init; }
    public string? TableType { get; init; }
    public int? Page { get; init; }
    public string? RowLabel { get; init; }
    public string? Code { get; init; }
    public string? Measure { get; init; }
    public string? FactKey { get; init; }
    public string? Quote { get; init; }

    /// <summary>
    /// The file of the same publication the value is printed in when it is not this document (a narrative published
    /// apart from its tables: its figures are compared with the tables' file), by its path as the run names it;
    /// null for a value of this document.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? File { get; init; }

    /// <summary>How the value was read when OCR read it (its line item's or fact's reading); null for the text layer.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public OcrReading? Reading { get; init; }

    /// <summary>
    /// How the page prints the value (unit, decimals, separators), which the Chinese message quotes it in. Not part of the
    /// dataset: the line item or fact referred to holds the printed figure, and the message quotes it.
    /// </summary>
    [JsonIgnore]
    public PrintedStyle? Style { get; init; }

    /// <summary>
    /// The value read there (yuan), which a message naming this place as the misprint quotes beside what it should be. Not
    /// part of the dataset: the line item or fact referred to holds it.
    /// </summary>
    [JsonIgnore]
    public decimal? Amount { get; init; }
}
