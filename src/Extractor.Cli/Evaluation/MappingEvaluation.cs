using System.Globalization;
using System.Text.Json;
using System.Text;
using Extractor.Mapping;
using Extractor.Model;
using Extractor.Pipeline;

namespace Extractor.Cli.Evaluation;

/// <summary>One truth table's type against the type given to the table extracted for it.</summary>
public sealed record TypeScore(string Document, string Title, string Expected, string? Actual,
    IReadOnlyList<string?> ExpectedColumns, IReadOnlyList<string?>? ActualColumns)
{
    /// <summary>Columns whose measure (or absence of one) is right; columns of a table not found are wrong.</summary>
    public int RightColumns => ActualColumns is null ? 0
        : ExpectedColumns.Where((m, c) => c < ActualColumns.Count && ActualColumns[c] == m).Count();
}

/// <summary>Truth records, records extracted, and the two matched.</summary>
public sealed record MatchCounts(int Truth, int Extracted, int Matched)
{
    public static MatchCounts Of(IReadOnlyList<string> truth, IReadOnlyList<string> extracted) =>
        new(truth.Count, extracted.Count, truth.GroupBy(k => k).Sum(g => Math.Min(g.Count(), extracted.Count(a => a == g.Key))));

    public static MatchCounts Sum(IEnumerable<MatchCounts> counts) =>
        counts.Aggregate(new MatchCounts(0, 0, 0), (a, b) => new MatchCounts(a.Truth + b.Truth, a.Extracted + b.Extracted, a.Matched + b.Matched));
}

/// <summary>One truth document's mapping: its tables' types and measures, its line items and its facts.</summary>
public sealed record DocumentMappingScore(string Document, bool Readable, IReadOnlyList<TypeScore> Tables, MatchCounts Items, MatchCounts Facts);

/// <summary>
/// <c>extractor eval mapping --truth DIR</c>: per document and overall, how the mapping stage types tables,
/// maps their columns, and reads line items (matched as the issue defines: table type, dimension, code or
/// name, measure, amount) and facts (key and value).
/// </summary>
public static class MappingEvaluation
{
    private static string Key(string tableType, string dimension, string? code, string name, string measure, decimal amount) =>
        $"{tableType}|{dimension}|{(code ?? name.Replace(" ", ""))}|{measure}|{amount.ToString("0.##", CultureInfo.InvariantCulture)}";

