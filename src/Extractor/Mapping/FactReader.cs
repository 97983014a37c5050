using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Extractor.Layout;
using Extractor.Model;

namespace Extractor.Mapping;

/// <summary>
/// Reads the figures the narrative states: totals and their parts with their stated shares
/// ("一般公共预算财政拨款收入1940.66万元,占95.23%") and changes ("比2023年预算增加224.17万元,增长12.36%",
/// "与2023年预算持平"), 三公 parts, 机关运行经费, procurement, staff and vehicles — each with its page and the
/// sentence it was read from. Amounts are converted to yuan by the unit printed with them.
/// </summary>
public static partial class FactReader
{
    private const string Figure = @"\d[\d,]*(?:\.\d+)?";
    private const string Amount = $@"(?<amount>{Figure})(?<unit>万元|元)";
    // "比2022年预算增加95.54万元,增长1.78%", "与2022年预算持平", "与上年相比增加3,226.63万元，增长32.04%" (the year
    // before the document's).
    // "与上年相比收、支预算总计各增加2214.39万元，增长10.06%"; a change may open the sentence after its figure
    // ("基本支出预算数为15,844.04万元。与上年相比增加1849.73万元，增长13.22%").
    private const string Change = $@"(?:(?:[,，]|。(?=与上年))(?:(?:比(?<year>20\d\d)年(?:预算|决算)?(?:数)?|(?<lastyear>与上年(?:相比)?[,，]?(?:收、?支预算总计各)?))(?<direction>增加|减少)了?(?<camount>{Figure})(?:万元|元)(?:[,，](?:增长|增加|上升|下降|减少|降低|降幅|增幅)(?<pct>\d+(?:\.\d+)?)%)?|(?:与|比)(?<fyear>20\d\d)年(?:预算|决算)?(?:数)?持平))?";
    private const string Share = @"(?:[,，]占(?<share>\d+(?:\.\d+)?)%)?";
    // "因公出国（境）费支出110万元，占“三公”经费的18.85%": a share of the 三公 total.
    // A page number set inside the quoted 三公 ("三8公") is no part of it.
    private const string ThreePublicShare = @"(?:[,，]占[""“”']?三\d{0,2}公[""“”']?经费(?:总额|合计)?(?:的)?(?<threeshare>\d+(?:\.\d+)?)%)?";

