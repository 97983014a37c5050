namespace Extractor.Wording;

/// <summary>
/// The classes (类) of the government function classification as the tables and narratives print them, in the
/// classification's order: each code with its names without the closing 支出, current first, then former ones
/// (卫生健康 was 医疗卫生与计划生育, 文化旅游体育与传媒 was 文化体育与传媒).
/// </summary>
public static class FunctionClasses
{
    public static readonly IReadOnlyList<(string Code, string[] Names)> All =
    [
        ("201", ["一般公共服务"]), ("202", ["外交"]), ("203", ["国防"]), ("204", ["公共安全"]), ("205", ["教育"]),
        ("206", ["科学技术"]), ("207", ["文化旅游体育与传媒", "文化体育与传媒"]), ("208", ["社会保障和就业"]),
        ("209", ["社会保险基金"]), ("210", ["卫生健康", "医疗卫生与计划生育"]), ("211", ["节能环保"]), ("212", ["城乡社区"]),
        ("213", ["农林水"]), ("214", ["交通运输"]), ("215", ["资源勘探工业信息等", "资源勘探信息等"]), ("216", ["商业服务业等"]),
        ("217", ["金融"]), ("219", ["援助其他地区"]), ("220", ["自然资源海洋气象等", "国土海洋气象等"]), ("221", ["住房保障"]),
        ("222", ["粮油物资储备"]), ("224", ["灾害防治及应急管理"]),
    ];

    /// <summary>
    /// The number every 款 gives an item of this name where it has one (行政运行 01, 一般行政管理事务 02, 机关服务 03, 其他… 99), the
    /// name compared without spaces, brackets or a closing 支出; null for a name of one 款's own item. (事业运行 is 50 in most 款 but
    /// 04 in 21301 农业农村: no such rule.)
    /// </summary>
    public static string? GenericItemNumber(string name) => name switch
    {
        "行政运行" => "01",
        "一般行政管理事务" => "02",
        "机关服务" => "03",
        _ when name.StartsWith("其他", StringComparison.Ordinal) => "99",
        _ => null,
    };

    /// <summary>
    /// Every class code of the classification, those named above and those a department seldom spends under (223 国有资本经营预算,
    /// 227 预备费, 229 其他, 230 转移性, 231–233 债务, 234 抗疫特别国债): a 2xx outside them is no class, a misprint.
    /// </summary>
    public static bool IsClassCode(string code) => All.Any(c => c.Code == code) || code is "223" or "227" or "229" or "230" or "231" or "232" or "233" or "234";

    /// <summary>The class a label names (<see cref="IsNameOf"/>), or null.</summary>
    public static string? CodeNamed(string label) => All.Select(c => c.Code).FirstOrDefault(code => IsNameOf(code, label));

    /// <summary>Every name of every class, current and former.</summary>
    public static IEnumerable<string> Names => All.SelectMany(c => c.Names);

    /// <summary>
    /// Whether a label names the class of a code: one of its names, alone or with 支出, 事务 or 事务支出 after it (older
    /// templates print 城乡社区事务, 农林水事务), spaces read inside it (205 教育) left out.
    /// </summary>
    public static bool IsNameOf(string code, string label)
    {
        string name = label.Replace(" ", "");
        return All.FirstOrDefault(c => c.Code == code).Names is { } names
            && names.Any(n => name.StartsWith(n, StringComparison.Ordinal) && name[n.Length..] is "" or "支出" or "事务" or "事务支出");
    }
}
