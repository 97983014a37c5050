using Extractor.Export.Report;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Tests.Support;
using Extractor.Validation;
using Microsoft.Playwright;
using Serilog;

namespace Extractor.Tests.Export;

/// <summary>
/// The review report in a real browser (Debian's chromium, driven by Playwright through its executable path):
/// opened from disk, its index lists and filters the documents, and a clicked finding's box lies on the cited
/// cell. Screenshots are kept beside the test binaries (<c>artifacts/report</c>).
/// </summary>
public sealed class ReportBrowserTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";

    private readonly TemporaryDirectory input = new();
    private readonly TemporaryDirectory output = new();
    private IPlaywright? playwright;
    private IBrowser? browser;

    private static string Artifacts => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts", "report")).FullName;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium package (.ci/run does)");
        input.Put("dev02.pdf", "disclosures/dev02-2025-wan.pdf");
        input.Put("real/sifaju-dept.pdf", "real-cn/sh-putuo-sifaju-2026-dept-budget.pdf");
        await new BatchRunner(new PipelineOptions { Isolation = new() { Workers = false } }, new LoggerConfiguration().CreateLogger())
            .RunAsync(InputResolver.Resolve([input.Path]), output.Path);
        ReviewReport.Build(output.File("extractor.db"), [output.Path], output.File("report"));
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
    }

    private async Task<IPage> OpenAsync(string file)
    {
        var page = await browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(new Uri(output.File($"report/{file}")).AbsoluteUri);
        return page;
    }

    [Fact]
    public async Task Index_lists_every_document_with_its_error_count_and_filters_them()
    {
        var page = await OpenAsync("index.html");
        var rows = page.Locator("#documents tbody tr");

        Assert.Equal(2, await rows.CountAsync());
        foreach (var (name, json) in new[] { ("dev02.pdf", "dev02.json"), ("real/sifaju-dept.pdf", "real/sifaju-dept.json") })
        {
            var document = CanonicalJson.Deserialize(await File.ReadAllTextAsync(output.Below(json)));
            var row = rows.Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }) });
            // file, department, year, phase, pages, errors, warnings, wording, info, diagnostics
            var cells = await row.Locator("td").AllInnerTextsAsync();
            string Count(Func<Finding, bool> which) => document.Findings.Count(which).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(Count(f => f.Severity == FindingSeverity.Error), cells[5]);
            Assert.Equal(Count(f => f.Severity == FindingSeverity.Warning && !RuleCatalogue.IsWording(f.Rule)), cells[6]);
            Assert.Equal(Count(f => RuleCatalogue.IsWording(f.Rule)), cells[7]);
        }
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "index.png"), FullPage = true });

        await page.FillAsync("#filter", "sifaju");

        Assert.Equal(1, await rows.Filter(new() { Visible = true }).CountAsync());
    }

    [Fact]
    public async Task A_clicked_finding_scrolls_to_its_box_drawn_on_the_cited_cell()
    {
        var dev02 = CanonicalJson.Deserialize(await File.ReadAllTextAsync(output.Below("dev02.json")));
        // dev02's planted 35.17 (for 135.17) in 支出总表.
        var finding = dev02.Findings.First(f => f.Rule == "cross.table" && f.Actual == 351700m);
        int card = new ReportDocument("dev02.pdf", "d0001.html", dev02).Findings.ToList().IndexOf(finding);
        var cited = finding.Refs[0];
        var item = dev02.LineItems.Single(i => i.TableId == cited.TableId && i.Code == cited.Code && i.Measure == cited.Measure && i.Page == cited.Page);
        var cell = dev02.Tables.Single(t => t.Id == item.TableId).Rows[item.Row][item.Col].Bbox!;
        var page = await OpenAsync("d0001.html");

        await page.ClickAsync($"#finding-{card}");

        var box = page.Locator($"rect.flagged[data-finding='finding-{card}']");
        Assert.True(await box.EvaluateAsync<bool>("r => r.classList.contains('active')"));
        var drawn = (await box.BoundingBoxAsync())!;
        var picture = (await box.Locator("xpath=..").BoundingBoxAsync())!;
        // One SVG unit is one CSS pixel (the picture's size is its viewBox): the box sits on the cell's points.
        Assert.InRange(drawn.X - picture.X, cell.Left - 3, cell.Left + 1);
        Assert.InRange(drawn.Y - picture.Y, cell.Top - 3, cell.Top + 1);
        Assert.InRange(drawn.Width, cell.Right - cell.Left - 1, cell.Right - cell.Left + 5);
        // Scrolled into the viewport.
        Assert.InRange(drawn.Y, 0, 900 - drawn.Height);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "finding.png") });
    }

    [Fact]
    public async Task A_clicked_narrative_finding_outlines_the_lines_of_its_sentence_on_a_picture_of_its_page()
    {
        var sifaju = CanonicalJson.Deserialize(await File.ReadAllTextAsync(output.Below("real/sifaju-dept.json")));
        var finding = sifaju.Findings.First(f => f.Severity == FindingSeverity.Error && f.Refs[0].Quote is not null);
        var report = new ReportDocument("real/sifaju-dept.pdf", "d0002.html", sifaju);
        int card = report.Findings.ToList().IndexOf(finding);
        var quoted = report.QuotedLines(finding.Refs[0]);
        // The lines outlined hold the statement's figure as printed.
        string figure = System.Text.RegularExpressions.Regex.Match(finding.Refs[0].Quote!, @"\d[\d,]*\.?\d*").Value;
        Assert.Contains(figure, string.Concat(quoted.Select(l => l.Text)).Replace(" ", ""));
        var index = await OpenAsync("index.html");
        await index.ClickAsync("a:text-is('real/sifaju-dept.pdf')");

        await index.ClickAsync($"#finding-{card}");

        var boxes = index.Locator($"rect.flagged[data-finding='finding-{card}']");
        Assert.Equal(quoted.Count, await boxes.CountAsync());
        var first = boxes.First;
        Assert.True(await first.EvaluateAsync<bool>("r => r.classList.contains('active')"));
        var drawn = (await first.BoundingBoxAsync())!;
        var picture = (await first.Locator("xpath=..").BoundingBoxAsync())!;
        Assert.InRange(drawn.X - picture.X, quoted[0].Box.Left - 3, quoted[0].Box.Left + 1);
        Assert.InRange(drawn.Y - picture.Y, quoted[0].Box.Top - 3, quoted[0].Box.Top + 1);
        Assert.Contains(quoted[0].Text, await first.Locator("xpath=..").TextContentAsync());
        await index.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "narrative-finding.png") });
    }

    [Fact]
    public async Task An_index_of_many_documents_lays_out_the_first_hundred_and_filters_and_sorts_them_all()
    {
        // 150 documents, the last named d150: only the first 100 rows are in the table when the index opens.
        var documents = Enumerable.Range(1, 150).Select(n => new ReportDocument($"d{n:D3}.pdf", $"d{n:D4}.html",
            new DocumentBuilder().Build() with { Source = new SourceInfo($"d{n:D3}.pdf", "", n, null) { Path = $"d{n:D3}.pdf" } })).ToList();
        await File.WriteAllTextAsync(output.File("report/many.html"), ReportPages.Index(documents));
        var page = await OpenAsync("many.html");
        var rows = page.Locator("#documents tbody tr");

        Assert.Equal(ReportPages.RowsShownFirst, await rows.CountAsync());
        Assert.Equal("显示其余50份 show the other 50", await page.InnerTextAsync("#more-note button"));

        await page.FillAsync("#filter", "d150.pdf");

        Assert.Equal(150, await rows.CountAsync());
        Assert.Equal(["d150.pdf"], await rows.Filter(new() { Visible = true }).Locator("td:first-child").AllInnerTextsAsync());
        Assert.Equal(0, await page.Locator("#more-note").CountAsync());
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        input.Dispose();
        output.Dispose();
    }
}
