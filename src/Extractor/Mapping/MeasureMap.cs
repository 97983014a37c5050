using System.Text.RegularExpressions;
using Extractor.Model;

namespace Extractor.Mapping;

/// <summary>
/// Maps a column's printed header path (parents first: 基本支出 / 工资福利支出) to a canonical measure id.
/// The parents give the context a leaf alone lacks: 小计 under 基本支出 is <c>basic.total</c>, under 项目支出
/// <c>project.total</c>; 工资福利支出 is <c>basic.wages_benefits</c> in a basic-expenditure group but the
/// economic class <c>econ.301</c> in the function table. A path that matches nothing is
/// <c>other:&lt;path&gt;</c>.
/// </summary>
public static partial class MeasureMap
{
    // Economic classes (支出经济分类, 类级) as printed in the columns of the function-classified table.
    private static readonly (Regex Name, string Code)[] EconomicClasses =
    [
        (new Regex("^工资福利支出$"), "301"), (new Regex("^商品和服务支出$"), "302"), (new Regex("^对个人和家庭的?补助(?:支出)?$"), "303"),
        (new Regex("^债务利息(?:及费用)?支出$"), "307"), (new Regex("^资本性支出\\(基本建设\\)$"), "309"), (new Regex("^资本性支出$"), "310"),
        (new Regex("^对企业补助\\(基本建设\\)$"), "311"), (new Regex("^对企业补助$"), "312"), (new Regex("^对社会保障基金补助$"), "313"),
        (new Regex("^其他支出$"), "399"),
    ];

    // A group's own measure: its 小计 / 合计 column, or the group printed as a single column.
    private static readonly (Regex Name, string Measure)[] Groups =
    [
        (new Regex("^基本支出$"), Measures.BasicTotal),
        // 专项业务经费: Guangdong's name for project spending.
        (new Regex("^项目支出$|^专项业务经费(?:支出)?$"), Measures.ProjectTotal),
        (new Regex("^部门项目$"), Measures.ProjectDepartment),
        (new Regex("^公共项目(?:\\(专项资金\\))?$"), Measures.ProjectPublic),
        (new Regex("^财政拨款(?:\\(补助\\))?(?:收入)?$"), Measures.IncomeFiscalAppropriation),
        (new Regex("^其他自有资金$"), Measures.IncomeOtherOwn),
        (new Regex("^上年结转(?:和结余)?$"), Measures.IncomeCarryover),
        (new Regex("^(?:本年)?政府性基金预算支出$|^(?:本年)?国有资本经营预算支出$|^资金来源$|^支出$|^本年支出$|^财政拨款支出$|^[“\"]?三公[”\"]?经费(?:预算数|决算数)?$"), Measures.Total),
        (new Regex("^公务用车购置及运行(?:维护)?费$"), Measures.ThreePublicVehicle),
    ];

    // The fund split of a fiscal-appropriation summary's expenditure side.
    private static readonly (Regex Name, string Measure)[] Funds =
    [
        (new Regex("^一般公共预算(?:财政拨款)?$"), Measures.FundGeneralBudget), (new Regex("^政府性基金(?:预算)?(?:财政拨款)?$"), Measures.FundGovernmentFund),
        (new Regex("^国有资本经营预算(?:财政拨款)?$"), Measures.FundStateCapital),
    ];

    // The two parts of 公务用车购置及运行费, printed short under it.
    private static readonly (Regex Name, string Measure)[] VehicleParts =
    [
        (new Regex("^购置费?$"), Measures.ThreePublicVehiclePurchase), (new Regex("^运行(?:维护)?费$"), Measures.ThreePublicVehicleOperation),
    ];

