using System.Text.RegularExpressions;
using Extractor.Layout;

namespace Extractor.Mapping;

/// <summary>
/// What the table-type classifier reads of a table: its normalised title, its distinct header texts, and the
/// labels of its first rows (工资福利支出 tells an economic table from a functional one when the title is
/// lost). Built the same way for training (truth files, labelled real tables) and for prediction, so the
/// model never sees a form of a table it was not trained on. Digits become # (years and codes vary).
/// </summary>
public static partial class TableTypeText
{
    /// <summary>Separates the title from the header texts, so n-grams do not run across the two.</summary>
    private const string TitleEnd = " ‖ ";

    /// <summary>Header cells past this many add little and let a wide table's header drown its title.</summary>
    private const int MaxHeaderCells = 40;

    private const int MaxRowLabels = 6;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    public static string Of(string title, IEnumerable<string> headerCells, IEnumerable<string> rowLabels) =>
        Digits().Replace(TableTyper.Normalise(title), "#") + TitleEnd + Words(headerCells, MaxHeaderCells) + TitleEnd + Words(rowLabels, MaxRowLabels);

    public static string Of(Model.Table table) =>
        Of(table.Title, table.Header.SelectMany(row => row), table.Rows.Select(row => RowLabel(row.Select(c => c.Text))).OfType<string>());

    /// <summary>A row's label: its first cell with Chinese text in it.</summary>
    public static string? RowLabel(IEnumerable<string> cells) => cells.FirstOrDefault(CjkText.HasIdeograph);

    private static string Words(IEnumerable<string> texts, int max) =>
        string.Join(" ", texts.Select(c => Digits().Replace(Whitespace().Replace(c, ""), "#")).Where(c => c.Length > 0).Distinct().Take(max));
}
