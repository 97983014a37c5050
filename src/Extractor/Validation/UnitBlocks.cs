using Extractor.Mapping;
using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// Codes a table prints once per budget unit rather than once for the department: a consolidated budget's blocks
/// (308001 局本级 / 308002 监测中心) with no department block above them, or a code standing on two lines of one column
/// under one name with no unit named (a 单位代码 column the mapper did not read). Such a line is one unit's, not the department's
/// figure a summary's class line or the narrative states.
/// </summary>
public sealed class UnitBlocks
{
    private readonly HashSet<(string TableId, string Code)> perUnit;
    private readonly HashSet<(string TableId, string Code)> unnamed;

    /// <summary>
    /// A line's code as its subject's: a unit's block printing its line under a misprinted code (round FT's Anhui: 初中教育
    /// 2050201 in one school's block, 2050203 in the others') is still one of the code's blocks.
    /// </summary>
    private readonly Func<LineItem, string?> usual;

    public UnitBlocks(IEnumerable<LineItem> items)
    {
        var lines = items as IReadOnlyList<LineItem> ?? [.. items];
        usual = SubjectCodes.Misprinted(lines);
        var coded = lines.Where(i => i.Dimension == Dimensions.Function && i.Code is not null).GroupBy(i => (i.TableId, Code: SubjectCode(i))).ToList();
        // Units repeat a code under its one name; a code on two lines under two names is one of them misprinted (round EO's Guangdong:
        // 耕地建设与利用 printed 2130135, the code of 农业资源保护修复与利用 two rows above).
        unnamed = coded.Where(g => g.Where(i => i.EntityCode is null).GroupBy(i => i.Measure)
                .Any(m => m.GroupBy(SubjectCodes.NameOf).Any(name => name.Count() > 1)))
            .Select(g => g.Key).ToHashSet();
        perUnit = coded.Where(g => g.All(i => i.EntityCode is not null) && g.Select(i => i.EntityCode).Distinct().Count() > 1)
            .Select(g => g.Key).Concat(unnamed).ToHashSet();
    }

    /// <summary>Whether the line is one unit's figure of a code its table prints per unit (named or not).</summary>
    public bool PerUnit(LineItem item) => item.Code is not null && perUnit.Contains((item.TableId, SubjectCode(item)));

    /// <summary>Whether the line is one of a code's lines printed per unit with no unit named, which no unit code can pair.</summary>
    public bool PerUnnamedUnit(LineItem item) => item.Code is not null && unnamed.Contains((item.TableId, SubjectCode(item)));

    /// <summary>
    /// A coded line's code as its subject's: the usual code of a subject a table prints under a misprinted one
    /// (<see cref="SubjectCodes.Misprinted"/>), else the line's own.
    /// </summary>
    public string SubjectCode(LineItem item) => usual(item) ?? item.Code!;
}
