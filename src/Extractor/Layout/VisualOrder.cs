using System.Globalization;
using System.Text;

namespace Extractor.Layout;

/// <summary>
/// Puts a line of right-to-left text (Hebrew, Arabic) collected left to right, as the glyphs stand on the
/// page, back into reading order: the Unicode bidirectional algorithm's implicit rules resolve each
/// character's level, and the runs are reversed as the algorithm reverses them for display (for text
/// without explicit embeddings the reordering is its own inverse). Mirrored brackets are swapped back and
/// the basic Arabic presentation forms (the shaped glyphs a PDF often maps to) become the letters they shape.
/// </summary>
public static class VisualOrder
{
    private enum BidiClass { L, R, EN, AN, ES, ET, CS, WS, ON }

    /// <param name="visual">The line's pieces left to right: glyph texts and the spaces between them. A piece
    /// stays whole (a ligature glyph such as "با" already reads in order), and a piece of vowel marks alone
    /// moves with the letter before it.</param>
    public static string ToLogical(IReadOnlyList<string> visual)
    {
        if (!visual.Any(piece => piece.Any(IsRightToLeft))) return string.Concat(visual);
        var units = Units(visual);
        var classes = units.Select(u => ClassOf(u[0])).ToArray();
        int paragraph = classes.FirstOrDefault(c => c is BidiClass.L or BidiClass.R, BidiClass.L) == BidiClass.R ? 1 : 0;
        ResolveNumbers(classes, paragraph);
        ResolveNeutrals(classes, paragraph);
        var levels = classes.Select(c => Level(c, paragraph)).ToArray();

        var order = Enumerable.Range(0, units.Count).ToArray();
        int lowestOdd = levels.Where(l => l % 2 == 1).DefaultIfEmpty(1).Min();
        for (int level = levels.Max(); level >= lowestOdd; level--)
            for (int i = 0; i < order.Length;)
            {
                if (levels[order[i]] < level) { i++; continue; }
                int j = i;
                while (j + 1 < order.Length && levels[order[j + 1]] >= level) j++;
                Array.Reverse(order, i, j - i + 1);
                i = j + 1;
            }

        var text = new StringBuilder();
        foreach (int k in order)
            text.Append(levels[k] % 2 == 1 && units[k].Length == 1 ? Mirrored(units[k][0]).ToString() : units[k]);
        return UnshapeArabic(text.ToString());
    }

    /// <summary>The pieces as units to reorder: vowel marks joined to the piece before them.</summary>
    private static List<string> Units(IReadOnlyList<string> pieces)
    {
        var units = new List<string>();
        foreach (var piece in pieces.Where(p => p.Length > 0))
        {
            bool marksOnly = piece.All(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);
            if (marksOnly && units.Count > 0) units[^1] += piece;
            else units.Add(piece);
        }
        return units;
    }

    /// <summary>Rules W4–W7: separators inside numbers, signs beside them, and numbers in left-to-right text.</summary>
    private static void ResolveNumbers(BidiClass[] classes, int paragraph)
    {
        for (int i = 1; i + 1 < classes.Length; i++)
            if (classes[i] is BidiClass.CS or BidiClass.ES && classes[i - 1] == BidiClass.EN && classes[i + 1] == BidiClass.EN)
                classes[i] = BidiClass.EN;
            else if (classes[i] == BidiClass.CS && classes[i - 1] == BidiClass.AN && classes[i + 1] == BidiClass.AN)
                classes[i] = BidiClass.AN;
        for (int i = 0; i < classes.Length; i++)
        {
            if (classes[i] != BidiClass.ET) continue;
            int j = i;
            while (j + 1 < classes.Length && classes[j + 1] == BidiClass.ET) j++;
            bool besideNumber = (i > 0 && classes[i - 1] == BidiClass.EN) || (j + 1 < classes.Length && classes[j + 1] == BidiClass.EN);
            for (int k = i; k <= j; k++) classes[k] = besideNumber ? BidiClass.EN : BidiClass.ON;
            i = j;
        }
        var strong = paragraph == 1 ? BidiClass.R : BidiClass.L;
        for (int i = 0; i < classes.Length; i++)
        {
            if (classes[i] is BidiClass.ES or BidiClass.CS) classes[i] = BidiClass.ON;
            if (classes[i] is BidiClass.L or BidiClass.R) strong = classes[i];
            else if (classes[i] == BidiClass.EN && strong == BidiClass.L) classes[i] = BidiClass.L;
        }
    }

    /// <summary>Rules N1–N2: neutrals between two of one direction take it; others the paragraph's.</summary>
    private static void ResolveNeutrals(BidiClass[] classes, int paragraph)
    {
        var edge = paragraph == 1 ? BidiClass.R : BidiClass.L;
        for (int i = 0; i < classes.Length; i++)
        {
            if (!IsNeutral(classes[i])) continue;
            int j = i;
            while (j + 1 < classes.Length && IsNeutral(classes[j + 1])) j++;
            var before = i > 0 ? Direction(classes[i - 1]) : edge;
            var after = j + 1 < classes.Length ? Direction(classes[j + 1]) : edge;
            var resolved = before == after ? before : edge;
            for (int k = i; k <= j; k++) classes[k] = resolved;
            i = j;
        }
    }

