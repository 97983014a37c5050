using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Wording;
using static Extractor.Mapping.PrintedFigures;

namespace Extractor.Mapping;

/// <summary>
/// Reads the narrative's paragraphs on the department's units one by one (（三）弥勒市森林草原防火服务中心：收入预算360.94万元，其中：
/// 财政拨款348.49万元…；支出预算360.94万元，其中：基本支出179.17万元，项目支出163.77万元; round FB's Yunnan): each figure a fact of the
/// department's key (<see cref="FactKeys.IncomeTotal"/>, <see cref="FactKeys.ExpenditureBasic"/> …) scoped to the unit as the paragraph
/// names it. The department's own facts leave these paragraphs out (<see cref="NarrativePhrasings.UnitItemOpening"/>). The change of its
/// two totals the paragraph states after them (收支预算比上年预算增加101.92万元，增长7.59%; round HH's Gansu) is its expenditure total's.
/// </summary>
public static class UnitStatementReader
{
    /// <summary>How far a unit's paragraph runs at most: its figures and a sentence on what they are for.</summary>
    private const int MaxParagraph = 300;

    /// <param name="text">The narrative, whitespace removed.</param>
    /// <param name="pages">The page of each character of <paramref name="text"/>.</param>
    /// <param name="inUnitItem">Whether a position lies in an item of a list by unit, as the department's own reading tells: only such an
    /// opening is a unit's (a numbered heading naming the department is not).</param>
    /// <param name="fiscalYear">The document's year, for a change stated against 上年.</param>
    public static IEnumerable<Fact> Read(string text, IReadOnlyList<int> pages, Func<int, bool> inUnitItem, int? fiscalYear)
    {
        var openings = NarrativePhrasings.UnitItemOpening.Matches(text).Where(o => !NarrativePhrasings.HeadingWords.IsMatch(o.Groups["name"].Value)).ToList();
        for (int i = 0; i < openings.Count; i++)
        {
            var opening = openings[i];
            int start = opening.Index + opening.Length;
            int end = Math.Min(i + 1 < openings.Count ? openings[i + 1].Index : text.Length, start + MaxParagraph);
            if (NarrativePhrasings.SectionHeading.Match(text, start, end - start) is { Success: true } heading) end = heading.Index;
            if (NarrativePhrasings.NumberedOpening.Match(text, start, end - start) is { Success: true } next) end = next.Index;
            string unit = opening.Groups["name"].Value + opening.Groups["own"].Value + opening.Groups["office"].Value;
            // A paragraph restating a figure (收入预算…，支出预算… both before their parts) states it once.
            var stated = new HashSet<string>();
            var first = NarrativePhrasings.UnitFigure.Match(text, start, end - start);
            if (!first.Success || !inUnitItem(first.Index)) continue;
            var facts = new List<(Fact Fact, int Start)>();
            for (var m = first; m.Success; m = m.NextMatch())
            {
                string key = NarrativePhrasings.UnitFigureKey(m.Groups["what"].Value);
                if (!stated.Add(key)) continue;
                facts.Add((new Fact
                {
                    Key = key,
                    Value = Number(m.Groups["amount"].Value) * UnitFactor(m.Groups["unit"].Value),
                    PrintedUnit = UnitFactor(m.Groups["unit"].Value),
                    Page = pages[m.Index],
                    Quote = m.Value,
                    Scope = unit,
                }, m.Index));
            }
            if (NarrativePhrasings.TotalsChangedTogether.Match(text, first.Index, end - first.Index) is { Success: true } change
                && FactReader.ChangeOf(change, fiscalYear) is { } changed
                && facts.FindIndex(f => f.Fact.Key == FactKeys.ExpenditureTotal) is var totalAt and >= 0)
                facts[totalAt] = (facts[totalAt].Fact with { Change = changed, Quote = text[facts[totalAt].Start..(change.Index + change.Length)] }, facts[totalAt].Start);
            foreach (var (fact, _) in facts) yield return fact;
        }
        foreach (var fact in ListedTotals(text, pages)) yield return fact;
    }

    /// <summary>How far back the sentences a list by unit follows are looked at for the side it goes through.</summary>
    private const int SideReach = 300;

    /// <summary>
    /// The units' totals a sentence lists one after another (<see cref="NarrativePhrasings.UnitTotalsListed"/>): each the income or
    /// the expenditure total of the unit it names, as the unit's words say (…（本级）收、支总计各4382.65万元), else the list's own (收入预算按单位分：),
    /// else the nearest sentence before it opening with a side's total (2025年收入预算9,321.31万元，其中：…). None where none says which.
    /// </summary>
    private static IEnumerable<Fact> ListedTotals(string text, IReadOnlyList<int> pages)
    {
        foreach (Match list in NarrativePhrasings.UnitTotalsListed.Matches(text))
        {
            bool ofWhich = list.Groups[NarrativePhrasings.OfWhichOpening].Success;
            string? side = list.Groups["side"].Success ? list.Groups["side"].Value : ofWhich ? SideOfTheTotalBefore(text, list.Index) : SideOfTheSentencesBefore(text, list.Index);
            if (side is null && ofWhich) continue;
            var listed = new List<Fact>();
            for (var unit = NarrativePhrasings.ListedUnitTotal.Match(text, list.Index + list.Length); unit.Success; unit = unit.NextMatch())
            {
                // The unit's own words name its total (收、支总计各…), else the list's.
                if ((unit.Groups["side"].Success ? unit.Groups["side"].Value : side) is not { } named) continue;
                string key = NarrativePhrasings.ListedTotalKey(named);
                decimal factor = UnitFactor(unit.Groups["unit"].Value);
                // Its share is of the department's total (round KG's Henan: "局机关1091.99万元，占7.38%").
                listed.Add(new Fact
                {
                    Key = key, Value = Number(unit.Groups["amount"].Value) * factor, PrintedUnit = factor,
                    Page = pages[unit.Groups["amount"].Index], Quote = unit.Value.TrimStart(',', '，', '、', '；', ';'), Scope = unit.Groups["name"].Value,
                    ShareOf = unit.Groups["share"].Success ? key : null, SharePct = unit.Groups["share"].Success ? Number(unit.Groups["share"].Value) : null,
                });
            }
            // A total's 其中 listing one unit may be of anything else: a list of units lists two.
            if (ofWhich && listed.Count < 2) continue;
            foreach (var fact in listed) yield return fact;
        }
    }

    /// <summary>收入 or 支出, as the sentence right before a place states the department's total of that side; null where it states none.</summary>
    private static string? SideOfTheTotalBefore(string text, int at)
    {
        int start = at >= 2 ? text.LastIndexOf('。', at - 2) + 1 : 0;
        return NarrativePhrasings.TotalBeforeUnitsListed.Match(text, start, at - start) is { Success: true } total ? total.Groups["side"].Value : null;
    }

    /// <summary>收入 or 支出, as the nearest sentence before a place within <see cref="SideReach"/> opening with one names it; null where none does.</summary>
    private static string? SideOfTheSentencesBefore(string text, int at)
    {
        int end = at;
        while (end > 0 && at - end < SideReach)
        {
            int start = end >= 2 ? text.LastIndexOf('。', end - 2) + 1 : 0;
            if (NarrativePhrasings.TotalsSide.Match(text, start, end - start) is { Success: true } side) return side.Groups["side"].Value;
            end = start;
        }
        return null;
    }
}
