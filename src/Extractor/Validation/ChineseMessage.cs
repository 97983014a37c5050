using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// A finding told in Chinese, for readers who check it against the publication: what the rule checks, where
/// the flagged figure is printed and as what, what the other figures make it, and by how much it differs.
/// Built from the finding's own fields, so every rule gets one the same way. Money is shown in 万元 when the
/// figures are whole hundreds of yuan (printed in 万元 to two decimals) and the tolerance a multiple of 50元, else in 元.
/// </summary>
internal static partial class ChineseMessage
{
    private static readonly Dictionary<string, string> MeasureNames = new()
    {
        [Measures.Total] = "合计", [Measures.Amount] = "金额",
        [Measures.IncomeTotal] = "收入合计", [Measures.ExpenditureTotal] = "支出合计",
        [Measures.BasicTotal] = "基本支出", [Measures.BasicPersonnel] = "人员经费", [Measures.BasicPublicFunds] = "公用经费",
        [Measures.BasicWagesBenefits] = "工资福利支出", [Measures.BasicGoodsServices] = "商品和服务支出",
        [Measures.BasicHouseholdTransfers] = "对个人和家庭的补助", [Measures.BasicCapital] = "资本性支出",
        [Measures.ProjectTotal] = "项目支出",
        [Measures.ProjectWagesBenefits] = "项目支出中工资福利支出", [Measures.ProjectGoodsServices] = "项目支出中商品和服务支出",
        [Measures.ProjectHouseholdTransfers] = "项目支出中对个人和家庭的补助", [Measures.ProjectCapital] = "项目支出中资本性支出",
        [Measures.IncomeFiscalAppropriation] = "财政拨款",
        [Measures.IncomeGovernmentFund] = "政府性基金", [Measures.IncomeStateCapital] = "国有资本经营预算拨款收入", [Measures.IncomeCarryover] = "上年结转",
        [Measures.CarryoverOpening] = "年初结转和结余", [Measures.CarryoverClosing] = "年末结转和结余",
        [Measures.SourceBudget] = "预算内资金", [Measures.SourceOther] = "其他资金",
        [Measures.FundGeneralBudget] = "一般公共预算财政拨款", [Measures.FundGovernmentFund] = "政府性基金预算财政拨款",
        [Measures.FundStateCapital] = "国有资本经营预算财政拨款",
        [Measures.ThreePublicOverseas] = "因公出国（境）费", [Measures.ThreePublicVehicle] = "公务用车购置及运行费",
        [Measures.ThreePublicVehiclePurchase] = "公务用车购置费", [Measures.ThreePublicVehicleOperation] = "公务用车运行维护费",
        [Measures.ThreePublicReception] = "公务接待费", [Measures.OperatingCosts] = "机关运行经费",
        [Measures.ThreePublicReceptionDomestic] = "国内公务接待费", [Measures.ThreePublicReceptionForeign] = "国（境）外公务接待费",
        [Measures.ProjectFundsTotal] = "项目资金总额", [Measures.ProjectFundsFiscal] = "财政资金", [Measures.ProjectFundsOther] = "其他资金",
        [Measures.ProjectFundsAnnual] = "年度资金申请总额", [Measures.ProjectFundsAnnualAppropriation] = "当年财政拨款",
        [Measures.ProjectFundsAnnualCarryover] = "上年结转资金", [Measures.ProjectFundsAnnualOther] = "其他资金",
        [Measures.ProjectDepartment] = "部门项目", [Measures.ProjectPublic] = "公共项目", [Measures.ProjectRecurring] = "经常性项目",
        [Measures.ProjectContinuing] = "延续性项目", [Measures.ProjectOneOff] = "一次性项目",
        [Measures.IncomeFiscalIndicator] = "财政指标拨款", [Measures.IncomeTreasuryNontax] = "纳入金库非税收入安排的拨款",
        [Measures.IncomeHigherTransfer] = "上级专项转移支付", [Measures.IncomeSpecialAccount] = "财政专户管理资金",
        [Measures.IncomeGeneralBudget] = "一般公共预算拨款收入", [Measures.IncomeOtherOwn] = "其他自有资金",
        [Measures.IncomeHigherSubsidy] = "上级补助收入", [Measures.IncomeSubordinateRemit] = "附属单位上缴收入", [Measures.IncomeBusiness] = "经营收入",
        [Measures.IncomeOther] = "其他收入", [Measures.IncomePublicService] = "事业收入", [Measures.IncomeUseNonfiscalBalance] = "使用非财政拨款结余",
        [Measures.SourceNontax] = "纳入预算管理的非税收入", [Measures.ExpenditureRemitHigher] = "上缴上级支出", [Measures.ExpenditureBusiness] = "经营支出",
        [Measures.ExpenditureSubsidySubordinate] = "对附属单位补助支出", [Measures.ExpenditureBalanceDistribution] = "结余分配",
        [Measures.MeetingCosts] = "会议费", [Measures.TrainingCosts] = "培训费",
        [Measures.ProcurementGoods] = "货物", [Measures.ProcurementWorks] = "工程", [Measures.ProcurementServices] = "服务",
        [Measures.ProcurementSmeReserved] = "面向中小企业预留",
    };

