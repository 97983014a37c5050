using System.Runtime.CompilerServices;
using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Mapping;

/// <summary>
/// A 类, 款 or 项 the function tables print under one name and parent with more than one code: each code with its
/// printings, one line per table (the table's first), those of the code most tables print first; between codes as many
/// tables print, the one printed in its place in code order first.
/// </summary>
/// <param name="OutOfOrder">The printings whose code breaks their table's code order (2100480 between 2100401 and 2100409).</param>
/// <param name="ProjectCodes">The codes the document's project lists print beside their projects.</param>
public sealed record CodeConflict(string Name, IReadOnlyList<IReadOnlyList<LineItem>> Codes, IReadOnlySet<LineItem> OutOfOrder, IReadOnlySet<string> ProjectCodes)
{
    /// <summary>The code the most tables print, which the others are held to.</summary>
    public IReadOnlyList<LineItem> Usual => Codes[0];

    /// <summary>
    /// Whether a code other than the usual one is the misprint: fewer tables print it, or as many, but it is printed out of
    /// its tables' code order where the usual one is in order, or coded otherwise than the classification codes its name where
    /// the usual one is coded so (一般行政管理事务 printed 2010608 in one table, 2010602 in the other: round FH's Hunan; 住房公积金
    /// 2210203 beside 2210201: round GA's Gansu), or not the code a project list spends a project under where the usual one is
    /// (耕地建设与利用 2130135 in one table, 2130153 in the other and beside the project 高标准农田建设县级配套资金: round GF's Henan).
    /// </summary>
    public bool IsMisprint(IReadOnlyList<LineItem> printings) =>
        printings.Count < Usual.Count
        || printings.Count == Usual.Count && printings.All(OutOfOrder.Contains) && !Usual.Any(OutOfOrder.Contains)
        || printings.Count == Usual.Count && SubjectCodes.CodedAsItsName(Usual) && !SubjectCodes.CodedAsItsName(printings)
        || printings.Count == Usual.Count && ProjectCodes.Contains(Usual[0].Code!) && !ProjectCodes.Contains(printings[0].Code!);
}

/// <summary>
/// Codes that disagree across tables. A digit swapped inside the parent (高中教育 2050204 printed 2050240 in one
/// table) keeps every sum whole, so only the name tells: the same name under the same parent is one subject, and
/// one subject has one code.
/// </summary>
public static class SubjectCodes
{
    public static IReadOnlyList<CodeConflict> Conflicts(IEnumerable<LineItem> items)
    {
        var lineItems = items as IReadOnlyList<LineItem> ?? [.. items];
        // A project list's rows naming a function subject over its projects (round GM's Hainan 项目支出表: 2060702 科普活动) print its code too;
        // not its projects, named as many units name theirs (义务教育公用经费 under 小学教育 for one school, 初中教育 for another: round IA's Sichuan).
        var subjectNames = lineItems.Where(i => i.Dimension == Dimensions.Function).Select(NameOf).ToHashSet();
        var coded = lineItems.Where(i => (i.Dimension == Dimensions.Function
                || i.Dimension == Dimensions.Project && i.Code is [_, _, _, _, _, _, _] code && code[0] == '2' && subjectNames.Contains(NameOf(i)))
            && i.PrintedIn is null && i.Code is { Length: 3 or 5 or 7 }).ToList();
        static IReadOnlyList<LineItem> ByTable(IEnumerable<LineItem> lines) =>
            [.. lines.GroupBy(l => l.TableId).Select(t => t.MinBy(l => l.Row)!).OrderBy(l => l.Page)];
        var conflicts = coded
            .Select(i => (Line: i, Name: NameOf(i)))
            .Where(p => p.Name.Length > 0)
            .GroupBy(p => (Parent: p.Line.Code![..^2], p.Name))
            .Select(subject => subject.GroupBy(p => p.Line.Code!).Select(code => ByTable(code.Select(p => p.Line))).ToList())
            .Where(codes => codes.Count > 1)
            .Concat(UnderAnotherKuan(coded).Select(codes => codes.Select(ByTable).ToList()))
            .ToList();
        if (conflicts.Count == 0) return [];
        var outOfOrder = OutOfOrder(coded, conflicts.SelectMany(c => c).SelectMany(p => p));
        var projectCodes = lineItems.Where(i => i.Dimension == Dimensions.Project && i.Code is { Length: 7 }).Select(i => i.Code!).ToHashSet();
        return [.. conflicts.Select(codes => codes.OrderByDescending(tables => tables.Count).ThenBy(tables => tables.Count(outOfOrder.Contains))
                .ThenBy(tables => CodedAsItsName(tables) ? 0 : 1).ThenBy(tables => projectCodes.Contains(tables[0].Code!) ? 0 : 1).ToList())
            .Select(codes => new CodeConflict(string.Concat(codes[0][0].Name.Where(c => !char.IsWhiteSpace(c))), codes, outOfOrder, projectCodes))];
    }

