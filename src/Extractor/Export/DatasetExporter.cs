using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Parquet;
using Parquet.Schema;

namespace Extractor.Export;

public enum DatasetFormat { Csv, Parquet }

/// <summary>
/// Exports the dataset of an output folder's database: <c>line_items</c> and <c>facts</c>, each row with the
/// file, department, year, phase and unit of its document (a line item also says that its amount is in yuan
/// and in which unit it was printed), as CSV (UTF-8, optionally with the byte-order
/// mark Excel needs) or Parquet. Amounts stay exact: text in CSV, decimals in Parquet.
/// </summary>
public static class DatasetExporter
{
    /// <summary>Rows per Parquet row group: memory stays bounded however large the dataset.</summary>
    private const int RowGroupSize = 100_000;

    private static readonly string[] DocumentColumns = ["file", "path", "sha256", "department", "fiscal_year", "phase", "document_unit"];

    private const string DocumentSelect =
        "d.file, d.path, d.sha256, d.department_name, d.fiscal_year, d.phase, d.unit";

    private static readonly Dataset[] Datasets =
    [
        new("line_items",
            [.. DocumentColumns, "table_id", "table_type", "dimension", "code", "code_printed", "name", "entity_code", "entity_name", "measure", "amount", "amount_unit", "amount_printed", "printed_unit", "page", "row", "col"],
            $"SELECT {DocumentSelect}, i.table_id, i.table_type, i.dimension, i.code, i.code_printed, i.name, i.entity_code, i.entity_name, i.measure, i.amount, 'yuan', i.amount_printed, coalesce(t.unit, d.unit), i.page, i.row, i.col FROM line_items i JOIN documents d ON d.id = i.document_id LEFT JOIN tables t ON t.document_id = i.document_id AND t.table_id = i.table_id ORDER BY d.path, i.item_no",
            "amount"),
        new("facts",
            [.. DocumentColumns, "key", "value", "share_of", "share_pct", "change_year", "change_amount", "change_pct", "change_direction", "page", "quote", "code", "name", "planned", "prior_year", "prior_kind", "prior_amount", "budget", "completion_pct"],
            $"SELECT {DocumentSelect}, f.key, f.value, f.share_of, f.share_pct, f.change_year, f.change_amount, f.change_pct, f.change_direction, f.page, f.quote, f.code, f.name, f.planned, f.prior_year, f.prior_kind, f.prior_amount, f.budget, f.completion_pct FROM facts f JOIN documents d ON d.id = f.document_id ORDER BY d.path, f.fact_no",
            "value", "share_pct", "change_amount", "change_pct", "planned", "prior_amount", "budget", "completion_pct"),
        // Each finding with the places of its figures (the database's findings_with_refs view), joined by "; ".
        new("findings",
            [.. DocumentColumns, "finding_no", "rule", "severity", "message", "message_zh", "expected", "actual", "difference", "tolerance", "refs"],
            $"SELECT {DocumentSelect}, f.finding_no, f.rule, f.severity, f.message, f.message_zh, f.expected, f.actual, f.difference, f.tolerance, f.refs FROM findings_with_refs f JOIN documents d ON d.id = f.document_id ORDER BY d.path, f.finding_no",
            "expected", "actual", "difference", "tolerance"),
    ];

    /// <returns>The files written.</returns>
    public static async Task<IReadOnlyList<string>> ExportAsync(string databasePath, string targetDirectory, DatasetFormat format, bool byteOrderMark)
    {
        using var connection = SqliteSchema.OpenReadOnly(databasePath);
        Directory.CreateDirectory(targetDirectory);
        var written = new List<string>();
        foreach (var dataset in Datasets)
        {
            var target = Path.Combine(targetDirectory, dataset.Name + (format == DatasetFormat.Csv ? ".csv" : ".parquet"));
            var temporary = target + ".tmp";
            using (var command = connection.CreateCommand())
            {
                command.CommandText = dataset.Query;
                using var reader = command.ExecuteReader();
                if (format == DatasetFormat.Csv) WriteCsv(reader, dataset, temporary, byteOrderMark);
                else await WriteParquetAsync(reader, dataset, temporary);
            }
            File.Move(temporary, target, overwrite: true);
            written.Add(target);
        }
        return written;
    }

    private static void WriteCsv(SqliteDataReader reader, Dataset dataset, string path, bool byteOrderMark)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(byteOrderMark));
        writer.Write(string.Join(',', dataset.Columns) + "\r\n");
        while (reader.Read())
        {
            var fields = Enumerable.Range(0, dataset.Columns.Count).Select(i => CsvField.Quote(reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? ""));
            writer.Write(string.Join(',', fields) + "\r\n");
        }
    }


    private static async Task WriteParquetAsync(SqliteDataReader reader, Dataset dataset, string path)
    {
        var fields = dataset.Columns.Select((name, i) => dataset.Decimals.Contains(name)
                ? (DataField)new DecimalDataField(name, 38, 6, isNullable: true)
                : IsInteger(name) ? new DataField<long?>(name) : new DataField<string>(name))
            .ToArray();
        var schema = new ParquetSchema(fields);
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream);
        var rows = new List<object?[]>(RowGroupSize);
        async Task Flush()
        {
            using var group = writer.CreateRowGroup();
            for (int c = 0; c < fields.Length; c++)
            {
                int column = c;
                switch (fields[c])
                {
                    case DecimalDataField field:
                        await group.WriteAsync<decimal>(field, rows.Select(r => r[column] is string s ? decimal.Parse(s, NumberStyles.Number, CultureInfo.InvariantCulture) : (decimal?)null).ToArray());
                        break;
                    case DataField<long?> field:
                        await group.WriteAsync<long>(field, rows.Select(r => r[column] is null ? (long?)null : Convert.ToInt64(r[column], CultureInfo.InvariantCulture)).ToArray());
                        break;
                    default:
                        await group.WriteAsync(fields[c], rows.Select(r => r[column] is null ? null : Convert.ToString(r[column], CultureInfo.InvariantCulture)).ToArray());
                        break;
                }
            }
            rows.Clear();
        }
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, fields.Length).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray());
            if (rows.Count == RowGroupSize) await Flush();
        }
        if (rows.Count > 0 || stream.Length == 0) await Flush();
    }

    private static bool IsInteger(string column) => column is "fiscal_year" or "page" or "row" or "col" or "change_year" or "prior_year" or "finding_no";

    private sealed record Dataset(string Name, IReadOnlyList<string> Columns, string Query, params string[] Decimals);
}