    /// <summary>Places past this many are counted, not listed.</summary>
    private const int MaxPlacesListed = 3;

    public static string For(string rule, decimal expected, decimal actual, decimal tolerance, IReadOnlyList<FindingRef> refs,
        FindingFigures figures = FindingFigures.Amounts)
    {
        // A tolerance that is no multiple of 50元 (half a 万元 figure's last digit) says the figures are printed in 元, whole hundreds or not.
        bool wan = figures is FindingFigures.Amounts or FindingFigures.ActualAgainstBudget && InWan(expected, actual) && tolerance % 50 == 0;
        // The flagged figure's own printing, where it prints the amount flagged, sets how every amount of the message is told.
        var style = refs.Count > 0 && Tellable(refs[0]) is { } printed && Fits(actual, printed) ? printed : null;
        string Figure(decimal value) => figures switch
        {
            // A rate keeps the decimals it is printed with (5.60%, not 5.6%).
            FindingFigures.Rates => $"{value.ToString(CultureInfo.InvariantCulture)}%",
            FindingFigures.Counts => Number(value),
            FindingFigures.Multiples => $"{value.ToString(CultureInfo.InvariantCulture)}倍",
            _ => style is not null && Fits(value, style, spare: 1) ? Amount(value, style) : Amount(value, wan),
        };

        var name = RuleCatalogue.NameZhOf(rule);
        var flagged = refs.Count > 0 ? Place(refs[0], null) : "";
        var others = Places(refs.Skip(1).DistinctBy(r => Place(r, refs[0])), refs[0]);
        var basis = others.Count == 0 ? ""
            : others.Count <= MaxPlacesListed ? $"按{string.Join("、", others)}"
            : $"按{string.Join("、", others.Take(MaxPlacesListed))}等{others.Count}处";
        // A stated comparison has no figure of its own to be off: say what the two figures are.
        if (figures == FindingFigures.ActualAgainstBudget)
            return $"{name}：{flagged}所列决算{Figure(actual)}、预算{Figure(expected)}，决算{(actual > expected ? "大于" : actual < expected ? "小于" : "等于")}预算";
        var bound = tolerance == 0 ? "" : $"（舍入容差{Figure(tolerance)}）";
        return $"{name}：{flagged}印为{Figure(actual)}，{basis}应为{Figure(expected)}，相差{Figure(actual - expected)}{bound}";
    }

    /// <summary>
    /// A whole printed below one of its parts: no figure it should be, only one it cannot be under
    /// ("印为326.71万元，小于其中一般公共预算支出功能分类表…的326.72万元").
    /// </summary>
    public static string BelowItsPart(string rule, decimal part, decimal whole, IReadOnlyList<FindingRef> refs)
    {
        var told = Teller(refs[0], whole, part);
        return $"{RuleCatalogue.NameZhOf(rule)}：{Place(refs[0], null)}印为{told(whole)}，小于其中{Place(refs[1], refs[0])}的{told(part)}，相差{told(whole - part)}";
    }

    /// <summary>
    /// A whole stated below the parts stated with it, not all of its parts being stated: no figure it should be, only one it
    /// cannot be under ("…印为140,593.34元，小于其中…、…之和142,593.34元"). <paramref name="refs"/> names the whole first.
    /// </summary>
    public static string BelowItsParts(string rule, decimal parts, decimal whole, IReadOnlyList<FindingRef> refs)
    {
        var told = Teller(refs[0], whole, parts);
        string named = string.Join("、", Places(refs.Skip(1), refs[0]));
        return $"{RuleCatalogue.NameZhOf(rule)}：{Place(refs[0], null)}印为{told(whole)}，小于其中{named}之和{told(parts)}，相差{told(whole - parts)}";
    }

