using System.Collections.Concurrent;
using Extractor.Model;
using Extractor.Pipeline;
using Serilog;

namespace Extractor.Cli.Fuzzing;

/// <summary>One mutant and how its document ended.</summary>
public sealed record FuzzOutcome(string Mutant, string Seed, string Mutations, DocumentStatus Status, string? FatalCode, string? FatalMessage)
{
    /// <summary>A parser failure no diagnostic class names: a bug to turn into a fixture and a test.</summary>
    public bool Crash => FatalCode == DiagnosticCodes.InternalError;

    public bool Hang => FatalCode == DiagnosticCodes.Timeout;
}

/// <summary>What a campaign found: every mutant's outcome, the batch's exit code and its peak memory.</summary>
public sealed record FuzzReport(IReadOnlyList<FuzzOutcome> Outcomes, int ExitCode, long PeakMemoryBytes, long MemoryLimitBytes)
{
    public IEnumerable<FuzzOutcome> Crashes => Outcomes.Where(o => o.Crash);
    public IEnumerable<FuzzOutcome> Hangs => Outcomes.Where(o => o.Hang);

    /// <summary>The mutants that crashed or hung: each to become a fixture and a test.</summary>
    public IEnumerable<FuzzOutcome> Finds => Outcomes.Where(o => o.Crash || o.Hang);

    /// <summary>A worker's peak past the memory limit after a document it finished: the limit did not hold.</summary>
    public bool BudgetBreached => PeakMemoryBytes > MemoryLimitBytes;

    public bool Clean => !Crashes.Any() && !Hangs.Any() && !BudgetBreached && ExitCode is ExitCodes.Success or ExitCodes.SomeFailed;
}

/// <summary>
/// A mutation campaign: mutants of seed PDFs (deterministic: mutant <c>i</c> is the seed file <c>i mod n</c>
/// mutated with seed <c>seed + i</c>) written to a folder and run as one batch through the product's own
/// runner, with its worker processes, memory limit and time limit as the watchdog. Every mutant must end as a
/// document — read, or failed for a named reason — within the limits.
/// </summary>
public static class FuzzCampaign
{
    public static async Task<FuzzReport> RunAsync(IReadOnlyList<string> seedFiles, int count, int seed, string folder, PipelineOptions options, ILogger log)
    {
        string mutants = Path.Combine(folder, "mutants");
        Directory.CreateDirectory(mutants);
        var made = new Dictionary<string, (string Seed, string Mutations)>(StringComparer.Ordinal);
        var seeds = seedFiles.Select(File.ReadAllBytes).ToList();
        for (int i = 0; i < count; i++)
        {
            int from = i % seedFiles.Count;
            var mutant = PdfMutator.Mutate(seeds[from], seed + i, out string mutations);
            string name = $"{i:D5}-{Path.GetFileNameWithoutExtension(seedFiles[from])}.pdf";
            File.WriteAllBytes(Path.Combine(mutants, name), mutant);
            made[name] = (seedFiles[from], mutations);
        }

        var outcomes = new ConcurrentBag<FuzzOutcome>();
        var progress = new Collect(outcome =>
        {
            string name = Path.GetFileName(outcome.Path);
            var fatal = outcome.Document.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Fatal);
            outcomes.Add(new FuzzOutcome(Path.Combine(mutants, name), made[name].Seed, made[name].Mutations, outcome.Status, fatal?.Code, fatal?.Message));
        });
        var summary = await new BatchRunner(options, log).RunAsync(InputResolver.Resolve([mutants]), Path.Combine(folder, "out"), progress, force: true);
        // The limit is each document's: a worker's memory, or the batch's own when documents run in it.
        long peak = options.Isolation.Workers ? summary.PeakWorkerMemoryBytes : summary.PeakMemoryBytes;
        return new FuzzReport([.. outcomes.OrderBy(o => o.Mutant, StringComparer.Ordinal)], summary.ExitCode, peak, options.Isolation.MaxMemoryBytes);
    }

    /// <summary>
    /// Copies each find into the folder as <c>fuzz-&lt;mutant&gt;.pdf</c> and lists it in its <c>finds.tsv</c> (file, seed
    /// file, mutations, outcome, message), appending to what earlier campaigns kept there: the fixtures a fix is
    /// tested on. Returns the files written.
    /// </summary>
    public static IReadOnlyList<string> Keep(FuzzReport report, string folder)
    {
        var finds = report.Finds.ToList();
        if (finds.Count == 0) return [];
        Directory.CreateDirectory(folder);
        string list = Path.Combine(folder, "finds.tsv");
        var kept = new List<string>();
        var lines = new List<string>();
        if (!File.Exists(list)) lines.Add("file	seed_file	mutations	outcome	message");
        foreach (var find in finds)
        {
            string name = "fuzz-" + Path.GetFileName(find.Mutant);
            File.Copy(find.Mutant, Path.Combine(folder, name), overwrite: true);
            kept.Add(Path.Combine(folder, name));
            lines.Add(string.Join('\t', name, Path.GetFileName(find.Seed), find.Mutations, find.FatalCode,
                (find.FatalMessage ?? "").ReplaceLineEndings(" ").Replace('\t', ' ')));
        }
        File.AppendAllLines(list, lines);
        return kept;
    }

    /// <summary>Takes each outcome as it is reported, on the reporting thread (no synchronization context).</summary>
    private sealed class Collect(Action<DocumentOutcome> take) : IProgress<DocumentOutcome>
    {
        public void Report(DocumentOutcome value) => take(value);
    }
}
