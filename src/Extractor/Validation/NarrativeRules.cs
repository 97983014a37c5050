using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// <c>narrative.share</c>: a share the narrative states ("占81.77%") equals part ÷ whole at the printed
/// precision; <c>narrative.change</c>: a stated change rate ("增加95.54万元,增长1.78%") equals the amount over
/// last year's figure (this year's less an increase, plus a decrease). Shares round half away from zero;
/// change and completion rates are computed from figures themselves rounded (<see cref="PrintedRate"/>).
/// </summary>
public sealed class NarrativeShareRule : IConsistencyRule
{
    public string Id => RuleIds.NarrativeShare;

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        var threePublic = ThreePublicBase(document);
        var statedThreePublic = StatedThreePublicParts(document);
        int narrativeDecimals = FactPrecision.NarrativeDecimals(document);
        // Half a unit of a stated figure's last digit, no coarser than the narrative prints most figures ("110万元" among
        // figures to the 0.01 is 110.00).
        decimal Half(Fact fact) => FactPrecision.HalfDigitInYuan(fact, fact.Value, narrativeDecimals);
        foreach (var part in document.Facts.Where(f => f.ShareOf is not null && f.SharePct is not null))
        {
            int decimals = PrintedPrecision.Decimals(part.SharePct!.Value);
            decimal ShareOf(decimal whole) => Math.Round(part.Value / whole * 100, decimals, MidpointRounding.AwayFromZero);
            // The department's own statements of the whole: a unit's total stated under its name is its own.
            var statedWholes = document.Facts.Where(f => f.Key == part.ShareOf && f.Scope is null).ToList();
            // A whole stated more than once with different figures (the overview's and its own section's): the share
            // holds if it is right against any of them, and is otherwise held to the one stated last on its page or
            // before. Not for a share of 三公 measured against its three parts, which no stated total replaces.
            bool ofThreeParts = part.ShareOf == FactKeys.ThreePublicTotal && (threePublic is not null || statedThreePublic is not null);
            if (!ofThreeParts && statedWholes.Count > 1 && statedWholes.Any(f => f.Value != 0 && ShareOf(f.Value) == part.SharePct)) continue;
            // The whole, what rounding to print may have moved it by (nothing for the 三公 table's), and where it is printed.
            var (whole, half, refs) = part.ShareOf == FactKeys.ThreePublicTotal && threePublic is { } table
                    ? (table.Sum(i => i.Amount), 0m, table.Select(SumCheck.Ref).ToList())
                : part.ShareOf == FactKeys.ThreePublicTotal && statedThreePublic is { } stated
                    ? (stated.Sum(f => f.Value), stated.Sum(Half), stated.Select(SumCheck.Ref).ToList())
                : NearestWhole(statedWholes, part) is { } fact ? (fact.Value, Half(fact), [SumCheck.Ref(fact)])
                : AllPartsStated(document, part.ShareOf!) is { } parts
                    ? (parts.Sum(f => f.Value), parts.Sum(Half), parts.Select(SumCheck.Ref).ToList())
                // A whole the narrative does not state is the tables' (round JL's Jiangsu unit: "一般公共预算收入609.18万元，占80.56%" of
                // a 本年收入预算合计 the reader has no phrasing of).
                : NarrativeTableRule.TableLine(document, part.ShareOf!) is { Amount: not 0 } tablesWhole
                    ? (tablesWhole.Amount, SumCheck.HalfLastDigitInYuan([tablesWhole]), [SumCheck.Ref(tablesWhole)])
                : (0m, 0m, []);
            if (whole == 0) continue;
            decimal expected = ShareOf(whole);
            if (expected == part.SharePct) continue;
            // A share computed before the figures were rounded to print (119.77 of 1,268.06 万元 printed 9.44 %, exactly 9.4448 %)
            // holds where figures within their rounding give it; not one of the 三公 table's figures, which it prints exactly.
            if (half > 0 && PrintedRate.Admits(part.SharePct!.Value, PrintedRate.Percent, new(part.Value, Half(part)), new(whole, half), out _))
                continue;
            if (part.ShareOf == FactKeys.ThreePublicTotal && ExactThreePublicShare(document, part, decimals) == part.SharePct) continue;
            if (HoldsAgainstTablesWhole(document, part, whole, Half(part))) continue;
            // A stated whole off its own stated parts (round BE's Guangdong: 政府采购支出总额 misprinted, 货物 + 工程 + 服务 right): the
            // share of the parts' sum is right, the whole's misprint sum.procurement's.
            if (ProcurementKinds(document, part.ShareOf!) is { } statedParts && statedParts.Sum(f => f.Value) is var partsSum && partsSum != whole && partsSum > 0
                && PrintedRate.Admits(part.SharePct!.Value, PrintedRate.Percent, new(part.Value, Half(part)), new(partsSum, statedParts.Sum(Half)), out _)) continue;
            // A stated whole its table prints otherwise is a misprint of its own (narrative.table's): the share is what the table's
            // whole gives (round JP's Chongqing: 政府性基金 "占5.95%" of a 支出预算总数 stated 12515.94 that the tables print 12155.94, 5.59 %).
            if (refs is [{ FactKey: not null }] && statedWholes.FirstOrDefault(f => f.Value == whole) is { } statedWhole
                && NarrativeTableRule.TableLine(document, part.ShareOf!) is { Amount: not 0 } tablesLine
                && !FactPrecision.Restates(tablesLine, whole, FactPrecision.LastDigitInYuan(statedWhole)))
                (expected, refs) = (ShareOf(tablesLine.Amount), [SumCheck.Ref(tablesLine)]);
            var finding = SumCheck.Graded(Id, $"{SumCheck.Named(part)} share of {part.ShareOf}", expected, part.SharePct!.Value, tolerance: 0,
                [SumCheck.Ref(part), .. refs], FindingFigures.Rates);
            yield return TablesPartFitting(document, part, whole, half) is { } line
                ? finding with { MessageZh = ChineseMessage.ShareOfTheTablesPart(finding.MessageZh, SumCheck.Ref(line), line.AmountPrinted) }
                : finding;
        }
    }

    /// <summary>
    /// The part's table line where the narrative states the part otherwise and the share holds against the line (round CJ's Luchuan
    /// hospital: 上级补助收入 stated 1,553,000.00 where the income table prints 1,550,000.00, "占0.51%" of the year's income): the
    /// share stays flagged against the stated figures, as the contract has it, and its message names the part's statement as
    /// the misprint; null otherwise. So a class's paragraph (round FR's Qingdao: "公共安全支出（类）1550.67万元，占80.18%" of a class the
    /// function table prints 1540.67).
    /// </summary>
    private static LineItem? TablesPartFitting(ExtractedDocument document, Fact part, decimal whole, decimal wholeHalf) =>
        NarrativeChangeRule.CurrentLine(document, part) is { Amount: not 0 } line && line.Amount != part.Value
        && PrintedRate.Admits(part.SharePct!.Value, PrintedRate.Percent, new(line.Amount, SumCheck.HalfLastDigitInYuan([line])), new(whole, wholeHalf), out _)
            ? line : null;

    /// <summary>
    /// Whether a share holds against the whole as the tables print it where the narrative states the whole otherwise (round BB's
    /// Hubei: "基本支出1786.31万元，占75.59%" of a stated 支出预算2363.36万元 that the tables print 2,363.26): the whole's statement
    /// is the misprint, which narrative.table reports, and each share of it would otherwise repeat it. So for a share of 三公
    /// against its table's 合计 where the table's parts do not add up to it, a part misprinted (round BI: 123,127 of the 合计
    /// 135,863 printed 90.63 %, the parts adding up to 135,503), which sum.three_public reports. A part the narrative
    /// misstates leaves its share flagged against the stated figures, as the contract has it.
    /// </summary>
    private static bool HoldsAgainstTablesWhole(ExtractedDocument document, Fact part, decimal whole, decimal partHalf) =>
        NarrativeTableRule.TableLine(document, part.ShareOf!) is { Amount: not 0 } line && line.Amount != whole
        && PrintedRate.Admits(part.SharePct!.Value, PrintedRate.Percent, new(part.Value, partHalf), new(line.Amount, SumCheck.HalfLastDigitInYuan([line])), out _);

    /// <summary>The stated whole a share is read against: the last stated on the share's page or before it, else the first.</summary>
    private static Fact? NearestWhole(List<Fact> wholes, Fact part)
    {
        // A whole restated by a change of its own sentence (与2023年执行数相比，收入、支出预算总计各减少…) is named by the
        // sentence that prints its figure, where one does.
        var printing = wholes.Where(FactPrecision.PrintsItsFigure).ToList();
        var named = printing.Count > 0 ? printing : wholes;
        return named.LastOrDefault(f => f.Page <= part.Page) ?? named.FirstOrDefault();
    }

    /// <summary>
    /// Wholes made of their parts alone: the general budget of basic and project expenditure, procurement of goods,
    /// works and services, and a budget's expenditure (not a final account's: its text may leave parts out).
    /// </summary>
    private static readonly (FactComposition Composition, bool BudgetsOnly)[] Partitions =
        [(FactCompositions.GeneralBudget, false), (FactCompositions.Procurement, false), (FactCompositions.Expenditure, true)];

    /// <summary>The procurement's three kinds (货物, 工程, 服务), each stated, where a share is of the procurement's total; else null.</summary>
    private static IReadOnlyList<Fact>? ProcurementKinds(ExtractedDocument document, string whole) =>
        whole == FactCompositions.Procurement.Whole
        && FactCompositions.Procurement.Parts.Select(k => document.Facts.FirstOrDefault(f => f.Key == k)).OfType<Fact>().ToList() is var kinds
        && kinds.Count == FactCompositions.Procurement.Parts.Count ? kinds : null;

    /// <summary>
    /// A whole the narrative does not state, where it states every part of it with its share and no other: the
    /// parts' sum ("基本支出预算2476260.58元，占一般公共预算支出的84.06%…项目支出469500元，占一般公共预算支出的19.62%": 19.62 %
    /// is 469,500 of 2,945,760.58, which is 15.94 %). Null when a required part is missing or a part of another whole is
    /// stated, or the shares add up to less than 100 %.
    /// </summary>
    private static IReadOnlyList<Fact>? AllPartsStated(ExtractedDocument document, string whole)
    {
        if (Partitions.FirstOrDefault(p => p.Composition.Whole == whole) is not { Composition: { } composition } partition
            || (partition.BudgetsOnly && document.Phase == BudgetPhase.FinalAccounts)
            || document.Facts.Any(f => f.ShareOf == whole && !composition.Parts.Contains(f.Key))) return null;
        var parts = composition.Parts.Select(k => document.Facts.FirstOrDefault(f => f.Key == k && f.ShareOf == whole)).OfType<Fact>().ToList();
        if (composition.Required.Any(k => !parts.Any(p => p.Key == k))) return null;
        // Shares adding up to less than the whole (80 % and 16 %) say a part was left unread (事业单位经营支出…，占4%).
        return parts.Sum(p => p.SharePct!.Value) >= 100m - SharesRounding(parts) ? parts : null;
    }

    /// <summary>
    /// What a share of "三公" is a share of: the three parts the 三公 table prints (出国, 公务用车, 接待; a final account's
    /// actual figures) — not a total
    /// that also holds 会议费 and 培训费, as Jiangsu's tables print beside them, nor a narrative total stated on
    /// that wider base. Null when the table does not print all three.
    /// </summary>
    private static IReadOnlyList<LineItem>? ThreePublicBase(ExtractedDocument document)
    {
        var parts = new[] { Measures.ThreePublicOverseas, Measures.ThreePublicVehicle, Measures.ThreePublicReception }
            .Select(m => document.LineItems.FirstOrDefault(i => i.TableType == TableTypes.ThreePublicExpenses
                && Measures.WithoutActual(i.Measure) == m && i.IsPrinted && !LineLabels.NamesAnotherYear(i.Name, document.FiscalYear)))
            .ToList();
        return parts.All(p => p is not null) ? parts.OfType<LineItem>().ToList() : null;
    }

    /// <summary>
    /// A share of 三公 as the office computes it from the table's exact figures, where the table prints the part and the
    /// three parts more exactly than the narrative states them (Guangzhou's 三公 table in 元, its text in 万元: "公务用车运行维护费
    /// 支出决算7.94万元，占93.15%" is 79,364.21 of 85,196.21 元); null where the table does not print them all.
    /// </summary>
    private static decimal? ExactThreePublicShare(ExtractedDocument document, Fact part, int decimals)
    {
        LineItem? Line(string key) => NarrativeTableRule.TableLine(document, key);
        var vehicle = Line(FactKeys.ThreePublicVehicle) is { } whole ? whole.Amount
            : Line(FactKeys.ThreePublicVehiclePurchase) is { } purchase && Line(FactKeys.ThreePublicVehicleOperation) is { } running ? purchase.Amount + running.Amount
            : (decimal?)null;
        decimal? total = Line(FactKeys.ThreePublicOverseas)?.Amount + vehicle + Line(FactKeys.ThreePublicReception)?.Amount;
        decimal? amount = part.Key == FactKeys.ThreePublicVehicle ? vehicle : Line(part.Key)?.Amount;
        return total is > 0 && amount is { } exact ? Math.Round(exact / total.Value * 100, decimals, MidpointRounding.AwayFromZero) : null;
    }

    /// <summary>
    /// Without the table, the three parts as the narrative lists them with their shares (出国, 公务用车, 接待); or fewer,
    /// where a part is left out and those listed state shares adding up to 100 % (公务接待费…占69%；公务用车…占31%): the
    /// listed parts are then the whole.
    /// </summary>
    private static IReadOnlyList<Fact>? StatedThreePublicParts(ExtractedDocument document)
    {
        Fact? Stated(params string[] keys) => keys.Select(k => document.Facts.FirstOrDefault(f => f.Key == k && f.ShareOf == FactKeys.ThreePublicTotal))
            .FirstOrDefault(f => f is not null);
        // The vehicles' part as one figure, or as its purchase and its running costs each with its share.
        var vehicle = Stated(FactKeys.ThreePublicVehicle) is { } whole ? [whole]
            : new[] { Stated(FactKeys.ThreePublicVehiclePurchase), Stated(FactKeys.ThreePublicVehicleOperation) }.OfType<Fact>().ToList();
        Fact?[] parts = [Stated(FactKeys.ThreePublicOverseas), .. vehicle, Stated(FactKeys.ThreePublicReception)];
        if (parts.All(p => p is not null) && vehicle.Count > 0) return parts.OfType<Fact>().ToList();
        var listed = parts.OfType<Fact>().ToList();
        return listed.Count >= 2 && Math.Abs(listed.Sum(p => p.SharePct!.Value) - 100m) <= SharesRounding(listed) ? listed : null;
    }

    /// <summary>What rounding to print may move the sum of the parts' stated shares by: half each share's last digit.</summary>
    private static decimal SharesRounding(IEnumerable<Fact> parts) =>
        PrintedPrecision.HalfLastDigits(parts.Select(p => p.SharePct!.Value));
}