    /// <summary>
    /// The same comparison told of the part, where the part is the misprint: "…印为860.11万元，大于其所属支出总表…的850.11万元".
    /// <paramref name="refs"/> names the part first.
    /// </summary>
    public static string AboveItsWhole(string rule, decimal part, decimal whole, IReadOnlyList<FindingRef> refs)
    {
        var told = Teller(refs[0], part, whole);
        return $"{RuleCatalogue.NameZhOf(rule)}：{Place(refs[0], null)}印为{told(part)}，大于其所属{Place(refs[1], refs[0])}的{told(whole)}，相差{told(part - whole)}";
    }

    /// <summary>
    /// What a change's amount would be were its rate the right one, told after the rate's own finding where last year's figure is
    /// not printed and either may be the misprint ("…印为1.15%，应为8.39%，相差-7.24%；若变动率无误，则变动额11.72万元应为1.72万元").
    /// </summary>
    /// <param name="low">The least amount at the stated digit the rate as printed fits.</param>
    /// <param name="high">The greatest: where it is more than the least, the amount should lie between them ("…应在8.14万元至8.16万元之间").</param>
    public static string OrTheAmount(FindingRef stated, decimal amount, decimal low, decimal high) =>
        "；若变动率无误，则变动额" + ShouldBe(stated, amount, low, high);

    /// <summary>A printed figure and what it should be, one figure or a range: "15.60万元应为16.11万元", "…应在16.11万元至16.12万元之间".</summary>
    private static string ShouldBe(FindingRef stated, decimal printed, decimal low, decimal high)
    {
        var told = Teller(stated, printed, low);
        return low == high ? $"{told(printed)}应为{told(low)}" : $"{told(printed)}应在{told(low)}至{told(high)}之间";
    }

    /// <summary>
    /// What the stated figure would be were its change and rate both right, told after <see cref="OrTheAmount"/> where no table
    /// prints the figure ("…；若变动额和变动率均无误，则所述金额158.30万元应在153.14万元至153.32万元之间").
    /// </summary>
    public static string OrTheFigure(FindingRef stated, decimal figure, decimal low, decimal high) =>
        "；若变动额和变动率均无误，则所述金额" + ShouldBe(stated, figure, low, high);

    /// <summary>
    /// A change sentence's amount, or its figure, that two digits swapped back make fit its rate, told in place of the rate
    /// ("…说明“…”变动额印为4.52万元，按所述变动率6.62%应为4.25万元，相差0.27万元，两位数字对调所致").
    /// </summary>
    public static string SwappedInAChange(string rule, bool amount, decimal printed, decimal meant, decimal pct, IReadOnlyList<FindingRef> refs)
    {
        var told = Teller(refs[0], printed, meant);
        string basis = amount ? $"所述变动率{pct.ToString(CultureInfo.InvariantCulture)}%" : $"所述变动额和变动率{pct.ToString(CultureInfo.InvariantCulture)}%";
        return $"{RuleCatalogue.NameZhOf(rule)}：{Place(refs[0], null)}{(amount ? "变动额" : "")}印为{told(printed)}，按{basis}应为{told(meant)}，相差{told(printed - meant)}，两位数字对调所致";
    }

    /// <summary>A change's two words stating opposite directions ("既称增加又称减少"), and the one its figures fit where they fit one.</summary>
    public static string SelfContradicting(string rule, bool firstIncrease, bool? fitsIncrease, IReadOnlyList<FindingRef> refs)
    {
        static string Word(bool increase) => increase ? "增加" : "减少";
        string fits = fitsIncrease is { } up ? $"；按所列变动额与变动率应为{Word(up)}" : "";
        return $"{RuleCatalogue.NameZhOf(rule)}：{Place(refs[0], null)}既称{Word(firstIncrease)}又称{Word(!firstIncrease)}，增减方向自相矛盾{fits}";
    }

