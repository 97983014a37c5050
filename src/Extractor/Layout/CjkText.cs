namespace Extractor.Layout;

/// <summary>Character classes that decide spacing and number normalisation in Chinese text.</summary>
public static class CjkText
{
    /// <summary>Han ideographs, CJK punctuation and full-width forms: text set without spaces.</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u4E00' and <= '\u9FFF'   // CJK unified ideographs
          or >= '\u3400' and <= '\u4DBF'   // extension A
          or >= '\uF900' and <= '\uFAFF'   // compatibility ideographs
          or >= '\u3000' and <= '\u303F'   // CJK symbols and punctuation
          or >= '\uFF00' and <= '\uFFEF';  // full-width and half-width forms

    /// <summary>Whether the text holds a Chinese character (an ideograph; punctuation and full-width forms are not).</summary>
    public static bool HasIdeograph(string text) =>
        text.Any(c => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF');

    public static bool IsFullWidthDigit(char c) => c is >= '\uFF10' and <= '\uFF19';

    public static bool IsDigit(char c) => c is >= '0' and <= '9' || IsFullWidthDigit(c);

    /// <summary>
    /// Normalises the characters that form numbers: full-width digits become ASCII digits, and full-width
    /// 。．，％－ become . , % - where they sit inside or right next to digits. Everything else is kept.
    /// </summary>
    public static string NormalizeNumbers(string printed)
    {
        var chars = printed.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            char c = chars[i];
            if (IsFullWidthDigit(c)) chars[i] = (char)('0' + (c - '\uFF10'));
        }
        for (int i = 0; i < chars.Length; i++)
        {
            bool digitBefore = i > 0 && char.IsAsciiDigit(chars[i - 1]);
            bool digitAfter = i + 1 < chars.Length && char.IsAsciiDigit(chars[i + 1]);
            chars[i] = chars[i] switch
            {
                '．' when digitBefore && digitAfter => '.',
                '，' when digitBefore && digitAfter => ',',
                '％' when digitBefore => '%',
                '－' or '−' when digitAfter => '-',
                var same => same,
            };
        }
        return new string(chars);
    }
}
