using System.Text;
using Extractor.Model;
using Extractor.Validation;

namespace Extractor.Cli.Evaluation;

/// <summary>One figure a table prints: where it stands and what it is.</summary>
public sealed record PrintedCell(string TableId, string TableType, string Dimension, string? Code, string Name, string Measure, string Printed, int Page);

/// <summary>How many of a document's printed table figures a rule would flag if they were printed otherwise.</summary>
public sealed record DocumentCells(string Document, int Cells, IReadOnlyList<PrintedCell> Unchecked);

/// <summary>
/// <c>extractor eval cells</c>: the tables' counterpart of <see cref="CheckCoverage"/>. Each figure a table prints is
/// printed otherwise, one at a time, in memory (a tenth larger plus 137 units of its table's printing), and the
/// document validated again: a figure whose change alters no finding is one no sum, no twin table and no statement
/// holds, so a misprint of it would pass unseen. Cells printed blank are left out (a blank is no figure to misprint),
/// and so are another file's (the tables a narrative published apart is read with).
/// </summary>
public static class CellCoverage
{
    public static DocumentCells Of(string name, ExtractedDocument document)
    {
        var baseline = CheckCoverage.Signature(DocumentValidator.Validate(document, CheckCoverage.FiguresOnly));
        var units = document.Tables.ToDictionary(t => t.Id, t => (t.Unit ?? document.Unit ?? MoneyUnit.Yuan).YuanPerUnit());
        var missed = new List<PrintedCell>();
        int cells = 0;
        for (int i = 0; i < document.LineItems.Count; i++)
        {
            var item = document.LineItems[i];
            // The tables' figures beside a narrative published apart are counted with the tables' own document.
            if (!item.IsPrinted || item.PrintedIn is not null) continue;
            cells++;
            var items = document.LineItems.ToArray();
            items[i] = item with { Amount = CheckCoverage.MisprintedAmount(item.Amount, units.GetValueOrDefault(item.TableId, 1m)) };
            var findings = CheckCoverage.Signature(DocumentValidator.Validate(document with { LineItems = items }, CheckCoverage.FiguresOnly));
            if (findings.SetEquals(baseline))
                missed.Add(new PrintedCell(item.TableId, item.TableType, item.Dimension, item.Code, item.Name, item.Measure, item.AmountPrinted, item.Page));
        }
        return new DocumentCells(name, cells, missed);
    }

    public static string Report(IReadOnlyList<DocumentCells> documents)
    {
        var text = new StringBuilder();
        int cells = documents.Sum(d => d.Cells), open = documents.Sum(d => d.Unchecked.Count);
        text.AppendLine("| documents | printed figures | a misprint would be flagged | unchecked |");
        text.AppendLine("|---|---|---|---|");
        text.AppendLine($"| {documents.Count} | {cells} | {cells - open} ({(cells == 0 ? 100 : 100.0 * (cells - open) / cells):0.0} %) | {open} |");
        if (open == 0) return text.ToString();
        text.AppendLine();
        text.AppendLine("| table type | dimension | measure | unchecked |");
        text.AppendLine("|---|---|---|---|");
        foreach (var group in documents.SelectMany(d => d.Unchecked).GroupBy(c => (c.TableType, c.Dimension, c.Measure)).OrderByDescending(g => g.Count()))
            text.AppendLine($"| {group.Key.TableType} | {group.Key.Dimension} | {group.Key.Measure} | {group.Count()} |");
        text.AppendLine();
        text.AppendLine("| document | page | table | type | code | name | measure | printed |");
        text.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var document in documents)
            foreach (var cell in document.Unchecked)
                text.AppendLine($"| {document.Document} | {cell.Page} | {cell.TableId} | {cell.TableType} | {cell.Code} | {cell.Name.Replace("|", "｜")} | {cell.Measure} | {cell.Printed} |");
        return text.ToString();
    }
}
