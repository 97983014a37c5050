using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Mapping;

/// <summary>
/// Where a table has got to in the function classification while its split 类 | 款 | 项 code columns are read
/// row by row: the class of the rows above. A printed part that cannot stand in its column — a 款 or 项
/// printed "7" for "07", a 类 printed "7" for the 210 the rows above are under — is read by the row's place,
/// and the printed parts are kept so the repair is named; a misprint is never read as a new code that
/// would drop the row from its parent's sum.
/// </summary>
/// <param name="readByOcr">Whether the table was read by OCR, which may lose a code's first digit beside a speck.</param>
public sealed class CodePlace(bool readByOcr = false)
{
    private string? currentClass;
    private string? currentKuan;

    /// <summary>The economic class (301, 302 …) a table printing economic codes in split columns last printed: its 款 rows below leave it blank.</summary>
    private string? economicClass;

    /// <summary>The code of the row placed last.</summary>
    private string? lastPlaced;
    private readonly HashSet<string> kuans = [];

    /// <summary>The 款 printed a digit off on an item row that was read under the 款 above: each once.</summary>
    private readonly HashSet<string> slipped = [];

    /// <summary>The 款 rows the code columns have printed so far, and the 项 rows printed or composed.</summary>
    private readonly HashSet<string> kuanRows = [], itemRows = [];

    /// <summary>The 款 row composed last and its first figure, and the first figures of its item rows so far (null once one prints none).</summary>
    private (string Kuan, decimal Figure)? kuanRow;
    private List<decimal>? kuanItemFigures;

    /// <param name="parts">The digits printed in the 类, 款 and 项 columns (null where blank).</param>
    /// <param name="printed">The parts as printed ("7 11 02") when the place changed them, else null.</param>
    /// <param name="name">The row's name: a class row printing its class short (21 beside 卫生健康支出) is that class.</param>
    /// <param name="below">What the rows below print, where known, looked at only for a row that may need it: a 款 they go back from,
    /// its items not adding up to it, was an item of the 款 above.</param>
    /// <param name="figure">The row's first figure, where printed: the item that closes a 款 a row short may be printed as a later 款.</param>
    /// <returns>The code, or null when the row prints none.</returns>
    public string? Compose(IReadOnlyList<string?> parts, out string? printed, string? name = null, Func<RowsBelow?>? below = null, decimal? figure = null)
    {
        string? code = ComposeCode(parts, out printed, name, below, figure);
        if (code is { Length: 3 or 5 })
        {
            kuanRow = code.Length == 5 && figure is { } whole ? (code, whole) : null;
            kuanItemFigures = [];
        }
        else if (code is { Length: 7 } && kuanItemFigures is not null)
        {
            if (figure is { } own) kuanItemFigures.Add(own);
            else kuanItemFigures = null;
        }
        return code;
    }

