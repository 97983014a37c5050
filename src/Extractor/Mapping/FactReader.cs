using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Extractor.Layout;
using Extractor.Model;
using Extractor.Wording;
using static Extractor.Mapping.PrintedFigures;

namespace Extractor.Mapping;

/// <summary>
/// Reads the figures the narrative states: totals and their parts with their stated shares
/// ("一般公共预算财政拨款收入1940.66万元,占95.23%") and changes ("比2023年预算增加224.17万元,增长12.36%",
/// "与2023年预算持平"), 三公 parts, 机关运行经费, procurement, staff and vehicles — each with its page and the
/// sentence it was read from. Amounts are converted to yuan by the unit printed with them.
/// </summary>
public static partial class FactReader
{
    /// <summary>The totals a list of classes may state its shares of ("一般公共预算财政拨款支出2940.05万元，主要用于：…（类）…占71.73%").</summary>
    private static readonly HashSet<string> ShareBases =
        [FactKeys.GeneralBudgetTotal, FactKeys.ExpenditureTotal, FactKeys.FiscalAppropriationTotal, FactKeys.FiscalAppropriationExpenditure, FactKeys.IncomeTotal];

    /// <param name="layout">The document's text.</param>
    /// <param name="fiscalYear">The document's year, for a change stated against 上年; without it such a change is not read.</param>
    /// <param name="phase">Whether the document is a budget or a final account, for what a 决算 statement is; unknown, it is read as a budget's would be and a final account's both.</param>
    public static IReadOnlyList<Fact> Read(DocumentLayout layout, int? fiscalYear = null, BudgetPhase? phase = null)
    {
        var (printed, text, pages, confidences, origins) = Narrative(layout);
        var facts = new List<Fact>();
        // Where each figure of a key is stated, for a change stated apart from it.
        var levels = new List<(int At, Fact Fact)>();
        var totals = new List<(int At, string Key)>();
        var earlier = new List<EarlierStatement>();
        foreach (var (key, pattern, shareOf) in NarrativePhrasings.MoneyFacts)
        // A part of a stated composition (收入…其中…占) is read where the composition states it; the same
        // words later name other quantities (政府性基金…上年结转0万元). A level is read wherever it is stated,
        // the general budget's too, though it may state its share of the expenditure (占本年支出合计的…).
        foreach (var m in shareOf is null || key == FactKeys.GeneralBudgetTotal ? Levels(pattern, text, fiscalYear, phase) : PartStatements(pattern, text, fiscalYear, phase))
        {
            decimal factor = UnitFactor(m.Groups["unit"].Value);
            if (ShareBases.Contains(key)) totals.Add((m.Index, key));
            var share = m.Groups["share"].Success ? (ShareWhole(m, text, shareOf, key, phase, facts), m.Groups["share"])
                : m.Groups["threeshare"].Success ? (FactKeys.ThreePublicTotal, m.Groups["threeshare"])
                : (null, null);
            var change = ChangeOf(m, fiscalYear);
            var multiple = NarrativePhrasings.MultipleFollows.Match(text, m.Index + m.Length);
            if (multiple.Success) change = WithMultiple(change, multiple, fiscalYear);
            var fact = new Fact
            {
                Key = key,
                Value = Amount(m),
                PrintedUnit = factor,
                ShareOf = share.Item1,
                SharePct = share.Item1 is not null && share.Item2 is { } pct ? Number(pct.Value) : null,
                Change = change,
                Prior = PriorOf(m, factor, change),
                Execution = PrintedFigures.Execution(m),
                Page = pages[m.Index],
                Quote = multiple.Success ? m.Value + multiple.Value : m.Value,
            };
            // The same figure restated on its page with nothing of its own ("2024年部门收支总预算2037.89万元…。2024年部门支出预算
            // 2037.89万元，其中：…" in Hubei) is one statement.
            if (fact is { Change: null, SharePct: null, Execution: null, Prior: null }
                && facts.Any(f => f.Key == key && f.Value == fact.Value && f.Page == fact.Page && f.Code is null)) continue;
            facts.Add(fact);
            levels.Add((m.Index, fact));
        }
        SharesListedAfter(text, levels, facts);
        ChangesOfListHeads(text, facts, levels);
        foreach (var (at, assets) in levels.Where(l => l.Fact.Key == FactKeys.AssetsTotal).Take(1))
            facts.AddRange(AmountParts(text, pages, at + assets.Quote!.Length, assets.Key));
        foreach (var (at, costs) in levels.Where(l => l.Fact.Key == FactKeys.OperatingCosts).Take(1))
            facts.AddRange(OperatingCostParts(text, pages, at + costs.Quote!.Length));
        foreach (var (key, pattern, _) in NarrativePhrasings.MoneyFacts.Where(f => ThreePublicKeys.Contains(f.Key)))
            earlier.AddRange(EarlierYearStatements(key, pattern, text, fiscalYear));
        var consumed = new bool[text.Length];
        totals.Sort();
        var bodies = new List<Range>();
        facts.AddRange(FunctionItemReader.Read(text, pages, fiscalYear, consumed,
            at => totals.LastOrDefault(t => t.At < at).Key, bodies));
        // An item's explanation may name the department's quantities with the item's own part of them ("行政运行（01）：…主要用于
        // 机关人员经费280.00万元和公用经费70.12万元", "…其中会议费预算支出20.00万元，公务接待费2.00万元"): not the department's
        // figures. A sentence of its own after the item is ("…增长2.31%。…。此外，基本支出预算数为12323.46万元", Jiangsu).
        var explained = levels.Where(l => bodies.Any(b => InExplanation(text, b, l.At))).Select(l => l.Fact).ToHashSet(ReferenceEqualityComparer.Instance);
        facts.RemoveAll(explained.Contains);
        levels.RemoveAll(l => explained.Contains(l.Fact));
        foreach (var (at, fact) in phase == BudgetPhase.Budget ? [] : Executions(text, pages, consumed, fiscalYear))
        {
            facts.Add(fact);
            levels.Add((at, fact));
        }
        if (phase != BudgetPhase.Budget) facts.AddRange(CompletionsOfStatedFigures(text, pages, levels, consumed, fiscalYear));
        facts.AddRange(ChangesOfStatedFigures(text, pages, levels, fiscalYear, phase));
        WithEarlierYearsFigures(facts, earlier, phase);
        facts.AddRange(EconomicItems(text, pages, levels, fiscalYear));
        facts.AddRange(ProjectItems(text, pages, fiscalYear));
        facts.AddRange(Respective(text, pages, facts, fiscalYear, phase));
        facts.AddRange(PairedTotals(text, pages, fiscalYear));
        facts.AddRange(FurtherComparisons(text, pages, facts, fiscalYear));
        foreach (var (key, pattern) in NarrativePhrasings.CountFacts)
            if (pattern.Matches(text).FirstOrDefault(m => !OfAnotherScope(text, m.Index)) is { } m)
            {
                facts.Add(new Fact { Key = key, Value = Number(m.Groups["count"].Value), Page = pages[m.Index], Quote = m.Value });
                facts.AddRange(CountParts(text, pages, m.Index + m.Length, key, unit: m.Value[^1]));
            }
        facts.AddRange(UnitStatementReader.Read(text, pages, at => InUnitItem(text, at), fiscalYear));
        facts.AddRange(FundBalances(text, pages, facts, fiscalYear));
        return PrintedQuotes(OcrReadings.OfFacts([.. facts.Select(WithChangeInOwnUnit).Select(f => OnItsFiguresPage(f, text, pages))], text, pages, confidences),
            printed, text, pages, origins);
    }

    /// <summary>
    /// Each fund's balance its paragraph states (<see cref="NarrativePhrasings.FundBalanceStatement"/>): its opening balance, year's income
    /// and spending and closing balance, four facts of the fund's keys quoting the paragraph, the first of each fund only. Not a figure
    /// already read from the paragraph (<paramref name="read"/>: its 本年支出 as the fund's spending), nor a unit's paragraph or one on another year.
    /// </summary>
    private static List<Fact> FundBalances(string text, List<int> pages, List<Fact> read, int? fiscalYear)
    {
        var funds = new HashSet<string>();
        var balances = new List<Fact>();
        foreach (Match m in NarrativePhrasings.FundBalanceStatement.Matches(text))
        {
            if (InUnitItem(text, m.Index) || OfAnotherYear(text, m.Groups["opening"].Index, fiscalYear)) continue;
            var (opening, income, spent, closing) = NarrativePhrasings.FundBalanceKeys(m.Groups["fund"].Value);
            if (!funds.Add(opening)) continue;
            foreach (var (key, figure) in new[] { (opening, "opening"), (income, "income"), (spent, "spent"), (closing, "closing") })
            {
                decimal unit = UnitFactor(m.Groups[figure + "Unit"].Value);
                decimal value = Number(m.Groups[figure].Value) * unit;
                if (!read.Any(f => f.Key == key && f.Value == value && m.Value.Contains(f.Quote, StringComparison.Ordinal)))
                    balances.Add(new Fact { Key = key, Value = value, PrintedUnit = unit, Page = pages[m.Groups[figure].Index], Quote = m.Value });
            }
        }
        return balances;
    }

