using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Wording;

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
    /// <summary>
    /// The phase a final account's column prints (<see cref="ColumnHeaders.Phase"/>), or null for any other header.
    /// </summary>
    public static string? Phase(string leaf) => ColumnHeaders.Phase(Normalise(leaf));

    [GeneratedRegex(@"\s")]
    private static partial Regex Spaces();

    /// <summary>A heading that is a remark in brackets only, not a unit of rates ((%)): (工资福利、对个人和家庭的补助).</summary>
    [GeneratedRegex(@"^\([^()%]*\p{IsCJKUnifiedIdeographs}[^()%]*\)$")]
    private static partial Regex BracketRemark();

    /// <summary>Whether a column with this header path holds labels rather than amounts.</summary>
    public static bool IsLabel(IReadOnlyList<string> path) =>
        path.Count > 0 && ColumnHeaders.Label().IsMatch(Normalise(path[^1]));

    /// <param name="path">The column's distinct header texts, top to bottom.</param>
    /// <param name="tableType">The table's canonical type.</param>
    /// <param name="soleAmountColumn">True when this is the table's only column of amounts.</param>
    public static string Measure(IReadOnlyList<string> path, string tableType, bool soleAmountColumn)
    {
        var parts = path.Select(Normalise).Where(p => p.Length > 0).ToList();
        // A remark in brackets under a heading says what it holds (round DF's Hebei: 人员经费 over （工资福利、对个人和家庭的补助）):
        // the heading names the column.
        while (parts.Count > 1 && BracketRemark().IsMatch(parts[^1])) parts.RemoveAt(parts.Count - 1);
        if (parts.Count == 0) return Measures.Amount;
        var leaf = parts[^1];
        // A heading naming the spending of the fund the whole table is of (一般公共预算支出 / 合计 | 基本支出 | 项目支出, round GW's Suzhou)
        // says nothing of its columns: its 合计 is the table's total.
        var parents = parts.Take(parts.Count - 1).Where(p => ColumnHeaders.FundSpent(p) is not { } fund || fund != TablesFund(tableType)).ToList();
        // A heading wrapped over two lines of its cell (一般公共预算 | 拨款收入, round GM's Hainan) reads as a parent over a leaf that names
        // nothing alone: the two are one heading where together they name a column.
        if (parents.Count > 0 && Measures.IsOther(Measure([leaf], tableType, soleAmountColumn))
            && Measure([.. parents.SkipLast(1), parents[^1] + leaf], tableType, soleAmountColumn) is var joined && !Measures.IsOther(joined))
            return joined;

        // Last year's execution beside this year's budget, or a change against it: its 基本支出 (or 金额) is not this year's.
        if (parents.Any(p => ColumnHeaders.OtherYearHeading().IsMatch(p))) return Other(parts);
        if (ColumnHeaders.AmountLeaf().IsMatch(leaf) || (soleAmountColumn && ColumnHeaders.NamesSoleAmount(leaf)))
            // This year's figure under what it is of (a 三公 table by kind: 因公出国（境）费 over 上年预算数 | 本年预算数 | 增减):
            // the heading above names the measure. A summary's headings over its sides (财政拨款收入 | 支出预算) name sides.
            return parents.Count > 0 && tableType is not (TableTypes.IncomeExpenditureSummary or TableTypes.FiscalAppropriationSummary)
                && Measure(parents, tableType, soleAmountColumn: false) is var named && !Measures.IsOther(named) ? named : Measures.Amount;
        // A final account's budget beside its year's figures named by what they are, not as 决算数 (Beijing: 年初预算数 | 本年支出合计 |
        // 基本支出 | 项目支出): the budget's phase.
        if (parents.Count == 0 && leaf is not ("预算数" or ColumnHeaders.ThisYearsBudget) && ColumnHeaders.Phase(leaf) is Measures.BudgetInitial or Measures.BudgetAdjusted) return ColumnHeaders.Phase(leaf)!;
        // The national template's function table by economic class, and a project list's economic columns (Henan, Liaoning:
        // 支出经济分类 / 商品和服务支出 | 对个人和家庭的补助 | 资本性支出).
        // So the general budget's function table by economic class under that heading (Zhejiang's townships: 合计 | 支出经济分类 /
        // 工资福利支出 | 商品和服务支出 …, round DP).
        bool underEconomicHeading = parents.All(p => ColumnHeaders.EconomicClassesHeading().IsMatch(p));
        if ((tableType == TableTypes.GeneralBudgetExpenditureByFunction && parents.Count == 0
                || tableType == TableTypes.ProjectExpenditure && underEconomicHeading
                || tableType is TableTypes.GeneralBudgetExpenditureByFunction or TableTypes.GeneralBudgetExpenditure && parents.Count > 0 && underEconomicHeading)
            && ColumnHeaders.EconomicClassCode(leaf) is { } code)
            return Measures.EconomicPrefix + code;
        if (tableType == TableTypes.ProjectExpenditure && parents.Count == 0 && ColumnHeaders.ProjectAmount().IsMatch(leaf)) return Measures.Total;
        // A table by unit totals each side in its row (收入 / 收入合计 | 财政拨款 … | 支出 / 合计 | 基本支出 …): the side's total.
        if (tableType == TableTypes.IncomeExpenditureByUnit && SideTotal(leaf, parents) is { } side) return side;
        // Its income's last column 其他 (round ES: 收入 / 收入合计 | 财政拨款 | 事业收入 | 其他) is the rest of the income, 经营收入 and
        // 其他收入 of the income table together: the unit's other own funds.
        if (tableType == TableTypes.IncomeExpenditureByUnit && leaf == "其他" && parents.Count > 0 && ColumnHeaders.SideTotal().Match(parents[^1]).Groups["side"].Value == "收入")
            return Measures.IncomeOtherOwn;
        // A procurement table by kind under the heading of its budget (政府采购预算 / 合计 | 货物 | 工程 | 服务); a 小计 under the
        // reserve for small firms is the reserve's (round FA's Suzhou: 政府采购预算 | 面向中小企业预留 / 小计 | 其中：小微企业), the
        // budget's column heading its own rows the table's total.
        if (tableType == TableTypes.GovernmentProcurement)
        {
            // The contracts awarded to small firms (授予中小企业合同金额 / 合计 | 货物 | 工程 | 服务, round KE's Beijing) are a part of the
            // procurement's, not its kinds again.
            if (parents.Any(p => ColumnHeaders.ProcurementAwardedToSmallFirms().IsMatch(p))) return Other(parts);
            if (ColumnHeaders.IsSubtotal(leaf) && parents.Count > 0 && Match(ColumnHeaders.ProcurementKinds, parents[^1]) == Measures.ProcurementSmeReserved)
                return Measures.ProcurementSmeReserved;
            if (parents.Count == 0 && ColumnHeaders.ProcurementBudget().IsMatch(leaf)) return Measures.Total;
            if ((ColumnHeaders.IsSubtotal(leaf) ? Measures.Total : Match(ColumnHeaders.ProcurementKinds, leaf)) is { } bought) return bought;
        }
        // A fund heading over its own 小计 | 基本支出 | 项目支出 (Liaoning's 财政拨款支出表): the 小计 is the fund's part of the row;
        // the basic and project parts under it are the fund's own, not the row's.
        if (parents.Count > 0 && Match(ColumnHeaders.Funds, parents[^1]) is { } ownFund && ColumnHeaders.IsSubtotal(leaf)) return ownFund;
        if (parents.Any(p => Match(ColumnHeaders.Funds, p) is not null)) return Measures.OtherPrefix + string.Join("/", parts);
        if (ColumnHeaders.IsSubtotal(leaf))
            return parents.Count == 0 || IsPhasesOwnTotal(parents, path) ? Measures.Total : GroupMeasure(SubtotalOwner(parents, path)) ?? Other(parts);
        if (parents.Count > 0 && parents[^1] == ColumnHeaders.DepartmentProjects && Match(ColumnHeaders.ProjectKinds, leaf) is { } kind) return kind;
        // The funds heading columns of their own in the summary, and in the function table of all appropriations (Qingdao's 财政拨款支出表:
        // 合计 | 一般公共预算 / 小计 … | 政府性基金预算 | 国有资本经营预算), are the row's parts by fund, not income.
        if (tableType is TableTypes.FiscalAppropriationSummary or TableTypes.FiscalAppropriationExpenditure && Match(ColumnHeaders.Funds, leaf) is { } fund) return fund;
        // A final account's fund table prints its year's income beside its carry-overs (年初结转和结余 | 本年收入 | 本年支出 | …).
        if (tableType == TableTypes.GovernmentFundExpenditure && ColumnHeaders.YearsIncomeHeading().IsMatch(leaf)) return Measures.IncomeGovernmentFund;
        // Under 财政拨款 the funds are its parts (广东: 财政拨款 / 小计, 一般公共预算, 政府性基金…), not more of the income beside it;
        // under 本年收入, or heading columns of their own, they are the income by source (北京: 本年收入 / 一般公共预算财政拨款…).
        if (parents.Count > 0 && GroupMeasure(parents[^1]) == Measures.IncomeFiscalAppropriation && Match(ColumnHeaders.Funds, leaf) is { } part) return part;
        if (tableType == TableTypes.IncomeSummary && (parents.Count == 0 || ColumnHeaders.YearsIncomeHeading().IsMatch(parents[^1]))
            && Match(ColumnHeaders.IncomeFunds, leaf) is { } source) return source;
        if (parents.Count > 0 && Match(ColumnHeaders.Groups, parents[^1]) == Measures.ThreePublicVehicle && Match(ColumnHeaders.VehicleParts, leaf) is { } vehicle) return vehicle;
        if (tableType == TableTypes.ThreePublicExpenses && Match(ColumnHeaders.ReceptionParts, leaf) is { } receptionPart) return receptionPart;
        // A 三公 table's vehicle parts as columns of their own beside the vehicles' (公务用车购置及运行费 | 其中：购置费 | 其中：运行费, round GO's
        // Zhejiang): no other 购置费 is a 三公 figure.
        if (tableType == TableTypes.ThreePublicExpenses && parents.Count == 0 && Match(ColumnHeaders.VehicleParts, leaf) is { } vehiclePart) return vehiclePart;
        if (parents.Contains(ColumnHeaders.BasicExpenditure) && Match(ColumnHeaders.BasicParts, leaf) is { } basic) return basic;
        if (parents.Contains(ColumnHeaders.ProjectExpenditure) && Match(ColumnHeaders.ProjectParts, leaf) is { } project) return project;
        var measure = GroupMeasure(leaf) ?? Match(ColumnHeaders.Leaves, leaf);
        // The carry-over's own parts (年初结转和结余 / 基本支出; Shaanxi's 上年结转 / 小计 | 一般公共预算 | 政府性基金) are not the
        // year's expenditure or income: only its 小计 is the carry-over.
        if (measure is not null && measure != Measures.IncomeCarryover && parents.Any(p => ColumnHeaders.CarryOverHeading().IsMatch(p))) return Other(parts);
        // Nor are the year's income's (Fujian's 一般公共预算财政拨款收入支出决算表: 本年收入 / 小计 | 基本支出 | 项目支出 beside 本年支出 /
        // the same, round IZ): what came in for basic and project spending is not what was spent.
        if (measure is Measures.BasicTotal or Measures.ProjectTotal && parents.Any(p => ColumnHeaders.YearsIncomeHeading().IsMatch(p))) return Other(parts);
        return measure ?? Other(parts);
    }

    private static string? GroupMeasure(string name) => Match(ColumnHeaders.Groups, name);

    /// <summary>The fund a table of one fund's spending is of, as its measure; null for a table of several funds or of none.</summary>
    private static string? TablesFund(string tableType) => tableType switch
    {
        TableTypes.GeneralBudgetExpenditure or TableTypes.GeneralBudgetExpenditureByFunction or TableTypes.GeneralBudgetBasicByEconomic => Measures.FundGeneralBudget,
        TableTypes.GovernmentFundExpenditure => Measures.FundGovernmentFund,
        TableTypes.StateCapitalExpenditure => Measures.FundStateCapital,
        _ => null,
    };

    /// <summary>A side's total: its own total heading (收入合计), or 合计 / 小计 under its side's heading (支出 / 合计). Null otherwise.</summary>
    private static string? SideTotal(string leaf, IReadOnlyList<string> parents)
    {
        var named = ColumnHeaders.SideTotal().Match(leaf);
        if (!(named.Success && leaf.Length > 2) && !(ColumnHeaders.IsSubtotal(leaf) && parents.Count > 0 && (named = ColumnHeaders.SideTotal().Match(parents[^1])).Success))
            return null;
        return named.Groups["side"].Value == "收入" ? Measures.IncomeTotal : Measures.ExpenditureTotal;
    }

    /// <summary>
    /// The heading whose total a 小计 / 合计 column is: its parent, or, where that parent only names the phase under a
    /// group (Shanghai's unit budget: 本年支出 / 预算数 / 合计), the group above it. A phase heading with no group above
    /// it stays the owner: beside another year's figures (2024年预算数 / 合计) it does not say whose total it is. Only a
    /// budget's single phase (预算数, no year before it) is passed over: a final account's 预算数 and 决算数 under one group,
    /// or two years' 预算数, each total only their own columns.
    /// </summary>
    private static string SubtotalOwner(IReadOnlyList<string> parents, IReadOnlyList<string> printed) =>
        parents.Count >= 2 && parents[^1] == "预算数" && !printed.Any(p => ColumnHeaders.LeadingYear().IsMatch(Spaces().Replace(p, "")))
            && GroupMeasure(parents[^2]) is not null ? parents[^2] : parents[^1];

    /// <summary>
    /// A budget's single phase over its total and parts (预算数 / 小计 | 基本支出 | 项目支出), no year printed on it, or
    /// this year's (本年预算数 / 合计), or a final account's outcome printed alone (决算数 / 小计): the table's total. (With a year, 2024年预算数, another year's columns may read the same; the table tells which is
    /// this year's, <see cref="TableMapping"/>.)
    /// </summary>
    private static bool IsPhasesOwnTotal(IReadOnlyList<string> parents, IReadOnlyList<string> printed) =>
        parents is ["预算数"] && !printed.Any(p => ColumnHeaders.LeadingYear().IsMatch(Spaces().Replace(p, "")))
        // 本年 names this year's beside last year's (Jiangxi: 上年预算数 | 本年预算数 / 合计 | 基本支出…), so does 当年 (round KQ's Jiangsu:
        // 上年预算数 | 当年预算数 / 合计 | 基本支出 | 项目支出 | 当年比上年增减 / 增减额 | 增减%).
        || parents is ["本年预算数" or "本年预算" or "当年预算数" or "当年预算"]
        // A final account printing its outcome alone (round DR's Beijing 财政拨款收入支出决算总表: 支出 / 决算数 / 小计 | 一般公共预算
        // 财政拨款 | …; a table printing a budget beside it splits its phases before this).
        || parents is ["决算数"];

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
    internal static string Normalise(string text)
    {
        // A year alone ("2022年", a performance form's column) stays the header.
        return ColumnHeaders.WithoutLeadingYear(Spaces().Replace(text.Replace('（', '(').Replace('）', ')'), ""));
    }
}
