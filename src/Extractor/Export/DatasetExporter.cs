using System.Globalization;
using System.Text;
using Extractor.Export.Xlsx;
using Parquet;
using Parquet.Schema;

namespace Extractor.Export;

public enum DatasetFormat { Csv, Parquet, Xlsx }

/// <summary>
/// Exports the dataset of an output folder's database (<see cref="Datasets"/>) as CSV (UTF-8, optionally with
/// the byte-order mark Excel needs) or Parquet, a file per dataset (the fetch history too, when there is one), or
/// as one workbook. Amounts stay exact:
/// text in CSV, decimals in Parquet, numbers written from their decimal text in the workbook.
/// </summary>
public static class DatasetExporter
{
    /// <summary>Rows per Parquet row group: memory stays bounded however large the dataset.</summary>
    private const int RowGroupSize = 100_000;

    /// <returns>The files written.</returns>
    public static async Task<IReadOnlyList<string>> ExportAsync(string databasePath, string targetDirectory, DatasetFormat format, bool byteOrderMark)
    {
        if (format == DatasetFormat.Xlsx) return [WorkbookExporter.Export(databasePath, targetDirectory)];
        using var connection = DocumentDatabase.OpenForReading(databasePath);
        Directory.CreateDirectory(targetDirectory);
        var written = new List<string>();
        foreach (var dataset in Datasets.Exported(connection))
        {
            var target = Path.Combine(targetDirectory, dataset.Name + (format == DatasetFormat.Csv ? ".csv" : ".parquet"));
            var temporary = target + ".tmp";
            var rows = dataset.Rows(connection);
            if (format == DatasetFormat.Csv) WriteCsv(rows, dataset, temporary, byteOrderMark);
            else await WriteParquetAsync(rows, dataset, temporary);
            File.Move(temporary, target, overwrite: true);
            written.Add(target);
        }
        return written;
    }

    private static void WriteCsv(IEnumerable<object?[]> rows, Dataset dataset, string path, bool byteOrderMark)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(byteOrderMark));
        writer.Write(string.Join(',', dataset.Columns.Select(c => c.Name)) + "\r\n");
        foreach (var row in rows)
            writer.Write(string.Join(',', row.Select(value => CsvField.Quote(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""))) + "\r\n");
    }

    private static async Task WriteParquetAsync(IEnumerable<object?[]> rows, Dataset dataset, string path)
    {
        var fields = dataset.Columns.Select(column => column.Kind switch
            {
                ColumnKind.Decimal => new DecimalDataField(column.Name, 38, 6, isNullable: true),
                ColumnKind.Integer => new DataField<long?>(column.Name),
                _ => (DataField)new DataField<string>(column.Name),
            })
            .ToArray();
        var schema = new ParquetSchema(fields);
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream);
        var group = new List<object?[]>(RowGroupSize);
        async Task Flush()
        {
            using var rowGroup = writer.CreateRowGroup();
            for (int c = 0; c < fields.Length; c++)
            {
                int column = c;
                switch (fields[c])
                {
                    case DecimalDataField field:
                        await rowGroup.WriteAsync<decimal>(field, group.Select(r => (decimal?)r[column]).ToArray());
                        break;
                    case DataField<long?> field:
                        await rowGroup.WriteAsync<long>(field, group.Select(r => (long?)r[column]).ToArray());
                        break;
                    default:
                        await rowGroup.WriteAsync(fields[c], group.Select(r => (string?)r[column]).ToArray());
                        break;
                }
            }
            group.Clear();
        }
        foreach (var row in rows)
        {
            group.Add(row);
            if (group.Count == RowGroupSize) await Flush();
        }
        if (group.Count > 0 || stream.Length == 0) await Flush();
    }
}
