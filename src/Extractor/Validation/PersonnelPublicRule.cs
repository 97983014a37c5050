using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// <c>sum.personnel_public</c>: the narrative's 人员经费 equals 工资福利支出 (301) + 对个人和家庭的补助 (303), and
/// its 公用经费 equals 商品和服务支出 (302) + 资本性支出 (310), as the basic-expenditure table by economic class
/// lists them; within the rounding of the figures as printed (the coarser of narrative and table). Not a pair of them splitting the
/// basic expenditure of all funds the narrative states, where the general budget's is another (round HQ's hospital: 基本支出56293.95万元
/// …包括人员经费33567.55万元和公用经费22726.40万元, the general budget's basic expenditure 3093.95): no table here prints that split.
/// </summary>
public sealed class PersonnelPublicRule : IConsistencyRule
{
    public string Id => RuleIds.PersonnelPublic;

    /// <summary>The economic classes of 人员经费 (declared before the sums that use it: static fields are set in order).</summary>
    internal static readonly string[] PersonnelClasses = ["301", "303"];

    private static readonly (string Fact, string[] Classes, string Measure)[] Sums =
    [
        (FactKeys.ExpenditurePersonnel, PersonnelClasses, Measures.BasicPersonnel),
        (FactKeys.ExpenditurePublicFunds, ["302", "310"], Measures.BasicPublicFunds),
    ];

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        var lines = document.LineItems
            .Where(i => i.TableType == TableTypes.GeneralBudgetBasicByEconomic && i.Dimension == Dimensions.Economic && i.Code?.Length == 3)
            .GroupBy(i => i.Code!).ToDictionary(g => g.Key, g => g.ToList());
        // The class's first mapped column printing a figure: one left of it that fits no measure (上年预算数 in Tibet's) is
        // another year's, and a blank one a cell the page left empty or OCR lost (round BD's Hunan scan: 302's 合计 and 人员经费
        // lost, its 公用经费 read).
        var classes = lines.ToDictionary(l => l.Key, l => l.Value.Where(i => !Measures.IsOther(i.Measure) && i.IsPrinted).MinBy(i => i.Col)
            ?? l.Value.Where(i => !Measures.IsOther(i.Measure)).MinBy(i => i.Col) ?? l.Value.MinBy(i => i.Col)!);
        var ofAllFunds = SplitsOfAllFunds(document, classes.Values.Sum(c => c.Amount));
        foreach (var (key, codes, measure) in Sums)
        {
            // A class the table does not list is spent nothing; with no class at all the table is not there.
            var parts = codes.Where(classes.ContainsKey).Select(c => classes[c]).ToList();
            if (parts.Count == 0) continue;
            // The classes' cells under the figure's own column (人员经费 beside 合计), where the table prints one: a narrative
            // agreeing with them is right, and a class total printed apart from its own cells is the table's misprint, which the
            // table's sums report (round BR's Yunnan: 301's 合计 misprinted, its 人员经费 cell and the narrative right).
            var ownColumn = codes.Where(lines.ContainsKey).Select(c => lines[c].FirstOrDefault(i => i.Measure == measure && i.IsPrinted))
                .OfType<LineItem>().ToList();
            // Each statement of the figure (a document may restate it on a later page), once.
            // Not one stated as a part of the department's expenditure of all funds (Zhejiang's 人员类 and 运转类, round KD), which the general
            // budget's table does not split.
            foreach (var fact in document.Facts.Where(f => f.Key == key && !ofAllFunds.Contains(f) && f.ShareOf != FactKeys.ExpenditureTotal).DistinctBy(f => (f.Value, f.Page)))
            {
                decimal expected = parts.Sum(p => p.Amount);
                if (fact.Value == expected) continue;
                decimal tolerance = parts.Count * Math.Max(FactPrecision.HalfLastDigitInYuan(fact), SumCheck.HalfLastDigitInYuan(parts));
                if (ownColumn.Count == parts.Count && Math.Abs(fact.Value - ownColumn.Sum(p => p.Amount)) <= tolerance) continue;
                yield return SumCheck.Graded(Id, $"narrative {key} != {string.Join(" + ", codes)}", expected, fact.Value, tolerance,
                    [SumCheck.Ref(fact), .. parts.Select(SumCheck.Ref)]);
            }
        }
    }

    /// <summary>
    /// The 人员经费 and 公用经费 stated on one page that add up to a stated basic expenditure of all funds (<see cref="FactKeys.ExpenditureBasic"/>)
    /// other than the general budget's, whose classes add up to <paramref name="generalBudgetBasic"/>: that split is of all funds.
    /// </summary>
    private static HashSet<Fact> SplitsOfAllFunds(ExtractedDocument document, decimal generalBudgetBasic)
    {
        var split = new HashSet<Fact>();
        foreach (var basic in document.Facts.Where(f => f.Key == FactKeys.ExpenditureBasic))
        {
            decimal rounding = 2 * FactPrecision.HalfLastDigitInYuan(basic);
            if (Math.Abs(basic.Value - generalBudgetBasic) <= rounding) continue;
            foreach (var personnel in document.Facts.Where(f => f.Key == FactKeys.ExpenditurePersonnel && f.Page == basic.Page))
                foreach (var publicFunds in document.Facts.Where(f => f.Key == FactKeys.ExpenditurePublicFunds && f.Page == basic.Page
                             && Math.Abs(personnel.Value + f.Value - basic.Value) <= rounding))
                    split.UnionWith([personnel, publicFunds]);
        }
        return split;
    }
}
