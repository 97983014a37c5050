using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Tables;

namespace Extractor.Validation;

/// <summary>
/// The cells of a table as the rules on its printed rows read them (<see cref="ChangeColumnsRule"/>,
/// <see cref="CompletionColumnsRule"/>): a cell's figure at its printed precision, and a cell named for a finding.
/// </summary>
internal static partial class PrintedCells
{
    /// <summary>A cell's figure as printed and half a unit of its last digit; null for a blank, a dash or words.</summary>
    public static (decimal Value, decimal Half)? Figure(Cell cell)
    {
        var text = Percent().Replace(cell.Text.Trim(), "");
        if (PrintedNumber.Parse(text) is not { } value || !text.Any(char.IsAsciiDigit)) return null;
        return (value, PrintedPrecision.HalfLastDigit(value));
    }

    [GeneratedRegex("[%％]$")]
    private static partial Regex Percent();

    /// <summary>The figure of a table's cell by its place (<see cref="Figure(Cell)"/>); null for a place the row does not reach.</summary>
    public static (decimal Value, decimal Half)? Figure(Table table, int r, int c) =>
        r >= 0 && r < table.Rows.Count && c >= 0 && c < table.Rows[r].Count ? Figure(table.Rows[r][c]) : null;

    /// <summary>A cell as a finding names it: its row's code and name, and its column's printed headings.</summary>
    /// <param name="yuanPerUnit">Yuan per printed unit where the cell holds money, so the finding tells its figure as printed
    /// (−3.30万元, not −3.3万元: round FR's Nanjing); null for a rate.</param>
    public static FindingRef Ref(Table table, int r, int c, decimal? yuanPerUnit = null)
    {
        var row = table.Rows[r];
        var labels = row.Where((cell, k) => k < table.Columns.Count && table.Columns[k] is null && PrintedNumber.Parse(cell.Text) is null && cell.Text.Trim().Length > 0)
            .Select(cell => cell.Text.Trim()).ToList();
        string heading = string.Join("/", table.Header.Select(h => c < h.Count ? h[c].Replace(" ", "") : "").Where(h => h.Length > 0).Distinct());
        decimal? printed = yuanPerUnit is null ? null : PrintedNumber.Parse(row[c].Text);
        return new FindingRef
        {
            TableId = table.Id, TableType = table.Type, Page = row[c].Bbox?.Page ?? table.Pages.FirstOrDefault(),
            RowLabel = labels.FirstOrDefault(), Code = Code(table, r), Measure = Measures.OtherPrefix + heading, File = table.PrintedIn,
            Style = printed is { } figure and not 0m ? new PrintedStyle(yuanPerUnit!.Value, PrintedPrecision.Decimals(figure), row[c].Text.Contains(',')) : null,
            Amount = printed * yuanPerUnit,
        };
    }

    /// <summary>The classification code a row prints in its label columns (3 to 7 digits alone in a cell); null for none.</summary>
    public static string? Code(Table table, int r) =>
        table.Rows[r].Where((cell, k) => k < table.Columns.Count && table.Columns[k] is null).Select(cell => cell.Text.Trim()).FirstOrDefault(t => CodeText().IsMatch(t));

    [GeneratedRegex(@"^\d{3,7}$")]
    private static partial Regex CodeText();
}
