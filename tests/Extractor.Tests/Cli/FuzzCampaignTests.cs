using Extractor.Cli.Commands;
using Extractor.Cli.Fuzzing;
using Extractor.Mapping;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Tests.Support;
using Serilog;

namespace Extractor.Tests.Cli;

/// <summary>The CI's mutation campaign: a few hundred mutants of small fixtures, each must end as a document within the limits.</summary>
public sealed class FuzzCampaignTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    [Fact]
    public void Makes_the_same_mutant_from_the_same_seed_and_another_from_another()
    {
        var pdf = File.ReadAllBytes(Fixtures.Path("tabula-java/pdf/eu-002.pdf"));

        var first = PdfMutator.Mutate(pdf, 7, out string applied);
        var again = PdfMutator.Mutate(pdf, 7, out string appliedAgain);
        var other = PdfMutator.Mutate(pdf, 8, out _);

        Assert.Equal(first, again);
        Assert.Equal(applied, appliedAgain);
        Assert.NotEqual(first, other);
        Assert.NotEqual(pdf, first);
    }

    [Fact]
    public async Task Ends_every_mutant_as_a_document_within_the_limits()
    {
        var seeds = FuzzCommand.DefaultSeeds.Select(s => Fixtures.Path(s["fixtures/".Length..])).ToList();

        var report = await FuzzCampaign.RunAsync(seeds, count: 240, seed: 1, folder.Path, new PipelineOptions { Parallelism = 2 }, new LoggerConfiguration().CreateLogger());

        Assert.Equal(240, report.Outcomes.Count);
        Assert.Empty(report.Crashes.Select(c => $"{c.Mutant} ({c.Mutations}): {c.FatalMessage}"));
        Assert.Empty(report.Hangs.Select(c => $"{c.Mutant} ({c.Mutations}): {c.FatalMessage}"));
        // The workers' memory, measured (not the test host's, which holds other tests' documents).
        Assert.InRange(report.PeakMemoryBytes, 1, report.MemoryLimitBytes);
        Assert.False(report.BudgetBreached);
        Assert.True(report.Clean);
        // The campaign reaches past the header: some mutants fail as damaged, others are still read.
        Assert.Contains(report.Outcomes, o => o.FatalCode == DiagnosticCodes.DamagedPdf);
        Assert.Contains(report.Outcomes, o => o.Status is DocumentStatus.Ok or DocumentStatus.WithDiagnostics);
    }

    [Fact]
    public async Task Keeps_every_find_as_a_fixture_listed_with_its_mutations()
    {
        // A limit of 1 ms makes every mutant a hang: each is a find to keep.
        var options = new PipelineOptions { Parallelism = 1, DocumentTimeout = TimeSpan.FromMilliseconds(1) };
        var report = await FuzzCampaign.RunAsync([Fixtures.Path("tabula-java/pdf/eu-002.pdf")], count: 2, seed: 5, folder.File("campaign"), options, new LoggerConfiguration().CreateLogger());

        var kept = FuzzCampaign.Keep(report, folder.File("finds"));
        FuzzCampaign.Keep(report, folder.File("finds"));

        Assert.Equal(2, report.Hangs.Count());
        Assert.Equal(["fuzz-00000-eu-002.pdf", "fuzz-00001-eu-002.pdf"], kept.Select(Path.GetFileName));
        Assert.All(kept, file => Assert.Equal(File.ReadAllBytes(folder.File("campaign/mutants/" + Path.GetFileName(file)["fuzz-".Length..])), File.ReadAllBytes(file)));
        var list = File.ReadAllLines(folder.File("finds/finds.tsv"));
        Assert.Equal("file\tseed_file\tmutations\toutcome\tmessage", list[0]);
        Assert.Equal(5, list.Length);
        Assert.StartsWith($"fuzz-00000-eu-002.pdf\teu-002.pdf\t{report.Outcomes[0].Mutations}\ttimeout\t", list[1]);
    }

    [Fact]
    public void Names_objects_nested_beyond_the_parsers_depth_a_damaged_pdf()
    {
        string deep = new string('[', 300) + new string(']', 300);
        // The campaign's first find: a page tree whose /Kids nests arrays hundreds deep.
        var pdf = HostilePdf.WithKids(deep, ("/Filter /FlateDecode", HostilePdf.Deflated("BT ET"u8.ToArray())));
        var document = new DocumentProcessor(new PipelineOptions(), TableTypeClassifier.Shipped).Process(new Extractor.Ingest.SourceFile("deep.pdf", pdf, ""));

        var fatal = Assert.Single(document.Diagnostics, d => d.Severity == DiagnosticSeverity.Fatal);
        Assert.Equal(DiagnosticCodes.DamagedPdf, fatal.Code);
        Assert.Contains("nesting depth", fatal.Message);
    }

    public void Dispose() => folder.Dispose();
}
