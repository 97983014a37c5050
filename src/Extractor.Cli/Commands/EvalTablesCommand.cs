using System.ComponentModel;
using Extractor.Cli.Evaluation;
using Extractor.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

public sealed class EvalTablesSettings : CommandSettings
{
    [CommandOption("--truth <DIR>")]
    [Description("A folder of PDFs with *.truth.json beside them; prints cell accuracy per document and style.")]
    public string? Truth { get; init; }

    public override ValidationResult Validate() =>
        Truth is null ? ValidationResult.Error("give --truth DIR")
        : !Directory.Exists(Truth) ? ValidationResult.Error($"no such folder: {Truth}")
        : ValidationResult.Success();
}

/// <summary><c>extractor eval tables</c>: how well the table engine reads tables whose content is known.</summary>
public sealed class EvalTablesCommand : AsyncCommand<EvalTablesSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, EvalTablesSettings settings, CancellationToken cancellation)
    {
        var scores = await TableTruthEvaluation.RunAsync(settings.Truth!);
        System.Console.Out.Write(TableTruthEvaluation.Report(scores));
        return ExitCodes.Success;
    }
}
