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
    /// ．，％－ become . , % - where they sit inside or right next to digits (the comma only where it groups
    /// thousands). Everything else is kept.
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
                '，' when digitBefore && GroupFollows(chars, i + 1) => ',',
                '％' when digitBefore => '%',
                '－' or '−' when digitAfter => '-',
                var same => same,
            };
        }
        return new string(chars);
    }

    /// <summary>
    /// Whether a thousands group starts at <paramref name="at"/>: three digits and no fourth. A full-width comma
    /// before other digits separates two figures (各是4125.49，4143.91万元), it does not group one.
    /// </summary>
    private static bool GroupFollows(char[] chars, int at) =>
        at + 3 <= chars.Length && char.IsAsciiDigit(chars[at]) && char.IsAsciiDigit(chars[at + 1]) && char.IsAsciiDigit(chars[at + 2])
        && (at + 3 == chars.Length || !char.IsAsciiDigit(chars[at + 3]));

    /// <summary>
    /// The ideograph a radical character stands for, where a font's Unicode map names the radical instead of
    /// the character it draws (Word's exports often map 门 to ⻔ U+2ED4 and 支 to ⽀ U+2F40: 部⻔预算, ⽀出).
    /// Kangxi radicals and the CJK radicals supplement, by Unicode's EquivalentUnifiedIdeograph.txt (15.0),
    /// those whose ideograph is in the basic plane; a Kangxi radical whose ideograph is a traditional form stands for
    /// the simplified one the disclosures print (⼾ is 户, as in 财政专户, not 戶; ⾨ is 门, ⾞ is 车).
    /// </summary>
    public static string UnifyRadicals(string text)
    {
        if (!text.Any(IsRadical)) return text;
        var chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
            if (IsRadical(chars[i]) && Radicals.IndexOf(chars[i]) is var k and >= 0) chars[i] = RadicalIdeographs[k];
        return new string(chars);
    }

    private static bool IsRadical(char c) => c is >= '\u2E80' and <= '\u2FDF';

    private const string Radicals =
        "⺁⺂⺃⺄⺅⺆⺈⺉⺊⺋⺌⺍⺎⺏⺐⺒⺓⺔⺖⺗⺘⺙⺛⺜⺝⺞⺟⺠⺡⺢⺣⺤⺥⺦⺧⺨⺩⺫⺬⺭⺯⺰⺱⺲⺳⺴⺶⺹⺺⺻⺼⺾⺿⻀⻁⻂⻃⻄⻅⻆" +
        "⻈⻉⻋⻌⻍⻎⻏⻐⻑⻒⻓⻔⻖⻗⻘⻙⻚⻛⻜⻝⻟⻠⻢⻣⻤⻥⻦⻧⻨⻩⻪⻫⻬⻭⻮⻯⻰⻱⻲⻳⼀⼁⼂⼃⼄⼅⼆⼇⼈⼉⼊⼋⼌⼍⼎⼏⼐⼑⼒⼓" +
        "⼔⼕⼖⼗⼘⼙⼚⼛⼜⼝⼞⼟⼠⼡⼢⼣⼤⼥⼦⼧⼨⼩⼪⼫⼬⼭⼮⼯⼰⼱⼲⼳⼴⼵⼶⼷⼸⼹⼺⼻⼼⼽⼾⼿⽀⽁⽂⽃⽄⽅⽆⽇⽈⽉⽊⽋⽌⽍⽎⽏" +
        "⽐⽑⽒⽓⽔⽕⽖⽗⽘⽙⽚⽛⽜⽝⽞⽟⽠⽡⽢⽣⽤⽥⽦⽧⽨⽩⽪⽫⽬⽭⽮⽯⽰⽱⽲⽳⽴⽵⽶⽷⽸⽹⽺⽻⽼⽽⽾⽿⾀⾁⾂⾃⾄⾅⾆⾇⾈⾉⾊⾋" +
        "⾌⾍⾎⾏⾐⾑⾒⾓⾔⾕⾖⾗⾘⾙⾚⾛⾜⾝⾞⾟⾠⾡⾢⾣⾤⾥⾦⾧⾨⾩⾪⾫⾬⾭⾮⾯⾰⾱⾲⾳⾴⾵⾶⾷⾸⾹⾺⾻⾼⾽⾾⾿⿀⿁⿂⿃⿄⿅⿆⿇" +
        "⿈⿉⿊⿋⿌⿍⿎⿏⿐⿑⿒⿓⿔⿕";

    private const string RadicalIdeographs =
        "厂乛乚乙亻冂刀刂卜㔾小小兀尣尢巳幺彑忄心扌攵旡日月歺母民氵氺灬爫爫丬牛犭王目示礻糹纟罓罒㓁冗羊耂肀聿肉艹艹艹虎衤覀西见角" +
        "讠贝车辶辶辶邑钅長镸长门阝雨青韦页风飞食飠饣马骨鬼鱼鸟卤麦黄黾斉齐歯齿竜龙龜亀龟一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹" +
        "匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈户手支攴文斗斤方无日曰月木欠止歹殳毋" +
        "比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸" +
        "虍虫血行衣襾见角言谷豆豕豸贝赤走足身车辛辰辵邑酉釆里金长门阜隶隹雨青非面革韦韭音页风飞食首香马骨高髟鬥鬯鬲鬼鱼鸟卤鹿麦麻" +
        "黄黍黑黹黾鼎鼓鼠鼻齐齿龙龟龠";
}
