using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

public sealed class RunSettings : CommandSettings
{
    [CommandArgument(0, "<inputs>")]
    [Description("PDF files, folders (searched recursively) or globs such as 'data/**/*.pdf'.")]
    public string[] Inputs { get; init; } = [];

    [CommandOption("-o|--out <DIR>")]
    [Description("Output folder for the JSON documents, the database and the log.")]
    public string Output { get; init; } = "out";

    [CommandOption("-c|--config <FILE>")]
    [Description("Pipeline configuration; defaults to ./pipeline.yaml when it exists.")]
    public string? Config { get; init; }

    public override ValidationResult Validate() =>
        Inputs.Length == 0 ? ValidationResult.Error("give at least one input") : ValidationResult.Success();
}
