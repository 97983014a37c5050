using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation.Text;

/// <summary>
/// <c>text.document_kind</c>: the document speaking of itself as what it is not. A unit's budget (单位预算) that
/// calls its statements 部门预算, or a department's that calls them 单位预算, as its cover does not; a budget
/// speaking of its own year's 决算 (the year has not been spent). The kind is the one the first pages name.
/// </summary>
public sealed class DocumentKindRule : IConsistencyRule
{
    public string Id => RuleIds.DocumentKind;

    /// <summary>The pages where a disclosure names itself: its cover and its contents.</summary>
    private const int CoverPages = 2;

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        var text = DocumentText.Of(document);
        var named = ReviewWording.DocumentKind().Matches(text.Joined).ToList();
        var cover = named.FirstOrDefault(m => text.PageAt(m.Index) <= CoverPages);
        if (cover is not null)
        {
            string kind = cover.Groups["kind"].Value;
            var other = named.Where(m => text.PageAt(m.Index) > CoverPages && m.Groups["kind"].Value != kind);
            foreach (var finding in text.PerPage(Id, other,
                         m => $"a {(kind == "单位" ? "unit's" : "department's")} document speaks of {m.Value}: 「{text.Quote(m)}」",
                         m => $"第{text.PageAt(m.Index)}页{kind}{cover.Groups["phase"].Value}中称“{m.Value}”：“{text.Quote(m)}”"))
                yield return finding;
        }
        if (document.Phase != BudgetPhase.Budget || document.FiscalYear is not { } year) yield break;
        var ownAccounts = ReviewWording.YearAccounts().Matches(text.Joined).Where(m => m.Groups["year"].Value == year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var finding in text.PerPage(Id, ownAccounts,
                     m => $"a {year} budget speaks of {m.Value} as its own: 「{text.Quote(m)}」",
                     m => $"第{text.PageAt(m.Index)}页{year}年预算中称“{m.Value}”：“{text.Quote(m)}”"))
            yield return finding;
    }
}