    private static bool IsNeutral(BidiClass c) => c is BidiClass.WS or BidiClass.ON;

    private static BidiClass Direction(BidiClass c) => c == BidiClass.L ? BidiClass.L : BidiClass.R;

    /// <summary>Rules I1–I2 for a paragraph without explicit embeddings.</summary>
    private static int Level(BidiClass c, int paragraph) => (paragraph, c) switch
    {
        (0, BidiClass.L) => 0,
        (0, BidiClass.R) => 1,
        (0, _) => 2,
        (_, BidiClass.R) => 1,
        _ => 2,
    };

    private static BidiClass ClassOf(char c)
    {
        if (IsRightToLeft(c)) return BidiClass.R;
        if (c is >= '\u0660' and <= '\u0669' or '\u066B' or '\u066C') return BidiClass.AN;
        if (CjkText.IsDigit(c) || c is >= '\u06F0' and <= '\u06F9') return BidiClass.EN;
        if (c is '+' or '-' or '−' or '＋' or '－') return BidiClass.ES;
        if (c is '#' or '$' or '%' or '°' or '‰' or '¢' or '£' or '¥' or '€' or '％') return BidiClass.ET;
        if (c is ',' or '.' or ':' or '/' or '\u00A0' or '،') return BidiClass.CS;
        if (char.IsWhiteSpace(c)) return BidiClass.WS;
        if (char.IsLetter(c) || char.IsDigit(c)) return BidiClass.L;
        return BidiClass.ON;
    }

    /// <summary>Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms.</summary>
    private static bool IsRightToLeft(char c) =>
        c is >= '\u0590' and <= '\u08FF' and not (>= '\u0660' and <= '\u0669') and not (>= '\u06F0' and <= '\u06F9')
            and not '\u066B' and not '\u066C' and not '\u060C'
        || c is >= '\uFB1D' and <= '\uFDFF' || c is >= '\uFE70' and <= '\uFEFE';

    private static char Mirrored(char c) => c switch
    {
        '(' => ')', ')' => '(', '[' => ']', ']' => '[', '{' => '}', '}' => '{', '<' => '>', '>' => '<', '«' => '»', '»' => '«',
        _ => c,
    };

    /// <summary>
    /// The letters of the basic Arabic presentation forms (U+FE80–U+FEFC), in block order, each with its
    /// number of shaped forms (isolated, final, initial, medial); the last four are the lam–alef ligatures.
    /// </summary>
    private static readonly (string Letters, int Forms)[] ShapedForms =
    [
        ("\u0621", 1), ("\u0622", 2), ("\u0623", 2), ("\u0624", 2), ("\u0625", 2), ("\u0626", 4), ("\u0627", 2),
        ("\u0628", 4), ("\u0629", 2), ("\u062A", 4), ("\u062B", 4), ("\u062C", 4), ("\u062D", 4), ("\u062E", 4),
        ("\u062F", 2), ("\u0630", 2), ("\u0631", 2), ("\u0632", 2), ("\u0633", 4), ("\u0634", 4), ("\u0635", 4),
        ("\u0636", 4), ("\u0637", 4), ("\u0638", 4), ("\u0639", 4), ("\u063A", 4), ("\u0641", 4), ("\u0642", 4),
        ("\u0643", 4), ("\u0644", 4), ("\u0645", 4), ("\u0646", 4), ("\u0647", 4), ("\u0648", 2), ("\u0649", 2),
        ("\u064A", 4), ("\u0644\u0622", 2), ("\u0644\u0623", 2), ("\u0644\u0625", 2), ("\u0644\u0627", 2),
    ];

    private static readonly Dictionary<char, string> Unshaped = BuildUnshaped();

    private static Dictionary<char, string> BuildUnshaped()
    {
        var map = new Dictionary<char, string>();
        char form = '\uFE80';
        foreach (var (letters, forms) in ShapedForms)
            for (int k = 0; k < forms; k++) map[form++] = letters;
        // U+FE70–U+FE7F: the vowel marks drawn alone or on a tatweel; the mark itself.
        string marks = "\u064B\u064B\u064C\0\u064D\0\u064E\u064E\u064F\u064F\u0650\u0650\u0651\u0651\u0652\u0652";
        for (int k = 0; k < marks.Length; k++)
            if (marks[k] != '\0') map[(char)('\uFE70' + k)] = marks[k].ToString();
        return map;
    }

    /// <summary>Arabic presentation forms (the shaped glyphs and lam–alef ligatures) as the letters they shape.</summary>
    private static string UnshapeArabic(string text)
    {
        if (!text.Any(Unshaped.ContainsKey)) return text;
        var letters = new StringBuilder(text.Length);
        foreach (char c in text)
            if (Unshaped.TryGetValue(c, out var plain)) letters.Append(plain); else letters.Append(c);
        return letters.ToString();
    }
}
