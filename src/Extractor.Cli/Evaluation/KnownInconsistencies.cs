using System.Globalization;
using System.Text;
using Extractor.Mapping;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Validation;

namespace Extractor.Cli.Evaluation;

/// <summary>
/// <c>extractor eval findings --known LIST.tsv</c>: the error findings of real publications against a hand-checked
/// list of what they print wrong (file, page, rule, code or key, the printed figure, what the other figures make
/// it, unit, why). A listed inconsistency is found when a finding of its file and rule involves its printed figure
/// (as the flagged value or the one compared with it); an error finding that matches no row is shown for review.
/// Rows of rules the catalogue does not have yet are listed, not scored.
/// </summary>
public static class KnownInconsistencies
{
    public sealed record Row(string File, int Page, string Rule, string Key, string Printed, string Expected, string Unit, string Why)
    {
        /// <summary>The printed figure as findings carry it: yuan for money, the percentage itself for a rate.</summary>
        public decimal? Value => decimal.TryParse(Printed.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var v)
            ? v * (Unit == "万元" ? 10000m : 1m)
            : null;

        public decimal? ExpectedValue => decimal.TryParse(Expected.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var v)
            ? v * (Unit == "万元" ? 10000m : 1m)
            : null;

        /// <summary>A row of a rule the catalogue has, with a figure to match (or, for a wording rule, the words printed).</summary>
        public bool Scored => DocumentValidator.CatalogueIds.Contains(Rule) && (Value is not null || IsWording || IsCode);

        /// <summary>A row on wording (<c>text.*</c>): found by a warning of its rule that quotes a name it printed.</summary>
        public bool IsWording => Rule.StartsWith("text.", StringComparison.Ordinal);

        /// <summary>A row on a misprinted code (<c>cross.code</c>): found by a warning of its rule on its page that quotes the code as printed.</summary>
        public bool IsCode => Rule == RuleIds.SubjectCode;
    }

    /// <summary>An error finding of a document, and the rows it matches.</summary>
    public sealed record Reported(string File, Finding Finding, IReadOnlyList<Row> Rows);

    public sealed record Score(IReadOnlyList<Row> Rows, IReadOnlyList<Row> Found, IReadOnlyList<Reported> Errors)
    {
        public int ScoredRows => Rows.Count(r => r.Scored);
        public IEnumerable<Reported> Unlisted => Errors.Where(e => e.Rows.Count == 0);
    }

    public static IReadOnlyList<Row> Load(string path) =>
        [.. File.ReadLines(path).Skip(1).Where(l => l.Trim().Length > 0).Select(l => l.Split('\t')).Select(f =>
            new Row(f[0], int.Parse(f[1], CultureInfo.InvariantCulture), f[2], f[3], f[4], f[5], f[6], f.Length > 7 ? f[7] : ""))];

    /// <summary>
    /// Same rule, a figure of the finding on the row's page, and the row's printed figure is one of the finding's
    /// two values, or — for amounts — the two differ by as much: a row that names the misprinted part (项目支出
    /// 64,840,547 for 0) matches the finding that flags the total. A rate matches only as printed: many rates of a
    /// page are 0.01 off.
    /// </summary>
    public static bool Matches(Row row, Finding finding) =>
        row.Rule == finding.Rule && row.Value is { } value && finding.Refs.Any(r => r.Page == row.Page)
        && (finding.Actual == value || finding.Expected == value
            || row.Unit != "%" && row.ExpectedValue is { } expected && finding.Difference is { } difference && Math.Abs(difference) == Math.Abs(value - expected));