    /// <summary>
    /// A change stated in the wrong direction: its amount and rate fit only the other one, which puts last year's figure
    /// at <paramref name="prior"/> ("称增加，而所列变动额与变动率只合于减少（上年数为155.01万元）").
    /// </summary>
    public static string OppositeDirection(string rule, bool statedIncrease, decimal prior, IReadOnlyList<FindingRef> refs) =>
        $"{RuleCatalogue.NameZhOf(rule)}：{Place(refs[0], null)}称{(statedIncrease ? "增加" : "减少")}，而所列变动额与变动率只合于{(statedIncrease ? "减少" : "增加")}（上年数为{Amount(prior, prior % 100 == 0)}）";

    /// <summary>
    /// A figure that last year's stated beside it and the change make otherwise, the change's amount and rate agreeing with each other
    /// ("…印为130.46万元，按所述上年数与变动额（二者与变动率相符）应为110.46万元，相差20.00万元").
    /// </summary>
    public static string FigureByItsChange(string rule, decimal printed, decimal meant, IReadOnlyList<FindingRef> refs)
    {
        var told = Teller(refs[0], printed, meant);
        return $"{RuleCatalogue.NameZhOf(rule)}：{Place(refs[0], null)}印为{told(printed)}，按所述上年数与变动额（二者与变动率相符）应为{told(meant)}，相差{told(printed - meant)}";
    }

    /// <summary>
    /// A change stated beside both years' figures that they do not give: what it says and what they make it, each with its
    /// direction ("称减少11.81万元，按所列两年数字应为增加8.19万元").
    /// </summary>
    public static string ChangeAgainstItsFigures(string rule, bool statedIncrease, decimal stated, decimal byFigures, IReadOnlyList<FindingRef> refs)
    {
        bool wan = InWan(stated, byFigures);
        string Told(bool increase, decimal amount) => $"{(increase ? "增加" : "减少")}{Amount(Math.Abs(amount), wan)}";
        bool figuresIncrease = statedIncrease ? byFigures >= 0 : byFigures < 0;
        return $"{RuleCatalogue.NameZhOf(rule)}：{Place(refs[0], null)}称{Told(statedIncrease, stated)}，按所列两年数字应为{Told(figuresIncrease, byFigures)}";
    }

    /// <summary>
    /// A narrative figure that disagrees with a table line whose own table's arithmetic gives the narrative's figure: the
    /// line is the misprint ("部门支出总表第6页“合计”的合计印为678,934,880.25元，而本表各项之和与第2页说明“…”均为677,934,880.25元").
    /// </summary>
    public static string TableLineAgainstNarrative(string rule, decimal line, decimal stated, FindingRef narrative, FindingRef tableLine)
    {
        var told = Teller(tableLine, line, stated);
        return $"{RuleCatalogue.NameZhOf(rule)}：{Place(tableLine, null)}印为{told(line)}，而本表所列各项合计与{Place(narrative, null)}均为{told(stated)}，相差{told(line - stated)}";
    }

    /// <summary>
    /// A table line against the narrative where the line is a term of its summary's balance that the narrative's figure would
    /// close ("…“年初结转和结余”的金额印为2,574.95万元，第2页说明“…”为1,574.95万元，相差1,000万元；以说明之数代入，本表的加总即相符，
    /// 误印当在该行", the balance's rule named).
    /// </summary>
    public static string TermAgainstNarrative(string rule, decimal line, decimal stated, FindingRef narrative, FindingRef tableLine)
    {
        var told = Teller(tableLine, line, stated);
        return $"{RuleCatalogue.NameZhOf(rule)}：{Place(tableLine, null)}印为{told(line)}，{Place(narrative, null)}为{told(stated)}，相差{told(line - stated)}；"
            + "以说明之数代入，本表的加总即相符，误印当在该行";
    }

    /// <summary>
    /// A share's message where the share holds against the part as its table prints it, the narrative misstating the part
    /// ("…；按收入总表第6页“合计”的上级补助收入所列1,550,000.00计算，占比相符，误印当在所述金额"), the line's figure as printed.
    /// </summary>
    public static string ShareOfTheTablesPart(string message, FindingRef line, string printed) =>
        $"{message}；按{Place(line, null)}所列{printed}计算，占比相符，误印当在所述金额";

    /// <summary>
    /// A class off its items while its column's total agrees with the classes (…；“合计”的金额与各类之和相符，该类无误，误印当在其下各项之中):
    /// one of the items is the misprint.
    /// </summary>
    public static string ConfirmedByTheTotal(string message, FindingRef total) =>
        $"{message}；{Place(total, null)}与各类之和相符，该类无误，误印当在其下各项之中";

