using System.Text.RegularExpressions;

namespace Extractor.Fetch;

/// <summary>
/// One publisher site to collect from, as the sources file describes it: the index pages of its disclosure
/// columns, which links lead on to pages and which are files to take, how deep to go, and files named directly.
/// </summary>
public sealed record SourceDefinition(string Name)
{
    /// <summary>A link is taken as a file when its URL ends in .pdf, unless the source says otherwise.</summary>
    public static readonly Regex DefaultFiles = new(@"\.pdf$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The index pages (a disclosure column's first page); their numbered continuation pages are read with them.</summary>
    public IReadOnlyList<Uri> Start { get; init; } = [];

    /// <summary>Links visited as pages: those whose text or URL matches. Null: only the index pages are read.</summary>
    public Regex? Follow { get; init; }

    /// <summary>Links taken as files: those whose URL matches.</summary>
    public Regex Files { get; init; } = DefaultFiles;

    /// <summary>How many links may be followed from an index page to reach a page (0: files linked from the index pages only).</summary>
    public int Depth { get; init; } = 1;

    /// <summary>Files fetched as they are named, without a page linking them.</summary>
    public IReadOnlyList<Uri> Urls { get; init; } = [];

    /// <summary>Hosts besides those of the start pages and direct URLs whose links are followed and taken.</summary>
    public IReadOnlyList<string> Hosts { get; init; } = [];

    /// <summary>The most index pages one start page may have: itself and its continuation pages together.</summary>
    public int IndexPages { get; init; } = 100;

    /// <summary>
    /// Whether a link may be followed or taken: its host is one of the source's own (the start pages' and the
    /// direct URLs') or one the source lists. The port is not compared: a site's http and https are one site.
    /// </summary>
    public bool AllowsHost(Uri url) =>
        url.Scheme is "http" or "https"
        && (Start.Concat(Urls).Any(own => own.Host.Equals(url.Host, StringComparison.OrdinalIgnoreCase))
            || Hosts.Any(host => host.Equals(url.Host, StringComparison.OrdinalIgnoreCase)));
}
