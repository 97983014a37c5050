using System.Globalization;
using System.Text.Json;
using System.Text;
using Extractor.Mapping;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Tables.Detectors;

namespace Extractor.Cli.Evaluation;

/// <summary>One truth table against the table extracted for it.</summary>
public sealed record TableScore(string Document, string Style, TruthTable Truth, Table? Extracted,
    int Cells, int CorrectCells, int Values, int CorrectValues)
{
    public bool PagesRight => Extracted is not null && Extracted.Pages.SequenceEqual(Truth.Pages);
}

/// <summary>
/// <c>extractor eval tables --truth DIR</c>: extracts the tables of every PDF that has a <c>*.truth.json</c>
/// beside it and scores them cell by cell, per document and per table style.
/// </summary>
public static class TableTruthEvaluation
{
    /// <param name="truthDirectory">A folder of PDFs with their <c>*.truth.json</c>.</param>
    /// <param name="detector">The table detector to score (<see cref="TableDetectors"/>).</param>
    public static async Task<IReadOnlyList<TableScore>> RunAsync(string truthDirectory, ITableDetector detector)
    {
        var options = new PipelineOptions { Stages = [PipelineStages.Ingest, PipelineStages.Layout, PipelineStages.Tables] };
        var processor = new DocumentProcessor(options, TableTypeClassifier.Shipped, detector);
        var scores = new List<TableScore>();
        foreach (var truthPath in Directory.EnumerateFiles(truthDirectory, "*.truth.json").Order(StringComparer.Ordinal))
        {
            var pdf = truthPath[..^".truth.json".Length] + ".pdf";
            if (!File.Exists(pdf)) continue;
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(truthPath));
            var style = json.RootElement.GetProperty("style");
            string rules = style.TryGetProperty("scanned", out var scanned) && scanned.GetBoolean()
                ? "scanned" : style.GetProperty("rules").GetString() ?? "?";
            var document = await processor.ProcessAsync(pdf);
            scores.AddRange(Score(Path.GetFileName(pdf), rules, TruthTable.Read(json.RootElement), document.Tables));
        }
        return scores;
    }

    private static IEnumerable<TableScore> Score(string document, string style, IReadOnlyList<TruthTable> truth, IReadOnlyList<Table> extracted)
    {
        var unused = extracted.ToList();
        foreach (var table in truth)
        {
            var match = BestMatch(table, unused);
            if (match is not null) unused.Remove(match);
            yield return Compare(document, style, table, match);
        }
    }

    /// <summary>The extracted table on the truth table's first page with the same title, else the most alike.</summary>
    internal static Table? BestMatch(TruthTable truth, List<Table> candidates)
    {
        var onPage = candidates.Where(t => t.Pages.Contains(truth.Pages[0])).ToList();
        var titled = onPage.FirstOrDefault(t => CellComparison.Normalise(t.Title) == CellComparison.Normalise(truth.Title));
        return titled ?? onPage.OrderByDescending(t => Compare("", "", truth, t).CorrectCells).FirstOrDefault();
    }

    private static TableScore Compare(string document, string style, TruthTable truth, Table? extracted)
    {
        int cells = truth.Rows.Sum(r => r.Count);
        int values = truth.Values.Sum(r => r.Count(v => v is not null));
        if (extracted is null) return new TableScore(document, style, truth, null, cells, 0, values, 0);
        var rows = extracted.Header.Concat(extracted.Rows.Select(r => (IReadOnlyList<string>)r.Select(c => c.Text).ToList())).ToList();
        var rowValues = extracted.Header.Select(r => r.Select(_ => (decimal?)null).ToList())
            .Concat(extracted.Rows.Select(r => r.Select(c => c.Value).ToList())).ToList();
        int correct = 0, correctValues = 0;
        foreach (var (t, e) in CellComparison.AlignRows(truth.Rows, rows))
        {
            if (t is not { } ti || e is not { } ei) continue;
            correct += CellComparison.Matches(truth.Rows[ti].Select(CellComparison.Normalise).ToArray(), rows[ei].Select(CellComparison.Normalise).ToArray());
            for (int c = 0; c < truth.Values[ti].Count && c < rowValues[ei].Count; c++)
                if (truth.Values[ti][c] is { } v && rowValues[ei][c] == decimal.Parse(v, CultureInfo.InvariantCulture)) correctValues++;
        }
        return new TableScore(document, style, truth, extracted, cells, correct, values, correctValues);
    }

    /// <summary>The report as Markdown: per style, per document, and every table that is not perfect.</summary>
    public static string Report(IReadOnlyList<TableScore> scores)
    {
        var text = new StringBuilder();
        text.AppendLine("| style | documents | tables | found | right pages | cells | cell accuracy | value accuracy |");
        text.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var group in scores.GroupBy(s => s.Style).OrderBy(g => g.Key).Append(scores.GroupBy(_ => "all").Single()))
            text.AppendLine(Row(group.Key, group.Select(s => s.Document).Distinct().Count().ToString(CultureInfo.InvariantCulture), group.ToList()));
        text.AppendLine();
        text.AppendLine("| document | style | tables | found | right pages | cells | cell accuracy | value accuracy |");
        text.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var group in scores.GroupBy(s => s.Document))
            text.AppendLine(Row(group.Key, group.First().Style, group.ToList()));
        var imperfect = scores.Where(s => s.Style != "scanned" && (s.CorrectCells < s.Cells || !s.PagesRight)).ToList();
        if (imperfect.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Tables below 100 %:");
            text.AppendLine();
            text.AppendLine("| document | table | title | truth pages | extracted pages | cells | correct |");
            text.AppendLine("|---|---|---|---|---|---|---|");
            foreach (var s in imperfect)
                text.AppendLine($"| {s.Document} | {s.Truth.Id} | {s.Truth.Title} | {string.Join(",", s.Truth.Pages)} | " +
                    $"{(s.Extracted is null ? "not found" : string.Join(",", s.Extracted.Pages))} | {s.Cells} | {s.CorrectCells} |");
        }
        return text.ToString();
    }

    private static string Row(string name, string second, IReadOnlyList<TableScore> scores)
    {
        int cells = scores.Sum(s => s.Cells), correct = scores.Sum(s => s.CorrectCells);
        int values = scores.Sum(s => s.Values), correctValues = scores.Sum(s => s.CorrectValues);
        return $"| {name} | {second} | {scores.Count} | {scores.Count(s => s.Extracted is not null)} | {scores.Count(s => s.PagesRight)} | " +
               $"{cells} | {Percent(correct, cells)} | {Percent(correctValues, values)} |";
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "–" : (100.0 * part / whole).ToString("0.00", CultureInfo.InvariantCulture) + " %";
}