    private string? ComposeCode(IReadOnlyList<string?> parts, out string? printed, string? name, Func<RowsBelow?>? below, decimal? figure)
    {
        printed = null;
        string? cls = parts[0], kuan = Pad(parts[1]), item = Pad(parts[2]);
        if (cls is null && kuan is null && item is null) return null;
        if (kuan is null && item is null && ClassShortOfItsName(cls!, name) is { } named)
        {
            printed = AsPrinted(parts);
            return Enter(named);
        }
        // Only a function code (2xx) is placed; economic codes split over columns read as printed.
        bool functionClass = cls is { Length: 3 } && cls[0] == '2';
        // (Under a function class, its digits swapped into a 3xx are a misprint of it, below.)
        if (!functionClass && cls is { Length: 3 } && !(currentClass is { } above && cls.Order().SequenceEqual(above.Order())))
        {
            if (cls[0] == '3') economicClass = cls;
            return cls + kuan + (kuan is null ? null : item);
        }
        // An economic 款 under its class printed on the class's row only (301 | , | 01 for 30101, round IO's Inner Mongolia).
        if (cls is null && currentClass is null && economicClass is not null && kuan is not null) return economicClass + kuan + item;
        // A 2xx that is no class of the classification (240 for 204, round AC's Yunnan) is misprinted like a missing one.
        if (functionClass && !FunctionClasses.IsClassCode(cls!)) functionClass = false;
        // Each row printing only its own part (207 | | , | 01 | , | | 01; Guangxi): a 项 alone goes on under the 款 above,
        // a way of printing, not a misprint.
        if (cls is null && kuan is null && parts[1] is null && currentKuan is not null && item is { Length: 2 })
            return Enter(currentKuan + item);
        if (!functionClass)
        {
            // A class misprinted: the rows above give it, if this row goes on below a class (and an item's 款 is one printed above
            // under that class). A class left blank is the one above whatever the row prints (| 03 | 01 行政运行 under 21302, round IO's
            // Inner Mongolia: its 款 a slip the place below reads).
            if (currentClass is null || kuan is null || cls is not null && item is not null && !kuans.Contains(currentClass + kuan)) return cls + kuan + item;
            cls = currentClass;
        }
        else if (SwappedClass(cls!, kuan, item) is { } placed) cls = placed;
        else if (item is null && kuan is not null && KuanOfTheClassAbove(cls + kuan, name, below is null ? null : () => NextCode(below(), cls!)) is { } ownKuan)
            cls = ownKuan[..3];
        if (cls == currentClass && item is null && ItemInKuanColumn(kuan, below, figure) is { } number) (kuan, item) = (currentKuan![3..], number);
        // A 款's number printed in the 项 column, the rows below going on under that 款 (208 | | 19 over 208 | 19 | 01, round GP's Jiangxi):
        // the 款, not the class.
        if (cls == currentClass && kuan is null && item is not null && below?.Invoke() is { Next: [_, var nextKuan, _] } && Pad(nextKuan) == item)
            (kuan, item) = (item, null);
        if (cls == currentClass && kuan is null && KuanInItemColumn(item) is { } kuanNumber) (kuan, item) = (kuanNumber, null);
        if (cls == currentClass && KuanAndItemSwapped(kuan, item)) (kuan, item) = (item, kuan);
        if (cls == currentClass && SwappedKuan(kuan, item) is { } kuanAbove) kuan = kuanAbove;
        string code = cls + (kuan is null ? "" : kuan + (item ?? ""));
        // A class left blank under the rows that print it is a way of printing, not a misprint; so is a 款 or 项 printed without its
        // leading zero (201 | 6 | 1 for 2010601, a whole table so in round IC's Xinjiang), read as padded.
        bool repaired = kuan != Pad(parts[1]) || item != Pad(parts[2]);
        if (repaired || parts[0] is not null && parts[0] != cls) printed = AsPrinted(parts);
        if (repaired) code = ByItsName(code, name);
        return Enter(code);
    }

    /// <summary>
    /// An item whose 款 or number its place repaired, as the classification names it under that 款 where it does (round IF's Anhui:
    /// 机关事业单位基本养老保险缴费支出 printed 208 | 08 | 05 under 20805 is 2080505, not the 2080508 its digits would make); the code
    /// as placed otherwise.
    /// </summary>
    private string ByItsName(string code, string? name) =>
        code.Length == 7 && name is not null && SubjectCodes.CommonCode(name) is { Length: 7 } named && named[..5] == code[..5] && !itemRows.Contains(named)
            ? named : code;

    /// <summary>Takes a placed function code as the row the rows below go on under.</summary>
    private string Enter(string code)
    {
        currentClass = code[..3];
        currentKuan = code.Length >= 5 ? code[..5] : null;
        lastPlaced = code;
        if (code.Length >= 5) kuans.Add(code[..5]);
        (code.Length == 5 ? kuanRows : code.Length == 7 ? itemRows : null)?.Add(code);
        return code;
    }

    /// <summary>
    /// A class printed with a digit or two lost (21 for 210, rounds EB, EC and EE) beside its own name: the class the name
    /// names, whose code holds the printed digits in their order. Null for any other code, or a row named otherwise.
    /// </summary>
    private static string? ClassShortOfItsName(string code, string? name) =>
        code is { Length: 2 } && code[0] == '2' && name is not null && FunctionClasses.CodeNamed(name) is { } named && IsSubsequence(code, named) ? named : null;

    private static bool IsSubsequence(string part, string whole)
    {
        int at = 0;
        foreach (char c in whole)
            if (at < part.Length && part[at] == c) at++;
        return at == part.Length;
    }