/// <summary>
/// <c>narrative.change</c>: a stated change rate equals the amount over last year's figure, and no increase
/// exceeds the figure it led to.
/// </summary>
public sealed class NarrativeChangeRule : IConsistencyRule
{
    public string Id => RuleIds.NarrativeChange;

    public IReadOnlyList<string> Emits => [RuleIds.NarrativeChange, RuleIds.NarrativeTable];

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        int decimals = FactPrecision.NarrativeDecimals(document);
        foreach (var fact in document.Facts)
        {
            if (SelfContradicting(fact, decimals) is { } contradicting)
            {
                yield return contradicting;
                continue;
            }
            if (MultipleStated(document, fact, decimals) is { } multiple) yield return multiple;
            if (AgainstPrior(fact, document, decimals) is { } stated)
            {
                yield return PriorOffItsChange(fact, decimals) ?? FigureOffItsChange(document, fact, decimals) ?? stated;
                continue;
            }
            if (fact.Prior is not null)
            {
                if (AmountAgainstPrior(fact, document, decimals) is { } amountStated) yield return amountStated;
                if (PriorAgainstTable(document, fact) is { } priorStated) yield return priorStated;
                continue;
            }
            if (BeyondLevel(fact) is { } impossible)
            {
                yield return impossible;
                continue;
            }
            if (SecondChangeRate(fact, decimals) is { } second) yield return second;
            if (fact.Change is not { Amount: { } amount, Direction: "increase" or "decrease" } change) continue;
            if (change.Pct is not { } pct)
            {
                if (AgainstTablesLastYear(document, fact, change, decimals) is { } unmatched) yield return unmatched;
                continue;
            }
            decimal sign = change.Direction == "increase" ? -1 : 1;
            if (fact.Value + sign * amount == 0) continue;
            // Last year's figure is this year's less the increase (plus the decrease). This year's is the stated
            // figure, or the table's where the narrative misprints it (flagged by narrative.table): the rate may
            // follow either (an item's paragraph too, round Y's Xinjiang: "…（项）：2024年预算数为35.4万元，比上年预算数减少4.3万元，
            // 下降14.48%", the rate of the table's 25.4).
            var current = new PrintedRate.Rounded(fact.Value, FactPrecision.HalfDigitInYuan(fact, fact.Value, decimals));
            var changed = new PrintedRate.Rounded(amount, FactPrecision.HalfDigitInYuan(fact, amount, decimals, change.PrintedUnit));
            if (RateFits(pct, current, changed, sign, out decimal expected))
            {
                if (AgainstTablesLastYear(document, fact, change, decimals) is { } unmatched) yield return unmatched;
                continue;
            }
            var tableLine = CurrentLine(document, fact);
            if (tableLine is { } line && line.Amount != fact.Value && line.Amount > 0 && line.Amount + sign * amount > 0
                && RateFits(pct, new PrintedRate.Rounded(line.Amount, SumCheck.HalfLastDigitInYuan([line])), changed, sign, out _)) continue;
            if (AmountOffTheTablesRate(document, fact, change, pct, decimals) is { } amountOff)
            {
                yield return amountOff;
                continue;
            }
            // A figure stated with two digits swapped from the table's is narrative.table's misprint: the rate should be that of the
            // table's figure (round KM's Gansu: "收入预算总计1.42亿元，…增长7.39%" of a table printing 12,446.78万元). A figure the table
            // prints otherwise still gives the rate (the contract: the stated figures' rate).
            var basis = fact;
            if (tableLine is { } printedLine && printedLine.Amount + sign * amount > 0 && SwappedFrom(fact, printedLine.Amount, decimals))
            {
                RateFits(pct, new PrintedRate.Rounded(printedLine.Amount, SumCheck.HalfLastDigitInYuan([printedLine])), changed, sign, out expected);
                basis = fact with { Value = printedLine.Amount };
            }
            var finding = SumCheck.Graded(Id, $"{fact.Key} change vs {change.ComparedYear}", expected, pct, tolerance: 0, [SumCheck.Ref(fact)], FindingFigures.Rates);
            // The amount and the rate agree with each other the other way round (比上年增加18.02万元，增长11.63% where last year's
            // was 155.01万元): the direction is what is misprinted, not the rate. Unless the rate's two digits swapped back fit the
            // stated direction (round KO's Fujian: "416.60万元，比上年增加8.57万元，增长2.01%", 2.10 % of 408.03; a fall from 425.17 would be
            // 2.02 %, which only the rounding of the printed figures stretches to 2.01).
            if (StatedTheOtherWay(fact, decimals) && !RateSwappedFits(pct, current, changed, sign))
                yield return finding with
                {
                    Message = $"{fact.Key} change vs {change.ComparedYear}: stated as {Article(change.Direction)} {change.Direction}, its amount and rate fit the opposite",
                    MessageZh = ChineseMessage.OppositeDirection(Id, change.Direction == "increase", fact.Value - sign * amount, finding.Refs),
                };
            else if (TablesTwoYears(document, fact, change) is not null || RateSwappedFits(pct, current, changed, sign))
                yield return finding;
            else if (OneSwapFits(fact, amount, pct, expected, current, changed, sign, tabled: tableLine?.Amount == fact.Value, decimals) is var (isAmount, printed, meant))
                yield return SumCheck.Graded(Id, $"{fact.Key} change vs {change.ComparedYear}: its {(isAmount ? "amount" : "figure")} with two digits swapped",
                    meant, printed, tolerance: 0, [SumCheck.Ref(fact)]) with { MessageZh = ChineseMessage.SwappedInAChange(Id, isAmount, printed, meant, pct, finding.Refs) };
            else
            {
                string told = AmountTheRateGives(basis, amount, decimals) is var (low, high)
                    ? finding.MessageZh + ChineseMessage.OrTheAmount(finding.Refs[0], amount, low, high) : finding.MessageZh;
                // The figure itself may be the misprint where no table prints it to hold it to (机关运行经费 in most budgets).
                if (tableLine is null && FigureTheChangeGives(fact, amount, decimals) is var (lowest, highest))
                    told += ChineseMessage.OrTheFigure(finding.Refs[0], fact.Value, lowest, highest);
                yield return finding with { MessageZh = told };
            }
        }
    }

    /// <summary>Whether a stated figure is another with two neighbouring digits swapped, at the stated figure's printed digit.</summary>
    private static bool SwappedFrom(Fact fact, decimal other, int decimals)
    {
        if (fact.PrintedUnit is not { } unit) return false;
        int digits = Math.Max(decimals, PrintedPrecision.Decimals(fact.Value / unit));
        decimal digit = unit * PrintedPrecision.DigitUnit(digits);
        decimal meant = FactPrecision.RoundedTo(other, digit);
        return meant != fact.Value && SwappedDigits.Of(fact.Value, new PrintedStyle(unit, digits, false)).Contains(meant);
    }

    private static string Article(string direction) => direction == "increase" ? "an" : "a";

    /// <summary>How many units of a rate's last digit it must be off for a swap in its figures to be taken for the cause.</summary>
    private const int SwapLeadDigits = 10;

    /// <summary>Whether the rate with two neighbouring digits swapped back fits its figures (增长7.82% of a change of 7.28%): the rate's slip.</summary>
    private static bool RateSwappedFits(decimal pct, PrintedRate.Rounded current, PrintedRate.Rounded changed, decimal sign) =>
        SwappedDigits.Of(pct, new PrintedStyle(1, PrintedPrecision.Decimals(pct), false)).Any(rate => RateFits(rate, current, changed, sign, out _));

    /// <summary>
    /// The one figure of a change sentence that two neighbouring digits swapped back make fit its rate, where last year's figure is
    /// printed nowhere and the rate swapped fits nothing (round FM's Hebei: "机关运行经费68.42万元，比上年增加4.52万元，增长6.62%", the
    /// change 4.25 printed swapped; round FI's Chifeng: "机关运行经费支出165.84万元，比上年增加7.57万元，增长5.07%", the figure 156.84):
    /// the change, or this year's figure where no table prints it as stated, either leaving last year's above nought (a swap making
    /// the change larger than the figure fits any rate). Null where none, or more than one, does, and where the
    /// rate is off its figures' by no more than <see cref="SwapLeadDigits"/> of its last digit, which a swap of the figures' last
    /// digits may well make by chance (16.07% printed where 1297.83 of 9370.12 gives 16.08%), unless the swap moves its figure by
    /// <see cref="LeadSwapShare"/> of it or more: a swap of its leading digits, which fits by no such chance (round HW's Zhejiang:
    /// "机关运行经费预算121.3万元，比上年减少6.2万元，下降5.2%", the figure 112.3, its rate 0.3 off the printed figures').
    /// </summary>
    /// <param name="expected">The rate the figures give, rounded as the rate is printed.</param>
    /// <returns>Whether it is the change (else this year's figure), its amount as printed and as meant (yuan).</returns>
    private static (bool IsAmount, decimal Printed, decimal Meant)? OneSwapFits(Fact fact, decimal amount, decimal pct, decimal expected, PrintedRate.Rounded current,
        PrintedRate.Rounded changed, decimal sign, bool tabled, int decimals)
    {
        if (fact.PrintedUnit is not { } unit || fact.Change is not { } change) return null;
        bool rateNear = Math.Abs(expected - pct) <= SwapLeadDigits * PrintedPrecision.DigitUnit(PrintedPrecision.Decimals(pct));
        PrintedStyle Style(decimal figure, decimal perUnit) => new(perUnit, Math.Max(decimals, PrintedPrecision.Decimals(figure / perUnit)), false);
        decimal changeUnit = change.PrintedUnit ?? unit;
        var amounts = SwappedDigits.Of(amount, Style(amount, changeUnit))
            .Where(meant => fact.Value + sign * meant > 0 && RateFits(pct, current, changed with { Value = meant }, sign, out _)).Select(meant => (IsAmount: true, Printed: amount, Meant: meant));
        var figures = tabled ? [] : SwappedDigits.Of(fact.Value, Style(fact.Value, unit))
            .Where(meant => meant + sign * amount > 0 && RateFits(pct, current with { Value = meant }, changed, sign, out _)).Select(meant => (IsAmount: false, Printed: fact.Value, Meant: meant));
        return amounts.Concat(figures).Distinct().ToList() is [var one] && (!rateNear || Math.Abs(one.Meant - one.Printed) >= LeadSwapShare * Math.Abs(one.Printed))
            ? one : null;
    }

    /// <summary>How far, relative to it, a swap must move a figure for a rate near its figures' to be taken for its slip.</summary>
    private const decimal LeadSwapShare = 0.05m;

    /// <summary>
    /// The change the stated rate gives of this year's figure, exactly at the rate as printed (last year's being this year's
    /// less the change; <see cref="ChangeTheRateGives"/> gives its range over the rate's rounding), rounded to the stated
    /// amount's printed digit: what the amount would be were the rate the right one; null for a fall of 100 % or more, which no
    /// amount gives, or where it is the amount as stated.
    /// </summary>
    private static (decimal Low, decimal High)? AmountTheRateGives(Fact fact, decimal amount, int decimals)
    {
        if (fact.Change is not { Pct: { } pct, Direction: "increase" or "decrease" } change) return null;
        decimal s = change.Direction == "increase" ? 1 : -1;
        if (100m + s * (pct + HalfDigitOf(pct)) <= 0) return null;
        decimal digit = 2 * FactPrecision.HalfDigitInYuan(fact, amount, decimals, change.PrintedUnit);
        return FiguresTheRateGives(rate => fact.Value * rate / (100m + s * rate), pct, digit, amount);
    }

    private static decimal HalfDigitOf(decimal pct) => PrintedPrecision.DigitUnit(PrintedPrecision.Decimals(pct)) / 2;

    /// <summary>
    /// Every figure at the printed <paramref name="digit"/> that <paramref name="byRate"/> gives at a rate rounding to the printed one (a
    /// rate to two decimals fits 8.14 to 8.16, round GQ's Henan): the printed figure is off if it is none of them. Where the digit is too
    /// coarse for any, or the printed figure is among them, the nearest; null where that is the printed figure.
    /// </summary>
    private static (decimal Low, decimal High)? FiguresTheRateGives(Func<decimal, decimal> byRate, decimal pct, decimal digit, decimal printed)
    {
        decimal rounded = digit > 0 ? Math.Round(byRate(pct) / digit, MidpointRounding.AwayFromZero) * digit : byRate(pct);
        if (rounded == printed) return null;
        if (digit <= 0) return (rounded, rounded);
        decimal half = HalfDigitOf(pct), atLow = byRate(pct - half), atHigh = byRate(pct + half);
        decimal low = Math.Ceiling(Math.Min(atLow, atHigh) / digit) * digit, high = Math.Floor(Math.Max(atLow, atHigh) / digit) * digit;
        return low <= high && (printed < low || printed > high) ? (low, high) : (rounded, rounded);
    }

    /// <summary>
    /// This year's figure the stated change and rate give together (last year's being the figure less the change), every one at
    /// the figure's printed digit whose rate rounds to the printed one: what the figure would be were its change and rate both
    /// right (round IW's Chongqing: "机关运行经费预算158.30万元，比2024年减少15.60万元，下降9.24%", the figure meant 153.30), as
    /// <see cref="FiguresTheRateGives"/> gives them; null where the rate leaves no figure above nought.
    /// </summary>
    private static (decimal Low, decimal High)? FigureTheChangeGives(Fact fact, decimal amount, int decimals)
    {
        if (fact.Change is not { Pct: { } pct, Direction: "increase" or "decrease" } change || amount <= 0 || pct - HalfDigitOf(pct) <= 0) return null;
        decimal s = change.Direction == "increase" ? 1 : -1;
        decimal digit = 2 * FactPrecision.HalfDigitInYuan(fact, fact.Value, decimals);
        return FiguresTheRateGives(rate => amount * 100m / rate + s * amount, pct, digit, fact.Value) is { Low: > 0 } figures ? figures : null;
    }

    /// <summary>
    /// A change stated both ways at once (round BV's Zhejiang: "收、支总计各增加59.60万元，下降10.08%"): one of its words is misprinted
    /// whatever the figures, and the one its amount and rate do not fit is named where they fit one way only. Expected is the
    /// rate signed as they fit (as the first word says where they fit both or neither), actual the rate signed the other way.
    /// </summary>
    private Finding? SelfContradicting(Fact fact, int decimals)
    {
        if (fact.Change is not { ContradictingDirection: { } other, Amount: { } amount, Pct: { } pct } change) return null;
        var current = new PrintedRate.Rounded(fact.Value, FactPrecision.HalfDigitInYuan(fact, fact.Value, decimals));
        var changed = new PrintedRate.Rounded(amount, FactPrecision.HalfDigitInYuan(fact, amount, decimals, change.PrintedUnit));
        bool Fits(string direction) => RateFits(pct, current, changed, direction == "increase" ? -1 : 1, out _);
        bool firstFits = Fits(change.Direction), otherFits = Fits(other);
        string? fitting = firstFits == otherFits ? null : firstFits ? change.Direction : other;
        decimal expected = (fitting ?? change.Direction) == "increase" ? pct : -pct;
        var finding = SumCheck.Graded(Id, $"{fact.Key} change vs {change.ComparedYear}: stated as {Article(change.Direction)} {change.Direction} and as {Article(other)} {other} at once",
            expected, -expected, tolerance: 0, [SumCheck.Ref(fact)], FindingFigures.Rates);
        return finding with { MessageZh = ChineseMessage.SelfContradicting(Id, change.Direction == "increase", fitting is null ? null : fitting == "increase", finding.Refs) };
    }

    /// <summary>
    /// A rate that does not fit its stated amount but is the one the table's two years give, where the amount is not (round BN's
    /// Xining: "公务用车购置及运行维护费…32.80万元，较2025年预算减少3.00万元，下降5.75%" beside a table printing 34.80 last year):
    /// the amount is the misprint, told against the table's last year (<see cref="AgainstTablesLastYear"/>); null otherwise.
    /// </summary>
    private Finding? AmountOffTheTablesRate(ExtractedDocument document, Fact fact, FactChange change, decimal pct, int decimals)
    {
        if (TablesTwoYears(document, fact, change) is not var (line, prior)) return null;
        decimal byTable = line.Amount - prior.Amount;
        decimal sign = change.Direction == "increase" ? -1 : 1;
        if (byTable == 0 || Math.Sign(byTable) != -sign) return null;
        var current = new PrintedRate.Rounded(line.Amount, SumCheck.HalfLastDigitInYuan([line]));
        var changed = new PrintedRate.Rounded(Math.Abs(byTable), SumCheck.HalfLastDigitInYuan([line]) + SumCheck.HalfLastDigitInYuan([prior]));
        return RateFits(pct, current, changed, sign, out _) ? AgainstTablesLastYear(document, fact, change, line, prior, decimals) : null;
    }

    /// <summary>
    /// The signed change a stated rate gives of the stated figure (last year's being this year's less the change), low and
    /// high as the rate's last printed digit allows; null where no rate or direction is stated.
    /// </summary>
    public static (decimal Low, decimal High)? ChangeTheRateGives(Fact fact)
    {
        if (fact.Change is not { Pct: { } pct, Direction: "increase" or "decrease" } change) return null;
        decimal s = change.Direction == "increase" ? 1 : -1;
        decimal half = PrintedPrecision.HalfLastDigit(pct);
        decimal At(decimal rate) => fact.Value - fact.Value / (1 + s * rate / 100);
        // A fall of 100 % or more leaves no last year's figure the rate is of.
        if (s < 0 && pct + half >= 100) return null;
        decimal a = At(pct - half), b = At(pct + half);
        return (Math.Min(a, b), Math.Max(a, b));
    }

    /// <summary>
    /// A change against last year held to last year's figure the table prints beside this year's (上年预算数 | 本年预算数 / 合计,
    /// <see cref="PriorColumns"/>): this year's figure less last year's, in the stated direction, is the stated amount, within
    /// the rounding of the three figures. This year's is the table's or the narrative's (a narrative misprinting it is
    /// narrative.table's finding, not this one's).
    /// </summary>
    private Finding? AgainstTablesLastYear(ExtractedDocument document, Fact fact, FactChange change, int decimals) =>
        TablesTwoYears(document, fact, change) is var (line, prior) ? AgainstTablesLastYear(document, fact, change, line, prior, decimals) : null;

    /// <summary>
    /// Whether the change is stated against the kind of figure last year's column holds, where both say (比2024年执行数 against a 上年预算数
    /// column is against another figure, whose misprint the column's is not).
    /// </summary>
    private static bool OfTheColumnsKind(ExtractedDocument document, Fact fact, LineItem prior) =>
        NarrativePhrasings.ChangesBaseFigure.Match(fact.Quote ?? "") is not { Success: true } m || ColumnHeaders.FiguresKind(m.Groups["base"].Value) is not { } stated
        || PriorColumns.KindOf(document, prior) is not { } printed || stated == printed;

    private Finding? AgainstTablesLastYear(ExtractedDocument document, Fact fact, FactChange change, LineItem line, LineItem prior, int decimals)
    {
        if (change.Amount is not { } amount) return null;
        decimal stated = change.Direction == "increase" ? amount : -amount;
        decimal tolerance = FactPrecision.HalfDigitInYuan(fact, amount, decimals, change.PrintedUnit) + SumCheck.HalfLastDigitInYuan([line]) + SumCheck.HalfLastDigitInYuan([prior]);
        decimal byTable = line.Amount - prior.Amount;
        if (Math.Abs(byTable - stated) <= tolerance
            || Math.Abs(fact.Value - prior.Amount - stated) <= tolerance + FactPrecision.HalfDigitInYuan(fact, fact.Value, decimals)) return null;
        // The stated change and rate agreeing with each other about this year's line: last year's figure in the table is the one off
        // (round JN's Sichuan: "“三公”经费…48,800.00元，比2024年减少2,200.00元，下降4.31%" beside a 2024 合计 printed 56,000.00 over parts
        // adding up to 51,000.00).
        if (ChangeTheRateGives(fact) is var (low, high) && stated >= low - tolerance && stated <= high + tolerance
            && Math.Abs(fact.Value - line.Amount) <= FactPrecision.LineTolerance(line, FactPrecision.LastDigitInYuan(fact))
            && OfTheColumnsKind(document, fact, prior))
            return SumCheck.Graded(Id, $"last year's figure in table {prior.TableId} vs {SumCheck.Named(fact)}'s stated change", line.Amount - stated, prior.Amount,
                tolerance, [SumCheck.Ref(prior), SumCheck.Ref(fact), SumCheck.Ref(line)]);
        return SumCheck.Graded(Id, $"{SumCheck.Named(fact)} change vs last year's figure in table {prior.TableId}", byTable, stated, tolerance,
            [SumCheck.Ref(fact), SumCheck.Ref(prior), SumCheck.Ref(line)]);
    }

    /// <summary>
    /// Last year's figure a paragraph names (比2023年执行数227.43万元减少…) against the one the table prints beside this year's
    /// (2023年执行数 | 2024年预算数, <see cref="PriorColumns"/>) where both name the same kind of figure: equal at the narrative's
    /// printed precision (<c>narrative.table</c>, the narrative's figure flagged).
    /// </summary>
    private static Finding? PriorAgainstTable(ExtractedDocument document, Fact fact)
    {
        if (fact.Prior is not { } stated || stated.Year != document.FiscalYear - 1 || CurrentLine(document, fact) is not { } line
            || PriorColumns.Of(document, line) is not { } prior || PriorColumns.KindOf(document, prior) != stated.Kind
            || FactPrecision.Restates(prior, stated.Amount, FactPrecision.LastDigitInYuan(fact with { Value = stated.Amount }))) return null;
        return SumCheck.Graded(RuleIds.NarrativeTable, $"{SumCheck.Named(fact)} last year's {stated.Kind} vs table {prior.TableId}", prior.Amount, stated.Amount,
            tolerance: 0, [SumCheck.Ref(fact), SumCheck.Ref(prior)]);
    }

    /// <summary>
    /// This year's table line a stated figure describes: an item's function line, else the key's (<see cref="NarrativeTableRule.TableLine"/>).
    /// An item's line is first sought in the table printing its figure: a class stated over all funds (Jiangsu: "资源勘探工业信息等（类）
    /// 支出1784.31万元…与上年相比增加240.52万元") is the summary's line, not the general budget's beside its own last year's.
    /// </summary>
    /// <summary>
    /// This year's table line a change against last year describes, with last year's figure the table prints beside it
    /// (<see cref="PriorColumns"/>); null where the change is against another year or either is not printed.
    /// </summary>
    private static (LineItem Line, LineItem Prior)? TablesTwoYears(ExtractedDocument document, Fact fact, FactChange change) =>
        change.ComparedYear == document.FiscalYear - 1 && CurrentLine(document, fact) is { } line && PriorColumns.Of(document, line) is { } prior
            ? (line, prior) : null;

    internal static LineItem? CurrentLine(ExtractedDocument document, Fact fact) =>
        fact.Key == FactKeys.FunctionItem
            ? fact.Code is null ? null : document.LineItems
                .Where(i => i.Dimension == Dimensions.Function && i.Code == fact.Code && i.IsPrinted && Array.IndexOf(FunctionTables, i.TableType) >= 0
                    && Measures.WithoutActual(i.Measure) is Measures.Total or Measures.Amount)
                .MinBy(i => (Math.Abs(i.Amount - fact.Value) <= FactPrecision.LastDigitInYuan(fact) ? 0 : 1, Array.IndexOf(FunctionTables, i.TableType), i.TableId, i.Row))
            : fact.Key == FactKeys.ProjectItem ? NarrativeTableRule.ProjectLine(document, fact)
            : NarrativeTableRule.TableLine(document, fact.Key);

    /// <summary>
    /// A second change stated against another base after the first (<see cref="Fact.SecondChange"/>): its rate is its amount's
    /// share of the figure less the change, at the printed precision; null where it holds or states no amount and rate.
    /// </summary>
    private Finding? SecondChangeRate(Fact fact, int decimals)
    {
        if (fact.SecondChange is not { Amount: { } amount, Pct: { } pct, Direction: "increase" or "decrease" } change) return null;
        decimal sign = change.Direction == "increase" ? -1 : 1;
        if (fact.Value + sign * amount <= 0) return null;
        var current = new PrintedRate.Rounded(fact.Value, FactPrecision.HalfDigitInYuan(fact, fact.Value, decimals));
        var changed = new PrintedRate.Rounded(amount, FactPrecision.HalfDigitInYuan(fact, amount, decimals, change.PrintedUnit));
        return RateFits(pct, current, changed, sign, out decimal expected) ? null
            : SumCheck.Graded(Id, $"{fact.Key} second change vs {change.ComparedYear}", expected, pct, tolerance: 0, [SumCheck.Ref(fact)], FindingFigures.Rates);
    }

    /// <summary>
    /// A change stated as a multiple (增长1.2倍, 是上年的2.2倍) against this year's figure and last year's: the one the paragraph
    /// names (与2024年预算数22.74万元相比), this year's less the stated increase, or the one the table prints beside this year's,
    /// each pair within its rounding, the multiple at its printed precision. Writers say 增长2.2倍 of a figure grown to 2.2 times
    /// as often as of one grown by 2.2 times: either reading holds.
    /// </summary>
    private Finding? MultipleStated(ExtractedDocument document, Fact fact, int decimals)
    {
        // A fall stated as a multiple (下降0.5倍) is read as a rate of no agreed sense: not checked.
        if (fact.Change is not { Multiple: { } multiple } change || change.Direction != "increase" && !change.MultipleOfFigure) return null;
        var current = new PrintedRate.Rounded(fact.Value, FactPrecision.HalfDigitInYuan(fact, fact.Value, decimals));
        // Each source of last year's figure: this year's figure, the other figure, and the ratio of the two they give.
        var pairs = new List<(PrintedRate.Rounded Now, PrintedRate.Rounded Other, Func<decimal, decimal, decimal?> Ratio)>();
        if (fact.Prior is { } prior)
            pairs.Add((current, new(prior.Amount, FactPrecision.HalfDigitInYuan(fact, prior.Amount, decimals, prior.PrintedUnit)), (now, before) => before > 0 ? now / before : null));
        if (change is { Amount: { } amount, Direction: "increase" })
            pairs.Add((current, new(amount, FactPrecision.HalfDigitInYuan(fact, amount, decimals, change.PrintedUnit)), (now, rise) => now - rise > 0 ? now / (now - rise) : null));
        if (TablesTwoYears(document, fact, change) is var (line, tabled))
            pairs.Add((new(line.Amount, SumCheck.HalfLastDigitInYuan([line])), new(tabled.Amount, SumCheck.HalfLastDigitInYuan([tabled])), (now, before) => before > 0 ? now / before : null));
        if (pairs.Count == 0) return null;
        decimal? expected = null;
        foreach (var (now, other, ratio) in pairs)
        {
            if (PrintedRate.Admits(multiple, (a, b) => ratio(a, b) - (change.MultipleOfFigure ? 0 : 1), now, other, out decimal rounded)
                || !change.MultipleOfFigure && PrintedRate.Admits(multiple, ratio, now, other, out _)) return null;
            expected ??= rounded;
        }
        return SumCheck.Graded(Id, $"{fact.Key} change vs {change.ComparedYear} as a multiple", expected!.Value, multiple, tolerance: 0, [SumCheck.Ref(fact)], FindingFigures.Multiples);
    }

    /// <summary>
    /// Whether a change's direction is what is misprinted: its amount and rate do not fit the figure the way it is stated
    /// and fit it the other way round (比上年增加0.52万元，增长17.16% of a figure that fell from 3.03万元 to 2.51万元).
    /// </summary>
    public static bool StatedTheOtherWay(Fact fact, int decimals)
    {
        if (fact.Change is not { Amount: { } amount, Pct: { } pct, Direction: "increase" or "decrease" } change) return false;
        decimal sign = change.Direction == "increase" ? -1 : 1;
        var current = new PrintedRate.Rounded(fact.Value, FactPrecision.HalfDigitInYuan(fact, fact.Value, decimals));
        var changed = new PrintedRate.Rounded(amount, FactPrecision.HalfDigitInYuan(fact, amount, decimals, change.PrintedUnit));
        return fact.Value + sign * amount != 0 && !RateFits(pct, current, changed, sign, out _)
            && fact.Value - sign * amount > 0 && RateFits(pct, current, changed, -sign, out _);
    }

    /// <summary>
    /// Whether a stated rate is the change's share of last year's figure (this year's, less an increase or plus a decrease:
    /// <paramref name="direction"/> −1 or +1), at the rate's printed precision; <paramref name="rounded"/> is the rate they give.
    /// </summary>
    private static bool RateFits(decimal pct, PrintedRate.Rounded current, PrintedRate.Rounded changed, decimal direction, out decimal rounded) =>
        PrintedRate.Admits(pct, (v, c) => PrintedRate.Percent(c, v + direction * c), current, changed, out rounded);

    /// <summary>The function tables whose line of an item's code the item's paragraph may state.</summary>
    private static readonly string[] FunctionTables =
        [TableTypes.GeneralBudgetExpenditureByFunction, TableTypes.GeneralBudgetExpenditure, TableTypes.ExpenditureSummary];

    /// <summary>
    /// An increase larger than the figure it brought about ("政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元"):
    /// last year's figure would be negative. Rounding cannot cause it, as a rounded increase never exceeds the
    /// rounded figure.
    /// </summary>
    private Finding? BeyondLevel(Fact fact) =>
        fact.Change is { Amount: { } amount, Direction: "increase" } change && amount > fact.Value
            ? SumCheck.Graded(Id, $"{SumCheck.Named(fact)} increase vs {change.ComparedYear} larger than the figure",
                fact.Value, amount, tolerance: 0, [SumCheck.Ref(fact)])
            : null;

    /// <summary>
    /// Last year's figure stated beside a change whose amount and rate agree with each other and with this year's figure but
    /// not with it (round BC's Qinghai: "公务接待费2.5万元，比2025年预算（2.8万元）增加0.2万元，增长8.70%", last year's 2.3): last
    /// year's figure is the misprint, not the rate. Null where the amount and rate do not agree either.
    /// </summary>
    private Finding? PriorOffItsChange(Fact fact, int decimals)
    {
        if (fact is not { Prior: { } prior, Change: { Amount: { } amount, Pct: { } pct, Direction: "increase" or "decrease" } change }) return null;
        decimal sign = change.Direction == "increase" ? -1 : 1;
        var current = new PrintedRate.Rounded(fact.Value, FactPrecision.HalfDigitInYuan(fact, fact.Value, decimals));
        var changed = new PrintedRate.Rounded(amount, FactPrecision.HalfDigitInYuan(fact, amount, decimals, change.PrintedUnit));
        if (fact.Value + sign * amount <= 0 || !RateFits(pct, current, changed, sign, out _)) return null;
        // A rate that is the amount's share of the stated figure of last year (0.50 of 12.40 printed 4.03 % where 11.80 fell
        // by 0.60) was computed from it: the amount is what is misstated, and the rate with it.
        // Their figures as printed: within their rounding a one-decimal pair admits most rates.
        if (prior.Amount > 0 && Math.Round(amount / prior.Amount * 100, PrintedPrecision.Decimals(pct), MidpointRounding.AwayFromZero) == pct) return null;
        decimal implied = fact.Value + sign * amount;
        decimal tolerance = FactPrecision.HalfDigitInYuan(fact, fact.Value, decimals) + FactPrecision.HalfDigitInYuan(fact, amount, decimals, change.PrintedUnit)
            + FactPrecision.HalfDigitInYuan(fact, prior.Amount, decimals, prior.PrintedUnit);
        return Math.Abs(implied - prior.Amount) <= tolerance ? null
            : SumCheck.Graded(Id, $"{SumCheck.Named(fact)} {prior.Year} {prior.Kind} vs its stated change", implied, prior.Amount, tolerance, [SumCheck.Ref(fact)]);
    }

    /// <summary>
    /// This year's figure off a change whose amount and rate agree with each other and with last year's figure stated beside it
    /// (round KL's Hebei: "机关运行经费支出130.46万元，比2023年度的103.58万元增加6.88万元，增长6.64%", 6.88 being 6.64 % of 103.58): the
    /// figure is the misprint (110.46), not the rate. Null where the amount and the rate disagree, or a table line or a stated sum
    /// bears the figure out.
    /// </summary>
    private Finding? FigureOffItsChange(ExtractedDocument document, Fact fact, int decimals)
    {
        if (fact is not { Prior: { Amount: > 0 } prior, Change: { Amount: { } amount, Pct: { } pct, Direction: "increase" or "decrease" } change }) return null;
        decimal sign = change.Direction == "increase" ? 1 : -1;
        decimal amountHalf = FactPrecision.HalfDigitInYuan(fact, amount, decimals, change.PrintedUnit);
        decimal priorHalf = FactPrecision.HalfDigitInYuan(fact, prior.Amount, decimals, prior.PrintedUnit);
        if (!PrintedRate.Admits(pct, PrintedRate.Percent, new(amount, amountHalf), new(prior.Amount, priorHalf), out _)) return null;
        decimal implied = prior.Amount + sign * amount;
        decimal tolerance = FactPrecision.HalfDigitInYuan(fact, fact.Value, decimals) + amountHalf + priorHalf;
        if (implied <= 0 || Math.Abs(implied - fact.Value) <= tolerance) return null;
        if (CurrentLine(document, fact) is { } line && Math.Abs(line.Amount - fact.Value) <= tolerance + SumCheck.HalfLastDigitInYuan([line])) return null;
        // A figure its stated whole and parts bear out (公务接待 11.80 of a 三公 total that adds up, its change 0.50 and 4.03 % being 0.50
        // of 12.40): the change was computed from a misstated amount, which the rate's finding tells.
        if (FactCompositions.HoldsWith(document.Facts, fact, f => FactPrecision.HalfDigitInYuan(f, f.Value, decimals))) return null;
        var finding = SumCheck.Graded(Id, $"{SumCheck.Named(fact)} figure vs {prior.Year} {prior.Kind} and its stated change", implied, fact.Value, tolerance, [SumCheck.Ref(fact)]);
        return finding with { MessageZh = ChineseMessage.FigureByItsChange(Id, fact.Value, implied, finding.Refs) };
    }

    /// <summary>
    /// A change amount stated beside last year's figure ("较2024年的219万元减少22.1万元"): this year's figure less
    /// last year's, in the stated direction, within the rounding of the three printed figures. This year's is the stated
    /// amount or the table's line of it: where the two differ, the stated amount is narrative.table's finding and the
    /// change may follow the table's ("235.85万元，比上年预算数222.94万元增加15.61万元" of a line printing 238.55).
    /// </summary>
    private Finding? AmountAgainstPrior(Fact fact, ExtractedDocument document, int decimals)
    {
        if (fact is not { Prior: { } prior, Change: { Amount: { } amount, Direction: "increase" or "decrease" } change }) return null;
        decimal sign = change.Direction == "decrease" ? -1 : 1;
        decimal expected = (fact.Value - prior.Amount) * sign;
        decimal tolerance = FactPrecision.HalfDigitInYuan(fact, fact.Value, decimals) + FactPrecision.HalfDigitInYuan(fact, prior.Amount, decimals, prior.PrintedUnit)
            + FactPrecision.HalfDigitInYuan(fact, amount, decimals, change.PrintedUnit);
        if (Math.Abs(expected - amount) <= tolerance) return null;
        if (CurrentLine(document, fact) is { } line && line.Amount != fact.Value
            && Math.Abs((line.Amount - prior.Amount) * sign - amount) <= tolerance + SumCheck.HalfLastDigitInYuan([line])) return null;
        var finding = SumCheck.Graded(Id, $"{SumCheck.Named(fact)} change amount vs {prior.Year} {prior.Kind}",
            expected, amount, tolerance, [SumCheck.Ref(fact)]);
        return finding with { MessageZh = ChineseMessage.ChangeAgainstItsFigures(Id, change.Direction == "increase", amount, expected, finding.Refs) };
    }

    /// <summary>
    /// A rate stated against last year's figure the paragraph gives ("2025年当年预算执行数为2149.45万元，2026年预算安排
    /// 2170.39万元，比2025年预算执行数增加0.97%"): (this year's − last year's) ÷ last year's, in the stated direction.
    /// This year's is the amount stated first, the one restated as 预算安排, or the exact figure of the function line
    /// the tables print (a rate is computed before the amounts are rounded to 万元): when the stated amounts
    /// differ, one of them is misprinted (flagged against the table by <c>narrative.table</c>) and the rate may
    /// follow the other. A rate from nothing (last year 0) has no value to check.
    /// </summary>
    private Finding? AgainstPrior(Fact fact, ExtractedDocument document, int decimals)
    {
        if (fact is not { Prior: { Amount: not 0 } prior, Change: { Pct: { } pct, Direction: "increase" or "decrease" } change }) return null;
        var table = fact.Code is null ? [] : document.LineItems.Where(i => i.Code == fact.Code && i.Dimension == Dimensions.Function
            && i.Measure is Measures.Total or Measures.Amount && i.IsPrinted)
            .Select(i => new PrintedRate.Rounded(i.Amount, SumCheck.HalfLastDigitInYuan([i]))).ToList();
        // A stated amount the table prints more exactly (98.27万元 as 982,650 元) is the table's figure.
        var stated = new[] { fact.Value, fact.Planned }.OfType<decimal>()
            .Select(v => new PrintedRate.Rounded(v, FactPrecision.HalfDigitInYuan(fact, v, decimals)))
            .Where(v => !table.Any(line => line.Half < v.Half && FactPrecision.Restates(line.Value, v.Value, 2 * v.Half)));
        // Stated as a decrease, the rate is the fall: a rise stated as a fall computes negative and never matches.
        decimal sign = change.Direction == "decrease" ? -1 : 1;
        var last = new PrintedRate.Rounded(prior.Amount, FactPrecision.HalfDigitInYuan(fact, prior.Amount, decimals, prior.PrintedUnit));
        decimal? expected = null;
        foreach (var current in stated.Concat(table))
        {
            if (PrintedRate.Admits(pct, (now, before) => PrintedRate.Percent(sign * (now - before), before), current, last, out decimal rounded)) return null;
            expected ??= rounded;
        }
        return SumCheck.Graded(Id, $"{SumCheck.Named(fact)} change vs {prior.Year} {prior.Kind}", expected!.Value, pct, tolerance: 0, [SumCheck.Ref(fact)], FindingFigures.Rates);
    }
}

