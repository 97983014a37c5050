using System.Text;
using Extractor.Fetch;

namespace Extractor.Tests.Fetch;

/// <summary>How a fetched page is read: its charset, its links, and which links are its column's continuation pages.</summary>
public sealed class PageReadingTests
{
    private static readonly Encoding Gbk;

    static PageReadingTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gbk = Encoding.GetEncoding("GBK");
    }

    private const string Chinese = "部门预算公开：镕（GBK，不在GB2312中）";

    [Theory]
    [InlineData("<html><head><meta charset=\"gbk\"></head><body>{0}</body></html>", null)]
    [InlineData("<html><head><meta charset=gb2312></head><body>{0}</body></html>", null)]
    [InlineData("<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=GB2312\"></head><body>{0}</body></html>", null)]
    [InlineData("<html><body>{0}</body></html>", "GBK")]
    [InlineData("<html><head><meta charset=\"utf-8\"></head><body>{0}</body></html>", "gbk")]
    [InlineData("<html><body>{0}</body></html>", null)]
    public void Decodes_a_gbk_page_by_its_header_or_its_meta_elements_or_by_trying_utf8(string template, string? headerCharset)
    {
        var body = Gbk.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Chinese));

        Assert.Contains(Chinese, PageCharset.Decode(body, headerCharset));
    }

    [Fact]
    public void Reads_a_utf8_page_that_declares_nothing_as_utf8()
    {
        Assert.Contains(Chinese, PageCharset.Decode(Encoding.UTF8.GetBytes($"<p>{Chinese}</p>"), null));
        Assert.Contains(Chinese, PageCharset.Decode([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes($"<p>{Chinese}</p>")], "gbk"));
    }

    [Fact]
    public void Reads_links_resolved_against_the_page_or_its_base_with_the_text_a_reader_sees()
    {
        var links = PageLinks.Read(new Uri("http://example.gov.cn/czyjs/index.html"), """
            <html><head><base href="http://example.gov.cn/czyjs/2024/"></head><body>
            <a href="a.html#top">  2024年
              部门预算 </a>
            <a href="../b.html" title="南海区交通运输局2024年部门预算公开">南海区交通运输局2024...</a>
            <a href="/c.pdf"><img src="x.png" alt="附件下载"></a>
            <map><area href="d.html" alt="区域"></map>
            <a href="javascript:void(0)">打印</a> <a href="mailto:x@example.gov.cn">来信</a> <a href="#">顶部</a>
            <script>createPageHTML(3, 0, "index", "shtml");</script>
            </body></html>
            """);

        Assert.Equal(
        [
            ("http://example.gov.cn/czyjs/2024/a.html", "2024年 部门预算"),
            ("http://example.gov.cn/czyjs/b.html", "南海区交通运输局2024年部门预算公开"),
            ("http://example.gov.cn/c.pdf", "附件下载"),
            ("http://example.gov.cn/czyjs/2024/d.html", ""),
            ("http://example.gov.cn/czyjs/2024/index_1.shtml", ""),
            ("http://example.gov.cn/czyjs/2024/index_2.shtml", ""),
        ], links.Select(l => (l.Url.AbsoluteUri, l.Text)));
    }

    [Theory]
    [InlineData("http://a.gov.cn/czyjs/index.html", "http://a.gov.cn/czyjs/index_1.html", true)]
    [InlineData("http://a.gov.cn/czyjs/index.html", "http://a.gov.cn/czyjs/index-12.html", true)]
    [InlineData("http://a.gov.cn/czyjs/index.shtml", "http://a.gov.cn/czyjs/index2.shtml", true)]
    [InlineData("http://a.gov.cn/czyjs/", "http://a.gov.cn/czyjs/index_3.html", true)]
    [InlineData("http://a.gov.cn/list.jsp?col=7", "http://a.gov.cn/list.jsp?col=7&pageNo=2", true)]
    [InlineData("http://a.gov.cn/list.jsp?col=7&page=1", "http://a.gov.cn/list.jsp?col=7&page=2", true)]
    [InlineData("http://a.gov.cn/czyjs/index.html", "http://a.gov.cn/czyjs/index.html", false)]
    [InlineData("http://a.gov.cn/czyjs/index.html", "http://a.gov.cn/other/index_1.html", false)]
    [InlineData("http://a.gov.cn/czyjs/index.html", "http://a.gov.cn/czyjs/art_1.html", false)]
    [InlineData("http://a.gov.cn/czyjs/index.html", "http://a.gov.cn/czyjs/index_1.pdf", false)]
    [InlineData("http://a.gov.cn/czyjs/index.html", "http://b.gov.cn/czyjs/index_1.html", false)]
    [InlineData("http://a.gov.cn/list.jsp?col=7", "http://a.gov.cn/list.jsp?col=8", false)]
    [InlineData("http://a.gov.cn/list.jsp?col=7", "http://a.gov.cn/list.jsp?col=7&id=2", false)]
    public void Tells_a_columns_numbered_continuation_pages_by_their_address(string start, string candidate, bool continuation)
    {
        Assert.Equal(continuation, ContinuationPages.Of(new Uri(start), new Uri(candidate)));
    }
}