    // Leaves whose meaning does not depend on their parents.
    private static readonly (Regex Name, string Measure)[] Leaves =
    [
        (new Regex("^(?:总计|合计|本年收入合计|本年支出合计)$"), Measures.Total),
        (new Regex("^人员经费$"), Measures.BasicPersonnel), (new Regex("^公用经费$"), Measures.BasicPublicFunds),
        (new Regex("^财政指标拨款(?:\\(补助\\))?$"), Measures.IncomeFiscalIndicator),
        (new Regex("^纳入金库非税收入安排的拨款$"), Measures.IncomeTreasuryNontax),
        (new Regex("^上级专项转移支付(?:资金)?$"), Measures.IncomeHigherTransfer),
        (new Regex("^纳入财政专户管理(?:的)?资金"), Measures.IncomeSpecialAccount),
        (new Regex("^政府性基金(?:预算)?(?:拨款)?$"), Measures.IncomeGovernmentFund),
        (new Regex("^上级补助收入$"), Measures.IncomeHigherSubsidy), (new Regex("^附属单位上缴收入$"), Measures.IncomeSubordinateRemit),
        (new Regex("^(?:事业单位)?经营收入$"), Measures.IncomeBusiness), (new Regex("^其他收入$"), Measures.IncomeOther),
        (new Regex("^事业收入$"), Measures.IncomePublicService), (new Regex("^使用非财政拨款结余"), Measures.IncomeUseNonfiscalBalance),
        (new Regex("^预算内资金$"), Measures.SourceBudget), (new Regex("^纳入预算管理(?:的)?非税"), Measures.SourceNontax),
        (new Regex("^其他资金$"), Measures.SourceOther),
        (new Regex("^因公出国\\(境\\)费?(?:用)?$"), Measures.ThreePublicOverseas), (new Regex("^公务用车购置费?$"), Measures.ThreePublicVehiclePurchase),
        (new Regex("^公务用车运行(?:维护)?费$"), Measures.ThreePublicVehicleOperation),
        (new Regex("^公务用车购置及运行(?:维护)?费$"), Measures.ThreePublicVehicle), (new Regex("^公务接待费$"), Measures.ThreePublicReception),
        (new Regex("^机关运行经费(?:支出)?(?:预算数|决算数)?$"), Measures.OperatingCosts),
        (new Regex("^上缴上级支出$"), Measures.ExpenditureRemitHigher), (new Regex("^经营支出$"), Measures.ExpenditureBusiness),
        (new Regex("^对附属单位补助支出$"), Measures.ExpenditureSubsidySubordinate),
        (new Regex("^年初结转和结余$"), Measures.CarryoverOpening), (new Regex("^年末结转和结余$"), Measures.CarryoverClosing),
        // The fund columns of a final account's 财政拨款收入支出决算总表.
        (new Regex("^一般公共预算财政拨款$"), Measures.FundGeneralBudget), (new Regex("^政府性基金预算财政拨款$"), Measures.FundGovernmentFund),
        (new Regex("^国有资本经营预算财政拨款$"), Measures.FundStateCapital),
    ];

    // Leaves inside a basic-expenditure group, and the project kinds inside 部门项目.
    private static readonly (Regex Name, string Measure)[] BasicParts =
    [
        (new Regex("^工资福利支出$"), Measures.BasicWagesBenefits), (new Regex("^商品和服务支出$"), Measures.BasicGoodsServices),
        (new Regex("^对个人和家庭的?补助(?:支出)?$"), Measures.BasicHouseholdTransfers), (new Regex("^(?:一般)?资本性支出$"), Measures.BasicCapital),
    ];

    private static readonly (Regex Name, string Measure)[] ProjectKinds =
    [
        (new Regex("^经常性项目$"), Measures.ProjectRecurring), (new Regex("^延续性项目$"), Measures.ProjectContinuing),
        (new Regex("^一次性项目$"), Measures.ProjectOneOff),
    ];

    /// <summary>
    /// The phase a final account's column prints (年初预算数 → <c>budget.initial</c>, 全年预算数 or 调整预算数 →
    /// <c>budget.adjusted</c>, 决算数 → <c>actual</c>), or null for any other header.
    /// </summary>
    public static string? Phase(string leaf) => Normalise(leaf) switch
    {
        "预算数" or "年初预算数" or "年初预算" => Measures.BudgetInitial,
        "全年预算数" or "调整预算数" or "全年预算" => Measures.BudgetAdjusted,
        "决算数" or "决算" => Measures.Actual,
        _ => null,
    };

