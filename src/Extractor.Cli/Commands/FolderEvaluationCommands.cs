using Extractor.Cli.Evaluation;
using Extractor.Pipeline;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

/// <summary>An evaluation that needs no truth: each PDF of the folders processed and measured, and the report printed.</summary>
public abstract class FolderEvaluationCommand : AsyncCommand<PdfFoldersSettings>
{
    protected abstract Task<string> ReportAsync(IEnumerable<string> folders);

    public override async Task<int> ExecuteAsync(CommandContext context, PdfFoldersSettings settings, CancellationToken cancellation)
    {
        System.Console.Out.Write(await ReportAsync(settings.Folders));
        return ExitCodes.Success;
    }
}

/// <summary><c>extractor eval rates</c>: which printed rates of the narratives no fact reads (and so no rule checks).</summary>
public sealed class EvalRatesCommand : FolderEvaluationCommand
{
    protected override async Task<string> ReportAsync(IEnumerable<string> folders) =>
        RateCoverage.Report(await FolderDocuments.MeasureAsync(folders, RateCoverage.Of));
}

/// <summary><c>extractor eval checks</c>: which stated figures of the narratives no rule would flag if misprinted.</summary>
public sealed class EvalChecksCommand : FolderEvaluationCommand
{
    protected override async Task<string> ReportAsync(IEnumerable<string> folders) =>
        CheckCoverage.Report(await FolderDocuments.MeasureAsync(folders, CheckCoverage.Of));
}

/// <summary><c>extractor eval cells</c>: which printed table figures no rule would flag if misprinted.</summary>
public sealed class EvalCellsCommand : FolderEvaluationCommand
{
    protected override async Task<string> ReportAsync(IEnumerable<string> folders) =>
        CellCoverage.Report(await FolderDocuments.MeasureAsync(folders, CellCoverage.Of));
}
