using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Extractor.Cli.Console;
using Extractor.Ingest;
using Extractor.Layout.Ocr;
using Extractor.Mapping;
using Extractor.Model;
using Extractor.Pipeline;
using Spectre.Console.Cli;
using Spectre.Console;
using UglyToad.PdfPig;

namespace Extractor.Cli.Commands;

public sealed class BenchSettings : CommandSettings
{
    [CommandOption("--corpus <DIR>")]
    [Description("A folder of PDFs (searched recursively); default fixtures/real-cn.")]
    public string Corpus { get; init; } = Path.Combine("fixtures", "real-cn");

    [CommandOption("--repeat <N>")]
    [Description("How many times each measurement reads the corpus (after one warm-up pass).")]
    public int Repeat { get; init; } = 3;

    [CommandOption("--batch-pages <N>")]
    [Description("Also run the corpus through the batch runner, repeated with --force until N pages are read, and report peak memory.")]
    public int BatchPages { get; init; }

    public override ValidationResult Validate() =>
        !Directory.Exists(Corpus) ? ValidationResult.Error(Usage.Missing(Corpus, "folder", "--corpus DIR"))
        : Repeat < 1 ? ValidationResult.Error("--repeat must be at least 1")
        : ValidationResult.Success();
}

/// <summary>
/// <c>extractor bench</c>: in one process, the same pages read (a) by PdfPig alone, letters and paths, the
/// parse floor, and (b) by the whole pipeline; the ratio of their throughputs is what is recorded, since
/// absolute speeds on a shared machine mean little. The floor reads the text layer only, so the ratio is taken
/// with OCR off; the pipeline as a run reads the corpus (an image page read by Tesseract) is timed beside it.
/// </summary>
public sealed class BenchCommand : Command<BenchSettings>
{
    public override int Execute(CommandContext context, BenchSettings settings, CancellationToken cancellation)
    {
        var files = Directory.EnumerateFiles(settings.Corpus, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(path => (path, bytes: File.ReadAllBytes(path))).ToList();
        var processor = new DocumentProcessor(new PipelineOptions { Ocr = OcrMode.Off }, TableTypeClassifier.Shipped);
        var withOcr = new DocumentProcessor(new PipelineOptions(), TableTypeClassifier.Shipped);

        int ParseFloor(int workers)
        {
            int pages = 0;
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = workers }, file =>
            {
                using var pdf = PdfDocument.Open(file.bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
                for (int n = 1; n <= pdf.NumberOfPages; n++)
                {
                    var page = pdf.GetPage(n);
                    _ = page.Letters.Count + page.Paths.Count;
                    Interlocked.Increment(ref pages);
                }
            });
            return pages;
        }

        int Pipeline(int workers, DocumentProcessor pipeline)
        {
            int pages = 0;
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = workers }, file =>
            {
                var document = pipeline.Process(new SourceFile(Path.GetFileName(file.path), file.bytes, ""));
                if (!document.Failed) Interlocked.Add(ref pages, document.Source.Pages);
            });
            return pages;
        }

        ParseFloor(1);
        Pipeline(1, withOcr);
        var oneThread = Interleaved(settings.Repeat, () => ParseFloor(1), () => Pipeline(1, processor), () => Pipeline(1, withOcr));
        var twoThreads = Interleaved(settings.Repeat, () => ParseFloor(2), () => Pipeline(2, processor));
        var (floor, pipeline, asRun) = (oneThread[0], oneThread[1], oneThread[2]);
        var (floorTwo, twoWorkers) = (twoThreads[0], twoThreads[1]);
        double ratio = pipeline.PagesPerSecond / floor.PagesPerSecond;
        System.Console.Out.WriteLine($"corpus: {settings.Corpus}, {files.Count} PDFs, {floor.Pages / settings.Repeat} pages, repeat {settings.Repeat}, {Environment.ProcessorCount} cores");
        System.Console.Out.WriteLine($"PdfPig letters + paths (parse floor): {Format(floor.PagesPerSecond)} pages/s");
        System.Console.Out.WriteLine($"full pipeline, text layer (OCR off): {Format(pipeline.PagesPerSecond)} pages/s");
        System.Console.Out.WriteLine($"ratio pipeline / floor: {ratio.ToString("0.00", CultureInfo.InvariantCulture)}");
        System.Console.Out.WriteLine($"full pipeline as a run reads the corpus (image pages read by OCR): {Format(asRun.PagesPerSecond)} pages/s");
        System.Console.Out.WriteLine($"full pipeline, 2 workers: {Format(twoWorkers.PagesPerSecond)} pages/s; speed-up over 1 worker: " +
                                     $"{(twoWorkers.PagesPerSecond / pipeline.PagesPerSecond).ToString("0.00", CultureInfo.InvariantCulture)}");
        System.Console.Out.WriteLine($"parse floor, 2 workers: {Format(floorTwo.PagesPerSecond)} pages/s; speed-up over 1 worker: " +
                                     $"{(floorTwo.PagesPerSecond / floor.PagesPerSecond).ToString("0.00", CultureInfo.InvariantCulture)} (what this machine gives two threads)");
        System.Console.Out.WriteLine($"peak memory: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
        if (settings.BatchPages > 0) BatchMemory(settings);
        return ExitCodes.Success;
    }

    /// <summary>The batch runner over the corpus again and again (forced) until the pages asked for are read.</summary>
    private static void BatchMemory(BenchSettings settings)
    {
        var output = Directory.CreateTempSubdirectory("extractor-bench-").FullName;
        try
        {
            var runner = new BatchRunner(new PipelineOptions(), Serilog.Core.Logger.None);
            var inputs = InputResolver.Resolve([settings.Corpus]);
            int pages = 0;
            var clock = Stopwatch.StartNew();
            while (pages < settings.BatchPages)
                pages += runner.RunAsync(inputs, output, force: true).GetAwaiter().GetResult().Pages;
            System.Console.Out.WriteLine($"batch of {pages} pages (corpus repeated, --force, {Environment.ProcessorCount} workers): " +
                                         $"{Format(pages / clock.Elapsed.TotalSeconds)} pages/s; peak memory {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>
    /// Each pass's pages and speed, the passes taken in turn round after round: on a shared machine the load
    /// changes by the second, and taking turns spreads it over all of them alike rather than onto whichever ran
    /// when it rose (run one after the other, the same build's ratio ranged 0.59–0.91).
    /// </summary>
    private static (int Pages, double PagesPerSecond)[] Interleaved(int repeat, params Func<int>[] passes)
    {
        var pages = new int[passes.Length];
        var seconds = new double[passes.Length];
        for (int round = 0; round < repeat; round++)
            for (int i = 0; i < passes.Length; i++)
            {
                long start = Stopwatch.GetTimestamp();
                pages[i] += passes[i]();
                seconds[i] += Stopwatch.GetElapsedTime(start).TotalSeconds;
            }
        return [.. pages.Select((n, i) => (n, n / seconds[i]))];
    }

    private static string Format(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
