using System.ComponentModel;
using Extractor.Cli.Evaluation;
using Extractor.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

public sealed class EvalFindingsSettings : CommandSettings
{
    [CommandOption("--truth <DIR>")]
    [Description("A folder of PDFs with *.truth.json beside them: findings against their expected_findings.")]
    public string? Truth { get; init; }

    [CommandOption("--known <TSV>")]
    [Description("A hand-checked list of printed inconsistencies (known-inconsistencies.tsv); its PDFs are the ones beside it.")]
    public string? Known { get; init; }

    public override ValidationResult Validate() =>
        (Truth is null) == (Known is null) ? ValidationResult.Error("give --truth DIR or --known TSV")
        : Truth is not null && !Directory.Exists(Truth) ? ValidationResult.Error($"no such folder: {Truth}")
        : Known is not null && !File.Exists(Known) ? ValidationResult.Error($"no such file: {Known}")
        : ValidationResult.Success();
}

/// <summary>
/// <c>extractor eval findings</c>: findings against the <c>expected_findings</c> of truth files, or the error
/// findings of real publications against a hand-checked list.
/// </summary>
public sealed class EvalFindingsCommand : AsyncCommand<EvalFindingsSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, EvalFindingsSettings settings, CancellationToken cancellation)
    {
        System.Console.Out.Write(settings.Known is not null
            ? KnownInconsistencies.Report(await KnownInconsistencies.RunAsync(settings.Known))
            : FindingsEvaluation.Report(await FindingsEvaluation.RunAsync(settings.Truth!)));
        return ExitCodes.Success;
    }
}
