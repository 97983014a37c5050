using Extractor.Cli.Console;
using Extractor.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

/// <summary><c>extractor run</c>: the batch job.</summary>
public sealed class RunCommand : AsyncCommand<RunSettings>
{
    private const string DefaultConfig = "pipeline.yaml";

    public override async Task<int> ExecuteAsync(CommandContext context, RunSettings settings, CancellationToken cancellation)
    {
        var options = LoadOptions(settings.Config);
        var inputs = InputResolver.Resolve(settings.Inputs);
        if (inputs.Files.Count == 0)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]usage error:[/] no PDF found in: {string.Join(", ", settings.Inputs)}");
            return ExitCodes.UsageError;
        }

        Directory.CreateDirectory(settings.Output);
        using var log = Logging.Create(settings.Output);
        var runner = new BatchRunner(options, log);
        var summary = await BatchProgress.RunAsync(inputs.Files.Count,
            progress => runner.RunAsync(inputs, settings.Output, progress, cancellation));
        SummaryView.Print(summary, settings.Output);
        return summary.ExitCode;
    }

    private static PipelineOptions LoadOptions(string? configPath)
    {
        if (configPath is not null) return PipelineConfigLoader.Load(configPath);
        return File.Exists(DefaultConfig) ? PipelineConfigLoader.Load(DefaultConfig) : new PipelineOptions();
    }
}
