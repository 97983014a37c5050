using System.ComponentModel;
using Extractor.Cli.Evaluation;
using Extractor.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

public sealed class EvalMappingSettings : CommandSettings
{
    [CommandOption("--truth <DIR>")]
    [Description("A folder of PDFs with *.truth.json beside them (required).")]
    public string? Truth { get; init; }

    public override ValidationResult Validate() =>
        Truth is null ? ValidationResult.Error("give --truth DIR")
        : !Directory.Exists(Truth) ? ValidationResult.Error($"no such folder: {Truth}")
        : ValidationResult.Success();
}

/// <summary><c>extractor eval mapping</c>: how well tables are mapped to the canonical schema.</summary>
public sealed class EvalMappingCommand : AsyncCommand<EvalMappingSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, EvalMappingSettings settings, CancellationToken cancellation)
    {
        System.Console.Out.Write(MappingEvaluation.Report(await MappingEvaluation.RunAsync(settings.Truth!)));
        return ExitCodes.Success;
    }
}