    private static readonly (string Key, Regex Pattern, string? ShareOf)[] MoneyFacts =
    [
        // 20XX年部门收支总预算 (Hubei); 支出预算合计/总计 (Jiangsu); 支出预算X万元，其中 opening a paragraph (Shanghai);
        // 本年支出合计 (final accounts).
        (FactKeys.ExpenditureTotal, Rule(@"(?:20\d\d年部门收支总预算|(?<![\w])支出预算(?:合计|总计|总额)(?:为)?|(?<=[。；;])支出预算(?=\d[\d,.]*(?:万元|元)[,，]其中)|本年支出合计(?:为)?)" + Amount + Change), null),
        (FactKeys.IncomeTotal, Rule(@"(?:20\d\d年部门收入预算|(?<![\w])收入预算(?:合计|总计|总额)(?:为)?|20\d\d年[,，][^。；;,，\d]{0,40}?收入预算|本年收入合计(?:为)?)" + Amount), null),
        (FactKeys.IncomeGeneralBudget, Rule(@"一般公共预算(?:财政)?(?:拨款)?收入" + Amount + Share), FactKeys.IncomeTotal),
        (FactKeys.IncomeGovernmentFund, Rule(@"政府性基金预算(?:财政)?(?:拨款)?收入" + Amount + Share), FactKeys.IncomeTotal),
        (FactKeys.IncomeOther, Rule(@"(?<![\w])其他(?:收入|资金)" + Amount + Share), FactKeys.IncomeTotal),
        (FactKeys.IncomeCarryover, Rule(@"上年结转(?:资金)?" + Amount + Share), FactKeys.IncomeTotal),
        (FactKeys.ExpenditureBasic, Rule(@"(?<![)）])基本支出" + Amount + @"(?=[,，]占)" + Share), FactKeys.ExpenditureTotal),
        (FactKeys.ExpenditureProject, Rule(@"(?<![)）])项目支出" + Amount + @"(?=[,，]占)" + Share), FactKeys.ExpenditureTotal),
        // Jiangsu states each part again with its change: "基本支出预算数为15,844.04万元。与上年相比增加1849.73万元…".
        (FactKeys.ExpenditureBasic, Rule(@"(?<![)）\w])基本支出预算数为" + Amount + Change), null),
        (FactKeys.ExpenditureProject, Rule(@"(?<![)）\w])项目支出预算数为" + Amount + Change), null),
        (FactKeys.ExpenditureReserve, Rule(@"(?<![\w])(?:单位)?预留机动经费预算数为" + Amount + Change), null),
        // Jiangsu's third part of expenditure: "单位预留机动经费182.92万元，占0.64%".
        (FactKeys.ExpenditureReserve, Rule(@"(?<![\w])(?:单位)?预留机动经费" + Amount + @"(?=[,，]占)" + Share), FactKeys.ExpenditureTotal),
        (FactKeys.FiscalAppropriationTotal, Rule(@"(?:20\d\d年财政拨款收支总预算|20\d\d年度?财政拨款收入支出(?:决算)?总计(?:为)?)" + Amount), null),
        // A final account's "2024年度收入支出总计2995.39万元": both sides of 收入支出决算总表.
        (FactKeys.IncomeExpenditureTotal, Rule(@"20\d\d年度?收入支出(?:决算)?总计(?:为)?" + Amount + Change), null),
        (FactKeys.GeneralBudgetTotal, Rule(@"(?:20\d\d年一般公共预算财政拨款支出预算|(?<=[,，。；;])一般公共预算拨款支出预算|一般公共预算财政拨款支出(?=\d))" + Amount + Change), null),
        (FactKeys.GeneralBudgetBasic, Rule(@"(?:[(（]一[)）]基本支出|一般公共预算财政拨款基本支出(?=\d))" + Amount + Change), null),
        (FactKeys.GeneralBudgetProject, Rule(@"[(（]二[)）]项目支出" + Amount + Change), null),
        (FactKeys.ExpenditurePersonnel, Rule(@"人员经费" + Amount), null),
        (FactKeys.ExpenditurePublicFunds, Rule(@"公用经费" + Amount + Change), null),
        (FactKeys.ThreePublicTotal, Rule(@"[""“”']?三公[""“”']?经费(?:支出)?预算(?:数)?(?:为)?" + Amount + Change), null),
        (FactKeys.ThreePublicOverseas, Rule(@"因公出国[(（]境[)）]经?费(?:预算)?(?:支出)?" + Amount + ThreePublicShare + Change), null),
        (FactKeys.ThreePublicVehicle, Rule(@"公务用车购置及运行(?:维护)?费(?:预算)?(?:支出)?" + Amount + ThreePublicShare + Change), null),
        ("three_public.vehicle_purchase", Rule(@"公务用车购置费(?:支出)?" + Amount + ThreePublicShare + Change), null),
        ("three_public.vehicle_operation", Rule(@"公务用车运行(?:维护)?费(?:支出)?" + Amount + ThreePublicShare + Change), null),
        (FactKeys.ThreePublicReception, Rule(@"公务接待费(?:预算)?(?:支出)?" + Amount + ThreePublicShare + Change), null),
        // "2023年部门机关及下属…的机关运行经费186.28万元", "2025年<单位>下属1家机关…的机关运行经费预算为213.28万元"
        (FactKeys.OperatingCosts, Rule(@"20\d\d年[^。，,；;]{0,60}?机关运行经费(?:预算)?(?:支出)?(?:数)?(?:为)?" + Amount + Change), null),
        (FactKeys.ProcurementTotal, Rule(@"政府采购预算(?:支出)?(?:合计|总额)?(?:为)?" + Amount), null),
        (FactKeys.ProcurementGoods, Rule(@"(?:货物类|政府采购货物预算)" + Amount), null),
        (FactKeys.ProcurementWorks, Rule(@"(?:工程类|政府采购工程预算)" + Amount), null),
        (FactKeys.ProcurementServices, Rule(@"(?:服务类|政府采购服务预算)" + Amount), null),
        (FactKeys.PurchasedServicesTotal, Rule(@"政府购买服务支出合计" + Amount), null),
    ];