    /// <summary>Leaves that name the single amount of a list (预算数, 金额): <c>amount</c>.</summary>
    [GeneratedRegex("^(?:本年)?(?:预算数|预算金额|金额|决算数|当年金额|本年预算数|数额)$")]
    private static partial Regex AmountLeaf();

    [GeneratedRegex(@"\s")]
    private static partial Regex Spaces();

    /// <summary>Headers of columns that hold labels, codes, counts or dates, not amounts.</summary>
    [GeneratedRegex("编码|代码|编号|名称|^项目$|^项目\\(|科目|数量|计量单位|时间|日期|占比|比例|类别|类型|内容|主体|说明|级指标|指标值|绩效目标|^款$|^类$|^项$")]
    private static partial Regex LabelHeader();

    /// <summary>Whether a column with this header path holds labels rather than amounts.</summary>
    public static bool IsLabel(IReadOnlyList<string> path) =>
        path.Count > 0 && LabelHeader().IsMatch(Normalise(path[^1]));

    /// <param name="path">The column's distinct header texts, top to bottom.</param>
    /// <param name="tableType">The table's canonical type.</param>
    /// <param name="soleAmountColumn">True when this is the table's only column of amounts.</param>
    public static string Measure(IReadOnlyList<string> path, string tableType, bool soleAmountColumn)
    {
        var parts = path.Select(Normalise).Where(p => p.Length > 0).ToList();
        if (parts.Count == 0) return Measures.Amount;
        var leaf = parts[^1];
        var parents = parts.Take(parts.Count - 1).ToList();

        if (AmountLeaf().IsMatch(leaf) || (soleAmountColumn && leaf is "合计" or "总计")) return Measures.Amount;
        if (tableType == TableTypes.GeneralBudgetExpenditureByFunction && parents.Count == 0
            && EconomicClasses.FirstOrDefault(e => e.Name.IsMatch(leaf)).Code is { } code)
            return Measures.EconomicPrefix + code;
        if (leaf is "小计" or "合计")
            return parents.Count == 0 ? Measures.Total : GroupMeasure(parents[^1]) ?? Other(parts);
        if (parents.Count > 0 && parents[^1] == "部门项目" && Match(ProjectKinds, leaf) is { } kind) return kind;
        if (tableType == TableTypes.FiscalAppropriationSummary && Match(Funds, leaf) is { } fund) return fund;
        if (parents.Count > 0 && Match(Groups, parents[^1]) == Measures.ThreePublicVehicle && Match(VehicleParts, leaf) is { } vehicle) return vehicle;
        if (parents.Contains("基本支出") && Match(BasicParts, leaf) is { } basic) return basic;
        return GroupMeasure(leaf) ?? Match(Leaves, leaf) ?? Other(parts);
    }

    private static string? GroupMeasure(string name) => Match(Groups, name);

    private static string? Match((Regex Name, string Measure)[] table, string text) =>
        table.FirstOrDefault(e => e.Name.IsMatch(text)).Measure;

    /// <summary>
    /// <c>other:</c> and the path from the deepest parent that is a canonical group itself
    /// (公共项目(专项资金)/经常性项目), or the whole path.
    /// </summary>
    private static string Other(IReadOnlyList<string> parts)
    {
        int from = 0;
        for (int i = parts.Count - 2; i >= 0; i--)
            if (GroupMeasure(parts[i]) is not null) { from = i; break; }
        return Measures.OtherPrefix + string.Join("/", parts.Skip(from));
    }

    /// <summary>A header as the rules read it: no spaces, ASCII brackets, and no year before the name ("2024年“三公”经费预算数").</summary>
    private static string Normalise(string text)
    {
        var header = Spaces().Replace(text.Replace('（', '(').Replace('）', ')'), "");
        // A year alone ("2022年", a performance form's column) stays the header.
        return LeadingYear().Match(header) is { Success: true } year && year.Length < header.Length ? header[year.Length..] : header;
    }

    [GeneratedRegex(@"^20\d\d年度?")]
    private static partial Regex LeadingYear();
}
