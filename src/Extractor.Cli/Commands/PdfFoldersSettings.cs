using System.ComponentModel;
using Extractor.Cli.Console;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

/// <summary>The folders of PDFs an evaluation that needs no truth reads.</summary>
public sealed class PdfFoldersSettings : CommandSettings
{
    [CommandArgument(0, "<DIR>")]
    [Description("Folders of PDFs (no truth needed).")]
    public string[] Folders { get; init; } = [];

    public override ValidationResult Validate() => Usage.FoldersExist(null, Folders);
}