    /// <summary>A subtotal off its parts that the total it stands in adds up with: the misprint is among the parts.</summary>
    public static string SubtotalConfirmedByTheTotal(string message, FindingRef total) =>
        $"{message}；{Place(total, null)}与含该小计的各项之和相符，小计无误，误印当在其组成各项之中";

    /// <summary>
    /// A department block's line against its units' lines of the code (…；部门合计块各行为所属各单位（海南省林业局本级、海南省林业科学研究所）同一科目之和).
    /// </summary>
    public static string OfUnits(string message, IEnumerable<string> units) =>
        $"{message}；部门合计块各行为所属各单位（{string.Join("、", units)}）同一科目之和";

    /// <summary>
    /// A subtotal off its parts while the total above adds up with it, one part printed above it (…；“三公”经费支出表第12页的合计与各项之和
    /// 相符，该小计无误，所列各项中仅“公务用车运行维护费”的金额大于该小计，误印当在该项（印为12000.00元，应为0.00元）).
    /// </summary>
    public static string PartAboveAHoldingWhole(string message, FindingRef total, FindingRef part, decimal meant) =>
        $"{message}；{Place(total, null)}与各项之和相符，该小计无误，所列各项中仅{Place(part, total)}大于该小计，误印当在该项{PrintedAndMeant(part, meant)}";

    /// <summary>
    /// A list's total off its rows that another table prints exactly (…；支出总表第9页“合计”的项目支出与之相符，合计无误，误印当在所列各行之中).
    /// </summary>
    public static string TotalConfirmedElsewhere(string message, FindingRef elsewhere) =>
        $"{message}；{Place(elsewhere, null)}与之相符，合计无误，误印当在所列各行之中";

    /// <summary>
    /// A class's only part told against the class, which its column's total confirms, the part's own items adding up to the class
    /// (…；“合计”的合计与各类之和相符，该类无误，且为其下唯一一款，该款下各项之和亦与该类相符，误印当在该款).
    /// </summary>
    public static string OnlyPartOfAConfirmedClass(string message, FindingRef total) =>
        $"{message}；{Place(total, null)}与各类之和相符，该类无误，且为其下唯一一款，该款下各项之和亦与该类相符，误印当在该款";

    /// <summary>
    /// A sum whose difference one of a few of its terms explains with two neighbouring digits swapped back (…；所列各项中仅“办公费”
    /// （30201）的公用经费印为28.64万元，两位数字对调即为26.84万元，各项之和即与所印相符，疑为误印; with two or three such terms, each
    /// told and one of them suspected). Null where a term's printing is not known.
    /// </summary>
    /// <param name="sum">The sum's own figure, whose table and page the terms' places leave out where they are its.</param>
    public static string? SwappedInATerm(string message, FindingRef sum, IReadOnlyList<(FindingRef Term, decimal Meant)> terms)
    {
        if (terms.Any(t => t.Term.Amount is null || Tellable(t.Term) is null)) return null;
        string Told((FindingRef Term, decimal Meant) t) => $"{Place(t.Term, sum)}印为{Amount(t.Term.Amount!.Value, t.Term.Style!)}";
        return terms is [var one]
            ? $"{message}；所列各项中仅{Told(one)}，两位数字对调即为{Amount(one.Meant, one.Term.Style!)}，各项之和即与所印相符，疑为误印"
            : $"{message}；所列各项中{string.Join("、", terms.Select(t => $"{Told(t)}（对调即为{Amount(t.Meant, t.Term.Style!)}）"))}，其中任一项两位数字对调，各项之和即与所印相符，疑为其中之一误印";
    }

    /// <summary>
    /// A row's or a column's sum whose difference the cell they share explains (…；该行与该列之差相同，同由一格而来，误印当在…), the
    /// cell's figure quoted as printed beside what it should be where its printing is known: a term of the sum, it should be
    /// <paramref name="off"/> (the sum's printed total less its terms) more.
    /// </summary>
    public static string AtCrossing(string message, FindingRef cell, decimal off) =>
        $"{message}；该行与该列之差相同，同由一格而来，误印当在{Place(cell, null)}{PrintedAndMeant(cell, cell.Amount + off)}";

