using Extractor.Cli.Evaluation;
using Extractor.Pipeline;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

/// <summary><c>extractor eval checks</c>: which stated figures of the narratives no rule would flag if misprinted.</summary>
public sealed class EvalChecksCommand : AsyncCommand<PdfFoldersSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, PdfFoldersSettings settings, CancellationToken cancellation)
    {
        System.Console.Out.Write(CheckCoverage.Report(await FolderDocuments.MeasureAsync(settings.Folders, CheckCoverage.Of)));
        return ExitCodes.Success;
    }
}
