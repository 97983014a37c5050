using System.Text.RegularExpressions;
using Extractor.Fetch;
using Extractor.Pipeline;

namespace Extractor.Tests.Pipeline;

/// <summary>The sources file is read as strictly as pipeline.yaml: every mistake names its key and line.</summary>
public sealed class SourcesFileLoaderTests
{
    [Fact]
    public void Reads_the_documented_example_as_written()
    {
        var file = SourcesFileLoader.Parse("""
            sources:
              - name: example-district
                start: [http://127.0.0.1:8080/czyjs/index.html]   # start pages
                follow: '预算|决算'                                 # links to visit (link text or URL, regex)
                files: '\.pdf$'                                    # links to take as files (URL, regex)
                depth: 2                                           # links followed from a start page, at most
            """);

        var source = Assert.Single(file.Sources);
        Assert.Equal("example-district", source.Name);
        Assert.Equal([new Uri("http://127.0.0.1:8080/czyjs/index.html")], source.Start);
        Assert.Matches(source.Follow!, "2024年部门预算公开");
        Assert.Matches(source.Files, "http://127.0.0.1:8080/files/A.PDF");
        Assert.Equal(2, source.Depth);
        Assert.True(source.AllowsHost(new Uri("https://127.0.0.1/other.html")));
        Assert.False(source.AllowsHost(new Uri("http://127.0.0.2:8080/czyjs/index.html")));
        Assert.Equal(new FetchOptions(), file.Options);
    }

    [Fact]
    public void Binds_every_setting()
    {
        var file = SourcesFileLoader.Parse("""
            user_agent: budget-watch/1.0 (ops@example.org)
            timeout_seconds: 0.5
            retries: 0
            retry_delay_seconds: 4
            requests_per_second: 0.5
            concurrency: 3
            max_file_mb: 20
            sources:
              - name: 南海区
                start: http://www.nanhai.gov.cn/czyjs/
                files: 'download\.jsp\?id=\d+'
                depth: 0
                pages: 20
                hosts: [files.nanhai.gov.cn]
                urls:
                  - http://www.nanhai.gov.cn/2024/budget.pdf
            """);

        Assert.Equal(new FetchOptions
        {
            UserAgent = "budget-watch/1.0 (ops@example.org)", Timeout = TimeSpan.FromSeconds(0.5), Retries = 0,
            RetryDelay = TimeSpan.FromSeconds(4), RequestsPerSecond = 0.5, ConcurrencyPerHost = 3, MaxFileBytes = 20L * 1024 * 1024,
        }, file.Options);
        var source = Assert.Single(file.Sources);
        Assert.Equal(("南海区", 0, 20, (Regex?)null), (source.Name, source.Depth, source.IndexPages, (Regex?)source.Follow));
        Assert.Equal([new Uri("http://www.nanhai.gov.cn/czyjs/")], source.Start);
        Assert.Equal([new Uri("http://www.nanhai.gov.cn/2024/budget.pdf")], source.Urls);
        Assert.True(source.AllowsHost(new Uri("http://files.nanhai.gov.cn/a.pdf")));
    }

    [Theory]
    [InlineData("sources:\n  - name: a\n    start: [http://x.cn/]\n    folow: '预算'\n", "line 4: unknown key 'sources[0].folow' (known here: name, start, follow, files, depth, urls, hosts, pages)")]
    [InlineData("timeout: 5\nsources:\n  - name: a\n    urls: [http://x.cn/a.pdf]\n", "line 1: unknown key 'timeout'")]
    [InlineData("sources:\n  - name: a\n    start: [http://x.cn/]\n    follow: '预算('\n", "line 4: 'sources[0].follow' is not a valid regular expression")]
    [InlineData("sources:\n  - name: a\n    start: [ftp://x.cn/]\n", "line 3: 'sources[0].start' must hold http or https addresses, not 'ftp://x.cn/'")]
    [InlineData("sources:\n  - name: a\n    start: [x.cn/index.html]\n", "'sources[0].start' must hold http or https addresses")]
    [InlineData("sources:\n  - name: a\n    start: [http://x.cn/]\n    depth: 11\n", "line 4: 'sources[0].depth' must be a whole number from 0 to 10, not '11'")]
    [InlineData("sources:\n  - name: ../a\n    start: [http://x.cn/]\n", "line 2: 'sources[0].name' names the folder the source's files go to")]
    [InlineData("sources:\n  - start: [http://x.cn/]\n", "line 2: 'sources[0].name' is missing")]
    [InlineData("sources:\n  - name: a\n    follow: '预算'\n", "line 2: source 'a' has nothing to fetch: give 'start' pages or 'urls'")]
    [InlineData("sources:\n  - name: a\n    urls: [http://x.cn/a.pdf]\n  - name: A\n    urls: [http://x.cn/b.pdf]\n", "line 4: 'sources[1].name': a source before this one is named 'A' too")]
    [InlineData("sources:\n  - name: a\n    start: [http://x.cn/]\n    hosts: [http://files.x.cn/]\n", "line 4: 'sources[0].hosts' must hold host names such as files.example.gov.cn, not 'http://files.x.cn/'")]
    [InlineData("sources: []\n", "'sources' lists no source")]
    [InlineData("sources:\n  name: a\n", "line 2: 'sources' must be a list")]
    [InlineData("retries: 0\n", "line 1: 'sources' is missing")]
    [InlineData("", "the file is empty")]
    [InlineData("requests_per_second: fast\nsources: []\n", "line 1: 'requests_per_second' must be a number from 0.01 to 1000, not 'fast'")]
    [InlineData("sources: [\n", "not valid YAML")]
    public void Rejects_a_mistake_naming_the_key_and_line(string yaml, string message)
    {
        var error = Assert.Throws<ConfigurationException>(() => SourcesFileLoader.Parse(yaml));

        Assert.Contains(message, error.Message);
    }
}
