using Extractor.Ingest;
using Extractor.Mapping;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Pipeline.Workers;
using Extractor.Tests.Support;
using Serilog;

namespace Extractor.Tests.Pipeline;

/// <summary>
/// The worker compiled to native code (what the published build runs): the same documents as in process, the
/// table-type questions answered by the batch, and hostile files failing alone within the limits.
/// </summary>
public sealed class NativeWorkerTests(NativeWorkerBuild native) : IClassFixture<NativeWorkerBuild>, IDisposable
{
    private const long Megabyte = 1024 * 1024;

    private readonly TemporaryDirectory input = new();
    private readonly TemporaryDirectory output = new();
    private readonly TemporaryDirectory inProcess = new();

    [Fact]
    public async Task Gives_the_same_documents_as_in_process()
    {
        // js-gy-2017's tables print no titles the rules know: each goes to the classifier, in the batch's process.
        input.Put("js-gy.pdf", "real-cn/js-gy-2017-dept-budget.pdf");
        input.Put("dxh.pdf", "disclosures/dxh-xzspj-2023.pdf");
        var log = new LoggerConfiguration().CreateLogger();

        var summary = await new BatchRunner(new PipelineOptions(), log, native.Launch).RunAsync(InputResolver.Resolve([input.Path]), output.Path);
        await new BatchRunner(new PipelineOptions { Isolation = new IsolationOptions { Workers = false } }, log)
            .RunAsync(InputResolver.Resolve([input.Path]), inProcess.Path);

        Assert.Equal((2, 0), (summary.Ok + summary.WithDiagnostics, summary.Failed));
        foreach (var name in new[] { "js-gy.json", "dxh.json" })
            Assert.Equal(File.ReadAllText(inProcess.Below(name)), File.ReadAllText(output.Below(name)));
    }

    /// <summary>A model that types every table it is asked about as 三公 and keeps the questions.</summary>
    private sealed class RecordingClassifier : ITableClassifier
    {
        public List<string> Questions { get; } = [];

        public TableTypeGuess Classify(string text)
        {
            lock (Questions) Questions.Add(text);
            return new TableTypeGuess(TableTypes.ThreePublicExpenses, 0.99f);
        }
    }

    [Theory]
    [InlineData("native")]
    [InlineData("program")]
    public async Task Asks_the_batch_to_type_the_tables_no_title_names(string worker)
    {
        var launch = worker == "native" ? native.Launch : WorkerLaunch.Default();
        var model = new RecordingClassifier();
        await using var pool = new WorkerPool(new PipelineOptions { Parallelism = 1 }, launch, model);
        var file = new PdfIngestor(new IngestOptions()).Read(Fixtures.Path("real-cn/js-gy-2017-dept-budget.pdf"));

        var document = await pool.ProcessAsync(file, CancellationToken.None);

        // Each table asked about is typed as answered: the note says the classifier typed it, by the answer's type.
        Assert.NotEmpty(model.Questions);
        var notes = document.Diagnostics.Where(d => d.Code == DiagnosticCodes.ClassifiedTableType).ToList();
        Assert.Equal(model.Questions.Count, notes.Count);
        Assert.All(notes, n => Assert.Contains($"{TableTypes.ThreePublicExpenses} at 0.99", n.Message));
    }

    [Fact]
    public async Task Fails_a_bomb_alone_within_the_memory_limit()
    {
        // Two Flate filters in a row: the stored stream inflates to a few hundred KB, its data to 400 MiB.
        File.WriteAllBytes(input.File("bomb.pdf"), HostilePdf.WithContents(("/Filter [/FlateDecode /FlateDecode]",
            HostilePdf.Deflated(HostilePdf.ZerosDeflated(400 * Megabyte)))));
        input.Put("good.pdf", "real-cn/sh-putuo-zfb-2025-dept-budget.pdf");
        var options = new PipelineOptions { Parallelism = 1, Isolation = new IsolationOptions { MaxMemoryBytes = 256 * Megabyte } };

        var summary = await new BatchRunner(options, new LoggerConfiguration().CreateLogger(), native.Launch).RunAsync(InputResolver.Resolve([input.Path]), output.Path);

        Assert.Equal((1, 1), (summary.Failed, summary.Ok + summary.WithDiagnostics));
        var fatal = Assert.Single(CanonicalJson.Deserialize(File.ReadAllText(output.Below("bomb.json"))).Diagnostics, d => d.Severity == DiagnosticSeverity.Fatal);
        Assert.Equal(DiagnosticCodes.ResourceLimit, fatal.Code);
        Assert.Equal("上海市普陀区人民政府办公室", CanonicalJson.Deserialize(File.ReadAllText(output.Below("good.json"))).Department?.Name);
    }

    [Fact]
    public void Refuses_to_run_by_hand()
    {
        var start = new System.Diagnostics.ProcessStartInfo(native.Launch.FileName, ["--help"]) { RedirectStandardError = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        string said = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("started by `extractor run`", said);
    }

    public void Dispose()
    {
        input.Dispose();
        output.Dispose();
        inProcess.Dispose();
    }
}
