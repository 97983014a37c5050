using System.ComponentModel;
using Extractor.Cli.Console;
using Extractor.Cli.Fuzzing;
using Extractor.Pipeline;
using Serilog;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

public sealed class FuzzSettings : CommandSettings
{
    [CommandArgument(0, "[seeds]")]
    [Description("PDF files or folders to mutate; default the fixtures the CI campaign uses.")]
    public string[] Seeds { get; init; } = [];

    [CommandOption("--mutants <N>")]
    [Description("How many mutants to make and run (default 200).")]
    public int Mutants { get; init; } = 200;

    [CommandOption("--seed <N>")]
    [Description("The first mutation seed; the same seed gives the same mutants (default 1).")]
    public int Seed { get; init; } = 1;

    [CommandOption("-o|--out <DIR>")]
    [Description("Where the mutants and their outputs go (default fuzz-out).")]
    public string Output { get; init; } = "fuzz-out";

    [CommandOption("--keep <DIR>")]
    [Description("Copy every mutant that crashed or hung into this folder (listed in its finds.tsv), e.g. fixtures/bad/fuzz.")]
    public string? Keep { get; init; }

    [CommandOption("-c|--config <FILE>")]
    [Description("Pipeline configuration for the run (its limits are the watchdog); default the built-in defaults.")]
    public string? Config { get; init; }

    public override ValidationResult Validate() =>
        Mutants < 1 ? ValidationResult.Error("--mutants must be at least 1") : ValidationResult.Success();
}

/// <summary>
/// <c>extractor fuzz</c>: a mutation campaign on demand (the CI runs a short one as a test). Exit 0 when every
/// mutant ended as a document within the limits, 1 when any crashed (<c>internal_error</c>), hung or broke the
/// memory limit — each listed with the mutations that made it, to be kept as a fixture and a test.
/// </summary>
public sealed class FuzzCommand : AsyncCommand<FuzzSettings>
{
    /// <summary>Small fixtures of different makers: quick to mutate and to run.</summary>
    public static readonly string[] DefaultSeeds =
    [
        "fixtures/real-cn/js-rdbgt-2019-dept-budget-tables.pdf",
        "fixtures/tabula-java/pdf/eu-002.pdf",
        "fixtures/tabula-java/pdf/spanning_cells.pdf",
        "fixtures/disclosures/dev03-2024-wan.pdf",
    ];

    public override async Task<int> ExecuteAsync(CommandContext context, FuzzSettings settings, CancellationToken cancellation)
    {
        var seeds = (settings.Seeds.Length > 0 ? InputResolver.Resolve(settings.Seeds).Files.Select(f => f.FullPath) : DefaultSeeds).ToList();
        if (seeds.Count == 0) return Usage.Error("no PDF to mutate");
        if (seeds.FirstOrDefault(s => !File.Exists(s)) is { } missing) return Usage.Error(Usage.Missing(missing, "seed file", "seed PDFs as arguments"));
        var options = settings.Config is null ? new PipelineOptions() : PipelineConfigLoader.Load(settings.Config);
        var report = await FuzzCampaign.RunAsync(seeds, settings.Mutants, settings.Seed, settings.Output, options, new LoggerConfiguration().CreateLogger());

        var table = new Table().AddColumns("outcome", "mutants");
        foreach (var group in report.Outcomes.GroupBy(o => o.FatalCode ?? o.Status.ToString().ToLowerInvariant()).OrderBy(g => g.Key, StringComparer.Ordinal))
            table.AddRow(Markup.Escape(group.Key), group.Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        foreach (var bad in report.Finds)
            AnsiConsole.MarkupLineInterpolated($"[red]{(bad.Crash ? "crash" : "hang")}[/] {bad.Mutant} ({bad.Mutations} of {bad.Seed}): {bad.FatalMessage}");
        if (settings.Keep is not null && FuzzCampaign.Keep(report, settings.Keep) is { Count: > 0 } kept)
            AnsiConsole.WriteLine($"kept {kept.Count} finds in {settings.Keep} (listed in its finds.tsv)");
        AnsiConsole.WriteLine($"{report.Outcomes.Count} mutants, seeds {settings.Seed}..{settings.Seed + settings.Mutants - 1}: " +
            $"{report.Crashes.Count()} crashes, {report.Hangs.Count()} hangs, peak memory {report.PeakMemoryBytes / (1024 * 1024)} MB " +
            $"(limit {report.MemoryLimitBytes / (1024 * 1024)} MB), batch exit code {report.ExitCode}");
        return report.Clean ? ExitCodes.Success : ExitCodes.SomeFailed;
    }
}
