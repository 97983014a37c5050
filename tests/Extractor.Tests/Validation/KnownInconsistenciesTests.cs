using Extractor.Cli.Evaluation;
using Extractor.Model;
using Extractor.Validation;
using Extractor.Tests.Support;

namespace Extractor.Tests.Validation;

/// <summary>
/// The real publications against the hand-checked list of what they print wrong
/// (<c>fixtures/real-cn/known-inconsistencies.tsv</c>): every error finding is on the list, and the list is
/// found at least as well as when it was last measured (EVALUATION.md).
/// </summary>
[Collection(ProcessedFixturesCollection.Name)]
public sealed class KnownInconsistenciesTests(ProcessedFixtures processed)
{
    private static readonly IReadOnlyList<KnownInconsistencies.Row> Rows = KnownInconsistencies.Load(Fixtures.Path("real-cn/known-inconsistencies.tsv"));

    private KnownInconsistencies.Score Score() => KnownInconsistencies.Evaluate(Rows,
        Fixtures.Pdfs("real-cn").Select(p => Path.GetFileName(p)!).ToDictionary(f => f, f => processed[$"real-cn/{f}"].Findings));

    [Fact]
    public void Reports_no_error_finding_that_is_not_on_the_hand_checked_list()
    {
        var unlisted = Score().Unlisted.Select(e => $"{e.File}: {e.Finding.MessageZh}").ToList();

        Assert.True(unlisted.Count == 0, string.Join("\n", unlisted));
    }

    [Fact]
    public void Finds_at_least_nineteen_in_twenty_of_the_listed_inconsistencies()
    {
        var score = Score();

        // The target on this list (92 of 93 when last measured).
        Assert.True(score.Found.Count * 20 >= score.ScoredRows * 19, $"{score.Found.Count} of {score.ScoredRows}");
        // Each file named by the list is one of the corpus's.
        Assert.All(Rows, r => Assert.True(File.Exists(Fixtures.Path($"real-cn/{r.File}")), r.File));
    }

    [Fact]
    public void Matches_a_row_by_rule_and_printed_figure_or_by_the_same_difference()
    {
        var row = new KnownInconsistencies.Row("a.pdf", 11, "sum.row_components", "2040601", "64840547.00", "0.00", "元", "");
        Finding Flagged(decimal expected, decimal actual, string rule = "sum.row_components", int page = 11) => new()
        {
            Rule = rule, Severity = FindingSeverity.Error, Message = "", Expected = expected, Actual = actual, Difference = actual - expected,
            Refs = [new FindingRef { Page = page }],
        };

        Assert.True(KnownInconsistencies.Matches(row, Flagged(0m, 64840547m)));
        Assert.True(KnownInconsistencies.Matches(row, Flagged(79189400.34m, 14348853.34m)));
        Assert.False(KnownInconsistencies.Matches(row, Flagged(79189400.34m, 14348853.35m)));
        Assert.False(KnownInconsistencies.Matches(row, Flagged(0m, 64840547m, "cross.table")));
        Assert.False(KnownInconsistencies.Matches(row, Flagged(0m, 64840547m, page: 12)));
        // A rate matches as printed only: another rate of the page 0.01 off is another misprint.
        var rate = new KnownInconsistencies.Row("a.pdf", 29, "narrative.change", "2210202", "64.07", "64.06", "%", "");
        Assert.True(KnownInconsistencies.Matches(rate, Flagged(64.06m, 64.07m, "narrative.change", 29)));
        Assert.False(KnownInconsistencies.Matches(rate, Flagged(10.16m, 10.15m, "narrative.change", 29)));
        Assert.Equal(23710000m, new KnownInconsistencies.Row("a.pdf", 1, "narrative.table", "", "2371", "2370", "万元", "").Value);
    }

    [Fact]
    public void Finds_a_misprinted_code_by_a_warning_on_its_page_quoting_it_as_printed()
    {
        var row = new KnownInconsistencies.Row("a.pdf", 9, RuleIds.SubjectCode, "2101102", "7 11 02", "2101102", "-", "");
        Finding Warned(string printed, int page) => new()
        {
            Rule = RuleIds.SubjectCode, Severity = FindingSeverity.Warning, Refs = [new FindingRef { Page = page }],
            Message = $"事业单位医疗 coded {printed} in t3 (p{page}), where its place under the rows above reads 2101102: the code misprinted",
        };
        Dictionary<string, IReadOnlyList<Finding>> Findings(params Finding[] findings) => new() { ["a.pdf"] = findings };

        Assert.True(row.Scored);
        Assert.Equal([row], KnownInconsistencies.Evaluate([row], Findings(Warned("7 11 02", 9))).Found);
        Assert.Empty(KnownInconsistencies.Evaluate([row], Findings(Warned("7 11 02", 11))).Found);
        Assert.Empty(KnownInconsistencies.Evaluate([row], Findings(Warned("210 11 2", 9))).Found);
    }
}
