using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// <c>sum.column_total</c> in the two-sided summaries, whose lines are labelled by enumerators rather than coded:
/// in each amount column, the lines enumerated at the shallowest depth (一、…, or a class's code: 208社会保障和就业) add up
/// to the first total below them —
/// the year's (本年收入合计, 本年支出合计, Jiangsu's 当年收入小计), or the side's (收入总计, 支出总计, Jiangsu's 收入合计)
/// where none is printed — and a line with deeper-enumerated lines under it (一、财政拨款收入 over 1、一般公共预算资金,
/// 2、政府性基金) is their sum. Below the year's total, a line followed by enumerated lines (年初财政拨款结转和结余 over
/// 一、一般公共预算财政拨款 …) is their sum; what the year's total and the carried lines make is
/// <see cref="BalanceRule"/>'s. The labels are read from the table, so a line printed blank is seen: its parts
/// stand for it in the sum above it. Tables labelled by group and part (Jiangsu's 收入预算总表) are summed group by group:
/// see <see cref="GroupSubtotals(ExtractedDocument, Dictionary{string, Table})"/>.
/// </summary>
/// <remarks>
/// A column printing a figure on a line with no enumerator above its total (the standard template's economic side:
/// 经济分类, 工资福利支出, 基本支出 …) breaks the total down otherwise: its heads are summed instead (see
/// <see cref="EconomicSide"/>); a line with 其中 under it gives only part of itself there, so it is not held to the lines
/// under it.
/// </remarks>
public sealed class SummaryLinesRule : IConsistencyRule
{
    public string Id => RuleIds.ColumnTotal;

    private static readonly string[] Summaries = [TableTypes.IncomeExpenditureSummary, TableTypes.FiscalAppropriationSummary];

