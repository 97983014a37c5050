using Extractor.Model;
using Extractor.Validation;

namespace Extractor.Pipeline;

/// <summary>
/// A batch's units' own publications (单位预算/单位决算) paired with their departments' publications, which list each unit
/// as a row (<see cref="UnitPublicationRule"/>). Each document read in the run is kept as its few unit rows and totals
/// (<see cref="UnitFigures"/>); once the batch is read, each unit's publication is paired with the one department
/// publication of its year and phase that names it on a row, one in its own folder first where several do.
/// </summary>
public sealed class UnitPublications
{
    private readonly List<UnitFigures> read = [];

    /// <summary>Keeps what a document read in this run prints of its units.</summary>
    public void Add(ExtractedDocument document)
    {
        if (UnitFigures.Of(document) is { } figures && figures.Lines.Count > 0) read.Add(figures);
    }

    /// <summary>Each unit's own publication (its file) with its department's figures.</summary>
    public IEnumerable<(string UnitFile, UnitFigures Department)> Pairs()
    {
        var departments = read.Where(d => d.ListsUnits).ToList();
        foreach (var unit in read.Where(u => !u.ListsUnits))
        {
            var named = departments.Where(d => d.File != unit.File && d.FiscalYear == unit.FiscalYear && d.Phase == unit.Phase
                && d.Units.Count(entity => d.Names(entity, unit)) == 1).ToList();
            if (named.Count > 1) named = [.. named.Where(d => Path.GetDirectoryName(d.File) == Path.GetDirectoryName(unit.File))];
            if (named.Count == 1) yield return (unit.File, named[0]);
        }
    }
}
