using Extractor.Model;

namespace Extractor.Mapping;

/// <summary>
/// Which budget unit's tables each table is. A department's publication may print, after its own set of tables, the
/// same set again for each of its units (单位名称：湖北省水文水资源中心 over each, or 江西省统计局本级收入决算表 as the
/// title): those figures are the unit's, not the department's, and are held only against the tables of the same unit.
/// A unit's set begins where a table type the department's set already printed comes again naming another entity
/// (by its caption, else by the name before the table's own in its title); the tables after it are that unit's until
/// another entity is named. A table naming the department again returns to the department's set.
/// </summary>
public static class TableScopes
{
    public static IReadOnlyList<Table> Assign(IReadOnlyList<Table> tables)
    {
        // The names the department's own tables print (their captions may vary, or be read by OCR with a character wrong).
        var department = new List<string>();
        string? current = null;
        var departmentTypes = new HashSet<string>();
        var scoped = new List<Table>(tables.Count);
        foreach (var table in tables)
        {
            var named = table.CaptionEntity ?? TableTyper.EntityInTitle(table.Title);
            bool departments = named is not null && department.Any(d => Same(named, d));
            if (current is null)
            {
                bool repeated = table.Type != TableTypes.Unknown && departmentTypes.Contains(table.Type);
                if (named is not null && repeated && !departments) current = named;
                else if (named is not null) department.Add(named);
            }
            else if (named is not null)
                current = departments ? null : named;
            if (current is null && table.Type != TableTypes.Unknown) departmentTypes.Add(table.Type);
            scoped.Add(current is null ? table : table with { Scope = current });
        }
        return scoped;
    }

    /// <summary>
    /// Whether two printed names are one entity's: the same, one the other with the place before it left out
    /// (黄浦区财政局 for 上海市黄浦区财政局), or a long name read with one character wrong (株洲市芦公区… for 株洲市芦淞区…).
    /// 湖北省水利厅机关 is not 湖北省水利厅: a unit's name may begin with its department's.
    /// </summary>
    internal static bool Same(string a, string b) =>
        a == b || a.EndsWith(b, StringComparison.Ordinal) || b.EndsWith(a, StringComparison.Ordinal)
        || (a.Length >= MinNameOneMisread && MisreadHeaders.OneCharacterApart(a, b));

    /// <summary>The least length of a name read with one character wrong that is taken for the same name.</summary>
    private const int MinNameOneMisread = 6;
}