    private static readonly (string Key, Regex Pattern)[] CountFacts =
    [
        (FactKeys.StaffAuthorized, Rule(@"共有编制(?<count>\d+)人")),
        (FactKeys.StaffActual, Rule(@"在职实有人数(?<count>\d+)人")),
        (FactKeys.StaffRetired, Rule(@"离退休人员(?<count>\d+)人")),
        // "截至2024年8月31日，<单位>共有车辆0辆", "部门共有车辆66辆": the literal first, so no position scans ahead.
        (FactKeys.VehiclesTotal, Rule(@"(?:截至20\d\d年\d+月\d+日[,，][^。；;,，]{0,40}?|部门)?共有车辆(?<count>\d+)辆")),
    ];

    // "年初预算为1560.05万元，[全年预算为…，]支出决算为1511.89万元[，完成年初预算的96.91%]。决算数小于预算数"
    private static readonly Regex Execution = Rule(
        $@"(?:年初预算(?:数)?为(?<initial>{Figure})(?<iunit>万元|元)[,，])?(?:全年预算(?:数)?为(?<adjusted>{Figure})(?<aunit>万元|元)[,，])?" +
        $@"(?<=预算(?:数)?为{Figure}(?:万元|元)[,，])(?:支出)?决算(?:数)?为(?<amount>{Figure})(?<unit>万元|元)" +
        @"(?:[,，]完成(?:年初|全年)?预算(?:数)?的(?<pct>\d+(?:\.\d+)?)%)?[。；;]?" +
        @"(?:决算数(?<cmp>大于|高于|小于|低于|等于)(?:年初|全年)?预算数|决算数(?:与|同)(?:年初|全年)?预算数(?<roughly>基本)?持平)?");

    private static Regex Rule(string pattern) => new(pattern, RegexOptions.CultureInvariant);

    /// <summary>The totals a list of classes may state its shares of ("一般公共预算财政拨款支出2940.05万元，主要用于：…（类）…占71.73%").</summary>
    private static readonly HashSet<string> ShareBases =
        [FactKeys.GeneralBudgetTotal, FactKeys.ExpenditureTotal, FactKeys.FiscalAppropriationTotal, FactKeys.IncomeTotal];

    /// <param name="layout">The document's text.</param>
    /// <param name="fiscalYear">The document's year, for a change stated against 上年; without it such a change is not read.</param>
    public static IReadOnlyList<Fact> Read(DocumentLayout layout, int? fiscalYear = null)
    {
        var (text, pages) = Narrative(layout);
        var facts = new List<Fact>();
        var totals = new List<(int At, string Key)>();
        foreach (var (key, pattern, shareOf) in MoneyFacts)
        // A part of a stated composition (收入…其中…占) is read where the composition states it; the same
        // words later name other quantities (政府性基金…上年结转0万元). A level is read wherever it is stated.
        foreach (var m in shareOf is null ? Levels(pattern, text) : Levels(pattern, text).Take(1))
        {
            decimal factor = UnitFactor(m.Groups["unit"].Value);
            if (ShareBases.Contains(key)) totals.Add((m.Index, key));
            var share = m.Groups["share"].Success ? (shareOf, m.Groups["share"])
                : m.Groups["threeshare"].Success ? (FactKeys.ThreePublicTotal, m.Groups["threeshare"])
                : (null, null);
            facts.Add(new Fact
            {
                Key = key,
                Value = Number(m.Groups["amount"].Value) * factor,
                PrintedUnit = factor,
                ShareOf = share.Item1,
                SharePct = share.Item2 is { } pct ? Number(pct.Value) : null,
                Change = ChangeOf(m, factor, fiscalYear),
                Page = pages[m.Index],
                Quote = m.Value,
            });
        }
        var consumed = new bool[text.Length];
        totals.Sort();
        facts.AddRange(FunctionItemReader.Read(text, pages, fiscalYear, consumed,
            at => totals.LastOrDefault(t => t.At < at).Key));
        facts.AddRange(Executions(text, pages, consumed));
        foreach (var (key, pattern) in CountFacts)
            if (pattern.Match(text) is { Success: true } m)
                facts.Add(new Fact { Key = key, Value = Number(m.Groups["count"].Value), Page = pages[m.Index], Quote = m.Value });
        return facts;
    }

