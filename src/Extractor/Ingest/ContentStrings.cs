using System.Text;

namespace Extractor.Ingest;

/// <summary>
/// Rewrites the text-showing strings of a page's content stream whose bytes open with FE FF or FF FE. PdfPig 0.1.16
/// takes those two bytes for a UTF-16 byte-order mark and decodes the string as UTF-16 text, so the glyphs of a
/// one-byte font coded 0xFE and 0xFF vanish and the string's other glyphs are drawn from its start (a subset font
/// gives those codes to any two characters: 单位名称 read as "?称", 行政事业单位医疗 as 行政事业医疗). Split so that no part
/// opens with such a pair (<c>(\376)(\377…)</c>, shown one after the other as one string is), the string reads as its
/// bytes say. (A two-byte font's string opening with the codes 0xFEFF or 0xFFFE, the 65,280th glyph of a font and later, is
/// split too; PdfPig loses it either way.)
/// </summary>
public static class ContentStrings
{
    /// <summary>The content with each such string split, or null when it shows none.</summary>
    public static byte[]? Split(ReadOnlySpan<byte> content)
    {
        // Made at the first change: most streams have none.
        List<byte>? output = null;
        int copied = 0, arrayDepth = 0, position = 0;
        bool inText = false;
        // The string last read and not yet followed by its operator: where it starts and ends, and its bytes.
        (int Start, int End, byte[] Bytes)? pending = null;
        while (Token(content, ref position) is { } token)
        {
            // A string is settled by the token after it: its operator, or, in an array, anything (another string, a spacing, the end).
            if (pending is { } text)
            {
                var shower = token.Kind == TokenKind.Word && arrayDepth == 0 ? Shower(content[token.Start..token.End]) : ShowerKind.None;
                if (inText && OpensWithMark(text.Bytes) && (shower != ShowerKind.None || arrayDepth > 0))
                {
                    output ??= new List<byte>(content.Length + 64);
                    output.AddRange(content[copied..text.Start]);
                    // ' and " show their string on the next line: they are kept with an empty one, to move there (and set the
                    // spacing " sets), and the pieces shown after them.
                    if (shower == ShowerKind.NextLine) output.AddRange([(byte)'(', (byte)')', (byte)' ', .. content[token.Start..token.End], (byte)' ']);
                    if (shower != ShowerKind.None) output.Add((byte)'[');
                    output.AddRange(Pieces(text.Bytes));
                    if (shower != ShowerKind.None) output.AddRange("] TJ"u8);
                    copied = shower != ShowerKind.None ? token.End : text.End;
                }
                pending = null;
            }
            switch (token.Kind)
            {
                case TokenKind.String:
                    pending = (token.Start, token.End, token.Bytes!);
                    break;
                case TokenKind.ArrayOpen: arrayDepth++; break;
                case TokenKind.ArrayClose: arrayDepth = Math.Max(0, arrayDepth - 1); break;
                case TokenKind.Word:
                    var word = content[token.Start..token.End];
                    if (word.SequenceEqual("BT"u8)) inText = true;
                    else if (word.SequenceEqual("ET"u8)) inText = false;
                    else if (word.SequenceEqual("ID"u8)) position = AfterInlineImage(content, position);
                    break;
            }
        }
        if (output is null) return null;
        output.AddRange(content[copied..]);
        return [.. output];
    }

    private enum ShowerKind { None, Here, NextLine }

    /// <summary>How an operator shows the string before it: Tj where the text stands, ' and " on the next line; or not at all.</summary>
    private static ShowerKind Shower(ReadOnlySpan<byte> word) =>
        word.SequenceEqual("Tj"u8) ? ShowerKind.Here : word.SequenceEqual("'"u8) || word.SequenceEqual("\""u8) ? ShowerKind.NextLine : ShowerKind.None;

    /// <summary>
    /// Where an inline image's data (after its <c>ID</c> and one white byte) ends: past the <c>EI</c> that follows white space
    /// and is followed by white space or the end; its bytes are no content to read.
    /// </summary>
    private static int AfterInlineImage(ReadOnlySpan<byte> content, int position)
    {
        for (int at = position + 1; at + 1 < content.Length; at++)
            if (content[at] == 'E' && content[at + 1] == 'I' && IsWhite(content[at - 1]) && (at + 2 == content.Length || IsWhite(content[at + 2])))
                return at + 2;
        return content.Length;
    }

    private static bool OpensWithMark(byte[] bytes) => bytes is [0xFE, 0xFF, ..] or [0xFF, 0xFE, ..];

