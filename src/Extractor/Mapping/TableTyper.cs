using Extractor.Model;
using Extractor.Wording;

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
public static class TableTyper
{

    /// <summary>The title as the rules read it: "十一、一般公共预算“三公”经费…" → "一般公共预算三公经费…".</summary>
    public static string Normalise(string title)
    {
        var text = title.Replace('（', '(').Replace('）', ')');
        string previous;
        do
        {
            previous = text;
            text = TableTitles.Noise().Replace(text, "");
        }
        while (text != previous);
        foreach (var (printed, plain) in TableTitles.Synonyms) text = printed.Replace(text, plain);
        text = TableTitles.UnitName().Replace(text, "");
        // A department name before the table name: keep from the first known table word on. Words of a fund or a
        // classification before it are part of the name (政府经济分类支出预算表, 财政专户管理资金支出预算表), no department's.
        var start = TableTitles.FirstTableWord().Match(text);
        return start.Success && !TableTitles.NoDepartmentWord().IsMatch(text.AsSpan(0, start.Index)) ? text[start.Index..] : text;
    }

    /// <summary>
    /// The department or unit a title names before the table's own name: 湖北省水利厅 in "湖北省水利厅2026年部门收支总表",
    /// 江西省统计局本级 in "江西省统计局本级收入决算表"; null where it names none.
    /// </summary>
    public static string? EntityInTitle(string title)
    {
        // A table's number OCR read as something else before the year (round GF's scans: 表三 read "R=") names no one.
        if (TableTitles.MisreadNumberBeforeName().Match(title) is { Success: true } misread) title = title[misread.Length..];
        var text = TableTitles.EntityNoise().Replace(title, "");
        // A name before the year ("湖北省水利厅2026年部门收支总表"), not the table's own ("部门收支总表（2025年）").
        var year = TableTitles.YearInTitle().Match(text);
        if (year is { Success: true, Index: >= 2 } && !text[..year.Index].EndsWith('表'))
            return Named(text[..year.Index]);
        text = TableTitles.YearInTitle().Replace(text, "");
        return TableTitles.UnitName().Match(text) is { Success: true } unit ? Named(unit.Value)
            : TableTitles.FirstTableWord().Match(text) is { Success: true, Index: >= 2 } start && !TableTitles.NoDepartmentWord().IsMatch(text.AsSpan(0, start.Index)) ? Named(text[..start.Index])
            : null;

        // 本部门, 本单位 name no one.
        static string? Named(string name) => name.StartsWith('本') ? null : name;
    }

    /// <summary>The table's type; the classifier is asked only when no title rule names it (a title names most).</summary>
    public static TableTyping Type(Table table, ITableClassifier classifier)
    {
        var byTitle = ByTitle(table.Title);
        if (byTitle != TableTypes.Unknown) return new TableTyping(byTitle, TypingEvidence.TitleRule, null);
        if (ListsProjects(table)) return new TableTyping(TableTypes.ProjectExpenditure, TypingEvidence.TitleRule, null);
        if (IsProjectsForm(table)) return new TableTyping(TableTypes.ProjectPerformanceTargets, TypingEvidence.TitleRule, null);
        var guess = classifier.Classify(TableTypeText.Of(table));
        return guess.Type != TableTypes.Unknown && guess.Confidence >= TableTypeClassifier.MinConfidence && !Contradicted(guess.Type, table)
            ? new TableTyping(guess.Type, TypingEvidence.Classifier, guess)
            : new TableTyping(TableTypes.Unknown, TypingEvidence.None, guess);
    }

    /// <summary>
    /// A fund's table of project expenditure alone that lists its projects (Sichuan's 一般公共预算项目支出预算表 over 项目名称 |
    /// 功能科目编码 | 功能科目名称 | 金额): the project table. One by function line alone (…项目支出决算表 over 科目编码 | 合计) is not.
    /// </summary>
    private static bool ListsProjects(Table table)
    {
        string title = Normalise(table.Title);
        return TableTitles.ProjectExpenditureOnly().IsMatch(title) && !title.Contains("基本支出", StringComparison.Ordinal)
            && table.Header.Any(row => row.Any(cell => cell.Replace(" ", "") == "项目名称"));
    }

    /// <summary>
    /// A project's performance form printed under the form before it, its title not printed again (round JU's Shandong: each key
    /// project's block its own ruled grid): opened by 项目名称 and its name, and printing a fund block's total (年度资金总额, 预算金额).
    /// </summary>
    private static bool IsProjectsForm(Table table) =>
        table.Header.FirstOrDefault() is [var first, ..] && PerformanceFormLabels.ProjectName().IsMatch(first.Replace(" ", ""))
        && table.Header.Select(row => row.Select(text => new Cell(text)).ToList()).Concat(table.Rows)
            .Any(row => row.Count > 0 && PerformanceFormLabels.Blocks.Any(b => b.TotalLabel.IsMatch(row[0].Text.Replace(" ", ""))));

    private static readonly HashSet<string> BasicTables = [TableTypes.GeneralBudgetBasicByEconomic, TableTypes.FiscalAppropriationBasicByEconomic];

    /// <summary>Tables of all of a fund's expenditure by function line, whose figures a table of one part would contradict.</summary>
    private static readonly HashSet<string> WholeExpenditureTables =
    [
        TableTypes.ExpenditureSummary, TableTypes.GeneralBudgetExpenditure, TableTypes.GeneralBudgetExpenditureByFunction,
        TableTypes.FiscalAppropriationExpenditure, TableTypes.GovernmentFundExpenditure, TableTypes.StateCapitalExpenditure,
    ];

    /// <summary>
    /// Whether the table's own words rule out the classifier's guess, which reads words as evidence, not as meaning:
    /// a title of project expenditure alone is no table of all expenditure (its figures are a part of each line's);
    /// an economic classification's title is no function table, a function classification's no basic-expenditure
    /// table; and a table with a 项目支出 column is no basic-expenditure table (its 合计 holds the projects too).
    /// Such a table stays unknown rather than have its figures held against another quantity's.
    /// </summary>
    private static bool Contradicted(string type, Table table)
    {
        string title = Normalise(table.Title);
        var header = table.Header.SelectMany(row => row).Select(c => c.Replace(" ", "")).ToList();
        if (WholeExpenditureTables.Contains(type))
            return TableTitles.ProjectExpenditureOnly().IsMatch(title) && !title.Contains("基本支出", StringComparison.Ordinal)
                || TableTitles.EconomicClassification().IsMatch(title);
        if (BasicTables.Contains(type))
            return TableTitles.FunctionClassification().IsMatch(title) || header.Any(c => c == "项目支出");
        return false;
    }

    /// <summary>
    /// The canonical type the title rules give this title, or <see cref="TableTypes.Unknown"/>. A classification the
    /// title names against its rule's type leaves it unknown: 一般公共预算支出预算表（经济分类） is no function table, 一般公共预算
    /// 基本支出预算表（功能分类） no table of economic classes.
    /// </summary>
    public static string ByTitle(string title)
    {
        var text = Normalise(title);
        if (text.Length == 0) return TableTypes.Unknown;
        foreach (var (type, rule) in TableTitles.Rules)
            if (rule.IsMatch(text))
                return WholeExpenditureTables.Contains(type) && TableTitles.EconomicClassification().IsMatch(text)
                    || BasicTables.Contains(type) && TableTitles.FunctionClassification().IsMatch(text) ? TableTypes.Unknown : type;
        return TableTypes.Unknown;
    }
}