    public static async Task<IReadOnlyList<DocumentMappingScore>> RunAsync(string truthDirectory)
    {
        var processor = new DocumentProcessor(new PipelineOptions(), TableTypeClassifier.Shipped);
        var scores = new List<DocumentMappingScore>();
        var truthPaths = Directory.EnumerateFiles(truthDirectory, "*.truth.json").Order(StringComparer.Ordinal).ToList();
        // The fact keys the truth annotates: a fact of a key it never uses (a share of 事业收入, say) is not judged.
        var annotated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var truthPath in truthPaths)
        {
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(truthPath));
            foreach (var fact in json.RootElement.GetProperty("facts").EnumerateArray()) annotated.Add(fact.GetProperty("key").GetString()!);
        }
        foreach (var truthPath in truthPaths)
        {
            var pdf = truthPath[..^".truth.json".Length] + ".pdf";
            if (!File.Exists(pdf)) continue;
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(truthPath));
            var document = await processor.ProcessAsync(pdf);
            var expectedItems = json.RootElement.GetProperty("line_items").EnumerateArray().Select(i => Key(
                i.GetProperty("table_type").GetString()!, i.GetProperty("dimension").GetString()!,
                i.GetProperty("code").ValueKind == JsonValueKind.Null ? null : i.GetProperty("code").GetString(),
                i.GetProperty("name").GetString() ?? "", i.GetProperty("measure").GetString()!,
                decimal.Parse(i.GetProperty("amount").GetString()!, CultureInfo.InvariantCulture))).ToList();
            var actualItems = document.LineItems.Select(i => Key(i.TableType, i.Dimension, i.Code, i.Name, i.Measure, i.Amount)).ToList();
            var expectedFacts = json.RootElement.GetProperty("facts").EnumerateArray()
                .Select(f => $"{f.GetProperty("key").GetString()}|{decimal.Parse(f.GetProperty("value").GetString()!, CultureInfo.InvariantCulture).ToString("0.##", CultureInfo.InvariantCulture)}").ToList();
            var actualFacts = document.Facts.Where(f => annotated.Contains(f.Key)).Select(f => $"{f.Key}|{f.Value.ToString("0.##", CultureInfo.InvariantCulture)}").ToList();
            var unused = document.Tables.ToList();
            var tables = new List<TypeScore>();
            foreach (var truth in TruthTable.Read(json.RootElement))
            {
                var match = TableTruthEvaluation.BestMatch(truth, unused);
                if (match is not null) unused.Remove(match);
                tables.Add(new TypeScore(Path.GetFileName(pdf), truth.Title, truth.Type, match?.Type, truth.Columns, match?.Columns));
            }
            scores.Add(new DocumentMappingScore(Path.GetFileName(pdf), !document.Diagnostics.Any(d => d.Code == DiagnosticCodes.NoTextLayer),
                tables, MatchCounts.Of(expectedItems, actualItems), MatchCounts.Of(expectedFacts, actualFacts)));
        }
        return scores;
    }

    public static string Report(IReadOnlyList<DocumentMappingScore> documents)
    {
        var text = new StringBuilder();
        var scores = documents.SelectMany(d => d.Tables).ToList();
        var read = scores.Where(s => s.Actual is not null).ToList();
        text.AppendLine("| tables | extracted | typed right | table-type accuracy (of all) | of those extracted |");
        text.AppendLine("|---|---|---|---|---|");
        int right = scores.Count(s => s.Actual == s.Expected);
        text.AppendLine($"| {scores.Count} | {read.Count} | {right} | {Percent(right, scores.Count)} | {Percent(right, read.Count)} |");
        int columns = scores.Sum(s => s.ExpectedColumns.Count), rightColumns = scores.Sum(s => s.RightColumns);
        int readColumns = read.Sum(s => s.ExpectedColumns.Count);
        text.AppendLine();
        text.AppendLine("| columns | measure right | of all | of the tables extracted |");
        text.AppendLine("|---|---|---|---|");
        text.AppendLine($"| {columns} | {rightColumns} | {Percent(rightColumns, columns)} | {Percent(rightColumns, readColumns)} |");
        var wrongColumns = read.SelectMany(s => s.ExpectedColumns.Select((m, c) => (s, m, c))
                .Where(x => x.c >= s.ActualColumns!.Count || s.ActualColumns[x.c] != x.m)
                .Select(x => (x.s.Expected, Want: x.m ?? "(none)", Got: x.c < x.s.ActualColumns!.Count ? x.s.ActualColumns[x.c] ?? "(none)" : "(missing)")))
            .GroupBy(x => x).OrderByDescending(g => g.Count()).Take(25).ToList();
        if (wrongColumns.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("| table type | truth measure | mapped as | columns |");
            text.AppendLine("|---|---|---|---|");
            foreach (var g in wrongColumns) text.AppendLine($"| {g.Key.Expected} | {g.Key.Want} | {g.Key.Got} | {g.Count()} |");
        }
        Counts("line items (truth)", "matched", d => d.Items);
        Counts("facts (truth)", "matched on key and value", d => d.Facts);

        text.AppendLine();
        text.AppendLine("| document | tables typed right | line items: precision | recall | facts: precision | recall |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var d in documents)
            text.AppendLine($"| {d.Document} | {d.Tables.Count(t => t.Actual == t.Expected)} / {d.Tables.Count} | " +
                            $"{Percent(d.Items.Matched, d.Items.Extracted)} | {Percent(d.Items.Matched, d.Items.Truth)} | " +
                            $"{Percent(d.Facts.Matched, d.Facts.Extracted)} | {Percent(d.Facts.Matched, d.Facts.Truth)} |");

        var wrong = read.Where(s => s.Actual != s.Expected).ToList();
        if (wrong.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("| document | title | truth type | typed as |");
            text.AppendLine("|---|---|---|---|");
            foreach (var s in wrong) text.AppendLine($"| {s.Document} | {s.Title} | {s.Expected} | {s.Actual} |");
        }
        return text.ToString();

        void Counts(string what, string matchedOn, Func<DocumentMappingScore, MatchCounts> of)
        {
            var all = MatchCounts.Sum(documents.Select(of));
            var readable = MatchCounts.Sum(documents.Where(d => d.Readable).Select(of));
            text.AppendLine();
            text.AppendLine($"| {what} | extracted | {matchedOn} | precision | recall | recall, documents with a text layer |");
            text.AppendLine("|---|---|---|---|---|---|");
            text.AppendLine($"| {all.Truth} | {all.Extracted} | {all.Matched} | {Percent(all.Matched, all.Extracted)} | " +
                            $"{Percent(all.Matched, all.Truth)} | {Percent(readable.Matched, readable.Truth)} |");
        }
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "–" : (100.0 * part / whole).ToString("0.00", CultureInfo.InvariantCulture) + " %";
}