    /// <summary>
    /// A 款 printed under another class's digits (行政事业单位医疗 printed 20811 under 210, round HS's Hunan; 201 | 11 under 210, round
    /// HT's Yunnan; 21101, its digits swapped, round IA's Sichuan): a 款 of the class above of its number or of its digits, where the
    /// classification gives its name that code, or where the next coded row is an item of that 款 and it comes right under the class row
    /// or after the 款 above in code order (自然生态保护 printed 21401 after 2110307, 2110402 below, round IL's Heilongjiang); and no row
    /// printed that 款 yet. Null for any other code.
    /// </summary>
    /// <param name="nextCode">The next coded row's code, composed as printed, where known.</param>
    private string? KuanOfTheClassAbove(string code, string? name, Func<string?>? nextCode)
    {
        if (code.Length != 5 || currentClass is not { } cls || code[..3] == cls) return null;
        bool Fits(string kuan) => kuan.Length == 5 && kuan[..3] == cls && !kuanRows.Contains(kuan)
            && (kuan[3..] == code[3..] || kuan.Order().SequenceEqual(code.Order()));
        if (name is not null && SubjectCodes.CommonCode(name) is { } named && Fits(named)) return named;
        return nextCode?.Invoke() is { Length: 7 } next && Fits(next[..5]) && (lastPlaced == cls || currentKuan is { } above && string.CompareOrdinal(next[..5], above) > 0)
            ? next[..5] : null;
    }

    /// <summary>The code the next coded row prints in split columns, a blank class read as the one printed on this row; null where its 款 is blank.</summary>
    private static string? NextCode(RowsBelow? below, string printedClass) =>
        below?.Next is [var cls, var kuan, var item] && Pad(kuan) is { } number ? (cls ?? printedClass) + number + Pad(item) : null;

    /// <summary>
    /// A class printed with its digits swapped on an item row (231 | 01 | 48 among the items of 21301, round AJ's Fujian): a
    /// real class, but no row printed its 款, while the class above printed that 款 and not yet that item. The class above;
    /// null for any other row.
    /// </summary>
    private string? SwappedClass(string cls, string? kuan, string? item) =>
        currentClass is { } above && cls != above && item is not null && kuan is not null && cls.Order().SequenceEqual(above.Order())
            && kuans.Contains(above + kuan) && !kuans.Contains(cls + kuan) && !itemRows.Contains(above + kuan + item) ? above : null;

    /// <summary>
    /// A 款 printed with its digits swapped on an item row (213 | 10 | 48 under 21301): no row printed it, and its digits are
    /// those of the 款 printed last, which has not printed that item yet. So is one a digit off (213 | 05 | 99 among the items
    /// of 21301, round EA's Shandong) where the table prints its 款 rows, as a new 款's items come under its own 款 row. The 款
    /// above's number; null for any other row.
    /// </summary>
    private string? SwappedKuan(string? kuan, string? item)
    {
        if (currentKuan is not { } above || kuan is not { Length: 2 } || item is null || kuan == above[3..] || itemRows.Contains(above + item)) return null;
        string number = above[3..];
        bool printsKuanRows = kuanRows.Contains(above);
        // The slip is counted last, once the row is read so: a second item printing that 款 says its own 款 row was lost, not that
        // each is misprinted.
        if (!kuans.Contains(currentClass + kuan)
            && (kuan.Order().SequenceEqual(number.Order())
                || printsKuanRows && MisreadHeaders.OneCharacterApart(kuan, number) && slipped.Add(currentClass + kuan)))
            return number;
        // Back to an earlier 款 under a 款 row, which no table in code order does (212 | 01 | 01 under 21205, round EG's Zhejiang).
        return printsKuanRows && string.CompareOrdinal(kuan, number) < 0 ? number : null;
    }

    /// <summary>
    /// A 款 and its 项 printed in each other's columns (204 | 07 | 06 for 法律援助 2040607 among the items of 20406, round EU's
    /// Sichuan): where the table prints its 款 rows, an item row whose 项 is the number of the 款 above and whose 款 no row
    /// printed is that 款's item of the number printed as its 款, where none is printed yet.
    /// </summary>
    private bool KuanAndItemSwapped(string? kuan, string? item) =>
        currentKuan is { } above && kuanRows.Contains(above) && item == above[3..] && kuan is { Length: 2 } && kuan != item
            && !kuans.Contains(above[..3] + kuan) && !itemRows.Contains(above + kuan);

