using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Wording;
using static Extractor.Mapping.PrintedFigures;

namespace Extractor.Mapping;

/// <summary>
/// Reads the narrative's paragraphs on single lines of the function classification, in the forms the
/// provinces print them:
/// <list type="bullet">
/// <item>Shanghai budgets: <c>公共安全支出（204类）司法（06款）基层司法业务（04项）2170.39万元。主要用于：… 2025年当年预算执行数为
/// 2149.45万元，2026年预算安排2170.39万元，比2025年预算执行数增加0.97%。</c> (the names quoted, the numbers often left out);</item>
/// <item>final accounts: <c>一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：… 年初预算为1560.05万元，支出决算为
/// 1511.89万元，完成年初预算的96.91%。决算数小于预算数…</c>;</item>
/// <item>Jiangsu: <c>（一）公共安全（类）1．法院（款）行政运行（项）支出17279.29万元，与上年相比增加2421.68万元，增长16.30%。</c>, a
/// 类 or 款 named once for the items listed after it.</item>
/// </list>
/// Each becomes a <see cref="FactKeys.FunctionItem"/> fact; its code comes from the printed numbers, or later
/// from the tables' names (<see cref="FunctionItemCodes"/>).
/// </summary>
public static class FunctionItemReader
{
    private const int MaxParagraph = 400;

    /// <summary>
    /// A paragraph states its figures within a few sentences of its header (the amount; 主要用于…; last year's
    /// and this year's figures with the rate; a final account's comparison): a figure further on is another's.
    /// </summary>
    private const int Sentences = 4;

    private static int SentenceEnd(string text, int from, int to, int sentences)
    {
        for (int at = from; at < to; at++)
            if (text[at] == '。' && --sentences == 0) return at + 1;
        return to;
    }

    /// <summary>A header's place in the text, and its names and numbers per level (null where it names none).</summary>
    private sealed record Header(int Start, int End, string? Class, string? ClassNo, string? Kuan, string? KuanNo, string? Item, string? ItemNo)
    {
        /// <summary>The code printed whole beside one level's name (行政运行（2010301）), which needs no levels above it.</summary>
        public string? WholeCode { get; init; }

        /// <summary>
        /// A class named inside a sentence listing the classes (…；住房保障支出146.44万元，占1.27%。): its paragraph ends with
        /// that sentence, as the next states another subject's figures ("2024年度一般公共预算财政拨款支出年初预算为…").
        /// </summary>
        public bool InList { get; init; }
    }

    /// <param name="text">The narrative without spaces.</param>
    /// <param name="pages">The page of every character of <paramref name="text"/>.</param>
    /// <param name="fiscalYear">The document's year, for a change stated against 上年.</param>
    /// <param name="consumed">Marks the characters of the final-account statements read here (so they are not read again as plain budget executions).</param>
    /// <param name="shareBase">The fact key of the total stated before a position: what a share an item states is a share of.</param>
    /// <param name="bodies">Receives where each item's paragraph runs after its header, where a fact was read from it.</param>
    public static IReadOnlyList<Fact> Read(string text, IReadOnlyList<int> pages, int? fiscalYear, bool[] consumed, Func<int, string?>? shareBase = null,
        ICollection<Range>? bodies = null)
    {
        var marked = Headers(ItemParagraphs.WithNumbersInMarks(text)).Concat(CodedHeaders(text)).Concat(DashedHeaders(text)).Concat(WholeCodeHeaders(text)).OrderBy(h => h.Start).ToList();
        var headers = WithLevelsStatedAfter(text, Merged(marked.Concat(UnmarkedSiblings(text, marked)).Concat(ListedClasses(text, marked)).Concat(ItemsListedUnderKuan(text, marked))
            .DistinctBy(h => h.Start).OrderBy(h => h.Start)));
        // A class named without its mark stands alone: the levels a later marked header leaves out are not its.
        var markedStarts = marked.Select(h => h.Start).ToHashSet();
        var facts = new List<Fact>();
        var starts = new List<int>();
        // The parts each item states, set after it once the shares listed after the items are read (those count the items alone).
        var partsOf = new Dictionary<int, List<Fact>>();
        Header? context = null;
        var paragraphMatches = new ParagraphMatches(text);
        for (int h = 0; h < headers.Count; h++)
        {
            // A new chapter of the narrative leaves the function levels above behind (round DJ's Tianjin: "六、政府性基金预算支出情况 …
            // 其中：其他政府性基金安排的支出（项）1018.2万元" after the general budget's 住房保障支出（类）住房改革支出（款）…): the item there
            // is no 住房改革支出's. (Not the header's own number, "。（一）人大事务（款）", set right before it.) An economic class's 款
            // listed again in a later section (Jiangsu's 机关运行经费: "（1）办公费（款）支出167.03万元") are still economic.
            if (context is { Class: { } contextClass } && ColumnHeaders.EconomicClassCode(contextClass) is null && headers[h].Start - OwnNumberReach > context.End
                && ItemParagraphs.ChapterBreak().IsMatch(text.AsSpan(context.End, headers[h].Start - OwnNumberReach - context.End))) context = null;
            var header = Inherit(headers[h], context);
            int bodyEnd = Math.Min(h + 1 < headers.Count ? headers[h + 1].Start : text.Length, header.End + MaxParagraph);
            if (ItemParagraphs.SectionBreak().Match(text, header.End, bodyEnd - header.End) is { Success: true } section) bodyEnd = section.Index + 1;
            bodyEnd = Math.Min(bodyEnd, SentenceEnd(text, header.End, bodyEnd, header.InList ? 1 : Sentences));
            var fact = ParagraphFact(text, header, bodyEnd, fiscalYear, consumed, paragraphMatches);
            // A class listed with its share among the others (…农林水（类）支出5940.42万元，占77.31%；住房保障（类）支出215.84万元，占2.81%。)
            // heads no items after the list: "（1）应用研究（款）机构运行（项）：…" there is no housing item.
            bool listedWithShare = header is { Kuan: null, Item: null } && fact?.SharePct is not null;
            // An economic class named with its code stands alone: no item after it is its (行政运行（项） is no 工资福利支出's).
            if (markedStarts.Contains(header.Start) && !listedWithShare && header.WholeCode is not { Length: 3 }) context = header;
            if (fact is not null)
            {
                facts.Add(fact with { Page = pages[header.Start], ShareOf = fact.SharePct is null ? null : fact.ShareOf ?? shareBase?.Invoke(header.Start) });
                if (StatedParts(text, pages, header.End, bodyEnd, fact).ToList() is { Count: > 0 } parts) partsOf[facts.Count - 1] = parts;
                starts.Add(header.Start);
                bodies?.Add(header.End..bodyEnd);
            }
        }
        WithSharesListedAfter(text, facts, starts, shareBase);
        return [.. facts.SelectMany((fact, i) => partsOf.TryGetValue(i, out var parts) ? [fact, .. parts] : new[] { fact })];
    }

