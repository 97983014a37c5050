using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// Which of two disagreeing tables' figures a finding names as misprinted. A rule comparing one printed figure with
/// another (a table's line with another table's, 收入总计 with 支出总计) cannot tell on its own which is wrong, and names
/// the one its rule takes for the copy. When the other figure also breaks its own table's arithmetic (a class that is not
/// the sum of its 款, a 三公 total that is not its parts, a 合计 that is not its rows) and the named one breaks none, the
/// other is the misprint: the finding is told the other way round. A narrative figure compared with its table line keeps
/// the contract of <c>narrative.table</c>: the narrative's figure is the one flagged, the table's the expected one.
/// </summary>
internal static class MisprintBlame
{
    /// <summary>Rules that compare two printed figures, either of which may be the misprint.</summary>
    private static readonly HashSet<string> Comparisons = [RuleIds.CrossTable, RuleIds.IncomeExpenditure];

    /// <summary>Rules holding a figure to the arithmetic of its own table (or statement): a figure they flag is suspect.</summary>
    private static readonly HashSet<string> Arithmetic =
    [
        RuleIds.FunctionHierarchy, RuleIds.EconomicHierarchy, RuleIds.RowComponents, RuleIds.ColumnTotal, RuleIds.Procurement,
        RuleIds.ThreePublic, RuleIds.PersonnelPublic, RuleIds.ChangeColumns,
    ];

    public static IReadOnlyList<Finding> Reassigned(IReadOnlyList<Finding> findings)
    {
        var suspect = findings.Where(f => f.Severity == FindingSeverity.Error && Arithmetic.Contains(f.Rule) && f.Refs.Count > 0)
            .Select(f => f.Refs[0]).ToHashSet();
        if (suspect.Count == 0) return findings;
        return [.. findings.Select(f => Turned(f, suspect) ?? f)];
    }

    /// <summary>The finding told of its other figure, when that one is the suspect; null to keep it as it is.</summary>
    private static Finding? Turned(Finding finding, HashSet<FindingRef> suspect)
    {
        if (finding is not { Severity: FindingSeverity.Error, Figures: FindingFigures.Amounts, Expected: { } expected, Actual: { } actual, Tolerance: { } tolerance, Refs: [var named, var other] }
            || !Comparisons.Contains(finding.Rule) || !suspect.Contains(other) || suspect.Contains(named)) return null;
        // Only a finding told the standard way (印为…，按…应为…) is told again; one with a wording of its own stays.
        if (finding.MessageZh != ChineseMessage.For(finding.Rule, expected, actual, tolerance, finding.Refs, FindingFigures.Amounts)) return null;
        FindingRef[] refs = [other, named];
        return finding with
        {
            Expected = actual, Actual = expected, Difference = expected - actual, Refs = refs,
            MessageZh = ChineseMessage.For(finding.Rule, actual, expected, tolerance, refs, FindingFigures.Amounts),
        };
    }
}
