using System.ComponentModel;
using Extractor.Cli.Evaluation;
using Extractor.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

public sealed class EvalRatesSettings : CommandSettings
{
    [CommandArgument(0, "<DIR>")]
    [Description("Folders of PDFs (no truth needed).")]
    public string[] Folders { get; init; } = [];

    public override ValidationResult Validate() =>
        Folders.FirstOrDefault(f => !Directory.Exists(f)) is { } missing ? ValidationResult.Error($"no such folder: {missing}")
        : ValidationResult.Success();
}

/// <summary><c>extractor eval rates</c>: which printed rates of the narratives no fact reads (and so no rule checks).</summary>
public sealed class EvalRatesCommand : AsyncCommand<EvalRatesSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, EvalRatesSettings settings, CancellationToken cancellation)
    {
        System.Console.Out.Write(RateCoverage.Report(await RateCoverage.RunAsync(settings.Folders)));
        return ExitCodes.Success;
    }
}
