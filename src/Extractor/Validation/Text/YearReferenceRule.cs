using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation.Text;

/// <summary>
/// <c>text.year_reference</c>: a year named where another belongs. A budget compares with last year, so a
/// comparison naming its own year or a later one (比2026年预算增加… in a 2026 budget) is wrong, and last year's
/// outcome (预算执行数) carries last year's number; a final account's own budget (年初预算) carries its own year.
/// </summary>
public sealed class YearReferenceRule : IConsistencyRule
{
    public string Id => RuleIds.YearReference;

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        if (document.FiscalYear is not { } year) yield break;
        var text = DocumentText.Of(document);
        int Year(Match m) => int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        var misnamed = document.Phase == BudgetPhase.Budget
            ? ReviewWording.ComparedYear().Matches(text.Joined).Where(m => Year(m) >= year).Select(m => (m, $"compared with {Year(m)} in a {year} budget", $"{year}年预算与{Year(m)}年比较，比较基数应为{year - 1}年"))
                .Concat(ReviewWording.PriorYearOutcome().Matches(text.Joined).Where(m => Year(m) != year - 1)
                    .Select(m => (m, $"last year's outcome labelled {Year(m)} in a {year} budget", $"上年预算执行数标为{Year(m)}年，应为{year - 1}年")))
            : ReviewWording.OwnYearBudget().Matches(text.Joined).Where(m => Year(m) != year)
                .Select(m => (m, $"the year's own budget labelled {Year(m)} in a {year} final account", $"{year}年度决算的年初预算标为{Year(m)}年"));
        foreach (var group in misnamed.GroupBy(x => (text.PageAt(x.m.Index), x.Item2)))
        {
            var (m, english, chinese) = group.First();
            int page = text.PageAt(m.Index);
            yield return DocumentText.Warning(Id, page, text.Quote(m), $"{english}: 「{text.Quote(m)}」", $"第{page}页{chinese}：“{text.Quote(m)}”");
        }
    }
}
