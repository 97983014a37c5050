using Extractor.Layout;
using Extractor.Model;
using Extractor.Tables;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// <c>sum.share_columns</c>: a table printing each line's share beside its amount (项目 | 金额 | 占比（%）, the small tables inside a
/// narrative, round KK's Heilongjiang) prints, on each of its top lines, the line's amount over the table's total (its 合计 or
/// 总计 row) at the share's printed decimals, and 100 on the total. Where the amounts do not add up to the total, a share that
/// fits what the total leaves the line, or one that fits the lines' sum as the whole, says the amount (or the total) is the
/// misprint, which <c>sum.column_total</c> reports: the share is not flagged. A column whose shares mostly fit no whole is
/// not of this total (a share of something else) and is not read; nor are the shares of lines without codes that do not add up (a
/// sub-line's may be of its line), nor one share a unit of its last digit off where the shares add up to exactly 100 (moved to make
/// them). Tables read by OCR are left to the rules on their typed figures.
/// </summary>
public sealed class ShareColumnsRule : IConsistencyRule
{
    public string Id => RuleIds.ShareColumns;

    public IReadOnlyList<string> Emits => [RuleIds.ShareColumns, RuleIds.ColumnTotal];

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        var ocrPages = Diagnostic.OcrPages(document.Diagnostics);
        foreach (var table in document.Tables.Where(t => !t.LiesOn(ocrPages) && t.Header.Count > 0))
        {
            if (TotalRow(table) is not int whole) continue;
            decimal perUnit = (table.Unit ?? document.Unit ?? MoneyUnit.Yuan).YuanPerUnit();
            foreach (var (share, amount) in Columns(table))
                foreach (var finding in Checked(table, whole, share, amount, perUnit))
                    yield return finding;
        }
    }

    /// <summary>Each share column with the column of amounts it is a share of: the nearest column of figures before it.</summary>
    private static IEnumerable<(int Share, int Amount)> Columns(Table table)
    {
        int columns = table.Header.Max(row => row.Count);
        for (int c = 1; c < columns; c++)
        {
            if (PriorColumns.Path(table, c) is not [.., var heading] || !ColumnHeaders.ShareHeading().IsMatch(heading)) continue;
            int amount = Enumerable.Range(0, c).LastOrDefault(k => table.Columns.ElementAtOrDefault(k) is not null, -1);
            if (amount >= 0) yield return (c, amount);
        }
    }

    private IEnumerable<Finding> Checked(Table table, int whole, int share, int amount, decimal perUnit)
    {
        if (PrintedCells.Figure(table, whole, amount) is not { Value: > 0 } total) yield break;
        var (top, coded) = TopLines(table, whole);
        var lines = top.Where(r => PrintedCells.Figure(table, r, amount) is not null).ToList();
        var amounts = lines.ToDictionary(r => r, r => PrintedCells.Figure(table, r, amount)!.Value);
        decimal sum = amounts.Values.Sum(a => a.Value), sumHalf = amounts.Values.Sum(a => a.Half);
        bool addUp = Math.Abs(sum - total.Value) <= sumHalf + total.Half;
        PrintedRate.Rounded ofTotal = new(total.Value, total.Half), ofLines = new(sum, sumHalf);
        var off = new List<(int Row, decimal Expected, decimal Printed)>();
        var amountOff = new List<int>();
        int ofTheSum = 0, shares = 0;
        foreach (var r in lines)
        {
            if (PrintedCells.Figure(table, r, share) is not { } printed) continue;
            shares++;
            PrintedRate.Rounded part = new(amounts[r].Value, amounts[r].Half), left = new(total.Value - (sum - part.Value), sumHalf + total.Half);
            bool ofSum = PrintedRate.Admits(printed.Value, PrintedRate.Percent, part, ofLines, out _);
            if (ofSum) ofTheSum++;
            if (PrintedRate.Admits(printed.Value, PrintedRate.Percent, part, ofTotal, out decimal expected)) continue;
            // The amounts broken: the share of what the total leaves the line points at its amount, one of the lines' sum at the total.
            if (!addUp && PrintedRate.Admits(printed.Value, PrintedRate.Percent, left, ofTotal, out _)) { amountOff.Add(r); continue; }
            if (!addUp && ofSum) continue;
            off.Add((r, expected, printed.Value));
        }
        // Shares of something else (most of them off), or lines without codes that do not add up (a sub-line's share may be of
        // its line, not of the total): only the amounts' own check below.
        bool ofThisTotal = off.Count * 2 <= shares;
        if (!ofThisTotal || !coded && !addUp) off.Clear();
        // Shares printed to add up to 100 may have one moved by a unit of their last digit.
        if (off is [var moved] && Math.Abs(moved.Printed - moved.Expected) <= PrintedPrecision.DigitUnit(PrintedPrecision.Decimals(moved.Printed))
            && lines.Sum(r => PrintedCells.Figure(table, r, share)?.Value ?? 0) == 100) off.Clear();
        foreach (var (r, expected, printed) in off)
            yield return Flagged(table, r, share, amount, whole, expected, printed, perUnit);
        if (ofThisTotal && PrintedCells.Figure(table, whole, share) is { } own && Math.Abs(own.Value - 100) > own.Half)
            yield return Flagged(table, whole, share, amount, whole, 100m, own.Value, perUnit);
        // Lines without codes have no hierarchy to hold them to their total: where they do not add up to it, the shares say which
        // figure is off (round KK's 支出预算构成: 项目支出 printed 2539.00, its share 40.15 % that of the 2439.00 the total leaves it).
        if (addUp || coded) yield break;
        if (amountOff is [var misprinted])
        {
            var others = lines.Where(r => r != misprinted).ToList();
            yield return SumCheck.Graded(RuleIds.ColumnTotal, $"{Label(table, misprinted)}: printed amount vs the total less the other lines, as its share says",
                (total.Value - (sum - amounts[misprinted].Value)) * perUnit, amounts[misprinted].Value * perUnit, (sumHalf + total.Half) * perUnit,
                [PrintedCells.Ref(table, misprinted, amount, perUnit), PrintedCells.Ref(table, whole, amount, perUnit), .. others.Select(r => PrintedCells.Ref(table, r, amount, perUnit))]);
        }
        else if (amountOff.Count == 0 && shares >= 2 && ofTheSum == shares)
            yield return SumCheck.Graded(RuleIds.ColumnTotal, $"{Label(table, whole)}: printed total vs its lines, as their shares say",
                sum * perUnit, total.Value * perUnit, (sumHalf + total.Half) * perUnit,
                [PrintedCells.Ref(table, whole, amount, perUnit), .. lines.Select(r => PrintedCells.Ref(table, r, amount, perUnit))]);
    }

    private Finding Flagged(Table table, int r, int share, int amount, int whole, decimal expected, decimal printed, decimal perUnit)
    {
        FindingRef[] refs = [PrintedCells.Ref(table, r, share), PrintedCells.Ref(table, r, amount, perUnit), PrintedCells.Ref(table, whole, amount, perUnit)];
        string label = refs[0].Code ?? refs[0].RowLabel ?? $"row {r}";
        return SumCheck.Graded(Id, $"{label}: printed share vs its amount over the table's total", expected, printed, 0, refs.Distinct().ToList(), FindingFigures.Rates);
    }

    /// <summary>The table's one total row (合计, 总计), by its label; null where it prints none or several.</summary>
    private static int? TotalRow(Table table)
    {
        var totals = Enumerable.Range(0, table.Rows.Count).Where(r => Label(table, r) is { } label && LineLabels.Total().IsMatch(label)).ToList();
        return totals is [var only] ? only : null;
    }

    /// <summary>
    /// The lines the total is made of: those of the shortest classification code where the table prints codes (its classes), else
    /// every line but an "of which" (其中：…).
    /// </summary>
    private static (List<int> Lines, bool Coded) TopLines(Table table, int whole)
    {
        var rows = Enumerable.Range(0, table.Rows.Count).Where(r => r != whole && Label(table, r) is not null).ToList();
        var codes = rows.ToDictionary(r => r, r => PrintedCells.Code(table, r));
        if (codes.Values.Any(c => c is not null))
        {
            int shortest = codes.Values.Where(c => c is not null).Min(c => c!.Length);
            return ([.. rows.Where(r => codes[r]?.Length == shortest)], true);
        }
        return ([.. rows.Where(r => !LineLabels.OfWhich().IsMatch(Label(table, r)!))], false);
    }

    /// <summary>A row's label: its first label cell printing words (not its code), spaces removed; null for none.</summary>
    private static string? Label(Table table, int r)
    {
        var row = table.Rows[r];
        int k = Enumerable.Range(0, Math.Min(row.Count, table.Columns.Count)).FirstOrDefault(c => table.Columns[c] is null && CjkText.HasIdeograph(row[c].Text), -1);
        return k < 0 ? null : row[k].Text.Replace(" ", "").Trim();
    }

}
