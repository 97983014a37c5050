using Extractor.Pipeline.Workers;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

/// <summary>
/// The hidden command a batch starts its worker processes with: it serves documents over standard input and
/// output (<see cref="WorkerHost"/>) until its input closes. Not meant to be run by hand.
/// </summary>
public sealed class WorkerCommand : AsyncCommand
{
    public override Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellation) =>
        WorkerHost.RunAsync(System.Console.OpenStandardInput(), System.Console.OpenStandardOutput());
}
