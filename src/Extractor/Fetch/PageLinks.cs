using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Extractor.Fetch;

/// <summary>A link of a page: where it leads (absolute, without its fragment) and its text as shown.</summary>
public sealed record PageLink(Uri Url, string Text);

/// <summary>
/// The links of an HTML page, parsed with AngleSharp: every <c>a</c> and <c>area</c> with an http(s) target,
/// resolved against the page's address or its <c>&lt;base href&gt;</c>; and the numbered pages a TRS-style
/// pager script writes (<c>createPageHTML(5, 0, "index", "html")</c>, which most government content systems
/// use instead of links), as links without text.
/// </summary>
public static partial class PageLinks
{
    /// <summary>The call the pager script makes: page count, current page, file stem, extension.</summary>
    [GeneratedRegex(@"createPageHTML\(\s*(?<count>\d{1,5})\s*,\s*\d+\s*,\s*[""'](?<stem>[^""']+)[""']\s*,\s*[""'](?<ext>[^""']+)[""']")]
    private static partial Regex PagerCall();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    public static IReadOnlyList<PageLink> Read(Uri address, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var baseUrl = document.QuerySelector("base[href]")?.GetAttribute("href") is { } href && Uri.TryCreate(address, href.Trim(), out var based)
            ? based : address;
        var links = new List<PageLink>();
        foreach (var anchor in document.QuerySelectorAll("a[href], area[href]"))
            if (Resolve(baseUrl, anchor.GetAttribute("href")!) is { } url)
                links.Add(new PageLink(url, TextOf(anchor)));
        foreach (var script in document.QuerySelectorAll("script"))
            foreach (Match call in PagerCall().Matches(script.TextContent))
                for (int page = 1; page < int.Parse(call.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture); page++)
                    if (Resolve(baseUrl, $"{call.Groups["stem"].Value}_{page}.{call.Groups["ext"].Value}") is { } url)
                        links.Add(new PageLink(url, ""));
        return links;
    }

    /// <summary>The link's absolute http(s) address without fragment, or null for script, mail and in-page links.</summary>
    private static Uri? Resolve(Uri baseUrl, string href)
    {
        href = href.Trim();
        if (href.Length == 0 || href[0] == '#') return null;
        if (!Uri.TryCreate(baseUrl, href, out var url) || url.Scheme is not ("http" or "https")) return null;
        return url.Fragment.Length == 0 ? url : new Uri(url.GetLeftPart(UriPartial.Query));
    }

    /// <summary>
    /// The text a reader sees: the element's text; its title when the text is cut short with an ellipsis (list
    /// columns cut long titles and keep them whole in the title) or empty; else the alt text of an image inside it.
    /// </summary>
    private static string TextOf(IElement anchor)
    {
        var text = Whitespace().Replace(anchor.TextContent, " ").Trim();
        var title = Whitespace().Replace(anchor.GetAttribute("title") ?? "", " ").Trim();
        if (title.Length > 0 && (text.Length == 0 || text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith('…'))) return title;
        if (text.Length > 0) return text;
        return Whitespace().Replace(anchor.QuerySelector("img[alt]")?.GetAttribute("alt") ?? "", " ").Trim();
    }
}
