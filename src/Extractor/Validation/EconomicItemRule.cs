using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// <c>narrative.table</c> for the economic classes the narrative states of the general budget's basic expenditure
/// (<see cref="FactKeys.EconomicItem"/>: 工资福利支出…，占基本支出预算81.25%): each equals the class's line in the
/// general budget's basic-expenditure table, at the narrative's printed precision (rounded or cut off, as
/// <see cref="FunctionItemRule.Restates"/>). Classes of project expenditure, or of all funds' basic expenditure,
/// have no table of their own to compare with. Classes and their 款 stated item by item with their level marks
/// (Jiangsu: "1、工资福利支出（类）2,097.51万元 （1）基本工资（款）支出737.94万元", under a heading naming the table they
/// explain: 财政拨款基本支出, 一般公共预算基本支出, 机关运行经费) are held to the economic tables that print their code, where
/// they all print it alike; a project listing by class, or 机关运行经费 beside basic expenditure, prints a code apart and
/// leaves it unchecked.
/// </summary>
public sealed class EconomicItemRule : IConsistencyRule
{
    public string Id => RuleIds.NarrativeTable;

    /// <summary>The class line's columns: the whole line as the table prints it.</summary>
    private static readonly string[] Columns = [Measures.Total, Measures.Amount, Measures.BasicTotal];

    public IEnumerable<Finding> Check(ExtractedDocument document) => Shares(document).Concat(Items(document));

    private static bool IsWhole(LineItem line) => Array.IndexOf(Columns, line.Measure) >= 0;

    /// <summary>A basic line's part (人员经费, 公用经费): beside the whole, no other figure of the class than the whole's share.</summary>
    private static bool IsBasicPart(LineItem line) => line.Measure is Measures.BasicPersonnel or Measures.BasicPublicFunds;

    private static IEnumerable<Finding> Items(ExtractedDocument document)
    {
        var tableOrder = document.Tables.Select(t => t.Id).ToList();
        foreach (var fact in document.Facts.Where(f => f.Key == FactKeys.EconomicItem && f.Code is not null && f.Name?.Contains('（') == true))
        {
            var lines = document.LineItems.Where(i => i.Dimension is Dimensions.Economic or Dimensions.GovEconomic && i.Code == fact.Code && i.IsPrinted).ToList();
            // The whole line where its table prints it beside its basic parts only (505 对事业单位经常性补助 合计 | 人员经费 | 公用经费, round
            // GN's Shenzhen); a two-sided table's line, printed under its side's column alone, as it is; one beside a project part (合计 |
            // 公用经费 | 项目支出) prints the class apart.
            lines = [.. lines.GroupBy(i => i.TableId).SelectMany(table => table.Any(IsWhole) && table.Where(l => !IsWhole(l)).All(IsBasicPart) ? table.Where(IsWhole) : table)];
            // Tables printing the code apart (办公费 of basic expenditure, and of 机关运行经费 with projects' share) leave the
            // item's section to say which it explains: it is not checked.
            if (lines.Select(i => i.Amount).Distinct().Count() != 1
                || FactPrecision.Restates(lines[0], fact.Value, FactPrecision.LastDigitInYuan(fact))) continue;
            var first = lines.MinBy(i => (tableOrder.IndexOf(i.TableId), i.Row, i.Col))!;
            yield return SumCheck.Graded(RuleIds.NarrativeTable, $"narrative {SumCheck.Named(fact)} {fact.Name} vs table", first.Amount, fact.Value, tolerance: 0,
                [SumCheck.Ref(fact), SumCheck.Ref(first)]);
        }
    }

    private IEnumerable<Finding> Shares(ExtractedDocument document)
    {
        foreach (var fact in document.Facts.Where(f => f.Key == FactKeys.EconomicItem && f.ShareOf == FactKeys.GeneralBudgetBasic && f.Code is not null))
        {
            var line = document.LineItems
                .Where(i => i.TableType == TableTypes.GeneralBudgetBasicByEconomic && i.Code == fact.Code && Array.IndexOf(Columns, i.Measure) >= 0 && i.IsPrinted)
                .MinBy(i => (Array.IndexOf(Columns, i.Measure), i.TableId, i.Row));
            if (line is null || FactPrecision.Restates(line, fact.Value, FactPrecision.LastDigitInYuan(fact))) continue;
            yield return SumCheck.Graded(Id, $"narrative {SumCheck.Named(fact)} {fact.Name} vs table", line.Amount, fact.Value, tolerance: 0,
                [SumCheck.Ref(fact), SumCheck.Ref(line)]);
        }
    }
}
