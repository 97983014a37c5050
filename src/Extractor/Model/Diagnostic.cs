namespace Extractor.Model;

/// <summary>Something the pipeline could not do for a document; the document is still output.</summary>
public sealed record Diagnostic
{
    /// <summary>The stage that raised it: one of <see cref="PipelineStages"/>.</summary>
    public required string Stage { get; init; }

    public required DiagnosticSeverity Severity { get; init; }

    /// <summary>A stable <see cref="DiagnosticCodes"/> id a program can match on.</summary>
    public required string Code { get; init; }

    public int? Page { get; init; }
    public string? TableId { get; init; }
    public required string Message { get; init; }

    /// <summary>The pages read by OCR: each has its <see cref="DiagnosticCodes.OcrPage"/> diagnostic.</summary>
    public static HashSet<int> OcrPages(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Code == DiagnosticCodes.OcrPage && d.Page is not null).Select(d => d.Page!.Value).ToHashSet();
}

/// <summary>Stable ids of the diagnostic classes.</summary>
public static class DiagnosticCodes
{
    public const string EmptyFile = "empty_file";
    public const string NotAPdf = "not_a_pdf";
    public const string DamagedPdf = "damaged_pdf";

    /// <summary>The file reads only with repairs its structure did not ask for (cross-reference offsets, trailer, page tree).</summary>
    public const string RepairedPdf = "repaired_pdf";
    public const string PasswordRequired = "password_required";
    public const string ResourceLimit = "resource_limit";
    public const string Timeout = "timeout";
    public const string NoPages = "no_pages";
    public const string UnreadablePage = "unreadable_page";
    public const string NoTextLayer = "no_text_layer";
    public const string NoTextOnPage = "no_text_on_page";
    public const string TurnedPage = "turned_page";
    public const string UndecodableText = "undecodable_text";

    /// <summary>A page read by OCR: its figures come from an image, with the confidence the message gives.</summary>
    public const string OcrPage = "ocr_page";

    /// <summary>Pages need OCR but this machine lacks Tesseract, its Chinese data or poppler's renderer.</summary>
    public const string OcrUnavailable = "ocr_unavailable";
    public const string MissingFont = "missing_font";
    public const string FileUnreadable = "file_unreadable";
    public const string FieldNotFound = "field_not_found";
    public const string UnknownTableType = "unknown_table_type";
    public const string ClassifiedTableType = "classified_table_type";
    public const string UnmappedColumn = "unmapped_column";
    public const string MissingTable = "missing_table";
    public const string UnresolvedItem = "unresolved_item";
    public const string MisprintedCode = "misprinted_code";

    /// <summary>A narrative published apart from its tables was checked against the tables' file of the same run.</summary>
    public const string PairedTables = "paired_tables";
    public const string InternalError = "internal_error";
}

/// <summary>Stage names, as used in diagnostics and in <c>pipeline.yaml</c>.</summary>
public static class PipelineStages
{
    public const string Ingest = "ingest";
    public const string Layout = "layout";
    public const string Tables = "tables";
    public const string Mapping = "mapping";
    public const string Validation = "validation";
    public const string Export = "export";

    public static readonly IReadOnlyList<string> InOrder = [Ingest, Layout, Tables, Mapping, Validation, Export];
}
