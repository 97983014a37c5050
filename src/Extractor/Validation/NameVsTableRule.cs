using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// <c>text.name_vs_table</c>: a paragraph that names a class, 款 or 项 ("医疗卫生与计划生育支出（类）…（款）…（项）")
/// and whose code is known names each level as the document's own tables print that code. An obsolete class name
/// (医疗卫生与计划生育支出 where the tables print 卫生健康支出) or a level shifted by one (a 款 named as its 类) is
/// what a reviewer writes down; no figure changes, so the finding is a warning.
/// </summary>
public sealed partial class NameVsTableRule : IConsistencyRule
{
    public string Id => RuleIds.NameVsTable;

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+[、．.]|\d+[、．.])|[\s""“”'‘’]")]
    private static partial Regex Decoration();

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        var printed = document.LineItems.Where(i => i.Dimension == Dimensions.Function && i.Code is not null)
            .GroupBy(i => i.Code!).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var fact in document.Facts.Where(f => f.Key == FactKeys.FunctionItem && f.Name is not null))
        {
            var levels = ItemParagraphs.NamedLevel().Matches(fact.Name!).ToList();
            if ((fact.Code ?? ByLowestLevel(levels, printed)) is not { } code) continue;
            foreach (Match named in levels)
            {
                // A level the paragraph names by its code alone ("人防工程维护管理及防空警报设施建设（2030603）：…", round AF's Hunan)
                // may name a project under it: only a name printed with its level's mark is held to the tables'.
                if (!fact.Quote.Contains(named.Value, StringComparison.Ordinal) && fact.Quote.Contains(code, StringComparison.Ordinal)) continue;
                int digits = ItemParagraphs.CodeLength(named.Groups["level"].Value[0]);
                if (code.Length < digits || !printed.TryGetValue(code[..digits], out var lines)) continue;
                string said = Plain(named.Groups["name"].Value);
                var names = lines.Select(l => Plain(l.Name)).Where(n => n.Length > 0).Distinct().ToList();
                if (said.Length == 0 || names.Count == 0) continue;
                // The name of another level of the same line (住房改革支出 marked 类 over 住房保障支出): the level's mark is
                // what is misprinted, however many characters the two names share.
                string? owner = names.Any(n => Holds(said, n)) ? null
                    : new[] { 3, 5, 7 }.Where(d => d != digits && d <= code.Length).Select(d => code[..d])
                        .FirstOrDefault(c => printed.TryGetValue(c, out var other) && other.Any(l => IsNameOf(said, Plain(l.Name))));
                if (owner is null && names.Any(n => SameName(said, n))) continue;
                var line = lines.First(l => Plain(l.Name) == names[0]);
                string level = named.Groups["level"].Value;
                yield return new Finding
                {
                    Rule = Id,
                    Severity = FindingSeverity.Warning,
                    Message = $"{code[..digits]} named {said} ({level}) in the narrative, {names[0]} in the tables"
                        + (owner is null ? "" : $": {said} is {owner}'s name ({ItemParagraphs.LevelMark(owner.Length)}), the level's mark misprinted"),
                    MessageZh = owner is null
                        ? $"{RuleCatalogue.Of(Id).NameZh}：第{fact.Page}页称{code[..digits]}为「{said}」，{ChineseMessage.InFile(line.PrintedIn)}表{line.TableId}（第{line.Page}页）为「{names[0]}」"
                        : $"{RuleCatalogue.Of(Id).NameZh}：第{fact.Page}页「{said}」标为（{level}），表中为{owner}（{ItemParagraphs.LevelMark(owner.Length)}）的名称；{code[..digits]}（{level}）在{ChineseMessage.InFile(line.PrintedIn)}表{line.TableId}（第{line.Page}页）为「{names[0]}」",
                    Refs = [SumCheck.Ref(fact), SumCheck.Ref(line)],
                };
            }
        }
    }

    /// <summary>
    /// The code of a paragraph left without one because a higher level's name matches no table line (which is
    /// this rule's business): the one line the tables print under its lowest level's exact name, when only one.
    /// </summary>
    private static string? ByLowestLevel(List<Match> levels, Dictionary<string, List<LineItem>> printed)
    {
        if (levels.Count < 2) return null;
        var lowest = levels[^1];
        int digits = ItemParagraphs.CodeLength(lowest.Groups["level"].Value[0]);
        string name = Plain(lowest.Groups["name"].Value);
        var codes = printed.Where(p => p.Key.Length == digits && p.Value.Any(l => Plain(l.Name) == name)).Select(p => p.Key).ToList();
        return codes.Count == 1 ? codes[0] : null;
    }

    /// <summary>A name as compared: without enumerators, spaces and quotation marks, 其它 written 其他.</summary>
    private static string Plain(string name) => Decoration().Replace(name, "").Replace("其它", "其他");

    /// <summary>
    /// Whether a name is another line's name, give or take 支出 (住房改革支出 for 住房改革): not a longer name opening with it
    /// (国防动员指挥信息系统运维 is no printing of 国防动员).
    /// </summary>
    private static bool IsNameOf(string said, string name) => Holds(said, name) && Math.Abs(said.Length - name.Length) <= 2;

    /// <summary>Whether one printing holds the other whole (公共安全 and 公共安全支出).</summary>
    private static bool Holds(string a, string b) => a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal);

    /// <summary>Below this share of characters in common, two names are different names, not one name worded twice.</summary>
    private const double SameNameShare = 0.5;

    /// <summary>
    /// Whether two printings name the same line: one holds the other (公共安全 for 公共安全支出, 人大事务行政运行 for
    /// 行政运行), or they share most of their characters (一般行政事务管理 for 一般行政管理事务, 未归口管理行政单位离退休费
    /// for 未归口管理的行政单位离退休). Publications shorten and reword names all the time; a reviewer writes down
    /// a different name (医疗卫生与计划生育支出 for 卫生健康支出), not a shortened one.
    /// </summary>
    internal static bool SameName(string a, string b)
    {
        if (Holds(a, b)) return true;
        var (x, y) = (a.ToHashSet(), b.ToHashSet());
        return (double)x.Intersect(y).Count() / x.Union(y).Count() >= SameNameShare;
    }
}
