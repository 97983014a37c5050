using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Mapping;

/// <summary>
/// An economic item printed inside one class's block under another class's code (住房公积金 printed 50301 under 501 机关工资福利支出, round
/// LG's Jilin; 50103 in the classification): where the classification gives its name a code of the class it sits under, one digit or a
/// swap off the printed one and not printed in that table, the line is read as that code, the printed one kept
/// (<see cref="LineItem.CodePrinted"/>), so its class adds up and the code is told as misprinted once.
/// </summary>
public static class EconomicItemsOutOfTheirClass
{
    public static IReadOnlyList<LineItem> Restored(IReadOnlyList<LineItem> items)
    {
        var restored = new Dictionary<(string TableId, int Row), string>();
        foreach (var table in items.Where(i => i.Dimension is Dimensions.Economic or Dimensions.GovEconomic && i.Code is not null && i.CodePrinted is null).GroupBy(i => i.TableId))
        {
            var rows = table.DistinctBy(i => i.Row).OrderBy(i => i.Row).ToList();
            var printed = rows.Select(r => r.Code!).ToHashSet();
            string? block = null;
            foreach (var row in rows)
            {
                string code = row.Code!;
                if (code.Length == 3) block = code;
                else if (block is not null && code.Length == 5 && code[..3] != block && EconomicClasses.CodeOf(block, row.Name) is { } own
                         && !printed.Contains(own) && (MisreadHeaders.OneCharacterApart(code, own) || code.Order().SequenceEqual(own.Order())))
                    restored[(row.TableId, row.Row)] = own;
            }
        }
        return restored.Count == 0 ? items
            : [.. items.Select(i => i.Dimension is Dimensions.Economic or Dimensions.GovEconomic && restored.TryGetValue((i.TableId, i.Row), out var own)
                ? i with { Code = own, CodePrinted = i.Code } : i)];
    }
}
