using Extractor.Cli.Console;
using Serilog;

namespace Extractor.Tests.Cli;

/// <summary>Warnings on standard error: held while the progress bar draws, none lost.</summary>
public sealed class StandardErrorSinkTests
{
    [Fact]
    public void Holds_warnings_while_the_bar_draws_and_writes_every_one_after_it()
    {
        var output = new StringWriter();
        var sink = new StandardErrorSink(output, hold: true);
        using var log = new LoggerConfiguration().WriteTo.Sink(sink).CreateLogger();

        log.Warning("{File}: {Code}", "a.pdf", "missing_table");
        log.Error("{File}: {Code}", "b.pdf", "empty_file");
        string whileDrawing = output.ToString();
        sink.Release();
        log.Warning("{File}: {Code}", "c.pdf", "turned_page");

        Assert.Equal("", whileDrawing);
        // {Message:lj}: strings as they are, not quoted.
        Assert.Equal(["WRN a.pdf: missing_table", "ERR b.pdf: empty_file", "WRN c.pdf: turned_page"],
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Passes_over_held_events_the_screen_has_shown_another_way()
    {
        var output = new StringWriter();
        var sink = new StandardErrorSink(output, hold: true);
        using var log = new LoggerConfiguration().WriteTo.Sink(sink).CreateLogger();

        log.Warning("{File}: {Code}", "a.pdf", "missing_table");
        log.Warning("Skipped {Path}: {Reason}", "a/loop", "a link to a folder already read");
        sink.Release(e => e.Properties.ContainsKey("Code"));

        Assert.Equal("WRN Skipped a/loop: a link to a folder already read", output.ToString().Trim());
    }
}
