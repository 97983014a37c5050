using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// <c>cross.unit_publication</c>: a unit's own publication (单位预算/单位决算) against its department's, which prints the
/// unit as one row of its tables by unit (收入总表, 支出总表, 三公 by unit). Each publication may add up within itself and
/// still print the unit's figure two ways; only a batch holding both sees it. The unit's figure is its own row, else its
/// table's 合计; a cell its own document already blames (it breaks a sum there) is left to that finding. Which of the two
/// is misprinted neither file says, so the message names both. The finding goes on the unit's document. Run by the batch
/// with the department's figures (<see cref="UnitFigures"/>); in the validator's registry it has none and finds nothing.
/// </summary>
public sealed class UnitPublicationRule(UnitFigures? department = null) : IConsistencyRule
{
    public string Id => RuleIds.UnitPublication;

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        if (department is null || UnitFigures.Of(document) is not { ListsUnits: false } unit) yield break;
        if (unit.FiscalYear != department.FiscalYear || unit.Phase != department.Phase) yield break;
        var rows = department.Lines.Where(l => UnitFigures.IsUnitRow(l) && department.Names(l.EntityName!, unit)).ToList();
        // Two of the department's units both named like this one: which is it is not known.
        if (rows.Select(r => r.EntityName).Distinct().Count() != 1) yield break;
        foreach (var row in rows)
        {
            var own = unit.Lines.Where(l => l.TableType == row.TableType && l.Measure == row.Measure)
                .OrderByDescending(UnitFigures.IsUnitRow).FirstOrDefault();
            if (own is null || own.Amount == row.Amount || unit.IsBlamed(own) || department.IsBlamed(row)) continue;
            decimal tolerance = Math.Max(SumCheck.HalfLastDigitInYuan([own]), SumCheck.HalfLastDigitInYuan([row]));
            // Rounding to two printings is no disagreement worth a line in a batch's findings.
            if (Math.Abs(own.Amount - row.Amount) <= tolerance) continue;
            var refs = new[] { SumCheck.Ref(own), SumCheck.Ref(row with { PrintedIn = department.File }) };
            var finding = SumCheck.Graded(Id, $"{own.TableType} {own.Measure}: the unit's own publication prints {own.Amount}, its department's {department.File} prints {row.Amount} on the unit's row",
                row.Amount, own.Amount, tolerance, refs);
            yield return finding with { MessageZh = ChineseMessage.PrintedInTwoPublications(Id, refs[0], refs[1]) };
        }
    }
}