    /// <summary>A misprinted figure as printed beside what it should be ("（印为780.04万元，应为708.04万元）"), where its printing is known; else nothing.</summary>
    private static string PrintedAndMeant(FindingRef figure, decimal? meant) =>
        figure.Amount is { } printed && meant is { } should && Tellable(figure) is { } style && Fits(printed, style) && Fits(should, style)
            ? $"（印为{Amount(printed, style)}，应为{Amount(should, style)}）"
            : "";

    /// <summary>
    /// A column total's message with where its difference comes from: one of its rows, off by as much the other way against
    /// another table ("…相差-5万元；差额即收支总表第6页“八、农林水支出”的金额与支出总表第8页“农林水支出”（213）的合计之差，误印当在该行");
    /// or a stated sum's, one of the parts the narrative states ("…误印当在该项"); or a row's total, one of its cells ("…误印当在该格").
    /// </summary>
    /// <param name="meant">What the row's figure should be, as the other says.</param>
    /// <param name="cellOfARow">Whether the figure is a cell of the row whose total is off, not a row of a column.</param>
    public static string EchoingARow(string message, FindingRef row, FindingRef other, decimal? meant, bool cellOfARow = false) =>
        $"{message}；差额即{Place(row, null)}与{Place(other, null)}之差，误印当在{(row.FactKey is not null ? "该项" : cellOfARow ? "该格" : "该行")}{PrintedAndMeant(row, meant)}";

    /// <summary>
    /// One side's total of a two-sided summary, unequal to the other side's and off its own parts by as much: that total is the
    /// misprint ("收支总表第5页“总计”的金额（收入方）印为2,112.84万元，与“总计”的合计（支出方）2,110.14万元不等，相差2.7万元；收入方所列各项之和为
    /// 2,110.14万元，与支出方相符，误印当在收入方的“总计”").
    /// </summary>
    public static string SideTotalOffItsParts(string rule, FindingRef misprinted, decimal printed, FindingRef other, decimal otherPrinted, bool income)
    {
        var told = Teller(misprinted, printed, otherPrinted);
        var (side, otherSide) = income ? ("收入方", "支出方") : ("支出方", "收入方");
        // Both sides' totals labelled alike (a final account's 总计 | 总计) are told apart by their side.
        bool alike = misprinted.RowLabel == other.RowLabel;
        string Side(string name) => alike ? $"（{name}）" : "";
        return $"{RuleCatalogue.NameZhOf(rule)}：{Place(misprinted, null)}{Side(side)}印为{told(printed)}，与{Place(other, misprinted)}{Side(otherSide)}{told(otherPrinted)}不等，"
            + $"相差{told(printed - otherPrinted)}；{side}所列各项之和为{told(otherPrinted)}，与{otherSide}相符，误印当在{side}的“{misprinted.RowLabel}”";
    }

    /// <summary>
    /// Several projects of a 项目支出表 under one code whose general-budget money together is not that code's 项目支出 in the
    /// function table ("项目支出表第10页“普通高中免学费补助”、“普通高中国家助学金”（2050204）的一般公共预算财政拨款合计为623.59万元，按…应为593.59万元").
    /// </summary>
    public static string ProjectsUnderACode(string rule, IReadOnlyList<FindingRef> projects, decimal listed, FindingRef row, decimal expected)
    {
        bool wan = InWan(listed, expected);
        var first = projects[0];
        string names = string.Join("、", projects.Select(p => $"“{p.RowLabel}”"));
        string table = TableAndPage(first);
        string column = first.Measure is { } m ? $"的{Column(m)}" : "";
        return $"{RuleCatalogue.NameZhOf(rule)}：{table}{names}（{first.Code}）{column}合计为{Amount(listed, wan)}，按{Place(row, null)}应为{Amount(expected, wan)}，相差{Amount(listed - expected, wan)}";
    }

    /// <summary>How a figure is printed, where its unit is one a message has a word for; else null.</summary>
    private static PrintedStyle? Tellable(FindingRef where) =>
        where.Style is { } style && MoneyUnitWords.WordFor(style.YuanPerUnit) is not null ? style : null;

