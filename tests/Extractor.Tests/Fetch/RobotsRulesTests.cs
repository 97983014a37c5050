using Extractor.Fetch;

namespace Extractor.Tests.Fetch;

/// <summary>robots.txt as RFC 9309 reads it for this collector.</summary>
public sealed class RobotsRulesTests
{
    private static bool Allows(string robots, string url) => RobotsRules.Parse(robots, FetchOptions.RobotsToken).Allows(new Uri("http://a.gov.cn" + url));

    [Theory]
    [InlineData("/private/x.pdf", false)]
    [InlineData("/private", true)]
    [InlineData("/files/x.pdf", true)]
    [InlineData("/files/secret.pdf", false)]
    [InlineData("/files/public/secret.pdf", true)]
    [InlineData("/tmp.pdf?download=1", false)]
    [InlineData("/tmp.pdf", true)]
    [InlineData("/robots.txt", true)]
    [InlineData("/预算/内部.html", false)]
    public void The_longest_matching_rule_of_the_star_group_decides(string url, bool allowed)
    {
        const string robots = """
            # comment
            User-agent: otherbot
            Disallow: /

            User-agent: *
            Disallow: /private/
            Disallow: /files/*secret
            Allow: /files/public/
            Disallow: /*?download=
            Disallow: /预算/
            """;

        Assert.Equal(allowed, Allows(robots, url));
    }

    [Fact]
    public void A_group_naming_the_collector_replaces_the_star_group()
    {
        const string robots = """
            User-agent: *
            Disallow: /

            User-agent: Extractor
            User-agent: someoneelse
            Disallow: /private/
            Crawl-delay: 3
            """;

        Assert.True(Allows(robots, "/files/x.pdf"));
        Assert.False(Allows(robots, "/private/x.pdf"));
        Assert.Equal(TimeSpan.FromSeconds(3), RobotsRules.Parse(robots, FetchOptions.RobotsToken).CrawlDelay);
    }

    [Fact]
    public void An_empty_disallow_allows_everything_and_a_dollar_anchors_the_end()
    {
        Assert.True(Allows("User-agent: *\nDisallow:\n", "/anything"));
        Assert.False(Allows("User-agent: *\nDisallow: /*.php$\n", "/list.php"));
        Assert.True(Allows("User-agent: *\nDisallow: /*.php$\n", "/list.php?page=2"));
        Assert.True(Allows("User-agent: *\nDisallow: /x\nAllow: /x\n", "/x"));
    }

    [Fact]
    public void An_unreadable_robots_txt_closes_the_host_and_says_why()
    {
        var closed = RobotsRules.Closed(new FetchProblem(FetchProblemCodes.RobotsUnreachable, "HTTP 503"));

        Assert.False(closed.Allows(new Uri("http://a.gov.cn/index.html")));
        Assert.Equal(FetchProblemCodes.RobotsUnreachable, closed.Unreachable!.Code);
        Assert.True(RobotsRules.AllowAll.Allows(new Uri("http://a.gov.cn/private/x.pdf")));
    }
}
