using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Mapping;

/// <summary>
/// Headers of a table read by OCR, where the Chinese headings come out garbled (工福资和支出, 商和服品务) while the
/// figures under them read well. Each heading that names no standard header is taken for the standard header
/// it holds whole, or shares most of its characters with when it is close to that one alone; and a run of
/// amount columns still unread between two read ones of a standard sequence (the economic classes 301 … 399)
/// takes the measures the sequence has between them, when there are exactly as many.
/// </summary>
public static class MisreadHeaders
{
    /// <summary>The least share of characters a heading must have in common with a standard header, and by how much
    /// more than with any other.</summary>
    private const double MinSimilarity = 0.6, MinMargin = 0.15;

    /// <summary>A column's header path with each heading taken for the standard header it was misread from.</summary>
    public static IReadOnlyList<string> Corrected(IReadOnlyList<string> path) => [.. path.Select(Nearest)];

    internal static string Nearest(string heading)
    {
        string text = new([.. heading.Where(c => char.IsAsciiDigit(c) || c is '(' or ')' or '（' or '）' || c > 0x2E80 && !char.IsPunctuation(c))]);
        text = text.Replace('（', '(').Replace('）', ')');
        if (text.Length == 0) return heading;
        if (ColumnHeaders.Printed.Contains(text)) return text;
        if (ColumnHeaders.Printed.Where(p => p.Length >= 3 && text.Contains(p, StringComparison.Ordinal)).MaxBy(p => p.Length) is { } held) return held;
        var scored = ColumnHeaders.Printed.Select(p => (Header: p, Score: Similarity(text, p))).OrderByDescending(s => s.Score).ToList();
        return scored[0].Score >= MinSimilarity && scored[0].Score - scored[1].Score >= MinMargin ? scored[0].Header : heading;
    }

    /// <summary>Characters the two have in common (each counted as often as both have it) over their mean length:
    /// OCR swaps and drops characters, so their order is not compared.</summary>
    internal static double Similarity(string a, string b)
    {
        var left = a.GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        int common = b.GroupBy(c => c).Sum(g => Math.Min(g.Count(), left.GetValueOrDefault(g.Key)));
        return 2.0 * common / (a.Length + b.Length);
    }

    /// <summary>Whether two readings differ in one character at one place, as a misread character leaves them.</summary>
    internal static bool OneCharacterApart(string a, string b) => a.Length == b.Length && a.Zip(b).Count(p => p.First != p.Second) == 1;

    /// <summary>
    /// The columns' measures as a standard template's table prints them (<see cref="ColumnHeaders.TemplateLayouts"/>),
    /// or null. OCR shifts headings sideways and merges and splits them (一次性项目 read as 一 and 次性项目, 事业单位经营收入
    /// and 其他收入 as one), so each column's lowest heading is compared with the layout's at the column's position
    /// only: the layout is taken when the table has exactly as many amount columns, at least <see cref="MinAgreeing"/>
    /// lowest headings — more than disagree — are the layout's (as read or as repaired; 小计 under a group whose name
    /// was lost still agrees), and none read as a header the publications print names another column. A group's name
    /// (其他自有资金) read as the lowest heading of a column whose own was lost says nothing of the column's place.
    /// </summary>
    /// <param name="measures">The measures read from the headers; null for a label column.</param>
    /// <param name="printed">Each column's header path as read.</param>
    /// <param name="corrected">The same with each heading taken for the standard header it was misread from.</param>
    public static IReadOnlyList<string?>? Aligned(IReadOnlyList<string?> measures, IReadOnlyList<IReadOnlyList<string>> printed,
        IReadOnlyList<IReadOnlyList<string>> corrected, string type)
    {
        if (!ColumnHeaders.TemplateLayouts.TryGetValue(type, out var layouts)) return null;
        var amounts = Enumerable.Range(0, measures.Count).Where(c => measures[c] is not null).ToList();
        foreach (var layout in layouts.Where(l => l.Length == amounts.Count))
        {
            var groupNames = layout.SelectMany(p => p.SkipLast(1)).ToHashSet();
            int agreeing = 0, disagreeing = 0;
            bool contradicted = false;
            for (int k = 0; k < amounts.Count && !contradicted; k++)
            {
                if (printed[amounts[k]].Count == 0) continue;
                string read = MeasureMap.Normalise(printed[amounts[k]][^1]), taken = corrected[amounts[k]][^1], own = layout[k][^1];
                if (read == own || taken == own || taken == Nearest(own)) agreeing++;
                else if (groupNames.Contains(read) || groupNames.Contains(taken)) continue;
                else if (IsPrintedHeader(read, type)) contradicted = true;
                else if (ColumnHeaders.Printed.Contains(taken)) disagreeing++;
            }
            if (contradicted || agreeing < MinAgreeing || agreeing <= disagreeing) continue;
            var result = measures.ToList();
            for (int k = 0; k < amounts.Count; k++) result[amounts[k]] = MeasureMap.Measure(layout[k], type, soleAmountColumn: false);
            return result;
        }
        return null;
    }