    /// <summary>
    /// A 项 printed under another 款's digits (科普活动 2060502 in the project list, 2060702 in both function tables: round GM's Qinghai):
    /// one subject under two codes of different 款, where its name is no generic item's (行政运行 is every 款's), no table prints both
    /// codes (机构运行 under 20602 and 20603 is two subjects, printed side by side), fewer tables print the one code, and no line of another
    /// name prints it. Each code's lines.
    /// </summary>
    private static IEnumerable<IReadOnlyList<IGrouping<string, LineItem>>> UnderAnotherKuan(List<LineItem> coded)
    {
        var namesOfCode = coded.GroupBy(i => i.Code!).ToDictionary(g => g.Key, g => g.Select(NameOf).ToHashSet());
        // The 款 printed over the item under the other 款's name (住房改革支出 printed 22101 over 住房公积金 2210101, round EI's Tianjin): the
        // 款's misprint, told at the 款, not at each item under it.
        bool KuanMisprinted(string odd, string usual) =>
            namesOfCode.TryGetValue(odd[..5], out var printed) && namesOfCode.TryGetValue(usual[..5], out var own) && printed.Overlaps(own);
        foreach (var subject in coded.Where(i => i.Code!.Length == 7).GroupBy(NameOf).Where(g => g.Key.Length > 0 && FunctionClasses.GenericItemNumber(g.Key) is null))
        {
            if (subject.GroupBy(i => i.Code!).Select(c => (Lines: c, Tables: c.Select(i => i.TableId).ToHashSet()))
                    .OrderByDescending(c => c.Tables.Count).ToList() is not [var usual, var odd]
                || usual.Lines.Key[..5] == odd.Lines.Key[..5] || usual.Tables.Overlaps(odd.Tables) || odd.Tables.Count >= usual.Tables.Count
                || namesOfCode[odd.Lines.Key].Count > 1 || KuanMisprinted(odd.Lines.Key, usual.Lines.Key)) continue;
            yield return [usual.Lines, odd.Lines];
        }
    }

    /// <summary>
    /// The printings whose code does not fall between the codes of the rows above and below them in their table, where the
    /// table lists its codes in order: the place a misprint shows when only two tables print the subject, one each way.
    /// </summary>
    private static HashSet<LineItem> OutOfOrder(List<LineItem> coded, IEnumerable<LineItem> printings)
    {
        var rowsOfTable = coded.GroupBy(i => i.TableId)
            .ToDictionary(t => t.Key, t => t.GroupBy(i => i.Row).Select(r => (Row: r.Key, r.First().Code)).OrderBy(r => r.Row).ToList());
        var outOfOrder = new HashSet<LineItem>();
        foreach (var line in printings)
        {
            var rows = rowsOfTable[line.TableId];
            string? above = rows.LastOrDefault(r => r.Row < line.Row && r.Code != line.Code).Code;
            string? below = rows.FirstOrDefault(r => r.Row > line.Row && r.Code != line.Code).Code;
            if (above is null || below is null) continue;
            if (!(string.CompareOrdinal(above, line.Code) < 0 && string.CompareOrdinal(line.Code, below) < 0) && string.CompareOrdinal(above, below) < 0)
                outOfOrder.Add(line);
        }
        return outOfOrder;
    }

