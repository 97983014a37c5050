using Extractor.Cli.Commands;
using Extractor.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("extractor");
    config.PropagateExceptions();
    config.AddCommand<RunCommand>("run")
        .WithDescription("Extract every PDF given (files, folders, globs) into JSON and the SQLite database.")
        .WithExample("run", "fixtures/", "--out", "out");
    config.AddBranch("eval", eval =>
    {
        eval.SetDescription("Measure the engine against known answers.");
        eval.AddCommand<EvalTablesCommand>("tables")
            .WithDescription("Score extracted tables against *.truth.json files (cell accuracy per document and style).");
    });
});

try
{
    return await app.RunAsync(args);
}
catch (CommandAppException e)
{
    // Usage errors (unknown option, missing argument) are the scheduler's "fix the command" signal.
    AnsiConsole.MarkupLineInterpolated($"[red]usage error:[/] {e.Message}");
    return ExitCodes.UsageError;
}
catch (ConfigurationException e)
{
    AnsiConsole.MarkupLineInterpolated($"[red]configuration error:[/] {e.Message}");
    return ExitCodes.UsageError;
}