    /// <summary>A labelled line of one amount column: its label (spaces removed), its enumerator's depth, its figure if printed.</summary>
    private sealed record Line(string Label, int? Depth, LineItem? Item)
    {
        public bool Printed => Item is { IsPrinted: true };
    }

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        var tables = document.Tables.ToDictionary(t => t.Id);
        foreach (var finding in GroupSubtotals(document, tables)) yield return finding;
        // A column the schema does not name may be no money at all (the national template's 行次).
        var columns = document.LineItems.Where(i => Array.IndexOf(Summaries, i.TableType) >= 0 && i.Dimension is Dimensions.Summary or Dimensions.Function
                && !Measures.IsOther(i.Measure))
            .GroupBy(i => (i.TableId, i.Col));
        var printed = document.LineItems.Where(i => i.IsPrinted).ToLookup(i => i.TableId);
        foreach (var column in columns)
        {
            if (!tables.TryGetValue(column.Key.TableId, out var table)) continue;
            if (Lines(table, column.ToList(), [.. printed[table.Id]]) is not { } lines) continue;
            foreach (var finding in Check(document, lines)) yield return finding;
        }
    }

    /// <summary>
    /// The column's lines top to bottom, labels read from the column its figures' names stand in; null when none is found.
    /// A total whose label spans this column (Jiangsu's 当年支出小计 over the function and the use columns, its figure
    /// under the last) takes the row's figure printed further right.
    /// </summary>
    private static List<Line>? Lines(Table table, IReadOnlyList<LineItem> items, IReadOnlyList<LineItem> ofTable)
    {
        int col = items[0].Col;
        int? labelColumn = items.Select(i => LabelColumn(table, i)).Where(c => c is not null).GroupBy(c => c).MaxBy(g => g.Count())?.Key;
        if (labelColumn is not { } label) return null;
        var byRow = items.GroupBy(i => i.Row).ToDictionary(g => g.Key, g => g.First());
        var lines = new List<Line>();
        bool enumeratedAbove = false;
        for (int r = 0; r < table.Rows.Count; r++)
        {
            if (label >= table.Rows[r].Count) continue;
            string text = LineLabels.Bare(table.Rows[r][label].Text);
            if (text.Length == 0) continue;
            var item = byRow.GetValueOrDefault(r);
            if (item is null && col < table.Rows[r].Count && LineLabels.Bare(table.Rows[r][col].Text) == text && IsTotal(text))
                item = ofTable.Where(i => i.Row == r && i.Col > col).MinBy(i => i.Col);
            int? depth = LineLabels.EnumeratorDepth(text) ?? (LineLabels.ClassCoded().IsMatch(text) ? 1 : null);
            enumeratedAbove |= depth is not null;
            // A class named bare, without enumerator or code (round HJ's Inner Mongolia: 社会保障和就业支出, 卫生健康支出 …), is of the first
            // depth too on a side listing its classes so; under an enumerated line (一、一般公共预算支出) it may be that line's part, left unread.
            if (depth is null && !enumeratedAbove && FunctionClasses.CodeNamed(text) is not null) depth = 1;
            lines.Add(new Line(text, depth, item));
        }
        return col > label ? WithClassesUnderTheYearsLine(lines) : null;
    }

    /// <summary>
    /// The year's expenditure line over the classes it is spent on, each class numbered as the national list numbers it (Jiangsu's
    /// 财政拨款收支总表: 一、本年支出, then 八、社会保障和就业支出, 十、卫生健康支出 …; round FL), a seldom class among them (五、其他支出: round IQ's
    /// Hainan): the classes are one level under it, not its siblings.
    /// </summary>
    private static List<Line> WithClassesUnderTheYearsLine(List<Line> lines)
    {
        for (int k = 0; k < lines.Count; k++)
        {
            if (lines[k].Depth is not { } depth || !LineLabels.YearsExpenditureHead().IsMatch(LineLabels.Enumerator().Replace(lines[k].Label, ""))) continue;
            for (int j = k + 1; j < lines.Count && lines[j].Depth == depth && FunctionClasses.ClassOfALine(LineLabels.Enumerator().Replace(lines[j].Label, "")) is not null; j++)
                lines[j] = lines[j] with { Depth = depth + 1 };
        }
        return lines;
    }

    /// <summary>The nearest column left of the figure whose cell prints the line's name.</summary>
    private static int? LabelColumn(Table table, LineItem item)
    {
        if (item.Row >= table.Rows.Count) return null;
        var row = table.Rows[item.Row];
        string name = LineLabels.Bare(item.Name);
        for (int c = Math.Min(item.Col, row.Count) - 1; c >= 0; c--)
            if (LineLabels.Bare(row[c].Text) == name) return c;
        return null;
    }

    private static bool IsTotal(string label) => LineLabels.AnyOfYear().IsMatch(label) || LineLabels.SideTotal().IsMatch(label);

    private IEnumerable<Finding> Check(ExtractedDocument document, List<Line> lines)
    {
        int end = lines.FindIndex(l => IsTotal(l.Label));
        if (end <= 0) yield break;
        var block = lines.Take(end).ToList();
        // Figures on lines without an enumerator: a breakdown of another kind (the economic side), summed by its heads.
        if (block.Any(l => l.Depth is null && l.Printed && !LineLabels.OfWhich().IsMatch(l.Label)))
        {
            foreach (var finding in EconomicSide(block)) yield return finding;
            yield break;
        }
        if (block.All(l => l.Depth is null)) yield break;

        var total = lines[end];
        int top = block.Where(l => l.Depth is not null).Min(l => l.Depth!.Value);
        // A second 一、 at the top starts another breakdown of the same total (classes, then 基本支出 and 项目支出).
        if (block.Count(l => l.Depth == top && LineLabels.FirstEnumerator().IsMatch(l.Label)) > 1) yield break;
        bool yearTotal = LineLabels.AnyOfYear().IsMatch(total.Label);
        if (total.Printed)
        {
            // The year's total leaves out what is carried, even where it is enumerated among the year's lines (五、上年结转).
            var parts = block.Select((l, k) => (Line: l, Index: k)).Where(x => x.Line.Depth == top && !(yearTotal && LineLabels.CarryKind(x.Line.Label) is not null))
                .SelectMany(x => FigureOf(block, x.Index)).ToList();
            if (SumCheck.Compare(Id, $"{total.Label} [{total.Item!.Measure}] != sum of the {parts.Count} enumerated lines above it", total.Item, parts) is { } finding)
                yield return ColumnTotalRule.ToldConfirmedElsewhere(document, finding, total.Item);
        }
        for (int k = 0; k < block.Count; k++)
            if (PartsCheck(block, k) is { } finding)
                yield return finding;

        // Below the year's total: a line followed by enumerated lines (年初财政拨款结转和结余 over 一、…) is their sum.
        if (!yearTotal) yield break;
        var carried = lines.Skip(end + 1).TakeWhile(l => !LineLabels.SideTotal().IsMatch(l.Label)).ToList();
        for (int k = 0; k < carried.Count; k++)
        {
            if (carried[k].Depth is not null)
            {
                if (PartsCheck(carried, k) is { } nested) yield return nested;
                continue;
            }
            var under = carried.Skip(k + 1).TakeWhile(l => l.Depth is not null).ToList();
            if (!carried[k].Printed || under.Count == 0) continue;
            int depth = under.Min(l => l.Depth!.Value);
            var parts = under.Where(l => l.Depth == depth && l.Item is not null).Select(l => l.Item!).ToList();
            if (SumCheck.Compare(Id, $"{carried[k].Label} [{carried[k].Item!.Measure}] != sum of the {parts.Count} enumerated lines under it", carried[k].Item!, parts) is { } finding)
                yield return finding;
        }
    }

    /// <summary>
    /// The economic side of the standard template's summary, whose lines carry no enumerator: each head is the sum of the
    /// run of lines of its kind right under it — 经济分类 and 基本支出 of economic classes (工资福利支出, 商品和服务支出 …),
    /// 项目支出 of its kinds (部门项目支出, 公共项目(专项资金)支出) — where the run holds two lines at least (a line printed
    /// blank adds nothing).
    /// </summary>
    private IEnumerable<Finding> EconomicSide(List<Line> block)
    {
        for (int k = 0; k < block.Count; k++)
        {
            var head = block[k];
            var kind = LineLabels.EconomicSideHead().IsMatch(head.Label) || LineLabels.BasicExpenditureHead().IsMatch(head.Label) ? LineLabels.EconomicClassLine()
                : LineLabels.ProjectExpenditureHead().IsMatch(head.Label) ? LineLabels.ProjectKindLine()
                : null;
            if (kind is null || !head.Printed) continue;
            var run = block.Skip(k + 1).TakeWhile(l => kind.IsMatch(l.Label)).ToList();
            // The run must end where the side's layout says (another head, or the side's end): a label it does not know,
            // or one OCR misread, leaves it unsure that the run is whole.
            if (run.Count < 2 || k + 1 + run.Count < block.Count && !IsEconomicSideHead(block[k + 1 + run.Count].Label)) continue;
            var parts = run.Where(l => l.Printed).Select(l => l.Item!).ToList();
            if (SumCheck.Compare(Id, $"{head.Label} [{head.Item!.Measure}] != sum of the {parts.Count} lines under it", head.Item, parts) is { } finding)
                yield return finding;
        }
    }

    private static bool IsEconomicSideHead(string label) =>
        LineLabels.EconomicSideHead().IsMatch(label) || LineLabels.GovernmentEconomicHead().IsMatch(label)
        || LineLabels.BasicExpenditureHead().IsMatch(label) || LineLabels.ProjectExpenditureHead().IsMatch(label);

    /// <summary>
    /// The lines under line <paramref name="k"/>: those after it enumerated deeper, up to the next of its depth or less. A
    /// 其中 line is among them; so is a line without enumerator or figure, the rest of a label wrapped over two rows.
    /// </summary>
    private static List<int> Under(List<Line> lines, int k) =>
        [.. Enumerable.Range(k + 1, lines.Count - k - 1)
            .TakeWhile(i => lines[i].Depth is null ? LineLabels.OfWhich().IsMatch(lines[i].Label) || !lines[i].Printed : lines[i].Depth > lines[k].Depth)];

    /// <summary>What line <paramref name="k"/> puts into the sum above it: its figure, or where printed blank, its parts'.</summary>
    private static IEnumerable<LineItem> FigureOf(List<Line> lines, int k)
    {
        if (lines[k] is { Printed: true, Item: { } item }) return [item];
        var under = Under(lines, k).Where(i => lines[i].Depth is not null).ToList();
        if (under.Count == 0) return [];
        int depth = under.Min(i => lines[i].Depth!.Value);
        return under.Where(i => lines[i].Depth == depth).SelectMany(i => FigureOf(lines, i));
    }

    /// <summary>
    /// Line <paramref name="k"/> held to its enumerated parts, unless a 其中 line says they are part of it only, or a single
    /// part is listed (二、事业收入 over 1、教育收费 alone names what it holds, not all of it).
    /// </summary>
    private Finding? PartsCheck(List<Line> lines, int k)
    {
        var line = lines[k];
        if (!line.Printed || line.Depth is null) return null;
        var under = Under(lines, k);
        if (under.Any(i => LineLabels.OfWhich().IsMatch(lines[i].Label))) return null;
        under = [.. under.Where(i => lines[i].Depth is not null)];
        if (under.Count == 0) return null;
        int depth = under.Min(i => lines[i].Depth!.Value);
        var children = under.Where(i => lines[i].Depth == depth).ToList();
        if (children.Count < 2) return null;
        var parts = children.SelectMany(i => FigureOf(lines, i)).ToList();
        return SumCheck.Compare(Id, $"{line.Label} [{line.Item!.Measure}] != sum of the {parts.Count} enumerated lines under it", line.Item, parts);
    }

    /// <summary>
    /// A table labelling its lines by group and part (Jiangsu's 收入预算总表: 一般公共预算资金 | 小计, then 一般公共预算资金 |
    /// 公共财政拨款(补助)资金, 专项收入; 其他资金 | 小计, then 事业收入 …): each 小计 is the sum of the parts after it in its group,
    /// and the table's total line above them the sum of the groups (a 小计 printed blank stands as its parts). A group
    /// runs until the next 小计 or a line naming another group; a 其中 part is part of a part and left out.
    /// </summary>
    private IEnumerable<Finding> GroupSubtotals(ExtractedDocument document, Dictionary<string, Table> tables)
    {
        var columns = document.LineItems.Where(i => i.TableType is TableTypes.IncomeSummary or TableTypes.ExpenditureSummary && i.Dimension == Dimensions.Summary)
            .GroupBy(i => (i.TableId, i.Col));
        foreach (var column in columns)
            if (tables.TryGetValue(column.Key.TableId, out var table) && table.Columns.Count > 0)
                foreach (var finding in GroupSubtotals(table, column.Key.Col, [.. column.Where(i => i.IsPrinted)]))
                    yield return finding;
    }

    private List<Finding> GroupSubtotals(Table table, int col, List<LineItem> items)
    {
        var findings = new List<Finding>();
        var labels = Enumerable.Range(0, Math.Min(col, table.Columns.Count)).Where(c => table.Columns[c] is null).ToList();
        string Text(int row, int c) => c < table.Rows[row].Count ? LineLabels.Bare(table.Rows[row][c].Text) : "";
        int partColumn = labels.LastOrDefault(c => Enumerable.Range(0, table.Rows.Count).Any(r => LineLabels.Subtotal().IsMatch(Text(r, c))), -1);
        if (partColumn <= 0) return findings;
        var byRow = items.GroupBy(i => i.Row).ToDictionary(g => g.Key, g => g.First());
        int top = Enumerable.Range(0, table.Rows.Count).FirstOrDefault(r => labels.Any(c => LineLabels.SideTotal().IsMatch(Text(r, c))), -1);
        if (top < 0 || !byRow.TryGetValue(top, out var total)) return findings;

        var groups = new List<(string Name, LineItem? Subtotal, List<LineItem> Parts)>();
        string? group = null;
        for (int r = top + 1; r < table.Rows.Count; r++)
        {
            string part = Text(r, partColumn);
            string name = labels.Where(c => c < partColumn).Select(c => Text(r, c)).FirstOrDefault(t => t.Length > 0) ?? "";
            if (LineLabels.Subtotal().IsMatch(part))
            {
                group = name;
                groups.Add((name, byRow.GetValueOrDefault(r), []));
            }
            // A line outside any group: the table is not laid out by group and part.
            else if (group is null || name.Length > 0 && name != group) return findings;
            else if (!LineLabels.OfWhich().IsMatch(part) && byRow.TryGetValue(r, out var item)) groups[^1].Parts.Add(item);
        }
        foreach (var (name, subtotal, parts) in groups)
            if (subtotal is not null && SumCheck.Compare(Id, $"{name} 小计 [{subtotal.Measure}] != sum of its {parts.Count} parts", subtotal, parts) is { } finding)
                findings.Add(finding);
        var terms = groups.SelectMany(g => g.Subtotal is { } s ? [s] : g.Parts).ToList();
        if (SumCheck.Compare(Id, $"{total.Name} [{total.Measure}] != sum of its {groups.Count} groups' 小计", total, terms) is { } all)
            findings.Add(all);
        return findings;
    }
}
