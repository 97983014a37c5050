namespace Extractor.Wording;

/// <summary>
/// The items (款) of the departments' economic classification of expenditure (部门预算支出经济分类科目, the 301 to 399 codes a
/// basic expenditure table prints), each code with its name in the classification since 2018. A name is looked up under its
/// class only: a name earlier editions coded elsewhere (住房公积金 30311 before it became 30113) is another class's and never
/// compared.
/// </summary>
public static class EconomicClasses
{
    public static readonly IReadOnlyDictionary<string, string> Items = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // 301 工资福利支出
        ["30101"] = "基本工资", ["30102"] = "津贴补贴", ["30103"] = "奖金", ["30106"] = "伙食补助费", ["30107"] = "绩效工资",
        ["30108"] = "机关事业单位基本养老保险缴费", ["30109"] = "职业年金缴费", ["30110"] = "职工基本医疗保险缴费",
        ["30111"] = "公务员医疗补助缴费", ["30112"] = "其他社会保障缴费", ["30113"] = "住房公积金", ["30114"] = "医疗费",
        ["30199"] = "其他工资福利支出",
        // 302 商品和服务支出
        ["30201"] = "办公费", ["30202"] = "印刷费", ["30203"] = "咨询费", ["30204"] = "手续费", ["30205"] = "水费", ["30206"] = "电费",
        ["30207"] = "邮电费", ["30208"] = "取暖费", ["30209"] = "物业管理费", ["30211"] = "差旅费", ["30212"] = "因公出国（境）费用",
        ["30213"] = "维修（护）费", ["30214"] = "租赁费", ["30215"] = "会议费", ["30216"] = "培训费", ["30217"] = "公务接待费",
        ["30218"] = "专用材料费", ["30224"] = "被装购置费", ["30225"] = "专用燃料费", ["30226"] = "劳务费", ["30227"] = "委托业务费",
        ["30228"] = "工会经费", ["30229"] = "福利费", ["30231"] = "公务用车运行维护费", ["30239"] = "其他交通费用",
        ["30240"] = "税金及附加费用", ["30299"] = "其他商品和服务支出",
        // 303 对个人和家庭的补助
        ["30301"] = "离休费", ["30302"] = "退休费", ["30303"] = "退职（役）费", ["30304"] = "抚恤金", ["30305"] = "生活补助",
        ["30306"] = "救济费", ["30307"] = "医疗费补助", ["30308"] = "助学金", ["30309"] = "奖励金", ["30310"] = "个人农业生产补贴",
        ["30311"] = "代缴社会保险费", ["30399"] = "其他对个人和家庭的补助",
        // 307 债务利息及费用支出
        ["30701"] = "国内债务付息", ["30702"] = "国外债务付息", ["30703"] = "国内债务发行费用", ["30704"] = "国外债务发行费用",
        // 309 资本性支出（基本建设）
        ["30901"] = "房屋建筑物购建", ["30902"] = "办公设备购置", ["30903"] = "专用设备购置", ["30905"] = "基础设施建设",
        ["30906"] = "大型修缮", ["30907"] = "信息网络及软件购置更新", ["30908"] = "物资储备", ["30913"] = "公务用车购置",
        ["30919"] = "其他交通工具购置", ["30921"] = "文物和陈列品购置", ["30922"] = "无形资产购置", ["30999"] = "其他基本建设支出",
        // 310 资本性支出
        ["31001"] = "房屋建筑物购建", ["31002"] = "办公设备购置", ["31003"] = "专用设备购置", ["31005"] = "基础设施建设",
        ["31006"] = "大型修缮", ["31007"] = "信息网络及软件购置更新", ["31008"] = "物资储备", ["31009"] = "土地补偿",
        ["31010"] = "安置补助", ["31011"] = "地上附着物和青苗补偿", ["31012"] = "拆迁补偿", ["31013"] = "公务用车购置",
        ["31019"] = "其他交通工具购置", ["31021"] = "文物和陈列品购置", ["31022"] = "无形资产购置", ["31099"] = "其他资本性支出",
        // 312 对企业补助, 313 对社会保障基金补助, 399 其他支出
        ["31201"] = "资本金注入", ["31203"] = "政府投资基金股权投资", ["31204"] = "费用补贴", ["31205"] = "利息补贴",
        ["31299"] = "其他对企业补助", ["31302"] = "对社会保险基金补助", ["31303"] = "补充全国社会保障基金",
        ["31304"] = "对机关事业单位职业年金的补助", ["39906"] = "赠与", ["39907"] = "国家赔偿费用支出",
        ["39908"] = "对民间非营利组织和群众性自治组织补贴", ["39909"] = "经常性赠与", ["39910"] = "资本性赠与", ["39999"] = "其他支出",
    };

    /// <summary>
    /// Whether a line's name is an item's of the classification as printed without its code (a 机关运行经费 table listing 办公费,
    /// 印刷费 … under its 合计, round LE's Henan), half-width brackets read as full-width.
    /// </summary>
    public static bool IsItemName(string name) => ItemNames.Contains(AsListed(name));

    /// <summary>A name as the classification lists it: without spaces, its brackets full-width (维修(护)费 is 维修（护）费).</summary>
    private static string AsListed(string name) => LineLabels.Bare(name).Replace('(', '（').Replace(')', '）');

    private static readonly HashSet<string> ItemNames = [.. Items.Values];

    /// <summary>The code the classification (the departments' 3xx or the government's 5xx) gives an item of this name in this class; null for none.</summary>
    public static string? CodeOf(string economicClass, string name)
    {
        string bare = AsListed(name);
        var items = economicClass[0] == '5' ? GovernmentItems : Items;
        return items.FirstOrDefault(i => i.Key.StartsWith(economicClass, StringComparison.Ordinal) && i.Value == bare).Key;
    }

    /// <summary>
    /// Items of the government's economic classification of expenditure (政府预算支出经济分类科目, the 501 to 599 codes a basic
    /// expenditure table may print beside the departments' own), each code with its name since 2018: those departments' tables print
    /// (a code not listed is never taken for a misprint).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> GovernmentItems = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // 501 机关工资福利支出, 502 机关商品和服务支出
        ["50101"] = "工资奖金津补贴", ["50102"] = "社会保障缴费", ["50103"] = "住房公积金", ["50199"] = "其他工资福利支出",
        ["50201"] = "办公经费", ["50202"] = "会议费", ["50203"] = "培训费", ["50204"] = "专用材料购置费", ["50205"] = "委托业务费",
        ["50206"] = "公务接待费", ["50207"] = "因公出国（境）费用", ["50208"] = "公务用车运行维护费", ["50209"] = "维修（护）费",
        ["50299"] = "其他商品和服务支出",
        // 503 机关资本性支出（一）, 504 机关资本性支出（二）
        ["50301"] = "房屋建筑物购建", ["50302"] = "基础设施建设", ["50303"] = "公务用车购置", ["50305"] = "土地征迁补偿和安置支出",
        ["50306"] = "设备购置", ["50307"] = "大型修缮", ["50399"] = "其他资本性支出",
        ["50401"] = "房屋建筑物购建", ["50402"] = "基础设施建设", ["50403"] = "公务用车购置", ["50404"] = "设备购置", ["50405"] = "大型修缮",
        ["50499"] = "其他资本性支出",
        // 505 对事业单位经常性补助, 506 对事业单位资本性补助, 507 对企业补助
        ["50501"] = "工资福利支出", ["50502"] = "商品和服务支出", ["50599"] = "其他对事业单位补助",
        ["50601"] = "资本性支出（一）", ["50602"] = "资本性支出（二）",
        ["50701"] = "费用补贴", ["50702"] = "利息补贴", ["50799"] = "其他对企业补助",
        // 509 对个人和家庭的补助, 511 债务利息及费用支出, 599 其他支出
        ["50901"] = "社会福利和救助", ["50902"] = "助学金", ["50903"] = "个人农业生产补贴", ["50905"] = "离退休费",
        ["51101"] = "国内债务付息", ["51102"] = "国外债务付息", ["51103"] = "国内债务发行费用", ["51104"] = "国外债务发行费用",
        ["59906"] = "赠与", ["59907"] = "国家赔偿费用支出", ["59908"] = "对民间非营利组织和群众性自治组织补贴", ["59999"] = "其他支出",
    };
}