/// <summary>
/// A rate printed to some decimals (a change or a completion rate), computed from figures that are themselves
/// printed rounded: it holds when some choice of those figures within their rounding gives the printed rate
/// rounded at its last digit. A rate that only a cut-off could give (16.0776 % printed 16.07 %) is misprinted.
/// </summary>
public static class PrintedRate
{
    /// <param name="printed">The rate as printed.</param>
    /// <param name="rate">The rate the two figures give, in percent (monotonic in each while its denominator stays positive).</param>
    /// <param name="first">The first figure and what rounding to print may have moved it by.</param>
    /// <param name="second">The second figure, likewise.</param>
    /// <param name="expected">The rate of the figures as printed, rounded to the printed decimals.</param>
    public static bool Admits(decimal printed, Func<decimal, decimal, decimal?> rate, Rounded first, Rounded second, out decimal expected)
    {
        decimal digit = PrintedPrecision.DigitUnit(PrintedPrecision.Decimals(printed));
        expected = printed;
        if (rate(first.Value, second.Value) is not { } central) return true;
        expected = FactPrecision.RoundedTo(central, digit);
        if (expected == printed) return true;
        var corners = new[] { (-1, -1), (-1, 1), (1, -1), (1, 1) }
            .Select(c => rate(first.Value + c.Item1 * first.Half, second.Value + c.Item2 * second.Half)).ToList();
        // A denominator that rounding may bring to zero or below leaves the rate unbounded: nothing to check.
        if (corners.Any(c => c is null)) return true;
        decimal low = corners.Min()!.Value, high = corners.Max()!.Value;
        return high >= printed - digit / 2 && low < printed + digit / 2;
    }

    /// <summary>A printed figure and half a unit of its last printed digit, both in yuan.</summary>
    public readonly record struct Rounded(decimal Value, decimal Half);

    /// <summary>part ÷ whole in percent; null when the whole is not positive.</summary>
    public static decimal? Percent(decimal part, decimal whole) => whole > 0 ? part / whole * 100 : null;
}
