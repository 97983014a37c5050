using Extractor.Model;

namespace Extractor.Mapping;

/// <summary>
/// A budget unit's code as the document's tables agree on it. Each table lists the same units (346001 本级, 346002
/// 某所); OCR may misread one digit of a code in one table (310001 read 310004), which would make a unit no other
/// table has and leave the real one's figures out of every comparison.
/// </summary>
public static class UnitCodes
{
    /// <summary>How alike the two units' names must be (<see cref="MisreadHeaders.Similarity"/>): OCR garbles a
    /// character or two of a long name (芦淞 read 芦浴), not the name.</summary>
    private const double MinNameSimilarity = 0.8;

    /// <summary>How many other tables must print a code for a table's lone code to be taken for it: one other table
    /// printing a code as lone as the first (two OCR'd tables disagreeing) says nothing of which is misread.</summary>
    private const int MinTablesAgreeing = 2;

    /// <summary>
    /// The items with each unit code of an OCR'd table (<paramref name="ocrTables"/>) that no other table prints
    /// taken for the code at least <see cref="MinTablesAgreeing"/> other tables print one digit apart, one of them
    /// under a name alike with the same numbers in it (第一中学 and 第二中学 are two units; OCR garbles the names of
    /// other tables too), where the table does not print that code itself; the code as read stays in
    /// <see cref="LineItem.CodePrinted"/>.
    /// </summary>
    public static IReadOnlyList<LineItem> Agreed(IReadOnlyList<LineItem> items, IReadOnlySet<string> ocrTables)
    {
        if (ocrTables.Count == 0) return items;
        var units = items.Where(i => i.Dimension == Dimensions.Unit && i.Code is { Length: 6 })
            .Select(i => (i.TableId, Code: i.Code!, i.Name)).Distinct().ToList();
        var mended = new Dictionary<(string TableId, string Code), string>();
        foreach (var (tableId, code, name) in units.Where(u => ocrTables.Contains(u.TableId)))
        {
            if (units.Any(u => u.Code == code && u.TableId != tableId)) continue;
            var agreed = units
                .Where(u => u.TableId != tableId && MisreadHeaders.OneCharacterApart(u.Code, code) && !units.Any(o => o.TableId == tableId && o.Code == u.Code))
                .GroupBy(u => u.Code)
                .Where(g => g.Select(u => u.TableId).Distinct().Count() >= MinTablesAgreeing
                    && g.Any(u => MisreadHeaders.Similarity(u.Name, name) >= MinNameSimilarity && Numbers(u.Name) == Numbers(name)))
                .Select(g => g.Key).ToList();
            if (agreed.Count == 1) mended[(tableId, code)] = agreed[0];
        }
        if (mended.Count == 0) return items;
        return [.. items.Select(i => i with
        {
            Code = i.Code is { } c && mended.TryGetValue((i.TableId, c), out var code) && i.Dimension == Dimensions.Unit ? code : i.Code,
            CodePrinted = i.Code is { } p && mended.ContainsKey((i.TableId, p)) && i.Dimension == Dimensions.Unit ? i.CodePrinted ?? p : i.CodePrinted,
            EntityCode = i.EntityCode is { } e && mended.TryGetValue((i.TableId, e), out var entity) ? entity : i.EntityCode,
        })];
    }

    /// <summary>The numbers a name holds, in digits or Chinese numerals (第一中学, 二所).</summary>
    private static string Numbers(string name) => string.Concat(name.Where(c => char.IsAsciiDigit(c) || "一二三四五六七八九十百零".Contains(c)));
}
