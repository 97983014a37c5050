using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// <c>cross.unit_publication</c>: a unit's own publication (单位预算/单位决算) against its department's, which prints the
/// unit as one row of its tables by unit (收入总表, 支出总表, 三公 by unit) and may list its projects. Each publication may add
/// up within itself and still print the unit's figure two ways; only a batch holding both sees it. The unit's figure is its own
/// row, else its table's 合计; a project is held to the department's project of its name (round LH's Beijing: a project printed
/// 960.00 in the unit's every table, 900.00 in the department's). A cell its own document already flags (it breaks a sum there)
/// is left to that finding. Which of the two is misprinted neither file says, so the message names both. The finding goes on the
/// unit's document. Run by the batch with the department's figures (<see cref="UnitFigures"/>); in the validator's registry it
/// has none and finds nothing.
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
            // Its one row in a table of that type and column, else its one 合计 there: two tables of a type leave it unknown.
            var candidates = unit.Lines.Where(l => l.TableType == row.TableType && l.Measure == row.Measure && !UnitFigures.IsProject(l)).ToList();
            var own = candidates.Where(UnitFigures.IsUnitRow).ToList() is { Count: > 0 } unitRows ? unitRows : candidates;
            if (own is [var figure] && Apart(unit, figure, row) is { } finding) yield return finding;
        }
        // Each project both project tables list once under one name (the department's under this unit where it names units).
        var departmentProjects = department.Lines.Where(l => UnitFigures.IsProject(l) && (l.EntityName is null || department.Names(l.EntityName, unit)))
            .GroupBy(l => (Name: LineLabels.Bare(l.Name), l.Measure)).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single());
        foreach (var project in unit.Lines.Where(UnitFigures.IsProject).GroupBy(l => (Name: LineLabels.Bare(l.Name), l.Measure)).Where(g => g.Count() == 1).Select(g => g.Single()))
            if (departmentProjects.TryGetValue((LineLabels.Bare(project.Name), project.Measure), out var listed) && Apart(unit, project, listed) is { } finding)
                yield return finding;
    }

    /// <summary>
    /// The finding on the unit's figure and the department's printing of it apart, both named (the department's in its file); null
    /// where they agree at the coarser printing, or where either document already blames its cell.
    /// </summary>
    private Finding? Apart(UnitFigures unit, LineItem own, LineItem listed)
    {
        if (own.Amount == listed.Amount || unit.IsBlamed(own) || department!.IsBlamed(listed)) return null;
        decimal tolerance = Math.Max(SumCheck.HalfLastDigitInYuan([own]), SumCheck.HalfLastDigitInYuan([listed]));
        // Rounding to two printings is no disagreement worth a line in a batch's findings.
        if (Math.Abs(own.Amount - listed.Amount) <= tolerance) return null;
        var refs = new[] { SumCheck.Ref(own), SumCheck.Ref(listed with { PrintedIn = department.File }) };
        var finding = SumCheck.Graded(Id, $"{own.TableType} {own.Name} {own.Measure}: the unit's own publication prints {own.Amount}, its department's {department.File} prints {listed.Amount}",
            listed.Amount, own.Amount, tolerance, refs);
        return finding with { MessageZh = ChineseMessage.PrintedInTwoPublications(Id, refs[0], refs[1]) };
    }
}
