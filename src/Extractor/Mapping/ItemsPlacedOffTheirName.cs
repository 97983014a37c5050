using Extractor.Model;

namespace Extractor.Mapping;

/// <summary>
/// Items a table's place re-coded to a code no other table prints, where the other function tables print the item's name under
/// another 项 of the same 款. A 项 printed 2140212 under 21401 (round KR's Sichuan: 公路养护 is 2140112 in the income and expenditure
/// tables) is read by its place (<see cref="CodePlace"/>) with its digits swapped back, as 2140122; the document's other tables name
/// the row's 项: it takes the code they print for its name, still noted as misprinted.
/// </summary>
public static class ItemsPlacedOffTheirName
{
    public static IReadOnlyList<LineItem> Named(IReadOnlyList<LineItem> items)
    {
        if (!items.Any(Placed)) return items;
        var printed = items.Where(i => i.Dimension == Dimensions.Function && i.Code is { Length: 7 } && i.CodePrinted is null).ToList();
        // Each item code the tables print as printed, with the tables printing it and the names they give it.
        var tablesOf = printed.GroupBy(i => i.Code!).ToDictionary(g => g.Key, g => g.Select(i => i.TableId).ToHashSet());
        var codesOfName = printed.GroupBy(i => FunctionItemCodes.Normalised(i.Name)).ToDictionary(g => g.Key, g => g.Select(i => (i.Code!, i.TableId)).ToList());
        var named = new Dictionary<(string TableId, int Row), string>();
        foreach (var item in items.Where(Placed).DistinctBy(i => (i.TableId, i.Row)))
        {
            string placed = item.Code!;
            if (tablesOf.TryGetValue(placed, out var printing) && printing.Any(t => t != item.TableId)) continue;
            if (!codesOfName.TryGetValue(FunctionItemCodes.Normalised(item.Name), out var elsewhere)) continue;
            var codes = elsewhere.Where(c => c.TableId != item.TableId && c.Item1[..5] == placed[..5]).Select(c => c.Item1).Distinct().ToList();
            if (codes is [var code] && code != placed) named[(item.TableId, item.Row)] = code;
        }
        return named.Count == 0 ? items
            : [.. items.Select(i => named.TryGetValue((i.TableId, i.Row), out var code) && Placed(i) ? i with { Code = code } : i)];
    }

    /// <summary>A function item read by its place from a printed code of digits (not a letter read as a digit).</summary>
    private static bool Placed(LineItem item) =>
        item.Dimension == Dimensions.Function && item.Code is { Length: 7 } && item.CodePrinted is { } printed && printed.All(char.IsAsciiDigit);
}
