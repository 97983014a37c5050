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