    /// <summary>
    /// A 项's number printed in the 款 column under a 款 (210 | 03 | between 2100402 and 2100408, round EH's Yunnan; | 01 | right
    /// under 22102 where each row prints its own part, round EI's Beijing): a 款 before the 款 above, which no table in code order
    /// goes back to under that 款 or among its items, is that 款's item of the number, where none is printed yet. So is a 款 after
    /// the 款 above where the next row goes on among that 款's items and the items right below do not add up to it (205 | 03 |
    /// 初中教育 between 2050202 and 205 | 02 | 99, round ES's Jiangxi: 20503 is a 款 too, but a table in code order does not go back
    /// from it to 20502; where its items below add up to it, the item printing the 款 above is the slip: 212 | 05 | 600.00 over
    /// 212 | 01 | 01 600.00, round EG's Zhejiang). Null otherwise.
    /// </summary>
    private string? ItemInKuanColumn(string? kuan, Func<RowsBelow?>? below, decimal? figure) =>
        currentKuan is { } above && kuan is { Length: 2 } && !itemRows.Contains(above + kuan)
            && (string.CompareOrdinal(kuan, above[3..]) < 0
                || string.CompareOrdinal(kuan, above[3..]) > 0 && below?.Invoke() is { Next: [var nextClass, var nextKuan, { }], ItemsAddUp: false }
                    && (nextClass ?? currentClass) == currentClass && Pad(nextKuan) == above[3..]
                || string.CompareOrdinal(kuan, above[3..]) > 0 && ClosesTheKuanAbove(figure, below))
            ? kuan : null;

    /// <summary>
    /// Whether a later 款's row is the last item of the 款 above printed in the 款 column (208 | 06 | for 2080506 after 2080505, with
    /// 208 | 10 | next, round EV's Heilongjiang): no item goes on under it, and the 款 above's items are short of its figure by
    /// this row's, within their printing's rounding.
    /// </summary>
    private bool ClosesTheKuanAbove(decimal? figure, Func<RowsBelow?>? below)
    {
        if (figure is not { } own || own == 0 || kuanRow is not { } row || row.Kuan != currentKuan || kuanItemFigures is not { Count: > 0 } items || below is null) return false;
        if (below() is { Next: [var nextClass, _, { }] } && (nextClass ?? currentClass) == currentClass) return false;
        decimal rounding = PrintedPrecision.HalfLastDigits(items.Append(row.Figure).Append(own));
        decimal shortBy = row.Figure - items.Sum();
        return Math.Abs(shortBy) > rounding && Math.Abs(shortBy - own) <= rounding;
    }

    /// <summary>What the rows below a row print: the next coded row's parts, and whether the item rows right under it add up to it.</summary>
    public sealed record RowsBelow(IReadOnlyList<string?> Next, bool ItemsAddUp);

    /// <summary>
    /// A 款's number printed in the 项 column with its 款 column blank (210 | | 07 for 计划生育事务 after 2100410, round EQ's Ningxia):
    /// a number after the 款 above that no row printed as a 款, where as that 款's item it would go back to or repeat one
    /// printed already, is the 款 of that number. Null otherwise, and for a number that could as well be the 款 above's next item.
    /// </summary>
    private string? KuanInItemColumn(string? item) =>
        currentKuan is { } above && item is { Length: 2 } && string.CompareOrdinal(item, above[3..]) > 0 && !kuans.Contains(above[..3] + item)
            && itemRows.Any(row => row.StartsWith(above, StringComparison.Ordinal) && string.CompareOrdinal(row[5..], item) >= 0) ? item : null;

    /// <summary>
    /// A function code printed whole in one column: one that runs on from the class or 款 above it with a part
    /// one digit short (2052 under 205, 205021 under 20502, 213305 under 21303 for 2130305) is that part without its
    /// leading zero, unless a row above printed that item (214012 under 2140102, round BF's Yunnan, lost its second 1); an item
    /// under the 款 above that lost another digit is that item.
    /// </summary>
    /// <param name="printed">The code as printed when the place changed it, else null.</param>
    /// <param name="name">The row's name: a 2xx that is no class, printed beside a class's name (270 文化旅游体育与传媒支出), is that
    /// class; so is a class printed short beside its name (21 卫生健康支出).</param>
    /// <param name="next">The next coded row's code, where known: a 款 printed under another class right under a class row is read
    /// under that class where the next row is its item.</param>
    public string Place(string code, out string? printed, string? name = null, Func<string?>? next = null)
    {
        printed = null;
        string? named = code.Length == 3 && code[0] == '2' && !FunctionClasses.IsClassCode(code) && name is not null
            ? FunctionClasses.CodeNamed(name)
            : ClassShortOfItsName(code, name);
        if (named is not null)
        {
            printed = code;
            return Enter(named);
        }
        if (LostItsTwo(code) is { } restored)
        {
            string whole = Place(restored, out _);
            printed = code;
            return whole;
        }
        if (code[0] != '2') return code;
        string placed = KuanOfTheClassAbove(code, name, next) is { } kuanAbove ? kuanAbove
            : code.Length == 4 && currentClass is { } cls && code.StartsWith(cls, StringComparison.Ordinal) ? cls + "0" + code[3..]
            : code.Length == 6 && kuans.FirstOrDefault(k => code.StartsWith(k, StringComparison.Ordinal)) is { } kuan
                && !itemRows.Contains(kuan + "0" + code[5..]) ? kuan + "0" + code[5..]
            : code.Length == 6 && ItemOfKuanAbove(code) is { } item6 ? item6
            : code.Length == 6 && kuans.Contains(code[..3] + "0" + code[3]) ? code[..3] + "0" + code[3..]
            : code.Length == 7 && Transposed(code, name, next) is { } item ? item
            : code.Length == 7 && BackUnderAKuanRow(code) is { } under ? under
            : code.Length == 8 && PaddedTwice(code) is { } padded ? padded
            : code;
        if (placed != code)
        {
            printed = code;
            placed = ByItsName(placed, name);
        }
        return placed.Length is 3 or 5 or 7 ? Enter(placed) : placed;
    }

