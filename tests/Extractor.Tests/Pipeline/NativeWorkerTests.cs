using Extractor.Ingest;
using Extractor.Mapping;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Pipeline.Workers;
using Extractor.Tests.Support;
using Serilog;

namespace Extractor.Tests.Pipeline;

/// <summary>
/// The published build and its worker compiled to native code: the same documents as in process, the
/// table-type questions answered by the batch (and a failing model failing one document), hostile files failing
/// alone within the limits, and a native worker of another build left unused.
/// </summary>
public sealed class NativeWorkerTests(NativeWorkerBuild published) : IClassFixture<NativeWorkerBuild>, IDisposable
{
    private const long Megabyte = 1024 * 1024;

    private readonly TemporaryDirectory input = new();
    private readonly TemporaryDirectory output = new();
    private readonly TemporaryDirectory inProcess = new();

    [Fact]
    public async Task The_published_program_runs_its_native_worker_and_gives_the_documents_of_in_process()
    {
        // js-gy-2017's tables print no titles the rules know: each goes to the classifier, in the batch's process.
        input.Put("js-gy.pdf", "real-cn/js-gy-2017-dept-budget.pdf");
        input.Put("dxh.pdf", "disclosures/dxh-xzspj-2023.pdf");

        var (exitCode, _, stderr) = ExtractorProcess.RunProgram(published.Program, input.Path, "run", ".", "--out", output.Path);
        await new BatchRunner(new PipelineOptions { Isolation = new IsolationOptions { Workers = false } }, new LoggerConfiguration().CreateLogger())
            .RunAsync(InputResolver.Resolve([input.Path]), inProcess.Path);

        Assert.True(exitCode == 0, stderr);
        // The run's log names the worker it started (a structured event: the template, then its value).
        string log = File.ReadAllText(output.File("extractor.clef"));
        Assert.Contains("Documents are processed by worker processes: {Worker}", log);
        Assert.Contains($"\"Worker\":\"{published.Launch.FileName}\"", log);
        foreach (var name in new[] { "js-gy.json", "dxh.json" })
            Assert.Equal(Normalised(inProcess.Below(name)), Normalised(output.Below(name)));
    }

    /// <summary>A document's JSON without its path as the run was given it.</summary>
    private static string Normalised(string path) =>
        string.Join('\n', File.ReadAllLines(path).Where(l => !l.Contains("\"path\"")));

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

    private sealed class FailingClassifier : ITableClassifier
    {
        public TableTypeGuess Classify(string text) => throw new InvalidOperationException("the table-type model is not embedded in this build");
    }

    private static SourceFile Read(string fixture) => new PdfIngestor(new IngestOptions()).Read(Fixtures.Path(fixture));

    [Theory]
    [InlineData("native")]
    [InlineData("program")]
    public async Task Asks_the_batch_to_type_the_tables_no_title_names(string worker)
    {
        var model = new RecordingClassifier();
        await using var pool = new WorkerPool(new PipelineOptions { Parallelism = 1 }, worker == "native" ? published.Launch : WorkerLaunch.Default(), model);

        var document = await pool.ProcessAsync(Read("real-cn/js-gy-2017-dept-budget.pdf"), CancellationToken.None);

        // Each table asked about is typed as answered: the note says the classifier typed it, by the answer's type.
        Assert.NotEmpty(model.Questions);
        var notes = document.Diagnostics.Where(d => d.Code == DiagnosticCodes.ClassifiedTableType).ToList();
        Assert.Equal(model.Questions.Count, notes.Count);
        Assert.All(notes, n => Assert.Contains($"{TableTypes.ThreePublicExpenses} at 0.99", n.Message));
    }

    [Fact]
    public async Task A_failing_model_fails_the_document_that_asked_and_the_worker_serves_the_next()
    {
        await using var pool = new WorkerPool(new PipelineOptions { Parallelism = 1 }, published.Launch, new FailingClassifier());

        var asked = await pool.ProcessAsync(Read("real-cn/js-gy-2017-dept-budget.pdf"), CancellationToken.None);
        var next = await pool.ProcessAsync(Read("real-cn/sh-putuo-zfb-2025-dept-budget.pdf"), CancellationToken.None);

        var fatal = Assert.Single(asked.Diagnostics, d => d.Severity == DiagnosticSeverity.Fatal);
        Assert.Equal(DiagnosticCodes.InternalError, fatal.Code);
        Assert.Contains("not embedded in this build", fatal.Message);
        Assert.False(next.Failed);
        Assert.Equal("上海市普陀区人民政府办公室", next.Department?.Name);
    }

    [Fact]
    public async Task Fails_a_bomb_alone_within_the_memory_limit()
    {
        // Two Flate filters in a row: the stored stream inflates to a few hundred KB, its data to 400 MiB.
        File.WriteAllBytes(input.File("bomb.pdf"), HostilePdf.WithContents(("/Filter [/FlateDecode /FlateDecode]",
            HostilePdf.Deflated(HostilePdf.ZerosDeflated(400 * Megabyte)))));
        input.Put("good.pdf", "real-cn/sh-putuo-zfb-2025-dept-budget.pdf");
        var options = new PipelineOptions { Parallelism = 1, Isolation = new IsolationOptions { MaxMemoryBytes = 256 * Megabyte } };

        var summary = await new BatchRunner(options, new LoggerConfiguration().CreateLogger(), published.Launch).RunAsync(InputResolver.Resolve([input.Path]), output.Path);

        Assert.Equal((1, 1), (summary.Failed, summary.Ok + summary.WithDiagnostics));
        var fatal = Assert.Single(CanonicalJson.Deserialize(File.ReadAllText(output.Below("bomb.json"))).Diagnostics, d => d.Severity == DiagnosticSeverity.Fatal);
        Assert.Equal(DiagnosticCodes.ResourceLimit, fatal.Code);
        Assert.Equal("上海市普陀区人民政府办公室", CanonicalJson.Deserialize(File.ReadAllText(output.Below("good.json"))).Department?.Name);
    }

    [Fact]
    public async Task A_worker_ended_by_a_segmentation_fault_without_a_word_ran_out_of_stack()
    {
        // What a native worker does when nesting exhausts its stack: no message, exit code 139.
        var crashing = new WorkerLaunch("/bin/sh", ["-c", "head -c 4 >/dev/null; kill -SEGV $$"]);
        await using var pool = new WorkerPool(new PipelineOptions { Parallelism = 1 }, crashing, new RecordingClassifier());

        var document = await pool.ProcessAsync(Read("real-cn/sh-putuo-zfb-2025-dept-budget.pdf"), CancellationToken.None);

        var fatal = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticCodes.DamagedPdf, fatal.Code);
        Assert.Contains("ran out of stack", fatal.Message);
    }

    [Fact]
    public void Leaves_a_native_worker_of_another_build_unused()
    {
        // The published worker is of the published build, not of this test build.
        Assert.True(File.Exists(published.Launch.FileName));
        Assert.Null(WorkerLaunch.NativeBeside(published.Dist));
    }

    [Fact]
    public void Refuses_to_run_by_hand()
    {
        var start = new System.Diagnostics.ProcessStartInfo(published.Launch.FileName, ["--help"]) { RedirectStandardError = true };
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
