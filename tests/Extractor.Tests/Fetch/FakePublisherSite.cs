using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Extractor.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace Extractor.Tests.Fetch;

/// <summary>A request the fake site answered: its path (decoded), whether it was conditional, and the status sent.</summary>
public sealed record SiteRequest(string Path, bool Conditional, int Status);

/// <summary>
/// A small publisher site on the loopback address (Kestrel, a random port), built like a district's disclosure
/// column: a GBK index (charset in a meta element) with two continuation pages (one found by a 下一页 link and a
/// TRS pager script, its charset in the Content-Type header; one declaring gb2312 in meta http-equiv), article
/// pages with attachments, and the files a collector meets: a PDF with an ETag, the same bytes under a second URL,
/// a PDF that changes between runs (Last-Modified only), a 500 before success, an answer slower than any sane
/// timeout, a body cut short of its Content-Length, an HTML page served as application/pdf, a file over a 1 MB
/// cap, a redirect loop, and a robots.txt that forbids /private/; every page with an ETag of its content; and /pace/ files that take as long as their
/// <c>milliseconds</c> parameter says, counted as they arrive, to show the collector's rate and concurrency per host. Also links it must not follow: another host,
/// a page the follow pattern does not match, a page one level too deep. A second column, /czyjs/downloads.html,
/// links a download script that serves a PDF, a file redirected to another host, and a file that is gone (404).
/// </summary>
public sealed class FakePublisherSite : IAsyncDisposable
{
    private static readonly Encoding Gbk;

