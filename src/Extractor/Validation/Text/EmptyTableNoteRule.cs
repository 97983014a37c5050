using Extractor.Model;
using Extractor.Tables;
using Extractor.Wording;

namespace Extractor.Validation.Text;

/// <summary>
/// <c>text.empty_table_note</c>: a standard table's note says it is empty (本表为空, 故本表无数据) while it prints
/// figures, or it prints none and no note says why. Only a page holding one table is read: its note is that
/// table's, unless it names another table by its number. A note saying only that the department had none of something (本部门无因公出国（境）费支出) explains an empty
/// table but may deny a single part of one printing figures: only a note calling the table itself empty is held to its figures.
/// </summary>
public sealed class EmptyTableNoteRule : IConsistencyRule
{
    public string Id => RuleIds.EmptyTableNote;

    /// <summary>The tables that are not tables of figures: an unknown one, and the performance targets' forms of text.</summary>
    private static readonly string[] NotOfFigures = [TableTypes.Unknown, TableTypes.ProjectPerformanceTargets, TableTypes.OverallPerformanceTargets];

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        var tablesOnPage = document.Tables.SelectMany(t => t.Pages).GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        var ocr = document.Text.Where(p => p.Ocr).Select(p => p.Number).ToHashSet();
        // A table printed without a single body row (its heading alone) is as empty as one whose rows are blank.
        foreach (var table in document.Tables.Where(t => Array.IndexOf(NotOfFigures, t.Type) < 0 && t.Rows.Count + t.Header.Count > 0 && t.Pages.Count > 0))
        {
            if (table.Pages.Any(p => tablesOnPage[p] > 1 || ocr.Contains(p))) continue;
            var note = DocumentText.Of(document).Lines.FirstOrDefault(l => table.Pages.Contains(l.Page) && ReviewWording.EmptyTableNote().IsMatch(l.Line)
                && NamesThisTable(l.Line, table));
            // A note printed right under the heading, inside the table's rules, is read as its only row.
            if (note.Line is null && NoteRow(table) is { } row) note = (table.Pages[0], row);
            bool figures = table.Rows.Any(row => row.Any(c => c.Value is { } v && v != 0)) || PrintsCounts(table);
            string title = table.Title.Length > 0 ? table.Title : table.Id;
            if (note.Line is not null && figures && ReviewWording.TableSaidEmpty().IsMatch(note.Line))
                yield return DocumentText.Warning(Id, note.Page, note.Line, $"「{title}」 is noted as empty but prints figures: 「{note.Line}」",
                    $"第{note.Page}页《{title}》注明为空表，但表中列有数字：“{note.Line}”");
            else if (note.Line is null && !figures)
                yield return DocumentText.Warning(Id, table.Pages[0], null, $"「{title}」 prints no figures and no note says why",
                    $"第{table.Pages[0]}页《{title}》无数字，也未说明为空表的原因");
        }
    }

    /// <summary>
    /// Whether a note on the table's page may be the table's: one naming a table by its number ("本部门无政府性基金预算收支，
    /// 表8为空表", in a narrative page holding a small table of its own, round AQ) is that numbered table's only, and one naming
    /// it by its name in title marks ("《政府性基金预算支出表》为空表" above a list of key projects, round BC) that named table's.
    /// </summary>
    private static bool NamesThisTable(string note, Table table)
    {
        if (ReviewWording.TableNamed().Match(note) is { Success: true } byName && !table.Title.Contains(byName.Groups["name"].Value, StringComparison.Ordinal))
            return false;
        return ReviewWording.TableNumber().Match(note) is not { Success: true } named
            || ReviewWording.TableNumber().Match(table.Title) is { Success: true } own && own.Groups["number"].Value == named.Groups["number"].Value;
    }

    /// <summary>
    /// Whether the table prints a count beside its amounts, in a column of amounts on a row naming its unit of count (round CJ's
    /// 机关运行经费及国有资产占用情况表 of a public institution: 机关运行经费支出 0 above 车辆数合计 | 辆 | 2, a row in 辆 being no
    /// amount): a figure, though none is money.
    /// </summary>
    private static bool PrintsCounts(Table table)
    {
        var amountColumns = table.Rows.SelectMany(row => row.Select((cell, c) => (cell, c))).Where(x => x.cell.Value is not null).Select(x => x.c).ToHashSet();
        return table.Rows.Any(row => row.Any(cell => LineLabels.CountUnit().IsMatch(LineLabels.Bare(cell.Text)))
            && row.Where((_, c) => amountColumns.Contains(c)).Any(cell => cell.Value is null && PrintedNumber.Parse(cell.Text) is { } n && n != 0));
    }

    /// <summary>A row of the table whose text, run together, is a note that the table holds nothing.</summary>
    private static string? NoteRow(Table table) =>
        table.Rows.Select(row => string.Concat(row.Select(c => c.Text).Distinct())).FirstOrDefault(ReviewWording.EmptyTableNote().IsMatch);
}
