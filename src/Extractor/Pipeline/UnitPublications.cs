using Extractor.Model;
using Extractor.Validation;
using Extractor.Wording;

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
        // The departments by the last characters of each unit they list, which a unit's own name ends with too (哑柏镇中心卫生院 on a row,
        // 周至县哑柏镇中心卫生院 on its cover): a batch of thousands of documents holds each unit's publication to the few departments that
        // may name it, not to every department.
        const int ending = UnitFigures.MinShortName;
        var byEnding = read.Where(d => d.ListsUnits)
            .SelectMany(d => d.Units.Select(entity => (Department: d, Key: DocumentFieldWording.SameBodyKey(entity))))
            .Where(e => e.Key.Length >= ending)
            .ToLookup(e => (e.Key[^ending..], e.Department.FiscalYear, e.Department.Phase), e => e.Department);
        foreach (var unit in read.Where(u => !u.ListsUnits))
        {
            string key = unit.Key;
            if (key.Length < ending) continue;
            var named = byEnding[(key[^ending..], unit.FiscalYear, unit.Phase)].Distinct()
                .Where(d => d.File != unit.File && d.Units.Count(entity => d.Names(entity, unit)) == 1).ToList();
            if (named.Count > 1) named = [.. named.Where(d => Path.GetDirectoryName(d.File) == Path.GetDirectoryName(unit.File))];
            if (named.Count == 1) yield return (unit.File, named[0]);
        }
    }
}