    static FakePublisherSite()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gbk = Encoding.GetEncoding("GBK");
    }

    private readonly WebApplication app;
    private int flakyRequests;
    private int pacedInFlight;
    private int mostPacedInFlight;

    /// <summary>The most requests for /pace/ files the site was answering at once.</summary>
    public int MostPacedInFlight => mostPacedInFlight;

    /// <summary>When each request for a /pace/ file arrived.</summary>
    public ConcurrentQueue<DateTimeOffset> PacedArrivals { get; } = new();

    /// <summary>A status robots.txt answers with instead of its rules (a site whose robots.txt is down), or null.</summary>
    public int? RobotsStatus { get; set; }

    /// <summary>Which version of /files/changing.pdf the site serves: 1 (dev05), 2 (dev17), 3 (dev17 republished) or 4 (an error page).</summary>
    public int Edition { get; set; } = 1;

    public ConcurrentQueue<SiteRequest> Requests { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public static readonly byte[] Dev03 = File.ReadAllBytes(Fixtures.Path("disclosures/dev03-2024-wan.pdf"));
    public static readonly byte[] Dev01 = File.ReadAllBytes(Fixtures.Path("disclosures/dev01-2024-yuan.pdf"));
    public static readonly byte[] Dev05 = File.ReadAllBytes(Fixtures.Path("disclosures/dev05-2024-wan.pdf"));
    public static readonly byte[] Dev17 = File.ReadAllBytes(Fixtures.Path("disclosures/dev17-2024-wan.pdf"));
    /// <summary>Dev17 saved again (a comment after its end): another file with the same pages and the same errors.</summary>
    public static readonly byte[] Dev17Republished = [.. Dev17, .. "\n% republished\n"u8.ToArray()];
    public static readonly byte[] Garbage = File.ReadAllBytes(Fixtures.Path("bad/pdf-header-then-garbage.pdf"));

    private FakePublisherSite(WebApplication app) => this.app = app;

    public static async Task<FakePublisherSite> StartAsync()
    {
        // The site shares the test host's thread pool with tests that block threads on the processes they run. On
        // two busy cores the pool adds a thread about once a second, and a page could then wait longer than a
        // fetch's time limit for its handler to start (a local answer turned into a timeout, CI 2026-12-07).
        ThreadPool.GetMinThreads(out int workers, out int completions);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), Math.Max(completions, 64));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var site = new FakePublisherSite(builder.Build());
        site.Map();
        await site.app.StartAsync();
        var address = site.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        site.BaseAddress = new Uri(address + "/");
        return site;
    }

    public Uri Url(string path) => new(BaseAddress, path);

    /// <summary>The requests for a path, in the order they came.</summary>
    public IReadOnlyList<SiteRequest> To(string path) => [.. Requests.Where(r => r.Path == path)];

    private static readonly DateTimeOffset FirstEdition = new(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SecondEdition = new(2024, 6, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ThirdEdition = new(2024, 7, 1, 8, 0, 0, TimeSpan.Zero);

    private void Map()
    {
        // A request is logged as its response starts, before the client can have read it (logged after the handler,
        // a test could look before the entry was there); one whose response never starts, when its handler ends.
        app.Use(async (context, next) =>
        {
            int logged = 0;
            void Log()
            {
                if (Interlocked.Exchange(ref logged, 1) == 1) return;
                var request = context.Request;
                Requests.Enqueue(new SiteRequest(Uri.UnescapeDataString(request.Path.Value ?? ""),
                    request.Headers.IfNoneMatch.Count > 0 || request.Headers.IfModifiedSince.Count > 0, context.Response.StatusCode));
            }
            context.Response.OnStarting(() =>
            {
                Log();
                return Task.CompletedTask;
            });
            await next();
            Log();
        });
        app.MapGet("/robots.txt", () => RobotsStatus is { } status
            ? Results.StatusCode(status)
            : Results.Text("User-agent: otherbot\nDisallow: /\n\nUser-agent: *\nDisallow: /private/\n", "text/plain"));

        app.MapGet("/czyjs/index.html", () => Html(Gbk, "text/html", """
            <html><head><meta charset="gbk"><title>财政预决算</title></head><body>
            <ul>
              <li><a href="art1.html">南海区交通运输局2024年部门预算公开</a></li>
              <li><a href="art2.html" title="南海区交通运输局2024年部门预算附件（重发）">南海区交通运输局2024年部门预...</a></li>
              <li><a href="/about.html">关于我们</a></li>
              <li><a href="http://127.0.0.2:9/czyjs/预算.html">外站预算公开</a></li>
            </ul>
            <a href="index_1.html">下一页</a>
            <script>createPageHTML(3, 0, "index", "html");</script>
            </body></html>
            """));
        app.MapGet("/czyjs/index_1.html", () => Html(Gbk, "text/html; charset=GBK", """
            <html><head><title>财政预决算</title></head><body>
            <a href="art3.html">南海区交通运输局2023年部门决算公开</a>
            <a href="index.html">首页</a> <a href="index_2.html">下一页</a>
            </body></html>
            """));
        app.MapGet("/czyjs/index_2.html", () => Html(Gbk, "text/html", """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>财政预决算</title></head><body>
            <a href="art4.html">预算公开常见问题</a>
            <a href="/private/内部预算.pdf">内部预算</a>
            </body></html>
            """));
        app.MapGet("/czyjs/art1.html", () => Html(Encoding.UTF8, "text/html; charset=utf-8", """
            <p>附件：<a href="../files/dev03.pdf">南海区交通运输局2024年部门预算.pdf</a></p>
            <p><a href="/files/changing.pdf">部门预算（更新版）</a></p>
            <p><a href="detail/more.html">预算说明</a></p>
            """));
        app.MapGet("/czyjs/detail/more.html", () => Html(Encoding.UTF8, "text/html; charset=utf-8", """
            <p><a href="/files/flaky.pdf">预算附件</a></p>
            <p><a href="deeper.html">决算更多</a></p>
            """));
        app.MapGet("/czyjs/art2.html", () => Html(Encoding.UTF8, "text/html; charset=utf-8", """
            <p><a href="/files/copy.pdf">附件：同一文件</a> <a href="/files/notice.pdf">附件：通知</a></p>
            """));
        app.MapGet("/czyjs/art3.html", () => Html(Encoding.UTF8, "text/html; charset=utf-8", """
            <p><a href="/files/slow.pdf">慢</a> <a href="/files/cut.pdf">断</a> <a href="/files/huge.pdf">大</a></p>
            """));
        app.MapGet("/czyjs/art4.html", () => Html(Encoding.UTF8, "text/html; charset=utf-8", """
            <p><a href="/files/loop.pdf">循环</a></p>
            """));
        app.MapGet("/czyjs/downloads.html", () => Html(Encoding.UTF8, "text/html; charset=utf-8", """
            <p><a href="/download.jsp?id=7">2024年部门预算下载</a></p>
            <p><a href="/files/elsewhere.pdf">预算（外站）</a> <a href="/files/missing.pdf">预算（已删除）</a></p>
            """));
        app.MapGet("/download.jsp", () => Pdf(Dev03));
        app.MapGet("/files/elsewhere.pdf", () => Results.Redirect("http://127.0.0.2:9/files/elsewhere.pdf"));
        app.MapGet("/about.html", () => Html(Encoding.UTF8, "text/html", """<a href="/files/unrelated.pdf">预算</a>"""));
        app.MapGet("/czyjs/detail/deeper.html", () => Html(Encoding.UTF8, "text/html", """<a href="/files/too-deep.pdf">预算</a>"""));

        app.MapGet("/files/dev03.pdf", () => Pdf(Dev03));
        app.MapGet("/files/copy.pdf", () => Pdf(Dev03));
        app.MapGet("/files/garbage.pdf", () => Pdf(Garbage));
        app.MapGet("/files/changing.pdf", () => Edition switch
        {
            1 => Results.Bytes(Dev05, "application/pdf", lastModified: FirstEdition),
            2 => Results.Bytes(Dev17, "application/pdf", lastModified: SecondEdition),
            3 => Results.Bytes(Dev17Republished, "application/pdf", lastModified: ThirdEdition),
            _ => Pdf(Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>页面维护中</body></html>")),
        });
        app.MapGet("/files/flaky.pdf", () => Interlocked.Increment(ref flakyRequests) == 1 ? Results.StatusCode(500) : Pdf(Dev01));
        // An error page served as a PDF, with the ETag a server gives any static file.
        app.MapGet("/files/notice.pdf", () => Pdf(Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>文件不存在</body></html>")));
        app.MapGet("/files/loop.pdf", () => Results.Redirect("/files/loop2.pdf"));
        app.MapGet("/files/loop2.pdf", () => Results.Redirect("/files/loop.pdf"));
        app.MapGet("/files/slow.pdf", async (HttpContext context) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return Pdf(Dev03);
        });
        app.MapGet("/pace/{name}.pdf", async (int milliseconds) =>
        {
            PacedArrivals.Enqueue(DateTimeOffset.UtcNow);
            int now = Interlocked.Increment(ref pacedInFlight);
            int most;
            while (now > (most = mostPacedInFlight) && Interlocked.CompareExchange(ref mostPacedInFlight, now, most) != most) { }
            await Task.Delay(milliseconds);
            Interlocked.Decrement(ref pacedInFlight);
            return Pdf(Dev05);
        });
        app.MapGet("/files/cut.pdf", async (HttpContext context) =>
        {
            context.Response.ContentType = "application/pdf";
            context.Response.ContentLength = Dev03.Length;
            await context.Response.Body.WriteAsync(Dev03.AsMemory(0, Dev03.Length / 2));
            await context.Response.Body.FlushAsync();
            context.Abort();
        });
        app.MapGet("/files/huge.pdf", async (HttpContext context) =>
        {
            // No Content-Length: the cap has to be found while reading.
            context.Response.ContentType = "application/pdf";
            var chunk = new byte[64 * 1024];
            "%PDF-1.4\n"u8.CopyTo(chunk);
            try
            {
                for (int i = 0; i < 24; i++) await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException)
            {
                // The collector stopped reading at its cap and closed the connection.
            }
        });
    }

    private static IResult Pdf(byte[] bytes) =>
        Results.Bytes(bytes, "application/pdf", entityTag: new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..16]}\""));

    /// <summary>A page with an ETag of its content, answered 304 when asked with that ETag (If-None-Match).</summary>
    private static IResult Html(Encoding encoding, string contentType, string html)
    {
        var bytes = encoding.GetBytes(html);
        var tag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..16]}\"");
        return Results.Bytes(bytes, contentType, entityTag: tag);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
