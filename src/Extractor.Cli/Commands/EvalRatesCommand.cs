using Extractor.Cli.Evaluation;
using Extractor.Pipeline;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

/// <summary><c>extractor eval rates</c>: which printed rates of the narratives no fact reads (and so no rule checks).</summary>
public sealed class EvalRatesCommand : AsyncCommand<PdfFoldersSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, PdfFoldersSettings settings, CancellationToken cancellation)
    {
        System.Console.Out.Write(RateCoverage.Report(await FolderDocuments.MeasureAsync(settings.Folders, RateCoverage.Of)));
        return ExitCodes.Success;
    }
}