    /// <summary>The string as literal strings none of which opens with a mark: its leading bytes one by one while they would, then the rest.</summary>
    private static byte[] Pieces(byte[] bytes)
    {
        var pieces = new List<byte>();
        int start = 0;
        while (OpensWithMark(bytes[start..])) pieces.AddRange(Literal(bytes.AsSpan(start++, 1)));
        pieces.AddRange(Literal(bytes.AsSpan(start)));
        return [.. pieces];
    }

    /// <summary>A literal string of the bytes, each written as an octal escape: nothing in it can end or nest the string.</summary>
    private static byte[] Literal(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder("(");
        foreach (var b in bytes) text.Append('\\').Append(Convert.ToString(b, 8).PadLeft(3, '0'));
        return Encoding.ASCII.GetBytes(text.Append(')').ToString());
    }

    private enum TokenKind { String, ArrayOpen, ArrayClose, Word }

    /// <summary>A token of the content: a string (with its bytes), an array bracket, or any other word (operator, number, name, dictionary mark).</summary>
    private readonly record struct ContentToken(TokenKind Kind, int Start, int End, byte[]? Bytes = null);

    private static ContentToken? Token(ReadOnlySpan<byte> content, ref int position)
    {
        while (position < content.Length)
        {
            byte b = content[position];
            if (IsWhite(b)) { position++; continue; }
            if (b == '%')
            {
                while (position < content.Length && content[position] is not ((byte)'\n' or (byte)'\r')) position++;
                continue;
            }
            int start = position;
            switch (b)
            {
                case (byte)'(':
                    var literal = LiteralBytes(content, ref position);
                    return new ContentToken(TokenKind.String, start, position, literal);
                // A dictionary's marks, << and >>.
                case (byte)'<' or (byte)'>' when position + 1 < content.Length && content[position + 1] == b:
                    position += 2;
                    return new ContentToken(TokenKind.Word, start, position);
                case (byte)'<':
                    var hex = HexBytes(content, ref position);
                    return new ContentToken(TokenKind.String, start, position, hex);
                case (byte)'[':
                    position++;
                    return new ContentToken(TokenKind.ArrayOpen, start, position);
                case (byte)']':
                    position++;
                    return new ContentToken(TokenKind.ArrayClose, start, position);
                default:
                    position++;
                    if (b != '/' && IsDelimiter(b)) return new ContentToken(TokenKind.Word, start, position);
                    while (position < content.Length && !IsWhite(content[position]) && !IsDelimiter(content[position])) position++;
                    return new ContentToken(TokenKind.Word, start, position);
            }
        }
        return null;
    }

    /// <summary>A literal string's bytes, its escapes resolved (PDF 32000-1, 7.3.4.2); the position left after its closing bracket.</summary>
    private static byte[] LiteralBytes(ReadOnlySpan<byte> content, ref int position)
    {
        var bytes = new List<byte>();
        int depth = 1;
        position++;
        while (position < content.Length)
        {
            byte b = content[position++];
            if (b == '\\' && position < content.Length)
            {
                byte e = content[position++];
                if (e is >= (byte)'0' and <= (byte)'7')
                {
                    int value = e - '0';
                    for (int digits = 1; digits < 3 && position < content.Length && content[position] is >= (byte)'0' and <= (byte)'7'; digits++)
                        value = value * 8 + content[position++] - '0';
                    bytes.Add((byte)value);
                }
                else if (e is (byte)'\r' or (byte)'\n')
                {
                    if (e == '\r' && position < content.Length && content[position] == '\n') position++;
                }
                else bytes.Add(e switch { (byte)'n' => 10, (byte)'r' => 13, (byte)'t' => 9, (byte)'b' => 8, (byte)'f' => 12, _ => e });
                continue;
            }
            if (b == '(') depth++;
            else if (b == ')' && --depth == 0) break;
            // A line end inside the string, whichever it is, is one line feed (7.3.4.2).
            if (b == '\r')
            {
                if (position < content.Length && content[position] == '\n') position++;
                b = (byte)'\n';
            }
            bytes.Add(b);
        }
        return [.. bytes];
    }

    /// <summary>A hexadecimal string's bytes (an odd last digit read as followed by 0); the position left after its closing bracket.</summary>
    private static byte[] HexBytes(ReadOnlySpan<byte> content, ref int position)
    {
        var digits = new List<int>();
        position++;
        while (position < content.Length && content[position] != '>')
        {
            int value = HexValue(content[position++]);
            if (value >= 0) digits.Add(value);
        }
        position = Math.Min(position + 1, content.Length);
        if (digits.Count % 2 == 1) digits.Add(0);
        return [.. Enumerable.Range(0, digits.Count / 2).Select(i => (byte)(digits[2 * i] * 16 + digits[2 * i + 1]))];
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    private static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';
}