    /// <summary>A heading read whole as one the publications print: a standard header, or one naming a canonical measure.</summary>
    private static bool IsPrintedHeader(string heading, string type) =>
        ColumnHeaders.Printed.Contains(heading) || MeasureMap.Measure([heading], type, soleAmountColumn: false) is var m && m != Measures.Amount && !Measures.IsOther(m);

    /// <summary>
    /// Whether a measure is one a standard template's table of this type prints, its own parts that have no
    /// canonical measure (上年结转 / 其他结转) among them: such a column is known however its heading was read.
    /// </summary>
    public static bool IsTemplateColumn(string type, string measure) =>
        TemplateMeasures.TryGetValue(type, out var measures) && measures.Contains(measure);

    private static readonly Dictionary<string, HashSet<string>> TemplateMeasures = ColumnHeaders.TemplateLayouts.ToDictionary(
        t => t.Key, t => t.Value.SelectMany(layout => layout.Select(path => MeasureMap.Measure(path, t.Key, soleAmountColumn: false))).ToHashSet());

    /// <summary>Headings read whole that must name a layout's columns at their positions before the layout is taken.</summary>
    private const int MinAgreeing = 3;

    /// <summary>
    /// The columns' measures with runs of columns filled from a standard sequence: between two read members
    /// of the sequence with exactly as many columns between them as the sequence has, those measures (a
    /// split heading may have read 资本性支出's second half, 支出, as a total); beside one member, a run of unread
    /// columns (<c>other:</c>) that completes the sequence exactly, to its end or from its start — beside one of its
    /// parts (not beside the subtotal that opens it, where the run may be other columns altogether) a column
    /// repeating a measure an earlier column has counts as unread too: the second half 支出 of a split 一般资本性支出
    /// read as a second total. A measure read twice from garbled headings is read for neither.
    /// </summary>
    public static IReadOnlyList<string?> Filled(IReadOnlyList<string?> measures, IReadOnlyList<bool> guessed)
    {
        var result = measures.ToList();
        var amounts = Enumerable.Range(0, result.Count).Where(c => result[c] is not null).ToList();
        foreach (var twice in amounts.Where(c => guessed[c]).GroupBy(c => result[c]).Where(g => amounts.Count(c => result[c] == g.Key) > 1).SelectMany(g => g).ToList())
            result[twice] = Measures.OtherPrefix + "?";
        foreach (var sequence in ColumnHeaders.Sequences)
        {
            int At(int i) => Array.IndexOf(sequence, result[amounts[i]]);
            bool Unread(int k) => Measures.IsOther(result[amounts[k]]);
            bool UnreadOrRepeated(int k) => Unread(k) || amounts.Take(k).Any(c => result[c] == result[amounts[k]]);
            for (int i = 0; i < amounts.Count; i++)
            {
                if (At(i) < 0) continue;
                Func<int, bool> unreadAt = At(i) > 0 ? UnreadOrRepeated : Unread;
                // Between two members the columns are the ones the sequence has between them, whatever was read.
                int next = i + 1;
                while (next < amounts.Count && At(next) < 0) next++;
                if (next < amounts.Count && next > i + 1 && At(next) - At(i) == next - i)
                    for (int k = i + 1; k < next; k++) result[amounts[k]] = sequence[At(i) + k - i];
                // Beside one member, unread columns that complete the sequence exactly, to its end or from its start.
                int after = i + 1;
                while (after < amounts.Count && unreadAt(after)) after++;
                if (after > i + 1 && At(i) + (after - i - 1) == sequence.Length - 1 && (after == amounts.Count || At(after) < 0))
                    for (int k = i + 1; k < after; k++) result[amounts[k]] = sequence[At(i) + k - i];
                int before = i - 1;
                while (before >= 0 && unreadAt(before)) before--;
                if (before < i - 1 && At(i) - (i - 1 - before) == 0 && (before < 0 || At(before) < 0))
                    for (int k = before + 1; k < i; k++) result[amounts[k]] = sequence[k - before - 1];
            }
        }
        return result;
    }
}