    /// <summary>
    /// A 项 that lost one digit anywhere (210101 for 2101101 under 21011, round AX's Hunan): the item of its number under the
    /// 款 printed last, where that item's code less one digit is what is printed and no row printed it yet. Its place decides
    /// against another 款 of the class the digits could also make (21001 here). Null for any other code.
    /// </summary>
    private string? ItemOfKuanAbove(string code)
    {
        if (currentKuan is not { } kuan || code[..3] != kuan[..3]) return null;
        string item = kuan + code[4..];
        return !itemRows.Contains(item) && Enumerable.Range(0, item.Length).Any(i => item.Remove(i, 1) == code) ? item : null;
    }

    /// <summary>
    /// A 项 printed with one zero too many before its number (21401006 for 2140106 under 21401, round Y's Baotou): under
    /// the 款 printed last, whose code it opens with, the item of that number where none is printed yet. Null for any
    /// other code.
    /// </summary>
    private string? PaddedTwice(string code)
    {
        if (currentKuan is not { } kuan || !code.StartsWith(kuan, StringComparison.Ordinal) || code[5] != '0') return null;
        string item = kuan + code[6..];
        return itemRows.Contains(item) ? null : item;
    }

    /// <summary>
    /// A 项 printed under the 款 last printed with the code of an earlier 款's item, one digit or a swap off the code the
    /// classification gives its name under that 款 (round LC's Inner Mongolia: 事业单位医疗 printed 2100102, 一般行政管理事务's code,
    /// under 21011 after 21001's items): a table in code order prints no earlier 款's item there, and its name says whose it is.
    /// Null for any other code, or where that item is printed already.
    /// </summary>
    private string? EarlierKuansItem(string code, string? name) =>
        currentKuan is { } kuan && kuanRows.Contains(kuan) && kuanRows.Contains(code[..5]) && string.CompareOrdinal(code[..5], kuan) < 0
            && name is not null && SubjectCodes.CommonCode(name) is { Length: 7 } own && own.StartsWith(kuan, StringComparison.Ordinal) && !itemRows.Contains(own)
            && (MisreadHeaders.OneCharacterApart(code, own) || code.Order().SequenceEqual(own.Order()))
            ? own : null;

