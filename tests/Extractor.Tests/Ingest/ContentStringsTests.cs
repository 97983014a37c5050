using System.Text;
using Extractor.Ingest;

namespace Extractor.Tests.Ingest;

public sealed class ContentStringsTests
{
    private static string? Split(string content) =>
        ContentStrings.Split(Encoding.Latin1.GetBytes(content)) is { } split ? Encoding.Latin1.GetString(split) : null;

    [Theory]
    // A string shown alone becomes an array of strings shown one after the other.
    [InlineData(@"BT /F1 12 Tf 10 20 Td (\376\377AB) Tj ET", @"BT /F1 12 Tf 10 20 Td [(\376)(\377\101\102)] TJ ET")]
    // Inside an array, the string is split where it stands; its neighbours and spacing stay.
    [InlineData(@"BT [(x) -250 (\376\377A) 12 (y)] TJ ET", @"BT [(x) -250 (\376)(\377\101) 12 (y)] TJ ET")]
    // A hexadecimal string, and bytes that would open another mark once the first is split off.
    [InlineData("BT <FEFF41> Tj ET", @"BT [(\376)(\377\101)] TJ ET")]
    [InlineData(@"BT (\377\376\377X)Tj ET", @"BT [(\377)(\376)(\377\130)] TJ ET")]
    // Raw bytes, nested brackets and escapes are read as the string's bytes.
    [InlineData("BT (\u00fe\u00ff\\(a\\)(b)) Tj ET", @"BT [(\376)(\377\050\141\051\050\142\051)] TJ ET")]
    // A line end inside the string is a line feed, whichever is printed.
    [InlineData("BT (\u00fe\u00ffA\r\nB) Tj ET", @"BT [(\376)(\377\101\012\102)] TJ ET")]
    // ' and " show on the next line: kept with an empty string, the pieces shown after them.
    [InlineData(@"BT (\376\377A) ' ET", @"BT () ' [(\376)(\377\101)] TJ ET")]
    [InlineData(@"BT 1 2 (\376\377A) "" ET", @"BT 1 2 () "" [(\376)(\377\101)] TJ ET")]
    // After an inline image, whose data is not read as content.
    [InlineData("BI /W 1 /H 1 ID \u00fe\u00ff) EI BT (\u00fe\u00ffA) Tj ET", "BI /W 1 /H 1 ID \u00fe\u00ff) EI BT [(\\376)(\\377\\101)] TJ ET")]
    public void Splits_a_shown_string_opening_with_a_byte_order_mark(string content, string expected) =>
        Assert.Equal(expected, Split(content));

    [Theory]
    [InlineData("BT (AB) Tj [(x) 5 (y)] TJ ET")]
    // Not text shown: outside BT … ET, or a marked content's own text (UTF-16 by right).
    [InlineData(@"(\376\377A) Tj")]
    [InlineData(@"BT /Span << /ActualText (\376\377\000A) >> BDC (B) Tj EMC ET")]
    // A comment is no string.
    [InlineData(@"BT % (\376\377A) Tj" + "\n" + "(B) Tj ET")]
    public void Leaves_content_alone_where_no_shown_string_opens_with_a_mark(string content) =>
        Assert.Null(Split(content));
}
