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
    /// Lines nearly every department prints, each 款 and 项 code with its name in the classification (the personnel items of
    /// 行政事业单位养老, 医疗 and 住房改革, the school levels, 计划生育服务, 基层政权建设和社区治理), and the items of 款 whose names
    /// are each printed by many departments of one kind (公共卫生's institutions and services, 社会福利's, 农业农村's, 市场监督管理's): where two tables print one
    /// such line under two codes as often (住房公积金 2210201 in one, 2210203 in the other), the code the classification gives the name
    /// is the right one; one table printing it under another code of its class misprints it.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> CommonLines = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["20502"] = "普通教育", ["2050201"] = "学前教育", ["2050202"] = "小学教育", ["2050203"] = "初中教育", ["2050204"] = "高中教育",
        ["2050205"] = "高等教育", ["2080208"] = "基层政权建设和社区治理",
        ["20805"] = "行政事业单位养老支出", ["2080501"] = "行政单位离退休", ["2080502"] = "事业单位离退休", ["2080503"] = "离退休人员管理机构",
        ["2080505"] = "机关事业单位基本养老保险缴费支出", ["2080506"] = "机关事业单位职业年金缴费支出",
        ["20808"] = "抚恤", ["2080801"] = "死亡抚恤", ["2080802"] = "伤残抚恤",
        ["20810"] = "社会福利", ["2081001"] = "儿童福利", ["2081002"] = "老年福利", ["2081004"] = "殡葬", ["2081005"] = "社会福利事业单位",
        ["21004"] = "公共卫生", ["2100401"] = "疾病预防控制机构", ["2100402"] = "卫生监督机构", ["2100403"] = "妇幼保健机构",
        ["2100408"] = "基本公共卫生服务", ["2100409"] = "重大公共卫生服务", ["2100410"] = "突发公共卫生事件应急处理",
        ["21007"] = "计划生育事务", ["2100716"] = "计划生育机构", ["2100717"] = "计划生育服务",
        ["21011"] = "行政事业单位医疗", ["2101101"] = "行政单位医疗", ["2101102"] = "事业单位医疗", ["2101103"] = "公务员医疗补助",
        ["20138"] = "市场监督管理事务", ["2013804"] = "市场主体管理", ["2013805"] = "市场秩序执法", ["2013810"] = "质量基础", ["2013812"] = "药品事务",
        ["2013813"] = "医疗器械事务", ["2013814"] = "化妆品事务", ["2013815"] = "质量安全监管", ["2013816"] = "食品安全监管",
        ["21301"] = "农业农村", ["2130106"] = "科技转化与推广服务", ["2130108"] = "病虫害控制", ["2130109"] = "农产品质量安全",
        ["2130122"] = "农业生产发展", ["2130124"] = "农村合作经济", ["2130126"] = "农村社会事业", ["2130135"] = "农业资源保护修复与利用",
        ["2130153"] = "耕地建设与利用",
        ["21307"] = "农村综合改革", ["2130705"] = "对村民委员会和村党支部的补助",
        ["22102"] = "住房改革支出", ["2210201"] = "住房公积金", ["2210202"] = "提租补贴", ["2210203"] = "购房补贴",
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
