using Extractor.Layout;
using Extractor.Model;
using Extractor.Tables;
using Extractor.Wording;

namespace Extractor.Mapping;

/// <summary>
/// Reads the fund block of each project's performance form: a form prints its figures as label and value side by
/// side (项目资金总额 | 4,100,000.00 | 年度资金申请总额 | 4,100,000.00), not in columns, and a table stitched over pages
/// holds one form after another, each opened by its 项目名称. Each figure becomes a line item of the project
/// (dimension <c>project</c>, named by the project) with the measure of its label. A form without a project name
/// yields nothing: its figures could not be told from the next form's. Targets printed as a list, a project a row,
/// give each row's funds as its project's total.
/// </summary>
public static class PerformanceFormReader
{
    public static IEnumerable<LineItem> Read(Table table, decimal defaultFactor) => AsList(table, defaultFactor) ?? AsForms(table, defaultFactor);

    /// <summary>
    /// The targets printed as a list of projects, one a row under a header naming the project's name and its funds (round GG's
    /// Sichuan: 项目名称 | 预算单位 | 项目资金 | 年度目标 | 绩效指标): each row's funds are its project's total; null for forms (and a list of
    /// one project, which reads the same as its form).
    /// </summary>
    private static List<LineItem>? AsList(Table table, decimal defaultFactor)
    {
        if (table.Header.Count == 0) return null;
        var header = table.Header[^1].Select(h => h.Replace(" ", "")).ToList();
        int name = header.FindIndex(h => PerformanceFormLabels.ProjectName().IsMatch(h));
        int funds = header.FindIndex(h => PerformanceFormLabels.ListedFunds().IsMatch(h));
        if (name < 0 || funds < 0) return null;
        var unit = PerformanceFormLabels.ListedFunds().Match(header[funds]).Groups["unit"];
        decimal factor = unit.Success ? Captions.UnitOf(unit.Value).YuanPerUnit() : defaultFactor;
        var items = new List<LineItem>();
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (Math.Max(name, funds) >= row.Count || row[name].Text.Trim() is not { Length: > 0 } project
                || LineLabels.AnyTotal().IsMatch(project) || row[funds].Text.Trim() is var printed && PrintedNumber.Parse(printed) is not { } value) continue;
            items.Add(new LineItem
            {
                TableId = table.Id, TableType = table.Type, Dimension = Dimensions.Project, Name = project, Measure = Measures.ProjectFundsTotal,
                Amount = value * factor, AmountPrinted = printed, Page = row[funds].Bbox?.Page ?? table.Pages.FirstOrDefault(),
                Row = r, Col = funds,
            });
        }
        return items.Count >= 2 ? items : null;
    }

    /// <summary>
    /// An overall performance form whose fund block its columns do not name: printed as label | figure rows (部门名称 | 潍坊市水利局,
    /// 年度资金总额 | 8681.47, 其中：财政拨款 | 8558.47, 其他资金 | 133.00, round JU's Shandong), or as rows of figures each under a row of
    /// their labels (部门总体资金情况 | 财政拨款 | 财政专户管理资金 | 单位资金 | 合计 over 资金来源（万元） | 6,140.70 | …, then 人员类及运转类
    /// （基本支出） | 特定目标类（项目支出） | 合计 over 支出类别（万元） | 5,240.20 | …, round KD's Zhejiang). Its fund block is read as the
    /// department's overview: a line item of each figure's label (beside it, or above it), in the order printed, the form's indicators
    /// after the block not read.
    /// </summary>
    public static IEnumerable<LineItem> ReadFundRows(Table table, decimal defaultFactor)
    {
        var rows = table.Header.Select(row => row.Select(text => new Cell(text)).ToList()).Concat(table.Rows.Select(row => row.ToList())).ToList();
        bool started = false;
        for (int r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var cells = Enumerable.Range(0, row.Count).Where(c => !Continues(table, r, c, row)).ToList();
            var figures = cells.Where(c => PrintedNumber.Parse(row[c].Text.Trim()) is not null).ToList();
            if (figures.Count == 0 || !CjkText.HasIdeograph(row[cells[0]].Text))
            {
                // A row of labels over the next row's figures carries on the block; the indicators' headings (一级指标 | 二级指标 …) end it.
                if (started && (r + 1 >= rows.Count || !rows[r + 1].Any(cell => PrintedNumber.Parse(cell.Text.Trim()) is not null)
                    || row.Any(cell => cell.Text.Contains(PerformanceFormLabels.IndicatorsWord, StringComparison.Ordinal)))) yield break;
                continue;
            }
            started = true;
            var above = r > 0 ? rows[r - 1] : null;
            bool labelsAbove = figures.Count >= 2 && above is not null && figures.All(c => c < above.Count && CjkText.HasIdeograph(above[c].Text));
            foreach (int c in figures)
            {
                string label = labelsAbove ? above![c].Text.Trim() : row[cells.Last(k => k < c)].Text.Trim();
                if (!CjkText.HasIdeograph(label) || PrintedNumber.Parse(row[c].Text.Trim()) is not { } value) continue;
                yield return new LineItem
                {
                    TableId = table.Id, TableType = table.Type, Dimension = Dimensions.Summary, Name = label, Measure = Measures.Amount,
                    Amount = value * defaultFactor, AmountPrinted = row[c].Text.Trim(), Page = row[c].Bbox?.Page ?? table.Pages.FirstOrDefault(),
                    Row = Math.Max(0, r - table.Header.Count), Col = c,
                };
            }
        }
    }

    /// <summary>The rows of the form before its indicators' headings (一级指标 | 二级指标 …), which hold the fund block if any.</summary>
    private static int FundRowsEnd(Table table) =>
        Enumerable.Range(0, table.Rows.Count).FirstOrDefault(r => table.Rows[r].Any(cell => cell.Text.Contains(PerformanceFormLabels.IndicatorsWord, StringComparison.Ordinal)), table.Rows.Count);

    /// <summary>
    /// Whether an overall form prints its fund block as rows of figures under rows of their labels (<see cref="ReadFundRows"/>): a body row of
    /// labels right over a row of figures, each the overview's (财政拨款, 单位资金, 人员类及运转类（基本支出）, 合计): not one merged cell over a
    /// row holding a phone number (Hubei's 部门名称 | 武汉市… over 填报人 | … | 联系电话 | 83255575), nor a project list's headings.
    /// </summary>
    public static bool HasFiguresUnderLabels(Table table) =>
        Enumerable.Range(1, Math.Max(0, FundRowsEnd(table) - 1)).Any(r =>
            Enumerable.Range(0, table.Rows[r].Count).Where(c => PrintedNumber.Parse(table.Rows[r][c].Text.Trim()) is not null).ToList() is { Count: >= 2 } figures
            && table.Rows[r - 1].All(cell => PrintedNumber.Parse(cell.Text.Trim()) is null)
            && figures.Where(c => c < table.Rows[r - 1].Count).Select(c => table.Rows[r - 1][c].Text.Trim()).Distinct().ToList() is { Count: >= 2 } labels
            && labels.All(PerformanceFormLabels.NamesOverviewLine));

    private static IEnumerable<LineItem> AsForms(Table table, decimal defaultFactor)
    {
        var form = new Form(defaultFactor);
        int headerRows = table.Header.Count;
        for (int r = 0; r < headerRows + table.Rows.Count; r++)
        {
            var row = r < headerRows
                ? table.Header[r].Select(text => new Cell(text)).ToList()
                : table.Rows[r - headerRows];
            var cells = Enumerable.Range(0, row.Count).Where(c => !Continues(table, r, c, row)).ToList();
            for (int k = 0; k < cells.Count; k++)
            {
                int c = cells[k];
                string label = row[c].Text.Replace(" ", "");
                var next = k + 1 < cells.Count ? row[cells[k + 1]] : null;
                if (PerformanceFormLabels.ProjectName().IsMatch(label))
                {
                    form = new Form(defaultFactor) { Project = next?.Text.Trim() is { Length: > 0 } name ? name : null };
                    continue;
                }
                if (PerformanceFormLabels.FundsUnit().Match(label) is { Success: true } unit)
                    form.Factor = Captions.UnitOf(unit.Groups["unit"].Value).YuanPerUnit();
                if (form.Measure(label, c) is not { } labelled) continue;
                // The figure is printed in the label's own cell (年度资金总额：120.00) or in the next one.
                var (printed, valueCell) = labelled.Figure.Success ? (labelled.Figure.Value, row[c]) : (next?.Text.Trim() ?? "", next);
                if (form.Project is not { } project || valueCell is null || PrintedNumber.Parse(printed) is not { } value
                    || !form.Read.Add(labelled.Measure)) continue;
                yield return new LineItem
                {
                    TableId = table.Id,
                    TableType = table.Type,
                    Dimension = Dimensions.Project,
                    Name = project,
                    Measure = labelled.Measure,
                    Amount = value * form.Factor,
                    AmountPrinted = printed,
                    Page = valueCell.Bbox?.Page ?? table.Pages.FirstOrDefault(),
                    Row = Math.Max(0, r - headerRows),
                    Col = labelled.Figure.Success ? c : cells[k + 1],
                };
            }
        }
    }

    /// <summary>Whether the cell repeats a merged cell that starts above or left of it.</summary>
    private static bool Continues(Table table, int row, int col, IReadOnlyList<Cell> cells)
    {
        var span = table.Spans.FirstOrDefault(s => s.Row <= row && row < s.Row + s.RowSpan && s.Col <= col && col < s.Col + s.ColSpan);
        if (span is not null) return span.Row != row || span.Col != col;
        // Without spans (a header, a table read from text), a repeat is the same text as the cell left of it.
        return table.Spans.Count == 0 && col > 0 && cells[col].Text == cells[col - 1].Text;
    }

    /// <summary>One project's form as it is read: its name, its unit, the columns of its block totals and the figures read.</summary>
    private sealed class Form(decimal factor)
    {
        public string? Project { get; init; }
        public decimal Factor { get; set; } = factor;
        public HashSet<string> Read { get; } = [];
        /// <summary>Each block's total read so far: its column, and the order it was read in.</summary>
        private readonly Dictionary<FundBlock, (int Column, int Order)> totals = [];
        private int totalsRead;

        /// <summary>
        /// The measure a label names, with its figure's group: a block's total, or a part of the block whose total
        /// stands in the nearest column, the one read last of two in one column (其他资金 is printed under both totals).
        /// </summary>
        public (string Measure, System.Text.RegularExpressions.Group Figure)? Measure(string label, int column)
        {
            foreach (var block in PerformanceFormLabels.Blocks)
                if (block.TotalLabel.Match(label) is { Success: true } total)
                {
                    totals[block] = (column, totalsRead++);
                    return (block.Total, total.Groups["figure"]);
                }
            var parts = PerformanceFormLabels.Blocks
                .SelectMany(b => b.Parts.Select(p => (Block: b, p.Measure, Match: p.Label.Match(label))))
                .Where(p => p.Match.Success).ToList();
            if (parts.Count == 0) return null;
            var part = parts.Where(p => totals.ContainsKey(p.Block)).OrderBy(p => Math.Abs(totals[p.Block].Column - column)).ThenByDescending(p => totals[p.Block].Order)
                .Select(p => ((string, System.Text.RegularExpressions.Group)?)(p.Measure, p.Match.Groups["figure"])).FirstOrDefault();
            return part ?? (parts[0].Measure, parts[0].Match.Groups["figure"]);
        }
    }
}
