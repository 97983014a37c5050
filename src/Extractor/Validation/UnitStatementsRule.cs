using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// <c>narrative.table</c> for the department's units: a figure a paragraph on one unit states (a fact scoped to a unit that prints
/// no tables of its own, <see cref="ExtractedDocument.WithStatementsOfUnits"/>) against that unit's row in the department's tables —
/// the table by unit (部门所属单位收支预算表, round FB), else the income or expenditure table's unit row (rounds EH, EZ; coded or not, JD). The unit's row
/// is the one named as the paragraph names it, or ending with that name (水利工程管理站 for 安顺市平坝区水利工程管理站); a name
/// two rows answer to names none. The change a unit's paragraph states of its total is held to the figures it states
/// (<c>narrative.change</c>), as the department's are, without the department's tables; its share of the department's total
/// (<c>narrative.share</c>) to the department's total its tables print.
/// </summary>
public sealed class UnitStatementsRule : IConsistencyRule
{
    public string Id => RuleIds.NarrativeTable;

    public IReadOnlyList<string> Emits => [RuleIds.NarrativeTable, RuleIds.NarrativeChange, RuleIds.NarrativeShare];

    /// <summary>The fewest characters of a unit's name for a paragraph and a row to be taken for the same unit by its end.</summary>
    private const int ShortestUnitName = 4;

    /// <summary>Where a unit's figure is printed: each table with the measure holding it there, the table by unit first.</summary>
    private static IEnumerable<(string TableType, string Measure)> PrintedIn(string factKey) => factKey switch
    {
        FactKeys.IncomeTotal => [(TableTypes.IncomeExpenditureByUnit, Measures.IncomeTotal), (TableTypes.IncomeSummary, Measures.Total)],
        FactKeys.ExpenditureTotal => [(TableTypes.IncomeExpenditureByUnit, Measures.ExpenditureTotal), (TableTypes.ExpenditureSummary, Measures.Total)],
        FactKeys.ExpenditureBasic => [(TableTypes.IncomeExpenditureByUnit, Measures.BasicTotal), (TableTypes.ExpenditureSummary, Measures.BasicTotal)],
        FactKeys.ExpenditureProject => [(TableTypes.IncomeExpenditureByUnit, Measures.ProjectTotal), (TableTypes.ExpenditureSummary, Measures.ProjectTotal)],
        // The income's parts: fact keys named as the income columns are.
        _ => [(TableTypes.IncomeExpenditureByUnit, factKey), (TableTypes.IncomeSummary, factKey)],
    };

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        // A unit printing its own tables states its figures to them (NarrativeTableRule, on the unit's set).
        var sets = document.UnitScopes;
        foreach (var fact in document.Facts.Where(f => f.Scope is { } unit && !sets.Contains(unit)).DistinctBy(f => (f.Scope, f.Key, f.Value)))
        {
            if (UnitLine(document, fact) is not { } line) continue;
            decimal digit = FactPrecision.LastDigitInYuan(fact);
            if (FactPrecision.AgreesWithLine(line, fact.Value, digit)) continue;
            yield return SumCheck.Graded(Id, $"narrative {fact.Key} of unit {fact.Scope} vs table", line.Amount, fact.Value,
                FactPrecision.LineTolerance(line, digit), [SumCheck.Ref(fact), SumCheck.Ref(line)]);
        }
        var statements = document with { Facts = [.. document.Facts.Where(f => f.Scope is { } unit && !sets.Contains(unit) && f.Change is not null)], Tables = [], LineItems = [] };
        foreach (var finding in new NarrativeChangeRule().Check(statements).Where(f => f.Rule == RuleIds.NarrativeChange)) yield return finding;
        // A unit's share of the department's total (round KG's Henan: "按单位分：局机关1091.99万元，占8.38%" of 14,794.28): held to the
        // department's total as its tables print it.
        var shares = document with { Facts = [.. document.Facts.Where(f => f.Scope is { } unit && !sets.Contains(unit) && f.SharePct is not null)] };
        foreach (var finding in new NarrativeShareRule().Check(shares)) yield return finding;
    }

    /// <summary>The unit's row holding the figure, in the first table printing it; null where none does, or two rows answer to the name.</summary>
    private static LineItem? UnitLine(ExtractedDocument document, Fact fact)
    {
        string unit = Bare(fact.Scope!);
        string? department = document.Department is { } named ? Bare(named.Name) : null;
        foreach (var (tableType, measure) in PrintedIn(fact.Key))
        {
            // The department's own row (163 吉林省水利厅 over its units) is no unit's. A unit's row may print no code, its name over its
            // block's classes (round JD's Yunnan: 弥勒市疾病预防控制中心 in the income table after the department's 合计).
            var rows = document.LineItems.Where(i => i.TableType == tableType && (i.Dimension == Dimensions.Unit || i.Code is null && LineLabels.UnitName().IsMatch(LineLabels.Bare(i.Name))) && i.Measure == measure && i.IsPrinted
                && Names(Bare(i.Name), unit) && Bare(i.Name) != department).ToList();
            if (rows.Count == 0) continue;
            return rows.Select(r => r.Amount).Distinct().Count() == 1 ? rows[0] : null;
        }
        return null;
    }

    private static bool Names(string row, string stated) =>
        row == stated || Math.Min(row.Length, stated.Length) >= ShortestUnitName && (row.EndsWith(stated, StringComparison.Ordinal) || stated.EndsWith(row, StringComparison.Ordinal));

    /// <summary>A unit's name as rows and paragraphs are matched: no spaces, full-width brackets as ASCII.</summary>
    private static string Bare(string name) => LineLabels.Bare(name).Replace('（', '(').Replace('）', ')');
}
