using System.Text.Json;
using Extractor.Mapping;

namespace Extractor.Cli.Evaluation;

/// <summary>
/// The labelled tables the table-type model learns from: every table of the <c>*.truth.json</c> files, and
/// the hand-labelled tables of real publications (a TSV: file, table, page, type, title, header cells and
/// row labels, each list joined by " | ").
/// </summary>
public static class TableTypeExamples
{
    private const string ListSeparator = " | ";

    public static IReadOnlyList<TableTypeExample> FromTruth(string folder) =>
        Directory.EnumerateFiles(folder, "*.truth.json").Order(StringComparer.Ordinal).SelectMany(path =>
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var document = Path.GetFileName(path)[..^".truth.json".Length];
            return TruthTable.Read(json.RootElement).Select(t => new TableTypeExample(document, t.Title,
                t.Rows.Take(t.HeaderRows).SelectMany(row => row).ToList(),
                t.Rows.Skip(t.HeaderRows).Select(TableTypeText.RowLabel).OfType<string>().ToList(),
                t.Type)).ToList();
        }).ToList();

    public static IReadOnlyList<TableTypeExample> FromLabels(string tsv)
    {
        var lines = File.ReadAllLines(tsv);
        var columns = lines[0].Split('\t').Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i);
        string[] required = ["file", "type", "title", "header", "rows"];
        var missing = required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0) throw new InvalidDataException($"{tsv}: no column {string.Join(", ", missing)}");
        return lines.Skip(1).Where(l => l.Length > 0).Select(line =>
        {
            var fields = line.Split('\t');
            return new TableTypeExample(Path.GetFileNameWithoutExtension(fields[columns["file"]]), fields[columns["title"]],
                List(fields[columns["header"]]), List(fields[columns["rows"]]), fields[columns["type"]]);
        }).ToList();
    }

    private static IReadOnlyList<string> List(string joined) =>
        joined.Length == 0 ? [] : joined.Split(ListSeparator);
}