    /// <summary>Scores the documents' error findings (file name → findings) against the list.</summary>
    public static Score Evaluate(IReadOnlyList<Row> rows, IReadOnlyDictionary<string, IReadOnlyList<Finding>> findingsByFile)
    {
        var errors = findingsByFile.OrderBy(d => d.Key, StringComparer.Ordinal)
            .SelectMany(d => d.Value.Where(f => f.Severity == FindingSeverity.Error)
                .Select(f => new Reported(d.Key, f, [.. rows.Where(r => r.File == d.Key && Matches(r, f))])))
            .ToList();
        var found = rows.Where(r => r.Scored && errors.Any(e => e.Rows.Contains(r))).ToList();
        found.AddRange(rows.Where(r => r.Scored && r.IsWording && findingsByFile.TryGetValue(r.File, out var findings)
            && findings.Any(f => f.Rule == r.Rule && NamesPrinted(r).Any(name => f.Message.Contains($"named {name} (", StringComparison.Ordinal)))));
        found.AddRange(rows.Where(r => r.Scored && r.IsCode && findingsByFile.TryGetValue(r.File, out var findings)
            && findings.Any(f => f.Rule == r.Rule && f.Refs.Any(x => x.Page == r.Page) && f.Message.Contains($" coded {r.Printed} in ", StringComparison.Ordinal))));
        return new Score(rows, found, errors);
    }

    /// <summary>The names a wording row's printed text gives ("卫生健康支出（款）计划生育事务（项）": two).</summary>
    private static IEnumerable<string> NamesPrinted(Row row) =>
        System.Text.RegularExpressions.Regex.Split(row.Printed, "[（(][类款项][)）]").Select(n => n.Trim()).Where(n => n.Length > 0);

    /// <summary>Processes every PDF of the list's folder and scores it.</summary>
    public static async Task<Score> RunAsync(string listPath, string? corpus = null)
    {
        var rows = Load(listPath);
        corpus ??= Path.GetDirectoryName(Path.GetFullPath(listPath))!;
        var documents = await FolderDocuments.ProcessAsync(Directory.EnumerateFiles(corpus, "*.pdf"));
        return Evaluate(rows, documents.ToDictionary(d => d.File, d => d.Document.Findings));
    }

    public static string Report(Score score)
    {
        var text = new StringBuilder();
        text.AppendLine($"Listed inconsistencies found: {score.Found.Count} of {score.ScoredRows} " +
            $"(recall {Percent(score.Found.Count, score.ScoredRows)}); error findings: {score.Errors.Count}, " +
            $"{score.Unlisted.Count()} not on the list");
        text.AppendLine();
        text.AppendLine("| rule | listed | found | recall |");
        text.AppendLine("|---|---|---|---|");
        foreach (var rule in score.Rows.Where(r => r.Scored).GroupBy(r => r.Rule).OrderBy(g => g.Key, StringComparer.Ordinal))
            text.AppendLine($"| {rule.Key} | {rule.Count()} | {rule.Count(score.Found.Contains)} | {Percent(rule.Count(score.Found.Contains), rule.Count())} |");
        text.AppendLine();
        text.AppendLine("Missed:");
        foreach (var row in score.Rows.Where(r => r.Scored && !score.Found.Contains(r)))
            text.AppendLine($"  {row.File} p{row.Page} {row.Rule} {row.Key}: printed {row.Printed}, expected {row.Expected} {row.Unit}");
        var unscored = score.Rows.Where(r => !r.Scored).ToList();
        if (unscored.Count > 0)
        {
            text.AppendLine("Not scored (no such rule in the catalogue yet):");
            foreach (var row in unscored) text.AppendLine($"  {row.File} p{row.Page} {row.Rule} {row.Key}: {row.Printed} → {row.Expected}");
        }
        text.AppendLine("Error findings not on the list (review each on the page):");
        foreach (var e in score.Unlisted) text.AppendLine($"  {e.File} {e.Finding.Rule}: {e.Finding.MessageZh}");
        text.AppendLine();
        text.AppendLine("Every error finding and its verdict:");
        text.AppendLine();
        text.AppendLine("| file | rule | flagged | computed | verdict |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var e in score.Errors)
            text.AppendLine($"| {e.File} | {e.Finding.Rule} | {e.Finding.Actual} | {e.Finding.Expected} | " +
                (e.Rows.Count > 0 ? $"real: listed p{e.Rows[0].Page} {e.Rows[0].Key}" : "not on the list: to review") + " |");
        return text.ToString();
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "–" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