    /// <summary>
    /// A fact given the page its figure is printed on where its quote runs over a page break (round FU's Shaanxi: an item's paragraph
    /// opening on page 3, its 188.50万元 the first line of page 4): the page a finding sends the reader to.
    /// </summary>
    private static Fact OnItsFiguresPage(Fact fact, string text, List<int> pages)
    {
        if (fact.PrintedUnit is not { } unit || unit == 0 || OcrReadings.QuoteAt(fact, text, pages) is not int at) return fact;
        decimal printed = fact.Value / unit;
        var figure = FigureInQuote().Matches(fact.Quote).FirstOrDefault(m => Number(m.Value) == printed);
        return figure is not null && pages[at + figure.Index] != fact.Page ? fact with { Page = pages[at + figure.Index] } : fact;
    }

    [GeneratedRegex(NarrativePhrasings.Figure)]
    private static partial Regex FigureInQuote();

    /// <summary>A fact whose change is printed in its own unit, that unit not kept beside it (<see cref="FactChange.PrintedUnit"/>).</summary>
    private static Fact WithChangeInOwnUnit(Fact fact) =>
        fact.Change is { PrintedUnit: { } unit } change && (fact.PrintedUnit is not { } own || own == unit) ? fact with { Change = change with { PrintedUnit = null } } : fact;

    /// <summary>
    /// A second comparison stated right after a figure's first, against another year (Beijing: "“三公”经费预算26.07万元，
    /// 比2025年预算数减少3.19万元，下降10.90%；比2024年决算数23.67万元增加2.40万元，增长10.14%"): a fact of the same figure with
    /// that change, as a change stated apart from its figure is.
    /// </summary>
    private static IEnumerable<Fact> FurtherComparisons(string text, List<int> pages, List<Fact> facts, int? fiscalYear)
    {
        foreach (var fact in facts.Where(f => f.Change is not null).ToList())
        {
            if (OcrReadings.QuoteAt(fact, text, pages) is not int at) continue;
            // The first comparison lies inside the fact's quote (an item's quote may run on past the second).
            var first = NarrativePhrasings.ChangeAgainstBase.Match(text, at, fact.Quote.Length);
            if (!first.Success) continue;
            var m = NarrativePhrasings.FurtherComparison.Match(text, first.Index + first.Length);
            // Against the same year's other figure (较2023年执行数…；较2023年预算数…) the change is of a base the rules cannot tell
            // from the first's, whose tables print one of the two: only another year's comparison is read, or one stating its base
            // ("；与2025年执行数555.2万元相比，增加0.8万元，增长1.40%", round BC's Qinghai), which holds by its own figures.
            if (!m.Success || ChangeOf(m, fiscalYear) is not { } change) continue;
            var prior = PriorOf(m, fact.PrintedUnit ?? 1m, change);
            if (change.ComparedYear == fact.Change!.ComparedYear && prior is null) continue;
            yield return fact with
            {
                Change = change, Prior = prior, SharePct = null, ShareOf = null, Execution = null,
                Quote = text[at..(m.Index + m.Length)],
            };
        }
    }

    /// <summary>
    /// Each fact quoting rearranged words quotes them as printed: the printed span its characters came from, so a
    /// reader finds the quote on the page ("占比99.41%", not the "占99.41%" it was read as).
    /// </summary>
    private static IReadOnlyList<Fact> PrintedQuotes(IReadOnlyList<Fact> facts, string printed, string text, IReadOnlyList<int> pages, IReadOnlyList<int> origins)
    {
        if (ReferenceEquals(printed, text)) return facts;
        return [.. facts.Select(fact =>
        {
            if (OcrReadings.QuoteAt(fact, text, pages) is not int at) return fact;
            var from = origins.Skip(at).Take(fact.Quote.Length).ToList();
            bool moved = from.Where((origin, k) => origin != from[0] + k).Any();
            return moved ? fact with { Quote = printed[from.Min()..(from.Max() + 1)] } : fact;
        })];
    }

    /// <summary>
    /// A change stated after the last part a sentence lists of its head is the head's where its rate fits the head's
    /// figure and not the part's (Sichuan: "公务用车购置及运行费16.98万元，其中：公务用车购置费7.68万元，公务用车运行费9.30万元，
    /// 比上年减少3.77万元，下降18.17%": 3.77 of 20.75 is 18.17%, of 13.07 it would be 28.84%): it moves to the head.
    /// </summary>
    private static void ChangesOfListHeads(string text, List<Fact> facts, List<(int At, Fact Fact)> levels)
    {
        for (int p = 0; p < levels.Count; p++)
        {
            var (partAt, part) = levels[p];
            if (part.Change is not { Amount: not null, Pct: not null } change) continue;
            int sentence = text.LastIndexOf('。', Math.Max(partAt - 1, 0)) + 1;
            int list = text.IndexOf(NarrativePhrasings.PartsFollow, sentence, partAt - sentence, StringComparison.Ordinal);
            if (list < 0 || levels.Where(l => l.At >= sentence && l.At < list).OrderBy(l => l.At).LastOrDefault() is not { Fact: { Change: null } head } headLevel
                || !RateFits(head.Value, change) || RateFits(part.Value, change)) continue;
            var moved = head with { Change = change, Prior = part.Prior };
            var left = part with { Change = null, Prior = null };
            facts[facts.IndexOf(head)] = moved;
            facts[facts.IndexOf(part)] = left;
            levels[levels.IndexOf(headLevel)] = (headLevel.At, moved);
            levels[p] = (partAt, left);
        }
    }

    /// <summary>Whether a change's stated rate is its amount's share of the figure it was changed from, at the rate's printed precision.</summary>
    private static bool RateFits(decimal figure, FactChange change)
    {
        decimal prior = figure - change.SignedAmount()!.Value;
        if (prior <= 0) return false;
        decimal pct = change.Pct!.Value;
        decimal unit = 1m / (decimal)Math.Pow(10, pct.Scale);
        return Math.Abs(Math.Round(Math.Abs(change.Amount!.Value) / prior * 100, pct.Scale) - pct) <= unit;
    }

    /// <summary>
    /// Every statement of the figure's level (a narrative may state it in two sections): "基本支出增加人员经费
    /// 1408.29万元" states a change of 人员经费, not the figure, whatever the fact; "“三公”经费财政拨款支出预算为60.00万元，
    /// 支出决算为55.00万元" states the budget a final account's figure is carried out against (read as that). What a
    /// statement's subject calls 决算 is this year's outcome in a final account, so its parts' outcomes may follow it
    /// ("…支出决算为8.78万元，其中：因公出国（境）费支出决算为0万元…"), though not its own of a narrower scope (…其中财政拨款支出
    /// 决算为…); in a budget it is an earlier year's, never a level.
    /// </summary>
    private static IEnumerable<Match> Levels(Regex pattern, string text, int? fiscalYear, BudgetPhase? phase)
    {
        for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
        {
            bool outcome = text[m.Index..m.Groups["amount"].Index].Contains(NarrativePhrasings.OutcomeWord, StringComparison.Ordinal);
            if (outcome && phase == BudgetPhase.Budget) continue;
            // A comparison's base ("比2025年收入预算4,800.00万元增加…") is last year's figure.
            if (m.Index > 0 && NarrativePhrasings.ComparisonWords.Contains(text[m.Index - 1])) continue;
            if (!AfterChangeWord(text, m.Index)
                && (outcome && phase == BudgetPhase.FinalAccounts ? !NarrativePhrasings.NarrowerScopeFollows.IsMatch(text, m.Index + m.Length)
                    : !NarrativePhrasings.ActualFollows.IsMatch(text, m.Index + m.Length))
                && !OfAnotherYear(text, m.Groups["amount"].Index, fiscalYear) && !OfAnotherScope(text, m.Groups["amount"].Index))
                yield return m;
        }
    }

