using System.Reflection;

namespace Extractor.Wording;

/// <summary>
/// The county-level divisions (县, 区, county-level 市, 旗) a department's name may open with (闽清县住房和城乡建设局, 仁寿县文宫镇人民政府),
/// each with its prefecture and province: a county names both where the name leaves them out. A name two divisions share (朝阳区 of
/// 北京市 and of 长春市, 普陀区 of 上海市 and of 舟山市) names neither. Read from the embedded Counties.tsv (the National Bureau of
/// Statistics' 2023 division codes).
/// </summary>
public static class Counties
{
    private static readonly Lazy<Dictionary<string, (string Province, string? Prefecture)>> ByName = new(Load);

    /// <summary>The province and prefecture (null where the province governs it directly) of a county printed whole; null for none.</summary>
    public static (string Province, string? Prefecture)? Of(string? county) =>
        county is not null && ByName.Value.TryGetValue(county, out var place) ? place : null;

    private static readonly Lazy<Dictionary<string, string>> ProvinceByPrefecture = new(() => ByName.Value.Values
        .Where(p => p.Prefecture is not null).DistinctBy(p => p.Prefecture).ToDictionary(p => p.Prefecture!, p => p.Province, StringComparer.Ordinal));

    /// <summary>The province of a prefecture printed by its whole name (海北藏族自治州, 锡林郭勒盟, 喀什地区); null for none.</summary>
    public static string? ProvinceOfPrefecture(string? prefecture) =>
        prefecture is not null && ProvinceByPrefecture.Value.TryGetValue(prefecture, out var province) ? province : null;

    private static Dictionary<string, (string, string?)> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Extractor.Wording.Counties.tsv")
            ?? throw new InvalidOperationException("the county list is not embedded in the assembly");
        using var reader = new StreamReader(stream);
        var counties = new Dictionary<string, (string, string?)>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Split('\t') is not [var name, var prefecture, var province]) continue;
            counties[name] = (province, prefecture.Length > 0 ? prefecture : null);
        }
        return counties;
    }
}
