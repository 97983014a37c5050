using Extractor.Cli.Console;
using Extractor.Cli.Commands;
using Extractor.Pipeline;
using Extractor.Pipeline.Workers;
using Spectre.Console;
using Spectre.Console.Cli;

// A worker process, as a batch starts one (WorkerLaunch), serves documents over its standard streams until its
// input closes. It is not meant to be run by hand, so it skips the command-line parser: building the parser's
// model of every command costs a fresh process tens of milliseconds, paid once per worker.
if (args is [WorkerLaunch.Command])
    return await WorkerHost.RunAsync(System.Console.OpenStandardInput(), System.Console.OpenStandardOutput());

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("extractor");
    config.SetApplicationVersion(PipelineInfo.Version);
    // An option no command knows (--ouput, --froce) is a usage error, never silently an argument.
    config.UseStrictParsing();
    config.PropagateExceptions();
    config.AddCommand<RunCommand>("run")
        .WithDescription("Extract every PDF given (files, folders, globs) into JSON and the SQLite database.")
        .WithExample("run", "fixtures/", "--out", "out");
    config.AddCommand<FetchCommand>("fetch")
        .WithDescription("Collect the files of the sites a sources file lists into a folder, each once, politely (robots.txt, rate limits, retries).")
        .WithExample("fetch", "sources.yaml", "--into", "fetched");
    config.AddCommand<WatchCommand>("watch")
        .WithDescription("The nightly job: fetch the sources, run the pipeline on what is new or changed, and tell what is new since the last run.")
        .WithExample("watch", "sources.yaml", "--out", "out", "--summary-json", "out/watch.json");
    config.AddCommand<MergeCommand>("merge")
        .WithDescription("Merge the output folders of shards run on separate machines into one: one database, by the identity rules of a run.")
        .WithExample("merge", "out-0", "out-1", "out-2", "out-3", "--out", "merged");
    config.AddCommand<TablesCommand>("tables")
        .WithDescription("Extract the tables of any PDF as CSV, TSV or JSON (pages, areas, columns as tabula takes them).")
        .WithExample("tables", "report.pdf", "--pages", "2-3", "--method", "stream", "--format", "csv");
    config.AddCommand<ExportCommand>("export")
        .WithDescription("Write the dataset of a run (line items, facts and findings) as CSV, Parquet or Excel workbooks.")
        .WithExample("export", "out", "--format", "parquet")
        .WithExample("export", "out", "--format", "xlsx", "--per-document");
    config.AddCommand<FindingsCommand>("findings")
        .WithDescription("List the consistency findings of a run: errors, or with --all rounding differences too.")
        .WithExample("findings", "out", "--format", "csv");
    config.AddCommand<DiagnosticsCommand>("diagnostics")
        .WithDescription("List what went wrong reading each document of a run: failures and warnings, or with --all notes too.")
        .WithExample("diagnostics", "out", "--code", "damaged_pdf");
    config.AddCommand<ReportCommand>("report")
        .WithDescription("Write the review report of a run: an index and a page per document with each finding outlined on its page (static HTML).")
        .WithExample("report", "out");
    config.AddCommand<SchemaCommand>("schema")
        .WithDescription("Print the JSON Schema of the per-document JSON (docs/document.schema.json).");
    config.AddCommand<TrainCommand>("train")
        .WithDescription("Rebuild the table-type model from the labelled fixtures, reporting k-fold accuracy beside the title rules.")
        .WithExample("train");
    config.AddCommand<FuzzCommand>("fuzz")
        .WithDescription("Run a mutation campaign: mutants of seed PDFs through the batch, each must end as a document within the limits.")
        .WithExample("fuzz", "--mutants", "10000", "--seed", "1");
    config.AddCommand<BenchCommand>("bench")
        .WithDescription("Measure pipeline throughput against PdfPig's own parse floor on the same pages.");
    config.AddBranch("eval", eval =>
    {
        eval.SetDescription("Measure the engine against known answers.");
        eval.AddCommand<EvalTablesCommand>("tables")
            .WithDescription("Score extracted tables against *.truth.json files (cell accuracy per document and style).");
        eval.AddCommand<EvalMappingCommand>("mapping")
            .WithDescription("Score the canonical mapping against *.truth.json files (types, measures, line items, facts).");
        eval.AddCommand<EvalFindingsCommand>("findings")
            .WithDescription("Score consistency findings against the expected_findings of *.truth.json files, per rule.");
        eval.AddCommand<EvalRatesCommand>("rates")
            .WithDescription("List the rates printed in the narratives that no fact reads, so no rule checks (no truth needed).")
            .WithExample("eval", "rates", "fixtures/real-cn");
        eval.AddCommand<EvalChecksCommand>("checks")
            .WithDescription("Print each figure the narratives state otherwise, one at a time, and list those whose misprint no rule would flag (no truth needed).")
            .WithExample("eval", "checks", "fixtures/real-cn");
        eval.AddCommand<EvalCellsCommand>("cells")
            .WithDescription("Print each figure the tables print otherwise, one at a time, and list those whose misprint no rule would flag (no truth needed).")
            .WithExample("eval", "cells", "fixtures/real-cn");
    });
});

try
{
    // A lone "-" (paths on standard input) reads as an option without a name to the parser.
    return await app.RunAsync(args.Select(a => a == "-" ? RunSettings.StdinFlag : a));
}
catch (CommandAppException e)
{
    // Usage errors (unknown option, missing argument) are the scheduler's "fix the command" signal, on
    // standard error, one unwrapped line a message.
    var unknown = System.Text.RegularExpressions.Regex.Match(e.Message, "^Unknown option '(?<name>[^']+)'");
    return Usage.Error(unknown.Success && OptionSuggestion.For(unknown.Groups["name"].Value, args) is { } meant
        ? $"{e.Message} Did you mean {meant}?" : e.Message);
}
catch (ConfigurationException e)
{
    return Usage.Error(e.Message, "configuration error");
}
