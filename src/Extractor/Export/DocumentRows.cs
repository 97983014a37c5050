using System.Globalization;
using System.Text.Json;
using Extractor.Model;

namespace Extractor.Export;

/// <summary>Rows for one table of the database: its columns, and each row's values in their order.</summary>
internal sealed record TableRows(string Table, IReadOnlyList<string> Columns, IEnumerable<object?[]> Rows)
{
    /// <summary>An insert of one row, its values the parameters <c>@p0</c>, <c>@p1</c>, … in column order (SQLite and PostgreSQL alike).</summary>
    public string Insert => $"INSERT INTO {Table} ({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Columns.Select((_, i) => Parameter(i)))})";

    /// <summary>
    /// The parameter name of a column's value in <see cref="Insert"/>, prefix included: Microsoft.Data.Sqlite binds
    /// every parameter by name on every row, and a name without its prefix costs three lookups in the statement
    /// instead of one (most of the time the batch spent writing the database, profiled).
    /// </summary>
    public static string Parameter(int column) => $"@p{column}";
}

/// <summary>
/// How a document becomes rows of the database (<see cref="SqliteSchema"/>): the one mapping both stores write,
/// SQLite with parameterised inserts and PostgreSQL with COPY, so a column is added here once. A value is a string,
/// an int, a long, a double or null; an amount is its exact decimal as text, never a binary fraction.
/// </summary>
internal static class DocumentRows
{
    /// <summary>The tables whose rows belong to a document (keyed by its id), in the order <see cref="Of"/> gives them.</summary>
    public static readonly IReadOnlyList<string> Tables = ["tables", "cells", "line_items", "facts", "findings", "finding_refs", "diagnostics"];

    /// <summary>The document's own row under its path, without the id the database gives it; processed now.</summary>
    public static TableRows Document(ExtractedDocument d, string path, string pipelineVersion) => new("documents",
        ["path", "file", "sha256", "pages", "producer", "department_name", "department_code", "region_province", "region_city",
            "region_district", "fiscal_year", "phase", "unit", "failed", "schema_version", "pipeline_version", "processed_at"],
        [[path, d.Source.File, d.Source.Sha256, d.Source.Pages, d.Source.Producer, d.Department?.Name, d.Department?.Code, d.Region?.Province,
            d.Region?.City, d.Region?.District, d.FiscalYear, SchemaId.Of(d.Phase), SchemaId.Of(d.Unit), d.Failed ? 1 : 0, d.SchemaVersion,
            pipelineVersion, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)]]);

    /// <summary>The rows of the document's records, each keyed by <paramref name="id"/>, table by table as <see cref="Tables"/> names them.</summary>
    public static IEnumerable<TableRows> Of(ExtractedDocument document, long id) =>
    [
        new("tables", ["document_id", "table_id", "type", "title", "pages", "header", "columns", "unit", "scope"],
            document.Tables.Select(t => Row(id, t.Id, t.Type, t.Title,
                JsonSerializer.Serialize(t.Pages, CanonicalJson.Compact.IReadOnlyListInt32),
                JsonSerializer.Serialize(t.Header, CanonicalJson.Compact.IReadOnlyListIReadOnlyListString),
                JsonSerializer.Serialize(t.Columns, CanonicalJson.Compact.IReadOnlyListString), SchemaId.Of(t.Unit), t.Scope))),
        new("cells", ["document_id", "table_id", "row", "col", "text", "value", "page", "bbox_left", "bbox_top", "bbox_right", "bbox_bottom"],
            document.Tables.SelectMany(t => t.Rows.SelectMany((cells, row) => cells.Select((cell, col) => Row(id, t.Id, row, col, cell.Text,
                Exact(cell.Value), cell.Bbox?.Page, cell.Bbox?.Left, cell.Bbox?.Top, cell.Bbox?.Right, cell.Bbox?.Bottom))))),
        new("line_items", ["document_id", "item_no", "table_id", "table_type", "dimension", "code", "code_printed", "name", "entity_code",
                "entity_name", "measure", "amount", "amount_fen", "amount_printed", "page", "row", "col", "reading_source", "reading_confidence"],
            document.LineItems.Select((i, no) => Row(id, no, i.TableId, i.TableType, i.Dimension, i.Code, i.CodePrinted, i.Name, i.EntityCode,
                i.EntityName, i.Measure, Exact(i.Amount), Fen(i.Amount), i.AmountPrinted, i.Page, i.Row, i.Col, i.Reading?.Source, i.Reading?.Confidence))),
        new("facts", ["document_id", "fact_no", "key", "value", "share_of", "share_pct", "change_year", "change_amount", "change_pct",
                "change_direction", "page", "quote", "code", "name", "planned", "prior_year", "prior_kind", "prior_amount", "budget",
                "completion_pct", "reading_source", "reading_confidence", "scope"],
            document.Facts.Select((f, no) => Row(id, no, f.Key, Exact(f.Value), f.ShareOf, Exact(f.SharePct), f.Change?.ComparedYear,
                Exact(f.Change?.Amount), Exact(f.Change?.Pct), f.Change?.Direction, f.Page, f.Quote, f.Code, f.Name, Exact(f.Planned),
                f.Prior?.Year, f.Prior?.Kind, Exact(f.Prior?.Amount), Exact(f.Execution?.Budget), Exact(f.Execution?.CompletionPct),
                f.Reading?.Source, f.Reading?.Confidence, f.Scope))),
        new("findings", ["document_id", "finding_no", "rule", "severity", "message", "message_zh", "expected", "actual", "difference", "tolerance"],
            document.Findings.Select((f, no) => Row(id, no, f.Rule, SchemaId.Of(f.Severity), f.Message, f.MessageZh, Exact(f.Expected),
                Exact(f.Actual), Exact(f.Difference), Exact(f.Tolerance)))),
        new("finding_refs", ["document_id", "finding_no", "ref_no", "table_id", "table_type", "page", "row_label", "code", "measure",
                "fact_key", "quote", "reading_source", "reading_confidence", "file"],
            document.Findings.SelectMany((f, no) => f.Refs.Select((r, refNo) => Row(id, no, refNo, r.TableId, r.TableType, r.Page, r.RowLabel,
                r.Code, r.Measure, r.FactKey, r.Quote, r.Reading?.Source, r.Reading?.Confidence, r.File)))),
        new("diagnostics", ["document_id", "diagnostic_no", "stage", "severity", "code", "page", "table_id", "message"],
            document.Diagnostics.Select((d, no) => Row(id, no, d.Stage, SchemaId.Of(d.Severity), d.Code, d.Page, d.TableId, d.Message))),
    ];

    private static object?[] Row(params object?[] values) => values;

    private static string? Exact(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The amount as a whole number of fen, for sums and sorts that stay exact in any tool that reads an integer;
    /// null for an amount finer than a fen (the exact text in <c>amount</c> is the record).
    /// </summary>
    private static long? Fen(decimal amount) =>
        amount * 100 is var fen && fen == decimal.Truncate(fen) && Math.Abs(fen) <= long.MaxValue ? (long)fen : null;
}
