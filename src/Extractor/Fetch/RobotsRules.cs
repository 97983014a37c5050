using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Extractor.Fetch;

/// <summary>
/// A host's robots.txt as it applies to this collector (RFC 9309): the groups naming its product token, or else
/// the <c>*</c> groups; the longest matching Allow or Disallow rule decides (Allow on a tie), <c>*</c> matches any
/// run of characters and a final <c>$</c> the end of the URL's path and query. Crawl-delay is kept (not in the RFC,
/// but what the sites that set it ask for).
/// </summary>
public sealed class RobotsRules
{
    private readonly IReadOnlyList<(Regex Pattern, int Length, bool Allow)> rules;

    private RobotsRules(IReadOnlyList<(Regex, int, bool)> rules, TimeSpan? crawlDelay, FetchProblem? unreachable)
    {
        this.rules = rules;
        CrawlDelay = crawlDelay;
        Unreachable = unreachable;
    }

    /// <summary>No robots.txt (a 4xx answer): everything may be fetched.</summary>
    public static readonly RobotsRules AllowAll = new([], null, null);

    /// <summary>A robots.txt that could not be read (5xx, no answer): nothing may be fetched, and this says why.</summary>
    public static RobotsRules Closed(FetchProblem why) => new([(new Regex("^"), 1, false)], null, why);

    /// <summary>The wait between requests the host asks for, if any.</summary>
    public TimeSpan? CrawlDelay { get; }

    /// <summary>Why the host is closed to the collector when its robots.txt could not be read; null otherwise.</summary>
    public FetchProblem? Unreachable { get; }

    public bool Allows(Uri url)
    {
        if (url.AbsolutePath == "/robots.txt") return true;
        var path = url.GetComponents(UriComponents.PathAndQuery, UriFormat.UriEscaped);
        (int Length, bool Allow) best = (-1, true);
        foreach (var (pattern, length, allow) in rules)
            if ((length > best.Length || (length == best.Length && allow)) && pattern.IsMatch(path)) best = (length, allow);
        return best.Allow;
    }

    public static RobotsRules Parse(string text, string productToken)
    {
        var mine = new List<(Regex, int, bool)>();
        var anyone = new List<(Regex, int, bool)>();
        TimeSpan? myDelay = null, anyDelay = null;
        bool namedMe = false;
        var agents = new List<string>();
        bool inRules = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#')[0].Trim();
            int colon = line.IndexOf(':');
            if (colon < 0) continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key is "user-agent")
            {
                // A user-agent line after rules starts a new group.
                if (inRules) agents.Clear();
                inRules = false;
                agents.Add(value);
                continue;
            }
            if (key is not ("allow" or "disallow" or "crawl-delay") || agents.Count == 0) continue;
            inRules = true;
            bool forMe = agents.Any(a => a.Equals(productToken, StringComparison.OrdinalIgnoreCase));
            bool forAnyone = agents.Contains("*");
            namedMe |= forMe;
            if (key == "crawl-delay")
            {
                if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
                {
                    var delay = TimeSpan.FromSeconds(Math.Min(seconds, 60));
                    if (forMe) myDelay = delay;
                    if (forAnyone) anyDelay = delay;
                }
                continue;
            }
            // An empty Disallow allows everything: it adds no rule.
            if (value.Length == 0) continue;
            var rule = (Pattern(value), value.Length, key == "allow");
            if (forMe) mine.Add(rule);
            if (forAnyone) anyone.Add(rule);
        }
        return namedMe ? new RobotsRules(mine, myDelay, null) : new RobotsRules(anyone, anyDelay, null);
    }

    /// <summary>A rule's path pattern as a regex anchored at the path's start; non-ASCII characters percent-encoded as URLs carry them.</summary>
    private static Regex Pattern(string value)
    {
        bool anchored = value.EndsWith('$');
        var body = anchored ? value[..^1] : value;
        var escaped = new StringBuilder();
        foreach (var part in body.Split('*'))
        {
            if (escaped.Length > 0) escaped.Append(".*");
            escaped.Append(Regex.Escape(EscapeNonAscii(part)));
        }
        return new Regex("^" + escaped + (anchored ? "$" : ""), RegexOptions.CultureInvariant);
    }

    /// <summary>Each non-ASCII character as its UTF-8 bytes in upper-case %XX, as <see cref="Uri"/> escapes a path.</summary>
    private static string EscapeNonAscii(string text)
    {
        if (text.All(char.IsAscii)) return text;
        var escaped = new StringBuilder();
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                escaped.Append((char)rune.Value);
                continue;
            }
            int count = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..count]) escaped.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return escaped.ToString();
    }
}
