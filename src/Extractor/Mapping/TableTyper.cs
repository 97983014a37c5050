using System.Text.RegularExpressions;
using Extractor.Model;

namespace Extractor.Mapping;

/// <summary>How a table got its type: a title rule, the classifier, or neither.</summary>
public enum TypingEvidence { TitleRule, Classifier, None }

/// <summary>A table's type, what decided it, and the classifier's guess where it was asked.</summary>
public sealed record TableTyping(string Type, TypingEvidence Evidence, TableTypeGuess? Guess);

/// <summary>
/// Types a table. First by its title, with rules exact enough to trust: the title is normalised (year,
/// numbering such as 一、 or 公开01表：, quotes, bracket widths and spaces removed) and matched against the
/// printed names of each canonical table across the Hubei, national and Shanghai templates and final
/// accounts. A title no rule names (a new wording, a title lost in extraction) goes to the classifier over
/// title and header (<see cref="TableTypeClassifier"/>); a guess below its confidence bar leaves the table
/// <see cref="TableTypes.Unknown"/>, never a forced type.
/// </summary>
public static partial class TableTyper
{
    private static readonly (string Type, Regex Rule)[] Rules =
    [
        // Most specific first: the performance forms, then fund- and appropriation-specific tables, then
        // the general summaries whose names the specific ones contain.
        (TableTypes.OverallPerformanceTargets, new Regex("整体支出绩效目标")),
        (TableTypes.ProjectPerformanceTargets, new Regex("项目(?:支出)?绩效目标")),
        (TableTypes.GovernmentPurchasedServices, new Regex("政府购买服务")),
        (TableTypes.GovernmentProcurement, new Regex("政府采购")),
        (TableTypes.ThreePublicExpenses, new Regex("三公经费")),
        (TableTypes.OperatingCosts, new Regex("^(?:部门|单位)?(?:一般公共预算)?(?:财政拨款)?机关运行经费(?:支出)?(?:预算|决算)?表")),
        (TableTypes.StateCapitalExpenditure, new Regex("国有资本经营预算")),
        (TableTypes.GovernmentFundExpenditure, new Regex("政府性基金")),
        (TableTypes.GeneralBudgetBasicByEconomic, new Regex("一般公共预算(?:财政拨款)?基本支出")),
        // Jiangsu prints the appropriation-wide twins of the two general-budget tables.
        (TableTypes.FiscalAppropriationBasicByEconomic, new Regex("^(?:部门|单位)?财政拨款基本支出(?:预算|决算)?表")),
        (TableTypes.FiscalAppropriationExpenditure, new Regex("^(?:部门|单位)?财政拨款支出(?:预算|决算)?表")),
        (TableTypes.GeneralBudgetExpenditureByFunction, new Regex("一般公共预算(?:财政拨款)?支出(?:(?:决算|预算)表|功能分类|表\\(功能|预算表\\(功能|(?:明细)?表\\(按(?:支出)?功能)")),
        (TableTypes.GeneralBudgetExpenditure, new Regex("^一般公共预算支出表$")),
        (TableTypes.FiscalAppropriationSummary, new Regex("财政拨款收(?:入)?支(?:出)?(?:预算|决算)?总表")),
        (TableTypes.IncomeExpenditureSummary, new Regex("^(?:部门|单位|预算单位)?(?:综合)?(?:预算)?(?:财务)?收(?:入)?支(?:出)?(?:预算|决算)?总表$")),
        (TableTypes.IncomeSummary, new Regex("^(?:部门|单位|预算单位)?(?:综合)?(?:预算)?收入(?:预算|决算)?(?:总)?表$")),
        (TableTypes.ExpenditureSummary, new Regex("^(?:部门|单位|预算单位)?(?:综合)?(?:预算)?支出(?:预算|决算)?(?:总)?表$")),
        (TableTypes.ProjectExpenditure, new Regex("^项目支出(?:预算)?表$|^(?:部门|单位)?(?:综合预算)?专项业务经费支出(?:预算)?表$")),
    ];

    [GeneratedRegex(@"\s|[""“”'‘’]|^.*?20\d\d\s*年度?|^[一二三四五六七八九十]+、|^(?:公开)?\d+表[:：]?|^表[一二三四五六七八九十\d]+")]
    private static partial Regex Noise();

    /// <summary>The title as the rules read it: "十一、一般公共预算“三公”经费…" → "一般公共预算三公经费…".</summary>
    public static string Normalise(string title)
    {
        var text = title.Replace('（', '(').Replace('）', ')');
        string previous;
        do
        {
            previous = text;
            text = Noise().Replace(text, "");
        }
        while (text != previous);
        // A department name before the table name: keep from the first known table word on.
        var start = Regex.Match(text, "(?:部门|单位|预算单位|一般公共|财政拨款|政府性基金|国有资本|项目|政府采购|政府购买|三公|机关运行|收入|支出|收支|财务)");
        return start.Success ? text[start.Index..] : text;
    }

    public static TableTyping Type(Table table) => Type(table, TableTypeClassifier.Shipped);

    public static TableTyping Type(Table table, TableTypeClassifier classifier)
    {
        var byTitle = ByTitle(table.Title);
        if (byTitle != TableTypes.Unknown) return new TableTyping(byTitle, TypingEvidence.TitleRule, null);
        var guess = classifier.Classify(TableTypeText.Of(table));
        return guess.Type != TableTypes.Unknown && guess.Confidence >= TableTypeClassifier.MinConfidence
            ? new TableTyping(guess.Type, TypingEvidence.Classifier, guess)
            : new TableTyping(TableTypes.Unknown, TypingEvidence.None, guess);
    }

    /// <summary>The canonical type the title rules give this title, or <see cref="TableTypes.Unknown"/>.</summary>
    public static string ByTitle(string title)
    {
        var text = Normalise(title);
        if (text.Length == 0) return TableTypes.Unknown;
        foreach (var (type, rule) in Rules)
            if (rule.IsMatch(text)) return type;
        return TableTypes.Unknown;
    }
}