    /// <summary>
    /// Whether an amount (yuan) is one its style prints, with <paramref name="spare"/> decimals more (a rounding tolerance's half
    /// digit); a table's 元 figure told in a statement's 万元 would need four more, and is told in 元.
    /// </summary>
    private static bool Fits(decimal yuan, PrintedStyle style, int spare = 0) =>
        yuan / style.YuanPerUnit % PrintedPrecision.DigitUnit(style.Decimals + spare) == 0;

    /// <summary>
    /// An amount told as the flagged figure is printed: in its unit, to its decimals (one more where the amount has it, as a
    /// rounding tolerance may), with thousands separators where it has them.
    /// </summary>
    private static string Amount(decimal yuan, PrintedStyle style)
    {
        decimal value = yuan / style.YuanPerUnit;
        int needed = Enumerable.Range(0, 29).First(d => value % PrintedPrecision.DigitUnit(d) == 0);
        int decimals = Math.Max(style.Decimals, needed);
        string format = (style.Grouped ? "#,0" : "0") + (decimals > 0 ? "." + new string('0', decimals) : "");
        return value.ToString(format, CultureInfo.InvariantCulture) + MoneyUnitWords.WordFor(style.YuanPerUnit);
    }

    /// <summary>
    /// How a message tells its amounts: as the flagged figure is printed (its unit, its decimals), where its printing is known and
    /// prints <paramref name="printed"/>; else in 万元 where every amount is whole hundreds of yuan, else in 元.
    /// </summary>
    private static Func<decimal, string> Teller(FindingRef flagged, decimal printed, decimal other)
    {
        var style = Tellable(flagged) is { } s && Fits(printed, s) ? s : null;
        bool wan = InWan(printed, other);
        return value => style is not null && Fits(value, style, spare: 1) ? Amount(value, style) : Amount(value, wan);
    }

    /// <summary>Whether two amounts (yuan) are told in 万元: both whole hundreds of yuan, as 万元 to two decimals print.</summary>
    private static bool InWan(decimal a, decimal b) => a % 100 == 0 && b % 100 == 0;

    // Yuan with fen are shown to the fen, as printed (4,801,883.20元, not 4,801,883.2元).
    private static string Amount(decimal yuan, bool wan) =>
        wan ? $"{Number(yuan / 10000)}万元" : yuan % 1 != 0 ? $"{yuan.ToString("#,0.00####", CultureInfo.InvariantCulture)}元" : $"{Number(yuan)}元";

    /// <summary>The table a figure is printed in and its page, as a place opens: "《…表格.pdf》项目支出表第10页".</summary>
    private static string TableAndPage(FindingRef where) =>
        InFile(where.File) + (where.TableType is { } type ? TableTitles.ReaderName(type) : where.TableId ?? "") + (where.Page is { } page ? $"第{page}页" : "");

    /// <summary>Titles longer than this are no name a reader looks for (a caption read with its note): the type's name stays.</summary>
    private const int MaxTitleLength = 40;

