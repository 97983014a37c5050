using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

public sealed class RunSettings : CommandSettings
{
    [CommandArgument(0, "[inputs]")]
    [Description("PDF files, folders (searched recursively), globs such as 'data/**/*.pdf', or - to read paths from standard input.")]
    public string[] Inputs { get; init; } = [];

    public const string StdinFlag = "--stdin";

    [CommandOption("--stdin")]
    [Description("Read input paths from standard input, one per line (also written as -).")]
    public bool Stdin { get; init; }

    [CommandOption("-l|--list <FILE>")]
    [Description("A file listing inputs, one path per line.")]
    public string? List { get; init; }

    [CommandOption("--force")]
    [Description("Process every document again, even those stored unchanged by this pipeline version.")]
    public bool Force { get; init; }

    [CommandOption("-o|--out <DIR>")]
    [Description("Output folder for the JSON documents, the database and the log.")]
    public string Output { get; init; } = "out";

    [CommandOption("--summary-json <FILE>")]
    [Description("Also write the run's summary as JSON for a scheduler: counts, failed files with their reasons, timing, exit code.")]
    public string? SummaryJson { get; init; }

    [CommandOption("--database <FILE|URL>")]
    [Description("Where the documents are stored: a PostgreSQL database shared by many workers (postgresql://user:password@host:port/database), or the SQLite file's name inside --out; overrides export.database of pipeline.yaml.")]
    public string? Database { get; init; }

    [CommandOption("--shard <I/N>")]
    [Description("Read only part i of n of the inputs (0 <= i < n), chosen by content hash: n workers over one input list, each with its own --out or a shared PostgreSQL --database.")]
    public string? Shard { get; init; }

    [CommandOption("-c|--config <FILE>")]
    [Description("Pipeline configuration; defaults to ./pipeline.yaml when it exists.")]
    public string? Config { get; init; }

    public override ValidationResult Validate() =>
        Inputs.Length == 0 && List is null && !Stdin ? ValidationResult.Error("give at least one input, - for standard input, or --list FILE")
        : List is not null && !File.Exists(List) ? ValidationResult.Error($"no such list file: {List}")
        : Shard is not null && Pipeline.Shard.Parse(Shard, out var problem) is null ? ValidationResult.Error(problem!)
        : ValidationResult.Success();
}
