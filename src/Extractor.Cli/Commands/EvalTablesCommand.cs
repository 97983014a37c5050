using System.ComponentModel;
using Extractor.Cli.Evaluation;
using Extractor.Pipeline;
using Extractor.Tables.Detectors;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

public sealed class EvalTablesSettings : CommandSettings
{
    [CommandOption("--truth <DIR>")]
    [Description("A folder of PDFs with *.truth.json beside them; prints cell accuracy per document and style.")]
    public string? Truth { get; init; }

    [CommandOption("--manifest <FILE>")]
    [Description("A tabula-java suite MANIFEST.tsv; prints exact-table match and cell F1 per case.")]
    public string? Manifest { get; init; }

    [CommandOption("--detector <NAME>")]
    [Description("The table detector to score with --truth: default (the pipeline's: pages read in turn, tables continued over pages joined) or pages (each page read alone, nothing joined).")]
    public string? Detector { get; init; }

    public override ValidationResult Validate() =>
        Truth is null && Manifest is null ? ValidationResult.Error("give --truth DIR or --manifest FILE")
        // The suite's cases name their own method and areas, as tabula reads them: no detector of the pipeline's.
        : Detector is not null && Truth is null ? ValidationResult.Error("--detector goes with --truth")
        : Detector is not null && !TableDetectors.Names.Contains(Detector) ? ValidationResult.Error(TableDetectors.Unknown(Detector))
        : Truth is not null && !Directory.Exists(Truth) ? ValidationResult.Error($"no such folder: {Truth}")
        : Manifest is not null && !File.Exists(Manifest) ? ValidationResult.Error($"no such file: {Manifest}")
        : ValidationResult.Success();
}

/// <summary><c>extractor eval tables</c>: how well the table engine reads tables whose content is known.</summary>
public sealed class EvalTablesCommand : AsyncCommand<EvalTablesSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, EvalTablesSettings settings, CancellationToken cancellation)
    {
        if (settings.Manifest is not null)
            System.Console.Out.Write(TabulaSuiteEvaluation.Report(TabulaSuiteEvaluation.Run(settings.Manifest)));
        if (settings.Truth is not null)
            System.Console.Out.Write(TableTruthEvaluation.Report(await TableTruthEvaluation.RunAsync(settings.Truth, settings.Detector is null ? TableDetectors.Default : TableDetectors.Resolve(settings.Detector))));
        return ExitCodes.Success;
    }
}