    /// <summary>
    /// The message with each table of this document it names by its type's reader name (<see cref="TableAndPage"/>) named
    /// by the title it prints instead ("支出决算表第12页", not 支出总表; <see cref="TableTitles.Named"/>), so a reader finds it on
    /// the page; a table with no title read, or one of two tables of a type on one page, keeps the reader's name.
    /// </summary>
    public static string WithPrintedTitles(string message, IReadOnlyList<FindingRef> refs, IReadOnlyList<Table> tables)
    {
        var named = new List<(FindingRef Where, string Title)>();
        foreach (var place in refs.Where(r => r is { File: null, TableId: not null, TableType: not null, Page: not null }).GroupBy(TableAndPage))
        {
            if (place.Select(r => r.TableId).Distinct().Count() != 1 || tables.FirstOrDefault(t => t.Id == place.First().TableId) is not { } table
                || TableTitles.Named(table.Title) is not { Length: > 0 and <= MaxTitleLength } title) continue;
            named.Add((place.First(), title));
        }
        // Each place where it stands for this document's table: not another file's (《…》收入总表第5页) nor the end of a longer name
        // (财政拨款收支总表第9页 is no 收支总表's place); a title put in is not looked in again.
        var put = new List<string>();
        foreach (var (where, title) in named.OrderByDescending(n => TableAndPage(n.Where).Length))
        {
            string readerName = TableTitles.ReaderName(where.TableType!);
            string longer = string.Concat(TableTitles.WordsMakingLongerNames(readerName).Select(words => $"(?<!{Regex.Escape(words)})"));
            message = Regex.Replace(message, $"(?<!》){longer}{Regex.Escape(TableAndPage(where))}", _ => $"\u0001{put.Count}\u0002");
            put.Add($"{title}第{where.Page}页");
        }
        return PutTitle().Replace(message, m => put[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)]);
    }

    [GeneratedRegex("\u0001(\\d+)\u0002")]
    private static partial Regex PutTitle();

    /// <summary>
    /// Places listed one after another: a figure in the same table as the one listed before it is named without the table and
    /// page again ("“三公”经费支出表第17页的因公出国（境）费、公务接待费", not the table twice).
    /// </summary>
    private static List<string> Places(IEnumerable<FindingRef> listed, FindingRef flagged)
    {
        var places = new List<string>();
        FindingRef? before = null;
        foreach (var where in listed)
        {
            bool afterItsTable = before is { Quote: null, TableId: not null } && where.Quote is null;
            places.Add(Place(where, afterItsTable ? before : flagged));
            before = where;
        }
        return places;
    }

    /// <summary>Where a figure is printed; the table and page are left out when they are the flagged figure's.</summary>
    private static string Place(FindingRef where, FindingRef? flagged)
    {
        var page = where.Page is { } p ? $"第{p}页" : "";
        if (where.Quote is { } quote)
            return $"{page}说明“{(quote.Length > 60 ? quote[..60] + "…" : quote)}”";
        bool sameTable = flagged is not null && flagged.TableId == where.TableId && flagged.Page == where.Page && flagged.File == where.File;
        var table = sameTable ? "" : TableAndPage(where);
        var code = where.Code is { Length: > 0 } c ? $"（{c}）" : "";
        var column = where.Measure is { } m ? Column(m) : "";
        // A line without a label of its own (a 三公 table's one row of columns) is named by its column alone.
        var label = where.RowLabel is { Length: > 0 } row ? $"“{row}”" : "";
        var owner = table + label + code;
        return column.Length == 0 ? owner : owner.Length == 0 ? column : $"{owner}的{column}";
    }

    /// <summary>
    /// One figure printed two ways by two publications, neither known to be the misprint: a unit's own publication and its
    /// department's row of the unit ("本单位收入总表第9页…印为860.00万元，《…部门预算.pdf》收入总表第5页…印为806.00万元，相差54.00万元").
    /// </summary>
    public static string PrintedInTwoPublications(string rule, FindingRef own, FindingRef other)
    {
        decimal a = own.Amount ?? 0, b = other.Amount ?? 0;
        string Told(decimal value, FindingRef where) => Tellable(where) is { } style && Fits(value, style) ? Amount(value, style) : Amount(value, InWan(a, b));
        return $"{RuleCatalogue.NameZhOf(rule)}：本单位{Place(own, null)}印为{Told(a, own)}，{Place(other, null)}印为{Told(b, other)}，相差{Told(a - b, own)}";
    }

    /// <summary>The other file of the publication a figure is printed in, as the place opens: "《…表格.pdf》"; empty for the document's own.</summary>
    public static string InFile(string? file) => file is null ? "" : $"《{Path.GetFileName(file)}》";

    /// <summary>A final account's phase columns, as the column's name prints them after it: 公务接待费（决算数）.</summary>
    private static readonly Dictionary<string, string> PhaseNames = new()
    {
        [Measures.BudgetInitial] = "年初预算数", [Measures.BudgetAdjusted] = "全年预算数", [Measures.Actual] = "决算数",
    };

    private static string Column(string measure) =>
        Measures.SplitPhase(measure) is { Phase.Length: > 0 } phased
            ? $"{Column(phased.Measure)}（{PhaseNames[phased.Phase]}）"
        : MeasureNames.TryGetValue(measure, out var name) ? name
        // A column printing a phase alone (年初预算数 beside 决算数 over nothing further).
        : PhaseNames.TryGetValue(measure, out var phase) ? phase
        : measure.StartsWith(Measures.EconomicPrefix, StringComparison.Ordinal) ? $"经济分类{measure[Measures.EconomicPrefix.Length..]}"
        : Measures.IsOther(measure) ? measure[Measures.OtherPrefix.Length..]
        : measure;

    private static string Number(decimal value) => value.ToString("#,0.######", CultureInfo.InvariantCulture);
}
