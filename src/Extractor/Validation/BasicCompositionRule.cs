using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// <c>sum.personnel_public</c> in the narrative alone: the 人员经费 and 公用经费 it states add up to the basic expenditure
/// they break down ("一般公共预算基本支出811000.39元，其中：人员经费709961.19元…公用经费71339.2元" does not). Which basic
/// figure they break down is not marked (a Jiangsu text states both all funds' and the general budget's), so the sum
/// must agree with one of the basic figures stated, within half a unit of each printed figure's last digit.
/// </summary>
public sealed class BasicCompositionRule : IConsistencyRule
{
    public string Id => RuleIds.PersonnelPublic;

    private static readonly string[] Wholes = [FactKeys.GeneralBudgetBasic, FactKeys.ExpenditureBasic];

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        if (document.Facts.FirstOrDefault(f => f.Key == FactKeys.ExpenditurePersonnel) is not { } personnel
            || document.Facts.FirstOrDefault(f => f.Key == FactKeys.ExpenditurePublicFunds) is not { } publicFunds) yield break;
        // Parts stated of the department's expenditure of all funds (Zhejiang's 人员类 and 运转类, round KD) break down its basic expenditure
        // of all funds, not the general budget's.
        var wholes = document.Facts.Where(f => Wholes.Contains(f.Key) && f.Execution is null
            && (personnel.ShareOf != FactKeys.ExpenditureTotal || f.Key == FactKeys.ExpenditureBasic)).ToList();
        if (wholes.Count == 0) yield break;
        decimal sum = personnel.Value + publicFunds.Value;
        decimal partsRounding = FactPrecision.HalfLastDigitInYuan(personnel) + FactPrecision.HalfLastDigitInYuan(publicFunds);
        if (wholes.Any(w => Math.Abs(w.Value - sum) <= partsRounding + FactPrecision.HalfLastDigitInYuan(w))) yield break;
        // The general budget's basic expenditure where stated: the statement the two parts follow in most templates.
        var whole = wholes.FirstOrDefault(w => w.Key == FactKeys.GeneralBudgetBasic) ?? wholes[0];
        yield return SumCheck.Graded(Id, $"narrative {whole.Key} != personnel + public funds", sum, whole.Value,
            partsRounding + FactPrecision.HalfLastDigitInYuan(whole), [SumCheck.Ref(whole), SumCheck.Ref(personnel), SumCheck.Ref(publicFunds)]);
    }
}
