using System.Globalization;
using System.Text.Json;
using System.Text;
using Extractor.Mapping;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Validation;

namespace Extractor.Cli.Evaluation;

/// <summary>
/// <c>extractor eval findings --truth DIR</c>: the findings of every truth document against its
/// <c>expected_findings</c>, matched on rule and the values involved (expected and actual; the two figures of a comparison
/// in either order), per rule.
/// </summary>
public static class FindingsEvaluation
{
    public sealed record RuleScore(string Rule, bool Implemented, int Truth, int Found, int Matched);

    public static async Task<IReadOnlyList<RuleScore>> RunAsync(string truthDirectory)
    {
        var processor = new DocumentProcessor(new PipelineOptions(), TableTypeClassifier.Shipped);
        var truth = new List<string>();
        var found = new List<string>();
        int matched = 0;
        var matchedByRule = new Dictionary<string, int>();
        foreach (var truthPath in Directory.EnumerateFiles(truthDirectory, "*.truth.json").Order(StringComparer.Ordinal))
        {
            var pdf = truthPath[..^".truth.json".Length] + ".pdf";
            if (!File.Exists(pdf)) continue;
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(truthPath));
            var expected = json.RootElement.GetProperty("expected_findings").EnumerateArray()
                .Select(f => Key(f.GetProperty("rule").GetString()!, Number(f.GetProperty("expected")), Number(f.GetProperty("actual")))).ToList();
            var document = await processor.ProcessAsync(pdf);
            // The truth lists what is wrong on the page (errors, and differences within rounding): a warning, such
            // as a finding on figures read by OCR, is not presented as either and is not scored.
            var actual = document.Findings.Where(f => f.Severity != FindingSeverity.Warning).Select(f => Key(f.Rule, f.Expected, f.Actual)).ToList();
            truth.AddRange(expected);
            found.AddRange(actual);
            foreach (var group in expected.GroupBy(k => k))
            {
                int m = Math.Min(group.Count(), actual.Count(a => a == group.Key));
                matched += m;
                var rule = group.Key.Split('|')[0];
                matchedByRule[rule] = matchedByRule.GetValueOrDefault(rule) + m;
            }
        }
        // A rule is implemented when the catalogue runs it, including ids a rule emits for a table type (sum.procurement).
        var implemented = DocumentValidator.Rules.Select(r => r.Id).Concat(found.Select(k => k.Split('|')[0])).ToHashSet();
        return truth.Concat(found).Select(k => k.Split('|')[0]).Distinct().Order()
            .Select(rule => new RuleScore(rule, implemented.Contains(rule), truth.Count(k => k.StartsWith(rule + "|")),
                found.Count(k => k.StartsWith(rule + "|")), matchedByRule.GetValueOrDefault(rule)))
            .ToList();
    }

    private static decimal? Number(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => decimal.Parse(value.GetString()!, CultureInfo.InvariantCulture),
        JsonValueKind.Number => value.GetDecimal(),
        _ => null,
    };

    /// <summary>
    /// A finding's rule and figures. A comparison of two printed figures (<see cref="RuleCatalogue.Comparisons"/>) is matched on
    /// the pair whichever it names first: the truth lists its two tables in a fixed order, the engine the misprinted one first.
    /// </summary>
    private static string Key(string rule, decimal? expected, decimal? actual)
    {
        string Shown(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";
        if (RuleCatalogue.Comparisons.Contains(rule) && expected is { } e && actual is { } a && e > a) (expected, actual) = (a, e);
        return $"{rule}|{Shown(expected)}|{Shown(actual)}";
    }

    public static string Report(IReadOnlyList<RuleScore> scores)
    {
        var text = new StringBuilder();
        text.AppendLine("| rule | implemented | expected findings | found | matched | precision | recall |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var s in scores)
            text.AppendLine($"| {s.Rule} | {(s.Implemented ? "yes" : "not yet")} | {s.Truth} | {s.Found} | {s.Matched} | {Percent(s.Matched, s.Found)} | {Percent(s.Matched, s.Truth)} |");
        var done = scores.Where(s => s.Implemented).ToList();
        text.AppendLine($"| implemented rules | | {done.Sum(s => s.Truth)} | {done.Sum(s => s.Found)} | {done.Sum(s => s.Matched)} | " +
                        $"{Percent(done.Sum(s => s.Matched), done.Sum(s => s.Found))} | {Percent(done.Sum(s => s.Matched), done.Sum(s => s.Truth))} |");
        return text.ToString();
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "–" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
