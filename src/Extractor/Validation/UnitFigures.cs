using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// What a publication prints of its budget units: each unit's row of a summary table by unit (收入总表, 支出总表, a 三公
/// table listing 315001 局机关 / 315002 某卫生院), each table's 合计, and the projects of its project table. A department's
/// publication lists its units so; a unit's own publication (单位预算/单位决算) prints its own row or only the 合计. Kept for
/// every document of a batch (a few lines each) so a unit's own publication can be held to its department's row of it
/// (<see cref="UnitPublicationRule"/>).
/// </summary>
public sealed record UnitFigures(
    string File, string Name, RegionInfo? Region, int FiscalYear, BudgetPhase Phase, IReadOnlyList<LineItem> Lines, IReadOnlySet<UnitFigures.Place> Blamed)
{
    /// <summary>A cell of the document as a finding's reference names it.</summary>
    public readonly record struct Place(string? TableId, int? Page, string? RowLabel, string? Measure);

    /// <summary>A unit's name as its own publication and its department's rows print it: at least this long when one ends the other.</summary>
    public const int MinShortName = 4;

    /// <summary>The figures of a read document; null for one failed or whose department, year or phase is not read.</summary>
    public static UnitFigures? Of(ExtractedDocument document)
    {
        if (document.Failed || document.Department is null || document.FiscalYear is not { } year || document.Phase is not { } phase) return null;
        // A unit's own set of tables inside its department's document (Table.Scope) is the unit's, not the department's rows.
        var scoped = document.Tables.Where(t => t.Scope is not null).Select(t => t.Id).ToHashSet();
        var lines = document.LineItems.Where(i => i.IsPrinted && !scoped.Contains(i.TableId) && (IsUnitRow(i) || IsTotal(i) || IsProject(i))).ToList();
        var blamed = document.Findings.Where(f => f.Severity is FindingSeverity.Error or FindingSeverity.Warning)
            .Select(f => f.Refs.FirstOrDefault()).OfType<FindingRef>().Where(r => r.File is null && r.TableId is not null).Select(PlaceOf).ToHashSet();
        return new UnitFigures(document.Source.Named, document.Department.Name, document.Region, year, phase, lines, blamed);
    }

    /// <summary>The units the document's tables print rows of.</summary>
    public IReadOnlyList<string> Units { get; } = [.. Lines.Where(IsUnitRow).Select(i => i.EntityName!).Distinct()];

    /// <summary>A department's publication listing its units, one row each.</summary>
    public bool ListsUnits => Units.Count > 1;

    /// <summary>
    /// Whether a unit's own publication is this one's unit named <paramref name="entity"/> on a row: the same body's name
    /// (<see cref="DocumentFieldWording.SameBodyKey"/>), or one ending the other (哑柏镇中心卫生院 in its department's rows,
    /// 周至县哑柏镇中心卫生院 on its own cover), in no other region.
    /// </summary>
    public bool Names(string entity, UnitFigures unit)
    {
        if (!SameRegion(Region, unit.Region)) return false;
        string a = DocumentFieldWording.SameBodyKey(entity), b = unit.Key;
        if (a == b) return true;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        // A short name (中心小学) ends many: it names this unit only beside it or in a region both read alike.
        return shorter.Length >= MinShortName && longer.EndsWith(shorter, StringComparison.Ordinal)
            && (Path.GetDirectoryName(File) == Path.GetDirectoryName(unit.File) || SharedPlace(Region, unit.Region));
    }

    /// <summary>The publication's own name as one body's every printing of it reads (<see cref="DocumentFieldWording.SameBodyKey"/>).</summary>
    public string Key { get; } = DocumentFieldWording.SameBodyKey(Name);

    private static bool SharedPlace(RegionInfo? a, RegionInfo? b) =>
        a is not null && b is not null && (a.District is not null && a.District == b.District || a.District is null && b.District is null && a.City is not null && a.City == b.City);

    private static bool SameRegion(RegionInfo? a, RegionInfo? b) =>
        a is null || b is null || (Agree(a.Province, b.Province) && Agree(a.City, b.City) && Agree(a.District, b.District));

    private static bool Agree(string? a, string? b) => a is null || b is null || a == b;

    /// <summary>
    /// Whether the cell is the one a finding of its own document flags (it breaks a sum there already); a cell a finding only reads
    /// beside the flagged one is no misprint of it.
    /// </summary>
    public bool IsBlamed(LineItem line) => Blamed.Contains(new Place(line.TableId, line.Page, line.Name, line.Measure));

    private static Place PlaceOf(FindingRef where) => new(where.TableId, where.Page, where.RowLabel, where.Measure);

    /// <summary>A unit's own row: its name and code on a table by unit, not a function code of one of its blocks.</summary>
    internal static bool IsUnitRow(LineItem line) =>
        line.Dimension == Dimensions.Unit && line.EntityName is not null && (line.Code is null || line.Code == line.EntityCode);

    /// <summary>A project of the project table: a unit's own publication lists its projects as its department's lists them.</summary>
    internal static bool IsProject(LineItem line) => line.TableType == TableTypes.ProjectExpenditure && line.Dimension == Dimensions.Project;

    private static bool IsTotal(LineItem line) => line.Dimension == Dimensions.Summary && LineLabels.Total().Names(line);
}
