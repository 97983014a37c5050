using Extractor.Cli.Evaluation;
using Extractor.Pipeline;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

/// <summary><c>extractor eval findings</c>: findings against the <c>expected_findings</c> of truth files.</summary>
public sealed class EvalFindingsCommand : AsyncCommand<EvalMappingSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, EvalMappingSettings settings, CancellationToken cancellation)
    {
        System.Console.Out.Write(FindingsEvaluation.Report(await FindingsEvaluation.RunAsync(settings.Truth!)));
        return ExitCodes.Success;
    }
}
