using System.Globalization;
using System.Data.Common;

namespace Extractor.Export;

/// <summary>What a dataset column holds, which decides how each format writes it.</summary>
internal enum ColumnKind { Text, Integer, Decimal }

/// <summary>A column of a dataset: its name in every format, and what it holds.</summary>
internal sealed record DatasetColumn(string Name, ColumnKind Kind);

/// <summary>
/// One dataset of the database (line items, facts, findings, documents) as every export format reads it: its
/// columns and the query of its rows, in document path order.
/// </summary>
internal sealed class Dataset
{
    private static readonly HashSet<string> IntegerColumns =
        ["fiscal_year", "pages", "failed", "page", "row", "col", "change_year", "prior_year", "finding_no", "bytes", "reading_confidence"];

    private readonly string select;
    private readonly string orderBy;

    /// <param name="select">The query without its order: <c>documents</c> joined as <c>d</c>, so one document's rows can be asked for.</param>
    /// <param name="decimals">The columns that hold exact decimals (amounts, rates), kept as text by the database.</param>
    public Dataset(string name, IReadOnlyList<string> columns, string select, string orderBy, params string[] decimals)
    {
        Name = name;
        Columns = [.. columns.Select(c => new DatasetColumn(c,
            decimals.Contains(c) ? ColumnKind.Decimal : IntegerColumns.Contains(c) ? ColumnKind.Integer : ColumnKind.Text))];
        this.select = select;
        this.orderBy = orderBy;
    }

    public string Name { get; }

    public IReadOnlyList<DatasetColumn> Columns { get; }

    /// <summary>The position of a column in <see cref="Columns"/> and in every row.</summary>
    public int IndexOf(string column) => Columns.Select(c => c.Name).ToList().IndexOf(column);

    /// <summary>
    /// The rows, each value typed by its column: a string, a long, or a decimal parsed from the exact text the
    /// database keeps (so it keeps the scale it was printed with); null for NULL. With a path, that document's
    /// rows only.
    /// </summary>
    public IEnumerable<object?[]> Rows(DbConnection connection, string? documentPath = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = documentPath is null ? $"{select} ORDER BY {orderBy}" : $"{select} WHERE d.path = @path ORDER BY {orderBy}";
        if (documentPath is not null)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "path";
            parameter.Value = documentPath;
            command.Parameters.Add(parameter);
        }
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return [.. Columns.Select((column, i) => reader.IsDBNull(i) ? null : Value(reader, i, column.Kind))];
    }

    private static object Value(DbDataReader reader, int ordinal, ColumnKind kind) => kind switch
    {
        ColumnKind.Decimal => decimal.Parse(reader.GetString(ordinal), NumberStyles.Number, CultureInfo.InvariantCulture),
        ColumnKind.Integer => reader.GetInt64(ordinal),
        _ => Convert.ToString(reader.GetValue(ordinal), CultureInfo.InvariantCulture) ?? "",
    };
}

/// <summary>
/// The datasets of an output folder's database: <c>line_items</c>, <c>facts</c> and <c>findings</c>, each row with
/// the file, department, year, phase and unit of its document (a line item also says that its amount is in yuan
/// and in which unit it was printed), and <c>documents</c>, a row per document.
/// </summary>
internal static class Datasets
{
    private static readonly string[] DocumentColumns = ["file", "path", "sha256", "department", "fiscal_year", "phase", "document_unit"];

    private const string DocumentSelect =
        "d.file, d.path, d.sha256, d.department_name, d.fiscal_year, d.phase, d.unit";

    /// <summary>Each document with what the run knows of it; <c>copies</c> names the other paths holding the same bytes.</summary>
    public static readonly Dataset Documents = new("documents",
        [.. DocumentColumns, "pages", "producer", "department_code", "region_province", "region_city", "region_district", "failed", "copies", "pipeline_version", "processed_at"],
        $"SELECT {DocumentSelect}, d.pages, d.producer, d.department_code, d.region_province, d.region_city, d.region_district, d.failed, (SELECT group_concat(path, '; ') FROM (SELECT path FROM document_copies WHERE sha256 = d.sha256 ORDER BY path) AS c), d.pipeline_version, d.processed_at FROM documents d",
        "d.path");

