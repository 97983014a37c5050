using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Export.Report;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Tests.Support;
using Extractor.Validation;
using Serilog;

namespace Extractor.Tests.Export;

/// <summary>The review report built from a run's outputs: the index's counts, and each finding outlined on its cell.</summary>
public sealed class ReviewReportTests(PostgresServer server) : IDisposable, IClassFixture<PostgresServer>
{
    private readonly TemporaryDirectory input = new();
    private readonly TemporaryDirectory output = new();

    [Fact]
    public async Task Outlines_each_flagged_figure_on_the_box_of_its_cell_and_lists_the_documents_with_their_counts()
    {
        input.Put("dev02.pdf", "disclosures/dev02-2025-wan.pdf");
        input.Put("real/sifaju-unit.pdf", "real-cn/sh-putuo-sifaju-2026-unit-budget.pdf");
        await new BatchRunner(new PipelineOptions { Isolation = new() { Workers = false } }, new LoggerConfiguration().CreateLogger())
            .RunAsync(InputResolver.Resolve([input.Path]), output.Path);
        var dev02 = CanonicalJson.Deserialize(File.ReadAllText(output.Below("dev02.json")));

        var report = ReviewReport.Build(output.File("extractor.db"), [output.Path], output.File("report"));

        Assert.Equal((2, 0), (report.Documents, report.WithoutJson.Count));
        string index = File.ReadAllText(output.File("report/index.html"));
        Assert.Contains(">dev02.pdf</a>", index);
        Assert.Contains(">real/sifaju-unit.pdf</a>", index);
        int errors = dev02.Findings.Count(f => f.Severity == FindingSeverity.Error);
        Assert.Matches($@">dev02\.pdf</a></td><td>[^<]+</td><td class=n>2025</td><td>[^<]+</td><td class=n>\d+</td><td class=n>{errors}</td>", index);

        // dev02's planted 35.17 (for 135.17) in 支出总表: its card, and a red box on the very cell the JSON gives.
        string page = File.ReadAllText(output.File("report/d0001.html"));
        var finding = dev02.Findings.First(f => f.Rule == "cross.table" && f.Actual == 351700m);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(finding.MessageZh), page);
        var cited = finding.Refs[0];
        var item = dev02.LineItems.Single(i => i.TableId == cited.TableId && i.Code == cited.Code && i.Measure == cited.Measure && i.Page == cited.Page);
        var box = dev02.Tables.Single(t => t.Id == item.TableId).Rows[item.Row][item.Col].Bbox!;
        Assert.Equal("35.17", dev02.Tables.Single(t => t.Id == item.TableId).Rows[item.Row][item.Col].Text);
        int card = new ReportDocument("dev02.pdf", "d0001.html", dev02).Findings.ToList().IndexOf(finding);
        string rect = string.Create(CultureInfo.InvariantCulture,
            $"<rect class=\"flagged\" data-finding=\"finding-{card}\" x=\"{box.Left:0.##}\" y=\"{box.Top:0.##}\" width=\"{box.Right - box.Left:0.##}\" height=\"{box.Bottom - box.Top:0.##}\"/>");
        Assert.Contains(rect, page);
        Assert.Contains($"<h3 id=\"page-{box.Page}\">", page);
        // Every table as HTML with its CSV beside it; nothing fetched from elsewhere.
        var csv = File.ReadAllLines(output.File($"report/d0001-{item.TableId}.csv"));
        Assert.Equal(dev02.Tables.Single(t => t.Id == item.TableId).Header[0].First(), csv[0].TrimStart('\uFEFF').Split(',')[0]);
        Assert.DoesNotMatch(new Regex(@"(src|href)=""https?:"), page);

