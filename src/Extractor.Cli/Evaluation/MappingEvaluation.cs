using System.Globalization;
using System.Text;
using System.Text.Json;
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

/// <summary>
/// <c>extractor eval mapping --truth DIR</c>: how the mapping stage types the tables of every truth
/// document (more measures, line items and facts to come with the rest of the stage).
/// </summary>
public static class MappingEvaluation
{
    /// <summary>Line items matched as the issue defines: table type, dimension, code (or name), measure, amount.</summary>
    public sealed record ItemCounts(int Truth, int Extracted, int Matched, int TruthInReadable);

    public static ItemCounts LastItems { get; private set; } = new(0, 0, 0, 0);

    /// <summary>Facts matched on key and value.</summary>
    public static ItemCounts LastFacts { get; private set; } = new(0, 0, 0, 0);

    private static string Key(string tableType, string dimension, string? code, string name, string measure, decimal amount) =>
        $"{tableType}|{dimension}|{(code ?? name.Replace(" ", ""))}|{measure}|{amount.ToString("0.##", CultureInfo.InvariantCulture)}";

    public static async Task<IReadOnlyList<TypeScore>> RunAsync(string truthDirectory)
    {
        var processor = new DocumentProcessor(new PipelineOptions());
        var scores = new List<TypeScore>();
        int truthItems = 0, extractedItems = 0, matchedItems = 0, readableTruthItems = 0;
        int truthFacts = 0, extractedFacts = 0, matchedFacts = 0, readableTruthFacts = 0;
        foreach (var truthPath in Directory.EnumerateFiles(truthDirectory, "*.truth.json").Order(StringComparer.Ordinal))
        {
            var pdf = truthPath[..^".truth.json".Length] + ".pdf";
            if (!File.Exists(pdf)) continue;
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(truthPath));
            var document = await processor.ProcessAsync(pdf);
            var expected = json.RootElement.GetProperty("line_items").EnumerateArray().Select(i => Key(
                i.GetProperty("table_type").GetString()!, i.GetProperty("dimension").GetString()!,
                i.GetProperty("code").ValueKind == JsonValueKind.Null ? null : i.GetProperty("code").GetString(),
                i.GetProperty("name").GetString() ?? "", i.GetProperty("measure").GetString()!,
                decimal.Parse(i.GetProperty("amount").GetString()!, CultureInfo.InvariantCulture))).ToList();
            var actual = document.LineItems.Select(i => Key(i.TableType, i.Dimension, i.Code, i.Name, i.Measure, i.Amount)).ToList();
            truthItems += expected.Count;
            if (!document.Diagnostics.Any(d => d.Code == DiagnosticCodes.NoTextLayer)) readableTruthItems += expected.Count;
            extractedItems += actual.Count;
            matchedItems += expected.GroupBy(k => k).Sum(g => Math.Min(g.Count(), actual.Count(a => a == g.Key)));
            var expectedFacts = json.RootElement.GetProperty("facts").EnumerateArray()
                .Select(f => $"{f.GetProperty("key").GetString()}|{decimal.Parse(f.GetProperty("value").GetString()!, CultureInfo.InvariantCulture).ToString("0.##", CultureInfo.InvariantCulture)}").ToList();
            var actualFacts = document.Facts.Select(f => $"{f.Key}|{f.Value.ToString("0.##", CultureInfo.InvariantCulture)}").ToList();
            truthFacts += expectedFacts.Count;
            extractedFacts += actualFacts.Count;
            matchedFacts += expectedFacts.GroupBy(k => k).Sum(g => Math.Min(g.Count(), actualFacts.Count(a => a == g.Key)));
            if (!document.Diagnostics.Any(d => d.Code == DiagnosticCodes.NoTextLayer)) readableTruthFacts += expectedFacts.Count;
            var unused = document.Tables.ToList();
            foreach (var truth in TruthTable.Read(json.RootElement))
            {
                var match = TableTruthEvaluation.BestMatch(truth, unused);
                if (match is not null) unused.Remove(match);
                scores.Add(new TypeScore(Path.GetFileName(pdf), truth.Title, truth.Type, match?.Type, truth.Columns, match?.Columns));
            }
        }
        LastItems = new ItemCounts(truthItems, extractedItems, matchedItems, readableTruthItems);
        LastFacts = new ItemCounts(truthFacts, extractedFacts, matchedFacts, readableTruthFacts);
        return scores;
    }

    public static string Report(IReadOnlyList<TypeScore> scores)
    {
        var text = new StringBuilder();
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
        var items = LastItems;
        text.AppendLine();
        text.AppendLine("| line items (truth) | extracted | matched | precision | recall | recall, documents with a text layer |");
        text.AppendLine("|---|---|---|---|---|---|");
        text.AppendLine($"| {items.Truth} | {items.Extracted} | {items.Matched} | {Percent(items.Matched, items.Extracted)} | " +
                        $"{Percent(items.Matched, items.Truth)} | {Percent(items.Matched, items.TruthInReadable)} |");
        var facts = LastFacts;
        text.AppendLine();
        text.AppendLine("| facts (truth) | extracted | matched on key and value | precision | recall | recall, documents with a text layer |");
        text.AppendLine("|---|---|---|---|---|---|");
        text.AppendLine($"| {facts.Truth} | {facts.Extracted} | {facts.Matched} | {Percent(facts.Matched, facts.Extracted)} | " +
                        $"{Percent(facts.Matched, facts.Truth)} | {Percent(facts.Matched, facts.TruthInReadable)} |");
        var wrong = read.Where(s => s.Actual != s.Expected).ToList();
        if (wrong.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("| document | title | truth type | typed as |");
            text.AppendLine("|---|---|---|---|");
            foreach (var s in wrong) text.AppendLine($"| {s.Document} | {s.Title} | {s.Expected} | {s.Actual} |");
        }
        return text.ToString();
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "–" : (100.0 * part / whole).ToString("0.00", CultureInfo.InvariantCulture) + " %";
}