    public static readonly Dataset LineItems = new("line_items",
        [.. DocumentColumns, "table_id", "table_type", "dimension", "code", "code_printed", "name", "entity_code", "entity_name", "measure", "amount", "amount_unit", "amount_printed", "printed_unit", "page", "row", "col", "reading_source", "reading_confidence"],
        $"SELECT {DocumentSelect}, i.table_id, i.table_type, i.dimension, i.code, i.code_printed, i.name, i.entity_code, i.entity_name, i.measure, i.amount, 'yuan', i.amount_printed, coalesce(t.unit, d.unit), i.page, i.row, i.col, i.reading_source, i.reading_confidence FROM line_items i JOIN documents d ON d.id = i.document_id LEFT JOIN tables t ON t.document_id = i.document_id AND t.table_id = i.table_id",
        "d.path, i.item_no",
        "amount");

    public static readonly Dataset Facts = new("facts",
        [.. DocumentColumns, "key", "value", "share_of", "share_pct", "change_year", "change_amount", "change_pct", "change_direction", "page", "quote", "code", "name", "planned", "prior_year", "prior_kind", "prior_amount", "budget", "completion_pct", "reading_source", "reading_confidence", "scope"],
        $"SELECT {DocumentSelect}, f.key, f.value, f.share_of, f.share_pct, f.change_year, f.change_amount, f.change_pct, f.change_direction, f.page, f.quote, f.code, f.name, f.planned, f.prior_year, f.prior_kind, f.prior_amount, f.budget, f.completion_pct, f.reading_source, f.reading_confidence, f.scope FROM facts f JOIN documents d ON d.id = f.document_id",
        "d.path, f.fact_no",
        "value", "share_pct", "change_amount", "change_pct", "planned", "prior_amount", "budget", "completion_pct");

    /// <summary>
    /// Each finding with the places of its figures (the database's findings_with_refs view), joined by "; ", and,
    /// when OCR read any of them, the reading of the least sure (<c>reading_source</c> <c>ocr</c>, its confidence).
    /// </summary>
    public static readonly Dataset Findings = new("findings",
        [.. DocumentColumns, "finding_no", "rule", "severity", "message", "message_zh", "expected", "actual", "difference", "tolerance", "refs", "reading_source", "reading_confidence"],
        $"SELECT {DocumentSelect}, f.finding_no, f.rule, f.severity, f.message, f.message_zh, f.expected, f.actual, f.difference, f.tolerance, f.refs, {LeastSure("reading_source")}, {LeastSure("reading_confidence")} FROM findings_with_refs f JOIN documents d ON d.id = f.document_id",
        "d.path, f.finding_no",
        "expected", "actual", "difference", "tolerance");

    /// <summary>A reading column of the least sure OCR reading among the figures of finding <c>f</c>: null when the text layer gave them all.</summary>
    private static string LeastSure(string column) =>
        $"(SELECT min(r.{column}) FROM finding_refs r WHERE r.document_id = f.document_id AND r.finding_no = f.finding_no)";

    /// <summary>The tidy dataset proper, each row carrying its document: what CSV and Parquet write, a file each.</summary>
    public static readonly IReadOnlyList<Dataset> Tidy = [LineItems, Facts, Findings];

    /// <summary>
    /// The fetch history: each URL of each source with what it gave (a stored version, a page read, or the problem
    /// met), its link text and the page it was found on, when it was first and last seen, and the document its
    /// content became (path, department, year, phase), when it became one.
    /// </summary>
    public static readonly Dataset Fetches = new("fetches",
        ["source", "url", "kind", "outcome", "sha256", "file", "bytes", "link_text", "found_on", "etag", "last_modified", "message", "first_seen", "last_seen", "path", "department", "fiscal_year", "phase"],
        "SELECT s.name, f.url, f.kind, f.outcome, f.sha256, f.file, f.bytes, f.link_text, f.found_on, f.etag, f.last_modified, f.message, f.first_seen, f.last_seen, d.path, d.department_name, d.fiscal_year, d.phase FROM fetches f JOIN sources s ON s.id = f.source_id LEFT JOIN documents d ON d.id = (SELECT id FROM documents WHERE sha256 = f.sha256 AND f.sha256 <> '' ORDER BY path LIMIT 1)",
        "s.name, f.url, f.first_seen, f.id");

    /// <summary>The sources fetched: each by its name, with its definition as last run (start pages, patterns, depth, URLs, as JSON) and when it was first and last run.</summary>
    public static readonly Dataset Sources = new("sources",
        ["source", "definition", "first_run", "last_run"],
        "SELECT s.name, s.definition, s.first_run, s.last_run FROM sources s",
        "s.name");

    /// <summary>What an export of the whole batch writes: the tidy dataset, and the fetch history (its sources and fetches) when fetch or watch filled the folder.</summary>
    public static IReadOnlyList<Dataset> Exported(DbConnection connection) =>
        DocumentDatabase.HasFetches(connection) ? [.. Tidy, Sources, Fetches] : Tidy;
}
