using System.Globalization;
using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// Last year's figures a table prints beside this year's (上年预算数 | 本年预算数 / 合计 | 基本支出…, 2023年执行数 beside 2024年
/// 预算数): for a line of this year's, the cell of its row under last year's heading with the same headings below it (合计
/// under 上年预算数 for 合计 under 本年预算数), or the row's one column of last year's for the row's whole figure. Such columns
/// fit no measure (<c>other:</c>): they are found by their headings. A table printing the years as rows (上年预算数 | 本年预算数 |
/// 增减 down its side, the parts across: round EF's Guangxi 三公 table) holds last year's figure under the same column in the
/// row its label names last year's.
/// </summary>
internal static class PriorColumns
{
    /// <summary>Last year's figure beside <paramref name="current"/> in its row (or column), printed; null where the table prints none.</summary>
    public static LineItem? Of(ExtractedDocument document, LineItem current)
    {
        if (document.FiscalYear is not { } year || document.Tables.FirstOrDefault(t => t.Id == current.TableId) is not { Header.Count: > 0 } table) return null;
        int columns = table.Header.Max(row => row.Count);
        var paths = Enumerable.Range(0, columns).Select(c => Path(table, c)).ToList();
        bool LastYears(int c) => paths[c].Any(h => NamesYear(h, year, last: true));
        if (!paths.Any(path => path.Any(h => NamesYear(h, year, last: true) || NamesYear(h, year, last: false))) && RowOfLastYear(document, current, year) is { } row)
            return row;
        if (current.Col >= columns || LastYears(current.Col)) return null;
        var own = Below(paths[current.Col], year);
        bool whole = Measures.WithoutActual(current.Measure) is Measures.Total or Measures.Amount;
        var prior = Enumerable.Range(0, columns).Where(LastYears).ToList();
        // Headings compared as printed together: one wrapped over two header lines under one year and not under the other (因公出国 |
        // （境）费 beside 因公出国（境）费, round JN's Sichuan township) is the same heading.
        var matching = prior.Where(c => Below(paths[c], year) is var below && (string.Concat(below) == string.Concat(own) || whole && below.Count == 0 && prior.Count == 1)).ToList();
        return matching.Count == 1
            ? document.LineItems.FirstOrDefault(i => i.TableId == current.TableId && i.Row == current.Row && i.Col == matching[0] && i.IsPrinted)
            : null;
    }

    /// <summary>
    /// The line under <paramref name="current"/>'s column in the one row named last year's, where its own row is the one named
    /// this year's; null otherwise.
    /// </summary>
    private static LineItem? RowOfLastYear(ExtractedDocument document, LineItem current, int year)
    {
        bool Names(LineItem line, bool last) => AsHeading(line.Name) is var label && NamesYear(label, year, last) && !NamesYear(label, year, !last);
        if (!Names(current, last: false)) return null;
        var rows = document.LineItems.Where(i => i.TableId == current.TableId && i.Col == current.Col && i.IsPrinted).ToList();
        if (rows.Count(i => Names(i, last: false)) != 1) return null;
        return rows.Where(i => Names(i, last: true)).ToList() is [var prior] ? prior : null;
    }

    /// <summary>
    /// Which of last year's figures a column <see cref="Of"/> found holds, as <see cref="PriorFigure.Kind"/> names them: 执行数
    /// <c>execution</c>, 决算数 <c>actual</c>, 预算数 <c>budget</c>; null where its heading (or a row's label) does not say.
    /// </summary>
    public static string? KindOf(ExtractedDocument document, LineItem prior)
    {
        if (document.FiscalYear is not { } year || document.Tables.FirstOrDefault(t => t.Id == prior.TableId) is not { } table) return null;
        return Path(table, prior.Col).Append(AsHeading(prior.Name)).FirstOrDefault(h => NamesYear(h, year, last: true)) is { } heading
            ? ColumnHeaders.FiguresKind(heading) : null;
    }

    /// <summary>A column's headings, top down, each once and as headings are matched (<see cref="AsHeading"/>).</summary>
    internal static List<string> Path(Table table, int column) =>
        [.. table.Header.Where(row => column < row.Count).Select(row => AsHeading(row[column])).Where(h => h.Length > 0).Distinct()];

    /// <summary>A printed heading as the heading patterns match it: without spaces, its brackets ASCII.</summary>
    internal static string AsHeading(string text) => text.Replace(" ", "").Replace('（', '(').Replace('）', ')');

    /// <summary>The headings that name no year's figures: what a column holds, whichever year.</summary>
    internal static List<string> Below(List<string> path, int year) =>
        [.. path.Where(h => !NamesYear(h, year, last: true) && !NamesYear(h, year, last: false))];

    /// <summary>
    /// Whether a heading names the figures of the document's year (本年预算数, 2024年预算数) or, with <paramref name="last"/>,
    /// of the year before (上年预算数, 2023年执行数).
    /// </summary>
    internal static bool NamesYear(string heading, int year, bool last) =>
        ColumnHeaders.YearFigures().Match(heading) is { Success: true } m
        && (m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) == (last ? year - 1 : year)
            : m.Groups["last"].Success == last);
}
