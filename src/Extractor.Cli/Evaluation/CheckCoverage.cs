using System.Text;
using Extractor.Model;
using Extractor.Validation;

namespace Extractor.Cli.Evaluation;

/// <summary>One figure a narrative statement holds: its value, its stated change, share, budget or rate.</summary>
public sealed record StatedFigure(string Key, string Part, int Page, string Quote);

/// <summary>How many of a document's stated figures a rule would flag if they were printed otherwise.</summary>
public sealed record DocumentChecks(string Document, int Figures, IReadOnlyList<StatedFigure> Unchecked);

/// <summary>
/// <c>extractor eval checks</c>: every figure the narrative reader took in is printed otherwise, one at a time, in
/// memory (an amount a tenth larger, a rate 3.7 points higher), and the document validated again: a figure whose
/// change alters no finding is one no rule compares with anything, so a misprint of it would pass unseen. Needs no
/// truth; it shows which statements a publication's reviewer would check that the rules do not. Rate-only
/// statements against figures the document never prints (last year's) are listed too: a reviewer reads the list.
/// </summary>
public static class CheckCoverage
{
    /// <summary>The wording rules read the text, not the figures: left out so each variant validates quickly.</summary>
    internal static readonly ValidationOptions FiguresOnly = new()
    {
        DisabledRules = RuleCatalogue.All.Where(r => RuleCatalogue.IsWording(r.Id)).Select(r => r.Id).ToHashSet(),
    };

    public static DocumentChecks Of(string name, ExtractedDocument document)
    {
        var baseline = Signature(DocumentValidator.Validate(document, FiguresOnly));
        var missed = new List<StatedFigure>();
        int figures = 0;
        for (int i = 0; i < document.Facts.Count; i++)
        {
            var fact = document.Facts[i];
            foreach (var (part, misprinted) in Misprints(fact))
            {
                figures++;
                var facts = document.Facts.ToArray();
                facts[i] = misprinted;
                var findings = Signature(DocumentValidator.Validate(document with { Facts = facts }, FiguresOnly));
                if (findings.SetEquals(baseline))
                    missed.Add(new StatedFigure(fact.Key, part, fact.Page, fact.Quote));
            }
        }
        return new DocumentChecks(name, figures, missed);
    }

    /// <summary>
    /// The statement with one of its figures printed otherwise, for each figure it states. A change stated as 持平
    /// prints no figure of its own.
    /// </summary>
    public static IEnumerable<(string Part, Fact Misprinted)> Misprints(Fact fact)
    {
        decimal Amiss(decimal amount) => MisprintedAmount(amount, fact.PrintedUnit ?? 1m);
        yield return ("value", fact with { Value = Amiss(fact.Value) });
        if (fact.Change is { Direction: not "flat" } change)
        {
            if (change.Amount is { } amount) yield return ("change", fact with { Change = change with { Amount = Amiss(amount) } });
            if (change.Pct is { } pct) yield return ("change rate", fact with { Change = change with { Pct = pct + RateShift } });
        }
        if (fact.SharePct is { } share) yield return ("share", fact with { SharePct = share + RateShift });
        if (fact.Planned is { } planned) yield return ("planned", fact with { Planned = Amiss(planned) });
        if (fact.Prior is { } prior) yield return ("prior year", fact with { Prior = prior with { Amount = Amiss(prior.Amount) } });
        if (fact.Execution is { } execution)
        {
            if (execution.Budget is { } budget) yield return ("budget", fact with { Execution = execution with { Budget = Amiss(budget) } });
            if (execution.CompletionPct is { } rate) yield return ("completion rate", fact with { Execution = execution with { CompletionPct = rate + RateShift } });
            // "比预算增加0万元" states the two equal: the zero is the comparison, not a figure of its own.
            if (execution is { Difference: { } difference, Stated: not "equal" }) yield return ("difference from the budget", fact with { Execution = execution with { Difference = Amiss(difference) } });
            if (execution.DifferencePct is { } differenceRate)
                yield return ("rate of the difference", fact with { Execution = execution with { DifferencePct = differenceRate + RateShift } });
        }
    }

    /// <summary>Far beyond any rounding: a rate printed 3.7 points off.</summary>
    private const decimal RateShift = 3.7m;

    /// <summary>
    /// An amount printed a tenth larger and 137 units of its printing more (137万元 in a narrative in 万元), so that a
    /// zero becomes a figure that matters beside the document's others.
    /// </summary>
    internal static decimal MisprintedAmount(decimal amount, decimal printedUnit) => amount * 1.1m + 137m * printedUnit;

    /// <summary>What tells findings apart: two of one rule on one page differ in their figures.</summary>
    internal static HashSet<string> Signature(IEnumerable<Finding> findings) =>
        findings.Select(f => $"{f.Rule}|{f.Severity}|{f.Message}|{f.Expected}|{f.Actual}").ToHashSet();

    public static string Report(IReadOnlyList<DocumentChecks> documents)
    {
        var text = new StringBuilder();
        int figures = documents.Sum(d => d.Figures), open = documents.Sum(d => d.Unchecked.Count);
        text.AppendLine("| documents | stated figures | a misprint would be flagged | unchecked |");
        text.AppendLine("|---|---|---|---|");
        text.AppendLine($"| {documents.Count} | {figures} | {figures - open} ({(figures == 0 ? 100 : 100.0 * (figures - open) / figures):0.0} %) | {open} |");
        if (open == 0) return text.ToString();
        text.AppendLine();
        text.AppendLine("| fact key | figure | unchecked |");
        text.AppendLine("|---|---|---|");
        foreach (var group in documents.SelectMany(d => d.Unchecked).GroupBy(f => (f.Key, f.Part)).OrderByDescending(g => g.Count()))
            text.AppendLine($"| {group.Key.Key} | {group.Key.Part} | {group.Count()} |");
        text.AppendLine();
        text.AppendLine("| document | page | fact key | figure | statement |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var document in documents)
            foreach (var figure in document.Unchecked)
                text.AppendLine($"| {document.Document} | {figure.Page} | {figure.Key} | {figure.Part} | {Cut(figure.Quote).Replace("|", "｜")} |");
        return text.ToString();
    }

    private static string Cut(string quote) => quote.Length <= 90 ? quote : quote[..90] + "…";
}