    /// <summary>
    /// The basic and project parts a function item's paragraph states of it (a final account's "…完成年初预算的96.91%。其中：基本支出
    /// 473.19万元，项目支出203.56万元"), each a fact of the item's code and name; none where it states them not both.
    /// </summary>
    private static IEnumerable<Fact> StatedParts(string text, IReadOnlyList<int> pages, int bodyStart, int bodyEnd, Fact item)
    {
        if (item.Key != FactKeys.FunctionItem || ItemParagraphs.BasicAndProjectParts().Match(text, bodyStart, bodyEnd - bodyStart) is not { Success: true } parts) yield break;
        foreach (var (key, figure) in new[] { (FactKeys.FunctionItemBasic, "basic"), (FactKeys.FunctionItemProject, "project") })
        {
            var (value, unit) = Money(parts.Groups[figure], parts.Groups[figure + "unit"]);
            yield return new Fact { Key = key, Value = value, PrintedUnit = unit, Code = item.Code, Name = item.Name, Page = pages[parts.Index], Quote = parts.Value };
        }
    }

    /// <summary>
    /// The shares a list states after its classes, in their order (Jiangxi: "按支出功能分类科目划分：一般公共服务支出2357.21万元、
    /// 社会保障和就业支出176.27万元、…，分别占87.47%、6.47%、3.95%和3.11%。"): where the sentence lists as many classes, none
    /// with a share of its own, each takes its share of the total stated before the list.
    /// </summary>
    private static void WithSharesListedAfter(string text, List<Fact> facts, List<int> starts, Func<int, string?>? shareBase)
    {
        foreach (var listed in ListedShares.Of(text, starts, _ => true, at => SentenceStart(text, at)))
        {
            if (listed.Any(p => facts[p.Part].SharePct is not null || facts[p.Part].Key != FactKeys.FunctionItem)) continue;
            foreach (var (i, share) in listed) facts[i] = facts[i] with { SharePct = share, ShareOf = shareBase?.Invoke(starts[i]) };
        }
    }