        // sifaju's unit budget names class 210 by its former name: a wording warning, listed under its own heading
        // after every finding on its figures.
        var sifaju = CanonicalJson.Deserialize(File.ReadAllText(output.Below("real/sifaju-unit.json")));
        string unitPage = File.ReadAllText(output.File("report/d0002.html"));
        int wording = sifaju.Findings.Count(f => RuleCatalogue.IsWording(f.Rule));
        Assert.InRange(wording, 1, sifaju.Findings.Count - 1);
        int heading = unitPage.IndexOf($"<h2 id=\"wording\">文字与版式 Wording and presentation ({wording})</h2>", StringComparison.Ordinal);
        Assert.True(heading > 0, "no wording heading");
        var figureCards = sifaju.Findings.Where(f => !RuleCatalogue.IsWording(f.Rule)).Select(f => unitPage.IndexOf(System.Net.WebUtility.HtmlEncode(f.MessageZh), StringComparison.Ordinal));
        Assert.All(figureCards, at => Assert.InRange(at, 0, heading));
        Assert.True(unitPage.IndexOf(System.Net.WebUtility.HtmlEncode(sifaju.Findings.First(f => f.Rule == RuleIds.NameVsTable).MessageZh), StringComparison.Ordinal) > heading);
    }

    [Fact]
    public void Reports_a_run_that_stored_into_postgresql_as_one_that_stored_into_sqlite_and_names_a_document_without_json()
    {
        input.Put("dev02.pdf", "disclosures/dev02-2025-wan.pdf");
        input.Put("real/sifaju-unit.pdf", "real-cn/sh-putuo-sifaju-2026-unit-budget.pdf");
        var url = server.NewDatabase();
        foreach (var run in new[] { ExtractorProcess.Run(output.Path, "run", input.Path, "--out", "sqlite"),
                     ExtractorProcess.Run(output.Path, "run", input.Path, "--out", "postgres", "--database", url) })
            Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.False(File.Exists(output.File("postgres/extractor.db")));

        var fromSqlite = ExtractorProcess.Run(output.Path, "report", "sqlite");
        var fromPostgres = ExtractorProcess.Run(output.Path, "report", "postgres", "--database", url);

        Assert.Equal((0, $"report of 2 documents: {Path.Combine("postgres", "report", "index.html")}\n"), (fromPostgres.ExitCode, fromPostgres.Stdout));
        Assert.Equal(0, fromSqlite.ExitCode);
        string[] Files(string folder) => [.. Directory.EnumerateFiles(output.File(folder)).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
        Assert.Equal(Files("sqlite/report"), Files("postgres/report"));
        Assert.Contains("d0002.html", Files("postgres/report"));
        Assert.All(Files("sqlite/report"), name => Assert.Equal(File.ReadAllText(output.File($"sqlite/report/{name}")), File.ReadAllText(output.File($"postgres/report/{name}"))));

        // The database holds a document whose JSON is not in the folder: it is left out, and named.
        File.Delete(output.File("postgres/real/sifaju-unit.json"));
        var without = ExtractorProcess.Run(output.Path, "report", "postgres", "--database", url, "--to", "partial");
        Assert.Equal((0, $"left out real/sifaju-unit.pdf: no JSON of this document at {Path.Combine("postgres", "real", "sifaju-unit.json")}\nreport of 1 documents: {Path.Combine("partial", "index.html")}\n"),
            (without.ExitCode, without.Stdout));

        // Found in another folder given with --json, as a sharded run's workers each write theirs into shard-i.
        var joined = ExtractorProcess.Run(output.Path, "report", "postgres", "--database", url, "--json", "sqlite", "--to", "joined");
        Assert.Equal((0, $"report of 2 documents: {Path.Combine("joined", "index.html")}\n"), (joined.ExitCode, joined.Stdout));
        Assert.Equal(File.ReadAllText(output.File("sqlite/report/d0002.html")), File.ReadAllText(output.File("joined/d0002.html")));
        var workbooks = ExtractorProcess.Run(output.Path, "export", "postgres", "--database", url, "--format", "xlsx", "--per-document", "--json", "sqlite", "--to", "books");
        Assert.Equal(0, workbooks.ExitCode);
        Assert.DoesNotContain("without its tables", workbooks.Stdout);
        Assert.Contains($"written {Path.Combine("books", "real", "sifaju-unit.xlsx")}", workbooks.Stdout);
        var missing = ExtractorProcess.Run(output.Path, "report", "postgres", "--database", url, "--json", "shard-9");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--json shard-9: no such folder", missing.Stdout + missing.Stderr);
    }

    public void Dispose()
    {
        input.Dispose();
        output.Dispose();
    }
}