    /// <summary>
    /// The lines printing a subject under a code fewer tables print than its usual one, each by table, code and name: not every
    /// line of that code, which may be another subject's own (基本公共卫生服务 printed 2100409, the code of 重大公共卫生服务 beside
    /// it: round EH's Yunnan).
    /// </summary>
    /// <returns>For a line of such a printing, its subject's usual code; null for any other line.</returns>
    public static Func<LineItem, string?> Misprinted(IReadOnlyList<LineItem> lineItems) => MisprintedOfLines.GetValue(lineItems, MisprintedIn);

    /// <summary>
    /// What <see cref="Misprinted"/> found for each list of lines still in use: up to six rules ask it of the same document's
    /// lines, which are not changed once built, and working it out again each time took about 1 % of the pipeline's time.
    /// </summary>
    private static readonly ConditionalWeakTable<IReadOnlyList<LineItem>, Func<LineItem, string?>> MisprintedOfLines = new();

    private static Func<LineItem, string?> MisprintedIn(IReadOnlyList<LineItem> lineItems)
    {
        var printings = Conflicts(lineItems)
            .SelectMany(c => c.Codes.Skip(1).Where(c.IsMisprint).SelectMany(p => p).Select(l => (Key: (l.TableId, l.Code, NameOf(l)), Usual: c.Usual[0].Code!)))
            .DistinctBy(p => p.Key).ToDictionary(p => p.Key, p => p.Usual);
        return line => printings.Count > 0 ? printings.GetValueOrDefault((line.TableId, line.Code, NameOf(line))) : null;
    }

    /// <summary>Whether the printings' code is the one the classification gives their name (<see cref="ClassificationCode"/>, 其他… included).</summary>
    internal static bool CodedAsItsName(IReadOnlyList<LineItem> printings) =>
        printings[0].Code is { } code && ClassificationCode(printings[0], withOther: true) == code;

    /// <summary>The codes of the lines nearly every department prints (<see cref="FunctionClasses.CommonLines"/>), by name.</summary>
    private static readonly Dictionary<string, string> CommonCodes =
        FunctionClasses.CommonLines.ToDictionary(line => FunctionItemCodes.Normalised(line.Value), line => line.Key);

    /// <summary>The code of a line nearly every department prints (<see cref="FunctionClasses.CommonLines"/>) by its name; null for any other name.</summary>
    internal static string? CommonCode(string name) => CommonCodes.GetValueOrDefault(NameOf(name));

    /// <summary>
    /// The code the classification gives a line by its name: a common line's (<see cref="FunctionClasses.CommonLines"/>), or, for the
    /// items every 款 numbers alike (<see cref="FunctionClasses.GenericItemNumber"/>: 行政运行 01, 一般行政管理事务 02, 机关服务 03), the item
    /// of that number under the line's 款; 其他… (99) only where <paramref name="withOther"/>, as some 款 number theirs otherwise
    /// (其他专业公共卫生机构 2100407). Null for any other line.
    /// </summary>
    internal static string? ClassificationCode(LineItem line, bool withOther)
    {
        string name = NameOf(line);
        if (CommonCodes.TryGetValue(name, out var common)) return common;
        return line.Code is { Length: 7 } code && (withOther || !name.StartsWith("其他", StringComparison.Ordinal)) && FunctionClasses.GenericItemNumber(name) is { } number
            ? code[..5] + number : null;
    }

    /// <summary>A line's name as subjects are told apart: normalised as function names are compared, 其它 read as 其他.</summary>
    public static string NameOf(LineItem line) => NameOf(line.Name);

    private static string NameOf(string name) => FunctionItemCodes.Normalised(name).Replace("其它", "其他");
}
