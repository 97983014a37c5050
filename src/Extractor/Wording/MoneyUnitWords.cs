namespace Extractor.Wording;

/// <summary>
/// The words a money figure is printed in and what each is worth in yuan: read after a stated figure (123.45万元) and
/// written after a figure a finding quotes as the page prints it.
/// </summary>
public static class MoneyUnitWords
{
    private static readonly (string Word, decimal Yuan)[] Units = [("元", 1m), ("千元", 1_000m), ("万元", 10_000m), ("亿元", 100_000_000m)];

    /// <summary>Yuan per unit of a word read after a figure (万 alone for 万元); 1 for 元 and for any other.</summary>
    public static decimal YuanPer(string word) => word == "万" ? 10_000m : Units.FirstOrDefault(u => u.Word == word).Yuan is var yuan and not 0 ? yuan : 1m;

    /// <summary>The word of a unit worth so many yuan; null for no unit a figure is printed in.</summary>
    public static string? WordFor(decimal yuanPerUnit) => Units.FirstOrDefault(u => u.Yuan == yuanPerUnit).Word;
}