    /// <summary>
    /// Every statement of the figure's level (a narrative may state it in two sections): "基本支出增加人员经费
    /// 1408.29万元" states a change of 人员经费, not the figure, whatever the fact.
    /// </summary>
    private static IEnumerable<Match> Levels(Regex pattern, string text)
    {
        for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
            if (m.Index < 2 || !ChangeWords.Contains(text.Substring(m.Index - 2, 2))) yield return m;
    }

    private static readonly HashSet<string> ChangeWords = ["增加", "减少", "增长", "下降", "节约", "增支", "减支"];

    /// <summary>
    /// Every statement of a budget carried out (a final account has one per line it explains), but for those
    /// read already as a function item's (<paramref name="consumed"/>).
    /// </summary>
    private static IEnumerable<Fact> Executions(string text, List<int> pages, bool[] consumed)
    {
        foreach (Match m in Execution.Matches(text))
        {
            if (consumed[m.Index + m.Length - 1]) continue;
            var budget = m.Groups["adjusted"].Success ? (m.Groups["adjusted"], m.Groups["aunit"]) : (m.Groups["initial"], m.Groups["iunit"]);
            if (!budget.Item1.Success) continue;
            string? stated = m.Groups["roughly"].Success ? "about_equal"
                : m.Groups["cmp"].Value switch { "大于" or "高于" => "greater", "小于" or "低于" => "less", "等于" => "equal", _ => m.Value.EndsWith("持平") ? "equal" : null };
            yield return new Fact
            {
                Key = FactKeys.BudgetExecution,
                Value = Number(m.Groups["amount"].Value) * UnitFactor(m.Groups["unit"].Value),
                Execution = new BudgetExecution(Number(budget.Item1.Value) * UnitFactor(budget.Item2.Value),
                    m.Groups["pct"].Success ? Number(m.Groups["pct"].Value) : null, stated),
                Page = pages[m.Index],
                Quote = m.Value,
            };
        }
    }

    private static decimal UnitFactor(string unit) => unit == "万元" ? 10000m : 1m;

    private static FactChange? ChangeOf(Match m, decimal factor, int? fiscalYear)
    {
        if (m.Groups["fyear"].Success)
            return new FactChange(int.Parse(m.Groups["fyear"].Value, CultureInfo.InvariantCulture), 0m, null, "flat");
        if (!m.Groups["direction"].Success) return null;
        int? compared = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : fiscalYear - 1;
        if (compared is not { } year) return null;
        return new FactChange(year, Number(m.Groups["camount"].Value) * factor,
            m.Groups["pct"].Success ? Number(m.Groups["pct"].Value) : null, m.Groups["direction"].Value == "增加" ? "increase" : "decrease");
    }

    private static decimal Number(string text) => decimal.Parse(text.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>
    /// The document's text as one string without spaces (a sentence wraps across lines and pages as it
    /// pleases), and the page of every character.
    /// </summary>
    private static (string Text, List<int> Pages) Narrative(DocumentLayout layout)
    {
        var text = new StringBuilder();
        var pages = new List<int>();
        // Page numbers are no part of a sentence running over a page break ("增长3" | "3" | "17.31%").
        foreach (var (page, line) in layout.AllLines.Where(l => !Tables.PageMarker.In(l.Line.Text)))
            foreach (var c in line.Text)
            {
                if (char.IsWhiteSpace(c)) continue;
                text.Append(c);
                pages.Add(page);
            }
        return (text.ToString(), pages);
    }
}