    /// <summary>Whether a place in an item's paragraph follows the words explaining the item in its sentence (主要用于…, 其中…).</summary>
    private static bool InExplanation(string text, Range body, int at)
    {
        if (at < body.Start.Value || at >= body.End.Value) return false;
        int sentence = Math.Max(body.Start.Value, text.LastIndexOf('。', Math.Max(at - 1, 0)) + 1);
        return ItemParagraphs.Explaining().Match(text, sentence, at - sentence).Success;
    }

    /// <summary>
    /// A statement in a sentence about another year than the document's: the last year the sentence names before the
    /// figure, other than as a comparison's base (比2022年…), is an earlier one ("2021年度“三公”经费合计支出20.12万元，其中：…
    /// 公务接待12.39万元" in a 2022 budget; "2022年度收入合计7080.00万元" in a 2023 final account: last year's figure, not this
    /// year's level) or a later one (a final account's word on next year's budget, "2021年机关运行经费预算安排90.00万元，比2020年
    /// 度决算减少6.00万元" in a 2020 final account; a budget's medium-term plan, "2021年本部门支出预算5,600.00万元" in a 2020
    /// budget); or a sentence about several years together.
    /// </summary>
    private static bool OfAnotherYear(string text, int at, int? fiscalYear)
    {
        if (fiscalYear is not { } year) return false;
        int start = SentenceStart(text, at);
        return YearNamedLast(text, at, year) is { } named && named != year || NarrativePhrasings.YearsTogether.IsMatch(text.AsSpan(start, at - start));
    }

    /// <summary>
    /// The earlier year a statement's sentence is about (<see cref="OfAnotherYear"/>): the last it names before the
    /// statement, in figures (2022年…) or as last year (上年…, 去年…); null when none.
    /// </summary>
    private static int? EarlierYearOf(string text, int at, int? fiscalYear)
    {
        if (fiscalYear is not { } year) return null;
        int? last = YearNamedLast(text, at, year);
        return last < year ? last : null;
    }

    [GeneratedRegex(@"[(（][^()（）]*[)）]")]
    private static partial Regex ClosedBrackets();

