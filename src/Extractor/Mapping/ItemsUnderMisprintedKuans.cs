using Extractor.Model;

namespace Extractor.Mapping;

/// <summary>
/// Items a table's place moved under a 款 row that is itself the misprint. A 款 row printed 21350 over 生产发展 2130505 (round IH's
/// Henan: 巩固脱贫攻坚成果衔接乡村振兴 is 21305 in every other table) reads, within its table, as if the item's 款 digits were swapped
/// (<see cref="CodePlace"/>), and the item would be filed under 2135005, a code that does not exist. Once the document's other tables
/// show the 款 row misprinted (<see cref="SubjectCodes.Misprinted"/>) with the item's printed 款 as its usual code, the item was
/// printed right: it keeps its printed code.
/// </summary>
public static class ItemsUnderMisprintedKuans
{
    public static IReadOnlyList<LineItem> Restored(IReadOnlyList<LineItem> items)
    {
        if (!items.Any(i => i.CodePrinted is { Length: 7 } && i.Code is { Length: 7 })) return items;
        var misprinted = SubjectCodes.Misprinted(items);
        // The 款 rows whose code another table shows misprinted, with the code most tables print for them.
        var kuanRows = items.Where(i => i.Dimension == Dimensions.Function && i.Code is { Length: 5 } && i.CodePrinted is null)
            .Select(i => (i.TableId, Code: i.Code!, Usual: misprinted(i))).Where(k => k.Usual is not null)
            .DistinctBy(k => (k.TableId, k.Code)).ToDictionary(k => (k.TableId, k.Code), k => k.Usual!);
        if (kuanRows.Count == 0) return items;
        return [.. items.Select(i => i.Dimension == Dimensions.Function && i.CodePrinted is { Length: 7 } printed && printed.All(char.IsAsciiDigit)
            && i.Code is { Length: 7 } code && code[..5] != printed[..5] && kuanRows.GetValueOrDefault((i.TableId, code[..5])) == printed[..5]
                ? i with { Code = printed, CodePrinted = null } : i)];
    }
}