    /// <summary>
    /// A 项 printed with digits swapped into its 款: two digits (2201006 for 2200106, round W's Guangxi), or the 款's number
    /// and its own (2060207 for 2060702 under 20607, round AH's Henan; only where the printed 款 comes before the one above, as
    /// a table in code order never prints an earlier 款's item there). In a column printing its 款 rows, one whose 款 no row
    /// printed, under the 款 printed last, whose digits are that 款's and its own number's and whose code under it is not
    /// printed yet, is that 款's item. So across the class's last digit and the 款's first (2110102 for 事业单位医疗 2101102 under 21011,
    /// round FP's Jiangxi): an item of a class no row printed, whose class and 款 are the digits of the 款 above, is that 款's item.
    /// Null for any other code.
    /// </summary>
    private string? Transposed(string code, string? name, Func<string?>? next)
    {
        if (EarlierKuansItem(code, name) is { } ownItem) return ownItem;
        if (currentKuan is not { } kuan || !kuanRows.Contains(kuan) || kuanRows.Contains(code[..5])) return null;
        // The 款 row is the misprint where the item right under it and the next go on under the item's 款 (round ID's Hunan: 21280 over
        // 2120801, 2120803, 2120899): they stay as printed.
        if (lastPlaced == kuan && next?.Invoke() is { Length: 7 } following && following.StartsWith(code[..5], StringComparison.Ordinal)) return null;
        bool ownClass = code[..3] == kuan[..3];
        // A class one digit off under a 款 row (2220201 for 住房公积金 2210201 under 22102, round HX's Shandong), of a class no row printed, is a slip like a swap.
        bool classSlipped = !ownClass && MisreadHeaders.OneCharacterApart(code[..3], kuan[..3]) && code[3..5] == kuan[3..];
        if (!ownClass && !((classSlipped || code[..5].Order().SequenceEqual(kuan.Order())) && !kuans.Any(k => k.StartsWith(code[..3], StringComparison.Ordinal)))) return null;
        string[] items = code[5..] == kuan[3..] && string.CompareOrdinal(code[..5], kuan) < 0 ? [kuan + code[5..], kuan + code[3..5]] : [kuan + code[5..]];
        if (items.FirstOrDefault(item => !itemRows.Contains(item) && code.Order().SequenceEqual(item.Order())) is { } swapped) return swapped;
        if (classSlipped && !itemRows.Contains(kuan + code[5..])) return kuan + code[5..];
        if (!ownClass) return null;
        // Where the classification names the row, the swap must make its name's code (城乡医疗救助 2101201 is no misprinted 事业单位医疗).
        if (OneSwapUnder(code, kuan) is { } swappedOnce && (name is null || SubjectCodes.CommonCode(name) is not { Length: 7 } named || named == swappedOnce))
            return swappedOnce;
        // A 款 one digit off (2130253 for 2130153 under 21301, round AI's Heilongjiang) is a slip like a swap.
        string slipped = kuan + code[5..];
        return !itemRows.Contains(slipped) && MisreadHeaders.OneCharacterApart(code[..5], kuan) ? slipped : null;
    }

    /// <summary>
    /// The one item of <paramref name="kuan"/> not printed yet that two of the code's digits swapped make (2101201 for 事业单位医疗
    /// 2101102 under 21011, round HV's Tianjin: the 款's last digit and the item's). Null where none does, or more than one.
    /// </summary>
    private string? OneSwapUnder(string code, string kuan)
    {
        var items = new HashSet<string>();
        for (int i = kuan.Length - 2; i < code.Length; i++)
            for (int j = i + 1; j < code.Length; j++)
            {
                if (code[i] == code[j]) continue;
                var digits = code.ToCharArray();
                (digits[i], digits[j]) = (digits[j], digits[i]);
                var item = new string(digits);
                if (item.StartsWith(kuan, StringComparison.Ordinal) && !itemRows.Contains(item)) items.Add(item);
            }
        return items.Count == 1 ? items.Single() : null;
    }

    /// <summary>
    /// An item printed under an earlier 款 of its class right below a later 款's row (2120103 小城镇基础设施建设 under 21203, round EW's
    /// Zhejiang; a table in code order does not go back to a 款 it has left): the item of its number under the 款 above, where none
    /// is printed yet. Null for any other code.
    /// </summary>
    private string? BackUnderAKuanRow(string code)
    {
        if (currentKuan is not { } kuan || lastPlaced != kuan || code[..3] != kuan[..3] || string.CompareOrdinal(code[..5], kuan) >= 0
            || !kuans.Contains(code[..5])) return null;
        string item = kuan + code[5..];
        return itemRows.Contains(item) ? null : item;
    }

    /// <summary>
    /// A code of an OCR'd table that lost its leading 2 beside a speck (080505 for 2080505), with the 2 back: no
    /// function code starts with 0, and one of a 款's or 项's length less one that does, whose 2 and first two digits
    /// make a class (208), is that class's. Null for any other code, and for every code of a table not read by OCR.
    /// </summary>
    public string? LostItsTwo(string code) =>
        readByOcr && code is { Length: 4 or 6 } && code[0] == '0' && FunctionClasses.All.Any(c => c.Code == "2" + code[..2]) ? "2" + code : null;

    /// <summary>The parts as the row prints them, a blank one shown as ·, blanks after the last printed part left out (210 4, not 210 4 ·).</summary>
    private static string AsPrinted(IReadOnlyList<string?> parts) =>
        string.Join(' ', parts.Take(parts.Select((p, i) => (p, i)).Last(x => x.p is not null).i + 1).Select(p => p ?? "·"));

    /// <summary>A one-digit 款 or 项 is its two-digit number printed without the leading zero.</summary>
    internal static string? Pad(string? part) => part is { Length: 1 } ? "0" + part : part;
}