    /// <summary>The year a statement's sentence names last before it: in figures, as last year, or as this year; null when none.</summary>
    private static int? YearNamedLast(string text, int at, int year)
    {
        // A year in brackets closed before the statement names the figure before them ("…42.60万元（上年45.80万元），其中：…"), not this one.
        string sentence = ClosedBrackets().Replace(text[SentenceStart(text, at)..at], m => new string(' ', m.Length));
        var mentions = NarrativePhrasings.YearNamed.Matches(sentence).Select(m => (m.Index, Year: int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)))
            .Concat(NarrativePhrasings.LastYearNamed.Matches(sentence).Select(m => (m.Index, Year: year - 1)))
            .Concat(NarrativePhrasings.ThisYearNamed.Matches(sentence).Select(m => (m.Index, Year: year)));
        return mentions.Any() ? mentions.MaxBy(m => m.Index).Year : null;
    }

    /// <summary>
    /// Whether the clause a statement opens (from its last comma or stop) names another scope than the department's
    /// (<see cref="NarrativePhrasings.OtherScope"/>): "下属单位支出预算合计500.00万元", "其中：机关本级本年支出合计800.00万元".
    /// </summary>
    private static bool OfAnotherScope(string text, int at)
    {
        int start = Math.Max(text.LastIndexOfAny(ClauseEnds, Math.Max(at - 1, 0)) + 1, at - ClauseReach);
        string clause = text[start..at];
        if (NarrativePhrasings.OtherScope.IsMatch(clause) || InUnitItem(text, at)) return true;
        // A part listed after its total's 其中 is of the total's scope: "本部门所属第三中学2021年度本年支出合计865.40万元，其中：基本支出…",
        // unless it names the department ("全市…，其中本部门政府采购预算856.00万元").
        if (NarrativePhrasings.OwnScope.IsMatch(clause)) return false;
        int sentence = SentenceStart(text, at);
        // A sentence going through the units one by one (round AU's Anhui: "分单位看：局本级“三公”经费支出决算57.00万元；区图书馆…2.80万元").
        int stop = at > 0 ? text.LastIndexOf('。', at - 1) + 1 : 0;
        if (NarrativePhrasings.ByUnit.Match(text, stop, at - stop).Success) return true;
        // The sentence's subject, up to its first amount, names another scope: every figure of it is that scope's
        // ("其中，所属事业单位预算收入合计1005.42万元，支出合计1005.42万元"), or opens a paragraph on one unit.
        var first = NarrativePhrasings.FirstAmount.Match(text, sentence, at - sentence);
        string subject = text[sentence..(first.Success ? first.Index : at)];
        if ((first.Success && NarrativePhrasings.OtherScope.IsMatch(subject)) || NarrativePhrasings.UnitParagraph.IsMatch(subject)) return true;
        int listing = text.IndexOf(NarrativePhrasings.PartsFollow, sentence, at - sentence, StringComparison.Ordinal);
        return listing > sentence && NarrativePhrasings.OtherScope.IsMatch(text.AsSpan(sentence, Math.Min(listing - sentence, ClauseReach)).ToString());
    }

    /// <summary>How far back an item of a list by unit is looked for: such an item states a few figures in two or three sentences.</summary>
    private const int UnitItemReach = 400;

    /// <summary>How far back the words opening a list by unit are looked for, within the item's section: a list of several units.</summary>
    private const int UnitListReach = 2000;

    /// <summary>
    /// Whether the position lies in an item of a list by unit (<see cref="NarrativePhrasings.UnitItemOpening"/>): the last such
    /// opening before it, with no section heading between.
    /// </summary>
    private static bool InUnitItem(string text, int at)
    {
        int from = Math.Max(0, at - UnitItemReach);
        if (NarrativePhrasings.UnitItemOpening.Matches(text[from..at]).LastOrDefault() is not { } opening
            || NarrativePhrasings.HeadingWords.IsMatch(opening.Groups["name"].Value)) return false;
        int start = from + opening.Index, end = start + opening.Length;
        if (NarrativePhrasings.SectionHeading.Match(text, end, at - end).Success) return false;
        if (opening.Groups["own"].Success) return true;
        // The list's words since the section's heading before the item, however many items stand between (round DG's Jiangsu:
        // the fourth unit's item 450 characters under 按单位).
        int back = Math.Max(0, start - UnitListReach);
        int section = back + (NarrativePhrasings.SectionHeading.Matches(text[back..start]).LastOrDefault()?.Index ?? 0);
        return NarrativePhrasings.UnitListFollows.Match(text, section, start - section).Success;
    }

    private static readonly char[] ClauseEnds = ['。', '；', ';', '，', ',', '：', ':'];

    /// <summary>How far back a statement's clause is searched for another scope.</summary>
    private const int ClauseReach = 30;

    /// <summary>Where the sentence holding a place begins, looked for no further back than <see cref="SentenceReach"/>.</summary>
    private static int SentenceStart(string text, int at) => Math.Max(text.LastIndexOfAny(SentenceEnds, Math.Max(at - 1, 0)) + 1, at - SentenceReach);

    /// <summary>What ends a sentence of the narrative.</summary>
    private static readonly char[] SentenceEnds = ['。', '；'];

    /// <summary>Whether a change word stands just before a place ("增加人员经费1408.29万元": a change of 人员经费, not its figure).</summary>
    private static bool AfterChangeWord(string text, int at) =>
        at >= 2 && (NarrativePhrasings.ChangeWords.Contains(text.Substring(at - 2, 2)) || ListedAfterChangeWord(text, at));

    /// <summary>A later item of a list a change word opens: "比上年增加人员经费300.00万元、公用经费50.00万元".</summary>
    private static bool ListedAfterChangeWord(string text, int at)
    {
        if (text[at - 1] != '、') return false;
        int clause = text.LastIndexOfAny(ClauseEnds, at - 1) + 1;
        return NarrativePhrasings.ChangeWords.Any(w => text.IndexOf(w, clause, at - clause, StringComparison.Ordinal) >= 0);
    }

    /// <summary>How far back a statement's sentence is searched for the year it is about.</summary>
    private const int SentenceReach = 80;

    /// <summary>
    /// A part's first statement, and any later one that restates the same figure with its share or change (Jiangsu
    /// states 一般公共预算收入20702.25万元 in the overview and again under 收入预算情况, 占99.29%): the same quantity, and its
    /// share or change is checked only there.
    /// </summary>
    private static IEnumerable<Match> PartStatements(Regex pattern, string text, int? fiscalYear, BudgetPhase? phase)
    {
        Match? first = null;
        foreach (var m in Levels(pattern, text, fiscalYear, phase))
        {
            if (first is null) yield return first = m;
            else if ((m.Groups["share"].Success || m.Groups["direction"].Success) && Amount(m) == Amount(first)) yield return m;
        }
    }

    /// <summary>
    /// The parts a whole lists right after it: from where <paramref name="opening"/> matches at <paramref name="after"/>, each
    /// <paramref name="part"/> in turn while the one before it ends on a separator (its <c>separator</c> group).
    /// </summary>
    private static List<Match> ListedParts(string text, int after, Regex opening, Regex part)
    {
        var open = opening.Match(text, after);
        if (!open.Success) return [];
        var parts = new List<Match>();
        for (int at = open.Index + open.Length; part.Match(text, at) is { Success: true } listed; at = listed.Index + listed.Length)
        {
            parts.Add(listed);
            if (!listed.Groups["separator"].Success) break;
        }
        return parts;
    }

    /// <summary>
    /// The amounts a whole lists right after it (<see cref="NarrativePhrasings.AssetPartsOpening"/>: the kinds of assets after their total),
    /// each a fact of its printed name and figure; none for fewer than two, which name no composition.
    /// </summary>
    private static List<Fact> AmountParts(string text, List<int> pages, int after, string wholeKey)
    {
        var parts = ListedParts(text, after, NarrativePhrasings.AssetPartsOpening, NarrativePhrasings.AmountPart);
        return parts.Count < 2 ? [] : PartsOf(parts, pages, wholeKey);
    }

    /// <summary>Each listed amount (its <c>name</c>, <c>amount</c> and <c>unit</c> groups) a fact of a part of the whole.</summary>
    private static List<Fact> PartsOf(List<Match> parts, List<int> pages, string wholeKey) => [.. parts.Select(part => new Fact
    {
        Key = FactKeys.AmountPart, Value = Amount(part), PrintedUnit = UnitFactor(part.Groups["unit"].Value), Name = part.Groups["name"].Value,
        ShareOf = wholeKey, Page = pages[part.Index], Quote = part.Value.TrimEnd('、', '，', ',', '；', ';'),
    })];

    /// <summary>
    /// The items the 机关运行经费 lists after its figure (<see cref="NarrativePhrasings.OperatingCostPartsOpening"/>), each an amount part of
    /// it; none for a list closed by 等, or one most of whose names are no item of the economic classification (a list of purposes, not
    /// the costs' items), whose sum would be no whole's.
    /// </summary>
    private static List<Fact> OperatingCostParts(string text, List<int> pages, int after)
    {
        var parts = ListedParts(text, after, NarrativePhrasings.OperatingCostPartsOpening, NarrativePhrasings.OperatingCostPart);
        if (parts.Count < 2 || parts.Any(p => p.Groups["open"].Success)
            || parts.Count(p => EconomicClasses.IsItemName(p.Groups["name"].Value)) * 2 < parts.Count) return [];
        return PartsOf(parts, pages, FactKeys.OperatingCosts);
    }

    /// <summary>
    /// The parts a count lists right after it (<see cref="NarrativePhrasings.CountPartsOpening"/>), each in the
    /// whole's unit; none where the list is closed by 等 or changes unit (the parts then are not the whole's
    /// composition).
    /// </summary>
    private static IEnumerable<Fact> CountParts(string text, List<int> pages, int after, string wholeKey, char unit)
    {
        var parts = ListedParts(text, after, NarrativePhrasings.CountPartsOpening, NarrativePhrasings.CountPart);
        if (parts.Any(part => part.Groups["unit"].Value[0] != unit || part.Groups["open"].Success)) return [];
        return [.. parts.Select(part => new Fact
        {
            Key = FactKeys.CountPart, Value = Number(part.Groups["count"].Value), Name = part.Groups["name"].Value,
            ShareOf = wholeKey, Page = pages[part.Index], Quote = part.Value.TrimEnd('、', '，', ','),
        })];
    }

    /// <summary>
    /// The whole a share is of: the one it names (<see cref="NarrativePhrasings.ShareWholes"/>; 基本支出 for a part of the basic
    /// expenditure the phrasing lists, its own basic expenditure), else the phrasing's own.
    /// A final account's bare 本年收入 is its 本年收入合计 for a kind of income beside the fiscal appropriation's (Hubei:
    /// "收入合计4680.58万元…。其中：财政拨款收入2982.61万元，占本年收入63%") where the text states one income total (not
    /// also a budget's, or one with the carry-over); a part of the fiscal appropriation may mean that by it, and a budget's
    /// income holds the carry-over.
    /// </summary>
    private static string? ShareWhole(Match m, string text, string? phrasingWhole, string key, BudgetPhase? phase, List<Fact> read) =>
        m.Groups["sharebase"] is { Success: true } named
            ? NarrativePhrasings.ShareWholes.FirstOrDefault(w => w.Words.IsMatch(named.Value)).Key
              ?? (phrasingWhole is FactKeys.GeneralBudgetBasic or FactKeys.ExpenditureBasic && NarrativePhrasings.BasicWhole.IsMatch(named.Value) ? phrasingWhole : null)
              ?? (phase == BudgetPhase.FinalAccounts && named.Value == NarrativePhrasings.YearsIncome && KindsOfIncome.Contains(key)
                  && read.Where(f => f.Key == FactKeys.IncomeTotal).Select(f => f.Value).Distinct().Count() == 1 ? FactKeys.IncomeTotal : null)
            : phase == BudgetPhase.Budget && phrasingWhole == FactKeys.IncomeTotal
              && NarrativePhrasings.WithinYearsIncome.Match(text, text.LastIndexOf('。', Math.Max(m.Index - 1, 0)) + 1) is { Success: true } within && within.Index < m.Index ? null
            : phrasingWhole;

    /// <summary>The kinds of a year's income, the fiscal appropriation's taken whole.</summary>
    private static readonly HashSet<string> KindsOfIncome =
    [
        FactKeys.IncomeFiscalAppropriation, FactKeys.IncomePublicService, FactKeys.IncomeBusiness, FactKeys.IncomeHigherSubsidy,
        FactKeys.IncomeSubordinateRemit, FactKeys.IncomeOther,
    ];

    private static decimal Amount(Match m) => Number(m.Groups["amount"].Value) * UnitFactor(m.Groups["unit"].Value);

    /// <summary>
    /// Each completion stated apart from its figure (<see cref="NarrativePhrasings.CompletionOfStatedFigure"/>), as a fact of
    /// the figure its subject names, stated last before it within <see cref="MaxPagesFromFigure"/> pages and with no budget
    /// of its own; none without a subject (the rate of an unnamed outcome is no figure's).
    /// </summary>
    private static IEnumerable<Fact> CompletionsOfStatedFigures(string text, List<int> pages, List<(int At, Fact Fact)> levels, bool[] consumed, int? fiscalYear)
    {
        foreach (Match m in NarrativePhrasings.CompletionOfStatedFigure.Matches(text))
        {
            if (consumed[m.Index] || OfAnotherYear(text, m.Index, fiscalYear)) continue;
            var subject = ExecutionSubject(text, m.Index);
            // The figure of an earlier sentence: one of this sentence is its budget ("…支出预算92019.01万元，决算数为预算的…").
            int sentence = text.LastIndexOf('。', m.Index) + 1;
            if (subject.Key is not { } key || LastStatedBefore(levels, sentence, f => f.Key == key) is not { Execution: null } figure
                || Math.Abs(figure.Page - pages[m.Index]) > MaxPagesFromFigure) continue;
            yield return new Fact
            {
                Key = key,
                Value = figure.Value,
                PrintedUnit = figure.PrintedUnit,
                Execution = PrintedFigures.Execution(m),
                Page = pages[m.Index - subject.Match!.Length],
                Quote = subject.Match!.Value + m.Value,
            };
        }
    }

    /// <summary>What a budget-carried-out statement at <paramref name="at"/> is about, from the words just before it (<see cref="NarrativePhrasings.ExecutionSubjects"/>).</summary>
    private static (string? Key, Match? Match) ExecutionSubject(string text, int at)
    {
        string before = text[Math.Max(0, at - SubjectReach)..at];
        foreach (var (key, subject) in NarrativePhrasings.ExecutionSubjects)
            if (subject.Match(before) is { Success: true } match) return (key, match);
        return (null, null);
    }

    /// <summary>How far before a budget-carried-out statement its subject is looked for.</summary>
    private const int SubjectReach = 24;

    /// <summary>
    /// Every statement of a budget carried out (a final account has one per line it explains), with the change
    /// against last year that may follow it, but for those read already as a function item's (<paramref name="consumed"/>)
    /// and those that name the budget in other words than their own (an adjusted one).
    /// </summary>
    private static IEnumerable<(int At, Fact Fact)> Executions(string text, List<int> pages, bool[] consumed, int? fiscalYear)
    {
        foreach (Match m in NarrativePhrasings.Execution.Matches(text))
        {
            if (consumed[m.Index] || consumed[m.Index + m.Length - 1] || PrintedFigures.Execution(m) is not { Budget: not null } execution
                || OfAnotherYear(text, m.Index, fiscalYear)) continue;
            decimal factor = UnitFactor(m.Groups["unit"].Value);
            var subject = ExecutionSubject(text, m.Index);
            // A 三公 part's share of the 三公 total, stated after its completion rate.
            bool ofThreePublic = m.Groups["threeshare"].Success && subject.Key is { } part && part != FactKeys.ThreePublicTotal && ThreePublicKeys.Contains(part);
            yield return (m.Index, new Fact
            {
                Key = subject.Key ?? FactKeys.BudgetExecution,
                ShareOf = ofThreePublic ? FactKeys.ThreePublicTotal : null,
                SharePct = ofThreePublic ? Number(m.Groups["threeshare"].Value) : null,
                Value = Amount(m),
                PrintedUnit = factor,
                Execution = execution,
                Change = ChangeOf(m, fiscalYear),
                Page = pages[m.Index - (subject.Match?.Length ?? 0)],
                Quote = subject.Match?.Value + m.Value,
            });
        }
    }

    /// <summary>
    /// The balances a fund's paragraph states after its spending (…本年支出…，年末结转和结余…): passed over in finding the figure a change
    /// on 本年支出 in the next sentence is of.
    /// </summary>
    private static readonly HashSet<string> BalanceKeys =
    [
        FactKeys.CarryoverOpening, FactKeys.CarryoverClosing, FactKeys.FiscalAppropriationCarryoverOpening, FactKeys.FiscalAppropriationCarryoverClosing,
        FactKeys.GeneralBudgetCarryoverOpening, FactKeys.GeneralBudgetCarryoverClosing, FactKeys.GovernmentFundCarryoverOpening,
        FactKeys.GovernmentFundCarryoverClosing, FactKeys.StateCapitalCarryoverOpening, FactKeys.StateCapitalCarryoverClosing,
    ];

    /// <summary>How many pages from a change stated apart from its figure that figure may be stated (a chapter's span).</summary>
    private const int MaxPagesFromFigure = 2;

    /// <summary>
    /// A change stated apart from its figure (<see cref="NarrativePhrasings.ChangesOfStatedFigures"/>), as a fact of the
    /// figure it speaks of (<see cref="StatedFigureOf"/>), with that figure's value and the difference from the budget
    /// stated with the change; none where that figure is more than <see cref="MaxPagesFromFigure"/> pages away (a note
    /// under a unit's table many pages on speaks of the unit's figure). Not a change of an earlier year's figure: one in a
    /// sentence about an earlier year ("2022年“三公”经费决算数较2021年决算数减少…" in a 2023 budget), nor in a budget one
    /// whose subject says 决算 (last year's outcome).
    /// </summary>
    private static IEnumerable<Fact> ChangesOfStatedFigures(string text, List<int> pages, List<(int At, Fact Fact)> levels, int? fiscalYear, BudgetPhase? phase)
    {
        // One statement is one change: a budget's "收、支预算总计各减少…" is the income total's where it was stated, else the
        // expenditure total's, not both (one misprint, one finding).
        var stated = new HashSet<int>();
        foreach (var (key, pattern) in NarrativePhrasings.ChangesOfStatedFigures)
            foreach (Match m in pattern.Matches(text))
            {
                if (stated.Contains(m.Index)) continue;
                int subjectEnd = m.Groups["base"].Success ? m.Groups["base"].Index : m.Groups["direction"].Success ? m.Groups["direction"].Index : m.Index + m.Length;
                bool outcome = text[m.Index..subjectEnd].Contains(NarrativePhrasings.OutcomeWord, StringComparison.Ordinal);
                if ((outcome && phase == BudgetPhase.Budget) || OfAnotherYear(text, subjectEnd, fiscalYear) || InUnitItem(text, m.Index)
                    || (key is FactKeys.IncomeTotal or FactKeys.ExpenditureTotal && m.Groups["base"].Success && NarrativePhrasings.BothTotalsNamed.IsMatch(m.Groups["base"].Value))
                    || (key == FactKeys.GovernmentFundTotal && LastStatedBefore(levels, m.Index, f => !BalanceKeys.Contains(f.Key))?.Key != key)
                    || StatedFigureOf(levels, m.Index, key, NarrativePhrasings.OneSideNamed.IsMatch(m.Value)) is not { } figure || Math.Abs(figure.Page - pages[m.Index]) > MaxPagesFromFigure
                    || ChangeOf(m, fiscalYear) is not { } change || figure.Change == change) continue;
                stated.Add(m.Index);
                yield return new Fact
                {
                    // The figure's own key: a side's change of the two totals stated together is their total's (a final account's 收入总计 holds
                    // the opening balance its 本年收入合计 leaves out).
                    Key = figure.Key, Value = figure.Value, PrintedUnit = figure.PrintedUnit, Change = change, Execution = PrintedFigures.Execution(m), Page = pages[m.Index], Quote = m.Value,
                };
            }
    }

    /// <summary>
    /// Economic classes of basic or project expenditure stated with their shares (<see cref="NarrativePhrasings.EconomicItem"/>),
    /// each a share of the basic (or project) expenditure stated last before it: the general budget's (Guangxi states
    /// 基本支出预算…，占一般公共预算支出的…% just before its classes), else the department's; of none where neither is
    /// stated before it (its share is then not checked, nor is it held to a table).
    /// </summary>
    private static IEnumerable<Fact> EconomicItems(string text, List<int> pages, List<(int At, Fact Fact)> levels, int? fiscalYear)
    {
        foreach (Match m in NarrativePhrasings.EconomicItem.Matches(text))
        {
            string name = m.Groups["name"].Value;
            bool basic = m.Groups["whole"].Value == "基本";
            string[] wholes = basic ? [FactKeys.GeneralBudgetBasic, FactKeys.ExpenditureBasic] : [FactKeys.GeneralBudgetProject, FactKeys.ExpenditureProject];
            string? whole = LastStatedBefore(levels, m.Index, f => wholes.Contains(f.Key))?.Key;
            decimal factor = UnitFactor(m.Groups["unit"].Value);
            var change = ChangeOf(m, fiscalYear);
            yield return new Fact
            {
                Key = FactKeys.EconomicItem,
                Code = ColumnHeaders.EconomicClassCode(name),
                Name = name,
                Value = Amount(m),
                PrintedUnit = factor,
                ShareOf = whole,
                SharePct = m.Groups["share"].Success ? Number(m.Groups["share"].Value) : null,
                Change = change,
                Prior = PriorOf(m, factor, change),
                Page = pages[m.Index],
                Quote = m.Value,
            };
        }
        foreach (Match opening in NarrativePhrasings.EconomicClassListOpening.Matches(text))
        {
            bool basic = opening.Groups["whole"].Value == "基本";
            // The list is the general budget's where the general budget's expenditure (or its basic part) was stated after
            // the department's basic expenditure: Guizhou lists the classes in its section on the general budget
            // ("三、一般公共预算支出情况 … 基本支出中：工资福利支出…"), after the department's 基本支出 of all funds.
            string[] generalBudget = basic ? [FactKeys.GeneralBudgetBasic, FactKeys.GeneralBudgetTotal] : [FactKeys.GeneralBudgetProject, FactKeys.GeneralBudgetTotal];
            string department = basic ? FactKeys.ExpenditureBasic : FactKeys.ExpenditureProject;
            string? whole = LastStatedBefore(levels, opening.Index + opening.Length, f => generalBudget.Contains(f.Key) || f.Key == department)?.Key is { } key
                ? key == department ? department : generalBudget[0] : null;
            for (int at = opening.Index + opening.Length; NarrativePhrasings.EconomicClassInList.Match(text, at) is { Success: true } item; at = item.Index + item.Length)
            {
                yield return ListedClass(item, pages, item.Groups["name"].Value, whole, share: null);
                if (!item.Groups["separator"].Success) break;
            }
        }
        foreach (Match opening in NarrativePhrasings.EconomicClassListByShareOpening.Matches(text))
        {
            // The classes divide the basic or project expenditure stated last before them, the general budget's or the department's.
            string? whole = LastStatedBefore(levels, opening.Index, f => f.Key is FactKeys.GeneralBudgetBasic or FactKeys.ExpenditureBasic
                or FactKeys.GeneralBudgetProject or FactKeys.ExpenditureProject)?.Key;
            for (int at = opening.Index + opening.Length; NarrativePhrasings.EconomicClassWithShare.Match(text, at) is { Success: true } item; at = item.Index + item.Length)
            {
                // A qualifier in ASCII brackets: full-width ones mark an item paragraph's levels (工资福利支出（类）基本工资（款）).
                string name = item.Groups["name"].Value.Replace('（', '(').Replace('）', ')');
                yield return ListedClass(item, pages, name, whole, whole is not null && item.Groups["share"].Success ? Number(item.Groups["share"].Value) : null);
                if (!item.Groups["separator"].Success) break;
            }
        }
    }

    /// <summary>An economic class of a list, with the separator after it left out of its quote.</summary>
    private static Fact ListedClass(Match item, List<int> pages, string name, string? whole, decimal? share) => new()
    {
        Key = FactKeys.EconomicItem,
        Code = ColumnHeaders.EconomicClassCode(name),
        Name = name,
        Value = Amount(item),
        PrintedUnit = UnitFactor(item.Groups["unit"].Value),
        ShareOf = whole,
        SharePct = share,
        Page = pages[item.Index],
        Quote = item.Value.TrimEnd('，', ',', '、', '；', ';'),
    };

    /// <summary>The key projects' numbered paragraphs (<see cref="NarrativePhrasings.ProjectStatement"/>), each with its name.</summary>
    private static IEnumerable<Fact> ProjectItems(string text, List<int> pages, int? fiscalYear)
    {
        foreach (Match m in NarrativePhrasings.ProjectStatement.Matches(text))
        {
            decimal factor = UnitFactor(m.Groups["unit"].Value);
            var change = ChangeOf(m, fiscalYear);
            // A final account's paragraph states the budget, then what was spent: the project's figure, carried out against it.
            bool spent = m.Groups["actual"].Success;
            yield return new Fact
            {
                Key = FactKeys.ProjectItem,
                Name = m.Groups["name"].Value,
                Value = spent ? Number(m.Groups["actual"].Value) * UnitFactor(m.Groups["actualUnit"].Value) : Amount(m),
                PrintedUnit = spent ? UnitFactor(m.Groups["actualUnit"].Value) : factor,
                Execution = spent ? new BudgetExecution(Amount(m), m.Groups["completion"].Success ? Number(m.Groups["completion"].Value) : null, null) : null,
                Change = change,
                Prior = PriorOf(m, factor, change),
                Page = pages[m.Index],
                Quote = m.Value,
            };
        }
    }

    /// <summary>
    /// The shares a sentence states after its list of parts, in the list's order (Jiangxi: "支出预算中：基本支出1396.16万元，项目支出
    /// 1329.84万元，分别占51.22%和48.78%", "其中：政府采购货物预算…、政府采购工程预算…、政府采购服务预算…，分别占37.00%、22.00%和
    /// 41.00%"): where the sentence states as many parts of one whole before it, none with a share of its own, each takes its share.
    /// </summary>
    private static void SharesListedAfter(string text, List<(int At, Fact Fact)> levels, List<Fact> facts)
    {
        static string? WholeOf(Fact part) => NarrativePhrasings.MoneyFacts.FirstOrDefault(f => f.Key == part.Key && f.ShareOf is not null).ShareOf;
        // The whole the sentence opens with is no part ("收入预算45081.00万元，其中：…").
        foreach (var listed in ListedShares.Of(text, [.. levels.Select(l => l.At)], i => WholeOf(levels[i].Fact) is not null, at => SentenceStart(text, at)))
        {
            if (listed.Any(p => levels[p.Part].Fact.SharePct is not null) || listed.Select(p => WholeOf(levels[p.Part].Fact)).Distinct().ToList() is not [{ } whole]) continue;
            foreach (var (i, share) in listed)
            {
                var (at, part) = levels[i];
                var shared = part with { SharePct = share, ShareOf = whole };
                facts[facts.IndexOf(part)] = shared;
                levels[i] = (at, shared);
            }
        }
    }

    /// <summary>
    /// Figures stated respectively for a list of names (<see cref="NarrativePhrasings.Respectively"/>), one fact a
    /// name, where every name is one the list may hold and as many figures are listed; none for a key read already.
    /// A figure without its own unit is in the unit after the last. Only this year's levels: not a sentence about an
    /// earlier year (2023年“三公”经费预算中，… in a 2024 budget; 上年…), nor a final account's budget or a budget's 决算
    /// (…预算分别为… in a final account; either, where the phase is not known).
    /// </summary>
    private static IEnumerable<Fact> Respective(string text, List<int> pages, List<Fact> read, int? fiscalYear, BudgetPhase? phase)
    {
        foreach (Match m in InSentencesWith(NarrativePhrasings.Respectively, NarrativePhrasings.RespectivelyWord, text))
        {
            string sentence = text[SentenceStart(text, m.Index)..(m.Index + m.Length)];
            bool otherStage = m.Groups["stage"] is { Success: true } stage
                && (phase is null || (stage.Value == NarrativePhrasings.OutcomeWord) != (phase == BudgetPhase.FinalAccounts));
            if (otherStage || OfAnotherYear(text, m.Groups["figures"].Index, fiscalYear)
                || NarrativePhrasings.LastYearWords.Any(words => sentence.Contains(words, StringComparison.Ordinal))) continue;
            var keys = m.Groups["names"].Value.Split('、')
                .Select(name => NarrativePhrasings.RespectiveNames.FirstOrDefault(n => n.Name.IsMatch(name)).Key).ToList();
            var figures = Regex.Matches(m.Groups["figures"].Value + m.Groups["unit"].Value, $@"(?<amount>{NarrativePhrasings.Figure})(?<unit>{NarrativePhrasings.MoneyUnits})?");
            if (keys.Any(k => k is null) || keys.Distinct().Count() != keys.Count || figures.Count != keys.Count
                || keys.Any(k => read.Any(f => f.Key == k))) continue;
            for (int i = 0; i < keys.Count; i++)
            {
                string unit = figures[i].Groups["unit"].Success ? figures[i].Groups["unit"].Value : m.Groups["unit"].Value;
                decimal factor = UnitFactor(unit);
                yield return new Fact
                {
                    Key = keys[i]!, Value = Number(figures[i].Groups["amount"].Value) * factor, PrintedUnit = factor,
                    Page = pages[m.Index], Quote = m.Value,
                };
            }
        }
    }

    /// <summary>
    /// The matches of a rule whose every match holds a word and lies within one sentence (no 。 or ； inside), found by
    /// trying it on the sentences that hold the word only: a rule that may start anywhere is otherwise tried at every
    /// place of the narrative. The matches' places are in the whole text.
    /// </summary>
    private static IEnumerable<Match> InSentencesWith(Regex rule, string word, string text)
    {
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0;)
        {
            int start = text.LastIndexOfAny(SentenceEnds, at) + 1;
            int end = text.IndexOfAny(SentenceEnds, at) is var stop and >= 0 ? stop + 1 : text.Length;
            for (var m = rule.Match(text, start, end - start); m.Success; m = m.NextMatch()) yield return m;
            at = end < text.Length ? text.IndexOf(word, end, StringComparison.Ordinal) : -1;
        }
    }

    /// <summary>
    /// The two sides' figures stated as a pair with their changes and rates in the same order
    /// (<see cref="NarrativePhrasings.PairedTotals"/>), the document's year only. Two sides of 总计 are one figure (a balanced
    /// summary): two figures are the year's income and expenditure (本年收入合计, 本年支出合计), which the paragraphs
    /// after them name so; one figure twice is the 总计.
    /// </summary>
    private static IEnumerable<Fact> PairedTotals(string text, List<int> pages, int? fiscalYear)
    {
        foreach (Match m in NarrativePhrasings.PairedTotals.Matches(text))
        {
            if (fiscalYear is not { } own || int.Parse(m.Groups["own"].Value, CultureInfo.InvariantCulture) != own
                || ComparedYear(m, fiscalYear) is not { } year) continue;
            string direction = NarrativePhrasings.Direction(m.Groups["direction"].Value);
            // A figure's own unit, else the one printed after the pair.
            Group UnitOf(string printed, string after) => m.Groups[printed].Success ? m.Groups[printed] : m.Groups[after];
            // Each side's groups: its figure and unit, its change and unit, its rate.
            (string Figure, string Unit, string Change, string ChangeUnit, string Rate)[] groups = [("a", "aunit", "ca", "caunit", "pa"), ("b", "unit", "cb", "cunit", "pb")];
            var sides = groups.Select(side => (
                Figure: Money(m.Groups[side.Figure], UnitOf(side.Unit, "unit")),
                Change: new FactChange(year, Money(m.Groups[side.Change], UnitOf(side.ChangeUnit, "cunit")).Value,
                    m.Groups[side.Rate].Success ? Number(m.Groups[side.Rate].Value) : null, direction)))
                .ToList();
            bool one = sides[0].Figure.Value == sides[1].Figure.Value && sides[0].Change == sides[1].Change;
            string[] keys = one ? [FactKeys.IncomeExpenditureTotal] : [FactKeys.IncomeTotal, FactKeys.ExpenditureTotal];
            for (int k = 0; k < keys.Length; k++)
                yield return new Fact
                {
                    Key = keys[k], Value = sides[k].Figure.Value, PrintedUnit = sides[k].Figure.Unit, Change = sides[k].Change, Page = pages[m.Index], Quote = m.Value,
                };
        }
    }

    /// <summary>The 三公 total and its parts, whose earlier year's figures a budget may state in a section of their own.</summary>
    private static readonly HashSet<string> ThreePublicKeys =
    [
        FactKeys.ThreePublicTotal, FactKeys.ThreePublicOverseas, FactKeys.ThreePublicVehicle, FactKeys.ThreePublicVehiclePurchase,
        FactKeys.ThreePublicVehicleOperation, FactKeys.ThreePublicReception, FactKeys.ThreePublicReceptionDomestic, FactKeys.ThreePublicReceptionForeign,
    ];

    /// <summary>
    /// A figure stated in a sentence about an earlier year; whether that year's figure is its budget; whether the sentence
    /// names that year alone before the figure; whether its subject is the fiscal appropriation's (财政拨款) only.
    /// </summary>
    private sealed record EarlierStatement(string Key, int Year, decimal Amount, decimal Unit, bool Budget, bool SoleYear, bool Appropriated);

    /// <summary>The first statement of a figure in a sentence about each earlier year, as <see cref="Levels"/> passes over it.</summary>
    private static IEnumerable<EarlierStatement> EarlierYearStatements(string key, Regex pattern, string text, int? fiscalYear)
    {
        var seen = new HashSet<int>();
        for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
        {
            if (EarlierYearOf(text, m.Groups["amount"].Index, fiscalYear) is not { } year || !seen.Add(year) || AfterChangeWord(text, m.Index)) continue;
            string sentence = text[SentenceStart(text, m.Index)..(m.Index + m.Length)];
            string opening = text[SentenceStart(text, m.Index)..m.Groups["amount"].Index];
            yield return new EarlierStatement(key, year, Amount(m), UnitFactor(m.Groups["unit"].Value),
                Budget: sentence.Contains(NarrativePhrasings.BudgetWord, StringComparison.Ordinal),
                SoleYear: NarrativePhrasings.YearNamed.Matches(opening).Select(y => y.Groups["year"].Value).Distinct().Count() == 1,
                Appropriated: opening.Contains(NarrativePhrasings.AppropriationWord, StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// Changes against a year whose 三公 figures a section of their own states ("二、2021年“三公”经费决算情况 2021年度“三公”经费合计
    /// 支出20.12万元，其中：…公务接待12.39万元…。2022年度“三公”经费预算较2021年度增加1.68万元，其中公务接待较上年同期减少0.58万元"):
    /// those figures are last year's the changes are computed against, where the total's change confirms it (21.8 − 20.12 is
    /// the stated 1.68): a budget's change may be stated against another of last year's figures (its budget, not its outcome).
    /// A final account's change against last year's outcome (its statement names no 预算) is against that year's outcome
    /// stated in a sentence of its own, naming that year alone, of the same scope (财政拨款 or all funds), without the
    /// confirmation ("2021年的三公经费决算数合计为807.95万…。2022年“三公”经费决算数相较于上年增加275.76万元").
    /// </summary>
    private static void WithEarlierYearsFigures(List<Fact> facts, List<EarlierStatement> earlier, BudgetPhase? phase)
    {
        foreach (var year in earlier.Select(e => e.Year).Distinct().ToList())
        {
            var stated = earlier.Where(e => e.Year == year).ToDictionary(e => e.Key);
            bool confirmed = stated.TryGetValue(FactKeys.ThreePublicTotal, out var priorTotal)
                && facts.Any(f => f.Key == FactKeys.ThreePublicTotal && f.Change is { Amount: { } amount } change && change.ComparedYear == year
                    && change.SignedAmount() is { } signed
                    && Math.Abs(f.Value - priorTotal.Amount - signed) <= HalfDigit(f.Value, f.PrintedUnit) + HalfDigit(priorTotal.Amount, priorTotal.Unit) + HalfDigit(amount, f.PrintedUnit));
            if (!confirmed && phase != BudgetPhase.FinalAccounts) continue;
            for (int i = 0; i < facts.Count; i++)
                if (facts[i] is { Prior: null, Change: { } change } fact && change.ComparedYear == year && change.Direction is "increase" or "decrease"
                    && stated.TryGetValue(fact.Key, out var prior) && (confirmed || AgainstLastYearsOutcome(fact, prior)))
                    facts[i] = fact with { Prior = new PriorFigure(year, prior.Budget ? PriorFigure.Budget : PriorFigure.Execution, prior.Amount) };
        }
    }

    /// <summary>
    /// Whether a final account's change is against the outcome an earlier sentence states: neither names a budget, that
    /// sentence names its year alone, and both are of the same scope.
    /// </summary>
    private static bool AgainstLastYearsOutcome(Fact fact, EarlierStatement prior) =>
        !prior.Budget && prior.SoleYear && !fact.Quote.Contains(NarrativePhrasings.BudgetWord, StringComparison.Ordinal)
        && prior.Appropriated == fact.Quote.Contains(NarrativePhrasings.AppropriationWord, StringComparison.Ordinal);

    /// <summary>Half a unit of a figure's last printed digit, in yuan; 0 for a figure read without its unit.</summary>
    private static decimal HalfDigit(decimal yuan, decimal? unit) => unit is { } u ? PrintedPrecision.LastDigitInYuan(yuan, u) / 2m : 0m;

    /// <summary>
    /// The figure a change stated apart from it speaks of: the one of its key stated last before it, else, for a 三公 figure,
    /// the first stated after it (round BI's 三公 list "其中：…公务用车购置及运行维护费支出决算减少5,679元，下降10.74%" comes before the
    /// section that states the vehicles' combined figure, the one before it having stated 购置费 and 运行维护费 apart). A total's
    /// change is not carried forward: "收、支预算总计各增加…" stated with the expenditure total is that one's, not also the
    /// income total's stated on a later page (one statement, one change). Either total's change naming its side (<paramref name="sideNamed"/>)
    /// is also of the two totals stated together last, and read as theirs (round II's Fujian: "2025年收入总计9,321.31万元，支出总计9,321.31万元。
    /// 收入总计比上年增加606.14万元，增长6.59%"); one naming both (收支总预算比上年减少…) is theirs as it is.
    /// </summary>
    private static Fact? StatedFigureOf(List<(int At, Fact Fact)> levels, int at, string key, bool sideNamed) =>
        LastStatedBefore(levels, at, f => f.Key == key || sideNamed && key is FactKeys.IncomeTotal or FactKeys.ExpenditureTotal && f.Key == FactKeys.IncomeExpenditureTotal)
        ?? (ThreePublicKeys.Contains(key) ? levels.Where(l => l.At > at && l.Fact.Key == key).OrderBy(l => l.At).Select(l => l.Fact).FirstOrDefault() : null);

    /// <summary>The figure of those chosen stated last before a place in the text; null where none is.</summary>
    private static Fact? LastStatedBefore(List<(int At, Fact Fact)> levels, int at, Func<Fact, bool> chosen) =>
        levels.Where(l => l.At < at && chosen(l.Fact)).OrderBy(l => l.At).Select(l => l.Fact).LastOrDefault();

    /// <summary>
    /// Last year's figure named inside the comparison ("较2024年的219万元减少22.1万元"), in the unit printed with it or,
    /// left out ("较上年2.08减少0.03万元"), the figure's own; a budget where the comparison says 预算, else the outcome.
    /// </summary>
    private static PriorFigure? PriorOf(Match m, decimal factor, FactChange? change)
    {
        if (!m.Groups["prior"].Success || change is null) return null;
        // Last year's figure stated as a clause of its own names its year and kind: another year's is no base of the change.
        if (m.Groups["pyear"].Success && int.Parse(m.Groups["pyear"].Value, CultureInfo.InvariantCulture) != change.ComparedYear) return null;
        decimal unit = m.Groups["punit"].Success ? UnitFactor(m.Groups["punit"].Value) : factor;
        string named = m.Groups["pkind"].Success ? m.Groups["pkind"].Value : m.Groups["base"].Value;
        string kind = named.Contains(NarrativePhrasings.BudgetWord, StringComparison.Ordinal) ? PriorFigure.Budget : PriorFigure.Execution;
        return new PriorFigure(change.ComparedYear ?? 0, kind, Number(m.Groups["prior"].Value) * unit) { PrintedUnit = unit != factor ? unit : null };
    }

    /// <summary>The year a change is stated against: the one it names (比2022年…), else the year before the document's.</summary>
    private static int? ComparedYear(Match m, int? fiscalYear) =>
        m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : fiscalYear - 1;

    /// <summary>The change a match states, its amount in the unit printed with it (a 亿元 figure may change by 5000万元).</summary>
    internal static FactChange? ChangeOf(Match m, int? fiscalYear)
    {
        if (!m.Groups["direction"].Success && !m.Groups["flat"].Success) return null;
        if (ComparedYear(m, fiscalYear) is not { } year) return null;
        if (m.Groups["flat"].Success) return new FactChange(year, 0m, null, "flat");
        string direction = NarrativePhrasings.Direction(m.Groups["direction"].Value);
        string? second = m.Groups["second"].Success ? NarrativePhrasings.Direction(m.Groups["second"].Value) : null;
        return new FactChange(year, m.Groups["camount"].Success ? Number(m.Groups["camount"].Value) * UnitFactor(m.Groups["cunit"].Value) : null,
            m.Groups["pct"].Success ? Number(m.Groups["pct"].Value) : null, direction)
        {
            ContradictingDirection = second is not null && second != direction ? second : null,
            // Kept where it is not the figure's own (FactReader.Read drops it where it is).
            PrintedUnit = m.Groups["camount"].Success && m.Groups["cunit"].Success ? UnitFactor(m.Groups["cunit"].Value) : null,
        };
    }

    /// <summary>
    /// A change with the multiple stated after it (<see cref="NarrativePhrasings.MultipleFollows"/>), or the change the multiple
    /// states alone (比上年增长1.2倍, 是上年的2.5倍).
    /// </summary>
    private static FactChange? WithMultiple(FactChange? change, Match multiple, int? fiscalYear)
    {
        var (times, ofFigure) = MultipleOf(multiple);
        if (change is not null) return change with { Multiple = times, MultipleOfFigure = ofFigure };
        if (ComparedYear(multiple, fiscalYear) is not { } year) return null;
        string direction = multiple.Groups["direction"].Success ? NarrativePhrasings.Direction(multiple.Groups["direction"].Value) : RatioDirection(times!.Value);
        return new FactChange(year, null, null, direction) { Multiple = times, MultipleOfFigure = ofFigure };
    }

    /// <summary>The direction of a figure stated only as a multiple of last year's: a rise above 1, a fall below.</summary>
    internal static string RatioDirection(decimal ratio) => ratio > 1 ? "increase" : ratio < 1 ? "decrease" : "flat";

    /// <summary>A change's multiple (增长1.2倍, or 是上年的2.2倍 of the figure itself), or null.</summary>
    internal static (decimal? Multiple, bool OfFigure) MultipleOf(Match m) =>
        m.Groups["ratio"].Success ? (Number(m.Groups["ratio"].Value), true)
        : m.Groups["times"].Success ? (Number(m.Groups["times"].Value), false) : (null, false);

    /// <summary>
    /// The document's text as one string without spaces (a sentence wraps across lines and pages as it
    /// pleases), the page of every character, and its OCR word confidence (null when read from the text layer).
    /// </summary>
    private static (string Printed, string Text, List<int> Pages, List<double?> Confidences, List<int> Origins) Narrative(DocumentLayout layout)
    {
        var text = new StringBuilder();
        var pages = new List<int>();
        var confidences = new List<double?>();
        // Page numbers are no part of a sentence running over a page break ("增长3" | "3" | "17.31%").
        foreach (var (page, line) in layout.AllLines.Where(l => !Tables.PageMarker.In(l.Line.Text)))
        {
            foreach (var c in line.Text)
            {
                if (char.IsWhiteSpace(c)) continue;
                text.Append(c);
                pages.Add(page);
            }
            confidences.AddRange(OcrReadings.OfCharacters(line));
        }
        // Full-width digits and the ％ after them (typed in a Chinese input method's full-width mode) are read as
        // their ASCII forms; one character for one, so each keeps its page.
        string normalized = CjkText.NormalizeNumbers(text.ToString());
        var (rearranged, keptPages, keptConfidences, origins) = Rearranged(normalized, pages, confidences);
        return (normalized, rearranged, keptPages, keptConfidences, origins);
    }

    /// <summary>
    /// The narrative with the wordings the phrasings are not written for put in the order they are: 占比 read as 占
    /// (<see cref="NarrativePhrasings.ShareWordsAfterZhan"/>), a remark between an amount and its share left out
    /// (<see cref="NarrativePhrasings.RemarkBeforeShare"/>), an amount stated before its item's subject put after it
    /// (<see cref="ItemParagraphs.AmountBeforeSubject"/>). Each character kept keeps its page, its confidence and its
    /// index in the printed text (its origin); without a rewrite the text itself is returned.
    /// </summary>
    private static (string Text, List<int> Pages, List<double?> Confidences, List<int> Origins) Rearranged(string text, List<int> pages, List<double?> confidences)
    {
        // Each rewrite: the span it replaces, and the spans of the text that replace it, in their new order.
        var rewrites = NarrativePhrasings.ShareWordsAfterZhan().Matches(text).Concat(NarrativePhrasings.RemarkBeforeShare().Matches(text))
            .Select(m => (m.Index, m.Length, Spans: Array.Empty<(int From, int Count)>()))
            .Concat(ItemParagraphs.AmountBeforeSubject().Matches(text).Select(m => (m.Index, m.Length,
                Spans: new[] { (m.Groups["subject"].Index, m.Groups["subject"].Length), (m.Groups["amount"].Index, m.Groups["amount"].Length) })))
            .OrderBy(r => r.Index).ToList();
        if (rewrites.Count == 0) return (text, pages, confidences, []);
        var kept = new StringBuilder(text.Length);
        var keptPages = new List<int>(pages.Count);
        var keptConfidences = new List<double?>(confidences.Count);
        var origins = new List<int>(text.Length);
        int next = 0;
        foreach (var (index, length, spans) in rewrites)
        {
            if (index < next) continue;
            Keep(next, index);
            foreach (var (from, count) in spans) Keep(from, from + count);
            next = index + length;
        }
        Keep(next, text.Length);
        return (kept.ToString(), keptPages, keptConfidences, origins);

        void Keep(int from, int to)
        {
            kept.Append(text, from, to - from);
            origins.AddRange(Enumerable.Range(from, to - from));
            keptPages.AddRange(pages.Skip(from).Take(to - from));
            keptConfidences.AddRange(confidences.Skip(from).Take(to - from));
        }
    }
}
