using System.Text;
using AngleSharp.Html.Parser;

namespace Extractor.Fetch;

/// <summary>
/// Decodes a page's bytes in the charset it declares: a byte-order mark first, then the Content-Type header's
/// charset, then the page's own <c>&lt;meta charset&gt;</c> or <c>&lt;meta http-equiv="Content-Type"&gt;</c>; a page
/// that declares nothing is read as UTF-8 when it is valid UTF-8, else as GB18030 (the publishers' legacy
/// encoding). GB2312 and GBK labels are read as GB18030, their superset, as browsers do: pages labelled GB2312
/// routinely use GBK characters.
/// </summary>
internal static class PageCharset
{
    static PageCharset() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const int Gb18030CodePage = 54936;

    private static readonly HashSet<string> GbLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "gb2312", "gbk", "x-gbk", "gb_2312", "gb_2312-80", "csgb2312", "iso-ir-58", "chinese", "cp936", "windows-936", "gb18030", "ms936",
    };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(byte[] body, string? headerCharset)
    {
        if (Bom(body) is { } bom) return bom.Encoding.GetString(body, bom.Length, body.Length - bom.Length);
        var encoding = Named(headerCharset) ?? Named(DeclaredInPage(body));
        if (encoding is not null) return encoding.GetString(body);
        try
        {
            return StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(Gb18030CodePage).GetString(body);
        }
    }

    /// <summary>The encoding a charset label names, or null for no label or one .NET does not know.</summary>
    public static Encoding? Named(string? label)
    {
        label = label?.Trim().Trim('"', '\'');
        if (string.IsNullOrEmpty(label)) return null;
        if (GbLabels.Contains(label)) return Encoding.GetEncoding(Gb18030CodePage);
        try
        {
            return Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// The charset the page's meta elements declare. The bytes are read as Latin-1 for this (every byte one
    /// character), so the ASCII markup parses whatever the real encoding is.
    /// </summary>
    private static string? DeclaredInPage(byte[] body)
    {
        var document = new HtmlParser().ParseDocument(Encoding.Latin1.GetString(body));
        if (document.QuerySelector("meta[charset]")?.GetAttribute("charset") is { Length: > 0 } charset) return charset;
        var equiv = document.QuerySelectorAll("meta[http-equiv][content]")
            .FirstOrDefault(m => string.Equals(m.GetAttribute("http-equiv")?.Trim(), "content-type", StringComparison.OrdinalIgnoreCase));
        return equiv is null ? null : CharsetParameter(equiv.GetAttribute("content"));
    }

    /// <summary>The <c>charset=</c> parameter of a media type such as <c>text/html; charset=gbk</c>.</summary>
    public static string? CharsetParameter(string? mediaType) =>
        mediaType?.Split(';').Select(p => p.Trim())
            .FirstOrDefault(p => p.StartsWith("charset=", StringComparison.OrdinalIgnoreCase))?["charset=".Length..];

    private static (Encoding Encoding, int Length)? Bom(byte[] body) => body switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        _ => null,
    };
}
