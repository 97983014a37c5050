using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// <c>narrative.table</c> for the economic classes the narrative states of the general budget's basic expenditure
/// (<see cref="FactKeys.EconomicItem"/>: 工资福利支出…，占基本支出预算81.25%): each equals the class's line in the
/// general budget's basic-expenditure table, at the narrative's printed precision (rounded or cut off, as
/// <see cref="FunctionItemRule.Restates"/>). Classes of project expenditure, or of all funds' basic expenditure,
/// have no table of their own to compare with.
/// </summary>
public sealed class EconomicItemRule : IConsistencyRule
{
    public string Id => RuleIds.NarrativeTable;

    /// <summary>The class line's columns: the whole line as the table prints it.</summary>
    private static readonly string[] Columns = [Measures.Total, Measures.Amount, Measures.BasicTotal];

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        foreach (var fact in document.Facts.Where(f => f.Key == FactKeys.EconomicItem && f.ShareOf == FactKeys.GeneralBudgetBasic && f.Code is not null))
        {
            var line = document.LineItems
                .Where(i => i.TableType == TableTypes.GeneralBudgetBasicByEconomic && i.Code == fact.Code && Array.IndexOf(Columns, i.Measure) >= 0 && i.IsPrinted)
                .MinBy(i => (Array.IndexOf(Columns, i.Measure), i.TableId, i.Row));
            if (line is null || FunctionItemRule.Restates(line.Amount, fact.Value, FactPrecision.LastDigitInYuan(fact))) continue;
            yield return SumCheck.Graded(Id, $"narrative {SumCheck.Named(fact)} {fact.Name} vs table", line.Amount, fact.Value, tolerance: 0,
                [SumCheck.Ref(fact), SumCheck.Ref(line)]);
        }
    }
}