    /// <summary>
    /// Headers found two ways over the same words as one: a code before the name and a level mark after it
    /// ("1.2040601行政运行（项）") is one header, the first found, running to the last one's end.
    /// </summary>
    private static List<Header> Merged(IEnumerable<Header> ordered)
    {
        var merged = new List<Header>();
        foreach (var header in ordered)
            if (merged.Count > 0 && header.Start < merged[^1].End) merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, header.End) };
            else merged.Add(header);
        return merged;
    }

    /// <summary>
    /// The levels an item's paragraph names after it ("2.一般行政管理事务（项）：…。该项支出属于节能环保支出（类）环境保护管理事务
    /// （款），…"): the item's 类 and 款, no paragraph of their own, nor the levels the next item goes on under.
    /// </summary>
    private static List<Header> WithLevelsStatedAfter(string text, List<Header> headers)
    {
        var result = new List<Header>();
        foreach (var header in headers)
        {
            // The class's name read back from its mark runs over the words before it (该项支出属于节能环保支出).
            int belongs = header.Class?.IndexOf(ItemParagraphs.BelongsTo, StringComparison.Ordinal) ?? -1;
            bool after = header.Start >= ItemParagraphs.BelongsTo.Length
                && text.AsSpan(header.Start - ItemParagraphs.BelongsTo.Length, ItemParagraphs.BelongsTo.Length).SequenceEqual(ItemParagraphs.BelongsTo);
            if (belongs < 0 && !after)
            {
                result.Add(header);
                continue;
            }
            string? className = belongs < 0 ? header.Class : header.Class![(belongs + ItemParagraphs.BelongsTo.Length)..];
            if (result.Count > 0 && result[^1] is { Class: null, Item: not null, WholeCode: null } item && header.Item is null)
                result[^1] = item with { Class = className, ClassNo = header.ClassNo, Kuan = header.Kuan ?? item.Kuan, KuanNo = header.KuanNo ?? item.KuanNo };
        }
        return result;
    }

    /// <summary>Every header of the text: runs of levels (类, then 款, then 项) printed one after the other.</summary>
    private static List<Header> Headers(string text)
    {
        var headers = new List<Header>();
        var parts = new List<Match>();
        int previousEnd = 0;
        // A level mark is rare: the pattern runs only back from one.
        for (int mark = text.IndexOfAny(ItemParagraphs.LevelMarks); mark >= 0; mark = text.IndexOfAny(ItemParagraphs.LevelMarks, mark + 1))
        {
            if (!IsLevelMark(text, mark)) continue;
            int from = Math.Max(previousEnd, mark - 40);
            var part = ItemParagraphs.Part().Match(text, from, mark + 2 - from);
            if (!part.Success || part.Index + part.Length != mark + 2) continue;
            if (parts.Count > 0 && !Continues(text, parts[^1], part))
            {
                headers.Add(WithCodeAfter(text, HeaderOf(parts)));
                parts.Clear();
            }
            parts.Add(part);
            previousEnd = mark + 2;
        }
        if (parts.Count > 0) headers.Add(WithCodeAfter(text, HeaderOf(parts)));
        return headers;
    }

    /// <summary>
    /// A header whose levels' whole code follows its last mark in brackets ("病虫害控制（项）（2130108）"), the code as long as
    /// that level's (7 digits after a 项, 5 after a 款, 3 after a 类).
    /// </summary>
    private static Header WithCodeAfter(string text, Header header)
    {
        if (ItemParagraphs.CodeAfterMarks().Match(text, header.End) is not { Success: true } code || code.Index != header.End) return header;
        int length = header.Item is not null ? 7 : header.Kuan is not null ? 5 : 3;
        return code.Groups["code"].Length == length ? header with { End = code.Index + code.Length, WholeCode = code.Groups["code"].Value } : header;
    }

    /// <summary>Headers naming their levels in one quoted string parted by dashes (<see cref="ItemParagraphs.DashedHeader"/>).</summary>
    private static IEnumerable<Header> DashedHeaders(string text) =>
        ItemParagraphs.DashedHeader().Matches(text).Select(m =>
        {
            var item = m.Groups["item"];
            var last = item.Success ? item : m.Groups["kuan"];
            // The lowest level's whole code in brackets after its name (“普通教育—高中教育（2050204）”科目, Fujian, the levels named
            // from the 款 down): the code places the line.
            if (ItemParagraphs.BracketedCode().Match(last.Value) is { Success: true } code && code.Index + code.Length == last.Value.Length)
                return WholeCodeHeader(m.Index, m.Index + m.Length, code.Groups["code"].Value, last.Value[..code.Index]);
            return new Header(m.Index, m.Index + m.Length, m.Groups["class"].Value, null, m.Groups["kuan"].Value, null, item.Success ? item.Value : null, null);
        });

    /// <summary>Headers naming their levels by bracketed codes alone (<see cref="ItemParagraphs.CodedHeader"/>).</summary>
    private static IEnumerable<Header> CodedHeaders(string text) =>
        ItemParagraphs.CodedHeader().Matches(text).Select(m =>
        {
            string? Group(string name) => m.Groups[name] is { Success: true } g ? g.Value : null;
            return new Header(m.Index, m.Index + m.Length, Group("class"), Group("classNo"), Group("kuan"), Group("kuanNo"), Group("item"), Group("itemNo"));
        });

    /// <summary>
    /// Headers naming one level with its whole code, in brackets after the name (<see cref="ItemParagraphs.BracketedCode"/>,
    /// the name read back from the bracket: a code is rare, a name is anywhere) or before it (<see cref="ItemParagraphs.CodeFirstHeader"/>).
    /// </summary>
    private static IEnumerable<Header> WholeCodeHeaders(string text)
    {
        foreach (Match bracket in ItemParagraphs.BracketedCode().Matches(text))
        {
            int from = Math.Max(0, bracket.Index - 40);
            // The word 科目 before the code closes a header named by its marks (“…行政运行（项）”科目（2130101）): no name of its own.
            if (ItemParagraphs.NameBefore().Match(text, from, bracket.Index - from) is { Success: true } name && name.Value != ItemParagraphs.SubjectWord)
                yield return WholeCodeHeader(name.Index, bracket.Index + bracket.Length, bracket.Groups["code"].Value, name.Value);
            // “行政运行”科目（2130301）: the quoted name, no mark in it.
            else if (ItemParagraphs.QuotedSubjectBefore().Match(text, from, bracket.Index - from) is { Success: true } quoted)
                yield return WholeCodeHeader(quoted.Index, bracket.Index + bracket.Length, bracket.Groups["code"].Value, quoted.Groups["name"].Value);
        }
        foreach (Match m in ItemParagraphs.CodeFirstHeader().Matches(text))
            yield return WholeCodeHeader(m.Index, m.Index + m.Length, m.Groups["code"].Value, m.Groups["name"].Value);
    }

    /// <summary>A header of one level named with its whole code: a 项 (seven digits) or a 款 (five: an economic 款 too, under its class).</summary>
    private static Header WholeCodeHeader(int start, int end, string code, string name) => (code.Length switch
        {
            7 => new Header(start, end, null, null, null, null, name, null),
            // An economic class named with its code (对事业单位经常性补助（505）).
            3 => new Header(start, end, name, null, null, null, null, null),
            _ => new Header(start, end, null, null, name, null, null, null),
        }) with { WholeCode = code };

    /// <summary>How far a list of classes runs after its first, marked, class.</summary>
    private const int ListReach = 2000;

    /// <summary>
    /// The classes of a numbered list that marks only its first (Jiangsu: "1．公共安全（类）支出16,458.75万元，…。2．社会保障和就业
    /// 支出1,836.22万元，…。3．住房保障支出…"): after a class-only header numbered n, "n+1．…支出" with its amount, then
    /// n+2 and so on, each up to the next marked header, as headers naming their class.
    /// </summary>
    private static IEnumerable<Header> UnmarkedSiblings(string text, List<Header> marked)
    {
        for (int h = 0; h < marked.Count; h++)
        {
            var first = marked[h];
            if (first is not { Class: not null, Kuan: null, Item: null }) continue;
            var number = ItemParagraphs.ListNumber().Match(text[Math.Max(0, first.Start - 3)..first.Start]);
            if (!number.Success) continue;
            int next = int.Parse(number.Groups["n"].Value, CultureInfo.InvariantCulture) + 1;
            int limit = Math.Min(h + 1 < marked.Count ? marked[h + 1].Start : text.Length, first.End + ListReach);
            for (int at = first.End; ItemParagraphs.UnmarkedClass().Match(text, at, limit - at) is { Success: true } sibling; at = sibling.Index + sibling.Length)
            {
                if (int.Parse(sibling.Groups["n"].Value, CultureInfo.InvariantCulture) != next) continue;
                yield return ClassHeader(sibling.Groups["name"]);
                next++;
            }
        }
    }

    /// <summary>
    /// The items a 款's header lists after 其中 without their marks (<see cref="ItemParagraphs.ItemListedUnderKuan"/>; round HK's Chongqing: "全部为城乡社区
    /// 支出（类）国有土地使用权出让收入安排的支出（款），其中：城市建设支出350.00万元，主要用于…"), each a 项 of that 款, its paragraph the list's sentence.
    /// </summary>
    private static IEnumerable<Header> ItemsListedUnderKuan(string text, List<Header> marked)
    {
        foreach (var kuan in marked.Where(h => h is { Kuan: not null, Item: null, WholeCode: null }))
        {
            if (ItemParagraphs.ItemsFollow().Match(text, kuan.End) is not { Success: true } opening) continue;
            for (int at = opening.Index + opening.Length; ItemParagraphs.ItemListedUnderKuan().Match(text, at) is { Success: true } item; at = item.Index + item.Length)
            {
                var name = item.Groups["name"];
                yield return new Header(name.Index, name.Index + name.Length, kuan.Class, kuan.ClassNo, kuan.Kuan, kuan.KuanNo, name.Value, null) { InList = true };
            }
        }
    }

    /// <summary>
    /// The classes a list names by their standard names without a mark: numbered (<see cref="ItemParagraphs.ListedClass"/>),
    /// or unnumbered in a sentence listing the general budget's, the appropriation's or the department's classes (<see cref="ItemParagraphs.ClassInList"/>).
    /// </summary>
    private static IEnumerable<Header> ListedClasses(string text, List<Header> marked)
    {
        bool Unmarked(Group name) => !marked.Any(h => h.Start <= name.Index && name.Index < h.End);
        return ItemParagraphs.ListedClass.Matches(text).Select(m => m.Groups["name"]).Where(Unmarked).Select(ClassHeader)
            .Concat(ItemParagraphs.ClassInList.Matches(text).Select(m => m.Groups["name"]).Where(name => InClassList(text, name.Index) && Unmarked(name))
                .Select(name => ClassHeader(name) with { InList = true }));
    }

    private static readonly System.Buffers.SearchValues<char> AsciiDigits = System.Buffers.SearchValues.Create("0123456789");

    /// <summary>The longest heading sentence taken as a list's subject.</summary>
    private const int MaxHeadingLength = 30;

    /// <summary>
    /// Whether the sentence up to a position lists the general budget's classes (<see cref="ItemParagraphs.GeneralBudgetClassList"/>),
    /// all appropriated spending's (<see cref="ItemParagraphs.AppropriationClassList"/>) or the department's (<see cref="ItemParagraphs.DepartmentClassList"/>).
    /// </summary>
    private static bool InClassList(string text, int at)
    {
        int start = text.LastIndexOf('。', Math.Max(0, at - 1)) + 1;
        // A sentence opening with the list ("…支出预算2,265.20万元，比上年…。主要用于：一般公共服务支出…") lists the previous one's.
        if (start > 1 && ItemParagraphs.ListOpening().IsMatch(text.AsSpan(start, at - start)))
        {
            start = text.LastIndexOf('。', start - 2) + 1;
            // The reason for the change stated between them is not what the list lists ("…比2024年预算减少18.16万元。主要原因是…。
            // （二）结构情况：主要用于以下方面：…").
            if (start > 1 && ItemParagraphs.ReasonSentence().IsMatch(text.AsSpan(start))) start = text.LastIndexOf('。', start - 2) + 1;
            // So is a list of the total's other parts between them ("一般公共预算支出11213.47万元…。其中：基本支出…；项目支出…。按支出
            // 功能分类科目划分：…").
            else if (start > 1 && ItemParagraphs.ListOpening().IsMatch(text.AsSpan(start))) start = text.LastIndexOf('。', start - 2) + 1;
        }
        // A list opening its own sentence under a heading that names the general budget's structure ("（二）一般公共预算支出结构
        // 情况。社会保障和就业支出127.03万元，占8.74%；…"): the heading, which states no figure, is its subject.
        else if (start > 1 && text.LastIndexOf('。', start - 2) + 1 is var headingStart
            && !text.AsSpan(headingStart, start - headingStart).ContainsAny(AsciiDigits) && start - headingStart <= MaxHeadingLength)
        {
            if (ItemParagraphs.GeneralBudgetClassList.IsMatch(text.AsSpan(headingStart, at - headingStart).ToString())) return true;
            // A heading naming the structure alone ("（二）结构情况。", Ningxia) is under its section's opening sentence on the
            // general budget ("五、一般公共预算支出情况（一）总体情况。2024年一般公共预算支出17012.26万元，…。").
            start = headingStart > 1 ? text.LastIndexOf('。', headingStart - 2) + 1 : headingStart;
        }
        string sentence = text.AsSpan(start, at - start).ToString();
        return ItemParagraphs.GeneralBudgetClassList.IsMatch(sentence) || ItemParagraphs.AppropriationClassList.IsMatch(sentence)
            || ItemParagraphs.DepartmentClassList.IsMatch(sentence);
    }

    /// <summary>A header naming a class only, printed without its mark.</summary>
    private static Header ClassHeader(Group name) => new(name.Index, name.Index + name.Length, name.Value, null, null, null, null, null);

    /// <summary>类/款/项 closing a bracket, optionally after its number: （类）, （204类）, (款).</summary>
    private static bool IsLevelMark(string text, int at)
    {
        if (at + 1 >= text.Length || text[at + 1] is not ('）' or ')')) return false;
        int open = at - 1;
        while (open >= 0 && char.IsAsciiDigit(text[open]) && at - open <= 3) open--;
        return open >= 0 && text[open] is '（' or '(';
    }

    /// <summary>A level continues the header before it when it is a lower level printed right after it.</summary>
    private static bool Continues(string text, Match previous, Match next)
    {
        int end = previous.Index + previous.Length;
        return next.Index >= end && Rank(next) > Rank(previous) && ItemParagraphs.Joiner().IsMatch(text.AsSpan(end, next.Index - end).ToString());
    }

    private static int Rank(Match part) => Array.IndexOf(ItemParagraphs.LevelMarks, part.Groups["level"].Value[0]);

    /// <summary>The fewest letters of a heading run into a class's name that are cut off it.</summary>
    private const int MinHeadingRunIn = 2;

    private static Header HeaderOf(List<Match> parts)
    {
        string? Name(int rank) => parts.FirstOrDefault(p => Rank(p) == rank)?.Groups["name"].Value is { } name ? ItemParagraphs.WithoutUnitBefore(name) : null;
        string? Number(int rank) => parts.FirstOrDefault(p => Rank(p) == rank) is { } p && p.Groups["number"].Success ? p.Groups["number"].Value : null;
        int start = parts[0].Index;
        string? cls = Name(0);
        // A heading without a figure runs into the class named after it, the narrative's lines joined without a stop ("（二）一般公共预算
        // 拨款支出结构" | "社会保障和就业（类）1938162.19元，占9.71%", round Z's Hunan): the class is the standard name it ends with.
        if (cls is not null && Rank(parts[0]) == 0 && FunctionClasses.Names.SelectMany(n => (string[])[n, n + ItemParagraphs.ExpenditureWord])
                .FirstOrDefault(n => cls.Length >= n.Length + MinHeadingRunIn && cls.EndsWith(n, StringComparison.Ordinal)) is { } own)
        {
            var name = parts[0].Groups["name"];
            start = name.Index + name.Length - own.Length;
            cls = own;
        }
        return new Header(start, parts[^1].Index + parts[^1].Length, cls, Number(0), Name(1), Number(1), Name(2), Number(2));
    }

    /// <summary>How far before a header its own number may stand (。（十一）): no section break of its own.</summary>
    private const int OwnNumberReach = 6;

    /// <summary>
    /// A header that starts below the 类 (or the 款) takes the levels above from the header before it, as a
    /// list under "（一）公共安全（类）" names its 款 and 项 only.
    /// </summary>
    private static Header Inherit(Header header, Header? context)
    {
        if (context is null || header.Class is not null || header.WholeCode is not null) return header;
        if (header.Kuan is not null) return header with { Class = context.Class, ClassNo = context.ClassNo };
        if (header.Item is not null) return header with { Class = context.Class, ClassNo = context.ClassNo, Kuan = context.Kuan, KuanNo = context.KuanNo };
        return header;
    }

    /// <summary>
    /// The paragraph's own figure where it states an earlier year's first ("行政运行（项）：2023年预算数为100.00万元，执行数为
    /// 95.00万元；2024年预算数为120.00万元…"): the statement naming the document's year, or none.
    /// </summary>
    private static Match OwnYearsLeading(Match leading, string text, int bodyStart, int length, int? fiscalYear)
    {
        if (!leading.Success || fiscalYear is not { } year || ItemParagraphs.YearOf(leading.Value) is not { } named || named >= year) return leading;
        for (var own = ItemParagraphs.OwnYearAmount().Match(text, bodyStart, length); own.Success; own = own.NextMatch())
            if (ItemParagraphs.YearOf(own.Value) >= year) return own;
        return Match.Empty;
    }

    private static Fact? ParagraphFact(string text, Header header, int bodyEnd, int? fiscalYear, bool[] consumed, ParagraphMatches inBody)
    {
        int bodyStart = header.End, length = bodyEnd - bodyStart;
        var leading = OwnYearsLeading(ItemParagraphs.LeadingAmount().Match(text, bodyStart, length), text, bodyStart, length, fiscalYear);
        // The paragraph's figures are stated in its opening sentence (Jiangsu: "（项）支出17279.29万元，与上年相比增加…") or in a
        // sentence of their own after the explanation (Shanghai: "主要用于：…。2025年当年预算执行数为…，2026年预算安排…，比2025年
        // 预算执行数增加0.97%"); an explanation may state a sub-project's, a subordinate unit's or an earlier year's figures
        // ("其中党校轮训经费比上年增加8.00万元", "下属单位…2020年预算安排12.00万元"), which are not the item's.
        var plannedInBody = inBody.Within(ItemParagraphs.Planned(), bodyStart, bodyEnd);
        var change = FiguresStatement(inBody.Within(ItemParagraphs.Change(), bodyStart, bodyEnd), text, leading, plannedInBody);
        var planned = SameSentenceOr(plannedInBody, text, change);
        // The document's own year (or a later one) names this year's figure, never last year's: "2026年预算数为120.00万元，
        // 较上年预算执行数110.00万元增长…" states last year's second, inside the comparison; another statement after the
        // year's own need not be what the change is against, unless it follows the year's own figure right after its comma
        // ("2024年预算数为560.00万元，2023年预算数为520.00万元，比上年增加…") or opens it ("与2024年预算数22.74万元相比，…").
        var prior = ItemParagraphs.PriorYear().Match(text, bodyStart, length);
        if (prior.Success && PriorYearOf(prior, fiscalYear) is null)
        {
            var own = prior;
            do prior = prior.NextMatch(); while (prior.Success && PriorYearOf(prior, fiscalYear) is null);
            bool pairedWithOwn = prior.Success && prior.Index == own.Index + own.Length + 1 && text[own.Index + own.Length] is '，' or ',';
            if (prior.Success && text[prior.Index - 1] is not ('比' or '较' or '与') && !pairedWithOwn) prior = Match.Empty;
        }
        string? against = change.Success ? ItemParagraphs.ChangeAgainst(change.Groups["against"].Value) : null;
        // Of several of last year's figures, the one the change names ("2020年执行数为78.00万元，2021年执行数为80.00万元，比2021年
        // 执行数增加…"); another statement of last year's than the one the change is against ("上年执行数为290.00万元，比上年
        // 预算数增加20.00万元") is not its base.
        if (change.Success && ChangeOf(change, fiscalYear) is { } changed
            && inBody.Within(ItemParagraphs.PriorYear(), bodyStart, bodyEnd).Where(m => PriorYearOf(m, fiscalYear) == changed.ComparedYear
                && (against is null || against == ItemParagraphs.PriorKind(m.Groups["kind"].Value)))
                .OrderBy(m => SentenceStart(text, m.Index) == SentenceStart(text, change.Index) ? 0 : 1).FirstOrDefault() is { } named)
            prior = named;
        if (prior.Success && against is not null && against != ItemParagraphs.PriorKind(prior.Groups["kind"].Value))
            prior = Match.Empty;
        var execution = NarrativePhrasings.Execution.Match(text, bodyStart, length);
        // A later sentence on a whole (the last class of a list, then "2024年度一般公共预算财政拨款支出年初预算为…，完成年初预算的
        // 120.07%", round AO's Chongqing) states the whole's budget, not the item's. The sentence counts from the item's header on: a
        // heading run into it names the whole ("（三）一般公共预算财政拨款支出决算具体情况一、社会保障和就业支出（类）…", round JD).
        if (execution.Success && NarrativePhrasings.WholeSubject.IsMatch(text[Math.Max(SentenceStart(text, execution.Index), bodyStart)..execution.Index]))
            execution = Match.Empty;
        var completion = leading.Success && !execution.Success ? ItemParagraphs.CompletionAfterActual().Match(text, leading.Index + leading.Length) : Match.Empty;
        // Or right after the change that follows the amount (Heilongjiang: "支出决算为367.39万元，比2022年度决算减少4.46万元，下降1.20%。
        // 年初预算为347.91万元，完成年初预算的105.60%").
        if (leading.Success && !execution.Success && !completion.Success && change.Success && SentenceStart(text, change.Index) == SentenceStart(text, leading.Index))
            completion = ItemParagraphs.CompletionAfterActual().Match(text, change.Index + change.Length);
        // Or opening a later sentence of the paragraph, the budget left to the tables (Guangdong: "支出决算为811.60万元，比上年决算减少
        // 59.86万元，下降6.87%，主要原因是…。决算数为年初预算的94.87%，决算数小于年初预算的主要原因是…").
        if (leading.Success && !execution.Success && !completion.Success
            && inBody.Within(ItemParagraphs.CompletionOpeningSentence(), leading.Index + leading.Length, bodyEnd) is [var opening, ..]
            // Of the 年初 budget, or of one it does not name: the 全年 one the tables may not print is left unread.
            && opening.Groups["against"].Value is "" or "年初")
            completion = opening;

        // A final account's 年初 budget read as the leading figure, its outcome beyond the leading's reach (an adjusted budget and why it
        // differs between them, round LI's Tianjin): the outcome is the item's figure.
        if (leading.Success && execution.Success && execution.Groups["initial"].Success && execution.Groups["initial"].Index == leading.Groups["value"].Index)
            leading = Match.Empty;
        (decimal Value, decimal Unit)? amount =
            leading.Success ? Money(leading.Groups["value"], leading.Groups["unit"])
            : planned.Success ? Money(planned.Groups["amount"], planned.Groups["unit"])
            : execution.Success ? Money(execution.Groups["amount"], execution.Groups["unit"])
            : null;
        if (amount is not { } stated) return null;

        var second = change.Success ? SecondChangeAfter(text, change, bodyEnd) : Match.Empty;
        var share = leading.Groups["share"].Success ? leading : ShareAfterChange(text, leading, second.Success ? second : change, bodyEnd);
        int end = new[] { leading, planned, prior, change, second, execution, completion, share }.Where(m => m.Success).Max(m => m.Index + m.Length);
        if (execution.Success) Array.Fill(consumed, true, execution.Index, execution.Length);
        // An economic class's paragraph (工资福利支出（类）…基本工资（款）) is an economic item: its 款 is read from the economic
        // tables' lines as a function item's from the function tables'.
        // 其他支出 names a function class too (229): with its 项, or alone, it is that one.
        var economicClass = header.Class is null || (header.Class == ItemParagraphs.OtherExpenditure && (header.Item is not null || header.Kuan is null)) ? null
            : ColumnHeaders.EconomicClassCode(header.Class);
        string? namedWhole = share.Groups["sharebase"].Success ? NamedWhole(share.Groups["sharebase"].Value) : null;
        // A class named with its code is the basic expenditure's where its share says so (对事业单位经常性补助（505）…，占基本支出的84.7%):
        // a project part or another whole's class so named has no table of its own to be held to.
        if (header.WholeCode is { Length: 3 } && !share.Groups["sharebase"].Value.Contains(ItemParagraphs.BasicExpenditureWord, StringComparison.Ordinal)) return null;
        return new Fact
        {
            Key = economicClass is null && header.WholeCode?[0] is not ('3' or '5') ? FactKeys.FunctionItem : FactKeys.EconomicItem,
            Value = stated.Value,
            PrintedUnit = stated.Unit,
            // A code printed whole is the line's, whatever class its name may name (对个人和家庭的补助（509）, not 303).
            Code = economicClass is null || header.WholeCode is not null ? NumberedCode(header) : header.Kuan is null && header.Item is null ? economicClass : null,
            Name = NamesOf(header),
            // The whole a share names (占一般公共预算财政拨款支出的3.29%), else the total stated before it (see Read); a share
            // of a whole no key stands for (占一般公共服务支出的…, its parent's) is not read.
            SharePct = share.Groups["share"].Success && (!share.Groups["sharebase"].Success || namedWhole is not null) ? Number(share.Groups["share"].Value) : null,
            ShareOf = namedWhole,
            Planned = planned.Success ? Money(planned.Groups["amount"], planned.Groups["unit"]).Value : null,
            Prior = prior.Success && PriorYearOf(prior, fiscalYear) is { } priorYear
                && Money(prior.Groups["amount"], prior.Groups["unit"]) is var (priorAmount, priorUnit)
                ? new PriorFigure(priorYear, ItemParagraphs.PriorKind(prior.Groups["kind"].Value), priorAmount) { PrintedUnit = priorUnit != stated.Unit ? priorUnit : null }
                : null,
            Change = change.Success ? InOwnUnit(ChangeOf(change, fiscalYear), stated.Unit) : null,
            SecondChange = second.Success ? InOwnUnit(ChangeOf(second, fiscalYear), stated.Unit) : null,
            Execution = execution.Success && PrintedFigures.Execution(execution) is { Budget: not null } carriedOut ? carriedOut
                : completion.Success ? WithoutChangeRate(PrintedFigures.Execution(completion), completion, change) : null,
            Page = 0,
            Quote = text[header.Start..end],
        };
    }

    /// <summary>The share stated right after the change of the sentence opening on the item's amount, within the paragraph.</summary>
    private static Match ShareAfterChange(string text, Match leading, Match change, int bodyEnd)
    {
        if (!leading.Success || !change.Success || SentenceStart(text, change.Index) != SentenceStart(text, leading.Index)) return Match.Empty;
        int at = change.Index + change.Length;
        var share = ItemParagraphs.ShareAfterChange().Match(text, at, bodyEnd - at);
        return share.Success ? share : Match.Empty;
    }

    /// <summary>A change stated right after another, parted by a comma or semicolon, within the paragraph.</summary>
    private static Match SecondChangeAfter(string text, Match change, int bodyEnd)
    {
        int at = change.Index + change.Length;
        if (at >= bodyEnd || text[at] is not ('；' or ';' or '，' or ',')) return Match.Empty;
        var second = ItemParagraphs.Change().Match(text, at + 1, bodyEnd - at - 1);
        return second.Success && second.Index == at + 1 && second.Groups["direction"].Success ? second : Match.Empty;
    }

    /// <summary>
    /// A comparison with the budget read as the item's change too ("支出决算为160.00万元，比年初预算150.00万元增加10.00万元，增长6.67%"):
    /// its rate is checked once, as the change's.
    /// </summary>
    private static BudgetExecution? WithoutChangeRate(BudgetExecution? execution, Match completion, Match change) =>
        execution is { DifferencePct: not null } && change.Success
            && change.Index >= completion.Index && change.Index + change.Length <= completion.Index + completion.Length
            ? execution with { DifferencePct = null }
            : execution;

    /// <summary>
    /// The change of the sentence that states the item's figures: the opening one (with the leading amount), else one
    /// that states this year's 预算安排, else the first.
    /// </summary>
    private static Match FiguresStatement(List<Match> changes, string text, Match leading, List<Match> planned)
    {
        if (changes.Count == 0) return Match.Empty;
        var sentences = new[] { leading }.Concat(planned).Where(m => m.Success).Select(m => SentenceStart(text, m.Index)).ToList();
        return changes.OrderBy(m => sentences.IndexOf(SentenceStart(text, m.Index)) is var rank and >= 0 ? rank : sentences.Count).First();
    }

    /// <summary>The first of the paragraph's matches in the sentence of <paramref name="anchor"/>, else its first.</summary>
    private static Match SameSentenceOr(List<Match> matches, string text, Match anchor)
    {
        if (matches.Count == 0) return Match.Empty;
        return anchor.Success ? matches.OrderBy(m => SentenceStart(text, m.Index) == SentenceStart(text, anchor.Index) ? 0 : 1).First() : matches[0];
    }

    /// <summary>Where the sentence holding <paramref name="index"/> starts: just after the last 。 before it.</summary>
    private static int SentenceStart(string text, int index) => text.LastIndexOf('。', Math.Max(0, index - 1)) + 1;

    /// <summary>The whole a share names, by its words (<see cref="NarrativePhrasings.ShareWholes"/>); a 决算 or 预算 after them is the same whole.</summary>
    private static string? NamedWhole(string words)
    {
        string plain = words.EndsWith("决算", StringComparison.Ordinal) ? words[..^2] : words;
        return NarrativePhrasings.ShareWholes.FirstOrDefault(w => w.Words.IsMatch(plain)).Key;
    }

    /// <summary>The year a statement of last year's figure (<see cref="ItemParagraphs.PriorYear"/>) is of; null where it names the document's own year or a later one.</summary>
    private static int? PriorYearOf(Match prior, int? fiscalYear) =>
        (prior.Groups["year"].Success ? Year(prior.Groups["year"].Value) : fiscalYear - 1) is { } year && (fiscalYear is not { } own || year < own) ? year : null;

    /// <summary>The names with their level marks, without numbers: 公共安全支出（类）司法（款）基层司法业务（项）.</summary>
    private static string NamesOf(Header header) =>
        (header.Class is null ? "" : header.Class + "（类）") + (header.Kuan is null ? "" : header.Kuan + "（款）") + (header.Item is null ? "" : header.Item + "（项）");

    /// <summary>The code the printed numbers spell (204 + 06 + 04 → 2040604), as far down as they go unbroken.</summary>
    private static string? NumberedCode(Header header)
    {
        if (header.WholeCode is not null) return header.WholeCode;
        if (header.ClassNo is null) return null;
        if (header.Kuan is null) return header.Item is null ? header.ClassNo : null;
        if (header.KuanNo is null) return null;
        string kuan = header.ClassNo + header.KuanNo.PadLeft(2, '0');
        if (header.Item is null) return kuan;
        return header.ItemNo is null ? null : kuan + header.ItemNo.PadLeft(2, '0');
    }

    /// <summary>The change with its printed unit kept only where it is not the figure's (<paramref name="unit"/>).</summary>
    private static FactChange? InOwnUnit(FactChange? change, decimal unit) =>
        change is { PrintedUnit: { } printed } && printed == unit ? change with { PrintedUnit = null } : change;

    private static FactChange? ChangeOf(Match m, int? fiscalYear)
    {
        // Against the year's own budget (a final account), else last year's.
        int? year = m.Groups["year"].Success ? Year(m.Groups["year"].Value) : m.Groups["ownbudget"].Success ? fiscalYear : fiscalYear - 1;
        if (year is null) return null;
        if (m.Groups["flat"].Success) return new FactChange(year, 0m, null, "flat");
        var money = m.Groups["amount"].Success ? Money(m.Groups["amount"], m.Groups["unit"]) : ((decimal Value, decimal Unit)?)null;
        decimal? amount = money?.Value;
        decimal? pct = m.Groups["pct"].Success ? Number(m.Groups["pct"].Value) : null;
        var (multiple, ofFigure) = FactReader.MultipleOf(m);
        // A signed rate (增减率+22.87%, 增减率-3.10%) gives its direction by its sign; a figure stated only as a multiple of
        // last year's (是上年的2.2倍), by the multiple.
        string direction = m.Groups["signed"].Success ? (m.Groups["signed"].Value is "-" or "－" ? "decrease" : "increase")
            : !m.Groups["direction"].Success && multiple is { } ratio ? FactReader.RatioDirection(ratio)
            : NarrativePhrasings.Direction(m.Groups["direction"].Value);
        // The rate's own word where it says the other way ("增加13.95万元，下降7.66%"); a negative 增幅 ("增幅-3.5%") states a fall.
        string? second = !m.Groups["second"].Success ? null : m.Groups["negative"].Success ? "decrease" : NarrativePhrasings.Direction(m.Groups["second"].Value);
        return new FactChange(year, amount, pct, direction)
        {
            Multiple = multiple, MultipleOfFigure = ofFigure, ContradictingDirection = second is not null && second != direction ? second : null,
            PrintedUnit = money?.Unit,
        };
    }

    private static int Year(string text) => int.Parse(text, CultureInfo.InvariantCulture);

}
