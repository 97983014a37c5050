namespace Extractor.Export.Xlsx;

/// <summary>A1-style addresses of cells and ranges, from rows and columns counted from 0.</summary>
internal static class CellAddress
{
    /// <summary>The column's letters: A for 0, Z for 25, AA for 26.</summary>
    public static string Column(int column)
    {
        var letters = "";
        for (int n = column + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    public static string Of(int row, int column) => $"{Column(column)}{row + 1}";

    public static string Range(int firstRow, int firstColumn, int lastRow, int lastColumn) =>
        $"{Of(firstRow, firstColumn)}:{Of(lastRow, lastColumn)}";

    /// <summary>The same range with absolute rows and columns ($A$1:$C$9), as a defined name holds it.</summary>
    public static string Absolute(int firstRow, int firstColumn, int lastRow, int lastColumn) =>
        $"${Column(firstColumn)}${firstRow + 1}:${Column(lastColumn)}${lastRow + 1}";
}
